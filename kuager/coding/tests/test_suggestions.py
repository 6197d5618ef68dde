"""Proposals stored for imported and scanned letters, urgent ones raising risk flags, and
a person's accept / change / reject with who, when and the rule kept."""

import io
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command

from kuager.accounts.models import Role
from kuager.audit.models import AuditEntry
from kuager.cases.models import Case, Information
from kuager.coding.actions import DecisionError, decide, suggest, suggestions_for_user
from kuager.coding.models import Suggestion
from kuager.complaints.models import RiskFlag
from kuager.evidence.models import EvidenceItem
from kuager.testing import make_case, make_user

pytestmark = pytest.mark.django_db
Status = Suggestion.Status
LETTER = ("Пишу из колонии в Долинке. Сотрудники надели мне на голову пакет и били ногами. "
          "Я объявил голодовку.")


def test_an_import_has_its_letters_coded_in_the_background(
        tmp_path: Path, django_capture_on_commit_callbacks: Any) -> None:
    table = tmp_path / "letters.csv"
    table.write_text("victim_name,birth_year,region,facility,incident_date,methods,narrative,"
                     "source\nСинтетический Человек,,,,,,\"" + LETTER + "\",Letter\n",
                     encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("import_cases", str(table), stdout=io.StringIO())
    information = Information.objects.get()
    made = {(s.field, s.code) for s in Suggestion.objects.filter(information=information)}
    assert {("methods", "030902000000"), ("methods", "030101000000"),
            ("facilities", "АК-159/7"), ("regions", "KZ-35"),
            ("perpetrators", "010105000000"), ("urgency", "930000000000")} <= made
    assert all(s.status == Status.PROPOSED and s.rules_version for s in
               Suggestion.objects.filter(information=information))
    bag = Suggestion.objects.get(information=information, code="030902000000")
    assert LETTER[bag.start:bag.end] == "голову пакет"
    # The hunger strike puts the case in the urgent queue.
    flag = RiskFlag.objects.get(case=information.case)
    assert flag.kind == RiskFlag.Kind.HUNGER_STRIKE and flag.resolved_at is None
    entry = AuditEntry.objects.get(action="coding.suggest")
    assert entry.detail["flags"] == ["hunger"] and "голов" not in str(entry.detail)


def test_a_scanned_letter_is_coded_after_its_text_is_read(
        tmp_path: Path, settings: Any, django_capture_on_commit_callbacks: Any) -> None:
    storages = dict(settings.STORAGES)
    storages["evidence"] = {"BACKEND": "django.core.files.storage.FileSystemStorage",
                            "OPTIONS": {"location": tmp_path / "vault"}}
    settings.STORAGES = storages
    case = make_case()
    (tmp_path / "letter.txt").write_text("Меня душили в ЛА-155/8.", encoding="utf-8")
    with django_capture_on_commit_callbacks(execute=True):
        call_command("evidence", "add", case.number, str(tmp_path / "letter.txt"),
                     "--kind", "letter", stdout=io.StringIO(), stderr=io.StringIO())
    item = EvidenceItem.objects.get(case=case)
    codes = set(Suggestion.objects.filter(evidence=item).values_list("code", flat=True))
    assert {"031000000000", "ЛА-155/8"} <= codes


def test_running_again_proposes_nothing_twice_and_keeps_rejections() -> None:
    case = make_case(narrative=LETTER)
    information = Information.objects.get(case=case)
    first = suggest(information)
    bag = next(s for s in first if s.code == "030902000000")
    decide(None, bag, Status.REJECTED)
    assert suggest(information) == []
    bag.refresh_from_db()
    assert bag.status == Status.REJECTED
    assert RiskFlag.objects.filter(case=case).count() == 1


def test_accept_change_and_reject_keep_who_when_and_the_rule() -> None:
    user = make_user("coder", Role.DOCUMENTER)
    case = make_case(narrative=LETTER)
    suggestions = {s.code: s for s in suggest(Information.objects.get(case=case))}
    kicking, bag, staff = (suggestions["030101000000"], suggestions["030902000000"],
                           suggestions["010105000000"])
    decide(user, kicking, Status.ACCEPTED)
    decide(user, bag, Status.EDITED, "030901000000")  # water, not a bag
    decide(user, staff, Status.REJECTED)
    for s in (kicking, bag, staff):
        s.refresh_from_db()
        assert s.decided_by == user and s.decided_at is not None and s.rule
    assert (kicking.final_code, bag.final_code, staff.final_code) == (
        "030101000000", "030901000000", "")
    trail = list(AuditEntry.objects.filter(action__in=[
        "coding.accepted", "coding.edited", "coding.rejected"]).order_by("seq"))
    assert [(e.action, e.actor) for e in trail] == [
        ("coding.accepted", user), ("coding.edited", user), ("coding.rejected", user)]
    assert trail[1].detail["chosen"] == "030901000000" and trail[1].detail["case"] == case.number


@pytest.mark.parametrize(("status", "code", "message"), [
    ("edited", "", "Give the code"),
    ("edited", "999999999999", "not a known code"),
    ("edited", "x" * 41, "Give the code"),
    ("maybe", "", "accept, change or reject"),
])
def test_a_bad_decision_is_refused_and_changes_nothing(status: str, code: str,
                                                       message: str) -> None:
    case = make_case(narrative=LETTER)
    suggestion = suggest(Information.objects.get(case=case))[0]
    before = AuditEntry.objects.count()
    with pytest.raises(DecisionError, match=message):
        decide(None, suggestion, status, code)
    suggestion.refresh_from_db()
    assert suggestion.status == Status.PROPOSED and AuditEntry.objects.count() == before


@pytest.mark.parametrize(("field", "code", "valid"), [
    ("regions", "KZ-35", True), ("regions", "KZ-99", False),
    ("facilities", "АК-159/7", True), ("facilities", "АК-000/0", False),
    ("dates", "2021-03", True), ("dates", "2021-02-30", False), ("dates", "март", False),
])
def test_a_changed_code_must_exist_for_its_field(field: str, code: str, valid: bool) -> None:
    case = make_case(narrative=LETTER)
    information = Information.objects.get(case=case)
    suggestion = Suggestion.objects.create(information=information, field=field, code="x",
                                           start=0, end=1, confidence=0.5, rule="test",
                                           rules_version="test")
    if valid:
        decide(None, suggestion, Status.EDITED, code)
        assert suggestion.final_code == code
    else:
        with pytest.raises(DecisionError):
            decide(None, suggestion, Status.EDITED, code)


def test_only_people_who_may_open_the_case_see_its_suggestions() -> None:
    owner = make_user("owner", Role.DOCUMENTER)
    outsider = make_user("outsider", Role.DOCUMENTER)
    case = make_case(narrative=LETTER, team=(owner,))
    suggest(Information.objects.get(case=case))
    for user in (owner, outsider):  # as django-otp marks a request's user after a second factor
        user.is_verified = lambda: True  # type: ignore[attr-defined]
    assert suggestions_for_user(owner).count() > 0
    assert suggestions_for_user(outsider).count() == 0
    assert Case.objects.count() == 1


def test_the_job_reads_its_letters_in_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    from kuager.coding import tasks

    monkeypatch.setattr(tasks, "CHUNK", 1)
    ids = [Information.objects.get(case=make_case(narrative=LETTER)).pk for _ in range(3)]
    tasks.run_suggestions(ids, [])
    assert Suggestion.objects.values("information").distinct().count() == 3
