"""Two factors, lockout, re-authentication, lockdown and refused requests."""

import io
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kuager.audit.models import AuditEntry
from kuager.testing import (
    PASSWORD,
    KuagerTestCase,
    current_code,
    enrol,
    make_case,
    organisation,
    sign_in,
)


def password_only(client: Client, username: str) -> None:
    client.post(reverse("login"), {"username": username, "password": PASSWORD})


class TwoFactors(KuagerTestCase):
    def test_password_alone_opens_nothing_until_enrolment(self) -> None:
        password_only(self.client, "owner")
        for url in (reverse("cases:list"), reverse("cases:new"), reverse("audit:trail")):
            response = self.client.get(url)
            self.assertRedirects(response, reverse("accounts:setup"), fetch_redirect_response=False)
        setup = self.client.get(reverse("accounts:setup"))
        self.assertContains(setup, "qr.svg")
        qr = self.client.get(reverse("accounts:setup_qr"))
        self.assertEqual(qr["Content-Type"], "image/svg+xml")

    def test_enrolment_confirms_the_app_and_shows_recovery_codes_once(self) -> None:
        password_only(self.client, "owner")
        self.client.get(reverse("accounts:setup"))
        device = TOTPDevice.objects.get(user=self.owner, confirmed=False)
        response = self.client.post(reverse("accounts:setup"), {"code": current_code(device)})
        self.assertEqual(len(response.context["codes"]), 10)
        self.assertEqual(self.client.get(reverse("cases:list")).status_code, 200)
        self.assertTrue(AuditEntry.objects.filter(action="2fa.enrol").exists())
        # Shown once: the setup page now only sends the person to sign in with the app.
        self.assertRedirects(self.client.get(reverse("accounts:setup")),
                             reverse("accounts:verify"), fetch_redirect_response=False)

    def test_wrong_code_is_refused_and_recorded(self) -> None:
        enrol(self.owner)
        password_only(self.client, "owner")
        response = self.client.post(reverse("accounts:verify"), {"code": "123456"})
        self.assertEqual(response.status_code, 400)
        self.assertRedirects(self.client.get(reverse("cases:list")), reverse("accounts:verify"),
                             fetch_redirect_response=False)
        self.assertTrue(AuditEntry.objects.filter(action="2fa.failed").exists())

    def test_replayed_code_is_refused(self) -> None:
        device = enrol(self.owner)
        code = current_code(device)
        password_only(self.client, "owner")
        self.assertEqual(self.client.post(reverse("accounts:verify"), {"code": code}).status_code,
                         302)
        again = Client()
        password_only(again, "owner")
        self.assertEqual(again.post(reverse("accounts:verify"), {"code": code}).status_code, 400)

    def test_recovery_code_works_once(self) -> None:
        password_only(self.client, "owner")
        self.client.get(reverse("accounts:setup"))
        device = TOTPDevice.objects.get(user=self.owner, confirmed=False)
        codes = self.client.post(reverse("accounts:setup"),
                                 {"code": current_code(device)}).context["codes"]
        for attempt, expected in ((1, 302), (2, 400)):
            with self.subTest(attempt=attempt):
                client = Client()
                password_only(client, "owner")
                response = client.post(reverse("accounts:verify"), {"code": codes[0]})
                self.assertEqual(response.status_code, expected)
        self.assertEqual(StaticToken.objects.filter(device__user=self.owner).count(), 9)

    def test_coordinator_resets_factors_of_a_lost_phone(self) -> None:
        enrol(self.owner)
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("accounts:person_reset_factors", args=[self.owner.pk]))
        self.assertFalse(TOTPDevice.objects.filter(user=self.owner).exists())
        self.assertTrue(AuditEntry.objects.filter(action="2fa.reset",
                                                  target_ref=str(self.owner.pk)).exists())


class Lockout(KuagerTestCase):
    def test_repeated_failures_lock_the_account_until_a_coordinator_lifts_it(self) -> None:
        for _ in range(settings.AXES_FAILURE_LIMIT):
            self.client.post(reverse("login"), {"username": "owner", "password": "wrong"},
                             REMOTE_ADDR="10.0.0.1")
        locked = Client().post(reverse("login"), {"username": "owner", "password": PASSWORD},
                               REMOTE_ADDR="10.0.0.2")
        self.assertContains(locked, "Sign-in locked", status_code=429)
        self.assertTrue(AuditEntry.objects.filter(action="signin.lockout").exists())
        self.assertGreaterEqual(AuditEntry.objects.filter(action="signin.failed").count(),
                                settings.AXES_FAILURE_LIMIT)

        coordinator = Client()
        sign_in(coordinator, self.coordinator, sudo=True)
        people = coordinator.get(reverse("accounts:people"))
        self.assertContains(people, "Lift lockout")
        coordinator.post(reverse("accounts:person_lift_lockout", args=[self.owner.pk]))
        after = Client().post(reverse("login"), {"username": "owner", "password": PASSWORD},
                              REMOTE_ADDR="10.0.0.3")
        self.assertEqual(after.status_code, 302)


class ReAuthentication(KuagerTestCase):
    def setUp(self) -> None:
        self.case = make_case("Айгерим Семёнова", team=(self.owner,))
        sign_in(self.client, self.owner)

    def test_reveal_asks_for_password_and_a_fresh_code_first(self) -> None:
        url = reverse("cases:reveal", args=[self.case.number])
        response = self.client.post(url)
        self.assertEqual(response.status_code, 302)
        self.assertTrue(response["Location"].startswith(reverse("accounts:sudo")))
        self.assertFalse(AuditEntry.objects.filter(action="identity.reveal").exists())

        device = TOTPDevice.objects.get(user=self.owner)
        confirm = reverse("accounts:sudo")
        bad = self.client.post(confirm, {"password": "wrong", "code": current_code(device)})
        self.assertEqual(bad.status_code, 400)
        self.client.post(confirm, {"password": PASSWORD, "code": current_code(device, 1),
                                   "next": f"/cases/{self.case.number}/"})
        self.assertContains(self.client.post(url), "Айгерим Семёнова")

    def test_export_asks_for_re_authentication_and_holds_no_names(self) -> None:
        response = self.client.get(reverse("cases:export"))
        self.assertTrue(response["Location"].startswith(reverse("accounts:sudo")))
        sign_in(self.client, self.owner, sudo=True)
        export = self.client.get(reverse("cases:export"))
        self.assertEqual(export["Content-Type"], "text/csv; charset=utf-8")
        body = export.content.decode()
        self.assertIn(self.case.number, body)
        self.assertNotIn("Семёнова", body)
        self.assertNotIn("избили", body)
        self.assertTrue(AuditEntry.objects.filter(action="case.export").exists())


class Lockdown(KuagerTestCase):
    def test_lockdown_of_a_person_ends_their_sessions_and_disables_them(self) -> None:
        phone = Client()
        sign_in(phone, self.owner)
        self.assertEqual(phone.get(reverse("cases:list")).status_code, 200)
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("accounts:person_lockdown", args=[self.owner.pk]))
        response = phone.get(reverse("cases:list"))
        self.assertTrue(response["Location"].startswith(reverse("login")))
        self.owner.refresh_from_db()
        self.assertFalse(self.owner.is_active)
        self.assertTrue(AuditEntry.objects.filter(action="lockdown.person").exists())

    def test_lockdown_of_everyone_keeps_only_the_coordinator(self) -> None:
        others = [Client(), Client()]
        sign_in(others[0], self.owner)
        sign_in(others[1], self.analyst)
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("accounts:lockdown"))
        for client in others:
            self.assertEqual(client.get(reverse("cases:list")).status_code, 302)
        self.assertEqual(self.client.get(reverse("cases:list")).status_code, 200)

    def test_shell_lockdown_ends_every_session(self) -> None:
        phone = Client()
        sign_in(phone, self.owner)
        out = io.StringIO()
        call_command("lockdown", "--all", stdout=out)
        self.assertIn("Ended", out.getvalue())
        self.assertEqual(phone.get(reverse("cases:list")).status_code, 302)
        call_command("lockdown", "colleague", stdout=io.StringIO())
        self.colleague.refresh_from_db()
        self.assertFalse(self.colleague.is_active)


class RefusedRequests(KuagerTestCase):
    def setUp(self) -> None:
        self.csrf_client = Client(enforce_csrf_checks=True)
        sign_in(self.csrf_client, self.owner)

    def test_missing_or_forged_csrf_token_is_refused_and_recorded(self) -> None:
        url = reverse("cases:new")
        self.csrf_client.get(url)
        for token in (None, "forged" * 8):
            with self.subTest(token=token):
                data = {"csrfmiddlewaretoken": token} if token else {}
                response = self.csrf_client.post(url, data)
                self.assertContains(response, "Request refused", status_code=403)
        self.assertEqual(AuditEntry.objects.filter(action="security.csrf").count(), 2)

    def test_form_from_kuager_under_no_referrer_is_accepted(self) -> None:
        """Browsers post "Origin: null" under no-referrer; Sec-Fetch-Site proves the page."""
        self.csrf_client.get(reverse("cases:list"))
        token = self.csrf_client.cookies[settings.CSRF_COOKIE_NAME].value
        data = {"csrfmiddlewaretoken": token, "language": "kk", "next": "/"}
        same_site = self.csrf_client.post(reverse("set_language"), data, HTTP_ORIGIN="null",
                                          HTTP_SEC_FETCH_SITE="same-origin", secure=True)
        self.assertEqual(same_site.status_code, 302)
        cross_site = self.csrf_client.post(reverse("set_language"), data, HTTP_ORIGIN="null",
                                           HTTP_SEC_FETCH_SITE="cross-site", secure=True)
        self.assertEqual(cross_site.status_code, 403)
        other_host = self.csrf_client.post(reverse("set_language"), data,
                                           HTTP_ORIGIN="https://evil.example", secure=True)
        self.assertEqual(other_host.status_code, 403)

    def test_tampered_session_cookie_is_refused_and_recorded(self) -> None:
        cookie = self.client.cookies
        cookie[settings.SESSION_COOKIE_NAME] = "x" * 32
        response = self.client.get(reverse("cases:list"))
        self.assertTrue(response["Location"].startswith(reverse("login")))
        self.assertTrue(AuditEntry.objects.filter(action="security.bad_session").exists())

    def test_guessed_case_numbers_are_404_and_recorded(self) -> None:
        foreign = make_case(org=organisation("Elsewhere"))
        for number in ("K-0000-0000", foreign.number):
            response = self.csrf_client.get(reverse("cases:detail", args=[number]))
            self.assertEqual(response.status_code, 404)
        self.assertEqual(AuditEntry.objects.filter(action="case.denied").count(), 2)


class Hardening(KuagerTestCase):
    def test_headers_forbid_framing_referrers_and_foreign_content(self) -> None:
        sign_in(self.client, self.owner)
        response = self.client.get(reverse("cases:list"))
        policy = response["Content-Security-Policy"]
        self.assertIn("default-src 'self'", policy)
        self.assertIn("frame-ancestors 'none'", policy)
        self.assertNotIn("unsafe-inline", policy)
        self.assertNotIn("http", policy)
        self.assertEqual(response["X-Frame-Options"], "DENY")
        self.assertEqual(response["Referrer-Policy"], "no-referrer")
        session = response.cookies.get(settings.SESSION_COOKIE_NAME) or self.client.cookies[
            settings.SESSION_COOKIE_NAME]
        self.assertTrue(session["httponly"])
        self.assertEqual(session["samesite"], "Strict")


SERVER = {
    "DATABASE_URL": "sqlite:///{data}/server.sqlite3",
    "KUAGER_SECRET_KEY": "x7Qp2LrT9vWk4Zs8NbC1mYd6Hf3Jg5Ua0Re-Oi_Tl2Ks9Vw4Xq7Pz1Nc6My3Bd8",
    "KUAGER_TLS": "1",
    "KUAGER_ALLOWED_HOSTS": "kuager.example.org",
}


def run_check(tmp: Path, **changes: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KUAGER_")}
    env.pop("DATABASE_URL", None)
    key = tmp / "master.key"
    if not key.exists():
        from kuager.lib.crypto import write_new_key_file

        write_new_key_file(key)
    env.update({k: v.format(data=tmp) for k, v in SERVER.items()})
    env.update({"KUAGER_DATA_DIR": str(tmp), "KUAGER_MASTER_KEY_FILE": str(key)})
    for name, value in changes.items():
        if value:
            env[name] = value
        else:
            env.pop(name, None)
    return subprocess.run([sys.executable, "-m", "kuager.cli", "check", "--deploy",
                           "--fail-level", "WARNING"], env=env, capture_output=True, text=True)


def test_deploy_check_is_clean_for_a_proper_server(tmp_path: Path) -> None:
    result = run_check(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_deploy_check_refuses_unsafe_servers(tmp_path: Path) -> None:
    for changes, error in (
        ({"KUAGER_DEBUG": "1"}, "kuager.E002"),
        ({"KUAGER_SECRET_KEY": ""}, "kuager.E001"),
        ({"KUAGER_MASTER_KEY_FILE": ""}, "kuager.E003"),
        ({"KUAGER_TLS": ""}, "kuager.E005"),
    ):
        result = run_check(tmp_path, **changes)
        assert result.returncode != 0
        assert error in result.stderr, (changes, result.stderr[-500:])


class People(KuagerTestCase):
    def test_coordinator_adds_a_person_with_a_one_time_password(self) -> None:
        sign_in(self.client, self.coordinator, sudo=True)
        response = self.client.post(reverse("accounts:person_add"),
                                    {"username": "new-lawyer", "role": "lawyer"})
        password = response.context["password"]
        from django.contrib.auth.models import User

        person = User.objects.get(username="new-lawyer")
        self.assertTrue(person.check_password(password))
        self.assertEqual(person.membership.role, "lawyer")
        self.assertTrue(AuditEntry.objects.filter(action="person.create",
                                                  actor=self.coordinator).exists())

    def test_coordinator_cannot_lock_themselves_out(self) -> None:
        sign_in(self.client, self.coordinator, sudo=True)
        response = self.client.post(reverse("accounts:person_lockdown",
                                            args=[self.coordinator.pk]))
        self.assertEqual(response.status_code, 404)
        self.coordinator.refresh_from_db()
        self.assertTrue(self.coordinator.is_active)

    def test_role_change_is_recorded_and_takes_effect_at_next_sign_in(self) -> None:
        phone = Client()
        sign_in(phone, self.analyst)
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(reverse("accounts:person_role", args=[self.analyst.pk]),
                         {"role": "lawyer"})
        self.assertEqual(phone.get(reverse("cases:list")).status_code, 302)
        entry = AuditEntry.objects.get(action="role.change")
        self.assertEqual(entry.detail, {"old": "analyst", "new": "lawyer"})


class PasswordsAndDeletions(KuagerTestCase):
    def test_person_changes_their_password_and_it_is_recorded(self) -> None:
        sign_in(self.client, self.owner)
        new = "another long passphrase 2026"
        response = self.client.post(reverse("accounts:password"), {
            "old_password": PASSWORD, "new_password1": new, "new_password2": new})
        self.assertRedirects(response, reverse("cases:list"), fetch_redirect_response=False)
        self.owner.refresh_from_db()
        self.assertTrue(self.owner.check_password(new))
        self.assertTrue(AuditEntry.objects.filter(action="password.change").exists())
        weak = self.client.post(reverse("accounts:password"), {
            "old_password": new, "new_password1": "12345678", "new_password2": "12345678"})
        self.assertEqual(weak.status_code, 200)
        self.owner.refresh_from_db()
        self.assertTrue(self.owner.check_password(new))

    def test_deleting_in_the_admin_needs_re_authentication(self) -> None:
        from kuager.vocab.models import Term

        unused = Term.objects.get(vocabulary__key="methods", code="031400000000")
        url = reverse("admin:vocab_term_delete", args=[unused.pk])
        sign_in(self.client, self.coordinator)
        response = self.client.post(url, {"post": "yes"})
        self.assertTrue(response["Location"].startswith(reverse("accounts:sudo")))
        self.assertTrue(Term.objects.filter(pk=unused.pk).exists())
        sign_in(self.client, self.coordinator, sudo=True)
        self.client.post(url, {"post": "yes"})
        self.assertFalse(Term.objects.filter(pk=unused.pk).exists())
        self.assertTrue(AuditEntry.objects.filter(action="term.delete").exists())
