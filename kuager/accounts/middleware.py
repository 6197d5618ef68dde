"""Two factors before anything, sessions that a lockdown can end, and refused cookies recorded."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import logout
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from kuager.audit.log import record_now

EPOCH_KEY = "kuager_epoch"

# Reachable before the second factor: signing in and out, enrolment, language, assets.
OPEN_PREFIXES = ("/accounts/login/", "/accounts/logout/", "/accounts/two-factor/", "/i18n/",
                 "/static/")


class RequireTwoFactor:
    """A password alone opens nothing: enrol TOTP or enter a code first."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if user.is_authenticated:
            if self._ended_by_lockdown(request):
                logout(request)
                return redirect(settings.LOGIN_URL)
            verified = user.is_verified()  # type: ignore[attr-defined]
            if not verified and not request.path.startswith(OPEN_PREFIXES):
                from django_otp.plugins.otp_totp.models import TOTPDevice

                enrolled = TOTPDevice.objects.filter(user=user, confirmed=True).exists()
                target = "accounts:verify" if enrolled else "accounts:setup"
                return redirect(reverse(target))
        return self.get_response(request)

    @staticmethod
    def _ended_by_lockdown(request: HttpRequest) -> bool:
        if not request.user.is_active:
            return True
        membership = getattr(request.user, "membership", None)
        epoch = membership.session_epoch if membership is not None else 0
        return int(request.session.get(EPOCH_KEY, 0)) != epoch


class RecordBadSessionCookie:
    """A session cookie that opens no session is forged, tampered with, or long expired."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        sent = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        if sent:
            request.session.keys()  # loads (and caches) the session; an unknown key is dropped
            if request.session.session_key is None:
                record_now(None, "security.bad_session", "request", request.path[:60])
        return self.get_response(request)
