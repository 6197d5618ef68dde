"""Facility and region keys: one key per place whatever name, alias or code a list used for it.

The gazetteer knows Kuager's places; a name it does not know is kept as its folded spelling,
so two partner lists that use the same unknown name still agree, but a known facility never
counts as "different" from an unknown name that may be one of its aliases.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kuager.places.gazetteer import AmbiguousPlace, Gazetteer, loose_key, phrase_key
from kuager.places.models import Facility

KNOWN_FACILITY = "f:"  # a facility of the gazetteer, by its folded code
UNKNOWN_PLACE = "t:"  # a spelling the gazetteer does not resolve, folded


@dataclass(frozen=True)
class Place:
    facility: str | None
    # Every region the facility was ever in (boundaries moved in 2022), and the one named.
    regions: tuple[str, ...]


@dataclass
class PlaceKeys:
    """Resolves and caches place spellings; without a gazetteer every name is only folded."""

    gazetteer: Gazetteer | None = None
    _facilities: dict[str, tuple[str | None, tuple[str, ...]]] = field(default_factory=dict)
    _regions: dict[str, str | None] = field(default_factory=dict)

    def place(self, facility: str, region: str) -> Place:
        facility_key, regions = self._facility(facility) if facility else (None, ())
        region_key = self._region(region) if region else None
        named = (region_key,) if region_key else ()
        return Place(facility_key, tuple(sorted({*regions, *named})))

    def _facility(self, text: str) -> tuple[str | None, tuple[str, ...]]:
        if text not in self._facilities:
            found = None
            if self.gazetteer is not None:
                try:
                    found = self.gazetteer.facility(text)
                except AmbiguousPlace:
                    found = None
            if found is not None:
                regions = tuple(sorted({p.region.code for p in found.periods.all()}))
                self._facilities[text] = (KNOWN_FACILITY + _stable_key(found), regions)
            else:
                self._facilities[text] = (_folded(text), ())
        return self._facilities[text]

    def _region(self, text: str) -> str | None:
        if text not in self._regions:
            found = None
            if self.gazetteer is not None:
                try:
                    found = self.gazetteer.region(text)
                except AmbiguousPlace:
                    found = None
            self._regions[text] = found.code if found is not None else _folded(text)
        return self._regions[text]


def _stable_key(facility: Facility) -> str:
    # The legacy code or English name, not the primary key: keyed-hash tokens made by two
    # installations must agree on a facility (kuager.linkage.tokens).
    return " ".join(phrase_key(facility.legacy_code or facility.name_en)) or str(facility.pk)


def _folded(text: str) -> str | None:
    key = loose_key(phrase_key(text)) or phrase_key(text)
    return UNKNOWN_PLACE + " ".join(key) if key else None
