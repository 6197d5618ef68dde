"""Records for linkage tests: a generated background list, so that the model has a population
to learn from, and the records a test is about."""

from __future__ import annotations

import csv
from collections.abc import Mapping, Sequence
from pathlib import Path

from kuager.linkage.records import Record, parse_rows
from kuager.linkage.synthetic import COLUMNS, Row, generate

HEADER = ("record_id", "source", "name", "birth_year", "facility", "region", "incident_date")


def background_rows(incidents: int = 150, seed: int = 11) -> list[Row]:
    return generate(incidents, seed=seed)


def records(*rows: tuple[str, ...], incidents: int = 150) -> list[Record]:
    """The background's records followed by `rows` (in HEADER order)."""
    found = [dict(zip(HEADER, (str(v) for v in (r.as_dict()[c] for c in HEADER)), strict=True))
             for r in background_rows(incidents)]
    found += [dict(zip(HEADER, row, strict=True)) for row in rows]
    return parse_rows(enumerate(found, start=2))


def write_csv(path: Path, rows: Sequence[Mapping[str, str | int]] | Sequence[Row],
              columns: tuple[str, ...] = COLUMNS) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow(row.as_dict() if isinstance(row, Row) else row)
    return path
