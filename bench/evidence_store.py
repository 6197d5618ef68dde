"""Benchmark: storing a large file in the evidence vault against a plain copy of it.

    .venv/bin/python bench/evidence_store.py [--megabytes 1024]

Targets (issue 4): encrypted store at least half as fast as a plain file copy of the same
data in the same run; peak memory while storing a 1 GB file under 150 MB. The store runs in
its own process so its peak resident memory is its own.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

STORE = """
import os, resource, sys, time
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
from kuager.cases.actions import AllegationData, VictimData, do_record_allegation
from kuager.evidence.actions import do_add_evidence
from kuager.evidence.store import receive_stream
from kuager.cases.models import today
case = do_record_allegation(None, AllegationData(victim=VictimData(full_name="Synthetic")),
                            today())
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
with open(sys.argv[1], "rb") as handle:
    received = receive_stream(handle)
do_add_evidence(None, case, received, "video.mp4", "video", "upload")
os.sync()
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(seconds, before / 1024, peak / 1024)
"""


def make_file(path: Path, megabytes: int) -> None:
    block = os.urandom(1024 * 1024)
    with path.open("wb") as out:
        for i in range(megabytes):
            out.write(block[i % 997 :] + block[: i % 997])  # no two blocks alike


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--megabytes", type=int, default=1024)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kuager-bench-vault-"))
    source = work / "original.bin"
    make_file(source, args.megabytes)
    size = source.stat().st_size / 2**20

    env = {**os.environ, "KUAGER_DATA_DIR": str(work / "data"),
           "DJANGO_SETTINGS_MODULE": "kuager.settings"}
    env.pop("DATABASE_URL", None)
    root = Path(__file__).resolve().parent.parent
    plains, stores, peaks = [], [], []
    # Alternate the two, three rounds: this machine's disk writes vary a lot from second to
    # second, and the best of each is the fairest comparison.
    for _ in range(args.rounds):
        started = time.perf_counter()
        shutil.copyfile(source, work / "plain-copy.bin")
        os.sync()
        plains.append(time.perf_counter() - started)
        (work / "plain-copy.bin").unlink()
        shutil.rmtree(work / "data", ignore_errors=True)
        result = subprocess.run([sys.executable, "-c", STORE, str(source)], env=env, cwd=root,
                                capture_output=True, text=True, check=True)
        seconds, before, peak = (float(x) for x in result.stdout.split()[-3:])
        stores.append(seconds)
        peaks.append(peak)
    plain, seconds = min(plains), min(stores)
    print(f"plain copy: {size:.0f} MiB, best of {args.rounds}: {plain:.2f} s = "
          f"{size / plain:,.0f} MiB/s (all: {', '.join(f'{p:.2f}' for p in plains)})")
    print(f"vault store (hash + encrypt + write), best of {args.rounds}: {seconds:.2f} s = "
          f"{size / seconds:,.0f} MiB/s = {plain / seconds:.2f} of the plain copy's speed "
          f"(all: {', '.join(f'{p:.2f}' for p in stores)})")
    print(f"peak memory of the storing process: {max(peaks):.0f} MiB "
          f"(after start-up {before:.0f} MiB)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
