"""Benchmark: `kuager link` end to end on 100,000 synthetic cross-script records.

    .venv/bin/python bench/link_scale.py [--records 100000] [--keep DIR]

Generates the records (kuager.linkage.synthetic, seeded: Cyrillic and Latin spellings, typos,
partial dates, facility aliases, namesakes, people with several incidents), writes them as
CSV, and times `kuager link INPUT.csv --out CLUSTERS.csv --json` in a fresh process: reading,
folding, training, blocking, scoring and clustering. Reports the time, the peak memory of that
process and, from the generator's truth, pairwise precision and recall of the clusters.
Target (issue 7): under 5 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORDS_PER_INCIDENT = 2.05  # the generator's mean number of reports per incident


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="Keep the input and output in this folder.")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="kuager-bench-link-"))
    folder.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "KUAGER_DATA_DIR": str(folder / "data"),
           "DJANGO_SETTINGS_MODULE": "kuager.settings", "KUAGER_MASTER_KEY_AUTOCREATE": "1"}
    env.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))
    from kuager.linkage.evaluation import cluster_pairs, pairwise_quality
    from kuager.linkage.synthetic import COLUMNS, Row, generate

    started = time.perf_counter()
    rows: list[Row] = []
    incidents = int(args.records / RECORDS_PER_INCIDENT)
    while len(rows) < args.records:
        rows = generate(incidents)
        incidents = int(incidents * 1.05) + 1
    rows = rows[: args.records]
    source = folder / "records.csv"
    with source.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS)
        writer.writeheader()
        writer.writerows(r.as_dict() for r in rows)
    print(f"generated {len(rows)} records in {time.perf_counter() - started:.1f} s -> {source}")
    kuager = [sys.executable, "-m", "kuager.cli"]
    # The gazetteer lives in the database: migrate it first, untimed.
    subprocess.run([*kuager, "migrate", "--verbosity", "0"], env=env, cwd=ROOT, check=True,
                   stderr=subprocess.DEVNULL)
    clusters = folder / "clusters.csv"
    started = time.perf_counter()
    done = subprocess.run([*kuager, "link", str(source), "--out", str(clusters), "--json"],
                          env=env, cwd=ROOT, check=True, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB on Linux
    summary = json.loads(done.stdout)
    with clusters.open(encoding="utf-8") as handle:
        found = {r["record_id"]: r["cluster_id"] for r in csv.DictReader(handle)}
    quality = pairwise_quality(cluster_pairs(found),
                               cluster_pairs({r.record_id: r.incident_id for r in rows}))
    print(f"kuager link: {len(rows)} records in {seconds:.1f} s end to end "
          f"(engine {summary['seconds']} s), peak memory {peak:.0f} MiB")
    print(f"{summary['clusters']} clusters, {summary['candidate_pairs']} candidate pairs, "
          f"{summary['pairs_to_review']} to review; training notes: {summary['training']}")
    print(f"pairwise precision {quality.precision:.4f}, recall {quality.recall:.4f}, "
          f"F1 {quality.f1:.4f} ({quality.actual} true pairs)")
    if args.keep is None:
        shutil.rmtree(folder, ignore_errors=True)  # 10 MB of input and a database


if __name__ == "__main__":
    main()
