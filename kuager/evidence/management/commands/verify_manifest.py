"""`kuager verify-manifest DIR`: check an evidence export's signature and every file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kuager.evidence.manifest import verify_folder


class Command(BaseCommand):
    help = "Check an evidence export: the manifest's signature and each file's SHA-256."
    requires_system_checks: list[str] = []

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("folder", type=Path)
        parser.add_argument("--public-key", type=Path,
                            help="The organisation's key (PEM) to check against, instead of "
                            "the one in the folder.")

    def handle(self, *args: Any, **options: Any) -> None:
        pinned = options["public_key"].read_bytes() if options["public_key"] else None
        check = verify_folder(options["folder"], pinned)
        for problem in check.problems:
            self.stderr.write(f"FAILED: {problem}")
        if check.problems:
            sys.exit(1)
        self.stdout.write(f"Verified: {check.files} files match the manifest signed by the "
                          f"key with fingerprint {check.fingerprint}. Compare it with the one "
                          "the organisation gave you.")
