"""Benchmark: import N synthetic cases into a fresh SQLite data directory, then time searches.

    .venv/bin/python bench/import_search.py [--cases 100000] [--queries 300]

Targets (issue 2): import >= 1,000 cases/s including encryption and indexing; search median
< 50 ms and 95th percentile < 150 ms at 100,000 cases. A "search" is what the case list does
for a query: count the matches, fetch the first page of 50 and count two facets.
"""

from __future__ import annotations

import argparse
import csv
import os
import platform
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path


def _setup(data_dir: Path) -> None:
    os.environ["KUAGER_DATA_DIR"] = str(data_dir)
    os.environ.pop("DATABASE_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "kuager.settings"
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()


def _latin(name: str) -> str:
    """A press-style romanisation, as a person typing in Latin letters would write it."""
    table = dict(zip("абвгдезийклмнопрстуфыэәғқңөұүһі",
                     "abvgdeziyklmnoprstufyeagknouuhi", strict=True))
    table.update({"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
                  "щ": "shch", "ю": "yu", "я": "ya", "ь": "", "ъ": ""})
    return "".join(table.get(c, c) for c in name.lower())


def queries(rows: list[dict[str, str]], count: int, rng: random.Random) -> list[str]:
    places = ["Karaganda", "Qaraghandy", "Zarechnoye", "Долинка", "ЛА-155/8", "Shymkent",
              "Almaty", "Вишневка", "Astana"]
    words = ["пакет", "избили", "ұрып-соқты", "hung", "голодовку", "cold", "суд"]
    found = []
    for _ in range(count):
        row = rng.choice(rows)
        parts = row["victim_name"].split()
        kind = rng.randrange(6)
        if kind == 0:
            found.append(parts[-1])
        elif kind == 1:
            found.append(_latin(parts[-1]))
        elif kind == 2:
            found.append(_latin(" ".join(reversed(parts[:2]))))
        elif kind == 3:
            found.append(rng.choice(places))
        elif kind == 4:
            found.append(rng.choice(words))
        else:
            found.append(f"{_latin(parts[0])} {rng.choice(places)}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--keep", action="store_true", help="Keep the data directory.")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kuager-bench-"))
    _setup(work / "data")
    from django.core.management import call_command
    from django.db import connection

    from kuager.cases.demo_rows import write_csv
    from kuager.cases.importer import import_cases
    from kuager.cases.models import Case, SearchToken
    from kuager.cases.search import CasePaginator, Filters, facet_counts, matching_cases

    call_command("migrate", verbosity=0)
    source = work / "cases.csv"
    write_csv(source, args.cases)
    with source.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))

    started = time.perf_counter()
    report = import_cases(None, source, synthetic=True)
    seconds = time.perf_counter() - started
    assert report.imported == args.cases, report.errors[:3]
    rate = args.cases / seconds
    size = sum(p.stat().st_size for p in (work / "data").glob("kuager.sqlite3*"))
    print(f"import: {args.cases} cases in {seconds:.1f} s = {rate:,.0f} cases/s "
          f"({SearchToken.objects.count():,} index rows, database {size / 2**20:.0f} MiB)")

    connection.close()
    timings, hits = [], []
    for query in queries(rows, args.queries, random.Random(7)):
        started = time.perf_counter()
        found = matching_cases(Case.objects.all(), query, Filters())
        page = CasePaginator(found, 50).get_page(1)
        total = page.paginator.count
        facet_counts(found, "region")
        facet_counts(found, "status")
        timings.append((time.perf_counter() - started) * 1000)
        hits.append(total)
    timings.sort()
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"search: {len(timings)} queries, median {statistics.median(timings):.1f} ms, "
          f"p95 {p95:.1f} ms, max {timings[-1]:.1f} ms, median hits {statistics.median(hits):.0f}")
    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")
    if not args.keep:
        import shutil

        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"kept: {work}")


if __name__ == "__main__":
    main()
