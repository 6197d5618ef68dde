"""The accountability funnel: how far allegations got, stage by stage, and how long it took."""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from django.db.models import Case as DbCase
from django.db.models import Max, Min, QuerySet, When
from django.utils.translation import gettext_lazy as _

from kuager.cases.models import Case
from kuager.complaints.models import Status

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
        }


def funnel(cases: QuerySet[Case]) -> Funnel:
    """One grouped query: for each case with a complaint, the first date it reached each
    stage (conditional MIN), and whether a complaint was closed as not proven."""
    firsts = {key: Min(DbCase(When(complaints__history__status__in=statuses,
                                   then="complaints__history__on")))
              for key, _, statuses in STAGES}
    rows = (cases.filter(complaints__history__isnull=False).order_by()
            .values("id").annotate(
                received=Min("received_on"),
                not_proven=Max(DbCase(When(complaints__history__status=S.CLOSED_NO_CRIME,
                                           then=1), default=0)),
                **firsts)
            .values_list("received", "not_proven", *firsts))
    days: dict[str, list[int]] = {key: [] for key, _, _ in STAGES}
    not_proven = 0
    keys = list(firsts)
    for received, closed, *reached in rows:
        not_proven += closed
        for key, first in zip(keys, reached, strict=True):
            if first is not None:
                days[key].append(max(0, (first - received).days))
    stages = [Stage(key, str(label), len(days[key]),
                    float(statistics.median(days[key])) if days[key] else None)
              for key, label, _ in STAGES]
    return Funnel(cases.count(), stages, not_proven)
