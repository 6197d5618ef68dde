"""Proposals for coding a letter: regions, facilities, dates, methods, purposes, perpetrators
and signs of risk, each with the exact words it came from, a confidence and its rule.

Rules, not a trained model: every proposal can be explained to the documenter who checks it,
and nothing is downloaded. Negation ("меня не били") drops a proposal; a method inside a
reported threat ("угрожал повесить") becomes a threat, not the method.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from kuager.coding.lexicon import KAZAKH_NEGATED, NEGATIONS, RULES, THREAT_VERBS, Rule

if TYPE_CHECKING:
    from kuager.places.gazetteer import Gazetteer

VERSION = "rules-2"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…\n]")
WINDOW = 6  # words within which a multi-stem pattern must fall
NEGATION_REACH = 3


@dataclass
class Proposal:
    code: str
    label: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str


@dataclass
class Result:
    language: str
    regions: list[Proposal] = field(default_factory=list)
    facilities: list[Proposal] = field(default_factory=list)
    methods: list[Proposal] = field(default_factory=list)
    purposes: list[Proposal] = field(default_factory=list)
    perpetrators: list[Proposal] = field(default_factory=list)
    dates: list[Proposal] = field(default_factory=list)
    urgency_reasons: list[Proposal] = field(default_factory=list)
    version: str = VERSION

    @property
    def urgent(self) -> bool:
        return bool(self.urgency_reasons)

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["urgent"] = self.urgent
        return found


@dataclass
class Token:
    text: str  # lower-case, ё as е
    start: int
    end: int
    sentence: int


def tokens(text: str) -> list[Token]:
    found, sentence, last = [], 0, 0
    for match in _TOKEN.finditer(text):
        sentence += len(_SENTENCE_END.findall(text, last, match.start()))
        last = match.start()
        found.append(Token(match.group().lower().replace("ё", "е"), match.start(),
                           match.end(), sentence))
    return found


def language_of(text: str) -> str:
    if re.search("[әғқңөұүһі]", text.lower()):
        return "kk"
    cyrillic = len(re.findall("[а-яё]", text.lower()))
    latin = len(re.findall("[a-z]", text.lower()))
    return "ru" if cyrillic >= latin else "en"


def _negated(words: list[Token], index: int) -> bool:
    here = words[index]
    if here.text.startswith(KAZAKH_NEGATED):
        return True
    for other in words[max(0, index - NEGATION_REACH) : index]:
        if other.sentence == here.sentence and other.text in NEGATIONS:
            return True
    return False


def _in_reported_threat(words: list[Token], index: int) -> bool:
    here = words[index]
    return any(other.sentence == here.sentence and other.text.startswith(THREAT_VERBS)
               for other in words[max(0, index - 4) : index])


def _match(rule: Rule, words: list[Token]) -> list[tuple[int, int]]:
    """(first, last) token indexes of each place where a pattern of the rule occurs."""
    spans = []
    for pattern in rule.patterns:
        head, *rest = pattern
        for i, word in enumerate(words):
            if not word.text.startswith(head):
                continue
            if not rest:
                spans.append((i, i))
                continue
            near = range(max(0, i - WINDOW), min(len(words), i + WINDOW + 1))
            hits = [next((j for j in near if j != i and words[j].text.startswith(stem)), None)
                    for stem in rest]
            if all(h is not None for h in hits):
                ends = [i, *(h for h in hits if h is not None)]
                spans.append((min(ends), max(ends)))
    return spans


# The vocabulary each field's codes come from.
VOCABULARIES = {"methods": "methods", "purposes": "purposes",
                "perpetrators": "perpetrator_types", "urgency": "consequences"}


@dataclass
class Reference:
    """What the rules look codes and places up in. Load it once for a batch of letters."""

    labels: dict[tuple[str, str], str]
    places: Gazetteer

    @classmethod
    def load(cls) -> Reference:
        from kuager.places.gazetteer import Gazetteer
        from kuager.vocab.models import Term

        labels = {(name, code): label for name, key in VOCABULARIES.items()
                  for code, label in Term.objects.of(key).values_list("code", "label_en")}
        return cls(labels, Gazetteer.load())


def propose(text: str, letter_date: dt.date | None = None, language: str | None = None,
            reference: Reference | None = None) -> Result:
    reference = reference or Reference.load()
    labels = reference.labels
    result = Result(language or language_of(text))
    words = tokens(text)
    seen: set[tuple[str, str, int]] = set()
    for rule in RULES:
        for first, last in _match(rule, words):
            if (rule.negatable and _negated(words, first)) or (
                    rule.field == "methods" and rule.code not in (
                    "032201000000", "032301000000") and _in_reported_threat(words, first)):
                continue
            key = (rule.field, rule.code, words[first].sentence)
            if key in seen:
                continue
            seen.add(key)
            start, end = words[first].start, words[last].end
            proposal = Proposal(rule.code, labels.get((rule.field, rule.code), rule.name),
                                text[start:end], start, end, rule.confidence, rule.name)
            if rule.field == "urgency":
                result.urgency_reasons.append(proposal)
            else:
                getattr(result, rule.field).append(proposal)
            if rule.code == "032301000000":  # a threat to kill is a threat to life
                result.urgency_reasons.append(proposal)
    _drop_general_readings(result)
    from kuager.coding.places import propose_places

    result.dates = propose_dates(text, letter_date)
    propose_places(text, words, result, reference.places)
    return result


# When the first code is proposed this close (in characters) to the second, the second is
# the same words read more generally: "beat me with batons" is batons, not also beating;
# "police officers" are police, not also prison staff.
NEAR = 24
_SUBSUMES = (
    ("030101000000", "030100000000"),  # kicking → beating
    ("030102000000", "030100000000"),  # batons → beating
    ("032301000000", "032201000000"),  # a threat to kill → a threat
    ("010104000000", "010105000000"),  # police officers → staff
    ("010106000000", "010105000000"),  # security service officers → staff
    ("920000000000", "910000000000"),  # "забрал жалобу": to withdraw it, not for making it
    ("910000000000", "030000000000"),  # punishment for a complaint → retaliation
)


def _drop_general_readings(result: Result) -> None:
    """Drop a general proposal where a specific one covers the same words (see _SUBSUMES)."""
    for name in ("methods", "purposes", "perpetrators"):
        found: list[Proposal] = getattr(result, name)
        drop = {id(general) for specific_code, general_code in _SUBSUMES
                for specific in found if specific.code == specific_code
                for general in found if general.code == general_code
                and max(specific.start, general.start) - min(specific.end, general.end) <= NEAR}
        setattr(result, name, [p for p in found if id(p) not in drop])


# --- dates ---------------------------------------------------------------------------------

MONTHS = {
    # Russian (stems of every case), Kazakh, English
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_DAY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([а-яёәғқңөұүһіa-z]{3,12})\w*\s+(\d{4})\b",
                             re.IGNORECASE)
# Kazakh puts the year first: "2022 жылы наурызда", "2022 жылғы 5 наурызда".
_YEAR_MONTH = re.compile(r"\b(\d{4})\s+жыл\w*\s+(?:(\d{1,2})\s+)?([а-яәғқңөұүһі]{3,12})\w*",
                         re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b([а-яёәғқңөұүһіa-z]{3,12})\w*\s+(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\s*(?:год|г\.|жыл|year)?", re.IGNORECASE)
_RELATIVE = {"вчера": 1, "позавчера": 2, "кеше": 1, "yesterday": 1}


def _month(word: str) -> int | None:
    word = word.lower()
    if word.startswith("ма") and not word.startswith(("мар", "мам", "мау")):
        return 5 if word in ("мая", "май", "мае") else None
    for stem, number in MONTHS.items():
        if stem != "ма" and word.startswith(stem):
            return number
    return None


def propose_dates(text: str, letter_date: dt.date | None = None) -> list[Proposal]:
    found: list[Proposal] = []
    taken: list[tuple[int, int]] = []

    def add(code: str, start: int, end: int, confidence: float, rule: str) -> None:
        if any(s <= start < e for s, e in taken):
            return
        taken.append((start, end))
        found.append(Proposal(code, code, text[start:end], start, end, confidence, rule))

    for m in _DAY.finditer(text):
        try:
            if m.group(1):
                day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                day = dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            continue
        add(day.isoformat(), m.start(), m.end(), 0.9, "full date")
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = _month(m.group(2))
        if month:
            try:
                day = dt.date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
            add(day.isoformat(), m.start(), m.end(), 0.9, "full date")
    for m in _YEAR_MONTH.finditer(text):
        month = _month(m.group(3))
        if not month:
            continue
        try:
            code = (dt.date(int(m.group(1)), month, int(m.group(2))).isoformat() if m.group(2)
                    else f"{m.group(1)}-{month:02d}")
        except ValueError:
            continue
        add(code, m.start(), m.end(), 0.85, "month and year")
    for m in _MONTH_YEAR.finditer(text):
        month = _month(m.group(1))
        if month:
            add(f"{m.group(2)}-{month:02d}", m.start(), m.end(), 0.85, "month and year")
    for m in _YEAR.finditer(text):
        add(m.group(1), m.start(), m.end(), 0.7, "year")
    if letter_date is not None:
        for word, days in _RELATIVE.items():
            for m in re.finditer(rf"\b{word}\b", text, re.IGNORECASE):
                add((letter_date - dt.timedelta(days=days)).isoformat(), m.start(), m.end(),
                    0.6, "relative to the letter's date")
        for m in re.finditer(r"(в прошлом месяце|last month|өткен айда)", text, re.IGNORECASE):
            year, month = letter_date.year, letter_date.month - 1 or 12
            year -= 1 if letter_date.month == 1 else 0
            calendar.monthrange(year, month)
            add(f"{year}-{month:02d}", m.start(), m.end(), 0.6, "relative to the letter's date")
    return sorted(found, key=lambda p: p.start)
