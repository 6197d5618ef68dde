"""A pair of records compared field by field in words a reviewer reads, so that a person who
may not see names (an analyst) can still judge a pair: whether the names are one name in two
scripts, how far apart the birth years and dates are, whether the places are one place."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from kuager.lib.dates import FuzzyDate
from kuager.linkage.clusters import DATE_TOLERANCE_DAYS
from kuager.linkage.names import name_key
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record

SAME, CLOSE, DIFFERENT, MISSING = "same", "close", "different", "missing"
# Folded names this alike (difflib's ratio) read as one name with a typo or another spelling.
SIMILAR_NAMES = 0.8


@dataclass(frozen=True)
class Agreement:
    field: str
    level: str  # SAME, CLOSE, DIFFERENT or MISSING: the page colours by it
    words: str


def compare(a: Record, b: Record, places: PlaceKeys) -> list[Agreement]:
    return [_names(a.name, b.name), _birth_years(a.birth_year, b.birth_year),
            _places(a, b, places), _dates(a.incident_date, b.incident_date)]


def _names(a: str, b: str) -> Agreement:
    field = _("Name")
    ka, kb = name_key(a), name_key(b)
    if not ka.parts or not kb.parts:
        return Agreement(field, MISSING, _("One of the records has no name."))
    if ka.parts == kb.parts:
        if ka.patronymic and kb.patronymic and ka.patronymic != kb.patronymic:
            return Agreement(field, CLOSE, _("The same name, but different fathers' names."))
        return Agreement(field, SAME, _("The same name, whatever the script, spelling or "
                                        "word order."))
    shared = set(ka.parts) & set(kb.parts)
    ratio = difflib.SequenceMatcher(None, " ".join(ka.parts), " ".join(kb.parts)).ratio()
    if ratio >= SIMILAR_NAMES:
        return Agreement(field, CLOSE, _("Similar names: a typo or another spelling "
                                         "(%(percent)d%% alike).") % {"percent": ratio * 100})
    if shared:
        return Agreement(field, CLOSE, _("Names share a word but differ in others."))
    return Agreement(field, DIFFERENT, _("Different names."))


def _birth_years(a: int | None, b: int | None) -> Agreement:
    field = _("Year of birth")
    if a is None or b is None:
        return Agreement(field, MISSING, _("Not known on both records."))
    if a == b:
        return Agreement(field, SAME, _("The same year."))
    gap = abs(a - b)
    return Agreement(field, CLOSE if gap <= 2 else DIFFERENT,
                     ngettext("%(gap)d year apart.", "%(gap)d years apart.", gap)
                     % {"gap": gap})


def _places(a: Record, b: Record, places: PlaceKeys) -> Agreement:
    field = _("Place")
    pa, pb = places.place(a.facility, a.region), places.place(b.facility, b.region)
    if pa.facility and pb.facility:
        if pa.facility == pb.facility:
            return Agreement(field, SAME, _("The same place of detention."))
        if set(pa.regions) & set(pb.regions):
            return Agreement(field, CLOSE, _("Different places of detention in one region."))
        return Agreement(field, DIFFERENT, _("Different places of detention."))
    if pa.regions and pb.regions:
        if set(pa.regions) & set(pb.regions):
            return Agreement(field, CLOSE, _("The same region; no facility on one record."))
        return Agreement(field, DIFFERENT, _("Different regions."))
    return Agreement(field, MISSING, _("Not known on both records."))


def _dates(a: FuzzyDate | None, b: FuzzyDate | None) -> Agreement:
    field = _("Date of the incident")
    if a is None or b is None:
        return Agreement(field, MISSING, _("Not known on both records."))
    if a.start <= b.end and b.start <= a.end:
        if a == b:
            return Agreement(field, SAME, _("The same date."))
        return Agreement(field, CLOSE, _("The dates overlap (one is less precise)."))
    gap = min(abs((a.start - b.end).days), abs((b.start - a.end).days))
    return Agreement(field, CLOSE if gap <= DATE_TOLERANCE_DAYS else DIFFERENT,
                     ngettext("%(days)d day apart.", "%(days)d days apart.", gap)
                     % {"days": gap})
