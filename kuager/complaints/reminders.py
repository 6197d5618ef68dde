"""Reminders of answers due and overdue, by e-mail when a mail server is configured.

A reminder names cases by their pseudonymous numbers and complaints by reference, channel and
date: nothing that identifies a person or repeats an account.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.contrib.auth.models import User
from django.core.mail import send_mail
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _

from kuager.audit.log import record
from kuager.cases.access import cases_for_member
from kuager.complaints.deadlines import DUE_SOON_DAYS, due_on, local_today
from kuager.complaints.models import Complaint, ResponsePeriod, Status


def lines_for(user: User, today: dt.date) -> list[str]:
    periods = dict(ResponsePeriod.objects.values_list("channel_id", "days"))
    awaited = Complaint.objects.filter(case__in=cases_for_member(user.membership),
                                       status=Status.FILED,
                                       filed_by=user).select_related("case", "channel")
    lines = []
    for complaint in awaited.order_by("filed_on"):
        due = due_on(complaint, periods)
        if due is None or due > today + dt.timedelta(days=DUE_SOON_DAYS):
            continue
        state = _("OVERDUE") if due < today else _("due")
        lines.append(f"{complaint.case.number} {complaint.reference} "
                     f"{complaint.channel.label}: {state} {due.isoformat()}")
    return lines


def send_reminders(today: dt.date | None = None) -> int:
    """One message per person with answers due; returns how many were sent."""
    if settings.EMAIL_BACKEND.endswith("dummy.EmailBackend"):  # no mail server configured
        return 0
    today = today or local_today()
    sent = 0
    people = User.objects.filter(is_active=True, membership__isnull=False).exclude(email="")
    for person in people:
        with translation.override(settings.LANGUAGE_CODE):
            lines = lines_for(person, today)
            if not lines:
                continue
            send_mail(_("Kuager: answers due"), "\n".join(lines), None, [person.email])
        sent += 1
        with transaction.atomic():
            record(None, "reminder.send", "user", str(person.pk), complaints=len(lines))
    return sent
