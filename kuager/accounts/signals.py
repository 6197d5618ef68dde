"""Sign-ins, failures, lockouts and sign-outs go to the audit trail."""

from __future__ import annotations

from typing import Any

from axes.signals import user_locked_out
from django.contrib.auth.models import User
from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver
from django.http import HttpRequest

from kuager.accounts.middleware import EPOCH_KEY
from kuager.accounts.models import Membership
from kuager.audit.log import record_now


def _account(username: object) -> User | None:
    # The audit trail names accounts by id; text typed into the user name box stays out of
    # it, in case someone typed something other than a user name there.
    if not isinstance(username, str):
        return None
    return User.objects.filter(username=username).first()


@receiver(user_logged_in)
def signed_in(sender: Any, request: HttpRequest | None, user: User, **kwargs: Any) -> None:
    if request is not None:
        member = Membership.objects.filter(user=user).first()
        request.session[EPOCH_KEY] = member.session_epoch if member else 0
    record_now(user, "signin.password", "user", str(user.pk))


@receiver(user_login_failed)
def sign_in_failed(sender: Any, credentials: dict[str, Any], request: HttpRequest | None = None,
                   **kwargs: Any) -> None:
    account = _account(credentials.get("username"))
    record_now(None, "signin.failed", "user", str(account.pk) if account else "",
               known_account=account is not None)


@receiver(user_locked_out)
def locked_out(sender: Any, request: HttpRequest | None = None, username: str | None = None,
               **kwargs: Any) -> None:
    account = _account(username)
    record_now(None, "signin.lockout", "user", str(account.pk) if account else "")


@receiver(user_logged_out)
def signed_out(sender: Any, request: HttpRequest | None, user: User | None, **kwargs: Any) -> None:
    if user is not None:
        record_now(user, "signout", "user", str(user.pk))
