# mypy: disable-error-code="union-attr,misc"
"""Accepted proposals code the record: the letter's incident, its act and perpetrators; coding
already there is kept; a later rejection or change takes back exactly what was written."""

import datetime as dt
from typing import Any

import pytest

from kuager.audit.models import AuditEntry
from kuager.cases.models import CasePerson, Incident, Information
from kuager.coding.actions import decide, suggest
from kuager.coding.models import Suggestion
from kuager.places.models import Region
from kuager.testing import make_case, region

pytestmark = pytest.mark.django_db
Status = Suggestion.Status
LETTER = ("Пишу из колонии в Долинке. 14 марта 2023 года сотрудники надели мне на голову "
          "пакет, а активисты били ногами, чтобы я забрал жалобу. В ИВС было то же самое.")


Found = dict[tuple[str, str], Suggestion]


def proposals(case_text: str = LETTER, **fields: Any) -> tuple[Information, Found]:
    case = make_case(narrative=case_text, **fields)
    information = Information.objects.get(case=case)
    return information, {(s.field, s.code): s for s in suggest(information)}


def test_accepting_codes_the_letters_incident_and_the_case_facets() -> None:
    information, found = proposals()
    for key in [("regions", "KZ-35"), ("facilities", "АК-159/7"), ("dates", "2023-03-14"),
                ("methods", "030902000000"), ("purposes", "920000000000"),
                ("perpetrators", "910000000000"), ("place_kinds", "930000000000")]:
        assert decide(None, found[key], Status.ACCEPTED) == ""
    incident = Incident.objects.get(pk=information.incident_id)
    assert (incident.region.code, incident.facility.legacy_code) == ("KZ-35", "АК-159/7")
    assert (incident.date_start, incident.date_end, incident.date_precision) == (
        dt.date(2023, 3, 14), dt.date(2023, 3, 14), "day")
    act = incident.acts.get()
    assert set(act.methods.values_list("code", flat=True)) == {"030902000000"}
    assert set(act.purposes.values_list("code", flat=True)) == {"920000000000"}
    assert act.location_type.code == "930000000000"
    assert set(act.involvements.values_list("perpetrator_type__code", flat=True)) == {
        "910000000000"}
    case = incident.case
    case.refresh_from_db()
    assert (case.region.code, case.facility.legacy_code, case.incident_start) == (
        "KZ-35", "АК-159/7", dt.date(2023, 3, 14))
    entry = AuditEntry.objects.filter(action="coding.accepted").order_by("seq").last()
    assert entry is not None and entry.detail["wrote"][0]["code"] == "930000000000"
    assert entry.detail["rules"] == found[("regions", "KZ-35")].rules_version


def test_coding_already_in_the_record_is_kept() -> None:
    information, found = proposals(region=region("KZ-75"))
    note = decide(None, found[("regions", "KZ-35")], Status.ACCEPTED)
    assert "kept" in note
    incident = Incident.objects.get(pk=information.incident_id)
    assert incident.region.code == "KZ-75"
    suggestion = found[("regions", "KZ-35")]
    suggestion.refresh_from_db()
    assert suggestion.status == Status.ACCEPTED and suggestion.applied == []


def test_rejecting_later_takes_back_what_accepting_wrote() -> None:
    information, found = proposals()
    bag, place = found[("methods", "030902000000")], found[("regions", "KZ-35")]
    decide(None, bag, Status.ACCEPTED)
    decide(None, place, Status.ACCEPTED)
    decide(None, bag, Status.REJECTED)
    decide(None, place, Status.EDITED, "KZ-62")
    incident = Incident.objects.get(pk=information.incident_id)
    assert not incident.acts.get().methods.exists()
    assert incident.region.code == "KZ-62"
    incident.case.refresh_from_db()
    assert incident.case.region == Region.objects.get(code="KZ-62")
    undone = AuditEntry.objects.filter(action="coding.rejected").get().detail["undid"]
    assert undone == [{"on": "act", "pk": incident.acts.get().pk, "attr": "methods",
                       "code": "030902000000"}]


def test_a_hand_made_change_since_is_not_undone() -> None:
    information, found = proposals()
    place = found[("regions", "KZ-35")]
    decide(None, place, Status.ACCEPTED)
    Incident.objects.filter(pk=information.incident_id).update(
        region=Region.objects.get(code="KZ-71"))
    decide(None, place, Status.REJECTED)
    assert Incident.objects.get(pk=information.incident_id).region.code == "KZ-71"


def test_a_code_two_proposals_support_stays_until_both_are_rejected() -> None:
    text = "Меня били ногами. Через месяц опять били ногами."
    information, _ = proposals(text)
    kicks = list(Suggestion.objects.filter(information=information, code="030101000000"))
    assert len(kicks) == 2
    for s in kicks:
        decide(None, s, Status.ACCEPTED)
    act = Incident.objects.get(pk=information.incident_id).acts.get()
    decide(None, kicks[0], Status.REJECTED)
    assert act.methods.filter(code="030101000000").exists()
    kicks[1].refresh_from_db()
    decide(None, kicks[1], Status.REJECTED)
    assert not act.methods.filter(code="030101000000").exists()


def test_a_case_with_no_victim_keeps_the_decision_and_says_why() -> None:
    information, found = proposals()
    Incident.objects.filter(case=information.case).delete()
    CasePerson.objects.filter(case=information.case).delete()
    information.refresh_from_db()
    note = decide(None, found[("methods", "030902000000")], Status.ACCEPTED)
    assert "no victim" in note
    decide(None, found[("regions", "KZ-35")], Status.ACCEPTED)
    # A case without incidents gets one to hold the letter's coding.
    information.refresh_from_db()
    assert information.incident is not None and information.incident.region.code == "KZ-35"
