"""`kuager import-cases FILE`: bring an organisation's CSV or XLSX of allegations in."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kuager.accounts.models import Organisation
from kuager.cases.importer import ImportFileError, import_cases


class Command(BaseCommand):
    help = ("Import allegations from CSV or XLSX with the columns victim_name, birth_year, "
            "region, facility, incident_date, methods, narrative, source.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--skip-bad-rows", action="store_true",
                            help="Import the good rows of a file that has bad ones.")
        parser.add_argument("--organisation", help="Whose cases these are (default: the only "
                            "organisation). Coordinators then assign teams.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        organisation = None
        if options["organisation"]:
            organisation = Organisation.objects.filter(name=options["organisation"]).first()
            if organisation is None:
                raise CommandError(f"No organisation {options['organisation']!r}.")
        try:
            report = import_cases(None, path, organisation,
                                  skip_bad_rows=options["skip_bad_rows"])
        except ImportFileError as exc:
            raise CommandError(f"{path}: {exc} Nothing was imported.") from None
        except Organisation.MultipleObjectsReturned as exc:
            raise CommandError(f"{exc} (--organisation). Nothing was imported.") from None
        for error in report.errors:
            self.stderr.write(f"{path}:{error.line}: {error.message}")
        if report.errors and not options["skip_bad_rows"]:
            raise CommandError(
                f"{len(report.errors)} of {report.read} rows have errors; nothing was imported. "
                "Fix them, or pass --skip-bad-rows to import the rest."
            )
        skipped = f", skipped {len(report.errors)} bad rows" if report.errors else ""
        self.stdout.write(f"Imported {report.imported} cases{skipped}.")
