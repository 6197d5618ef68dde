"""`kuager worker`: run background jobs (text extraction, OCR) until stopped."""

from __future__ import annotations

import sys
from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from kuager.keyring import blind_index, keyring


class Command(BaseCommand):
    help = "Run Kuager's background jobs (huey's consumer)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--key-from-stdin", action="store_true",
                            help="Read the master key from standard input.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["key_from_stdin"]:
            settings.MASTER_KEY = sys.stdin.readline().strip()
            keyring.cache_clear()
            blind_index.cache_clear()
        call_command("run_huey")
