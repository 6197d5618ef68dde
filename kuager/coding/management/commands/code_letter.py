"""`kuager code-letter FILE [--lang ru|kk|en] [--json]`: propose how to code a letter."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from kuager.coding.engine import propose


class Command(BaseCommand):
    help = "Propose regions, facilities, dates, methods, purposes, perpetrators and urgency."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--lang", choices=["ru", "kk", "en"])
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--letter-date", type=dt.date.fromisoformat,
                            help="The letter's date (YYYY-MM-DD), for 'yesterday' and the like.")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
        result = propose(text, options["letter_date"], options["lang"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            return
        for name in ("regions", "facilities", "dates", "methods", "purposes", "perpetrators",
                     "urgency_reasons"):
            for p in getattr(result, name):
                self.stdout.write(f"{name:<14} {p.code:<14} {p.label:<40} «{p.text}» "
                                  f"{p.confidence:.2f} [{p.rule}]")
        self.stdout.write(f"urgent: {'YES' if result.urgent else 'no'}")
