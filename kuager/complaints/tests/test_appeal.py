"""The urgent appeal draft holds only what the victim consented to share."""

import datetime as dt

import pytest

from kuager.cases.models import Case, CasePerson, Consent
from kuager.complaints.actions import do_file_complaint, do_raise_flag
from kuager.complaints.appeal import NoConsent, draft_urgent_appeal
from kuager.testing import make_case, term

pytestmark = pytest.mark.django_db


def consent(case: Case, purpose: str, granted: bool, on: dt.date = dt.date(2024, 1, 1),
            withdrawn: dt.date | None = None) -> None:
    person = CasePerson.objects.get(case=case).person
    Consent.objects.create(case=case, person=person, purpose=purpose, granted=granted,
                           obtained_on=on, note="", withdrawn_on=withdrawn)


def test_without_consent_to_share_with_the_un_there_is_no_draft() -> None:
    case = make_case("Айгерим Семёнова")
    with pytest.raises(NoConsent, match="UN bodies"):
        draft_urgent_appeal(case)
    consent(case, Consent.Purpose.UN, True, withdrawn=dt.date(2024, 2, 1))
    with pytest.raises(NoConsent):
        draft_urgent_appeal(case)


def test_name_is_withheld_without_consent_to_use_it() -> None:
    case = make_case("Айгерим Семёнова", narrative="Меня избили в ШИЗО.",
                     methods=[term("methods", "030100000000")])
    consent(case, Consent.Purpose.UN, True)
    consent(case, Consent.Purpose.NAME, False)
    do_file_complaint(None, case, term("channels", "920000000000"), dt.date(2024, 1, 5),
                      office="Prosecutor")
    do_raise_flag(None, case, "hunger")
    draft = draft_urgent_appeal(case)
    assert "Семёнова" not in draft.text
    assert "withheld" in draft.text
    assert "Меня избили в ШИЗО." in draft.text
    assert "Prosecutor" in draft.text and "Hunger strike" in draft.text


def test_name_appears_with_consent_and_the_newest_decision_wins() -> None:
    case = make_case("Айгерим Семёнова")
    consent(case, Consent.Purpose.UN, True)
    consent(case, Consent.Purpose.NAME, False, on=dt.date(2024, 1, 1))
    consent(case, Consent.Purpose.NAME, True, on=dt.date(2024, 3, 1))
    assert "Айгерим Семёнова" in draft_urgent_appeal(case).text
