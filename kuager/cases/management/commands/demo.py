"""`kuager demo`: fill a new data directory with synthetic cases and print a demo sign-in."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from kuager.audit.log import record
from kuager.cases.demo_rows import write_csv
from kuager.cases.importer import import_cases
from kuager.cases.models import Case

DEMO_USER = "demo"


class Command(BaseCommand):
    help = "Load synthetic demo cases (no real person) and create the 'demo' sign-in."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cases", type=int, default=600)
        parser.add_argument("--seed", type=int, default=20261121)
        parser.add_argument("--password", help="Demo password (default: a new random one).")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        if Case.objects.filter(synthetic=True).exists():
            self.stdout.write("Synthetic demo cases are already loaded.")
        else:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "demo.csv"
                write_csv(path, options["cases"], options["seed"])
                report = import_cases(None, path, synthetic=True)
            if report.errors:
                first = report.errors[0]
                raise RuntimeError(f"demo data row {first.line}: {first.message}")
            self.stdout.write(f"Loaded {report.imported} synthetic cases (SYNTHETIC DEMO DATA: "
                              "every name and account is generated).")
        password = options["password"] or secrets.token_urlsafe(12)
        self._demo_user(password)
        self.stdout.write(self.style.SUCCESS(
            f"Demo sign-in: user name '{DEMO_USER}', password '{password}'"
        ))

    def _demo_user(self, password: str) -> None:
        users = get_user_model()
        with transaction.atomic():
            user, created = users.objects.get_or_create(username=DEMO_USER)
            user.is_staff = True
            user.is_superuser = True
            user.set_password(password)
            user.save()
            record(None, "account.demo", "user", str(user.pk), created=created)
