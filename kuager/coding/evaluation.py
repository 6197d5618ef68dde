"""How well the rules code letters that people have already coded.

An evaluation set is a folder of letters: `NAME.txt` (the letter, UTF-8) beside `NAME.json`
(how a person coded it). The JSON holds `language` (kk, ru or en), optionally `letter_date`
(YYYY-MM-DD), and for each field it labels a list of codes: `regions`, `facilities`,
`dates`, `methods`, `purposes`, `perpetrators`, and `urgent` (true or false). A field left
out was not labelled and is not scored; an empty list says the letter has none, so anything
proposed there counts against precision.

Scoring is per letter and per code: a proposed code the person also chose is a hit, one they
did not choose a false alarm, one they chose that was not proposed a miss. Precision and
recall are pooled over the letters of each language (micro-averaged), so a field with few
codes in a language shows few counts rather than a misleading percentage.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kuager.coding.engine import Reference, Result, propose

FIELDS = ("regions", "facilities", "dates", "methods", "purposes", "perpetrators", "urgent")
LANGUAGES = ("kk", "ru", "en")


class EvaluationError(ValueError):
    """The evaluation set cannot be read; the message names the file and what is wrong."""


@dataclass
class Letter:
    name: str
    text: str
    language: str
    letter_date: dt.date | None
    gold: dict[str, set[str]]


@dataclass
class Tally:
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0
    letters: int = 0

    def add(self, proposed: set[str], gold: set[str]) -> None:
        self.hits += len(proposed & gold)
        self.false_alarms += len(proposed - gold)
        self.misses += len(gold - proposed)
        self.letters += 1

    @property
    def precision(self) -> float | None:
        found = self.hits + self.false_alarms
        return self.hits / found if found else None

    @property
    def recall(self) -> float | None:
        wanted = self.hits + self.misses
        return self.hits / wanted if wanted else None


@dataclass
class Report:
    tallies: dict[tuple[str, str], Tally] = field(default_factory=dict)
    # (letter, field, missed codes, false alarms) for every letter the rules got wrong.
    errors: list[tuple[str, str, set[str], set[str]]] = field(default_factory=list)
    version: str = ""  # of the proposals scored (kuager.coding.engine.Result.version)

    def tally(self, language: str, name: str) -> Tally:
        return self.tallies.setdefault((language, name), Tally())

    def as_dict(self) -> dict[str, Any]:
        return {f"{language}/{name}": {
            "precision": t.precision, "recall": t.recall, "hits": t.hits,
            "false_alarms": t.false_alarms, "misses": t.misses, "letters": t.letters,
        } for (language, name), t in sorted(self.tallies.items())}


def proposed_codes(result: Result, name: str) -> set[str]:
    if name == "urgent":
        return {"urgent"} if result.urgent else set()
    return {p.code for p in getattr(result, name)}


def load(directory: Path) -> list[Letter]:
    if not directory.is_dir():
        raise EvaluationError(f"{directory}: not a folder")
    letters = [load_one(path) for path in sorted(directory.rglob("*.json"))]
    if not letters:
        raise EvaluationError(f"{directory}: no coded letters (NAME.json beside NAME.txt)")
    return letters


def load_one(path: Path) -> Letter:
    text_path = path.with_suffix(".txt")
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        text = text_path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise EvaluationError(f"{path}: no letter {text_path.name} beside it") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot be read ({exc})") from None
    if not isinstance(raw, dict) or raw.get("language") not in LANGUAGES:
        raise EvaluationError(f"{path}: 'language' must be one of {', '.join(LANGUAGES)}")
    try:
        letter_date = dt.date.fromisoformat(raw["letter_date"]) if raw.get("letter_date") \
            else None
    except (TypeError, ValueError):
        raise EvaluationError(f"{path}: 'letter_date' must be YYYY-MM-DD") from None
    gold: dict[str, set[str]] = {}
    for name in FIELDS:
        if name not in raw:
            continue
        value = raw[name]
        if name == "urgent":
            if not isinstance(value, bool):
                raise EvaluationError(f"{path}: 'urgent' must be true or false")
            gold[name] = {"urgent"} if value else set()
        elif isinstance(value, list) and all(isinstance(code, str) for code in value):
            gold[name] = set(value)
        else:
            raise EvaluationError(f"{path}: '{name}' must be a list of codes")
    return Letter(str(path.with_suffix("")), text, raw["language"], letter_date, gold)


def evaluate(letters: list[Letter], learnt: bool = True) -> Report:
    """Kuager's proposals (the rules and the sentence model), or with learnt=False the rules'
    alone, scored against each letter's coding."""
    report = Report()
    reference = Reference.load()
    for letter in letters:
        result = propose(letter.text, letter.letter_date, reference=reference, learnt=learnt)
        report.version = result.version
        for name, gold in letter.gold.items():
            found = proposed_codes(result, name)
            for language in (letter.language, "all"):
                report.tally(language, name).add(found, gold)
            if found != gold:
                report.errors.append((letter.name, name, gold - found, found - gold))
    return report
