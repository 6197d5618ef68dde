"""Daily reminders, run by the background worker."""

from __future__ import annotations

from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from kuager.complaints.reminders import send_reminders


@db_periodic_task(crontab(hour="8", minute="0"))  # type: ignore[untyped-decorator]
def daily_reminders() -> None:
    send_reminders()
