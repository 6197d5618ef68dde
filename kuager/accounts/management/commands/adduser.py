"""`kuager adduser NAME --role ROLE`: a person who enrols TOTP at the first sign-in."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from django.contrib.auth.models import User
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kuager.accounts.actions import create_member
from kuager.accounts.models import Organisation, Role, default_organisation


class Command(BaseCommand):
    help = "Add a person with a role; they set up two-factor sign-in at their first sign-in."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--role", required=True, choices=[r.value for r in Role])
        parser.add_argument("--organisation", help="Its name (default: the only one).")
        parser.add_argument("--password-stdin", action="store_true",
                            help="Read the password from standard input.")

    def handle(self, *args: Any, **options: Any) -> None:
        if User.objects.filter(username=options["username"]).exists():
            raise CommandError(f"{options['username']!r} already exists.")
        if options["organisation"]:
            organisation, _ = Organisation.objects.get_or_create(name=options["organisation"])
        else:
            try:
                organisation = default_organisation()
            except Organisation.MultipleObjectsReturned as exc:
                raise CommandError(str(exc)) from None
        if options["password_stdin"]:
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
        try:
            validate_password(password, User(username=options["username"]))
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        create_member(options["username"], password, organisation, Role(options["role"]))
        self.stdout.write(f"Added {options['username']} ({options['role']}) to {organisation}.")
