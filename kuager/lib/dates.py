"""Dates as people report them: a day, a month, a year, or a range, each with its precision."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    RANGE = "range"


class DateFormatError(ValueError):
    """A date could not be read; the message says what was expected."""


_PART = r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?"
_SINGLE = re.compile(rf"^{_PART}$", re.ASCII)
_RANGE = re.compile(rf"^{_PART}\s*(?:/|\.\.|–|—)\s*{_PART}$", re.ASCII)

EARLIEST_YEAR = 1900


@dataclass(frozen=True)
class FuzzyDate:
    """An inclusive span [start, end] and how precisely the source knew it."""

    start: dt.date
    end: dt.date
    precision: Precision

    def __str__(self) -> str:
        if self.precision is Precision.DAY:
            return self.start.isoformat()
        if self.precision is Precision.MONTH:
            return self.start.strftime("%Y-%m")
        if self.precision is Precision.YEAR:
            return str(self.start.year)
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    @classmethod
    def from_parts(cls, start: dt.date, end: dt.date, precision: str) -> FuzzyDate:
        return cls(start, end, Precision(precision))


def _span(year: str, month: str | None, day: str | None, today: dt.date) -> FuzzyDate:
    y = int(year)
    if y < EARLIEST_YEAR or y > today.year:
        raise DateFormatError(f"year {y} is outside {EARLIEST_YEAR}–{today.year}")
    if month is None:
        return FuzzyDate(dt.date(y, 1, 1), dt.date(y, 12, 31), Precision.YEAR)
    m = int(month)
    if not 1 <= m <= 12:
        raise DateFormatError(f"month {m} does not exist")
    if day is None:
        last = calendar.monthrange(y, m)[1]
        return FuzzyDate(dt.date(y, m, 1), dt.date(y, m, last), Precision.MONTH)
    try:
        when = dt.date(y, m, int(day))
    except ValueError:
        raise DateFormatError(f"{year}-{month}-{day} is not a day of the calendar") from None
    return FuzzyDate(when, when, Precision.DAY)


def parse_fuzzy_date(text: str, today: dt.date | None = None) -> FuzzyDate:
    """Read YYYY, YYYY-MM, YYYY-MM-DD or START/END; nothing in the future is accepted."""
    today = today or dt.date.today()  # noqa: DTZ011 - a calendar date, not an instant
    value = text.strip()
    single = _SINGLE.match(value)
    if single:
        year, month, day = single.groups()
        found = _span(year, month, day, today)
        if found.start > today:
            raise DateFormatError(f"{value} is in the future")
        return found
    ranged = _RANGE.match(value)
    if ranged:
        y1, m1, d1, y2, m2, d2 = ranged.groups()
        first = _span(y1, m1, d1, today)
        last = _span(y2, m2, d2, today)
        if last.end < first.start:
            raise DateFormatError(f"range {value} ends before it starts")
        if first.start > today:
            raise DateFormatError(f"{value} is in the future")
        return FuzzyDate(first.start, min(last.end, today), Precision.RANGE)
    raise DateFormatError(f"{value!r} is not a date: write YYYY, YYYY-MM, YYYY-MM-DD or START/END")


def describe_span(start: dt.date | None, end: dt.date | None) -> str:
    """The shortest honest label for an inclusive span: 2021, 2021-03, 2021-03-14 or a range."""
    if start is None or end is None:
        return ""
    if start == end:
        return start.isoformat()
    if start == dt.date(start.year, 1, 1) and end == dt.date(start.year, 12, 31):
        return str(start.year)
    last = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and end == dt.date(start.year, start.month, last):
        return start.strftime("%Y-%m")
    return f"{start.isoformat()}/{end.isoformat()}"


def parse_day(text: str) -> dt.date:
    """A single calendar day in ISO form."""
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise DateFormatError(f"{text!r} is not a day: write YYYY-MM-DD") from None
