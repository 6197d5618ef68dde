"""Response deadlines in Kazakhstan's calendar days, whichever time zone the country used.

Kazakhstan had two time zones (UTC+5 and UTC+6) until 1 March 2024 and one (UTC+5) since;
"today" is the organisation's local date from the time-zone database, so a deadline falls on
the right day either way.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

from kuager.complaints.models import Complaint, ResponsePeriod
from kuager.vocab.models import Term

DEFAULT_DAYS = 30
DUE_SOON_DAYS = 7


def local_today(now: dt.datetime | None = None, zone: str | None = None) -> dt.date:
    return (now or timezone.now()).astimezone(ZoneInfo(zone or settings.TIME_ZONE)).date()


def period_days(channel: Term, periods: dict[int, int] | None = None) -> int:
    """The channel's period, else its parent channel's (an appeal court → courts), else 30."""
    periods = periods if periods is not None else dict(
        ResponsePeriod.objects.values_list("channel_id", "days"))
    if channel.pk in periods:
        return periods[channel.pk]
    parent = channel.parent_code
    if parent:
        found = Term.objects.filter(vocabulary_id=channel.vocabulary_id, code=parent).first()
        if found is not None and found.pk in periods:
            return periods[found.pk]
    return DEFAULT_DAYS


def due_on(complaint: Complaint, periods: dict[int, int] | None = None) -> dt.date | None:
    if complaint.filed_on is None:
        return None
    return complaint.filed_on + dt.timedelta(days=period_days(complaint.channel, periods))


def is_awaiting_answer(complaint: Complaint) -> bool:
    return complaint.status == "filed"
