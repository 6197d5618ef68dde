"""Changes to people and their access; each writes its audit entry in the same transaction."""

from __future__ import annotations

import secrets

from axes.utils import reset as axes_reset
from django.contrib.auth.models import User
from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import F
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from kuager.accounts.models import Membership, Organisation, Role
from kuager.audit.log import Actor, record

RECOVERY_CODES = 10


def create_member(username: str, password: str, organisation: Organisation, role: Role,
                  actor: Actor = None) -> User:
    with transaction.atomic():
        user = User.objects.create_user(username=username, password=password)
        _sync_staff(user, role)
        Membership.objects.create(user=user, organisation=organisation, role=role)
        record(actor, "person.create", "user", str(user.pk), role=str(role))
    return user


def _sync_staff(user: User, role: str) -> None:
    # Coordinators keep the vocabularies and the gazetteer in the admin pages.
    user.is_staff = user.is_superuser = role == Role.COORDINATOR
    user.save(update_fields=["is_staff", "is_superuser"])


def confirm_totp(user: User, device: TOTPDevice) -> list[str]:
    """Confirm a new authenticator and issue recovery codes, returned once and never again."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).exclude(pk=device.pk).delete()
        device.confirmed = True
        device.save(update_fields=["confirmed"])
        StaticDevice.objects.filter(user=user).delete()
        static = StaticDevice.objects.create(user=user, name="recovery")
        codes = [secrets.token_hex(5) for _ in range(RECOVERY_CODES)]
        StaticToken.objects.bulk_create([StaticToken(device=static, token=c) for c in codes])
        record(user, "2fa.enrol", "user", str(user.pk))
    return codes


def _end_sessions(user_ids: set[int] | None, keep: str | None = None) -> int:
    """Delete stored sessions of these people (everyone when None); returns how many."""
    ended = 0
    for session in Session.objects.all().iterator():
        if session.session_key == keep:
            continue
        owner = session.get_decoded().get("_auth_user_id")
        if user_ids is None or (owner is not None and int(owner) in user_ids):
            session.delete()
            ended += 1
    return ended


def lock_down_person(actor: Actor, user: User, disable: bool = True) -> int:
    """A seized phone: end every session of this person now, and (by default) disable them."""
    with transaction.atomic():
        Membership.objects.filter(user=user).update(session_epoch=F("session_epoch") + 1)
        if disable:
            user.is_active = False
            user.save(update_fields=["is_active"])
        ended = _end_sessions({user.pk})
        record(actor, "lockdown.person", "user", str(user.pk), sessions=ended, disabled=disable)
    return ended


def lock_down_everyone(actor: Actor, keep_session: str | None = None,
                       disable: bool = False) -> int:
    """A raid: end every session (but the coordinator's own, when acting from the web)."""
    with transaction.atomic():
        others = Membership.objects.all()
        if isinstance(actor, User):
            others = others.exclude(user=actor)
        others.update(session_epoch=F("session_epoch") + 1)
        if disable:
            users = User.objects.all()
            if isinstance(actor, User):
                users = users.exclude(pk=actor.pk)
            users.update(is_active=False)
        ended = _end_sessions(None, keep=keep_session)
        record(actor, "lockdown.everyone", "organisation", "", sessions=ended, disabled=disable)
    return ended


def enable(actor: Actor, user: User) -> None:
    with transaction.atomic():
        user.is_active = True
        user.save(update_fields=["is_active"])
        record(actor, "person.enable", "user", str(user.pk))


def reset_factors(actor: Actor, user: User) -> None:
    """A lost phone: the person enrols a new authenticator at the next sign-in."""
    with transaction.atomic():
        TOTPDevice.objects.filter(user=user).delete()
        StaticDevice.objects.filter(user=user).delete()
        Membership.objects.filter(user=user).update(session_epoch=F("session_epoch") + 1)
        _end_sessions({user.pk})
        record(actor, "2fa.reset", "user", str(user.pk))


def change_role(actor: Actor, member: Membership, role: Role) -> None:
    with transaction.atomic():
        old = member.role
        member.role = role
        member.session_epoch += 1  # new rights take effect at a fresh sign-in
        member.save(update_fields=["role", "session_epoch"])
        _sync_staff(member.user, role)
        record(actor, "role.change", "user", str(member.user_id), old=old, new=str(role))


def lift_lockout(actor: Actor, user: User) -> int:
    with transaction.atomic():
        lifted = int(axes_reset(username=user.get_username()))
        record(actor, "lockout.lift", "user", str(user.pk), attempts=lifted)
    return lifted
