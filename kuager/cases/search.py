"""Finding cases by words of their names and texts, through the blind index, with facets."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from django.core.paginator import Page, Paginator
from django.db.models import Count, Q, QuerySet

from kuager.cases.models import Act, Case, SearchToken
from kuager.keyring import blind_index
from kuager.lib.fold import query_terms, skeleton, word_keys, words
from kuager.places.gazetteer import Gazetteer

CASE_NUMBER = re.compile(r"^K-[0-9A-Z]{4}-[0-9A-Z]{4}$", re.IGNORECASE)


@dataclass
class Filters:
    region: int | None = None
    facility: int | None = None
    method: int | None = None
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @classmethod
    def from_form(cls, data: dict[str, Any]) -> Filters:
        """From a SearchForm's cleaned data (chosen objects to ids)."""
        return cls(
            region=data["region"].pk if data["region"] else None,
            facility=data["facility"].pk if data["facility"] else None,
            method=data["method"].pk if data["method"] else None,
            status=data["status"], date_from=data["date_from"], date_to=data["date_to"],
        )

    def apply(self, cases: QuerySet[Case]) -> QuerySet[Case]:
        if self.region:
            cases = cases.filter(region_id=self.region)
        if self.facility:
            cases = cases.filter(facility_id=self.facility)
        if self.status:
            cases = cases.filter(status=self.status)
        if self.method:
            cases = cases.filter(
                pk__in=Act.objects.filter(methods=self.method).values("incident__case_id")
            )
        # An incident overlaps the period if it starts before its end and ends after its start.
        if self.date_from:
            cases = cases.filter(incident_end__gte=self.date_from)
        if self.date_to:
            cases = cases.filter(incident_start__lte=self.date_to)
        return cases


@dataclass
class Term:
    """One word (or place name) of a query and everything that counts as a match for it."""

    text: str
    tokens: set[int] = field(default_factory=set)
    regions: set[int] = field(default_factory=set)
    facilities: set[int] = field(default_factory=set)

    def condition(self) -> Q:
        matching = SearchToken.objects.filter(token__in=sorted(self.tokens)).values("case_id")
        found = Q(pk__in=matching)
        if self.regions:
            found |= Q(region_id__in=self.regions)
        if self.facilities:
            found |= Q(facility_id__in=self.facilities)
        return found


def parse_query(query: str, places: Gazetteer | None = None) -> list[Term]:
    """Words become terms; a run of words naming a place becomes one term that also matches
    the place's every spelling and the cases coded with it."""
    index = blind_index()
    places = places or Gazetteer.load()
    raw = words(query)
    spans = places.match_places([skeleton(w) for w in raw])
    terms: list[Term] = []
    covered: set[int] = set()
    for start, end, regions, facilities in spans:
        keys: set[str] = set()
        for w in raw[start:end]:
            keys |= word_keys(w)
        for spelling in places.spellings_of(regions, facilities):
            for alternative in query_terms(spelling):
                keys |= alternative
        terms.append(Term(" ".join(raw[start:end]), {index.token(k) for k in keys},
                          regions, facilities))
        covered.update(range(start, end))
    rest = " ".join(w for i, w in enumerate(raw) if i not in covered)
    for alternatives in query_terms(rest):
        terms.append(Term(rest, {index.token(k) for k in alternatives}))
    return terms


def matching_cases(cases: QuerySet[Case], query: str, filters: Filters) -> QuerySet[Case]:
    query = query.strip()
    if CASE_NUMBER.match(query):
        return filters.apply(cases.filter(number=query.upper()))
    for term in parse_query(query) if query else []:
        cases = cases.filter(term.condition())
    return filters.apply(cases)


class CasePaginator(Paginator):  # type: ignore[type-arg]
    """Pages of cases, newest first, sorting only ids before loading the page's rows.

    Sorting 30,000 full rows (encrypted columns included) was most of a broad search's time.
    """

    def __init__(self, cases: QuerySet[Case], per_page: int) -> None:
        super().__init__(cases, per_page)
        self.cases = cases

    def page(self, number: int | str) -> Page:  # type: ignore[type-arg]
        valid = self.validate_number(number)
        start = (valid - 1) * self.per_page
        ids = list(self.cases.values_list("pk", flat=True)[start : start + self.per_page])
        rows = Case.objects.filter(pk__in=ids).select_related("region", "facility")
        by_id = {case.pk: case for case in rows}
        return Page([by_id[pk] for pk in ids if pk in by_id], valid, self)


def facet_counts(cases: QuerySet[Case], column: str) -> dict[int | str, int]:
    rows = cases.order_by().values(column).annotate(n=Count("id")).values_list(column, "n")
    return {key: n for key, n in rows if key is not None}
