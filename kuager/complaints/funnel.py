"""The accountability funnel: how far allegations got, stage by stage, and how long it took."""

from __future__ import annotations

import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Case as DbCase
from django.db.models import Count, Max, Min, QuerySet, When
from django.utils.translation import gettext_lazy as _

from kuager.cases.models import Case
from kuager.complaints.models import CaseProgress, Retaliation, Status

S = Status
# A case reaches a stage when any of its complaints' histories holds one of these statuses.
# Each set holds the next one, so every stage counts at most the cases of the stage before.
STAGES: list[tuple[str, object, set[str]]] = [
    ("filed", _("Complaints filed"), set(Status.values) - {S.DRAFTED}),
    ("registered", _("Registered"), {S.REGISTERED, S.INVESTIGATION, S.CLOSED_NO_CRIME,
                                     S.CHARGES, S.TRIAL, S.CONVICTED, S.ACQUITTED}),
    ("investigation", _("Investigations opened"), {S.INVESTIGATION, S.CHARGES, S.TRIAL,
                                                   S.CONVICTED, S.ACQUITTED}),
    ("charges", _("Charges"), {S.CHARGES, S.TRIAL, S.CONVICTED, S.ACQUITTED}),
    ("trial", _("Trials"), {S.TRIAL, S.CONVICTED, S.ACQUITTED}),
    ("convicted", _("Convictions"), {S.CONVICTED}),
]


@dataclass
class Stage:
    key: str
    label: str
    cases: int
    median_days: float | None  # from the allegation's receipt to reaching the stage


@dataclass
class Funnel:
    allegations: int
    stages: list[Stage]
    not_proven: int  # cases whose complaint was closed for "absence of a crime"
    retaliation: dict[str, int] = field(default_factory=dict)  # events by kind

    @property
    def not_proven_share(self) -> float | None:
        registered = next(s.cases for s in self.stages if s.key == "registered")
        return self.not_proven / registered if registered else None

    def as_dict(self) -> dict[str, object]:
        return {
            "allegations": self.allegations,
            "stages": [{"stage": s.key, "cases": s.cases, "median_days": s.median_days}
                       for s in self.stages],
            "closed_not_proven": self.not_proven,
            "closed_not_proven_share_of_registered": self.not_proven_share,
            "retaliation": self.retaliation,
        }


def _firsts(cases: QuerySet[Case]) -> Iterator[tuple[Any, ...]]:
    """(case id, received, not proven, first date of each stage), from the status history."""
    firsts = {key: Min(DbCase(When(complaints__history__status__in=statuses,
                                   then="complaints__history__on")))
              for key, _, statuses in STAGES}
    return iter(cases.filter(complaints__history__isnull=False).order_by()
                .values("id").annotate(
                    received=Min("received_on"),
                    closed=Max(DbCase(When(complaints__history__status=S.CLOSED_NO_CRIME,
                                           then=1), default=0)),
                    **firsts)
                .values_list("id", "received", "closed", *firsts))


def rebuild_progress(cases: QuerySet[Case]) -> int:
    """Recompute CaseProgress for these cases (after a change, a migration or a bulk load)."""
    keys = [key for key, _, _ in STAGES]
    rows = [CaseProgress(case_id=case_id, not_proven=bool(closed),
                         **{key: max(0, (first - received).days) if first else None
                            for key, first in zip(keys, reached, strict=True)})
            for case_id, received, closed, *reached in _firsts(cases)]
    CaseProgress.objects.bulk_create(
        rows, batch_size=2000, update_conflicts=True, unique_fields=["case"],
        update_fields=["not_proven", *keys])
    return len(rows)


def funnel(cases: QuerySet[Case]) -> Funnel:
    keys = [key for key, _, _ in STAGES]
    progress = CaseProgress.objects.filter(case__in=cases.order_by().values("pk"))
    columns = list(zip(*progress.values_list("not_proven", *keys), strict=True)) or [
        () for _ in range(len(keys) + 1)]
    not_proven = sum(columns[0])
    stages = []
    for index, (key, label, _statuses) in enumerate(STAGES, start=1):
        days = [d for d in columns[index] if d is not None]
        stages.append(Stage(key, str(label), len(days),
                            float(statistics.median(days)) if days else None))
    retaliation = dict(Retaliation.objects.filter(case__in=cases.order_by().values("pk"))
                       .values("kind").annotate(n=Count("id")).values_list("kind", "n"))
    return Funnel(cases.count(), stages, not_proven, retaliation)
