"""Test helpers: personas and plain-Python factories shared by every app's tests."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from django.contrib.auth.models import User
from django.test import Client, TestCase
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from kuager.accounts.access import SUDO_KEY
from kuager.accounts.models import Membership, Organisation, Role
from kuager.cases.actions import AllegationData, VictimData, do_record_allegation
from kuager.cases.models import Case, TeamMember
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

PASSWORD = "correct horse battery staple 7"  # noqa: S105 - test persona
TODAY = dt.date(2026, 11, 21)


def organisation(name: str = "Test organisation") -> Organisation:
    return Organisation.objects.get_or_create(name=name)[0]


def make_user(username: str, role: Role | None = Role.DOCUMENTER,
              org: Organisation | None = None, **fields: Any) -> User:
    user = User.objects.create_user(username=username, password=PASSWORD, **fields)
    if role is not None:
        Membership.objects.create(user=user, organisation=org or organisation(), role=role)
        if role == Role.COORDINATOR:
            user.is_staff = user.is_superuser = True
            user.save(update_fields=["is_staff", "is_superuser"])
    return user


def enrol(user: User) -> TOTPDevice:
    device: TOTPDevice = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    return device


def current_code(device: TOTPDevice, offset: int = 0) -> str:
    """The code the person's phone would show now (offset in 30-second steps)."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + offset * device.step
    return f"{totp.token():0{device.digits}d}"


def sign_in(client: Client, user: User, sudo: bool = False) -> None:
    """A signed-in session that has passed the second factor (and, if asked, re-auth)."""
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or enrol(user)
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    if sudo:
        session[SUDO_KEY] = time.time() + 300
    session.save()


def term(vocabulary: str, code: str) -> Term:
    return Term.objects.get(vocabulary__key=vocabulary, code=code)


def region(code: str) -> Region:
    return Region.objects.get(code=code)


def facility(legacy_code: str) -> Facility:
    return Facility.objects.get(legacy_code=legacy_code)


def make_case(
    name: str = "Айгерим Тарбекова", narrative: str = "Меня избили в камере.",
    org: Organisation | None = None, team: tuple[User, ...] = (), **fields: Any
) -> Case:
    fields.setdefault("received_on", TODAY)
    data = AllegationData(victim=VictimData(full_name=name), narrative=narrative, **fields)
    case = do_record_allegation(None, data, TODAY, org or organisation())
    TeamMember.objects.bulk_create([TeamMember(case=case, user=u) for u in team])
    return case


class KuagerTestCase(TestCase):
    """Personas of one organisation (and one outsider organisation)."""

    coordinator: User
    owner: User
    colleague: User
    outsider: User
    medic: User
    analyst: User
    foreign_coordinator: User

    @classmethod
    def setUpTestData(cls) -> None:
        cls.coordinator = make_user("coordinator", Role.COORDINATOR)
        cls.owner = make_user("owner", Role.DOCUMENTER)
        cls.colleague = make_user("colleague", Role.LAWYER)
        cls.outsider = make_user("outsider", Role.DOCUMENTER)
        cls.medic = make_user("medic", Role.MEDICAL)
        cls.analyst = make_user("analyst", Role.ANALYST)
        cls.foreign_coordinator = make_user("foreign", Role.COORDINATOR,
                                            org=organisation("Another organisation"))
