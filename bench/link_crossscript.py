"""Benchmark: linkage quality on generated cross-script lists (kuager.linkage.synthetic).

    .venv/bin/python bench/link_crossscript.py [--incidents 1000] [--seeds 7 2024 99]

Each seed gives an independent list of about 2,050 records for 1,000 incidents: Kazakh and
Russian Cyrillic, passport, BGN/PCGN, Kazakh Latin 2021 and press spellings, any name order,
patronymics in both forms, typos, partial dates, facility codes, names and nicknames,
namesakes, and people with several incidents. Prints pairwise precision and recall of the
clusters against the generator's truth (the victim-incident) at the default threshold and at
0.9. Target (issue 7): at least 0.95 each.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--incidents", type=int, default=1000)
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 2024, 99])
    args = parser.parse_args()
    os.environ.update({"KUAGER_DATA_DIR": tempfile.mkdtemp(prefix="kuager-bench-cross-"),
                       "DJANGO_SETTINGS_MODULE": "kuager.settings"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command

    from kuager.linkage.engine import DEFAULT_THRESHOLD, link
    from kuager.linkage.evaluation import cluster_pairs, pairwise_quality
    from kuager.linkage.places import PlaceKeys
    from kuager.linkage.records import parse_rows
    from kuager.linkage.synthetic import generate
    from kuager.places.gazetteer import Gazetteer

    call_command("migrate", verbosity=0)
    places = PlaceKeys(Gazetteer.load())
    print(f"{'seed':>5} {'records':>7} {'threshold':>9} {'precision':>9} {'recall':>7} "
          f"{'F1':>6} {'true pairs':>10} {'seconds':>7}")
    for seed in args.seeds:
        rows = generate(args.incidents, seed=seed)
        records = parse_rows(enumerate(
            ({k: str(v) for k, v in r.as_dict().items()} for r in rows), start=2))
        truth = cluster_pairs({r.record_id: r.incident_id for r in rows})
        for threshold in (DEFAULT_THRESHOLD, 0.9):
            linkage = link(records, places=places, threshold=threshold)
            q = pairwise_quality(cluster_pairs(linkage.cluster_of), truth)
            print(f"{seed:>5} {len(rows):>7} {threshold:>9} {q.precision:>9.4f} "
                  f"{q.recall:>7.4f} {q.f1:>6.4f} {q.actual:>10} {linkage.seconds:>7.1f}")


if __name__ == "__main__":
    main()
