"""Status histories, deadlines across Kazakhstan's time-zone change, retaliation, flags, and
the funnel on a known dataset."""

import datetime as dt
import itertools

import pytest

from kuager.audit.models import AuditEntry
from kuager.cases.models import Case
from kuager.complaints.actions import (
    ComplaintError,
    do_change_status,
    do_file_complaint,
    do_raise_flag,
    do_record_retaliation,
)
from kuager.complaints.deadlines import due_on, local_today
from kuager.complaints.funnel import funnel
from kuager.complaints.models import Complaint, Retaliation
from kuager.testing import make_case, term

pytestmark = pytest.mark.django_db
PROSECUTOR = "920000000000"
APPEAL_COURT = "930300000000"


def file(case: Case, code: str = PROSECUTOR, on: dt.date = dt.date(2023, 1, 10)) -> Complaint:
    return do_file_complaint(None, case, term("channels", code), on, office="Prosecutor")


def test_status_history_keeps_every_step_and_flags_the_unusual() -> None:
    complaint = file(make_case())
    do_change_status(None, complaint, "registered", dt.date(2023, 1, 20))
    do_change_status(None, complaint, "convicted", dt.date(2023, 2, 1))  # skipped the trial
    steps = [(h.status, h.unusual) for h in complaint.history.all()]
    assert steps == [("filed", False), ("registered", False), ("convicted", True)]
    complaint.refresh_from_db()
    assert (complaint.status, complaint.status_on) == ("convicted", dt.date(2023, 2, 1))
    assert AuditEntry.objects.filter(action="complaint.status").count() == 2


def test_refusal_records_the_grounds_given() -> None:
    complaint = file(make_case())
    change = do_change_status(None, complaint, "closed", dt.date(2023, 3, 1),
                              ground=term("refusal_grounds", "930000000000"))
    assert change.ground is not None and "self-inflicted" in change.ground.label_en
    assert AuditEntry.objects.filter(detail__ground="930000000000").exists()


def test_late_recorded_older_step_does_not_overwrite_the_current_status() -> None:
    complaint = file(make_case())
    do_change_status(None, complaint, "registered", dt.date(2023, 3, 1))
    do_change_status(None, complaint, "no_response", dt.date(2023, 2, 1))
    complaint.refresh_from_db()
    assert complaint.status == "registered"


def test_answer_before_the_complaint_is_refused_and_changes_nothing() -> None:
    complaint = file(make_case())
    with pytest.raises(ComplaintError, match="before the complaint"):
        do_change_status(None, complaint, "registered", dt.date(2022, 12, 31))
    assert complaint.history.count() == 1
    with pytest.raises(ComplaintError, match="Unknown status"):
        do_change_status(None, complaint, "vanished", dt.date(2023, 2, 1))


def test_unknown_channel_and_future_dates_are_refused() -> None:
    case = make_case()
    with pytest.raises(ComplaintError, match="Unknown channel"):
        do_file_complaint(None, case, term("methods", "030100000000"), dt.date(2023, 1, 1))
    with pytest.raises(ComplaintError, match="future"):
        do_file_complaint(None, case, term("channels", PROSECUTOR), dt.date(2999, 1, 1))
    assert Complaint.objects.count() == 0


def test_deadline_uses_the_channel_or_its_parent_channel() -> None:
    case = make_case()
    assert due_on(file(case, PROSECUTOR)) == dt.date(2023, 1, 25)  # 15 days
    assert due_on(file(case, APPEAL_COURT)) == dt.date(2023, 2, 9)  # courts: 30 days


def test_today_is_right_across_the_2024_time_zone_change() -> None:
    # 18:30 UTC: in Almaty 00:30 next day while UTC+6 (2023), 23:30 same day at UTC+5 (2024).
    before = dt.datetime(2023, 6, 1, 18, 30, tzinfo=dt.UTC)
    after = dt.datetime(2024, 6, 1, 18, 30, tzinfo=dt.UTC)
    assert local_today(before, "Asia/Almaty") == dt.date(2023, 6, 2)
    assert local_today(after, "Asia/Almaty") == dt.date(2024, 6, 1)
    assert local_today(before, "Asia/Aqtobe") == dt.date(2023, 6, 1)  # always UTC+5


def test_retaliation_follows_its_complaint_and_is_counted() -> None:
    case = make_case()
    complaint = file(case)
    do_record_retaliation(None, case, "cell", dt.date(2023, 1, 15), complaint)
    do_record_retaliation(None, case, "transfer", dt.date(2023, 2, 1), complaint)
    with pytest.raises(ComplaintError, match="before it was filed"):
        do_record_retaliation(None, case, "beating", dt.date(2023, 1, 1), complaint)
    with pytest.raises(ComplaintError, match="another case"):
        do_record_retaliation(None, make_case(), "beating", dt.date(2023, 2, 1), complaint)
    assert complaint.retaliation.count() == 2
    assert Retaliation.objects.count() == 2
    assert funnel(Case.objects.all()).retaliation == {"cell": 1, "transfer": 1}


def test_raising_a_flag_makes_the_case_urgent() -> None:
    case = make_case()
    do_raise_flag(None, case, "hunger")
    case.refresh_from_db()
    assert case.priority == "urgent"
    with pytest.raises(ComplaintError):
        do_raise_flag(None, case, "boredom")


def test_funnel_counts_a_known_dataset_and_never_grows() -> None:
    received = dt.date(2023, 1, 1)
    cases = [make_case(received_on=received) for _ in range(6)]
    steps = {
        1: [],  # an allegation without a complaint
        2: ["registered", "closed"],  # closed as not proven
        3: ["registered", "investigation", "closed"],
        4: ["registered", "investigation", "charges", "trial", "acquitted"],
        5: ["registered", "investigation", "charges", "trial", "convicted"],
    }
    for index, case in enumerate(cases[:5], start=1):
        if index == 1:
            continue
        complaint = file(case, on=dt.date(2023, 1, 11))
        for day, status in enumerate(steps[index], start=1):
            do_change_status(None, complaint, status, dt.date(2023, 2, day))
    file(cases[5], on=dt.date(2023, 1, 11))  # filed, no answer
    result = funnel(Case.objects.all())
    counts = [s.cases for s in result.stages]
    assert result.allegations == 6
    assert counts == [5, 4, 3, 2, 2, 1]
    assert all(later <= earlier for earlier, later in itertools.pairwise(counts))
    assert result.not_proven == 2
    assert result.not_proven_share == 0.5
    assert result.stages[0].median_days == 10
    assert result.stages[-1].median_days == 35  # 2023-02-05 minus 2023-01-01


def test_cli_funnel_prints_json_and_filters_by_region() -> None:
    import io
    import json

    from django.core.management import CommandError, call_command

    from kuager.testing import region

    karaganda = make_case(region=region("KZ-35"))
    do_change_status(None, file(karaganda), "registered", dt.date(2023, 2, 1))
    file(make_case(region=region("KZ-75")))
    out = io.StringIO()
    call_command("stats", "funnel", "--json", "--region", "Karaganda", stdout=out)
    answer = json.loads(out.getvalue())
    assert answer["allegations"] == 1
    assert [s["cases"] for s in answer["stages"]][:2] == [1, 1]
    out = io.StringIO()
    call_command("stats", "funnel", stdout=out)
    assert "Complaints filed" in out.getvalue()
    with pytest.raises(CommandError, match="Unknown region"):
        call_command("stats", "funnel", "--region", "Atlantis")


def test_reminders_go_only_when_configured_and_hold_no_names(settings: object) -> None:
    from django.core import mail

    from kuager.accounts.models import Role
    from kuager.complaints.reminders import send_reminders
    from kuager.testing import make_user

    lawyer = make_user("lawyer", Role.LAWYER, email="lawyer@example.org")
    case = make_case("Айгерим Семёнова", team=(lawyer,))
    do_file_complaint(lawyer, case, term("channels", PROSECUTOR), dt.date(2024, 1, 1))
    settings.EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"  # type: ignore[attr-defined]
    assert send_reminders(dt.date(2024, 2, 1)) == 0  # no mail server configured
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"  # type: ignore[attr-defined]
    assert send_reminders(dt.date(2024, 2, 1)) == 1
    body = mail.outbox[0].body
    assert case.number in body and "OVERDUE" in body
    assert "Семёнова" not in body
