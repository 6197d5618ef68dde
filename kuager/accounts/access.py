"""Who may do what: roles, verified sign-in and the re-authentication window."""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import wraps
from typing import Any
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import Http404, HttpRequest
from django.http.response import HttpResponseBase
from django.shortcuts import redirect
from django.urls import reverse

from kuager.accounts.models import Membership, Role

SUDO_KEY = "kuager_sudo_until"
AnyUser = AbstractBaseUser | AnonymousUser


def membership(user: AnyUser) -> Membership | None:
    """The membership of a signed-in, active, two-factor-verified person, else None."""
    if not user.is_authenticated or not user.is_active:
        return None
    is_verified = getattr(user, "is_verified", None)
    if is_verified is None or not is_verified():
        return None
    try:
        found: Membership = user.membership  # type: ignore[attr-defined]
    except Membership.DoesNotExist:
        return None
    return found


View = Callable[..., HttpResponseBase]


def require_roles(*roles: Role) -> Callable[[View], View]:
    """Views for some roles only; anyone else gets 404, as for a case they may not see."""

    def decorate(view: View) -> View:
        @wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            found = membership(request.user)
            if found is None or found.role not in roles:
                raise Http404
            return view(request, *args, **kwargs)

        return wrapped

    return decorate


ALL_ROLES = tuple(Role)
CASE_WORKERS = (Role.COORDINATOR, Role.LAWYER, Role.DOCUMENTER, Role.MEDICAL)


def in_sudo(request: HttpRequest) -> bool:
    return float(request.session.get(SUDO_KEY, 0)) > time.time()


def grant_sudo(request: HttpRequest) -> None:
    request.session[SUDO_KEY] = time.time() + settings.KUAGER_SUDO_SECONDS


def sudo_required(view: View) -> View:
    """Reveals, exports, role and key changes need a password and a fresh code first."""

    @wraps(view)
    def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
        if not in_sudo(request):
            back = request.get_full_path() if request.method == "GET" else _page_of(request)
            return redirect(f"{reverse('accounts:sudo')}?{urlencode({'next': back})}")
        return view(request, *args, **kwargs)

    return wrapped


def _page_of(request: HttpRequest) -> str:
    """A POST-only action's page to come back to: its URL without the last segment."""
    path = request.path.rstrip("/")
    return path.rsplit("/", 1)[0] + "/" if "/" in path else ""
