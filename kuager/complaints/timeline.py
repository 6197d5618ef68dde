"""One case's story in date order: accounts, incidents, evidence, complaints, answers,
retaliation and risk flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.utils.translation import gettext as _

from kuager.cases.models import Case, Information
from kuager.complaints.models import Retaliation, RiskFlag, StatusChange
from kuager.evidence.models import EvidenceItem


@dataclass
class Event:
    on: dt.date
    kind: str  # css class: account, incident, evidence, complaint, retaliation, flag
    text: str
    unusual: bool = False


def timeline(case: Case) -> list[Event]:
    events: list[Event] = []
    for info in Information.objects.filter(case=case).select_related("source_type"):
        if info.received_on:
            label = info.source_type.label if info.source_type else _("Account")
            events.append(Event(info.received_on, "account", str(label)))
    for incident in case.incidents.select_related("facility", "region"):
        if incident.date_start:
            place = incident.facility or (incident.region.name if incident.region else "")
            events.append(Event(incident.date_start, "incident",
                                _("Incident (%(when)s) %(place)s") % {
                                    "when": incident.when, "place": place}))
    for item in EvidenceItem.objects.filter(case=case):
        events.append(Event(item.acquired_at.date(), "evidence",
                            f"{item.reference}: {item.get_kind_display()}"))
    for change in StatusChange.objects.filter(complaint__case=case).select_related(
            "complaint__channel"):
        events.append(Event(change.on, "complaint",
                            f"{change.complaint.reference} {change.complaint.channel.label}: "
                            f"{change.get_status_display()}", change.unusual))
    for event in Retaliation.objects.filter(case=case):
        events.append(Event(event.on, "retaliation",
                            _("Retaliation: %(what)s") % {"what": event.get_kind_display()}))
    for flag in RiskFlag.objects.filter(case=case):
        events.append(Event(flag.raised_at.date(), "flag",
                            _("Risk raised: %(what)s") % {"what": flag.get_kind_display()}))
    return sorted(events, key=lambda e: e.on)
