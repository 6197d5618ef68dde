"""Finding a region or facility from any known name, alias, code or spelling, in any script."""

from __future__ import annotations

from dataclasses import dataclass, field

from kuager.lib.fold import skeleton, words
from kuager.places.models import Facility, Region, Settlement

# Words that only say "this is a region" and would make "Karaganda" differ from
# "Karaganda Region" or "Карагандинская область".
GENERIC_WORDS = frozenset(
    skeleton(w)
    for w in (
        "облысы", "область", "обл", "region", "oblast", "oblysy", "province", "город", "city",
        "қаласы", "qalasy", "г",
    )
)


def phrase_key(text: str) -> tuple[str, ...]:
    return tuple(k for k in (skeleton(w) for w in words(text)) if k)


def loose_key(key: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(k for k in key if k not in GENERIC_WORDS)


class AmbiguousPlace(Exception):
    def __init__(self, text: str, candidates: list[str]) -> None:
        super().__init__(text)
        self.text = text
        self.candidates = candidates


Table = dict[tuple[str, ...], set[int]]


@dataclass
class Gazetteer:
    """An in-memory lookup built from the few hundred rows of the gazetteer tables.

    A spelling is looked up whole first ("Алматы облысы" is the region, "Алматы" the city),
    then without generic words ("Карагандинская обл." → "Карагандинская"), so the region of
    Almaty and the city of Almaty never collide.
    """

    regions: Table = field(default_factory=dict)
    facilities: Table = field(default_factory=dict)
    loose_regions: Table = field(default_factory=dict)
    loose_facilities: Table = field(default_factory=dict)
    settlements: Table = field(default_factory=dict)
    loose_settlements: Table = field(default_factory=dict)
    region_by_id: dict[int, Region] = field(default_factory=dict)
    facility_by_id: dict[int, Facility] = field(default_factory=dict)
    settlement_by_id: dict[int, Settlement] = field(default_factory=dict)
    longest: int = 1

    @classmethod
    def load(cls, towns: bool = False) -> Gazetteer:
        """Regions and facilities; towns and villages too when asked (assisted coding reads
        them, search and import do not)."""
        found = cls()
        for region in Region.objects.all():
            found.region_by_id[region.pk] = region
            for spelling in region.spellings():
                found._add(found.regions, found.loose_regions, spelling, region.pk)
        for facility in Facility.objects.prefetch_related("periods__region"):
            found.facility_by_id[facility.pk] = facility
            for spelling in facility.spellings():
                found._add(found.facilities, found.loose_facilities, spelling, facility.pk)
        for town in (Settlement.objects.prefetch_related("periods__region") if towns else ()):
            found.settlement_by_id[town.pk] = town
            for spelling in town.spellings():
                found._add(found.settlements, found.loose_settlements, spelling, town.pk)
        return found

    def _add(self, exact: Table, loose: Table, spelling: str, pk: int) -> None:
        key = phrase_key(spelling)
        if key:
            exact.setdefault(key, set()).add(pk)
            loose.setdefault(loose_key(key), set()).add(pk)
            self.longest = max(self.longest, len(key))

    @staticmethod
    def _find(exact: Table, loose: Table, key: tuple[str, ...]) -> set[int]:
        return exact.get(key) or loose.get(loose_key(key)) or set()

    def region(self, text: str) -> Region | None:
        ids = self._find(self.regions, self.loose_regions, phrase_key(text))
        if len(ids) > 1:
            raise AmbiguousPlace(text, sorted(self.region_by_id[i].code for i in ids))
        return self.region_by_id[next(iter(ids))] if ids else None

    def facility(self, text: str) -> Facility | None:
        ids = self._find(self.facilities, self.loose_facilities, phrase_key(text))
        if len(ids) > 1:
            raise AmbiguousPlace(text, sorted(str(self.facility_by_id[i]) for i in ids))
        return self.facility_by_id[next(iter(ids))] if ids else None

    def match_places(self, keys: list[str]) -> list[tuple[int, int, set[int], set[int]]]:
        """Spans of query word skeletons that name a place: (start, end, regions, facilities).

        Longest match first, so "West Kazakhstan" is one place, not two words.
        """
        return [(i, j, regions, facilities) for i, j, (regions, facilities) in self._spans(
            keys, ((self.regions, self.loose_regions), (self.facilities, self.loose_facilities)))]

    def match_towns(self, keys: list[str]) -> list[tuple[int, int, set[int]]]:
        """Spans of word skeletons that name a town or village: (start, end, settlements).

        Apart from match_places: a search for a town should not return every case of its
        region, but a letter that names only the town still tells the coder its region.
        """
        return [(i, j, towns) for i, j, (towns,) in self._spans(
            keys, ((self.settlements, self.loose_settlements),))]

    def _spans(self, keys: list[str], tables: tuple[tuple[Table, Table], ...]
               ) -> list[tuple[int, int, tuple[set[int], ...]]]:
        spans = []
        starts = self._starts()
        i = 0
        while i < len(keys):
            # Most words begin no place name: skip them without trying every span length.
            if keys[i] not in starts and keys[i] not in GENERIC_WORDS:
                i += 1
                continue
            for size in range(min(self.longest, len(keys) - i), 0, -1):
                key = tuple(keys[i : i + size])
                found = tuple(self._find(exact, loose, key) for exact, loose in tables)
                if loose_key(key) and any(found):
                    spans.append((i, i + size, found))
                    i += size
                    break
            else:
                i += 1
        return spans

    def _starts(self) -> frozenset[str]:
        """The words a name can begin with, whole or without its generic words."""
        cached: frozenset[str] | None = getattr(self, "_first_words", None)
        if cached is None:
            tables = (self.regions, self.facilities, self.settlements, self.loose_regions,
                      self.loose_facilities, self.loose_settlements)
            cached = frozenset(key[0] for table in tables for key in table if key)
            self._first_words = cached
        return cached

    def single_word_keys(self) -> set[str]:
        """Skeletons of the words place names are made of (for matching inflected words:
        "Қарағандыдағы" → "қарағанды", "Усть-Каменогорскте" → "каменогорск")."""
        cached: set[str] | None = getattr(self, "_single", None)
        if cached is None:
            cached = {word for table in (self.regions, self.facilities, self.settlements)
                      for key in table for word in key}
            self._single = cached
        return cached

    def spellings_of(self, regions: set[int], facilities: set[int]) -> list[str]:
        found: list[str] = []
        for pk in regions:
            found.extend(self.region_by_id[pk].spellings())
        for pk in facilities:
            found.extend(self.facility_by_id[pk].spellings())
        return found
