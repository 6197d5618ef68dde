"""Narrowing the funnel: by year, region, facility, office and channel."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from kuager.cases.models import Case


@dataclass
class FunnelFilter:
    year: int | None = None
    region: int | None = None
    facility: int | None = None
    office: str = ""
    channel: int | None = None

    def apply(self, cases: QuerySet[Case]) -> QuerySet[Case]:
        if self.year:
            cases = cases.filter(received_on__year=self.year)
        if self.region:
            cases = cases.filter(region_id=self.region)
        if self.facility:
            cases = cases.filter(facility_id=self.facility)
        if self.office:
            cases = cases.filter(pk__in=Case.objects.filter(
                complaints__office__icontains=self.office).values("pk"))
        if self.channel:
            cases = cases.filter(pk__in=Case.objects.filter(
                complaints__channel_id=self.channel).values("pk"))
        return cases
