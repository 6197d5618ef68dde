"""Linkage in the web: a partner's list imported and linked with the organisation's cases,
pairs reviewed side by side, clusters with their sources, merges undone, and the estimate
from the linked lists; names only for a coordinator who re-authenticated."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections import defaultdict
from typing import ClassVar
from unittest import mock

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.urls import reverse

from kuager.audit.models import AuditEntry
from kuager.linkage.actions import (
    decisions_in_force,
    do_decide,
    do_import_partner_list,
    do_start_run,
    latest_finished_run,
)
from kuager.linkage.clusters import Facts
from kuager.linkage.engine import Pair, settle
from kuager.linkage.histories import capture_histories
from kuager.linkage.models import (
    ClusterMember,
    LinkPair,
    LinkRun,
    PairDecision,
    PartnerList,
    PartnerRecord,
)
from kuager.linkage.tests.scenario import Scenario, build
from kuager.testing import KuagerTestCase, organisation, sign_in


class LinkageTestCase(KuagerTestCase):
    scenario: ClassVar[Scenario]
    linkage_run: ClassVar[LinkRun]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        org = organisation()
        cls.scenario = build(org)
        do_import_partner_list(cls.analyst, org, "Partners 2025", cls.scenario.partner_csv)
        from kuager.linkage.actions import run_linkage

        run = do_start_run(cls.analyst, org)  # the job waits for a commit tests never make
        run_linkage(run.pk)
        cls.linkage_run = LinkRun.objects.get(pk=run.pk)

    def truth(self, key: str) -> int:
        if key.startswith("p"):
            return self.scenario.incident_of[PartnerRecord.objects.get(pk=key[1:]).record_id]
        return self.scenario.incident_of[key]

    def clusters(self) -> dict[int, set[str]]:
        found: dict[int, set[str]] = defaultdict(set)
        for record, cluster in ClusterMember.objects.filter(run=self.linkage_run).values_list(
                "record", "cluster"):
            found[cluster].add(record)
        return found

    def cluster_of(self, key: str) -> int:
        return ClusterMember.objects.get(run=self.linkage_run, record=key).cluster

    def linked_pair(self) -> LinkPair:
        """A pair the model put in one cluster that is truly one incident."""
        for pair in LinkPair.objects.filter(run=self.linkage_run, probability__gte=0.95):
            if (self.truth(pair.left) == self.truth(pair.right)
                    and self.cluster_of(pair.left) == self.cluster_of(pair.right)):
                return pair
        raise AssertionError("no linked pair")


class ImportAndRunTests(LinkageTestCase):
    def test_the_partners_list_is_linked_with_the_organisations_own_cases(self) -> None:
        self.assertEqual(self.linkage_run.state, LinkRun.State.DONE)
        own = sum(1 for k in self.scenario.incident_of if k.startswith("a"))
        self.assertEqual(self.linkage_run.summary["records"], own + len(self.scenario.partner_rows))
        self.assertEqual(set(self.linkage_run.summary["lists"]),
                         {"Test organisation", "partner-a", "partner-b", "partner-c"})
        # Precision and recall of same-incident pairs against the synthetic truth.
        true_pairs = found_pairs = both = 0
        members = [(m, self.truth(m)) for m in ClusterMember.objects.filter(run=self.linkage_run)
                   .values_list("record", flat=True)]
        cluster = dict(ClusterMember.objects.filter(run=self.linkage_run).values_list("record",
                                                                              "cluster"))
        for i, (a, ta) in enumerate(members):
            for b, tb in members[i + 1:]:
                same_truth, same_found = ta == tb, cluster[a] == cluster[b]
                true_pairs += same_truth
                found_pairs += same_found
                both += same_truth and same_found
        self.assertGreaterEqual(both / found_pairs, 0.95)
        self.assertGreaterEqual(both / true_pairs, 0.9)

    def test_partner_names_and_numbers_are_encrypted_at_rest(self) -> None:
        row = self.scenario.partner_rows[0]
        table = PartnerRecord._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT name, record_id FROM {table}")  # noqa: S608
            stored = b"".join(bytes(a) + bytes(b) for a, b in cursor.fetchall())
        self.assertNotIn(row.name.encode(), stored)
        self.assertNotIn(row.record_id.encode(), stored)
        self.assertEqual(PartnerRecord.objects.get(partner_list__label="Partners 2025",
                                                   line=2).name, row.name)

    def test_import_and_run_are_in_the_audit_trail_without_names(self) -> None:
        entries = AuditEntry.objects.filter(action__startswith="linkage.")
        self.assertEqual({"linkage.import", "linkage.start", "linkage.run"},
                         set(entries.values_list("action", flat=True)))
        text = str(list(entries.values_list("detail", flat=True)))
        self.assertNotIn(self.scenario.partner_rows[0].name, text)

    def test_a_bad_row_imports_nothing_and_says_which_line(self) -> None:
        sign_in(self.client, self.analyst)
        bad = b"record_id,source,name,incident_date\n1,ngo,A B,2021-13\n"
        before = PartnerRecord.objects.count()
        response = self.client.post(reverse("linkage:import"), {
            "label": "Broken", "file": SimpleUploadedFile("list.csv", bad)})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "line 2")
        self.assertEqual(PartnerRecord.objects.count(), before)

    def test_a_file_that_is_not_a_table_is_refused_plainly(self) -> None:
        sign_in(self.client, self.coordinator)
        response = self.client.post(reverse("linkage:import"), {
            "label": "Photo", "file": SimpleUploadedFile("x.csv", b"\x89PNG\r\n\x1a\n\x00\x00")})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "binary data")

    def test_an_xlsx_list_is_imported_too(self) -> None:
        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.append(["record_id", "source", "name", "birth_year", "incident_date"])
        sheet.append(["Q-1", "ngo-x", "Серік Болатов", 1990, "2021-03"])
        sheet.append(["Q-2", "ngo-x", "Serik Bolatov", 1990, "2021"])
        buffer = io.BytesIO()
        book.save(buffer)
        sign_in(self.client, self.coordinator)
        response = self.client.post(reverse("linkage:import"), {
            "label": "Spreadsheet", "file": SimpleUploadedFile("list.xlsx", buffer.getvalue())},
            follow=True)
        self.assertContains(response, "2 records imported")
        stored = PartnerRecord.objects.filter(partner_list__label="Spreadsheet").order_by("line")
        self.assertEqual([(r.name, r.birth_year, r.date_precision) for r in stored],
                         [("Серік Болатов", 1990, "month"), ("Serik Bolatov", 1990, "year")])

    def test_a_second_linkage_waits_for_the_first_unless_the_first_was_abandoned(self) -> None:
        from kuager.linkage.actions import LinkageError

        org = organisation()
        stuck = LinkRun.objects.create(organisation=org, threshold=0.5,
                                       state=LinkRun.State.RUNNING)
        with self.assertRaises(LinkageError):
            do_start_run(self.analyst, org)
        LinkRun.objects.filter(pk=stuck.pk).update(
            created_at=stuck.created_at - dt.timedelta(hours=2))
        fresh = do_start_run(self.analyst, org)
        stuck.refresh_from_db()
        self.assertEqual((stuck.state, stuck.error), (LinkRun.State.FAILED, "abandoned"))
        self.assertEqual(fresh.state, LinkRun.State.QUEUED)

    def test_a_list_over_the_limit_is_stopped_and_nothing_is_kept(self) -> None:
        sign_in(self.client, self.analyst)
        big = b"record_id,source,name\n" + b"".join(b"%d,ngo,A B\n" % i for i in range(100))
        before = PartnerRecord.objects.count()
        with mock.patch("kuager.linkage.views.MAX_LIST_BYTES", 200):
            response = self.client.post(reverse("linkage:import"), {
                "label": "Big", "file": SimpleUploadedFile("list.csv", big)})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "larger than 20 MB")
        self.assertEqual(PartnerRecord.objects.count(), before)

    def test_importing_through_the_page_starts_a_linkage(self) -> None:
        sign_in(self.client, self.analyst)
        extra = b"record_id,source,name\nX1,ngo-d,Test Record\n"
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(reverse("linkage:import"), {
                "label": "One more", "file": SimpleUploadedFile("list.csv", extra)})
        self.assertRedirects(response, reverse("linkage:home"))
        newest = latest_finished_run(organisation())
        assert newest is not None
        self.assertNotEqual(newest.pk, self.linkage_run.pk)
        self.assertIn("ngo-d", newest.summary["lists"])


class ReviewTests(LinkageTestCase):
    def test_analyst_judges_a_pair_on_coded_fields_without_names(self) -> None:
        pair = LinkPair.objects.filter(run=self.linkage_run).order_by("doubt").first()
        assert pair is not None
        sign_in(self.client, self.analyst)
        page = self.client.get(reverse("linkage:pair", args=[pair.pk])).content.decode()
        self.assertIn("How the records compare", page)
        for row in self.scenario.partner_rows + self.scenario.own_rows:
            self.assertNotIn(row.name, page)
        self.assertNotIn("Show the names", page)
        self.assertFalse(AuditEntry.objects.filter(action="linkage.names_viewed").exists())

    def test_coordinator_sees_names_after_reauthenticating_and_it_is_recorded(self) -> None:
        pair = self.linked_pair()
        sign_in(self.client, self.coordinator)
        page = self.client.get(reverse("linkage:pair", args=[pair.pk])).content.decode()
        self.assertIn("Show the names", page)
        sign_in(self.client, self.coordinator, sudo=True)
        page = self.client.get(reverse("linkage:pair", args=[pair.pk])).content.decode()
        names = {r.name for r in self.scenario.partner_rows + self.scenario.own_rows}
        self.assertTrue(any(n in page for n in names))
        self.assertTrue(AuditEntry.objects.filter(action="linkage.names_viewed",
                                                  actor=self.coordinator).exists())

    def test_the_review_queue_lists_undecided_uncertain_pairs_only(self) -> None:
        sign_in(self.client, self.analyst)
        uncertain = LinkPair.objects.filter(run=self.linkage_run, probability__gte=0.05,
                                            probability__lt=0.95)
        response = self.client.get(reverse("linkage:review"))
        listed = response.context["page"].paginator.count
        self.assertGreater(listed, 0)
        self.assertEqual(listed, uncertain.count())
        first, second = response.context["pairs"][:2]
        home = self.client.get(reverse("linkage:home"))
        self.assertEqual(home.context["to_review"], listed)
        do_decide(self.analyst, organisation(), [(first.left, first.right)], "different")
        again = self.client.get(reverse("linkage:review"))
        self.assertEqual(again.context["page"].paginator.count, listed - 1)
        self.assertEqual(self.client.get(reverse("linkage:home")).context["to_review"],
                         listed - 1)
        # The pair page offers the next pair nobody has decided, not the decided one.
        page = self.client.get(reverse("linkage:pair", args=[second.pk]))
        self.assertNotEqual(page.context["next"], first.pk)
        self.assertNotEqual(page.context["next"], second.pk)
        # A decision taken back puts the pair in the queue again.
        do_decide(self.analyst, organisation(), [(first.left, first.right)], "withdrawn")
        self.assertEqual(self.client.get(reverse("linkage:review"))
                         .context["page"].paginator.count, listed)

    def test_rejecting_a_linked_pair_separates_it_and_taking_it_back_rejoins(self) -> None:
        pair = self.linked_pair()
        sign_in(self.client, self.analyst)
        response = self.client.post(reverse("linkage:decide", args=[pair.pk]),
                                    {"verdict": "different"}, follow=True)
        self.assertContains(response, "not the same incident")
        self.assertNotEqual(self.cluster_of(pair.left), self.cluster_of(pair.right))
        self.client.post(reverse("linkage:decide", args=[pair.pk]), {"verdict": "withdrawn"})
        self.assertEqual(self.cluster_of(pair.left), self.cluster_of(pair.right))
        verdicts = list(PairDecision.objects.filter(left=pair.left, right=pair.right)
                        .order_by("decided_at", "id").values_list("verdict", flat=True))
        self.assertEqual(verdicts, ["different", "withdrawn"])  # the history is kept
        self.assertEqual(AuditEntry.objects.filter(action__in=(
            "linkage.different", "linkage.withdrawn"), actor=self.analyst).count(), 2)

    def test_confirming_a_pair_joins_it_even_against_the_model(self) -> None:
        pairs = LinkPair.objects.filter(run=self.linkage_run).order_by("probability")
        apart = next(p for p in pairs if self.cluster_of(p.left) != self.cluster_of(p.right))
        do_decide(self.analyst, organisation(), [(apart.left, apart.right)], "same")
        self.assertEqual(self.cluster_of(apart.left), self.cluster_of(apart.right))

    def test_decisions_are_used_by_the_next_linkage(self) -> None:
        pair = self.linked_pair()
        do_decide(self.analyst, organisation(), [(pair.left, pair.right)], "different")
        self.assertIn(pair.left, {d.left for d in decisions_in_force(organisation())})
        from kuager.linkage.actions import run_linkage

        run = do_start_run(self.analyst, organisation())
        run_linkage(run.pk)
        clusters = dict(ClusterMember.objects.filter(run=run, record__in=(
            pair.left, pair.right)).values_list("record", "cluster"))
        self.assertNotEqual(clusters[pair.left], clusters[pair.right])
        decided = LinkPair.objects.get(run=run, left=pair.left, right=pair.right)
        self.assertEqual(decided.probability, 0.0)

    def test_reclustering_around_a_decision_equals_clustering_everything_again(self) -> None:
        pairs = list(LinkPair.objects.filter(run=self.linkage_run).order_by("pk"))
        numbers_before = {n for n, members in self.clusters().items() if len(members) > 1}
        for pair, verdict in zip(pairs[::7], ("different", "same", "different", "withdrawn",
                                              "same", "different"), strict=False):
            do_decide(self.analyst, organisation(), [(pair.left, pair.right)], verdict)
        members = list(ClusterMember.objects.filter(run=self.linkage_run).order_by("pk"))
        everything = settle(
            [m.record for m in members],
            [Facts(m.date_start, m.date_end, m.birth_year) for m in members],
            [Pair(p.left, p.right, p.probability, p.match_weight) for p in pairs],
            decisions_in_force(organisation()), self.linkage_run.threshold)

        def partition(labels: dict[str, int]) -> set[frozenset[str]]:
            groups: dict[int, set[str]] = defaultdict(set)
            for key, label in labels.items():
                groups[label].add(key)
            return {frozenset(g) for g in groups.values()}

        stored = {m.record: m.cluster for m in members}
        self.assertEqual(partition(stored), partition(everything.cluster_of))
        self.assertEqual({m.record: m.confidence for m in members}, everything.confidence)
        # Untouched clusters kept their numbers.
        self.assertGreater(len(numbers_before & set(stored.values())), len(numbers_before) // 2)
        self.linkage_run.refresh_from_db()
        self.assertEqual(self.linkage_run.summary["clusters"], len(set(stored.values())))

    def test_taking_a_record_out_of_a_cluster_undoes_its_merges(self) -> None:
        big = max(self.clusters().items(), key=lambda kv: len(kv[1]))
        number, members = big
        record = sorted(members)[0]
        sign_in(self.client, self.analyst)
        page = self.client.get(reverse("linkage:cluster", args=[number]))
        self.assertContains(page, "Take out of this incident")
        self.client.post(reverse("linkage:separate", args=[number]), {"record": record})
        now = self.clusters()
        alone = self.cluster_of(record)
        self.assertEqual(now[alone], {record})
        # Nothing was deleted: every record still has its cluster.
        self.assertEqual(sum(len(m) for m in now.values()),
                         sum(len(m) for m in self.clusters().values()))

    def test_the_clusters_page_shows_which_lists_reported_each_incident(self) -> None:
        sign_in(self.client, self.analyst)
        response = self.client.get(reverse("linkage:clusters"))
        rows = response.context["page"].paginator.object_list
        self.assertTrue(rows)
        self.assertTrue(all(row["size"] > 1 for row in rows))
        self.assertTrue(any(len(row["sources"]) > 1 for row in rows))
        self.assertContains(response, "Test organisation")

    def test_a_decision_with_no_verdict_changes_nothing(self) -> None:
        pair = self.linked_pair()
        sign_in(self.client, self.analyst)
        response = self.client.post(reverse("linkage:decide", args=[pair.pk]),
                                    {"verdict": "maybe"}, follow=True)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(PairDecision.objects.exists())


class AccessTests(LinkageTestCase):
    def test_another_organisation_gets_404_for_pairs_and_clusters(self) -> None:
        pair = self.linked_pair()
        sign_in(self.client, self.foreign_coordinator, sudo=True)
        self.assertEqual(self.client.get(reverse("linkage:pair", args=[pair.pk])).status_code,
                         404)
        self.assertEqual(self.client.post(reverse("linkage:decide", args=[pair.pk]),
                                          {"verdict": "same"}).status_code, 404)
        number = self.cluster_of(pair.left)
        self.assertEqual(self.client.get(reverse("linkage:cluster", args=[number])).status_code,
                         404)
        self.assertFalse(PairDecision.objects.exists())

    def test_case_workers_do_not_link(self) -> None:
        for user in (self.owner, self.colleague, self.medic):
            client = Client()
            sign_in(client, user)
            self.assertEqual(client.get(reverse("linkage:home")).status_code, 404)

    def test_forged_request_without_csrf_token_changes_nothing(self) -> None:
        pair = self.linked_pair()
        client = Client(enforce_csrf_checks=True)
        sign_in(client, self.analyst)
        response = client.post(reverse("linkage:decide", args=[pair.pk]), {"verdict": "same"})
        self.assertEqual(response.status_code, 403)
        self.assertFalse(PairDecision.objects.exists())
        before = PartnerRecord.objects.count()
        response = client.post(reverse("linkage:import"), {
            "label": "Forged", "file": SimpleUploadedFile("l.csv", b"record_id,source\n1,x\n")})
        self.assertEqual(response.status_code, 403)
        self.assertEqual(PartnerRecord.objects.count(), before)


class RemoveListTests(LinkageTestCase):
    def test_a_coordinator_deletes_a_list_after_reauthenticating_and_links_again(self) -> None:
        partner_list = PartnerList.objects.get(label="Partners 2025")
        url = reverse("linkage:remove_list", args=[partner_list.pk])
        sign_in(self.client, self.coordinator)
        response = self.client.post(url)
        self.assertTrue(response["Location"].startswith(reverse("accounts:sudo")))
        self.assertTrue(PartnerList.objects.filter(pk=partner_list.pk).exists())
        sign_in(self.client, self.coordinator, sudo=True)
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(url, follow=True)
        self.assertContains(response, "were deleted")
        self.assertFalse(PartnerRecord.objects.filter(partner_list_id=partner_list.pk).exists())
        entry = AuditEntry.objects.get(action="linkage.remove")
        self.assertEqual(entry.detail["records"], len(self.scenario.partner_rows))
        newest = latest_finished_run(organisation())
        assert newest is not None
        self.assertEqual(set(newest.summary["lists"]), {"Test organisation"})

    def test_analysts_and_other_organisations_cannot_delete_a_list(self) -> None:
        partner_list = PartnerList.objects.get(label="Partners 2025")
        url = reverse("linkage:remove_list", args=[partner_list.pk])
        for user in (self.analyst, self.foreign_coordinator):
            client = Client()
            sign_in(client, user, sudo=True)
            self.assertEqual(client.post(url).status_code, 404)
        self.assertEqual(PartnerRecord.objects.filter(partner_list=partner_list).count(),
                         len(self.scenario.partner_rows))


class EstimateTests(LinkageTestCase):
    def test_capture_histories_count_each_linked_incident_once(self) -> None:
        text = capture_histories(self.linkage_run)
        rows = list(csv.DictReader(io.StringIO(text)))
        self.assertEqual(sum(int(r["count"]) for r in rows), len(self.clusters()))
        self.assertEqual(set(rows[0]) - {"count"},
                         {"Test organisation", "partner-a", "partner-b", "partner-c"})

    def test_capture_histories_by_region_put_each_incident_in_one_stratum(self) -> None:
        rows = list(csv.DictReader(io.StringIO(capture_histories(self.linkage_run, "region"))))
        self.assertEqual(sum(int(r["count"]) for r in rows), len(self.clusters()))
        self.assertTrue(all(r["region"] for r in rows))

    def test_list_names_that_clash_with_columns_stay_apart(self) -> None:
        from kuager.linkage.histories import column_names

        self.assertEqual(column_names(["count", "NGO", "ngo", "=1+1"], ("count", "region")),
                         ["count (2)", "NGO", "ngo (2)", "'=1+1"])

    def test_the_estimate_opens_from_the_linked_lists(self) -> None:
        sign_in(self.client, self.analyst)
        response = self.client.post(reverse("estimates:page"), {
            "from_linkage": "1", "method": "stepwise", "stratum": ""})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "newest linkage")
        summary = response.context["summary"]
        self.assertEqual(summary["observed"], len(self.clusters()))
        self.assertIsNotNone(summary["estimate"])
        self.assertGreaterEqual(summary["estimate"], summary["observed"])

    def test_an_estimate_from_linkage_before_any_linkage_says_so(self) -> None:
        sign_in(self.client, self.foreign_coordinator)
        response = self.client.post(reverse("estimates:page"), {
            "from_linkage": "1", "method": "stepwise", "stratum": ""})
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "No linkage of this organisation has finished yet.")

    def test_the_estimates_form_still_wants_a_table_without_linkage(self) -> None:
        sign_in(self.client, self.analyst)
        response = self.client.post(reverse("estimates:page"), {"method": "stepwise"})
        self.assertContains(response, "Choose a capture-history table.")

    def test_the_capture_history_download_holds_counts_only(self) -> None:
        sign_in(self.client, self.analyst)
        response = self.client.get(reverse("linkage:histories") + "?stratum=year")
        self.assertEqual(response["Content-Type"], "text/csv")
        body = response.content.decode()
        self.assertTrue(body.startswith("Test organisation,partner-a,partner-b,partner-c,year"))
        self.assertTrue(AuditEntry.objects.filter(action="linkage.histories").exists())
        self.assertEqual(self.client.get(reverse("linkage:histories") + "?stratum=name")
                         .status_code, 404)
