"""Filing complaints, recording what the offices answered, retaliation and risk flags.

Every function checks its input in plain words (ComplaintError), changes nothing when it
refuses, and writes its audit entry in the same transaction.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from kuager.audit.log import Actor, record
from kuager.cases.models import Case
from kuager.complaints.deadlines import local_today
from kuager.complaints.funnel import rebuild_progress
from kuager.complaints.models import (
    USUAL_NEXT,
    Complaint,
    Retaliation,
    RiskFlag,
    Status,
    StatusChange,
)
from kuager.vocab.models import Term


class ComplaintError(ValueError):
    """Why the change was refused; nothing was changed."""


def _user(actor: Actor) -> User | None:
    return actor if isinstance(actor, User) else None


def _not_future(on: dt.date, what: str) -> None:
    if on > local_today():
        raise ComplaintError(_("%(what)s cannot be in the future.") % {"what": what})


def do_file_complaint(
    actor: Actor, case: Case, channel: Term, filed_on: dt.date | None, office: str = "",
    references: str = "", summary: str = "", drafted: bool = False,
) -> Complaint:
    if channel.vocabulary.key != "channels" or channel.retired_at is not None:
        raise ComplaintError(_("Unknown channel."))
    if filed_on is None and not drafted:
        raise ComplaintError(_("A filed complaint needs the date it was filed."))
    if filed_on is not None:
        _not_future(filed_on, _("The filing date"))
    status = Status.DRAFTED if drafted else Status.FILED
    with transaction.atomic():
        complaint = Complaint.objects.create(
            case=case, channel=channel, office=office.strip()[:200], references=references,
            summary=summary, filed_on=filed_on, status=status,
            status_on=filed_on or local_today(), filed_by=_user(actor),
        )
        StatusChange.objects.create(complaint=complaint, status=status,
                                    on=filed_on or local_today(), note="",
                                    recorded_by=_user(actor))
        rebuild_progress(Case.objects.filter(pk=case.pk))
        record(actor, "complaint.file", "complaint", complaint.reference, case=case.number,
               channel=channel.code, status=str(status))
    return complaint


def do_change_status(
    actor: Actor, complaint: Complaint, status: str, on: dt.date,
    response: Term | None = None, outcome: Term | None = None, note: str = "",
    ground: Term | None = None,
) -> StatusChange:
    """Unusual steps are allowed and flagged, never refused: offices do unusual things."""
    if status not in Status.values:
        raise ComplaintError(_("Unknown status."))
    _not_future(on, _("The date"))
    if complaint.filed_on is not None and on < complaint.filed_on:
        raise ComplaintError(_("An answer cannot be dated before the complaint was filed "
                               "(%(filed)s).") % {"filed": complaint.filed_on.isoformat()})
    if status == Status.FILED and complaint.filed_on is None:
        complaint.filed_on = on
    unusual = status not in USUAL_NEXT.get(complaint.status, set())
    with transaction.atomic():
        change = StatusChange.objects.create(
            complaint=complaint, status=status, on=on, response=response, outcome=outcome,
            ground=ground, note=note, unusual=unusual, recorded_by=_user(actor),
        )
        if complaint.status_on is None or on >= complaint.status_on:
            complaint.status, complaint.status_on = status, on
        complaint.save(update_fields=["status", "status_on", "filed_on"])
        rebuild_progress(Case.objects.filter(pk=complaint.case_id))
        record(actor, "complaint.status", "complaint", complaint.reference,
               case=complaint.case.number, status=status, unusual=unusual,
               ground=ground.code if ground else "")
    return change


def do_record_retaliation(
    actor: Actor, case: Case, kind: str, on: dt.date, complaint: Complaint | None = None,
    note: str = "",
) -> Retaliation:
    if kind not in Retaliation.Kind.values:
        raise ComplaintError(_("Unknown kind of retaliation."))
    _not_future(on, _("The date"))
    if complaint is not None:
        if complaint.case_id != case.pk:
            raise ComplaintError(_("That complaint belongs to another case."))
        if complaint.filed_on is not None and on < complaint.filed_on:
            raise ComplaintError(_("Retaliation for a complaint cannot come before it was "
                                   "filed."))
    with transaction.atomic():
        event = Retaliation.objects.create(case=case, complaint=complaint, kind=kind, on=on,
                                           note=note, recorded_by=_user(actor))
        record(actor, "retaliation.record", "case", case.number, kind=kind,
               complaint=complaint.reference if complaint else "")
    return event


def do_raise_flag(actor: Actor, case: Case, kind: str, note: str = "") -> RiskFlag:
    if kind not in RiskFlag.Kind.values:
        raise ComplaintError(_("Unknown risk."))
    with transaction.atomic():
        flag = RiskFlag.objects.create(case=case, kind=kind, note=note, raised_by=_user(actor),
                                       raised_at=timezone.now())
        if case.priority != Case.Priority.URGENT:
            case.priority = Case.Priority.URGENT
            case.save(update_fields=["priority"])
        record(actor, "flag.raise", "case", case.number, kind=kind)
    return flag


def do_resolve_flag(actor: Actor, flag: RiskFlag) -> None:
    with transaction.atomic():
        flag.resolved_at = timezone.now()
        flag.save(update_fields=["resolved_at"])
        record(actor, "flag.resolve", "case", flag.case.number, kind=flag.kind)
