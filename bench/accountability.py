"""Benchmark: the funnel page and the urgent queue with 100,000 cases.

    .venv/bin/python bench/accountability.py [--cases 100000] [--repeat 20]

Target (issue 5): each page answers in under 300 ms. Cases come from the synthetic importer;
complaints, answers and risk flags are then written in bulk, shaped like kuager.complaints.demo
(about 60% of cases with a complaint). Pages are fetched through Django's test client by a
signed-in coordinator, so middleware, access checks, queries and templates are all timed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kuager-bench-acc-"))
    os.environ.update({"KUAGER_DATA_DIR": str(work / "data"),
                       "DJANGO_SETTINGS_MODULE": "kuager.settings"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from kuager.accounts.models import Role
    from kuager.cases.demo_rows import write_csv
    from kuager.cases.importer import import_cases
    from kuager.cases.models import Case
    from kuager.complaints.demo import PATHS
    from kuager.complaints.funnel import rebuild_progress
    from kuager.complaints.models import Complaint, RiskFlag, StatusChange
    from kuager.testing import make_user, organisation, sign_in
    from kuager.vocab.models import Term

    settings.ALLOWED_HOSTS = ["testserver"]
    call_command("migrate", verbosity=0)
    source = work / "cases.csv"
    write_csv(source, args.cases)
    org = organisation("Benchmark organisation (synthetic)")
    import_cases(None, source, org, synthetic=True)

    rng = random.Random(5)
    channel = Term.objects.get(vocabulary__key="channels", code="920000000000")
    today = dt.date(2026, 11, 21)
    complaints, history, flags = [], [], []
    cases = list(Case.objects.values_list("id", "received_on", "priority"))
    for case_id, received, priority in cases:
        if priority == "urgent" or rng.random() < 0.03:
            flags.append(RiskFlag(case_id=case_id, kind=rng.choice(["hunger", "threat", "care"]),
                                  note="", raised_at=django.utils.timezone.now()))
        if rng.random() > 0.6:
            continue
        on = received + dt.timedelta(days=rng.randint(3, 45))
        path = rng.choices([p for _, p in PATHS], [w for w, _ in PATHS])[0]
        complaints.append((Complaint(case_id=case_id, channel=channel, office="Synthetic",
                                     references="", summary="", filed_on=min(on, today),
                                     status=path[-1] if path else "filed",
                                     status_on=min(on, today)), path))
    saved = Complaint.objects.bulk_create([c for c, _ in complaints], batch_size=5000)
    for complaint, (_, path) in zip(saved, complaints, strict=True):
        on = complaint.filed_on or today
        history.append(StatusChange(complaint_id=complaint.pk, status="filed", on=on, note=""))
        for status in path:
            on = min(on + dt.timedelta(days=rng.randint(7, 120)), today)
            history.append(StatusChange(complaint_id=complaint.pk, status=status, on=on,
                                        note=""))
    StatusChange.objects.bulk_create(history, batch_size=5000)
    RiskFlag.objects.bulk_create(flags, batch_size=5000)
    rebuild_progress(Case.objects.all())  # what the complaint actions keep up one by one

    coordinator = make_user("bench-coordinator", Role.COORDINATOR, org=org)
    client = Client()
    sign_in(client, coordinator)
    print(f"data: {len(cases):,} cases, {len(saved):,} complaints, {len(history):,} status "
          f"changes, {len(flags):,} open risk flags")
    for name, url in (("funnel page", "/stats/funnel/"), ("urgent queue", "/urgent/"),
                      ("funnel page, one region", "/stats/funnel/?region=9")):
        client.get(url)
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        timings.sort()
        print(f"{name}: median {statistics.median(timings):.0f} ms, "
              f"max {timings[-1]:.0f} ms over {args.repeat}")


if __name__ == "__main__":
    main()
