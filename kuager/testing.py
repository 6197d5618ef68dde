"""Test helpers: personas and plain-Python factories shared by every app's tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib.auth.models import User
from django.test import TestCase

from kuager.cases.actions import AllegationData, VictimData, do_record_allegation
from kuager.cases.models import Case
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

PASSWORD = "correct horse battery staple 7"  # noqa: S105 - test persona
TODAY = dt.date(2026, 11, 21)


def make_user(username: str, **fields: Any) -> User:
    return User.objects.create_user(username=username, password=PASSWORD, **fields)


def term(vocabulary: str, code: str) -> Term:
    return Term.objects.get(vocabulary__key=vocabulary, code=code)


def region(code: str) -> Region:
    return Region.objects.get(code=code)


def facility(legacy_code: str) -> Facility:
    return Facility.objects.get(legacy_code=legacy_code)


def make_case(
    name: str = "Айгерим Тарбекова", narrative: str = "Меня избили в камере.", **fields: Any
) -> Case:
    data = AllegationData(victim=VictimData(full_name=name), narrative=narrative,
                          received_on=TODAY, **fields)
    return do_record_allegation(None, data, TODAY)


class KuagerTestCase(TestCase):
    """Personas: a documenter who owns cases, a colleague, and an outsider (roles come later)."""

    owner: User
    colleague: User

    @classmethod
    def setUpTestData(cls) -> None:
        cls.owner = make_user("owner")
        cls.colleague = make_user("colleague")
