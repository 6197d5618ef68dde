"""Regions and places of detention named in a letter: gazetteer names and aliases in any
script, and legacy facility codes however they are typed (ЛА-155/8, LA 155/8, ла155/8)."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from kuager.lib.dates import DateFormatError, parse_fuzzy_date
from kuager.lib.fold import skeleton, word_keys

if TYPE_CHECKING:
    from kuager.coding.engine import Proposal, Result, Token
    from kuager.places.gazetteer import Gazetteer

# Latin letters that look like Cyrillic ones in facility codes.
_LOOKALIKE = str.maketrans({"a": "а", "k": "к", "e": "е", "c": "с", "o": "о", "y": "у",
                            "x": "х", "p": "р", "b": "в", "m": "м", "h": "н", "t": "т",
                            "l": "л", "z": "з", "u": "у", "v": "в"})
_CODE = re.compile(r"\b([A-Za-zА-Яа-яЁё]{2})\s*[-–—]?\s*(\d{3})\s*/\s*(\d{1,3})\b")
_LATIN_CODE_LETTERS = {"la": "ла", "ak": "ак", "ec": "ец", "ets": "ец", "uk": "ук",
                       "ov": "ов", "zk": "зк"}


def _place_key(word: str, places: Any) -> str:
    """The word's skeleton, or its lemma or Kazakh stem when that names a place
    (Заречном → Заречный, Қарағандыдағы → Қарағанды)."""
    plain = skeleton(word)
    known = places.single_word_keys()
    if plain in known:
        return plain
    found = next((key for key in sorted(word_keys(word)) if key in known), None)
    if found is not None:
        return found
    # Endings the stemmers cut wrongly: "Кушмуруне", "Жаңаөзендегі" begin with a place name.
    for size in range(len(plain) - 1, max(4, len(plain) - 7), -1):
        if plain[:size] in known:
            return plain[:size]
    return plain


# Words that make a place where someone lives, not where things happened: "живу в Шымкенте",
# "Астанада тұрамын", "I live in Pavlodar". The place of detention is coded, not the home.
_HOME = ("живу", "живет", "живем", "живут", "проживаю", "проживает", "проживаем", "тұрамын",
         "тұрады", "тұрамыз", "тұратын", "live", "lives", "living", "reside")


def _home(words: list[Token], start: int, end: int) -> bool:
    clause = words[start].clause
    near = [*words[max(0, start - 3) : start], *words[end : end + 2]]
    return any(w.clause == clause and w.text.startswith(_HOME) for w in near)


# The gazetteer's kind of facility as a location type (the location_types vocabulary).
PLACE_KIND_OF = {"ivs": "910000000000", "sizo": "920000000000", "knb": "090400000000",
                 "police": "030500000000", "special_reception": "980000000000",
                 "psychiatric": "040704000000"}


def propose_places(text: str, words: list[Token], result: Result, places: Gazetteer) -> None:
    from kuager.coding.engine import Proposal

    by_code = {f.legacy_code: f for f in places.facility_by_id.values() if f.legacy_code}
    codes = {code.lower(): f for code, f in by_code.items()}
    taken: list[tuple[int, int]] = []
    for m in _CODE.finditer(text):
        letters = m.group(1).lower()
        letters = _LATIN_CODE_LETTERS.get(letters, letters.translate(_LOOKALIKE))
        facility = codes.get(f"{letters}-{m.group(2)}/{m.group(3)}")
        if facility is None:
            continue
        taken.append((m.start(), m.end()))
        result.facilities.append(Proposal(facility.legacy_code, str(facility), m.group(),
                                          m.start(), m.end(), 0.95, "facility code"))
    keys = [_place_key(w.text, places) for w in words]
    for start, end, regions, facilities in places.match_places(keys):
        s, e = words[start].start, words[end - 1].end
        if any(a <= s < b for a, b in taken) or _home(words, start, end):
            continue
        for pk in facilities:
            facility = places.facility_by_id[pk]
            result.facilities.append(Proposal(facility.legacy_code, str(facility), text[s:e],
                                              s, e, 0.85, "facility name or nickname"))
        for pk in regions:
            region = places.region_by_id[pk]
            result.regions.append(Proposal(region.code, region.name_en, text[s:e], s, e, 0.85,
                                           "region name"))
    # A facility or town names its region as it was when things happened: Zhezkazgan was in
    # Karaganda Region until 2022. With no date in the letter, the region it is in now.
    named = {p.code for p in result.regions}
    days: list[dt.date | None] = [day for p in result.dates if (day := _day(p.code))] or [None]
    located: list[tuple[Any, Proposal, str]] = []
    for proposal in result.facilities:
        facility = by_code[proposal.code]
        located.append((facility, proposal, "region of the facility"))
        if facility.kind in PLACE_KIND_OF or facility.kind.startswith("colony"):
            result.place_kinds.append(Proposal(
                PLACE_KIND_OF.get(facility.kind, "930000000000"), facility.kind, proposal.text,
                proposal.start, proposal.end, 0.9, "kind of the facility"))
    for start, end, towns in places.match_towns(keys):
        s, e = words[start].start, words[end - 1].end
        named_here = [*result.regions, *result.facilities]
        if any(a <= s < b for a, b in taken) or _home(words, start, end) or any(
                p.start <= s < p.end for p in named_here):
            continue
        for pk in towns:
            town = places.settlement_by_id[pk]
            located.append((town, Proposal(str(town.pk), str(town), text[s:e], s, e, 0.8,
                                           "town"), "region of the town"))
    for place, proposal, rule in located:
        for day in days:
            region = place.region_on(day)
            if region is not None and region.code not in named:
                named.add(region.code)
                result.regions.append(Proposal(region.code, region.name_en, proposal.text,
                                               proposal.start, proposal.end, 0.75, rule))


def _day(code: str) -> dt.date | None:
    """The middle of a partial date ("2021" → 2 July 2021); None when it cannot be a date."""
    try:
        span = parse_fuzzy_date(code)
    except DateFormatError:
        return None
    return span.start + (span.end - span.start) / 2
