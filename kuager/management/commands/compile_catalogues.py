"""`kuager compile_catalogues`: .po → .mo with polib, so no GNU gettext is needed to run Kuager."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser


def catalogues() -> list[Path]:
    return sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = "Compile Kuager's translation catalogues, reporting untranslated strings."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--check", action="store_true",
                            help="Fail if a catalogue has untranslated or fuzzy entries.")

    def handle(self, *args: Any, **options: Any) -> None:
        incomplete = []
        for po_path in catalogues():
            catalogue = polib.pofile(str(po_path))
            missing = [e for e in catalogue if not e.translated() and not e.obsolete]
            if missing:
                incomplete.append(f"{po_path.parent.parent.name}: {len(missing)} untranslated")
            catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"{po_path.parent.parent.name}: {catalogue.percent_translated()}%")
        if incomplete and options["check"]:
            raise SystemExit("; ".join(incomplete))
