"""`kuager export-cases OUT.csv`: cases in the import's columns, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from kuager.cases.actions import do_export
from kuager.cases.exports import export_rows


class Command(BaseCommand):
    help = "Export cases as CSV (coded fields; names and accounts only with --reveal)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("out", type=Path)
        parser.add_argument("--reveal", action="store_true",
                            help="Include names and accounts (recorded in the audit trail).")

    def handle(self, *args: Any, **options: Any) -> None:
        out: Path = options["out"]
        with transaction.atomic():
            count = 0
            with out.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.writer(handle)
                for row in export_rows(reveal=options["reveal"]):
                    writer.writerow(row)
                    count += 1
            do_export(None, max(0, count - 1), reveal=options["reveal"], via="cli")
        self.stdout.write(f"Exported {max(0, count - 1)} cases to {out}.")
