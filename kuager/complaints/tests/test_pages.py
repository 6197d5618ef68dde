"""The complaints pages as people use them."""

import datetime as dt

from django.urls import reverse

from kuager.audit.models import AuditEntry
from kuager.complaints.actions import do_change_status, do_file_complaint, do_raise_flag
from kuager.complaints.models import Complaint, Retaliation
from kuager.testing import KuagerTestCase, make_case, sign_in, term

PROSECUTOR = "920000000000"


class ComplaintPages(KuagerTestCase):
    def setUp(self) -> None:
        self.case = make_case(team=(self.owner,))
        sign_in(self.client, self.owner)
        self.page = reverse("complaints:case", args=[self.case.number])

    def test_complaint_answer_and_retaliation_appear_on_the_timeline(self) -> None:
        self.client.post(reverse("complaints:add", args=[self.case.number]), {
            "channel": term("channels", PROSECUTOR).pk, "filed_on": "2024-03-01",
            "office": "Prosecutor of Karaganda Region", "references": "ЕРДР 241000000000"})
        complaint = Complaint.objects.get()
        self.client.post(reverse("complaints:status", args=[self.case.number, complaint.pk]),
                         {"status": "refused", "on": "2024-03-20"})
        self.client.post(reverse("complaints:retaliation", args=[self.case.number]),
                         {"kind": "cell", "on": "2024-03-05", "complaint": complaint.pk})
        page = self.client.get(self.page)
        self.assertContains(page, "Registration refused")
        self.assertContains(page, "Punishment cell")
        self.assertContains(page, "ЕРДР 241000000000")
        timeline = page.content.decode().split('class="timeline"')[1]
        self.assertLess(timeline.index("Filed"), timeline.index("Punishment cell"))
        self.assertLess(timeline.index("Punishment cell"), timeline.index("Registration refused"))
        self.assertEqual(AuditEntry.objects.filter(target_ref=complaint.reference).count(), 2)

    def test_answer_dated_before_the_complaint_is_explained_and_not_saved(self) -> None:
        complaint = do_file_complaint(None, self.case, term("channels", PROSECUTOR),
                                      dt.date(2024, 3, 1))
        response = self.client.post(
            reverse("complaints:status", args=[self.case.number, complaint.pk]),
            {"status": "registered", "on": "2024-02-01"}, follow=True)
        self.assertContains(response, "cannot be dated before the complaint")
        self.assertEqual(complaint.history.count(), 1)

    def test_unknown_channel_is_refused(self) -> None:
        response = self.client.post(reverse("complaints:add", args=[self.case.number]), {
            "channel": term("methods", "030100000000").pk, "filed_on": "2024-03-01"})
        self.assertEqual(response.status_code, 400)
        self.assertEqual(Complaint.objects.count(), 0)

    def test_complaint_on_a_case_the_person_cannot_see_is_404(self) -> None:
        other = make_case()
        response = self.client.post(reverse("complaints:add", args=[other.number]), {
            "channel": term("channels", PROSECUTOR).pk, "filed_on": "2024-03-01"})
        self.assertEqual(response.status_code, 404)
        self.assertEqual(Complaint.objects.count(), 0)

    def test_overdue_answer_is_listed(self) -> None:
        do_file_complaint(self.owner, self.case, term("channels", PROSECUTOR),
                          dt.date(2024, 1, 1))
        page = self.client.get(reverse("complaints:deadlines"))
        self.assertContains(page, self.case.number)
        self.assertContains(page, "overdue by")

    def test_hunger_strike_puts_the_case_at_the_top_of_the_urgent_queue(self) -> None:
        transfer_case = make_case(team=(self.owner,))
        do_raise_flag(None, transfer_case, "transfer")
        self.client.post(reverse("complaints:flag", args=[self.case.number]),
                         {"kind": "hunger"})
        page = self.client.get(reverse("complaints:urgent")).content.decode()
        self.assertLess(page.index(self.case.number), page.index(transfer_case.number))

    def test_funnel_page_draws_svg_and_offers_csv(self) -> None:
        self.case.received_on = dt.date(2024, 1, 1)
        self.case.save(update_fields=["received_on"])
        complaint = do_file_complaint(None, self.case, term("channels", PROSECUTOR),
                                      dt.date(2024, 1, 1))
        do_change_status(None, complaint, "registered", dt.date(2024, 1, 5))
        page = self.client.get(reverse("complaints:funnel"))
        self.assertContains(page, "<svg")
        self.assertContains(page, "Registered")
        csv = self.client.get(reverse("complaints:funnel_csv")).content.decode()
        self.assertIn("registered,1,4", csv)

    def test_analyst_sees_the_funnel_of_the_whole_organisation(self) -> None:
        make_case()  # a case the analyst's colleagues hold, not on any team
        sign_in(self.client, self.analyst)
        page = self.client.get(reverse("complaints:funnel"))
        self.assertEqual(page.context["funnel"].allegations, 2)

    def test_retaliation_counts_per_case(self) -> None:
        complaint = do_file_complaint(None, self.case, term("channels", PROSECUTOR),
                                      dt.date(2024, 1, 1))
        for kind in ("cell", "transfer"):
            self.client.post(reverse("complaints:retaliation", args=[self.case.number]),
                             {"kind": kind, "on": "2024-01-10", "complaint": complaint.pk})
        self.assertEqual(Retaliation.objects.filter(complaint=complaint).count(), 2)


class FunnelFilters(KuagerTestCase):
    def test_funnel_page_filters_by_channel_and_counts_retaliation(self) -> None:
        from kuager.complaints.actions import do_record_retaliation

        case = make_case(team=(self.owner,))
        other = make_case(team=(self.owner,))
        prosecutor = do_file_complaint(None, case, term("channels", PROSECUTOR),
                                       dt.date(2024, 1, 1))
        do_file_complaint(None, other, term("channels", "940000000000"), dt.date(2024, 1, 1))
        do_record_retaliation(None, case, "cell", dt.date(2024, 1, 3), prosecutor)
        sign_in(self.client, self.owner)
        page = self.client.get(reverse("complaints:funnel"),
                               {"channel": term("channels", PROSECUTOR).pk})
        self.assertEqual(page.context["funnel"].allegations, 1)
        self.assertContains(page, "Punishment cell")


class ResponsePeriods(KuagerTestCase):
    def test_coordinator_changes_a_period_and_the_deadline_follows(self) -> None:
        from kuager.complaints.deadlines import due_on
        from kuager.complaints.models import ResponsePeriod

        period = ResponsePeriod.objects.get(channel=term("channels", PROSECUTOR))
        sign_in(self.client, self.coordinator)
        self.client.post(reverse("admin:complaints_responseperiod_change", args=[period.pk]),
                         {"channel": period.channel_id, "days": 10})
        complaint = do_file_complaint(None, make_case(), term("channels", PROSECUTOR),
                                      dt.date(2024, 1, 1))
        self.assertEqual(due_on(complaint), dt.date(2024, 1, 11))
        self.assertTrue(AuditEntry.objects.filter(action="responseperiod.change").exists())
