"""Rows of a table file people keep in a spreadsheet: CSV (UTF-8, comma, semicolon or tab) or
XLSX, told apart by their first bytes. The import of allegations and record linkage both read
their input here; each checks its own header."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from django.utils.translation import gettext as _

Rows = Iterator[tuple[int, dict[str, str]]]
HeaderCheck = Callable[[list[str]], None]


class TableFileError(Exception):
    """The file as a whole cannot be read as a table (format, encoding, header)."""


def read_rows(source: Path | bytes, check_header: HeaderCheck) -> Rows:
    """Rows as (line number in the file, lower-case column → text), blank rows skipped.

    `source` is a file, or the bytes of one uploaded through a page (never written to disk:
    a partner's list holds names)."""
    if isinstance(source, bytes):
        head = source[:4]
    else:
        with source.open("rb") as handle:
            head = handle.read(4)
    if head.startswith(b"PK\x03\x04"):
        yield from _xlsx_rows(io.BytesIO(source) if isinstance(source, bytes) else source,
                              check_header)
    else:
        yield from _csv_rows(source if isinstance(source, bytes) else source.read_bytes(),
                             check_header)


def _csv_rows(raw: bytes, check_header: HeaderCheck) -> Rows:
    if b"\x00" in raw[:4096]:
        raise TableFileError(_("The file is not CSV text (it holds binary data); "
                               "save it as CSV UTF-8 or XLSX."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise TableFileError(
            _("The file is not valid UTF-8 (line %(line)d, byte %(byte)d). Save it as CSV UTF-8.")
            % {"line": line, "byte": exc.start}
        ) from None
    yield from read_csv_text(io.StringIO(text, newline=""), check_header)


def read_csv_text(handle: IO[str], check_header: HeaderCheck) -> Rows:
    sample = handle.read(64 * 1024)
    handle.seek(0)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ",;\t")
    except csv.Error:
        dialect = csv.excel
    # The callers limit text per cell with a clear message per row; csv's own 128 KiB limit
    # would stop the whole file with a cryptic error.
    csv.field_size_limit(64 * 1024 * 1024)
    reader = csv.reader(handle, dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise TableFileError(_("The file is empty.")) from None
    except csv.Error as exc:
        raise TableFileError(
            _("The file is not a readable CSV: %(error)s") % {"error": exc}
        ) from None
    check_header(header)
    try:
        for cells in reader:
            if any(c.strip() for c in cells):
                yield reader.line_num, dict(zip(header, cells, strict=False))
    except csv.Error as exc:
        raise TableFileError(
            _("Line %(line)d is not readable CSV: %(error)s")
            % {"line": reader.line_num, "error": exc}
        ) from None


def _xlsx_rows(source: Path | IO[bytes], check_header: HeaderCheck) -> Rows:
    from openpyxl import load_workbook

    try:
        # data_only=False: a formula arrives as its text ("=cmd|…"), never as a result.
        book = load_workbook(source, read_only=True, data_only=False)
    except Exception as exc:  # a broken archive raises zipfile, XML and openpyxl errors alike
        raise TableFileError(_("The file is not a readable XLSX workbook: %(error)s") % {
            "error": type(exc).__name__}) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h or "").strip().lower() for h in next(rows, ())]
        if not any(header):
            raise TableFileError(_("The file is empty."))
        check_header(header)
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
