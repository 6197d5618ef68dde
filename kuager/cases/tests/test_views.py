from typing import Any

from django.test import Client
from django.urls import reverse

from kuager.audit.models import AuditEntry
from kuager.cases.models import Case, CasePerson, Consent, Information
from kuager.testing import PASSWORD, KuagerTestCase, make_case, region, sign_in, term


def intake(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "channel": "letter", "received_on": "2026-11-01", "priority": "high",
        "confidentiality": "restricted", "victim_name": "Айгерим Семёнова",
        "other_names": "Aigerim Semyonova", "sex": "f", "birth_year": "1990",
        "incident_date": "2021-03", "region": region("KZ-35").pk, "act_type": "torture",
        "methods": [term("methods", "030101000000").pk, term("methods", "030902000000").pk],
        "purposes": [term("purposes", "010000000000").pk],
        "perpetrator_type": term("perpetrator_types", "010105000000").pk,
        "narrative": "Меня избили и надели пакет на голову.", "language": "ru",
        "source_type": term("source_types", "120520200501").pk,
        "consent_store": "yes", "consent_un": "no",
    }
    data.update(changes)
    return data


class PagesNeedSignIn(KuagerTestCase):
    def test_anonymous_visitor_is_sent_to_sign_in(self) -> None:
        case = make_case()
        for url in (reverse("cases:list"), reverse("cases:new"),
                    reverse("cases:detail", args=[case.number])):
            response = self.client.get(url)
            self.assertEqual(response.status_code, 302)
            self.assertTrue(response["Location"].startswith(reverse("login")))

    def test_right_password_leads_to_the_second_factor_not_the_cases(self) -> None:
        from kuager.testing import enrol

        enrol(self.owner)
        response = self.client.post(reverse("login"),
                                    {"username": "owner", "password": PASSWORD}, follow=True)
        self.assertEqual(response.resolver_match.url_name, "verify")

    def test_wrong_password_is_refused(self) -> None:
        response = self.client.post(reverse("login"), {"username": "owner", "password": "x"})
        self.assertEqual(response.status_code, 200)
        self.assertNotIn("_auth_user_id", self.client.session)


class RecordingAnAllegation(KuagerTestCase):
    def setUp(self) -> None:
        sign_in(self.client, self.owner)

    def test_intake_form_records_the_case_and_shows_it_without_the_name(self) -> None:
        response = self.client.post(reverse("cases:new"), intake(), follow=True)
        case = Case.objects.get()
        self.assertRedirects(response, reverse("cases:detail", args=[case.number]))
        self.assertEqual((case.priority, case.region.code), ("high", "KZ-35"))  # type: ignore[union-attr]
        self.assertEqual(case.created_by, self.owner)
        self.assertContains(response, case.number)
        self.assertContains(response, "Меня избили")
        self.assertNotContains(response, "Семёнова")
        person = CasePerson.objects.get(case=case).person
        self.assertEqual((person.full_name, person.birth_year), ("Айгерим Семёнова", 1990))
        consents = {c.purpose: c.granted for c in Consent.objects.filter(case=case)}
        self.assertEqual(consents, {"store": True, "un": False})
        self.assertTrue(AuditEntry.objects.filter(action="case.create",
                                                  target_ref=case.number).exists())

    def test_facility_fills_in_its_region(self) -> None:
        from kuager.testing import facility

        self.client.post(reverse("cases:new"),
                         intake(region="", facility=facility("ЛА-155/8").pk))
        self.assertEqual(Case.objects.get().region.code, "KZ-19")  # type: ignore[union-attr]

    def test_bad_input_is_explained_and_nothing_is_saved(self) -> None:
        for changes in ({"incident_date": "2021-13"}, {"incident_date": "2099"},
                        {"received_on": "2099-01-01"}, {"iin": "12345"},
                        {"methods": ["999999"]}, {"victim_name": ""},
                        {"narrative": "x" * 300_000}, {"region": "abc"},
                        {"received_on": "2020-01-01"}):
            with self.subTest(changes=changes):
                response = self.client.post(reverse("cases:new"), intake(**changes))
                self.assertEqual(response.status_code, 400)
                self.assertContains(response, "Nothing was saved", status_code=400)
        self.assertEqual(Case.objects.count(), 0)
        self.assertEqual(Information.objects.count(), 0)

    def test_forged_request_without_csrf_token_changes_nothing(self) -> None:
        client = Client(enforce_csrf_checks=True)
        sign_in(client, self.owner)
        response = client.post(reverse("cases:new"), intake())
        self.assertEqual(response.status_code, 403)
        self.assertEqual(Case.objects.count(), 0)


class ReadingACase(KuagerTestCase):
    def setUp(self) -> None:
        sign_in(self.client, self.owner)
        self.case = make_case("Айгерим Семёнова", team=(self.owner,))

    def test_detail_hides_identity_and_records_the_read(self) -> None:
        response = self.client.get(reverse("cases:detail", args=[self.case.number]))
        self.assertNotContains(response, "Семёнова")
        self.assertContains(response, "Reveal")
        self.assertTrue(AuditEntry.objects.filter(action="case.read_text").exists())

    def test_reveal_shows_identity_and_is_audited(self) -> None:
        sign_in(self.client, self.owner, sudo=True)
        response = self.client.post(reverse("cases:reveal", args=[self.case.number]))
        self.assertContains(response, "Айгерим Семёнова")
        entry = AuditEntry.objects.get(action="identity.reveal")
        self.assertEqual((entry.actor, entry.target_ref), (self.owner, self.case.number))

    def test_reveal_needs_a_post(self) -> None:
        sign_in(self.client, self.owner, sudo=True)
        response = self.client.get(reverse("cases:reveal", args=[self.case.number]))
        self.assertEqual(response.status_code, 405)
        self.assertFalse(AuditEntry.objects.filter(action="identity.reveal").exists())

    def test_unknown_case_number_is_404(self) -> None:
        sign_in(self.client, self.owner, sudo=True)
        for name in ("cases:detail", "cases:reveal"):
            response = self.client.post(reverse(name, args=["K-0000-0000"]))
            self.assertEqual(response.status_code, 404)
        self.assertEqual(AuditEntry.objects.filter(action="case.denied",
                                                   target_ref="K-0000-0000").count(), 2)

    def test_inactive_account_sees_no_case(self) -> None:
        self.owner.is_active = False
        self.owner.save(update_fields=["is_active"])
        response = self.client.get(reverse("cases:detail", args=[self.case.number]))
        self.assertNotEqual(response.status_code, 200)


QUERIES = 21  # session (read, save), user, membership, organisation, OTP device; gazetteer;
# count, facets and their regions; the form's choices; the page's ids, then its rows


class CaseList(KuagerTestCase):
    def setUp(self) -> None:
        sign_in(self.client, self.owner)

    def test_list_searches_across_scripts(self) -> None:
        wanted = make_case("Айгерим Семёнова", team=(self.owner,))
        other = make_case("Ольга Петрова", team=(self.owner,))
        response = self.client.get(reverse("cases:list"), {"q": "Semyonova"})
        self.assertContains(response, wanted.number)
        self.assertNotContains(response, other.number)

    def test_list_query_count_does_not_grow_with_cases(self) -> None:
        make_case(region=region("KZ-35"), team=(self.owner,))
        url = reverse("cases:list")
        self.client.get(url)
        with self.assertNumQueries(QUERIES):
            self.client.get(url, {"q": "Karaganda"})
        for _ in range(10):
            make_case(region=region("KZ-35"), team=(self.owner,))
        with self.assertNumQueries(QUERIES):
            self.client.get(url, {"q": "Karaganda"})

    def test_bad_filter_values_are_ignored_not_a_crash(self) -> None:
        for params in ({"region": "x"}, {"date_from": "2021-99-99"}, {"page": "-5"},
                       {"method": "999999"}, {"q": "\x00"}, {"q": "ы" * 500}):
            with self.subTest(params=params):
                self.assertEqual(self.client.get(reverse("cases:list"), params).status_code, 200)

    def test_interface_speaks_kazakh_russian_and_english(self) -> None:
        for code, word in (("kk", "Істер"), ("ru", "Дела"), ("en", "Cases")):
            with self.subTest(language=code):
                self.client.post(reverse("set_language"), {"language": code, "next": "/"})
                response = self.client.get(reverse("cases:list"))
                self.assertContains(response, f'lang="{code}"')
                self.assertContains(response, word)


class AnalystsSeeCodedDataOnly(KuagerTestCase):
    def test_analyst_lists_coded_fields_of_every_case_without_names_links_or_name_search(
        self,
    ) -> None:
        case = make_case("Айгерим Семёнова", region=region("KZ-35"))
        sign_in(self.client, self.analyst)
        response = self.client.get(reverse("cases:list"), {"q": "Ольга"})
        self.assertContains(response, case.number)
        self.assertNotContains(response, reverse("cases:detail", args=[case.number]))
        self.assertNotContains(response, 'name="q"')
        self.assertNotContains(response, "Семёнова")
        self.assertEqual(self.client.get(reverse("cases:detail", args=[case.number])).status_code,
                         404)

    def test_team_members_list_only_their_cases(self) -> None:
        mine = make_case(team=(self.owner,))
        other = make_case(team=(self.colleague,))
        sign_in(self.client, self.owner)
        response = self.client.get(reverse("cases:list"))
        self.assertContains(response, mine.number)
        self.assertNotContains(response, other.number)


class CaseTeams(KuagerTestCase):
    def test_coordinator_adds_a_colleague_who_can_then_open_the_case(self) -> None:
        case = make_case(team=(self.owner,))
        colleague = Client()
        sign_in(colleague, self.colleague)
        url = reverse("cases:detail", args=[case.number])
        self.assertEqual(colleague.get(url).status_code, 404)
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("cases:team", args=[case.number]), {"user": self.colleague.pk})
        self.assertEqual(colleague.get(url).status_code, 200)
        self.assertTrue(AuditEntry.objects.filter(action="team.add",
                                                  target_ref=case.number).exists())
        self.client.post(reverse("cases:team", args=[case.number]),
                         {"user": self.colleague.pk, "remove": "1"})
        self.assertEqual(colleague.get(url).status_code, 404)

    def test_analysts_are_never_added_to_a_team(self) -> None:
        case = make_case()
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("cases:team", args=[case.number]), {"user": self.analyst.pk})
        self.assertFalse(case.members.filter(user=self.analyst).exists())
