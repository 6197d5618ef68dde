"""`kuager lockdown`: from the server's shell, end sessions and disable accounts at once."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand, CommandError, CommandParser

from kuager.accounts.actions import lock_down_everyone, lock_down_person


class Command(BaseCommand):
    help = ("End every session of one person (and disable the account), or of everyone "
            "with --all.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username", nargs="?")
        parser.add_argument("--all", action="store_true", help="Everyone's sessions.")
        parser.add_argument("--disable", action="store_true",
                            help="With --all: also disable every account.")
        parser.add_argument("--keep-enabled", action="store_true",
                            help="With a user name: end sessions but keep the account enabled.")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["all"] == bool(options["username"]):
            raise CommandError("Give one user name, or --all.")
        if options["all"]:
            ended = lock_down_everyone(None, disable=options["disable"])
            state = " All accounts are disabled." if options["disable"] else ""
            self.stdout.write(f"Ended {ended} sessions.{state}")
            return
        user = User.objects.filter(username=options["username"]).first()
        if user is None:
            raise CommandError(f"No account {options['username']!r}.")
        ended = lock_down_person(None, user, disable=not options["keep_enabled"])
        state = "" if options["keep_enabled"] else " The account is disabled."
        self.stdout.write(f"Ended {ended} sessions of {user.username}.{state}")
