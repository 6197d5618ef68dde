"""What an accepted proposal writes into the record, and how a later decision takes it back.

Accepting a proposal codes the letter's incident: its region, facility and date, and the act's
methods, purposes, consequences, type of place and perpetrators. Three rules:

- Coding already in the record is never overwritten. A proposal that disagrees with a field a
  person has filled (another region, another date) is written nowhere; the decision is kept
  and the review page says what the record holds instead.
- What a proposal wrote is noted on it (Suggestion.applied). Rejecting it later, or changing
  its code, takes back exactly that, unless the record has since been changed by hand or
  another accepted proposal says the same thing, which then takes it over.
- The letter's incident is the one the letter is linked to; a letter linked to none codes the
  case's first recorded incident, and a case without incidents gets one. Methods go on that
  incident's first act; a case with no victim recorded has no act to hold them.

The caller holds the transaction and writes the audit entry (kuager.coding.actions.decide).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from kuager.cases.models import Act, Case, CasePerson, Incident, Information, Involvement
from kuager.coding.engine import VOCABULARIES
from kuager.coding.models import Suggestion
from kuager.evidence.models import EvidenceItem
from kuager.lib.dates import parse_fuzzy_date
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

# Fields whose code goes on the incident, and the attribute it fills.
ON_INCIDENT = {"regions": "region", "facilities": "facility", "dates": "date"}
# Fields whose codes are added to one of the act's lists of terms.
ON_ACT_LIST = {"methods": "methods", "purposes": "purposes", "consequences": "consequences",
               "urgency": "consequences"}


@dataclass
class Outcome:
    """What accepting did: the changes written, and why nothing was written when it wasn't."""

    changes: list[dict[str, Any]]
    note: str = ""


def _case_of(suggestion: Suggestion) -> Case:
    source = suggestion.information or suggestion.evidence  # one of them, by constraint
    return source.case  # type: ignore[union-attr]


def _incident(source: Information | EvidenceItem, case: Case) -> tuple[Incident, bool]:
    # Read afresh: an earlier decision in this request may have changed it.
    linked = Incident.objects.filter(pk=source.incident_id).first() if source.incident_id else None
    if linked is not None:
        return linked, False
    found = case.incidents.order_by("id").first()
    if found is not None:
        return found, False
    return Incident.objects.create(case=case, place_detail="", description=""), True


def _act(incident: Incident, case: Case) -> Act | None:
    act = incident.acts.order_by("id").first()
    if act is not None:
        return act
    victim = (CasePerson.objects.filter(case=case, role=CasePerson.Role.VICTIM)
              .order_by("id").first())
    if victim is None:
        return None
    return Act.objects.create(incident=incident, victim_id=victim.person_id)


def apply(suggestion: Suggestion, code: str) -> Outcome:
    """Write an accepted code into the record; returns what was written."""
    source = suggestion.information or suggestion.evidence
    if source is None:  # the check constraint makes this impossible
        raise ValueError("a suggestion without a letter")
    case = source.case
    incident, created = _incident(source, case)
    changes: list[dict[str, Any]] = []
    if created:
        changes.append({"on": "incident", "pk": incident.pk, "attr": "created", "code": ""})
        if source.incident_id is None:
            source.incident = incident
            source.save(update_fields=["incident"])
    field = suggestion.field
    if field in ON_INCIDENT:
        note = _apply_to_incident(incident, ON_INCIDENT[field], code, changes)
        refresh_case_facets(case)
        return Outcome(changes, note)
    act = _act(incident, case)
    if act is None:
        return Outcome(changes, _("The case has no victim recorded, so there is no act to hold "
                                  "this code. Add the victim, then accept again."))
    term = Term.objects.of(VOCABULARIES[field]).filter(code=code).first()
    if term is None:
        return Outcome(changes, _("This code is no longer in the vocabulary."))
    if field in ON_ACT_LIST:
        terms = getattr(act, ON_ACT_LIST[field])
        if not terms.filter(pk=term.pk).exists():
            terms.add(term)
            changes.append({"on": "act", "pk": act.pk, "attr": ON_ACT_LIST[field],
                            "code": code})
        return Outcome(changes)
    if field == "place_kinds":
        if act.location_type_id is None:
            act.location_type = term
            act.save(update_fields=["location_type"])
            changes.append({"on": "act", "pk": act.pk, "attr": "location_type", "code": code})
        elif act.location_type_id != term.pk:
            return Outcome(changes, _("The record already gives another type of place; it "
                                      "was kept."))
        return Outcome(changes)
    # perpetrators
    if not act.involvements.filter(perpetrator_type=term).exists():
        involvement = Involvement.objects.create(act=act, perpetrator_type=term,
                                                 description="")
        changes.append({"on": "involvement", "pk": involvement.pk, "attr": "perpetrator_type",
                        "code": code})
    return Outcome(changes)


def _apply_to_incident(incident: Incident, attr: str, code: str,
                       changes: list[dict[str, Any]]) -> str:
    if attr == "date":
        when = parse_fuzzy_date(code)
        if incident.date_start is None:
            incident.date_start, incident.date_end = when.start, when.end
            incident.date_precision = when.precision.value
            incident.save(update_fields=["date_start", "date_end", "date_precision"])
            changes.append({"on": "incident", "pk": incident.pk, "attr": "date", "code": code})
            return ""
        if (incident.date_start, incident.date_end) == (when.start, when.end):
            return ""
        return _("The incident already has another date; it was kept.")
    current = getattr(incident, f"{attr}_id")
    wanted: Region | Facility
    if attr == "region":
        wanted = Region.objects.get(code=code)
    else:
        wanted = Facility.objects.get(legacy_code=code)
    if current is None:
        setattr(incident, attr, wanted)
        incident.save(update_fields=[attr])
        changes.append({"on": "incident", "pk": incident.pk, "attr": attr, "code": code})
        return ""
    if current == wanted.pk:
        return ""
    if attr == "region":
        return _("The incident already has another region; it was kept.")
    return _("The incident already has another place of detention; it was kept.")


def take_back(suggestion: Suggestion) -> list[dict[str, Any]]:
    """Undo what an earlier acceptance wrote; returns what was undone. A change another
    accepted proposal of the same case also supports passes to that proposal instead."""
    undone: list[dict[str, Any]] = []
    case = _case_of(suggestion)
    for change in suggestion.applied:
        if change["attr"] == "created":
            continue  # an incident made to hold coding stays: it may hold other coding now
        heir = _other_support(suggestion, case, change)
        if heir is not None:
            heir.applied = [*heir.applied, change]
            heir.save(update_fields=["applied"])
            continue
        if _undo(change):
            undone.append(change)
    suggestion.applied = []
    refresh_case_facets(case)
    return undone


def _other_support(suggestion: Suggestion, case: Case, change: dict[str, Any]
                   ) -> Suggestion | None:
    Status = Suggestion.Status
    others = Suggestion.objects.filter(
        Q(information__case=case) | Q(evidence__case=case), field=suggestion.field,
        status__in=(Status.ACCEPTED, Status.EDITED),
    ).exclude(pk=suggestion.pk)
    return next((s for s in others if s.final_code == change["code"]), None)


def _undo(change: dict[str, Any]) -> bool:
    """Reverse one change if the record still holds what it wrote."""
    on, pk, attr, code = change["on"], change["pk"], change["attr"], change["code"]
    if on == "involvement":
        return Involvement.objects.filter(pk=pk, perpetrator__isnull=True,
                                          perpetrator_type__code=code).delete()[0] > 0
    if on == "act":
        act = Act.objects.filter(pk=pk).first()
        if act is None:
            return False
        if attr == "location_type":
            if act.location_type is None or act.location_type.code != code:
                return False
            act.location_type = None
            act.save(update_fields=["location_type"])
            return True
        terms = getattr(act, attr)
        term = terms.filter(code=code).first()
        if term is None:
            return False
        terms.remove(term)
        return True
    incident = Incident.objects.filter(pk=pk).select_related("region", "facility").first()
    if incident is None:
        return False
    if attr == "date":
        when = parse_fuzzy_date(code)
        if (incident.date_start, incident.date_end) != (when.start, when.end):
            return False
        incident.date_start = incident.date_end = None
        incident.date_precision = ""
        incident.save(update_fields=["date_start", "date_end", "date_precision"])
        return True
    held = getattr(incident, attr)
    if held is None or (held.code if attr == "region" else held.legacy_code) != code:
        return False
    setattr(incident, attr, None)
    incident.save(update_fields=[attr])
    return True


def refresh_case_facets(case: Case) -> None:
    """The case's list facets are its first recorded incident's place and date (see Case)."""
    first = case.incidents.order_by("id").first()
    case.region_id = first.region_id if first else None
    case.facility_id = first.facility_id if first else None
    case.incident_start = first.date_start if first else None
    case.incident_end = first.date_end if first else None
    case.save(update_fields=["region", "facility", "incident_start", "incident_end"])
