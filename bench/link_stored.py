"""Benchmark: linkage as the web pages run it, on 100,000 records kept in the database.

    .venv/bin/python bench/link_stored.py [--records 100000] [--decisions 20]

In a throwaway data directory (SQLite), times each step a coordinator or analyst triggers:
importing a partner's list of synthetic cross-script records (every row checked, names
encrypted), the linkage job (reading and decrypting every record, scoring, clustering, storing
pairs and clusters), a person's decision on a pair (kept, then the stored run re-clustered at
once), and the capture-history table for the estimates page. Reports the peak memory too.
Target (issue 7): link 100,000 records in under 5 minutes on a 2-core machine.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kuager.linkage.synthetic import Row

ROOT = Path(__file__).resolve().parent.parent
RECORDS_PER_INCIDENT = 2.05  # the generator's mean number of reports per incident


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--decisions", type=int, default=20)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kuager-bench-stored-"))
    os.environ.update({"KUAGER_DATA_DIR": str(folder), "KUAGER_MASTER_KEY_AUTOCREATE": "1",
                       "DJANGO_SETTINGS_MODULE": "kuager.settings",
                       "KUAGER_JOBS_IMMEDIATE": "1"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from kuager.accounts.models import Organisation
    from kuager.linkage.actions import do_decide, do_import_partner_list, do_start_run
    from kuager.linkage.engine import REVIEW_CEILING, REVIEW_FLOOR
    from kuager.linkage.histories import capture_histories
    from kuager.linkage.models import LinkPair, LinkRun
    from kuager.linkage.synthetic import generate

    call_command("migrate", verbosity=0)
    organisation = Organisation.objects.create(name="Benchmark (synthetic)")
    data = _csv(generate, args.records)
    print(f"{args.records} synthetic records, {len(data) / 1e6:.1f} MB of CSV, in {folder}")

    started = time.perf_counter()
    do_import_partner_list(None, organisation, "benchmark", data)
    print(f"import (checked, encrypted, stored): {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    run = do_start_run(None, organisation)  # the job runs at once (KUAGER_JOBS_IMMEDIATE)
    run = LinkRun.objects.get(pk=run.pk)
    took = time.perf_counter() - started
    print(f"linkage job ({run.state}): {took:.1f} s; engine {run.summary.get('seconds')} s; "
          f"{run.summary.get('clusters')} clusters, {run.summary.get('candidate_pairs')} pairs, "
          f"{run.summary.get('pairs_to_review')} to review")

    doubtful = list(LinkPair.objects.filter(run=run, probability__gte=REVIEW_FLOOR,
                                            probability__lt=REVIEW_CEILING)
                    .order_by("doubt")[: args.decisions])
    times = []
    for pair in doubtful:
        started = time.perf_counter()
        do_decide(None, organisation, [(pair.left, pair.right)], "different")
        times.append(time.perf_counter() - started)
    if times:
        print(f"decision on a pair, re-clustering the run: median "
              f"{statistics.median(times):.2f} s, max {max(times):.2f} s ({len(times)} pairs)")

    started = time.perf_counter()
    table = capture_histories(run, "region")
    print(f"capture histories by region: {time.perf_counter() - started:.1f} s, "
          f"{table.count(chr(10)) - 1} rows")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")
    shutil.rmtree(folder, ignore_errors=True)  # a database of 100,000 synthetic records


def _csv(generate: Callable[[int], list[Row]], records: int) -> bytes:
    rows: list[Row] = []
    incidents = int(records / RECORDS_PER_INCIDENT)
    while len(rows) < records:
        rows = generate(incidents)
        incidents = int(incidents * 1.05) + 1
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    columns = ("record_id", "source", "name", "birth_year", "facility", "region",
               "incident_date")
    writer.writerow(columns)
    for row in rows[:records]:
        values = row.as_dict()
        writer.writerow([values[c] for c in columns])
    return out.getvalue().encode()


if __name__ == "__main__":
    main()
