"""Bulk import of allegations from the CSV and XLSX files organisations already keep.

All rows are read and checked before anything is written; a file with errors imports
nothing unless the person asks to skip the bad rows. Cells are data, never formulas.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.db import models, transaction
from django.utils.translation import gettext as _

from kuager.accounts.models import Organisation, default_organisation
from kuager.audit.log import Actor, record
from kuager.cases.actions import AllegationData, VictimData, save_allegations
from kuager.cases.models import Case, Consent, Language
from kuager.lib.dates import DateFormatError, FuzzyDate, parse_day, parse_fuzzy_date
from kuager.lib.tables import TableFileError, read_rows
from kuager.places.gazetteer import AmbiguousPlace, Gazetteer
from kuager.places.models import Facility, Region
from kuager.vocab.lookup import TermLookup
from kuager.vocab.models import Term

REQUIRED_COLUMNS = (
    "victim_name", "birth_year", "region", "facility", "incident_date", "methods",
    "narrative", "source",
)
OPTIONAL_COLUMNS = (
    "sex", "received_on", "channel", "language", "purposes", "perpetrator_type",
    "location_type", "priority", "consequences",
)
CHUNK = 1000
SEX_WORDS = {
    "m": "m", "male": "m", "м": "m", "муж": "m", "мужской": "m", "ер": "m",
    "f": "f", "female": "f", "ж": "f", "жен": "f", "женский": "f", "әйел": "f",
}


class ImportFileError(TableFileError):
    """The file as a whole cannot be read (encoding, format, size, header)."""


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class ImportReport:
    read: int = 0
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)
    case_numbers: list[str] = field(default_factory=list)


def read_table(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """Rows as (line number in the file, column → text), whatever the file type."""
    if path.stat().st_size > settings.KUAGER_MAX_IMPORT_BYTES:
        raise ImportFileError(_("The file is larger than the import limit."))
    try:
        yield from read_rows(path, _check_header)
    except ImportFileError:
        raise
    except TableFileError as exc:
        raise ImportFileError(str(exc)) from None


def _check_header(header: list[str]) -> None:
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if missing:
        raise ImportFileError(
            _("Missing columns: %(columns)s.") % {"columns": ", ".join(missing)}
        )


class RowParser:
    """Turns one row into AllegationData, or says in plain words what is wrong with it."""

    def __init__(self, today: dt.date, synthetic: bool = False) -> None:
        self.today = today
        self.synthetic = synthetic
        self.places = Gazetteer.load()
        self.terms = {
            key: TermLookup.load(key)
            for key in ("methods", "purposes", "perpetrator_types", "location_types",
                        "source_types", "source_connection", "consequences")
        }

    def parse(self, row: dict[str, str]) -> AllegationData:
        problems: list[str] = []

        def get(column: str) -> str:
            return (row.get(column) or "").strip()

        name = get("victim_name")
        if not name:
            problems.append(_("victim_name is empty"))
        birth_year = self._year(get("birth_year"), problems)
        when = None
        if get("incident_date"):
            try:
                when = parse_fuzzy_date(get("incident_date"), self.today)
            except DateFormatError as exc:
                problems.append(_("incident_date: %(error)s") % {"error": exc})
        region, facility = self._places(get("region"), get("facility"), when, problems)
        narrative = row.get("narrative") or ""
        if len(narrative) > settings.KUAGER_MAX_TEXT_CHARS:
            problems.append(
                _("narrative has %(count)d characters; the limit is %(limit)d")
                % {"count": len(narrative), "limit": settings.KUAGER_MAX_TEXT_CHARS}
            )
        for column in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS):
            if "\x00" in (row.get(column) or ""):
                problems.append(_("%(column)s contains a NUL character") % {"column": column})
        source = get("source")
        source_type = self.terms["source_types"].find(source) if source else None
        connection = None
        if source and source_type is None:
            connection = self.terms["source_connection"].find(source)
            if connection is None:
                problems.append(_("source: unknown kind of source %(value)r") % {"value": source})
        data = AllegationData(
            victim=VictimData(full_name=name, sex=self._sex(get("sex"), problems),
                              birth_year=birth_year),
            channel=self._choice(get("channel") or Case.Channel.LETTER, Case.Channel, "channel",
                                 problems),
            received_on=self._day(get("received_on"), "received_on", problems),
            priority=self._choice(get("priority") or Case.Priority.NORMAL, Case.Priority,
                                  "priority", problems),
            when=when, region=region, facility=facility,
            methods=self._terms("methods", get("methods"), problems),
            purposes=self._terms("purposes", get("purposes"), problems),
            consequences=self._terms("consequences", get("consequences"), problems),
            perpetrator_type=self._term("perpetrator_types", get("perpetrator_type"), problems),
            location_type=self._term("location_types", get("location_type"), problems),
            narrative=narrative, language=self._language(get("language"), problems),
            source_type=source_type, source_connection=connection,
            consents={Consent.Purpose.STORE: True}, synthetic=self.synthetic,
        )
        if when and data.received_on and data.received_on < when.start:
            problems.append(_("received_on is before the incident"))
        if problems:
            raise ValueError("; ".join(problems))
        return data

    def _year(self, value: str, problems: list[str]) -> int | None:
        if not value:
            return None
        if not value.isdigit() or not 1900 <= int(value) <= self.today.year:
            problems.append(_("birth_year %(value)r is not a year") % {"value": value})
            return None
        return int(value)

    def _day(self, value: str, column: str, problems: list[str]) -> dt.date | None:
        if not value:
            return None
        try:
            day = parse_day(value)
        except DateFormatError as exc:
            problems.append(f"{column}: {exc}")
            return None
        if day > self.today:
            problems.append(_("%(column)s is in the future") % {"column": column})
        return day

    def _sex(self, value: str, problems: list[str]) -> str:
        if not value:
            return ""
        found = SEX_WORDS.get(value.lower())
        if found is None:
            problems.append(_("sex %(value)r is not m or f") % {"value": value})
        return found or ""

    def _language(self, value: str, problems: list[str]) -> str:
        if value and value not in Language.values:
            problems.append(_("language %(value)r is not kk, ru or en") % {"value": value})
            return ""
        return value

    def _choice(self, value: str, choices: type[models.TextChoices], column: str,
                problems: list[str]) -> str:
        values = [str(v) for v in choices.values]
        if value not in values:
            problems.append(
                _("%(column)s %(value)r is not one of %(allowed)s")
                % {"column": column, "value": value, "allowed": ", ".join(values)}
            )
        return value

    def _places(self, region_text: str, facility_text: str, when: FuzzyDate | None,
                problems: list[str]) -> tuple[Region | None, Facility | None]:
        region: Region | None = None
        facility: Facility | None = None
        try:
            if region_text:
                region = self.places.region(region_text)
                if region is None:
                    problems.append(_("region: unknown region %(value)r") % {"value": region_text})
            if facility_text:
                facility = self.places.facility(facility_text)
                if facility is None:
                    problems.append(
                        _("facility: unknown facility %(value)r") % {"value": facility_text}
                    )
        except AmbiguousPlace as exc:
            problems.append(_("%(value)r could be any of: %(candidates)s")
                            % {"value": exc.text, "candidates": ", ".join(exc.candidates)})
        if facility is not None:
            located = facility.region_on(when.start if when else None)
            if region is None:
                region = located
            elif located is not None and located != region and not any(
                p.region_id == region.pk for p in facility.periods.all()
            ):
                problems.append(_("facility %(facility)s is not in region %(region)s")
                                % {"facility": facility_text, "region": region.code})
        return region, facility

    def _term(self, vocabulary: str, value: str, problems: list[str]) -> Term | None:
        if not value:
            return None
        term = self.terms[vocabulary].find(value)
        if term is None:
            problems.append(_("%(column)s: unknown term %(value)r") % {"column": vocabulary,
                                                                        "value": value})
        return term

    def _terms(self, vocabulary: str, value: str, problems: list[str]) -> list[Term]:
        found: list[Term] = []
        for part in (p.strip() for p in value.split(";")):
            if part:
                term = self._term(vocabulary, part, problems)
                if term is not None:
                    found.append(term)
        return found


@contextlib.contextmanager
def _no_cyclic_gc() -> Iterator[None]:
    # Millions of short-lived model instances make Python's cycle collector run constantly;
    # they hold no cycles that matter, so it waits until the import is written.
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _widen_sqlite_cache() -> None:
    # A large import inserts millions of blind-index rows in random key order; with a
    # quarter-gigabyte page cache the index stays in memory. Only this connection grows.
    from django.db import connection

    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA cache_size=-262144")


def import_cases(
    actor: Actor, path: Path, organisation: Organisation | None = None,
    skip_bad_rows: bool = False, synthetic: bool = False, today: dt.date | None = None,
) -> ImportReport:
    """Check every row, then write all good rows in one transaction with one audit entry."""
    from kuager.cases.models import today as local_today

    day = today or local_today()
    parser = RowParser(day, synthetic=synthetic)
    report = ImportReport()
    good: list[AllegationData] = []
    for line, row in read_table(path):
        report.read += 1
        try:
            good.append(parser.parse(row))
        except ValueError as exc:
            report.errors.append(RowError(line, str(exc)))
    if report.errors and not skip_bad_rows:
        return report
    _widen_sqlite_cache()
    with transaction.atomic(), _no_cyclic_gc():
        organisation = organisation or default_organisation()
        case_ids: list[int] = []
        for start in range(0, len(good), CHUNK):
            cases = save_allegations(actor, good[start : start + CHUNK], day, organisation)
            report.case_numbers.extend(c.number for c in cases)
            case_ids.extend(c.pk for c in cases)
        report.imported = len(good)
        # No file name: people name files after the person they are about.
        record(actor, "case.import", "import", "", imported=report.imported,
               skipped=len(report.errors), synthetic=synthetic)
        # Assisted coding reads the letters in the background once this commits.
        from kuager.cases.models import Case, Information
        from kuager.coding.tasks import queue_suggestions

        queue_suggestions(information_ids=list(Information.objects.filter(
            case__in=Case.objects.filter(number__in=report.case_numbers)).values_list(
            "pk", flat=True)))
    return report
