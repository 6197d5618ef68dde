"""Synthetic demo rows for Kuager: fake torture allegations shaped like an NGO's spreadsheet.

Everything here is invented. ``kuager demo`` and the benchmark feed these rows through the
same importer that imports organisations' spreadsheets, so every row is a ``dict[str, str]``
keyed by the importer's columns (``COLUMNS``).

**All personal names are generated.** Given names are common first names; surnames and
officers' surnames are assembled from invented syllable stems and endings; patronymics are
built from common first names. Any resemblance of a generated full name to a real person is
coincidental. Narratives never contain the victim's name; some mention an invented officer
surname drawn from stems that victims' surnames never use.

The facts the rows lean on (ISO 3166-2:KZ codes, the 2022 boundary changes, the legacy codes
and physical regions of eleven colonies, HURIDOCS micro-thesauri codes) come from
``reference/kazakhstan.md`` and ``reference/vocabularies.md``. Frequencies (how many letters,
which methods, which languages) are plausible guesses for a demo, not statistics.

The module is pure Python with the standard library only (no Django), deterministic for a
seed, and fast: phrases are formatted for every grammatical voice once, at import, so a row
costs a few dozen random draws and one ``str.format``. ``random`` is used for sampling, never
for anything secret.
"""

from __future__ import annotations

import bisect
import csv
import random
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Generic, TypeVar

__all__ = [
    "COLUMNS",
    "FACILITY_ALIASES",
    "FACILITY_CODES",
    "LAST_RECEIVED_ON",
    "REGION_ALIASES",
    "REGION_SPLIT_DATE",
    "facility_region",
    "generate_rows",
    "region_on",
    "write_csv",
]

COLUMNS: tuple[str, ...] = (
    # the columns the importer requires
    "victim_name",
    "birth_year",
    "region",
    "facility",
    "incident_date",
    "methods",
    "narrative",
    "source",
    # optional columns
    "sex",
    "received_on",
    "purposes",
    "perpetrator_type",
    "location_type",
    "channel",
    "language",
    "priority",
)

DEFAULT_SEED = 20261121
FIRST_YEAR = 2012
LAST_YEAR = 2025
LAST_RECEIVED_ON = date(2026, 6, 30)
# Abai, Zhetisu and Ulytau regions were carved out of East Kazakhstan, Almaty Region and
# Karaganda Region on this day; before it, places there belonged to the parent region.
REGION_SPLIT_DATE = date(2022, 6, 8)
_REGION_PARENT: dict[str, str] = {"KZ-10": "KZ-63", "KZ-33": "KZ-19", "KZ-62": "KZ-35"}
# Astana was called Nur-Sultan in between (used only for the wording of narratives).
_NUR_SULTAN = (date(2019, 3, 23).toordinal(), date(2022, 9, 17).toordinal())

T = TypeVar("T")
Entry = str | tuple[str, str]  # one text, or (first person, third person)


class _Weighted(Generic[T]):
    """A weighted population sampled by bisection over cumulative weights."""

    __slots__ = ("_cum", "_items", "_total")

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self._items: tuple[T, ...] = tuple(item for item, _ in pairs)
        cum: list[float] = []
        total = 0.0
        for _, weight in pairs:
            total += weight
            cum.append(total)
        self._cum = cum
        self._total = total

    def pick(self, rng: random.Random) -> T:
        return self._items[bisect.bisect(self._cum, rng.random() * self._total)]


def region_on(iso: str, day: date) -> str:
    """The ISO code of the region a place in today's region ``iso`` belonged to on ``day``."""
    if day < REGION_SPLIT_DATE:
        return _REGION_PARENT.get(iso, iso)
    return iso


# --------------------------------------------------------------------------- regions

# ISO code: (Kazakh, Russian, English spellings), from reference/kazakhstan.md
_REGION_NAMES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "KZ-10": ("Абай облысы", "область Абай", ("Abai", "Abay Region")),
    "KZ-11": ("Ақмола облысы", "Акмолинская область", ("Akmola", "Aqmola Region")),
    "KZ-15": ("Ақтөбе облысы", "Актюбинская область", ("Aktobe", "Aqtöbe", "Aktyubinsk")),
    "KZ-19": ("Алматы облысы", "Алматинская область", ("Almaty Region", "Almaty oblast")),
    "KZ-23": ("Атырау облысы", "Атырауская область", ("Atyrau", "Atyrau Province")),
    "KZ-27": (
        "Батыс Қазақстан облысы",
        "Западно-Казахстанская область",
        ("West Kazakhstan", "Batys Qazaqstan"),
    ),
    "KZ-31": ("Жамбыл облысы", "Жамбылская область", ("Zhambyl", "Jambyl")),
    "KZ-33": ("Жетісу облысы", "область Жетісу", ("Jetisu", "Zhetysu")),
    "KZ-35": (
        "Қарағанды облысы",
        "Карагандинская область",
        ("Karaganda", "Qaraghandy", "Qaragandy"),
    ),
    "KZ-39": ("Қостанай облысы", "Костанайская область", ("Kostanay", "Qostanai", "Kustanai")),
    "KZ-43": ("Қызылорда облысы", "Кызылординская область", ("Kyzylorda", "Qyzylorda")),
    "KZ-47": ("Маңғыстау облысы", "Мангистауская область", ("Mangystau", "Mangghystau")),
    "KZ-55": ("Павлодар облысы", "Павлодарская область", ("Pavlodar",)),
    "KZ-59": (
        "Солтүстік Қазақстан облысы",
        "Северо-Казахстанская область",
        ("North Kazakhstan", "Soltüstik Qazaqstan"),
    ),
    "KZ-61": ("Түркістан облысы", "Туркестанская область", ("Turkistan", "Turkestan")),
    "KZ-62": ("Ұлытау облысы", "область Ұлытау", ("Ulytau",)),
    "KZ-63": (
        "Шығыс Қазақстан облысы",
        "Восточно-Казахстанская область",
        ("East Kazakhstan", "Shyghys Qazaqstan"),
    ),
    "KZ-71": ("Астана", "Астана", ("Astana",)),
    "KZ-75": ("Алматы", "Алматы", ("Almaty city",)),
    "KZ-79": ("Шымкент", "Шымкент", ("Shymkent",)),
}

REGION_ALIASES: dict[str, str] = {}
"""Every region value a row can carry (ISO code or name) mapped to its ISO code."""
for _iso, (_kk, _ru, _en) in _REGION_NAMES.items():
    for _alias in (_iso, _kk, _ru, *_en):
        REGION_ALIASES[_alias] = _iso

# A town per region for police stations and KNB buildings:
# (Russian "в <town>", Kazakh nominative, English).
_TOWNS: dict[str, tuple[str, str, str]] = {
    "KZ-10": ("в Семее", "Семей", "Semey"),
    "KZ-11": ("в Кокшетау", "Көкшетау", "Kokshetau"),
    "KZ-15": ("в Актобе", "Ақтөбе", "Aktobe"),
    "KZ-19": ("в Талгаре", "Талғар", "Talgar"),
    "KZ-23": ("в Атырау", "Атырау", "Atyrau"),
    "KZ-27": ("в Уральске", "Орал", "Oral"),
    "KZ-31": ("в Таразе", "Тараз", "Taraz"),
    "KZ-33": ("в Талдыкоргане", "Талдықорған", "Taldykorgan"),
    "KZ-35": ("в Караганде", "Қарағанды", "Karaganda"),
    "KZ-39": ("в Костанае", "Қостанай", "Kostanay"),
    "KZ-43": ("в Кызылорде", "Қызылорда", "Kyzylorda"),
    "KZ-47": ("в Актау", "Ақтау", "Aktau"),
    "KZ-55": ("в Павлодаре", "Павлодар", "Pavlodar"),
    "KZ-59": ("в Петропавловске", "Петропавл", "Petropavl"),
    "KZ-61": ("в Туркестане", "Түркістан", "Turkistan"),
    "KZ-62": ("в Жезказгане", "Жезқазған", "Zhezkazgan"),
    "KZ-63": ("в Усть-Каменогорске", "Өскемен", "Oskemen"),
    "KZ-71": ("в Астане", "Астана", "Astana"),
    "KZ-75": ("в Алматы", "Алматы", "Almaty"),
    "KZ-79": ("в Шымкенте", "Шымкент", "Shymkent"),
}
_NUR_SULTAN_TOWN = ("в Нур-Султане", "Нұр-Сұлтан", "Nur-Sultan")

# Where police and KNB cases happen (roughly by population).
_POLICE_REGIONS: _Weighted[str] = _Weighted(
    [
        ("KZ-75", 12),
        ("KZ-71", 8),
        ("KZ-79", 7),
        ("KZ-61", 8),
        ("KZ-19", 7),
        ("KZ-35", 7),
        ("KZ-63", 4),
        ("KZ-10", 3),
        ("KZ-31", 5),
        ("KZ-15", 4),
        ("KZ-39", 4),
        ("KZ-55", 4),
        ("KZ-23", 3),
        ("KZ-47", 4),
        ("KZ-43", 4),
        ("KZ-27", 3),
        ("KZ-59", 3),
        ("KZ-11", 4),
        ("KZ-33", 3),
        ("KZ-62", 1),
    ]
)

# --------------------------------------------------------------------------- facilities


@dataclass(frozen=True, slots=True)
class _Facility:
    code: str
    region: str  # physical region today; region_on() gives the one at a date
    nicknames: tuple[str, ...]
    weight: float
    last_year: int
    juvenile: bool
    ru: tuple[tuple[str, str], ...]  # ("в колонии X", "в колонию X")
    kk: tuple[tuple[str, str], ...]  # ("X колониясында", "X колониясына")
    en: tuple[str, ...]  # "colony X", used after "at" and "to"


def _ru_code(code: str) -> tuple[tuple[str, str], ...]:
    return (
        (f"в колонии {code}", f"в колонию {code}"),
        (f"в учреждении {code}", f"в учреждение {code}"),
    )


def _kk_code(code: str) -> tuple[str, str]:
    return (f"{code} колониясында", f"{code} колониясына")


# The closing years of the two closed colonies are not in the reference; incidents there are
# kept to 2020 or earlier only so that demo data looks plausible.
_CLOSED_LAST_YEAR = 2020

_FACILITIES: tuple[_Facility, ...] = (
    _Facility(
        "ЛА-155/8",
        "KZ-19",
        ("Заречное", "Zarechnoye", "Заречный"),
        18,
        LAST_YEAR,
        False,
        (
            *_ru_code("ЛА-155/8"),
            (
                "в колонии максимальной безопасности в Заречном",
                "в колонию максимальной безопасности в Заречном",
            ),
            ("в «Заречном»", "в «Заречное»"),
        ),
        (
            _kk_code("ЛА-155/8"),
            ("Заречный кентіндегі колонияда", "Заречный кентіндегі колонияға"),
            ("«Заречное» колониясында", "«Заречное» колониясына"),
        ),
        ("colony ЛА-155/8", "the Zarechnoye prison", "the maximum-security colony in Zarechny"),
    ),
    _Facility(
        "ЛА-155/6",
        "KZ-75",
        (),
        5,
        LAST_YEAR,
        True,
        (
            *_ru_code("ЛА-155/6"),
            (
                "в воспитательной колонии ЛА-155/6 в Алматы",
                "в воспитательную колонию ЛА-155/6 в Алматы",
            ),
        ),
        (
            _kk_code("ЛА-155/6"),
            (
                "Алматыдағы ЛА-155/6 тәрбиелеу колониясында",
                "Алматыдағы ЛА-155/6 тәрбиелеу колониясына",
            ),
        ),
        ("colony ЛА-155/6", "the juvenile colony ЛА-155/6 in Almaty"),
    ),
    _Facility(
        "АК-159/7",
        "KZ-35",
        ("Долинка", "Dolinka"),
        14,
        LAST_YEAR,
        False,
        (
            *_ru_code("АК-159/7"),
            ("в Долинке", "в Долинку"),
            ("в колонии в Долинке", "в колонию в Долинке"),
        ),
        (
            _kk_code("АК-159/7"),
            ("Долинкадағы колонияда", "Долинкадағы колонияға"),
            ("Долинка кентіндегі колонияда", "Долинка кентіндегі колонияға"),
        ),
        ("colony АК-159/7", "the Dolinka colony", "Dolinka"),
    ),
    _Facility(
        "АК-159/11",
        "KZ-35",
        (),
        7,
        LAST_YEAR,
        False,
        (
            *_ru_code("АК-159/11"),
            (
                "в туберкулёзной колонии АК-159/11 в Караганде",
                "в туберкулёзную колонию АК-159/11 в Караганде",
            ),
        ),
        (
            _kk_code("АК-159/11"),
            (
                "Қарағандыдағы АК-159/11 туберкулез колониясында",
                "Қарағандыдағы АК-159/11 туберкулез колониясына",
            ),
        ),
        ("colony АК-159/11", "the TB colony АК-159/11 in Karaganda"),
    ),
    _Facility(
        "АК-159/18",
        "KZ-35",
        ("Карабас", "Karabas"),
        9,
        LAST_YEAR,
        False,
        (*_ru_code("АК-159/18"), ("в колонии в Карабасе", "в колонию в Карабасе")),
        (_kk_code("АК-159/18"), ("Қарабастағы колонияда", "Қарабастағы колонияға")),
        ("colony АК-159/18", "the Karabas colony"),
    ),
    _Facility(
        "АК-159/25",
        "KZ-62",
        (),
        9,
        LAST_YEAR,
        False,
        (*_ru_code("АК-159/25"), ("в колонии в Жезказгане", "в колонию в Жезказгане")),
        (_kk_code("АК-159/25"), ("Жезқазғандағы колонияда", "Жезқазғандағы колонияға")),
        ("colony АК-159/25", "the Zhezkazgan colony"),
    ),
    _Facility(
        "ЕЦ-166/5",
        "KZ-11",
        ("Вишневка", "Vishnevka"),
        12,
        LAST_YEAR,
        False,
        (
            *_ru_code("ЕЦ-166/5"),
            ("в «Вишневке»", "в «Вишневку»"),
            (
                "в колонии «Вишневка» в Аршалынском районе",
                "в колонию «Вишневка» в Аршалынском районе",
            ),
        ),
        (
            _kk_code("ЕЦ-166/5"),
            ("«Вишневка» колониясында", "«Вишневка» колониясына"),
            ("Аршалы ауданындағы колонияда", "Аршалы ауданындағы колонияға"),
        ),
        ("colony ЕЦ-166/5", "the Vishnevka colony", "the 'Vishnevka' colony in Arshaly district"),
    ),
    _Facility(
        "УК-161/12",
        "KZ-39",
        (),
        8,
        LAST_YEAR,
        False,
        (*_ru_code("УК-161/12"), ("в колонии в Аркалыке", "в колонию в Аркалыке")),
        (_kk_code("УК-161/12"), ("Арқалықтағы колонияда", "Арқалықтағы колонияға")),
        ("colony УК-161/12", "the Arkalyk colony"),
    ),
    _Facility(
        "УК-161/4",
        "KZ-39",
        ("Кушмурун",),
        5,
        _CLOSED_LAST_YEAR,
        False,
        (*_ru_code("УК-161/4"), ("в колонии в Кушмуруне", "в колонию в Кушмуруне")),
        (_kk_code("УК-161/4"), ("Құсмұрындағы колонияда", "Құсмұрындағы колонияға")),
        ("colony УК-161/4", "the Kushmurun colony"),
    ),
    _Facility(
        "ОВ-156/17",
        "KZ-63",
        ("Шуак",),
        5,
        _CLOSED_LAST_YEAR,
        False,
        (*_ru_code("ОВ-156/17"), ("в колонии «Шуак»", "в колонию «Шуак»")),
        (_kk_code("ОВ-156/17"), ("«Шуак» колониясында", "«Шуак» колониясына")),
        ("colony ОВ-156/17", "the Shuak colony"),
    ),
    _Facility(
        "ЗК-169/5",
        "KZ-43",
        (),
        7,
        LAST_YEAR,
        False,
        (
            *_ru_code("ЗК-169/5"),
            ("в колонии ЗК-169/5 в Кызылорде", "в колонию ЗК-169/5 в Кызылорде"),
        ),
        (
            _kk_code("ЗК-169/5"),
            ("Қызылордадағы ЗК-169/5 колониясында", "Қызылордадағы ЗК-169/5 колониясына"),
        ),
        ("colony ЗК-169/5", "colony ЗК-169/5 in Kyzylorda"),
    ),
)

FACILITY_CODES: tuple[str, ...] = tuple(f.code for f in _FACILITIES)
FACILITY_ALIASES: dict[str, str] = {}
"""Every non-empty facility value a row can carry (code or nickname) mapped to its code."""
for _f in _FACILITIES:
    for _alias in (_f.code, *_f.nicknames):
        FACILITY_ALIASES[_alias] = _f.code
_FACILITY_BY_CODE = {f.code: f for f in _FACILITIES}
_FACILITY_PICK: _Weighted[_Facility] = _Weighted([(f, f.weight) for f in _FACILITIES])


def facility_region(code: str, day: date) -> str:
    """The ISO code of the region a facility (by legacy code) was physically in on ``day``."""
    return region_on(_FACILITY_BY_CODE[code].region, day)


# --------------------------------------------------------------------------- vocabularies

_POLICE, _PRISON, _KNB = "police", "prison", "knb"
_PERP_POLICE = "010104000000"
_PERP_PRISON = "010105000000"
_PERP_KNB = "010106000000"
_PERP_ACTIVISTS = "910000000000"  # local: prisoners acting for or with the consent of staff
_LOCATION = {_POLICE: "030500000000", _PRISON: "030600000000", _KNB: "090400000000"}
_DEATH_THREATS = "032301000000"

_SOURCES: dict[str, tuple[str, ...]] = {
    "letter": ("120520200501",),  # Letter
    "interview": ("220903200901", "091420051801"),  # Victim testimony, Interview
    "visit": ("220903200901", "091420051801"),
    "hotline": ("200512051601",),  # Telephone conversation
    "relative": ("230920140501",),  # Witness testimony
    "lawyer": ("190907140501",),  # Signed affidavit
}
_CHANNELS: dict[str, _Weighted[str]] = {
    _PRISON: _Weighted(
        [
            ("letter", 45),
            ("interview", 10),
            ("hotline", 8),
            ("visit", 12),
            ("relative", 15),
            ("lawyer", 10),
        ]
    ),
    _POLICE: _Weighted(
        [
            ("letter", 10),
            ("interview", 20),
            ("hotline", 20),
            ("visit", 10),
            ("relative", 20),
            ("lawyer", 20),
        ]
    ),
    _KNB: _Weighted(
        [("letter", 5), ("interview", 15), ("hotline", 10), ("relative", 35), ("lawyer", 35)]
    ),
}
# Share of first-person narratives per channel (the rest are third-person intake notes).
_FIRST_PERSON = {
    "letter": 0.95,
    "interview": 0.4,
    "visit": 0.25,
    "hotline": 0.0,
    "relative": 0.0,
    "lawyer": 0.0,
}
# Days from incident to intake: (minimum, mean of the exponential tail).
_DELAY = {
    "letter": (10, 70.0),
    "interview": (20, 150.0),
    "visit": (20, 150.0),
    "hotline": (3, 20.0),
    "relative": (5, 40.0),
    "lawyer": (10, 90.0),
}

# MT05 branch 03 codes with weights (how often letters describe them), per context.
_METHOD_WEIGHTS: dict[str, dict[str, float]] = {
    _PRISON: {
        "030101000000": 30,
        "030102000000": 16,
        "030104000000": 3,
        "031101000000": 10,
        "030902000000": 8,
        "031000000000": 6,
        "030901000000": 4,
        "030700000000": 7,
        "030402000000": 4,
        "030502000000": 3,
        "030602000000": 2,
        "031503000000": 10,
        "032201000000": 9,
        "032202000000": 2,
        "032301000000": 1,
        "031105000000": 7,
        "031103000000": 5,
        "031701000000": 6,
        "031502000000": 3,
        "031501000000": 2,
        "032101000000": 5,
        "032102000000": 3,
        "030800000000": 1,
        "031800000000": 4,
    },
    _POLICE: {
        "030101000000": 32,
        "030102000000": 10,
        "030104000000": 2,
        "031101000000": 5,
        "030902000000": 14,
        "031000000000": 8,
        "030901000000": 4,
        "030700000000": 1,
        "030402000000": 3,
        "030502000000": 3,
        "030602000000": 3,
        "031503000000": 5,
        "032201000000": 12,
        "032202000000": 5,
        "032301000000": 1,
        "031105000000": 4,
        "031103000000": 3,
        "031701000000": 7,
        "031502000000": 4,
        "031501000000": 2,
        "032101000000": 4,
        "032102000000": 2,
        "030800000000": 3,
        "031800000000": 1,
    },
}
_METHOD_WEIGHTS[_KNB] = _METHOD_WEIGHTS[_POLICE]
_METHOD_PICK = {ctx: _Weighted(list(w.items())) for ctx, w in _METHOD_WEIGHTS.items()}


def _telling_rank(code: str) -> int:
    """The order a person tells methods in: violence first, then isolation and deprivations,
    then threats, and the doctor who never came at the end."""
    if code == "031503000000":  # deprived of medical attention
        return 3
    if code[:4] in ("0322", "0323") or code == "030602000000":  # threats
        return 2
    if code[:4] in ("0315", "0318", "0321"):  # deprivation, isolation, degradation
        return 1
    return 0


_TELLING_ORDER = {code: _telling_rank(code) for code in _METHOD_WEIGHTS[_PRISON]}
# Methods that leave injuries someone could record.
_MARKS = frozenset(
    (
        "030101000000",
        "030102000000",
        "030104000000",
        "030402000000",
        "030502000000",
        "030800000000",
        "031000000000",
        "031101000000",
        "031701000000",
    )
)
_METHOD_COUNT: _Weighted[int] = _Weighted([(1, 38), (2, 35), (3, 19), (4, 8)])

# MT38 purposes plus local 910 (retaliation for a complaint), 920 (coercion to withdraw one).
_PURPOSE_PICK: dict[str, _Weighted[str]] = {
    _PRISON: _Weighted(
        [
            ("010000000000", 15),
            ("030000000000", 30),
            ("070000000000", 15),
            ("910000000000", 25),
            ("920000000000", 15),
        ]
    ),
    _POLICE: _Weighted(
        [("010000000000", 70), ("070000000000", 15), ("910000000000", 8), ("920000000000", 7)]
    ),
    _KNB: _Weighted([("010000000000", 80), ("910000000000", 10), ("920000000000", 10)]),
}
_PURPOSE_COUNT: _Weighted[int] = _Weighted([(0, 30), (1, 55), (2, 15)])

_YEARS: dict[int, _Weighted[int]] = {
    last: _Weighted(
        [
            (y, 5 + 4 * (y - FIRST_YEAR) / (LAST_YEAR - FIRST_YEAR))
            for y in range(FIRST_YEAR, last + 1)
        ]
    )
    for last in (LAST_YEAR, _CLOSED_LAST_YEAR)
}
_PRECISION: _Weighted[str] = _Weighted([("day", 45), ("month", 35), ("year", 20)])
_LANGUAGE: _Weighted[str] = _Weighted([("ru", 60), ("kk", 25), ("en", 15)])

# --------------------------------------------------------------------------- names

# Common first names: (Cyrillic, Latin).
_KZ_MALE = (
    ("Ерлан", "Yerlan"),
    ("Нурлан", "Nurlan"),
    ("Асхат", "Askhat"),
    ("Бауыржан", "Baurzhan"),
    ("Даурен", "Dauren"),
    ("Ерболат", "Yerbolat"),
    ("Талгат", "Talgat"),
    ("Мурат", "Murat"),
    ("Серик", "Serik"),
    ("Аскар", "Askar"),
    ("Жандос", "Zhandos"),
    ("Айдос", "Aidos"),
    ("Руслан", "Ruslan"),
    ("Канат", "Kanat"),
    ("Болат", "Bolat"),
    ("Арман", "Arman"),
    ("Ержан", "Yerzhan"),
    ("Марат", "Marat"),
    ("Ермек", "Yermek"),
    ("Санжар", "Sanzhar"),
)
_KZ_FEMALE = (
    ("Айгуль", "Aigul"),
    ("Гульнара", "Gulnara"),
    ("Динара", "Dinara"),
    ("Жанар", "Zhanar"),
    ("Асель", "Assel"),
    ("Салтанат", "Saltanat"),
    ("Айгерим", "Aigerim"),
    ("Мадина", "Madina"),
    ("Гульмира", "Gulmira"),
    ("Жансая", "Zhansaya"),
    ("Алия", "Aliya"),
    ("Сауле", "Saule"),
)
_RU_MALE = (
    ("Сергей", "Sergey"),
    ("Андрей", "Andrey"),
    ("Дмитрий", "Dmitry"),
    ("Алексей", "Alexey"),
    ("Игорь", "Igor"),
    ("Виктор", "Viktor"),
    ("Олег", "Oleg"),
    ("Павел", "Pavel"),
    ("Николай", "Nikolay"),
    ("Евгений", "Yevgeny"),
    ("Денис", "Denis"),
    ("Максим", "Maxim"),
)
_RU_FEMALE = (
    ("Ольга", "Olga"),
    ("Татьяна", "Tatyana"),
    ("Елена", "Yelena"),
    ("Наталья", "Natalya"),
    ("Ирина", "Irina"),
    ("Светлана", "Svetlana"),
    ("Юлия", "Yulia"),
    ("Оксана", "Oksana"),
    ("Марина", "Marina"),
    ("Анна", "Anna"),
)
# Russian patronymics: (male Cyrillic, female Cyrillic, male Latin, female Latin).
_RU_PATRONYMICS = (
    ("Сергеевич", "Сергеевна", "Sergeyevich", "Sergeyevna"),
    ("Андреевич", "Андреевна", "Andreyevich", "Andreyevna"),
    ("Викторович", "Викторовна", "Viktorovich", "Viktorovna"),
    ("Олегович", "Олеговна", "Olegovich", "Olegovna"),
    ("Павлович", "Павловна", "Pavlovich", "Pavlovna"),
    ("Николаевич", "Николаевна", "Nikolayevich", "Nikolayevna"),
    ("Игоревич", "Игоревна", "Igorevich", "Igorevna"),
    ("Дмитриевич", "Дмитриевна", "Dmitriyevich", "Dmitriyevna"),
    ("Алексеевич", "Алексеевна", "Alekseyevich", "Alekseyevna"),
    ("Евгеньевич", "Евгеньевна", "Yevgenyevich", "Yevgenyevna"),
    ("Владимирович", "Владимировна", "Vladimirovich", "Vladimirovna"),
    ("Александрович", "Александровна", "Alexandrovich", "Alexandrovna"),
    ("Юрьевич", "Юрьевна", "Yuryevich", "Yuryevna"),
)

# Invented Kazakh-style surname stems: prefix x suffix, each (Kazakh Cyrillic, Latin).
_KZ_PREFIXES = (
    ("Тар", "Tar"),
    ("Жол", "Zhol"),
    ("Сәт", "Sat"),
    ("Құт", "Kut"),
    ("Тілеу", "Tileu"),
    ("Қарт", "Kart"),
    ("Өтеп", "Otep"),
    ("Әлім", "Alim"),
    ("Мырза", "Myrza"),
    ("Дәулет", "Daulet"),
    ("Есім", "Yesim"),
    ("Ораз", "Oraz"),
    ("Сейіт", "Seyit"),
    ("Бақ", "Bak"),
    ("Нұр", "Nur"),
    ("Қыдыр", "Kydyr"),
    ("Жақсы", "Zhaksy"),
    ("Тоқ", "Tok"),
    ("Ақ", "Ak"),
    ("Әбіл", "Abil"),
    ("Күн", "Kun"),
    ("Ізбас", "Izbas"),
    ("Мақ", "Mak"),
    ("Өмір", "Omir"),
    ("Қоңыр", "Konyr"),
    ("Шал", "Shal"),
    ("Ерт", "Yert"),
    ("Сағын", "Sagyn"),
    ("Үміт", "Umit"),
)
_KZ_SUFFIXES = (
    ("бек", "bek"),
    ("бай", "bai"),
    ("қали", "kali"),
    ("жан", "zhan"),
    ("тай", "tai"),
    ("ғали", "gali"),
    ("құл", "kul"),
    ("берген", "bergen"),
    ("бат", "bat"),
    ("тас", "tas"),
    ("болат", "bolat"),
)
# A few invented stems that are not prefix + suffix.
_KZ_WHOLE_STEMS = (("Сериккали", "Serikkali"), ("Жолдас", "Zholdas"), ("Нұрсейіт", "Nurseyit"))
# Officers' surnames use other prefixes, so no officer ever shares a victim's surname.
_OFFICER_PREFIXES = (
    ("Ақсар", "Aksar"),
    ("Төлеп", "Tolep"),
    ("Бекжар", "Bekzhar"),
    ("Жайдар", "Zhaidar"),
    ("Сарыб", "Saryb"),
    ("Орынт", "Orynt"),
)
# Invented Russian-style surnames (masculine; the feminine adds "а"/"a").
_RU_SURNAMES = (
    ("Вересков", "Vereskov"),
    ("Ракитников", "Rakitnikov"),
    ("Тальников", "Talnikov"),
    ("Кленцов", "Klentsov"),
    ("Сугробов", "Sugrobov"),
    ("Ручейников", "Rucheynikov"),
    ("Полынцев", "Polyntsev"),
    ("Ольшанин", "Olshanin"),
    ("Журавцев", "Zhuravtsev"),
    ("Пескарёв", "Peskaryov"),
    ("Миронцев", "Mirontsev"),
    ("Ветлицын", "Vetlitsyn"),
    ("Осокорин", "Osokorin"),
    ("Рябинцев", "Ryabintsev"),
    ("Камышников", "Kamyshnikov"),
    ("Липняков", "Lipnyakov"),
    ("Снегирцев", "Snegirtsev"),
    ("Дубравин", "Dubravin"),
    ("Бурьянов", "Buryanov"),
    ("Ковыльцев", "Kovyltsev"),
    ("Чабрецов", "Chabretsov"),
    ("Жимолин", "Zhimolin"),
    ("Брусничкин", "Brusnichkin"),
    ("Орешников", "Oreshnikov"),
    ("Полозков", "Polozkov"),
    ("Щеглянов", "Shcheglyanov"),
    ("Сорочинцев", "Sorochintsev"),
    ("Ивняков", "Ivnyakov"),
    ("Клюквин", "Klyukvin"),
    ("Смородов", "Smorodov"),
    ("Трясинцев", "Tryasintsev"),
    ("Луговцев", "Lugovtsev"),
    ("Пырейников", "Pyreynikov"),
    ("Черёмухин", "Cheryomukhin"),
    ("Вербицын", "Verbitsyn"),
    ("Стрижанов", "Strizhanov"),
)
_RU_OFFICER_SURNAMES = (
    ("Ястребцов", "Yastrebtsov"),
    ("Грачихин", "Grachikhin"),
    ("Коршунцев", "Korshuntsev"),
    ("Филинцев", "Filintsev"),
    ("Сычёвский", "Sychyovsky"),
    ("Кречетников", "Krechetnikov"),
)

_RUSSIFY = str.maketrans("ӘәҒғҚқҢңӨөҰұҮүҺһІі", "АаГгКкНнОоУуУуХхИи")


@dataclass(frozen=True, slots=True)
class _Surname:
    kk: str  # with Kazakh letters
    ru: str  # as a Russian-language document writes it
    lat: str


def _kz_stems(prefixes: Sequence[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    return tuple((pc + sc, pl + sl) for pc, pl in prefixes for sc, sl in _KZ_SUFFIXES)


_KZ_STEMS = _kz_stems(_KZ_PREFIXES) + _KZ_WHOLE_STEMS
_OFFICER_STEMS = _kz_stems(_OFFICER_PREFIXES)


def _kz_surnames(stems: Sequence[tuple[str, str]], feminine: bool) -> tuple[_Surname, ...]:
    out: list[_Surname] = []
    for cyr, lat in stems:
        if cyr.endswith("й"):  # -бай -> -баев
            cyr, lat = cyr[:-1] + "ев", lat[:-1] + "yev"
        elif cyr.endswith("и"):  # -қали -> -қалиев
            cyr, lat = cyr + "ев", lat + "yev"
        else:
            cyr, lat = cyr + "ов", lat + "ov"
        if feminine:
            cyr, lat = cyr + "а", lat + "a"
        out.append(_Surname(cyr, cyr.translate(_RUSSIFY), lat))
    return tuple(out)


def _kz_uly(feminine: bool) -> tuple[_Surname, ...]:
    """Surnames in the modern form stem + ұлы / қызы."""
    end_c, end_l = ("қызы", "kyzy") if feminine else ("ұлы", "uly")
    return tuple(
        _Surname(cyr + end_c, (cyr + end_c).translate(_RUSSIFY), lat + end_l)
        for cyr, lat in _KZ_STEMS
    )


def _ru_surnames(pairs: Sequence[tuple[str, str]], feminine: bool) -> tuple[_Surname, ...]:
    suffix = ("а", "a") if feminine else ("", "")
    return tuple(_Surname(c + suffix[0], c + suffix[0], lat + suffix[1]) for c, lat in pairs)


_KZ_SURNAMES = {"m": _kz_surnames(_KZ_STEMS, False), "f": _kz_surnames(_KZ_STEMS, True)}
_KZ_ULY = {"m": _kz_uly(False), "f": _kz_uly(True)}
_RU_SURNAME_FORMS = {"m": _ru_surnames(_RU_SURNAMES, False), "f": _ru_surnames(_RU_SURNAMES, True)}
_OFFICERS: dict[str, tuple[str, ...]] = {}
for _lang in ("ru", "kk", "en"):
    _pool = _kz_surnames(_OFFICER_STEMS, False) + _ru_surnames(_RU_OFFICER_SURNAMES, False)
    _OFFICERS[_lang] = tuple(
        s.lat if _lang == "en" else s.kk if _lang == "kk" else s.ru for s in _pool
    )


def _victim_name(rng: random.Random, sex: str) -> str:
    """A synthetic full name: Cyrillic mostly, Latin about 10% of the time."""
    latin = rng.random() < 0.10
    kazakh_letters = rng.random() < 0.4  # otherwise Kazakh letters written the Russian way
    if rng.random() < 0.65:  # Kazakh-style name
        given_c, given_l = rng.choice(_KZ_MALE if sex == "m" else _KZ_FEMALE)
        roll = rng.random()
        if roll < 0.15:
            sur = rng.choice(_KZ_ULY[sex])
        else:
            sur = rng.choice(_KZ_SURNAMES[sex])
        surname = sur.lat if latin else sur.kk if kazakh_letters else sur.ru
        patronymic = ""
        roll = rng.random()
        if roll < 0.5:
            father_c, father_l = rng.choice(_KZ_MALE)
            if roll < 0.25:  # Russian-style patronymic from a Kazakh name
                patronymic = (
                    father_l + ("ovich" if sex == "m" else "ovna")
                    if latin
                    else (father_c + ("ович" if sex == "m" else "овна"))
                )
            elif latin:
                patronymic = father_l + ("uly" if sex == "m" else "kyzy")
            else:
                patronymic = father_c + (
                    ("ұлы" if sex == "m" else "қызы")
                    if kazakh_letters
                    else ("улы" if sex == "m" else "кызы")
                )
    else:  # Russian-style name
        given_c, given_l = rng.choice(_RU_MALE if sex == "m" else _RU_FEMALE)
        sur = rng.choice(_RU_SURNAME_FORMS[sex])
        surname = sur.lat if latin else sur.ru
        patronymic = ""
        if rng.random() < 0.7:
            pm_c, pf_c, pm_l, pf_l = rng.choice(_RU_PATRONYMICS)
            patronymic = (pm_l if sex == "m" else pf_l) if latin else (pm_c if sex == "m" else pf_c)
    given = given_l if latin else given_c
    roll = rng.random()
    if latin:
        if roll < 0.25:
            return f"{surname.upper()} {given}"
        return f"{given} {surname}"
    if roll < 0.65:  # "Фамилия Имя Отчество", as in Russian-language documents
        return f"{surname} {given} {patronymic}" if patronymic else f"{surname} {given}"
    if roll < 0.85 and patronymic:
        return f"{given} {patronymic} {surname}"
    return f"{given} {surname}"


# --------------------------------------------------------------------------- narrative text

# Grammatical slots filled once per voice ("1m" = first person, man; "3f" = third, woman).
_VOICE_SLOTS: dict[str, dict[str, dict[str, str]]] = {
    "ru": {
        "1m": {
            "acc": "меня",
            "dat": "мне",
            "n": "меня",
            "subj": "я",
            "Subj": "Я",
            "Dat": "Мне",
            "l": "",
            "lsya": "ся",
            "poss_f_prep": "моей",
            "applicant_gen": "заявителя",
        },
        "1f": {
            "acc": "меня",
            "dat": "мне",
            "n": "меня",
            "subj": "я",
            "Subj": "Я",
            "Dat": "Мне",
            "l": "а",
            "lsya": "ась",
            "poss_f_prep": "моей",
            "applicant_gen": "заявительницы",
        },
        "3m": {
            "acc": "его",
            "dat": "ему",
            "n": "него",
            "subj": "он",
            "Subj": "Он",
            "Dat": "Ему",
            "l": "",
            "lsya": "ся",
            "poss_f_prep": "его",
            "applicant_gen": "заявителя",
        },
        "3f": {
            "acc": "её",
            "dat": "ей",
            "n": "неё",
            "subj": "она",
            "Subj": "Она",
            "Dat": "Ей",
            "l": "а",
            "lsya": "ась",
            "poss_f_prep": "её",
            "applicant_gen": "заявительницы",
        },
    },
    "kk": {
        "1m": {"acc": "мені", "dat": "маған", "gen": "менің"},
        "1f": {"acc": "мені", "dat": "маған", "gen": "менің"},
        "3m": {"acc": "оны", "dat": "оған", "gen": "оның"},
        "3f": {"acc": "оны", "dat": "оған", "gen": "оның"},
    },
    "en": {
        "1m": {"acc": "me", "poss": "my", "Poss": "My", "subj": "I", "Subj": "I"},
        "1f": {"acc": "me", "poss": "my", "Poss": "My", "subj": "I", "Subj": "I"},
        "3m": {"acc": "him", "poss": "his", "Poss": "His", "subj": "he", "Subj": "He"},
        "3f": {"acc": "her", "poss": "her", "Poss": "Her", "subj": "she", "Subj": "She"},
    },
}

# Verb phrases for each method, as done by plural perpetrators, past tense. Every method code
# used in _METHOD_WEIGHTS has phrases in every language.
_METHOD_TEXT: dict[str, dict[str, tuple[Entry, ...]]] = {
    "ru": {
        "030101000000": (
            "избили {acc}",
            "били {acc} руками и ногами",
            "избили {acc} ногами по почкам",
            "били {acc} по лицу и в живот",
            "пинали {acc} ногами, когда {subj} упал{l}",
        ),
        "030102000000": (
            "били {acc} дубинками",
            "избили {acc} резиновыми палками",
            "били {acc} деревянной киянкой по спине",
        ),
        "030104000000": (
            "били {acc} дубинкой по пяткам",
            "били {acc} по ступням, чтобы не оставалось следов",
        ),
        "031101000000": (
            "подвесили {acc} за связанные за спиной руки",
            "подвешивали {acc} за наручники к решётке",
            "подвесили {acc} за руки к трубе",
        ),
        "030902000000": (
            "надели {dat} на голову пакет",
            "душили {acc} полиэтиленовым пакетом",
            "надевали {dat} на голову пакет, пока {subj} не терял{l} сознание",
        ),
        "031000000000": (
            "душили {acc}",
            "обмотали {dat} шею скотчем и душили",
            "сдавливали {dat} горло",
        ),
        "030901000000": (
            "окунали {acc} головой в бак с водой",
            "топили {acc} в бочке с водой",
            "лили {dat} воду на лицо через тряпку",
        ),
        "030700000000": (
            "держали {acc} на морозе без одежды",
            "заставили {acc} стоять на снегу в одном белье",
            "держали {acc} в ледяной камере при минус двадцати",
        ),
        "030402000000": (
            "тушили о {n} сигареты",
            "жгли {dat} руки сигаретами",
            "прижигали {dat} кожу сигаретой",
        ),
        "030502000000": ("изнасиловали {acc} дубинкой", "изнасиловали {acc} черенком от швабры"),
        "030602000000": ("угрожали изнасиловать {acc}", "угрожали {dat} изнасилованием"),
        "031503000000": (
            "отказали {dat} в медицинской помощи",
            "не пустили {acc} к врачу",
            "не реагировали на просьбы вызвать врача",
        ),
        "032201000000": (
            "угрожали {dat} новым сроком",
            "угрожали {dat} расправой",
            "угрожали подбросить {dat} наркотики",
        ),
        "032202000000": (
            "угрожали {dat} расправой над родственниками",
            "угрожали, что пострадает семья",
        ),
        _DEATH_THREATS: (
            "угрожали {dat} убийством",
            "говорили, что {acc} убьют и спишут на самоубийство",
        ),
        "031105000000": (
            "часами держали {acc} на коленях",
            "заставляли {acc} часами сидеть на корточках",
            "ставили {acc} на колени лицом к стене",
        ),
        "031103000000": (
            "заставляли {acc} стоять сутками",
            "заставили {acc} стоять у стены с поднятыми руками",
        ),
        "031701000000": (
            "связали {dat} руки и ноги",
            "сковали {acc} наручниками за спиной",
            "привязали {acc} к кровати",
        ),
        "031502000000": ("не давали {dat} спать несколько суток", "будили {acc} каждый час"),
        "031501000000": ("не давали {dat} еды и воды", "несколько дней не кормили {acc}"),
        "032101000000": ("оскорбляли {acc}", "унижали и оскорбляли {acc}"),
        "032102000000": ("раздели {acc} догола", "заставили {acc} раздеться догола при всех"),
        "030800000000": ("били {acc} током", "пытали {acc} электрошокером"),
        "031800000000": (
            "держали {acc} в одиночной камере",
            "надолго поместили {acc} в одиночную камеру",
        ),
    },
    "kk": {
        "030101000000": (
            "{acc} ұрып-соқты",
            "{acc} аяқпен тепкіледі",
            "{acc} қатты соққыға жықты",
            ("мені бетімнен және ішімнен ұрды", "оны бетінен және ішінен ұрды"),
        ),
        "030102000000": (
            "{acc} резеңке таяқпен ұрды",
            "{acc} таяқпен ұрып-соқты",
            "{acc} ағаш балғамен ұрды",
        ),
        "030104000000": (
            ("табанымнан таяқпен ұрды", "табанынан таяқпен ұрды"),
            ("табанымды таяқпен соққылады", "табанын таяқпен соққылады"),
        ),
        "031101000000": (
            ("мені артқа байланған қолымнан іліп қойды", "оны артқа байланған қолынан іліп қойды"),
            "{acc} кісенмен торға іліп қойды",
            ("мені қолымнан құбырға асып қойды", "оны қолынан құбырға асып қойды"),
        ),
        "030902000000": (
            ("басыма целлофан пакет кигізді", "басына целлофан пакет кигізді"),
            "{acc} целлофан пакетпен тұншықтырды",
            (
                "есімнен танғанша басыма пакет кигізіп тұрды",
                "есінен танғанша басына пакет кигізіп тұрды",
            ),
        ),
        "031000000000": (
            "{acc} буындырды",
            ("мойнымды скотчпен орап, буындырды", "мойнын скотчпен орап, буындырды"),
            ("тамағымды қысып, буындырды", "тамағын қысып, буындырды"),
        ),
        "030901000000": (
            ("басымды су толы бакқа батырды", "басын су толы бакқа батырды"),
            "{acc} бөшкедегі суға батырды",
            ("бетіме шүберек жауып, үстінен су құйды", "бетіне шүберек жауып, үстінен су құйды"),
        ),
        "030700000000": (
            "{acc} аязда киімсіз ұстады",
            "{acc} қардың үстінде іш киіммен тұрғызды",
            "{acc} минус жиырма градус суықта далада ұстады",
        ),
        "030402000000": (
            ("денеме темекі басып өшірді", "денесіне темекі басып өшірді"),
            ("қолымды темекімен күйдірді", "қолын темекімен күйдірді"),
        ),
        "030502000000": (
            "{acc} таяқпен зорлады",
            "{dat} швабраның сабымен жыныстық зорлық көрсетті",
        ),
        "030602000000": (
            "{acc} зорлаймыз деп қорқытты",
            "{dat} жыныстық зорлық көрсетеміз деп қорқытты",
        ),
        "031503000000": (
            "{dat} медициналық көмек көрсетпеді",
            "{acc} дәрігерге жібермеді",
            ("дәрігер шақыруды өтінгенімді елемеді", "дәрігер шақыруды өтінгенін елемеді"),
        ),
        "032201000000": (
            "{acc} жаңа мерзіммен қорқытты",
            "{acc} жаңа қылмыстық іс ашамыз деп қорқытты",
            "{dat} есірткі салып қоямыз деп қорқытты",
        ),
        "032202000000": (
            ("отбасыма зиян келтіреміз деп қорқытты", "отбасына зиян келтіреміз деп қорқытты"),
            ("туыстарыма қоқан-лоқы жасады", "туыстарына қоқан-лоқы жасады"),
        ),
        _DEATH_THREATS: (
            "{acc} өлтіреміз деп қорқытты",
            "{acc} өлтіріп, өзін-өзі асып өлтірді деп жазамыз деді",
        ),
        "031105000000": (
            "{acc} сағаттап тізерлетіп қойды",
            "{acc} ұзақ уақыт жүресінен отырғызды",
            "{acc} қабырғаға қаратып тізерлетті",
        ),
        "031103000000": (
            "{acc} тәулік бойы тік тұрғызды",
            (
                "мені қабырғаға қаратып, қолымды көтертіп тұрғызды",
                "оны қабырғаға қаратып, қолын көтертіп тұрғызды",
            ),
        ),
        "031701000000": (
            ("қол-аяғымды байлап тастады", "қол-аяғын байлап тастады"),
            ("қолымды артқа қайырып, кісен салды", "қолын артқа қайырып, кісен салды"),
            "{acc} кереуетке байлап қойды",
        ),
        "031502000000": ("{acc} бірнеше тәулік ұйықтатпады", "{acc} әр сағат сайын оятып отырды"),
        "031501000000": ("{dat} тамақ пен су бермеді", "{acc} бірнеше күн тамақтандырмады"),
        "032101000000": ("{acc} балағаттады", "{acc} қорлап, боқтады"),
        "032102000000": ("{acc} жалаңаштады", "{acc} бәрінің көзінше шешіндірді"),
        "030800000000": ("{acc} электр тогымен азаптады", "{acc} электрошокермен ұрды"),
        "031800000000": (
            "{acc} жалғыз кісілік камерада ұстады",
            "{acc} ұзақ уақытқа жалғыз камераға қамап қойды",
        ),
    },
    "en": {
        "030101000000": (
            "beat {acc}",
            "kicked and punched {acc}",
            "beat {acc} about the head and stomach",
            "kicked {acc} in the kidneys",
            "kicked {acc} when {subj} fell to the floor",
        ),
        "030102000000": (
            "beat {acc} with batons",
            "beat {acc} with rubber truncheons",
            "hit {acc} with a wooden mallet",
        ),
        "030104000000": (
            "beat {acc} on the soles of {poss} feet",
            "hit the soles of {poss} feet with a baton",
        ),
        "031101000000": (
            "hung {acc} by {poss} arms, tied behind {poss} back",
            "hung {acc} from the bars by {poss} handcuffs",
            "hung {acc} by the arms from a pipe",
        ),
        "030902000000": (
            "put a plastic bag over {poss} head",
            "suffocated {acc} with a plastic bag",
            "pulled a bag over {poss} head until {subj} passed out",
        ),
        "031000000000": (
            "strangled {acc}",
            "wrapped adhesive tape around {poss} neck and choked {acc}",
            "choked {acc}",
        ),
        "030901000000": (
            "pushed {poss} head into a tank of water",
            "held {poss} head under water",
            "poured water over a cloth on {poss} face",
        ),
        "030700000000": (
            "kept {acc} outside in the cold without clothes",
            "made {acc} stand in the snow in {poss} underwear",
            "held {acc} in a freezing cell at minus twenty",
        ),
        "030402000000": (
            "put out cigarettes on {poss} body",
            "burned {poss} hands with cigarettes",
        ),
        "030502000000": ("raped {acc} with a baton", "sexually assaulted {acc} with a mop handle"),
        "030602000000": ("threatened to rape {acc}", "threatened {acc} with rape"),
        "031503000000": (
            "refused {acc} medical help",
            "did not let {acc} see a doctor",
            "ignored {poss} requests to see a doctor",
        ),
        "032201000000": (
            "threatened {acc} with a new sentence",
            "threatened to plant drugs on {acc}",
            "threatened {acc} with a new criminal case",
        ),
        "032202000000": ("threatened to harm {poss} family", "threatened {poss} relatives"),
        _DEATH_THREATS: (
            "threatened to kill {acc}",
            "said they would kill {acc} and call it suicide",
        ),
        "031105000000": (
            "kept {acc} on {poss} knees for hours",
            "forced {acc} to squat for hours",
            "made {acc} kneel facing the wall",
        ),
        "031103000000": (
            "forced {acc} to stand for a whole day",
            "made {acc} stand against the wall with {poss} arms raised",
        ),
        "031701000000": (
            "tied {poss} hands and feet",
            "handcuffed {acc} behind {poss} back",
            "tied {acc} to a bed",
        ),
        "031502000000": ("kept {acc} awake for several days", "woke {acc} up every hour"),
        "031501000000": ("gave {acc} no food or water", "did not feed {acc} for several days"),
        "032101000000": ("insulted {acc}", "humiliated and swore at {acc}"),
        "032102000000": ("stripped {acc} naked", "made {acc} undress in front of everyone"),
        "030800000000": ("gave {acc} electric shocks", "used a stun gun on {acc}"),
        "031800000000": (
            "kept {acc} in solitary confinement",
            "put {acc} in a solitary cell for a long time",
        ),
    },
}

# The sentence that carries the incident. Slots filled per row: when, place, place_to, room,
# actor, m (method phrases). The others are filled per voice.
_CORE: dict[str, tuple[Entry, ...]] = {
    "ru": (
        "{when} {place} {actor} {m}.",
        "{when} {place}, {room}, {actor} {m}.",
        "{when} {acc} доставили {place_to}, и там {actor} {m}.",
        "{place} {when} {actor} {m}.",
        "{when}, когда {subj} находил{lsya} {place}, {actor} {m}.",
        "это случилось {when} {place}: {actor} {m}.",
    ),
    "kk": (
        "{when} {place} {actor} {m}.",
        "{when} {place}, {room}, {actor} {m}.",
        "{when} {acc} {place_to} әкелді, сонда {actor} {m}.",
        "{place} {when} {actor} {m}.",
        "бұл {when} {place} болды: {actor} {m}.",
        (
            "{when} {place} отырған кезімде {actor} {m}.",
            "{when} {place} отырған кезінде {actor} {m}.",
        ),
    ),
    "en": (
        "{when}, {actor} at {place} {m}.",
        "{when}, in {room} at {place}, {actor} {m}.",
        "{when} {subj} was taken to {place}, where {actor} {m}.",
        "at {place}, {when}, {actor} {m}.",
        "it happened {when} at {place}: {actor} {m}.",
        "{when}, while {subj} was held at {place}, {actor} {m}.",
    ),
}
# Further methods, subject left implicit (ru, kk) or "they" (en).
_MORE: dict[str, tuple[Entry, ...]] = {
    "ru": ("Кроме того, {m}.", "Потом {m}.", "В следующие дни {m}.", "Позже {m}."),
    "kk": ("Сонымен қатар {m}.", "Кейін {m}.", "Келесі күндері {m}."),
    "en": ("They also {m}.", "Later they {m}.", "Over the next days they {m}."),
}
_JOIN2: dict[str, tuple[str, ...]] = {
    "ru": (" и ", ", а затем "),
    "kk": (", сосын ", ", содан кейін "),
    "en": (" and ", ", then "),
}
_JOIN_LIST = {"ru": ", ", "kk": ", ", "en": ", "}
_JOIN_LAST = {"ru": " и ", "kk": ", ", "en": " and "}

# Third-person intake notes start with who told what.
_FRAMES: dict[str, dict[str, tuple[Entry, ...]]] = {
    "ru": {
        "letter": ("Сокамерник пишет, что ", "В письме сообщается, что "),
        "interview": (
            "По словам {applicant_gen}, ",
            "На интервью {subj} сообщил{l}, что ",
            "{Subj} рассказывает, что ",
        ),
        "visit": (
            "Во время визита {subj} рассказал{l}, что ",
            "При посещении {subj} сообщил{l}, что ",
        ),
        "hotline": ("На горячую линию сообщили, что ", "По телефону сообщили, что "),
        "relative": (
            "Мать сообщила, что ",
            "Сестра рассказала, что ",
            "Брат сообщил, что ",
            "Родственники сообщили, что ",
        ),
        "lawyer": ("Адвокат сообщает, что ", "По словам адвоката, ", "Защитник сообщил, что "),
    },
    "kk": {
        "letter": ("Камерадағы серігінің хатына қарағанда, ", "Хатқа қарағанда, "),
        "interview": (
            "Өтініш берушінің айтуынша, ",
            "Оның айтуынша, ",
            "Сұхбатта айтқанына қарағанда, ",
        ),
        "visit": ("Мониторинг сапары кезінде айтқанына қарағанда, ", "Оның айтуынша, "),
        "hotline": (
            "Сенім телефонына хабарласқан адамның айтуынша, ",
            "Сенім телефонына түскен хабарға қарағанда, ",
        ),
        "relative": (
            "Анасының айтуынша, ",
            "Әпкесінің айтуынша, ",
            "Інісінің айтуынша, ",
            "Туыстарының айтуынша, ",
        ),
        "lawyer": ("Адвокаттың айтуынша, ", "Қорғаушының хабарлауынша, "),
    },
    "en": {
        "letter": ("A cellmate writes that ", "The letter says that "),
        "interview": ("{Subj} says that ", "{Subj} told us that ", "According to the applicant, "),
        "visit": (
            "During the visit {subj} said that ",
            "At the monitoring visit {subj} told us that ",
        ),
        "hotline": ("The caller says that ", "A hotline caller reports that "),
        "relative": (
            "{Poss} mother says that ",
            "According to {poss} sister, ",
            "{Poss} brother told us that ",
            "The family reports that ",
        ),
        "lawyer": ("{Poss} lawyer reports that ", "According to {poss} lawyer, "),
    },
}

_PURPOSE_TEXT: dict[str, dict[str, tuple[Entry, ...]]] = {
    "ru": {
        "010000000000": (
            "Требовали подписать признательные показания.",
            "Так выбивали признание в преступлении, которого {subj} не совершал{l}.",
            (
                "Говорили, что прекратят, если я возьму вину на себя.",
                "Говорили, что прекратят, если {subj} возьмёт вину на себя.",
            ),
        ),
        "030000000000": (
            "Сказали, что это наказание за нарушение режима.",
            "Так {acc} наказали за то, что {subj} отказал{lsya} от прививки.",
            "Это у них называется «воспитательная работа».",
        ),
        "070000000000": (
            "Требовали деньги у родственников.",
            "Вымогали у {n} деньги за «спокойную жизнь».",
        ),
        "910000000000": (
            "Это месть за жалобу в прокуратуру.",
            "Так {acc} наказали за жалобу на сотрудников.",
        ),
        "920000000000": (
            "Требовали забрать жалобу из прокуратуры.",
            "Заставляли написать заявление об отказе от жалобы.",
        ),
    },
    "kk": {
        "010000000000": (
            (
                "Жасамаған қылмысымды мойындауды талап етті.",
                "Жасамаған қылмысын мойындауды талап етті.",
            ),
            "Мойындау туралы қағазға қол қоюды талап етті.",
            ("Кінәмді мойындасам, тоқтатамыз деді.", "Кінәсін мойындаса, тоқтатамыз деді."),
        ),
        "030000000000": (
            ("Мұны тәртіп бұзғаным үшін жаза деді.", "Мұны тәртіп бұзғаны үшін жаза деді."),
            (
                "Екпеден бас тартқаным үшін осылай жазалады.",
                "Екпеден бас тартқаны үшін осылай жазалады.",
            ),
            "Олар мұны «тәрбие жұмысы» деп атайды.",
        ),
        "070000000000": (
            ("Туыстарымнан ақша талап етті.", "Туыстарынан ақша талап етті."),
            "«Тыныш өмір» үшін ай сайын ақша сұрады.",
        ),
        "910000000000": (
            (
                "Бұл прокуратураға жазған шағымым үшін кек алу болды.",
                "Бұл прокуратураға жазған шағымы үшін кек алу болды.",
            ),
            (
                "Қызметкерлерге шағымданғаным үшін осылай жазалады.",
                "Қызметкерлерге шағымданғаны үшін осылай жазалады.",
            ),
        ),
        "920000000000": (
            (
                "Шағымымды кері қайтарып алуды талап етті.",
                "Шағымын кері қайтарып алуды талап етті.",
            ),
            "Шағымнан бас тарту туралы арыз жазуға мәжбүрледі.",
        ),
    },
    "en": {
        "010000000000": (
            "They wanted {acc} to sign a confession.",
            (
                "They said it would stop if I confessed.",
                "They said it would stop if {subj} confessed.",
            ),
            "They demanded a confession to a crime {subj} did not commit.",
        ),
        "030000000000": (
            "They said it was punishment for breaking the rules.",
            "It was punishment for refusing a vaccination.",
            "They call it 'educational work'.",
        ),
        "070000000000": (
            "They demanded money from {poss} relatives.",
            "They extorted money from {acc} for a 'quiet life'.",
        ),
        "910000000000": (
            "It was revenge for {poss} complaint to the prosecutor.",
            "It was punishment for complaining about the staff.",
        ),
        "920000000000": (
            "They wanted {acc} to withdraw {poss} complaint.",
            "They forced {acc} to sign a statement withdrawing the complaint.",
        ),
    },
}
# Punishment for refusing a (COVID-19) vaccination: said only of incidents from 2021 on.
_VACCINATION = ("030000000000", 1)

# Acts of protest: risk signs, never methods. Each makes the row urgent.
_PROTESTS: dict[str, tuple[Entry, ...]] = {
    "ru": (
        "{Subj} объявил{l} голодовку.",
        "В знак протеста {subj} порезал{l} себе руки.",
        "{Subj} зашил{l} себе рот.",
        "В знак протеста {subj} проглотил{l} гвозди.",
        "{Subj} написал{l} на своём теле, кто виноват в {poss_f_prep} смерти.",
    ),
    "kk": (
        ("Мен аштық жарияладым.", "Ол аштық жариялады."),
        ("Наразылық ретінде қолымды тіліп алдым.", "Наразылық ретінде қолын тіліп алды."),
        ("Аузымды тігіп алдым.", "Аузын тігіп алды."),
        ("Наразылық білдіріп, шеге жұтып қойдым.", "Наразылық білдіріп, шеге жұтып қойды."),
        (
            "Өлсем, кім кінәлі екенін денеме жазып қойдым.",
            "Өлсе, кім кінәлі екенін денесіне жазып қойды.",
        ),
    ),
    "en": (
        "{Subj} went on hunger strike.",
        "{Subj} cut {poss} arms in protest.",
        "{Subj} sewed {poss} mouth shut.",
        "{Subj} swallowed nails in protest.",
        "{Subj} wrote on {poss} body who is to blame for {poss} death.",
    ),
}
_LIFE_THREATS: dict[str, tuple[Entry, ...]] = {
    "ru": (
        ("Я боюсь за свою жизнь.", "{Subj} боится за свою жизнь."),
        (
            "Боюсь, что меня убьют и выдадут это за самоубийство.",
            "Родные боятся, что {acc} убьют и выдадут это за самоубийство.",
        ),
    ),
    "kk": (
        ("Өміріме қауіп төніп тұр.", "Оның өміріне қауіп төніп тұр."),
        (
            "Мені өлтіріп, өз-өзіне қол жұмсады деп көрсетеді деп қорқамын.",
            "Туыстары оны өлтіріп, өз-өзіне қол жұмсады деп көрсетеді деп қорқады.",
        ),
    ),
    "en": (
        ("I fear for my life.", "{Subj} fears for {poss} life."),
        (
            "I am afraid they will kill me and call it suicide.",
            "The family fears they will kill {acc} and call it suicide.",
        ),
    ),
}
# Why a row is "high": the first sentence of each language needs visible injuries.
_HIGH: dict[str, tuple[Entry, ...]] = {
    "ru": (
        "Следы ещё видны, их нужно срочно зафиксировать.",
        ("Мне до сих пор нужна медицинская помощь.", "{Dat} до сих пор нужна медицинская помощь."),
        (
            "Я до сих пор нахожусь там же, с теми же сотрудниками.",
            "{Subj} до сих пор находится там же, с теми же сотрудниками.",
        ),
    ),
    "kk": (
        "Іздері әлі көрініп тұр, оларды тез арада тіркеу керек.",
        ("Маған әлі де медициналық көмек қажет.", "Оған әлі де медициналық көмек қажет."),
        (
            "Мен әлі сол жерде, сол қызметкерлердің қолындамын.",
            "Ол әлі сол жерде, сол қызметкерлердің қолында.",
        ),
    ),
    "en": (
        "The marks are still visible and must be documented quickly.",
        ("I still need medical care.", "{Subj} still needs medical care."),
        (
            "I am still held there, with the same officers.",
            "{Subj} is still held there, with the same officers.",
        ),
    ),
}
_EXTRAS: dict[str, dict[str, tuple[Entry, ...]]] = {
    "ru": {
        "injury": (
            "В протоколе записали, что травмы получены при падении.",
            "Побои никто не зафиксировал.",
            "Врач отказался фиксировать телесные повреждения.",
        ),
        "any": (
            "Жалоба в прокуратуру вернулась с ответом «факты не подтвердились».",
            (
                "Адвокат советует мне не жаловаться, говорит, что будет хуже.",
                "Адвокат советует {dat} не жаловаться, говорит, что будет хуже.",
            ),
            "Камеры видеонаблюдения в тот момент «не работали».",
        ),
        _PRISON: (
            "Это видели другие осуждённые, но их запугали.",
            "Жалобы из колонии не выпускают.",
            "После этого {acc} на месяц поместили в ШИЗО.",
        ),
        _POLICE: ("Это видели другие задержанные, но их запугали.",),
        _KNB: ("Несколько дней {dat} не давали встретиться с адвокатом.",),
    },
    "kk": {
        "injury": (
            "Хаттамада жарақаттар құлаған кезде алынды деп жазылды.",
            "Соққы іздерін ешкім тіркемеді.",
            "Дәрігер жарақаттарды тіркеуден бас тартты.",
        ),
        "any": (
            "Прокуратураға жазылған шағымға «дерек расталмады» деген жауап келді.",
            (
                "Адвокат маған шағымданба, одан да жаман болады дейді.",
                "Адвокат оған шағымданба, одан да жаман болады дейді.",
            ),
            "Сол кезде бейнебақылау камералары «істемей қалған».",
        ),
        _PRISON: (
            "Мұны басқа сотталғандар көрді, бірақ оларды қорқытып қойды.",
            "Колониядан шағымдарды жібермейді.",
            "Одан кейін {acc} бір айға ШИЗО-ға қамады.",
        ),
        _POLICE: ("Мұны басқа ұсталғандар көрді, бірақ оларды қорқытып қойды.",),
        _KNB: (
            (
                "Бірнеше күн бойы маған адвокат жібермеді.",
                "Бірнеше күн бойы оған адвокат жібермеді.",
            ),
        ),
    },
    "en": {
        "injury": (
            "The report says the injuries came from a fall.",
            "Nobody recorded the injuries.",
            "The doctor refused to record the injuries.",
        ),
        "any": (
            "The complaint to the prosecutor came back with 'facts not confirmed'.",
            (
                "My lawyer advises me not to complain because it will get worse.",
                "{Poss} lawyer advises {acc} not to complain because it will get worse.",
            ),
            "The CCTV cameras were 'not working' at the time.",
        ),
        _PRISON: (
            "Other prisoners saw it but were intimidated.",
            "Complaints are not sent out of the colony.",
            "Afterwards {subj} was put in the punishment cell for a month.",
        ),
        _POLICE: ("Other detainees saw it but were intimidated.",),
        _KNB: ("No lawyer was allowed to see {acc} for several days.",),
    },
}
# From the second sentence on, each also fits "activists" directed by an officer.
_OFFICER_TEXT: dict[str, tuple[str, ...]] = {
    "ru": (
        "Одним из них был сотрудник по фамилии {officer}.",
        "Руководил всем {officer}.",
        "Фамилия одного из сотрудников — {officer}.",
    ),
    "kk": ("Олардың бірі {officer} деген қызметкер болды.", "Мұның бәрін {officer} басқарды."),
    "en": (
        "One of them was an officer called {officer}.",
        "It was led by an officer called {officer}.",
    ),
}
_OPENERS: dict[str, tuple[str, ...]] = {
    "ru": (
        "Здравствуйте, пишу вам, потому что больше не к кому обратиться.",
        "Прошу вас помочь.",
        "Обращаюсь к вам за защитой.",
    ),
    "kk": (
        "Сәлеметсіз бе, басқа жүгінетін ешкім болмағандықтан сізге жазып отырмын.",
        "Көмектесулеріңізді сұраймын.",
        "Сізге қорғау сұрап жүгінемін.",
    ),
    "en": (
        "I am writing to you because I have nobody else to turn to.",
        "Please help me.",
        "I am asking for your protection.",
    ),
}
_CLOSINGS: dict[str, tuple[Entry, ...]] = {
    "ru": (
        ("Прошу провести проверку.", "Просит провести проверку."),
        ("Прошу сообщить в прокуратуру.", "Согласие на обращение в прокуратуру получено."),
        ("Прошу не раскрывать моё имя.", "Просит не раскрывать имя."),
    ),
    "kk": (
        ("Тексеріс жүргізуді сұраймын.", "Тексеріс жүргізуді сұрайды."),
        ("Прокуратураға хабарлауды сұраймын.", "Прокуратураға жүгінуге келісім алынды."),
        ("Атымды жарияламауды сұраймын.", "Атын жарияламауды сұрайды."),
    ),
    "en": (
        ("I ask for an investigation.", "Asks for an investigation."),
        ("Please inform the prosecutor.", "Consent to contact the prosecutor was given."),
        ("Please do not disclose my name.", "Asks that {poss} name not be disclosed."),
    ),
}

_ACTORS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        _PERP_POLICE: ("сотрудники полиции", "полицейские", "оперативники", "двое полицейских"),
        _PERP_PRISON: (
            "сотрудники колонии",
            "сотрудники администрации",
            "контролёры",
            "сотрудники",
            "дежурные сотрудники",
        ),
        _PERP_KNB: ("сотрудники КНБ", "следователи КНБ"),
        _PERP_ACTIVISTS: (
            "осуждённые-«активисты» по указанию сотрудников",
            "«активисты» с ведома администрации",
            "заключённые из «актива» по приказу администрации",
        ),
    },
    "kk": {
        _PERP_POLICE: ("полиция қызметкерлері", "полицейлер", "жедел уәкілдер", "екі полицей"),
        _PERP_PRISON: (
            "колония қызметкерлері",
            "әкімшілік қызметкерлері",
            "бақылаушылар",
            "кезекші қызметкерлер",
        ),
        _PERP_KNB: ("ҰҚК қызметкерлері", "ҰҚК тергеушілері"),
        _PERP_ACTIVISTS: (
            "әкімшіліктің тапсырмасымен «белсенді» сотталғандар",
            "қызметкерлердің келісімімен «белсенділер»",
        ),
    },
    "en": {
        _PERP_POLICE: ("police officers", "the police", "detectives", "two policemen"),
        _PERP_PRISON: ("officers", "guards", "colony staff", "prison officers", "duty officers"),
        _PERP_KNB: ("KNB officers", "National Security Committee investigators"),
        _PERP_ACTIVISTS: (
            "prisoners acting for the administration",
            "'activist' prisoners on the staff's orders",
        ),
    },
}
_ROOMS: dict[str, dict[str, tuple[str, ...]]] = {
    "ru": {
        _PRISON: (
            "в дежурной части",
            "в ШИЗО",
            "в штабе",
            "в бане",
            "в карантинном отделении",
            "в комнате, где нет камер",
        ),
        _POLICE: ("в кабинете следователя", "в подвале", "в камере", "в комнате, где нет камер"),
        _KNB: ("в кабинете следователя", "в подвале"),
    },
    "kk": {
        _PRISON: (
            "кезекші бөлімде",
            "айыппұл изоляторында (ШИЗО)",
            "штабта",
            "моншада",
            "карантин бөлімшесінде",
            "бейнекамера жоқ бөлмеде",
        ),
        _POLICE: ("тергеушінің кабинетінде", "жертөледе", "камерада", "бейнекамера жоқ бөлмеде"),
        _KNB: ("тергеушінің кабинетінде", "жертөледе"),
    },
    "en": {
        _PRISON: (
            "the duty room",
            "the punishment cell",
            "the headquarters building",
            "the bathhouse",
            "the quarantine unit",
            "a room without cameras",
        ),
        _POLICE: ("the investigator's office", "the basement", "a cell", "a room without cameras"),
        _KNB: ("the investigator's office", "the basement"),
    },
}

_RU_MONTH_PREP = (
    "",
    "январе",
    "феврале",
    "марте",
    "апреле",
    "мае",
    "июне",
    "июле",
    "августе",
    "сентябре",
    "октябре",
    "ноябре",
    "декабре",
)
_RU_MONTH_GEN = (
    "",
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)
_KK_MONTH = (
    "",
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)
_EN_MONTH = (
    "",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def _when(lang: str, precision: str, day: date) -> str:
    y, m, d = day.year, day.month, day.day
    if lang == "ru":
        if precision == "year":
            return f"в {y} году"
        if precision == "month":
            return f"в {_RU_MONTH_PREP[m]} {y} года"
        return f"{d} {_RU_MONTH_GEN[m]} {y} года"
    if lang == "kk":
        if precision == "year":
            return f"{y} жылы"
        if precision == "month":
            return f"{y} жылдың {_KK_MONTH[m]} айында"
        return f"{y} жылғы {d} {_KK_MONTH[m]} күні"
    if precision == "year":
        return f"in {y}"
    if precision == "month":
        return f"in {_EN_MONTH[m]} {y}"
    return f"on {d} {_EN_MONTH[m]} {y}"


def _town_places(lang: str, town: tuple[str, str, str], kind: str) -> tuple[tuple[str, str], ...]:
    ru_in, kk_name, en_name = town
    if kind == _POLICE:
        if lang == "ru":
            return (
                (f"в отделе полиции {ru_in}", f"в отдел полиции {ru_in}"),
                (f"в ИВС {ru_in}", f"в ИВС {ru_in}"),
                (f"в отделении полиции {ru_in}", f"в отделение полиции {ru_in}"),
            )
        if lang == "kk":
            return (
                (
                    f"{kk_name} қаласындағы полиция бөлімінде",
                    f"{kk_name} қаласындағы полиция бөліміне",
                ),
                (
                    f"{kk_name} қаласындағы уақытша ұстау изоляторында",
                    f"{kk_name} қаласындағы уақытша ұстау изоляторына",
                ),
            )
        return (
            (f"a police station in {en_name}",) * 2,
            (f"the temporary detention facility (IVS) in {en_name}",) * 2,
        )
    if lang == "ru":
        return (
            (f"в здании КНБ {ru_in}", f"в здание КНБ {ru_in}"),
            (f"в следственном изоляторе КНБ {ru_in}", f"в следственный изолятор КНБ {ru_in}"),
        )
    if lang == "kk":
        return (
            (f"{kk_name} қаласындағы ҰҚК ғимаратында", f"{kk_name} қаласындағы ҰҚК ғимаратына"),
            (
                f"{kk_name} қаласындағы ҰҚК тергеу изоляторында",
                f"{kk_name} қаласындағы ҰҚК тергеу изоляторына",
            ),
        )
    return (
        (f"the KNB building in {en_name}",) * 2,
        (f"the KNB pre-trial detention centre in {en_name}",) * 2,
    )


class _Keep(dict[str, str]):
    """Leaves unknown ``{slots}`` in place, for formatting in two stages."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _voiced(entries: Sequence[Entry], lang: str, voice: str) -> tuple[str, ...]:
    slots = _Keep(_VOICE_SLOTS[lang][voice])
    out = []
    for entry in entries:
        text = entry if isinstance(entry, str) else entry[0] if voice[0] == "1" else entry[1]
        out.append(text.format_map(slots))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Texts:
    """Every phrase of one language, already formatted for one voice."""

    core: tuple[str, ...]
    more: tuple[str, ...]
    frames: dict[str, tuple[str, ...]]
    methods: dict[str, tuple[str, ...]]
    purposes: dict[str, tuple[str, ...]]
    purposes_before_2021: dict[str, tuple[str, ...]]  # without the vaccination sentence
    protests: tuple[str, ...]
    life_threats: tuple[str, ...]
    high: tuple[str, ...]
    extras: dict[str, tuple[str, ...]]  # context -> "any" + context-specific
    injury_extras: tuple[str, ...]  # only when a method leaves marks
    closings: tuple[str, ...]


def _build_texts(lang: str, voice: str) -> _Texts:
    purposes = {code: _voiced(e, lang, voice) for code, e in _PURPOSE_TEXT[lang].items()}
    any_extras = _voiced(_EXTRAS[lang]["any"], lang, voice)
    return _Texts(
        core=_voiced(_CORE[lang], lang, voice),
        more=_voiced(_MORE[lang], lang, voice),
        frames={ch: _voiced(e, lang, voice) for ch, e in _FRAMES[lang].items()},
        methods={code: _voiced(e, lang, voice) for code, e in _METHOD_TEXT[lang].items()},
        purposes=purposes,
        purposes_before_2021={
            code: tuple(t for i, t in enumerate(texts) if (code, i) != _VACCINATION)
            for code, texts in purposes.items()
        },
        protests=_voiced(_PROTESTS[lang], lang, voice),
        life_threats=_voiced(_LIFE_THREATS[lang], lang, voice),
        high=_voiced(_HIGH[lang], lang, voice),
        injury_extras=_voiced(_EXTRAS[lang]["injury"], lang, voice),
        extras={
            ctx: any_extras + _voiced(_EXTRAS[lang][ctx], lang, voice)
            for ctx in (_PRISON, _POLICE, _KNB)
        },
        closings=_voiced(_CLOSINGS[lang], lang, voice),
    )


_TEXTS: dict[tuple[str, str], _Texts] = {
    (lang, voice): _build_texts(lang, voice)
    for lang in ("ru", "kk", "en")
    for voice in ("1m", "1f", "3m", "3f")
}
_TOWN_PLACES: dict[tuple[str, str, str], tuple[tuple[str, str], ...]] = {
    (lang, kind, iso): _town_places(lang, town, kind)
    for lang in ("ru", "kk", "en")
    for kind in (_POLICE, _KNB)
    for iso, town in _TOWNS.items()
}
_NUR_SULTAN_PLACES = {
    (lang, kind): _town_places(lang, _NUR_SULTAN_TOWN, kind)
    for lang in ("ru", "kk", "en")
    for kind in (_POLICE, _KNB)
}
_FACILITY_PLACES: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
for _f in _FACILITIES:
    _FACILITY_PLACES["ru", _f.code] = _f.ru
    _FACILITY_PLACES["kk", _f.code] = _f.kk
    _FACILITY_PLACES["en", _f.code] = tuple((p, p) for p in _f.en)


def _join(lang: str, phrases: Sequence[str], rng: random.Random) -> str:
    if len(phrases) == 1:
        return phrases[0]
    if len(phrases) == 2:
        return phrases[0] + rng.choice(_JOIN2[lang]) + phrases[1]
    return _JOIN_LIST[lang].join(phrases[:-1]) + _JOIN_LAST[lang] + phrases[-1]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --------------------------------------------------------------------------- rows


def _incident(rng: random.Random, facility: _Facility | None) -> tuple[int, int]:
    """(ordinal of the incident's day, birth year)."""
    if facility is not None and facility.juvenile:
        birth = rng.randint(1995, 2005)
        year = birth + rng.randint(max(14, FIRST_YEAR - birth), min(17, LAST_YEAR - birth))
    else:
        year = _YEARS[facility.last_year if facility else LAST_YEAR].pick(rng)
        birth = year - int(rng.triangular(18, 62, 30))
        birth = max(1960, min(2005, birth))
    first = date(year, 1, 1).toordinal()
    day = first + rng.randrange(date(year, 12, 31).toordinal() - first + 1)
    return day, birth


def _period(day: date, precision: str) -> tuple[date, date]:
    if precision == "year":
        return date(day.year, 1, 1), date(day.year, 12, 31)
    if precision == "month":
        nxt = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
        return date(day.year, day.month, 1), date.fromordinal(nxt.toordinal() - 1)
    return day, day


def generate_rows(count: int, seed: int = DEFAULT_SEED) -> Iterator[dict[str, str]]:
    """Yield ``count`` synthetic rows with the importer's columns, the same for the same seed."""
    rng = random.Random(seed)  # noqa: S311 -- sampling demo data, nothing secret
    last_received = LAST_RECEIVED_ON.toordinal()
    for _ in range(count):
        # Where, by whom.
        roll = rng.random()
        facility: _Facility | None
        if roll < 0.75:
            facility = _FACILITY_PICK.pick(rng)
            ctx = _PRISON
            perp = _PERP_ACTIVISTS if rng.random() < 0.2 else _PERP_PRISON
            home = facility.region
        else:
            facility = None
            ctx = _POLICE if roll < 0.96 else _KNB
            perp = _PERP_POLICE if ctx == _POLICE else _PERP_KNB
            home = _POLICE_REGIONS.pick(rng)
        sex = "f" if facility is None and rng.random() < 0.15 else "m"

        # When.
        ordinal, birth = _incident(rng, facility)
        day = date.fromordinal(ordinal)
        region = region_on(home, day)
        precision = _PRECISION.pick(rng)
        if precision != "day" and home in _REGION_PARENT:
            start, end = _period(day, precision)
            if region_on(home, start) != region_on(home, end):
                precision = "day"  # a coarse date would straddle the 2022 boundary change
        if precision == "year":
            incident_date = f"{day.year}"
        elif precision == "month":
            incident_date = f"{day.year}-{day.month:02d}"
        else:
            incident_date = day.isoformat()

        channel = _CHANNELS[ctx].pick(rng)
        low, mean = _DELAY[channel]
        delay = min(730, low + int(rng.expovariate(1.0 / mean)))
        received = date.fromordinal(min(ordinal + delay, last_received))

        # What.
        k = _METHOD_COUNT.pick(rng)
        methods: list[str] = []
        while len(methods) < k:
            code = _METHOD_PICK[ctx].pick(rng)
            if code not in methods:
                methods.append(code)
        methods.sort(key=_TELLING_ORDER.__getitem__)
        marks = not _MARKS.isdisjoint(methods)
        n_purposes = _PURPOSE_COUNT.pick(rng)
        purposes: list[str] = []
        while len(purposes) < n_purposes:
            code = _PURPOSE_PICK[ctx].pick(rng)
            if code not in purposes:
                purposes.append(code)

        # Told how, in which language.
        lang = _LANGUAGE.pick(rng)
        voice = ("1" if rng.random() < _FIRST_PERSON[channel] else "3") + sex
        texts = _TEXTS[lang, voice]

        # Urgency: acts of protest, threats to life.
        urgent_text = ""
        if _DEATH_THREATS in methods:
            priority = "urgent"
        else:
            roll = rng.random()
            if roll < 0.013:
                priority = "urgent"
                urgent_text = rng.choice(
                    texts.protests if rng.random() < 0.7 else texts.life_threats
                )
            elif roll < 0.113:
                priority = "high"
                urgent_text = rng.choice(texts.high if marks else texts.high[1:])
            else:
                priority = "normal"

        # The narrative.
        if facility is not None:
            place, place_to = rng.choice(_FACILITY_PLACES[lang, facility.code])
        else:
            if (
                home == "KZ-71"
                and _NUR_SULTAN[0] <= ordinal <= _NUR_SULTAN[1]
                and rng.random() < 0.5
            ):
                forms = _NUR_SULTAN_PLACES[lang, ctx]
            else:
                forms = _TOWN_PLACES[lang, ctx, home]
            place, place_to = rng.choice(forms)
        said_precision = "month" if precision == "day" and rng.random() < 0.3 else precision
        phrases = [rng.choice(texts.methods[c]) for c in methods]
        head, rest = (
            (phrases[:2], phrases[2:]) if rng.random() < 0.6 else (phrases[:1], phrases[1:])
        )
        core = rng.choice(texts.core).format(
            when=_when(lang, said_precision, day),
            place=place,
            place_to=place_to,
            room=rng.choice(_ROOMS[lang][ctx]),
            actor=rng.choice(_ACTORS[lang][perp]),
            m=_join(lang, head, rng),
        )
        if voice[0] == "3":
            core = rng.choice(texts.frames[channel]) + core
        body = [_cap(core)]
        if rest:
            body.append(rng.choice(texts.more).format(m=_join(lang, rest, rng)))
        purpose_texts = texts.purposes if day.year >= 2021 else texts.purposes_before_2021
        if purposes and rng.random() < 0.8:
            body.append(rng.choice(purpose_texts[purposes[0]]))
        tail = [urgent_text] if urgent_text else []

        target = rng.randint(max(2, len(body) + len(tail)), 6)
        optional: list[str] = []
        if voice[0] == "1" and channel == "letter" and rng.random() < 0.5:
            optional.append("opener")
        if len(purposes) == 2 and rng.random() < 0.5:
            optional.append("purpose2")
        if rng.random() < 0.15:
            optional.append("officer")
        optional += ["extra", "closing", "extra2"]
        opener = ""
        closing = ""
        middle: list[str] = []
        extras = texts.extras[ctx] + texts.injury_extras if marks else texts.extras[ctx]
        for item in optional:
            if len(body) + len(tail) + len(middle) + bool(opener) + bool(closing) >= target:
                break
            if item == "opener":
                opener = rng.choice(_OPENERS[lang])
            elif item == "purpose2":
                middle.append(rng.choice(purpose_texts[purposes[1]]))
            elif item == "officer":
                middle.append(
                    rng.choice(_OFFICER_TEXT[lang][perp == _PERP_ACTIVISTS :]).format(
                        officer=rng.choice(_OFFICERS[lang])
                    )
                )
            elif item == "closing":
                closing = rng.choice(texts.closings)
            else:
                sentence = rng.choice(extras)
                if sentence not in middle:
                    middle.append(sentence)
        sentences = (
            ([opener] if opener else []) + body + middle + tail + ([closing] if closing else [])
        )

        # Who (asked last so that the text above does not depend on the name).
        name = _victim_name(rng, sex)

        # How the spreadsheet writes region and facility.
        roll = rng.random()
        if roll < 0.8:
            region_value = region
        else:
            kk, ru, en = _REGION_NAMES[region]
            name_lang = lang if rng.random() < 0.6 else rng.choice(("ru", "kk", "en"))
            region_value = kk if name_lang == "kk" else ru if name_lang == "ru" else rng.choice(en)
        if facility is None:
            facility_value = ""
        elif facility.nicknames and rng.random() < 0.22:
            facility_value = rng.choice(facility.nicknames)
        else:
            facility_value = facility.code

        yield {
            "victim_name": name,
            "birth_year": "" if rng.random() < 0.12 else str(birth),
            "region": region_value,
            "facility": facility_value,
            "incident_date": incident_date,
            "methods": ";".join(methods),
            "narrative": " ".join(sentences),
            "source": rng.choice(_SOURCES[channel]),
            "sex": sex,
            "received_on": received.isoformat(),
            "purposes": ";".join(purposes),
            "perpetrator_type": perp,
            "location_type": _LOCATION[ctx],
            "channel": channel,
            "language": lang,
            "priority": priority,
        }


def write_csv(path: Path, count: int, seed: int = DEFAULT_SEED) -> None:
    """Write ``count`` rows to ``path`` as UTF-8 CSV with a header row."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(generate_rows(count, seed))
