"""Linking without sharing names: keyed-hash tokens of normalised identifiers.

Two organisations agree on a secret, each turns its records into tokens (HMAC-SHA256 under
the secret, over folded name words with birth year, incident year, facility and the father's
name), and the overlap of the two token files shows which records are the same
victim-incident, with no name, date or place exchanged. What the tokens hide and what they
do not is in TOKENS.md beside this module: read it before exchanging a file.

Only exact agreement of the normalised values counts: folding makes scripts and
romanisations meet, but a typo makes different tokens. The overlap is a lower bound.
"""

from __future__ import annotations

import base64
import csv
import hashlib
import hmac
import secrets
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from kuager.linkage.features import incident_table
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import InputError, Record

SECRET_BYTES = 32
TOKEN_BYTES = 16  # 128 bits: no accidental collision among any number of records
FORMAT = "kuager-linkage-tokens-v1"
COLUMNS = ("record_id", "kind", "token")
# Each kind needs the name and one or two more facts, so that a token stands for one
# victim-incident, and one missing or mistyped fact leaves the other kinds to match on.
# (The name with a date alone would join namesakes reported in the same month.)
KINDS = ("name+birth+year", "name+birth+facility", "name+father+birth", "name+father+year",
         "name+year+facility")


class TokenError(Exception):
    """A secret or a token file that cannot be used; the message says why."""


def new_secret() -> str:
    """A fresh random secret, base64: generate one per exchange and per partner."""
    return base64.urlsafe_b64encode(secrets.token_bytes(SECRET_BYTES)).decode("ascii")


def read_secret(path: Path) -> bytes:
    try:
        text = path.read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise TokenError(_("%(path)s cannot be read as a secret: %(error)s")
                         % {"path": path, "error": exc}) from None
    try:
        secret = base64.urlsafe_b64decode(text.encode("ascii"))
    except ValueError:
        raise TokenError(_("The secret is not base64.")) from None
    if len(secret) < SECRET_BYTES:
        raise TokenError(_("The secret is %(found)d bytes; it needs at least %(needed)d random "
                           "bytes (make one with `kuager link-tokens secret`).")
                         % {"found": len(secret), "needed": SECRET_BYTES})
    return secret


@dataclass(frozen=True)
class Token:
    record_id: str
    kind: str
    token: str


class Tokeniser:
    def __init__(self, secret: bytes) -> None:
        # Derived, not the shared secret itself: the same secret typed into another tool
        # (or a later version of this format) yields unrelated tokens.
        self._key = hmac.new(secret, FORMAT.encode(), hashlib.sha256).digest()

    def token(self, kind: str, value: str) -> str:
        digest = hmac.new(self._key, f"{kind}\x1f{value}".encode(), hashlib.sha256).digest()
        return base64.urlsafe_b64encode(digest[:TOKEN_BYTES]).decode("ascii").rstrip("=")

    def tokens(self, records: Sequence[Record], places: PlaceKeys) -> Iterator[Token]:
        """Every kind for every record. A kind whose facts are missing gets a random token, so
        the file does not show which records lack a birth year, a date or a place."""
        table = incident_table(records, places)
        for i, record in enumerate(records):
            facts = _facts(table, i, record)
            for kind in KINDS:
                values = [facts.get(part) for part in kind.split("+")]
                if all(values):
                    yield Token(record.record_id, kind, self.token(kind, "|".join(
                        v for v in values if v)))
                else:
                    yield Token(record.record_id, kind, _random_token())


def _facts(table: dict[str, list[object]], i: int, record: Record) -> dict[str, str | None]:
    when = record.incident_date
    return {
        "name": _text(table["name_key"][i]),
        "birth": _text(table["birth_year"][i]),
        "year": str(when.start.year) if when and when.start.year == when.end.year else None,
        # Unresolved place names stay out: only the gazetteer's keys mean the same place
        # on both sides.
        "facility": _known(table["facility"][i]),
        "father": _text(table["patronymic"][i]),
    }


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _known(value: object) -> str | None:
    return value if isinstance(value, str) and value.startswith("f:") else None


def _random_token() -> str:
    return base64.urlsafe_b64encode(secrets.token_bytes(TOKEN_BYTES)).decode("ascii").rstrip("=")


def write_tokens(tokens: Iterable[Token], path: Path) -> int:
    count = 0
    with path.open("w", encoding="ascii", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for t in tokens:
            writer.writerow((t.record_id, t.kind, t.token))
            count += 1
    return count


def read_tokens(path: Path) -> list[Token]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise TokenError(_("%(path)s is not a token file: %(error)s")
                         % {"path": path, "error": exc}) from None
    if not rows or tuple(h.strip() for h in rows[0]) != COLUMNS:
        raise TokenError(_("%(path)s is not a token file (its first row must be %(columns)s).")
                         % {"path": path, "columns": ",".join(COLUMNS)})
    found = []
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(COLUMNS) or row[1] not in KINDS:
            raise TokenError(_("%(path)s, line %(line)d: not a token row.")
                             % {"path": path, "line": line})
        found.append(Token(*row))
    return found


@dataclass(frozen=True)
class Overlap:
    pairs: list[tuple[str, str, tuple[str, ...]]]  # (first's record, second's, kinds shared)
    first_records: int
    second_records: int

    @property
    def first_matched(self) -> int:
        return len({a for a, _, _ in self.pairs})

    @property
    def second_matched(self) -> int:
        return len({b for _, b, _ in self.pairs})

    def as_dict(self) -> dict[str, object]:
        return {"first_records": self.first_records, "second_records": self.second_records,
                "first_matched": self.first_matched, "second_matched": self.second_matched,
                "pairs": len(self.pairs)}


def overlap(first: Sequence[Token], second: Sequence[Token]) -> Overlap:
    """Record pairs that share at least one token of the same kind."""
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for t in second:
        index[(t.kind, t.token)].append(t.record_id)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for t in first:
        for other in index.get((t.kind, t.token), ()):
            shared[(t.record_id, other)].add(t.kind)
    pairs = [(a, b, tuple(k for k in KINDS if k in kinds))
             for (a, b), kinds in sorted(shared.items())]
    return Overlap(pairs, len({t.record_id for t in first}), len({t.record_id for t in second}))


def tokens_for_file(path: Path, secret: bytes, places: PlaceKeys) -> list[Token]:
    from kuager.linkage.records import read_records

    try:
        records = read_records(path)
    except InputError as exc:
        raise TokenError(str(exc)) from None
    return list(Tokeniser(secret).tokens(records, places))
