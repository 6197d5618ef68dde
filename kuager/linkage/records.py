"""The records linkage reads: one victim-incident each, from Kuager or a partner's CSV or XLSX.

Every row is checked before anything is linked; a file with a bad row links nothing, and the
error names the line and the column so the person can fix the file.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from django.utils.translation import gettext as _

from kuager.lib.dates import EARLIEST_YEAR, DateFormatError, FuzzyDate, parse_fuzzy_date

REQUIRED_COLUMNS = ("record_id", "source")
OPTIONAL_COLUMNS = ("name", "birth_year", "facility", "region", "incident_date")
# A file with many bad rows is reported by its first few, not by thousands of lines.
ERRORS_SHOWN = 10


class InputError(Exception):
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


def read_records(path: Path, today: dt.date | None = None) -> list[Record]:
    """Records from a CSV (UTF-8, comma, semicolon or tab) or XLSX file."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise InputError(_("%(path)s cannot be read: %(error)s")
                         % {"path": path, "error": exc.strerror or exc}) from None
    rows = _xlsx_rows(path) if head.startswith(b"PK\x03\x04") else _csv_rows(path)
    return parse_rows(rows, today)


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


def _csv_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    raw = path.read_bytes()
    if b"\x00" in raw[:4096]:
        raise InputError(_("The file is not CSV text (it holds binary data); "
                           "save it as CSV UTF-8 or XLSX."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(_("The file is not valid UTF-8 (line %(line)d). Save it as CSV UTF-8.")
                         % {"line": line}) from None
    if not text.strip():
        raise InputError(_("The file is empty."))
    handle = io.StringIO(text, newline="")
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:65536], ",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(handle, dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
        _check_header(header)
        for cells in reader:
            if any(c.strip() for c in cells):
                yield reader.line_num, dict(zip(header, cells, strict=False))
    except csv.Error as exc:
        raise InputError(_("Line %(line)d is not readable CSV: %(error)s")
                         % {"line": reader.line_num, "error": exc}) from None


def _xlsx_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula arrives as its text, never as a computed result.
        book = load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # a broken archive raises zipfile, XML and openpyxl errors alike
        raise InputError(_("The file is not a readable XLSX workbook (%(error)s).")
                         % {"error": type(exc).__name__}) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(rows, ())]
        if not any(header):
            raise InputError(_("The file is empty."))
        _check_header(header)
        for number, values in enumerate(rows, start=2):
            cells = ["" if v is None else _cell_text(v) for v in values]
            if any(c.strip() for c in cells):
                yield number, dict(zip(header, cells, strict=False))
    finally:
        book.close()


def _cell_text(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
