"""Synthetic complaints, answers, retaliation and risk flags for the demo cases.

The shape follows the public figures in the reference notes: most complaints are refused or
closed as "not proven", a few reach a court, convictions are rare, and complainants are
often punished for complaining.
"""

from __future__ import annotations

import datetime as dt
import random

from django.db.models import QuerySet

from kuager.cases.models import Case
from kuager.complaints.actions import (
    do_change_status,
    do_file_complaint,
    do_raise_flag,
    do_record_retaliation,
)
from kuager.complaints.deadlines import local_today
from kuager.vocab.models import Term

CHANNELS = [("920000000000", 60), ("910000000000", 15), ("940000000000", 10),
            ("930100000000", 8), ("960100000000", 5), ("950000000000", 2)]
# (weight, path of statuses after "filed")
PATHS = [
    (30, ["refused"]),
    (28, ["registered", "closed"]),
    (12, ["no_response"]),
    (10, ["registered", "investigation", "closed"]),
    (8, []),  # still waiting
    (5, ["refused", "appealed", "registered", "closed"]),
    (4, ["registered", "investigation", "charges", "trial", "acquitted"]),
    (3, ["registered", "investigation", "charges", "trial", "convicted"]),
]
RETALIATION = ["cell", "transfer", "pressure", "letters", "beating", "family", "charges"]


def add_demo_accountability(cases: QuerySet[Case], seed: int = 20261121) -> int:
    rng = random.Random(seed)  # noqa: S311 - synthetic data, not security
    channels = {code: Term.objects.get(vocabulary__key="channels", code=code)
                for code, _ in CHANNELS}
    today = local_today()
    filed = 0
    for case in cases.order_by("id"):
        if case.priority == Case.Priority.URGENT:
            do_raise_flag(None, case, rng.choice(["hunger", "self_harm", "threat"]))
        elif rng.random() < 0.03:
            do_raise_flag(None, case, rng.choice(["care", "incommunicado", "transfer"]))
        if rng.random() > 0.6:
            continue
        code = rng.choices([c for c, _ in CHANNELS], [w for _, w in CHANNELS])[0]
        on = case.received_on + dt.timedelta(days=rng.randint(3, 45))
        if on > today:
            continue
        complaint = do_file_complaint(None, case, channels[code], on,
                                      office="Synthetic office (demo)")
        filed += 1
        path = rng.choices([p for _, p in PATHS], [w for w, _ in PATHS])[0]
        for status in path:
            on += dt.timedelta(days=rng.randint(7, 120))
            if on > today:
                break
            do_change_status(None, complaint, status, on)
        if rng.random() < 0.18 and complaint.filed_on is not None:
            when = complaint.filed_on + dt.timedelta(days=rng.randint(1, 40))
            if when <= today:
                do_record_retaliation(None, case, rng.choice(RETALIATION), when, complaint)
    return filed
