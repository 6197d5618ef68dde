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
    # Names in -ей decline as Семее, Семея, Семею, Семеем, which fold to neither "semei" nor
    # a prefix of it.
    if plain + "i" in known:  # Семее folds to "seme": its doubled e collapsed
        return plain + "i"
    for ending in ("e", "ja", "ju", "em"):
        if plain.endswith(ending) and plain[: -len(ending)] + "i" in known:
            return plain[: -len(ending)] + "i"
    # Endings the stemmers cut wrongly: "Кушмуруне", "Жаңаөзендегі" begin with a place name.
    for size in range(len(plain) - 1, max(4, len(plain) - 7), -1):
        if plain[:size] in known:
            return plain[:size]
    return plain


# Words that make a place where someone lives, not where things happened: "живу в Шымкенте",
# "Астанада тұрамын", "I live in Pavlodar". The place of detention is coded, not the home.
_HOME = ("живу", "живет", "живем", "живут", "проживаю", "проживает", "проживаем", "тұрамын",
         "тұрады", "тұрамыз", "тұратын", "live", "lives", "living", "reside", "житель",
         "жительниц", "тұрғын", "resident")
# "Пишу вам из Алматы", "I am writing to you from Almaty", «Алматыдан жазып отырмын»: where
# the letter is written, unless it is written from a place of detention ("пишу из СИЗО в
# Семее", "writing from the colony in Arkalyk").
_WRITING = ("пишу", "звоню", "writing", "calling", "write", "жазып", "жазамын", "хабарласып",
            "қоңырау")
_DETENTION = ("сизо", "колони", "ивс", "зон", "изолятор", "шизо", "отряд", "лагер", "тюрьм",
              "учрежден", "мекеме", "camp", "colony", "prison", "detention", "sizo", "ivs",
              "facility", "cell", "камер")
# Where the writer's parents live ("ask my mother in Uralsk", «анам Алматыда»): prisoners'
# parents are rarely the victims, their sons are.
_PARENTS = ("мама", "мать", "матер", "маме", "мамы", "отец", "отца", "родител", "анам", "анама",
            "әкем", "әке", "ата", "апа", "mother", "mum", "mom", "father", "parents", "dad")
# A wish, not a place where things happened: "перевода поближе к дому, в Петропавловск".
_WISH = ("перевод", "перевести", "поближе", "closer", "transfer", "ауыстыр", "жақын")


def _home(words: list[Token], start: int, end: int) -> bool:
    from kuager.coding.engine import hearsay

    clause = words[start].clause
    near = [*words[max(0, start - 3) : start], *words[end : end + 2]]
    if any(w.clause == clause and w.text.startswith(_HOME) for w in near):
        return True
    if hearsay(words, start):
        return True
    sentence = words[start].sentence
    before = [w for w in words[max(0, start - 5) : start] if w.sentence == sentence]
    after = [w for w in words[end : end + 4] if w.sentence == sentence]
    writing = [w for w in (*before, *after) if w.text.startswith(_WRITING)]
    if writing and not any(w.text.startswith(_DETENTION) for w in (*before, *after)):
        return True
    if any(w.text.startswith(_PARENTS) for w in before[-3:]):
        return True
    return any(w.text.startswith(_WISH) for w in words[max(0, start - 8) : start]
               if w.sentence == sentence)


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
    dated = [(p, day) for p in result.dates if (day := _day(p.code))]
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
        for day in _days_of(proposal, dated, text):
            region = place.region_on(day)
            if region is not None and region.code not in named:
                named.add(region.code)
                result.regions.append(Proposal(region.code, region.name_en, proposal.text,
                                               proposal.start, proposal.end, 0.75, rule))


def _days_of(place: Proposal, dated: list[tuple[Proposal, dt.date]],
             text: str) -> list[dt.date | None]:
    """The dates a place is named with: those of its paragraph, else the nearest one in the
    letter; with none, the region it is in now. "Задержали в Семее в 2021 году… сейчас в
    Жезказгане (2023)": each town gets its own date, not every date of the letter."""
    if not dated:
        return [None]
    paragraph = _paragraph(text, place.start)
    here = [day for p, day in dated if _paragraph(text, p.start) == paragraph]
    if here:
        return list(dict.fromkeys(here))
    nearest = min(dated, key=lambda pd: abs(pd[0].start - place.start))
    return [nearest[1]]


_PARAGRAPH = re.compile(r"\n\s*\n")


def _paragraph(text: str, at: int) -> int:
    return len(_PARAGRAPH.findall(text, 0, at))


def _day(code: str) -> dt.date | None:
    """The middle of a partial date ("2021" → 2 July 2021); None when it cannot be a date."""
    try:
        span = parse_fuzzy_date(code)
    except DateFormatError:
        return None
    return span.start + (span.end - span.start) / 2
