"""`kuager demo`: fill a new data directory with synthetic cases and print a demo sign-in."""

from __future__ import annotations

import secrets
import tempfile
from pathlib import Path
from typing import Any

from django.contrib.auth.models import User
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from kuager.accounts.actions import create_member
from kuager.accounts.models import Organisation, Role
from kuager.audit.log import record
from kuager.cases.demo_rows import write_csv
from kuager.cases.importer import import_cases
from kuager.cases.models import Case
from kuager.complaints.demo import add_demo_accountability
from kuager.linkage.demo import add_demo_partner_list

DEMO_USER = "demo"
DEMO_ORGANISATION = "Demo organisation (synthetic data)"


class Command(BaseCommand):
    help = "Load synthetic demo cases (no real person) and create the 'demo' sign-in."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--cases", type=int, default=600)
        parser.add_argument("--seed", type=int, default=20261121)
        parser.add_argument("--password", help="Demo password (default: a new random one).")

    def handle(self, *args: Any, **options: Any) -> None:
        call_command("migrate", interactive=False, verbosity=0)
        organisation, _ = Organisation.objects.get_or_create(name=DEMO_ORGANISATION)
        if Case.objects.filter(synthetic=True).exists():
            self.stdout.write("Synthetic demo cases are already loaded.")
        else:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / "demo.csv"
                write_csv(path, options["cases"], options["seed"])
                report = import_cases(None, path, organisation, synthetic=True)
            if report.errors:
                first = report.errors[0]
                raise RuntimeError(f"demo data row {first.line}: {first.message}")
            filed = add_demo_accountability(Case.objects.filter(synthetic=True),
                                            options["seed"])
            self.stdout.write(f"Loaded {report.imported} synthetic cases and {filed} complaints "
                              "(SYNTHETIC DEMO DATA: every name and account is generated).")
        partner_list = add_demo_partner_list(organisation, options["seed"])
        if partner_list is not None:
            self.stdout.write(f"Loaded a synthetic partners' list of {partner_list.size} records "
                              "and linked it with the demo cases.")
        password = options["password"] or secrets.token_urlsafe(12)
        self._demo_user(password, organisation)
        self.stdout.write(self.style.SUCCESS(
            f"Demo sign-in: user name '{DEMO_USER}', password '{password}'"
        ))
        self.stdout.write("At the first sign-in Kuager asks you to set up an authenticator app "
                          "(two-factor sign-in is always on).")

    def _demo_user(self, password: str, organisation: Organisation) -> None:
        """The demo coordinator; a second run resets the password, not the authenticator."""
        user = User.objects.filter(username=DEMO_USER).first()
        if user is None:
            create_member(DEMO_USER, password, organisation, Role.COORDINATOR)
            return
        with transaction.atomic():
            user.set_password(password)
            user.is_active = True
            user.save(update_fields=["password", "is_active"])
            record(None, "person.password", "user", str(user.pk), via="demo")
