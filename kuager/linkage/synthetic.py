"""Synthetic victim-incident lists for measuring linkage: every person here is invented.

Names are drawn at random from common Kazakh and Russian first names and from surnames made
of them (Серік -> Серіков), so they are combinations, not anyone's records. Each incident is
reported by one to four sources, each writing it its own way: Kazakh or Russian Cyrillic,
passport, BGN/PCGN, Kazakh Latin 2021 or press romanisations, any name order, with or without
the patronymic (-ович/-овна or -ұлы/-қызы), with typos, a birth year one off or missing,
dates known to the day, month or year, and the facility by its code, name or nickname.
The hard cases are built in: namesakes who are different people, and the same person in two
incidents years apart, which must stay two clusters.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from dataclasses import dataclass

from kuager.places.seed_data import FACILITIES, REGIONS

KAZAKH_MEN = (
    "Нұрлан", "Ерлан", "Қайрат", "Бақытжан", "Асхат", "Ержан", "Болат", "Серік", "Дәурен",
    "Мұрат", "Талғат", "Арман", "Жандос", "Ғалым", "Бауыржан", "Нұржан", "Данияр", "Әлібек",
    "Ақылбек", "Бекзат", "Ербол", "Жомарт", "Қанат", "Марат", "Мейрам", "Нұрбол", "Өмірбек",
    "Рүстем", "Сәкен", "Тимур", "Ұлан", "Айдос", "Азамат", "Әділет", "Бекболат", "Дархан",
    "Еркін", "Жанат", "Қуаныш", "Мақсат", "Нұрсұлтан", "Олжас", "Самат", "Темірлан", "Ілияс",
)
KAZAKH_WOMEN = (
    "Айгүл", "Гүлнар", "Әсел", "Жанар", "Динара", "Мәдина", "Сәуле", "Айжан", "Жансая",
    "Ботагөз", "Ақмарал", "Гүлмира", "Дана", "Еңлік", "Жұлдыз", "Камила", "Ләззат", "Меруерт",
    "Назым", "Роза", "Салтанат", "Толқын", "Шынар", "Үміт", "Айнұр",
)
RUSSIAN_MEN = (
    "Иван", "Сергей", "Алексей", "Дмитрий", "Андрей", "Николай", "Владимир", "Юрий", "Игорь",
    "Павел", "Олег", "Виктор", "Михаил", "Евгений", "Константин", "Роман", "Артём", "Денис",
    "Валерий", "Геннадий",
)
RUSSIAN_WOMEN = (
    "Анна", "Мария", "Елена", "Ольга", "Наталья", "Татьяна", "Юлия", "Ирина", "Светлана",
    "Екатерина", "Оксана", "Людмила",
)
OTHER_SURNAMES = (
    "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Морозов",
    "Волков", "Лебедев", "Козлов", "Новиков", "Фёдоров", "Ким", "Цой", "Пак", "Ли", "Шевченко",
    "Бондаренко", "Ткаченко",
)
# Facilities the gazetteer does not know, in spellings that fold alike (ИВС Тараз / IVS Taraz).
UNKNOWN_FACILITIES = (
    ("ИВС Тараз", "IVS Taraz"), ("СИЗО Петропавловск", "SIZO Petropavlovsk"),
    ("ИВС Актобе", "IVS Aktobe"), ("спецприемник Кокшетау", "spetspriyemnik Kokshetau"),
)

_RU_FROM_KK = str.maketrans("әғқңөұүһі", "агкноуухи")
_PASSPORT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "ә": "a", "ғ": "g",
    "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
}
_BGN = {**_PASSPORT, "ё": "ë", "й": "y", "ю": "yu", "я": "ya", "ә": "ä", "ғ": "gh", "қ": "q",
        "ң": "ng", "ө": "ö", "ұ": "ū", "ү": "ü", "і": "ī"}
_KAZAKH_LATIN_2021 = {**_PASSPORT, "ж": "j", "й": "i", "ш": "ş", "ч": "ç", "ю": "iu",
                      "я": "ia", "ә": "ä", "ғ": "ğ", "қ": "q", "ң": "ñ", "ө": "ö", "ұ": "ū",
                      "ү": "ü", "і": "ı", "х": "h"}
_PRESS = {**_PASSPORT, "й": "y", "ю": "yu", "я": "ya"}
_VOWELS = set("аеёиоуыэюяәөұүі")
ROMANISATIONS = {"passport": _PASSPORT, "bgn": _BGN, "kazakh2021": _KAZAKH_LATIN_2021,
                 "press": _PRESS}


def romanise(text: str, table: dict[str, str]) -> str:
    out = []
    for i, char in enumerate(text):
        low = char.lower()
        latin = table.get(low, char)
        if low == "е" and table is not _PASSPORT and (i == 0 or text[i - 1].lower() in _VOWELS):
            latin = "ye"  # Yerlan, Yevgeniy in BGN and the press; Erlan in passports
        out.append(latin.capitalize() if char.isupper() and latin else latin)
    return "".join(out)


@dataclass(frozen=True)
class Person:
    person_id: int
    given: str
    surname: str
    father: str
    female: bool
    kazakh: bool
    birth_year: int


@dataclass(frozen=True)
class Incident:
    incident_id: int
    person: Person
    day: dt.date
    facility: int  # index into FACILITIES, or -1 - index into UNKNOWN_FACILITIES


@dataclass(frozen=True)
class Row:
    record_id: str
    source: str
    name: str
    birth_year: str
    facility: str
    region: str
    incident_date: str
    incident_id: int
    person_id: int

    def as_dict(self) -> dict[str, str | int]:
        return dict(self.__dict__)


COLUMNS = ("record_id", "source", "name", "birth_year", "facility", "region", "incident_date",
           "incident_id", "person_id")
SOURCES = ("kuager", "partner-a", "partner-b", "partner-c")


class Generator:
    """Seeded: the same seed and size give the same rows, on any machine."""

    def __init__(self, seed: int = 2024) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.surnames = sorted({*(_surname_from(n) for n in KAZAKH_MEN + RUSSIAN_MEN[:10]),
                                *OTHER_SURNAMES})

    def person(self, person_id: int, like: Person | None = None) -> Person:
        rng = self.rng
        if like is not None:
            # A namesake: same first name and surname, a different person (other birth year).
            year = like.birth_year
            while abs(year - like.birth_year) < 3:
                year = rng.randint(1955, 2004)
            return Person(person_id, like.given, like.surname, rng.choice(self._men(like.kazakh)),
                          like.female, like.kazakh, year)
        kazakh = rng.random() < 0.7
        female = rng.random() < 0.2
        pool = (KAZAKH_WOMEN if female else KAZAKH_MEN) if kazakh else (
            RUSSIAN_WOMEN if female else RUSSIAN_MEN)
        surname = rng.choice(self.surnames)
        return Person(person_id, rng.choice(pool), surname, rng.choice(self._men(kazakh)),
                      female, kazakh, rng.randint(1955, 2004))

    @staticmethod
    def _men(kazakh: bool) -> tuple[str, ...]:
        return KAZAKH_MEN if kazakh else RUSSIAN_MEN

    def incidents(self, count: int) -> list[Incident]:
        rng = self.rng
        people: list[Person] = []
        found: list[Incident] = []
        years: dict[int, set[int]] = {}
        while len(found) < count:
            roll = rng.random()
            if roll < 0.1 and found:
                # The same person again, in another incident in a year of its own: at least
                # a year from each of their other incidents.
                earlier = rng.choice(found)
                taken = years[earlier.person.person_id]
                free = [y for y in range(2013, 2026) if y not in taken]
                day = earlier.day.replace(year=rng.choice(free), day=min(earlier.day.day, 28))
                taken.add(day.year)
                found.append(Incident(len(found), earlier.person, day, self._facility()))
                continue
            like = rng.choice(people) if roll < 0.2 and people else None
            person = self.person(len(people), like)
            people.append(person)
            found.append(Incident(len(found), person, self._day(), self._facility()))
            years[person.person_id] = {found[-1].day.year}
        return found

    def _day(self) -> dt.date:
        return dt.date(2015, 1, 1) + dt.timedelta(days=self.rng.randrange(365 * 10))

    def _facility(self) -> int:
        if self.rng.random() < 0.1:
            return -1 - self.rng.randrange(len(UNKNOWN_FACILITIES))
        return self.rng.randrange(len(FACILITIES))

    def rows(self, incidents: list[Incident]) -> list[Row]:
        rng = self.rng
        rows: list[Row] = []
        for incident in incidents:
            reports = rng.choices((1, 2, 3, 4), weights=(35, 35, 20, 10))[0]
            for source in rng.sample(SOURCES, reports):
                rows.append(self._row(incident, source, len(rows)))
        rng.shuffle(rows)
        return rows

    def _row(self, incident: Incident, source: str, number: int) -> Row:
        rng = self.rng
        person = incident.person
        birth = "" if rng.random() < 0.2 else str(
            person.birth_year + (rng.choice((-1, 1)) if rng.random() < 0.07 else 0))
        facility, region = self._place(incident)
        return Row(record_id=f"{source[:1].upper()}{number:07d}", source=source,
                   name=self._name(person), birth_year=birth, facility=facility, region=region,
                   incident_date=self._date(incident.day), incident_id=incident.incident_id,
                   person_id=person.person_id)

    def _name(self, person: Person) -> str:
        rng = self.rng
        given, surname = person.given, person.surname
        if person.female:
            surname = _feminine(surname)
        patronymic = _patronymic(person.father, person.female,
                                 kazakh_form=person.kazakh and rng.random() < 0.5)
        script = rng.random()
        if person.kazakh and script < 0.35:
            pass  # Kazakh Cyrillic, as written
        elif script < 0.6:
            given, surname, patronymic = (w.translate(_RU_FROM_KK)
                                          for w in (given, surname, patronymic))
        else:
            table = rng.choice(list(ROMANISATIONS.values()))
            given, surname, patronymic = (romanise(w, table) for w in (given, surname, patronymic))
        given, surname = _typo(rng, given), _typo(rng, surname)
        order = rng.random()
        if order < 0.35:
            words = [surname, given, patronymic]
        elif order < 0.55:
            words = [given, patronymic, surname]
        elif order < 0.8:
            words = [given, surname]
        elif order < 0.95:
            words = [surname.upper(), given]
        else:
            words = [surname, f"{given[0]}.", f"{patronymic[0]}."]
        return " ".join(words)

    def _place(self, incident: Incident) -> tuple[str, str]:
        rng = self.rng
        if incident.facility < 0:
            facility = rng.choice(UNKNOWN_FACILITIES[-1 - incident.facility])
            return ("" if rng.random() < 0.15 else facility), ""
        seed = FACILITIES[incident.facility]
        spellings = [seed.legacy_code, romanise(seed.legacy_code, _PASSPORT).upper(),
                     seed.name_ru, seed.name_kk, seed.name_en, *seed.nicknames]
        facility = "" if rng.random() < 0.2 else rng.choice(spellings)
        region = ""
        if rng.random() < 0.4 or not facility:
            code = _region_on(incident.facility, incident.day)
            region_seed = next(r for r in REGIONS if r.iso == code)
            region = rng.choice([region_seed.iso, region_seed.kk, region_seed.ru, region_seed.en,
                                 *region_seed.aliases])
        return facility, region

    def _date(self, day: dt.date) -> str:
        roll = self.rng.random()
        if roll < 0.1:
            return ""
        if roll < 0.3:
            return str(day.year)
        if roll < 0.55:
            return day.strftime("%Y-%m")
        if roll < 0.6:
            # A misremembered day in the same month.
            day = day.replace(day=self.rng.randint(1, 28))
        return day.isoformat()


def _region_on(facility: int, day: dt.date) -> str:
    for period in FACILITIES[facility].regions:
        starts = dt.date.fromisoformat(period.valid_from) if period.valid_from else dt.date.min
        ends = dt.date.fromisoformat(period.valid_to) if period.valid_to else dt.date.max
        if starts <= day < ends:
            return period.region
    return FACILITIES[facility].regions[-1].region


def _surname_from(name: str) -> str:
    if name.endswith(("й", "ь")):
        return name[:-1] + "ев"  # Сергей -> Сергеев, Игорь -> Игорев
    return name + "ов"


def _feminine(surname: str) -> str:
    if surname.endswith(("ов", "ев", "ин")):
        return surname + "а"
    if surname.endswith("ий"):
        return surname[:-2] + "ая"
    return surname


def _patronymic(father: str, female: bool, kazakh_form: bool) -> str:
    if kazakh_form:
        return father + ("қызы" if female else "ұлы")
    stem = father.translate(_RU_FROM_KK)
    if stem.endswith("й"):
        stem, ending = stem[:-1], "ев"
    elif stem.endswith("ь"):
        stem, ending = stem[:-1], "ев"
    else:
        ending = "ов"
    if stem.endswith("и") and ending == "ев":
        stem = stem[:-1] + "ь"  # Юрий -> Юрьевич, Валерий -> Валерьевич
    return stem + ending + ("на" if female else "ич")


_NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm"


def _typo(rng: random.Random, word: str) -> str:
    """One keyboard slip in 15% of words: a letter dropped, doubled, swapped or mistyped."""
    if rng.random() >= 0.15 or len(word) < 4:
        return word
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return word[:at] + word[at + 1 :]
    if kind == 1:
        return word[:at] + word[at] + word[at:]
    if kind == 2:
        return word[:at] + word[at + 1] + word[at] + word[at + 2 :]
    letter = word[at]
    if letter.isascii():
        i = _NEIGHBOURS.find(letter.lower())
        replacement = _NEIGHBOURS[(i + 1) % len(_NEIGHBOURS)] if i >= 0 else letter
    else:
        replacement = rng.choice("аеиоу")
    return word[:at] + replacement + word[at + 1 :]


def generate(incidents: int, seed: int = 2024) -> list[Row]:
    """Rows for `incidents` victim-incidents (about 2.1 rows each)."""
    generator = Generator(seed)
    return generator.rows(generator.incidents(incidents))


def iter_dicts(rows: list[Row]) -> Iterator[dict[str, str | int]]:
    return (row.as_dict() for row in rows)
