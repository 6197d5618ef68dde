"""The records linkage reads: one victim-incident each, from Kuager or a partner's CSV or XLSX.

Every row is checked before anything is linked; a file with a bad row links nothing, and the
error names the line and the column so the person can fix the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from kuager.lib.dates import EARLIEST_YEAR, DateFormatError, FuzzyDate, parse_fuzzy_date
from kuager.lib.tables import TableFileError, read_rows

REQUIRED_COLUMNS = ("record_id", "source")
OPTIONAL_COLUMNS = ("name", "birth_year", "facility", "region", "incident_date")
# A file with many bad rows is reported by its first few, not by thousands of lines.
ERRORS_SHOWN = 10


class InputError(TableFileError):
    """The input cannot be linked as it is; the message says where and why."""


@dataclass(frozen=True)
class Record:
    """A victim-incident as linkage sees it: the same person in two incidents is two records."""

    record_id: str
    source: str
    name: str = ""
    birth_year: int | None = None
    facility: str = ""
    region: str = ""
    incident_date: FuzzyDate | None = None


def read_records(path: Path | bytes, today: dt.date | None = None) -> list[Record]:
    """Records from a CSV (UTF-8, comma, semicolon or tab) or XLSX file, or its bytes."""
    try:
        return parse_rows(read_rows(path, _check_header), today)
    except InputError:
        raise
    except TableFileError as exc:
        raise InputError(str(exc)) from None
    except OSError as exc:
        raise InputError(_("%(path)s cannot be read: %(error)s")
                         % {"path": path, "error": exc.strerror or exc}) from None


def parse_rows(rows: Iterable[tuple[int, dict[str, str]]],
               today: dt.date | None = None) -> list[Record]:
    """Check every row; raise InputError listing the first problems if any row is bad."""
    today = today or dt.date.today()  # noqa: DTZ011 - a calendar date, not an instant
    records: list[Record] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for line, row in rows:
        record, errors = _parse_row(row, today)
        problems.extend(_("line %(line)d: %(error)s") % {"line": line, "error": error}
                        for error in errors)
        if record is None:
            continue
        if record.record_id in seen:
            problems.append(_("line %(line)d: record_id %(id)s is also on line %(first)d")
                            % {"line": line, "id": record.record_id,
                               "first": seen[record.record_id]})
            continue
        seen[record.record_id] = line
        records.append(record)
    if problems:
        more = len(problems) - ERRORS_SHOWN
        shown = "; ".join(problems[:ERRORS_SHOWN])
        if more > 0:
            shown += "; " + _("and %(count)d more") % {"count": more}
        raise InputError(_("%(count)d problems, nothing was linked: %(problems)s")
                         % {"count": len(problems), "problems": shown})
    if not records:
        raise InputError(_("The file has a header but no records."))
    return records


def _parse_row(row: dict[str, str], today: dt.date) -> tuple[Record | None, list[str]]:
    def get(column: str) -> str:
        return (row.get(column) or "").strip()

    errors = [_("%(column)s is empty") % {"column": c} for c in REQUIRED_COLUMNS if not get(c)]
    birth_year = None
    if text := get("birth_year"):
        if not (text.isascii() and text.isdigit()):
            errors.append(_("birth_year %(value)r is not a year") % {"value": text})
        elif not EARLIEST_YEAR <= int(text) <= today.year:
            errors.append(_("birth_year %(value)s is outside %(first)d–%(last)d")
                          % {"value": text, "first": EARLIEST_YEAR, "last": today.year})
        else:
            birth_year = int(text)
    incident_date = None
    if text := get("incident_date"):
        try:
            incident_date = parse_fuzzy_date(text, today)
        except DateFormatError as exc:
            errors.append(_("incident_date: %(error)s") % {"error": exc})
    if errors:
        return None, errors
    return Record(record_id=get("record_id"), source=get("source"), name=get("name"),
                  birth_year=birth_year, facility=get("facility"), region=get("region"),
                  incident_date=incident_date), []


def _check_header(header: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise InputError(_("Missing columns: %(columns)s (the first row must name the columns "
                           "record_id, source and any of %(optional)s).")
                         % {"columns": ", ".join(missing),
                            "optional": ", ".join(OPTIONAL_COLUMNS)})
