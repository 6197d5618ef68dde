"""The analysts' estimates page: upload a table, see the estimate, the models, the chart and
the plain-language explanation; bad tables get a message and never an error page."""

from __future__ import annotations

from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from kuager.testing import KuagerTestCase, sign_in

DATA = Path(__file__).resolve().parent / "data"


def upload(content: bytes, name: str = "table.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content, content_type="text/csv")


class EstimatesPageTests(KuagerTestCase):
    def setUp(self) -> None:
        sign_in(self.client, self.analyst)

    def test_the_page_explains_what_to_upload(self) -> None:
        page = self.client.get(reverse("estimates:page"))
        self.assertContains(page, "count")
        self.assertContains(page, 'enctype="multipart/form-data"')
        self.assertNotContains(page, 'id="estimate"')

    def test_an_estimate_with_its_range_models_chart_and_what_it_does_not_mean(self) -> None:
        table = (DATA / "cormack_injury_3.csv").read_bytes()
        page = self.client.post(reverse("estimates:page"),
                                {"table": upload(table), "method": "aic"})
        self.assertEqual(page.status_code, 200)
        result = page.context["result"]
        self.assertIsNotNone(result.estimate)
        self.assertGreaterEqual(result.estimate, result.observed)
        self.assertContains(page, 'class="estimate-chart"')
        self.assertContains(page, "What it does not mean")
        self.assertContains(page, "On no list")
        self.assertTrue(any(m.chosen for m in page.context["models"]))
        summary = page.context["summary"]
        self.assertLessEqual(summary["low"], summary["estimate"])
        self.assertEqual(summary["unseen"], summary["estimate"] - result.observed)

    def test_bayesian_model_averaging_and_strata(self) -> None:
        rows = ["a,b,c,year,count"]
        for year, scale in (("2022", 1), ("2023", 2)):
            for pattern, n in (("1,0,0", 40), ("0,1,0", 30), ("0,0,1", 25), ("1,1,0", 12),
                               ("1,0,1", 9), ("0,1,1", 7), ("1,1,1", 3)):
                rows.append(f"{pattern},{year},{n * scale}")
        page = self.client.post(reverse("estimates:page"), {
            "table": upload("\n".join(rows).encode()), "method": "bma", "stratum": "year"})
        self.assertEqual(page.status_code, 200)
        self.assertEqual([s["name"] for s in page.context["strata"]], ["2022", "2023"])
        self.assertIsNotNone(page.context["result"].estimate)
        self.assertContains(page, "By year")
        # Without saying which column is the stratum, "year" is not a list: said in words.
        unsplit = self.client.post(reverse("estimates:page"), {
            "table": upload("\n".join(rows).encode()), "method": "bma"})
        self.assertContains(unsplit, "is not 0 or 1")
        pooled = self.client.post(reverse("estimates:page"), {
            "table": upload(b"a,b,c,count\n1,0,0,40\n0,1,0,30\n0,0,1,25\n1,1,0,12\n"
                            b"1,0,1,9\n0,1,1,7\n1,1,1,3\n"), "method": "bma"})
        self.assertEqual(pooled.status_code, 200)
        self.assertContains(pooled, "Posterior probability")

    def test_a_table_with_no_overlap_is_refused_in_plain_words(self) -> None:
        page = self.client.post(reverse("estimates:page"), {
            "table": upload(b"a,b,count\n1,0,10\n0,1,12\n"), "method": "stepwise"})
        self.assertEqual(page.status_code, 200)
        self.assertIsNone(page.context["result"].estimate)
        self.assertContains(page, "No estimate can be given")
        self.assertContains(page, "No incident is on more than one list")

    def test_bad_files_get_a_message_and_change_nothing(self) -> None:
        for content, message in (
                (b"a,b\n1,0\n", "no &#x27;count&#x27; column"),
                (b"a,b,count\n1,2,3\n", "is not 0 or 1"),
                (b"\x00\x01\x02\xff\xfe", "not a CSV text file"),
                (b"", "empty")):
            page = self.client.post(reverse("estimates:page"),
                                    {"table": upload(content), "method": "aic"})
            self.assertEqual(page.status_code, 200, content)
            self.assertContains(page, message, msg_prefix=repr(content))
            self.assertNotIn("result", page.context)

    def test_a_huge_file_is_refused_before_it_is_read(self) -> None:
        page = self.client.post(reverse("estimates:page"), {
            "table": upload(b"a,b,count\n" + b"1,1,1\n" * 200_000), "method": "aic"})
        self.assertContains(page, "larger than a capture-history table can be")

    def test_a_forged_post_without_the_csrf_token_is_refused(self) -> None:
        client = Client(enforce_csrf_checks=True)
        sign_in(client, self.analyst)
        page = client.post(reverse("estimates:page"),
                           {"table": upload(b"a,b,count\n1,1,3\n1,0,4\n0,1,5\n")})
        self.assertEqual(page.status_code, 403)
