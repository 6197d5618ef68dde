"""`kuager remind`: e-mail each person the answers due or overdue on complaints they filed."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from kuager.complaints.reminders import send_reminders


class Command(BaseCommand):
    help = "Send reminders of answers due (only when KUAGER_EMAIL_HOST is configured)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"Sent {send_reminders()} reminders.")
