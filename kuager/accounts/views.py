"""Sign-in's second factor, re-authentication, and the coordinator's people and lockdown pages."""

from __future__ import annotations

import io
import secrets
from collections.abc import Callable
from functools import wraps
from typing import Any

import segno
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from kuager.accounts import actions
from kuager.accounts.access import grant_sudo, membership, require_roles, sudo_required
from kuager.accounts.forms import CodeForm, NewPersonForm, RoleForm, SudoForm
from kuager.accounts.models import Membership, Role
from kuager.audit.log import record, record_now

PENDING_DEVICE = "kuager_pending_totp"


def _signed_in_user(request: HttpRequest) -> User:
    if not isinstance(request.user, User):
        raise Http404
    return request.user


def _pending_device(request: HttpRequest, user: User) -> TOTPDevice:
    device = TOTPDevice.objects.filter(
        user=user, confirmed=False, pk=request.session.get(PENDING_DEVICE, 0)
    ).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
        request.session[PENDING_DEVICE] = device.pk
    return device


@require_http_methods(["GET", "POST"])
def setup(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator: scan or type the key, prove it with one code."""
    user = _signed_in_user(request)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("accounts:verify")
    device = _pending_device(request, user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["code"]):
            codes = actions.confirm_totp(user, device)
            otp_login(request, device)
            request.session.pop(PENDING_DEVICE, None)
            return render(request, "accounts/recovery.html", {"codes": codes})
        form.add_error("code", _("That code is not right. Check the time on your phone."))
        record_now(user, "2fa.failed", "user", str(user.pk), step="enrol")
    secret = device.config_url.split("secret=")[1].split("&")[0]
    return render(request, "accounts/setup.html",
                  {"form": form, "secret": secret, "grouped": " ".join(
                      secret[i:i + 4] for i in range(0, len(secret), 4))},
                  status=400 if form.errors else 200)


def setup_qr(request: HttpRequest) -> HttpResponse:
    """The pending authenticator's key as a QR code (SVG), only for its own person."""
    user = _signed_in_user(request)
    device = _pending_device(request, user)
    buffer = io.BytesIO()
    segno.make(device.config_url, error="m").save(buffer, kind="svg", scale=5, border=2)
    response = HttpResponse(buffer.getvalue(), content_type="image/svg+xml")
    response["Cache-Control"] = "no-store"
    return response


@require_http_methods(["GET", "POST"])
def verify(request: HttpRequest) -> HttpResponse:
    """The second factor at every sign-in: a TOTP code, or one recovery code."""
    user = _signed_in_user(request)
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        return redirect("accounts:setup")
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(user, form.cleaned_data["code"])
        if device is not None:
            otp_login(request, device)
            record_now(user, "signin.verified", "user", str(user.pk),
                       factor=device.__class__.__name__)
            return redirect(_safe_next(request) or reverse("cases:list"))
        form.add_error("code", _("That code is not right, or was already used. After a wrong "
                                 "code, wait a few seconds before the next try."))
        record_now(user, "2fa.failed", "user", str(user.pk), step="sign-in")
    return render(request, "accounts/verify.html", {"form": form},
                  status=400 if form.errors else 200)


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(target, {request.get_host()},
                                       require_https=request.is_secure()):
        return target
    return ""


@require_http_methods(["GET", "POST"])
def sudo(request: HttpRequest) -> HttpResponse:
    """Confirm it is still you: password and a fresh code, good for a few minutes."""
    if membership(request.user) is None:
        raise Http404
    user = _signed_in_user(request)
    form = SudoForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        password_ok = user.check_password(form.cleaned_data["password"])
        if password_ok and device is not None and device.verify_token(form.cleaned_data["code"]):
            grant_sudo(request)
            record_now(user, "sudo.grant", "user", str(user.pk))
            return redirect(_safe_next(request) or reverse("cases:list"))
        form.add_error(None, _("The password or the code is not right."))
        record_now(user, "sudo.failed", "user", str(user.pk))
    return render(request, "accounts/sudo.html", {"form": form, "next": _safe_next(request)},
                  status=400 if form.errors else 200)


def _member_of_my_organisation(request: HttpRequest, user_id: int) -> Membership:
    mine = membership(request.user)
    found = Membership.objects.select_related("user").filter(
        user_id=user_id, organisation=mine.organisation if mine else None
    ).first()
    # Not someone else's people, and not oneself: a coordinator cannot lock themselves out.
    if found is None or found.user_id == request.user.pk:
        raise Http404
    return found


@login_required
@require_roles(Role.COORDINATOR)
def people(request: HttpRequest) -> HttpResponse:
    mine = membership(request.user)
    members = (
        Membership.objects.filter(organisation=mine.organisation if mine else None)
        .select_related("user")
        .annotate(authenticators=Count("user__totpdevice",
                                       filter=Q(user__totpdevice__confirmed=True)))
        .order_by("user__username")
    )
    from axes.models import AccessAttempt

    locked = set(AccessAttempt.objects.filter(failures_since_start__gte=_failure_limit())
                 .values_list("username", flat=True))
    return render(request, "accounts/people.html", {
        "members": members, "locked": locked, "role_form": RoleForm(),
        "new_person": NewPersonForm(), "me": request.user.pk,
    })


@login_required
@require_roles(Role.COORDINATOR)
@require_POST
@sudo_required
def person_add(request: HttpRequest) -> HttpResponse:
    """A new person gets a one-time password, shown once, to hand over in person."""
    mine = membership(request.user)
    form = NewPersonForm(request.POST)
    if not form.is_valid() or mine is None:
        for error in form.errors.get("username", []):
            messages.error(request, str(error))
        return redirect("accounts:people")
    password = secrets.token_urlsafe(12)
    actions.create_member(form.cleaned_data["username"], password, mine.organisation,
                          Role(form.cleaned_data["role"]), actor=request.user)
    return render(request, "accounts/new_person.html",
                  {"username": form.cleaned_data["username"], "password": password})


def _failure_limit() -> int:
    from django.conf import settings

    return int(settings.AXES_FAILURE_LIMIT)


PersonAction = Callable[[HttpRequest, Membership], None]


def _person_action(view: PersonAction) -> Callable[..., HttpResponseBase]:
    """A coordinator's POST action on one person of their organisation, after re-auth."""

    @login_required
    @require_roles(Role.COORDINATOR)
    @require_POST
    @sudo_required
    @wraps(view)
    def wrapped(request: HttpRequest, user_id: int) -> HttpResponse:
        view(request, _member_of_my_organisation(request, user_id))
        return redirect("accounts:people")

    return wrapped


@_person_action
def person_lockdown(request: HttpRequest, member: Membership) -> None:
    ended = actions.lock_down_person(request.user, member.user)
    messages.success(request, _("%(count)d sessions ended; the account is disabled.")
                     % {"count": ended})


@_person_action
def person_enable(request: HttpRequest, member: Membership) -> None:
    actions.enable(request.user, member.user)
    messages.success(request, _("The account is enabled again."))


@_person_action
def person_reset_factors(request: HttpRequest, member: Membership) -> None:
    actions.reset_factors(request.user, member.user)
    messages.success(request, _("Two-factor sign-in is reset; they enrol again at next sign-in."))


@_person_action
def person_lift_lockout(request: HttpRequest, member: Membership) -> None:
    actions.lift_lockout(request.user, member.user)
    messages.success(request, _("The sign-in lockout is lifted."))


@_person_action
def person_role(request: HttpRequest, member: Membership) -> None:
    form = RoleForm(request.POST)
    if form.is_valid():
        actions.change_role(request.user, member, Role(form.cleaned_data["role"]))
        messages.success(request, _("The role is changed."))


@login_required
@require_roles(Role.COORDINATOR)
@require_POST
@sudo_required
def lockdown_everyone(request: HttpRequest) -> HttpResponse:
    ended = actions.lock_down_everyone(request.user, keep_session=request.session.session_key)
    messages.success(request, _("%(count)d sessions ended. Everyone must sign in again.")
                     % {"count": ended})
    return redirect("accounts:people")


class PasswordChange(auth_views.PasswordChangeView):
    """Change one's own password (the first thing after a one-time password)."""

    template_name = "accounts/password.html"
    success_url = reverse_lazy("cases:list")

    def form_valid(self, form: Any) -> HttpResponse:
        with transaction.atomic():
            response = super().form_valid(form)
            record(self.request.user, "password.change", "user", str(self.request.user.pk))
        messages.success(self.request, _("Your password is changed."))
        return response


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    """A forged or stale form: refused, recorded, explained."""
    user = getattr(request, "user", None)
    actor = user if user is not None and user.is_authenticated else None
    record_now(actor, "security.csrf", "request", request.path, reason=reason[:120])
    return render(request, "403_csrf.html", status=403)
