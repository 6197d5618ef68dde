"""The one door to cases: every view gets its cases through here, and outsiders get 404."""

from __future__ import annotations

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db.models import QuerySet
from django.http import Http404

from kuager.cases.models import Case


def cases_for_user(user: AbstractBaseUser | AnonymousUser) -> QuerySet[Case]:
    """Cases this person may see. Teams and roles narrow this (access-control issue)."""
    if not user.is_authenticated or not user.is_active:
        return Case.objects.none()
    return Case.objects.all()


def get_case_for_user(user: AbstractBaseUser | AnonymousUser, number: str) -> Case:
    try:
        return cases_for_user(user).select_related("region", "facility").get(number=number)
    except Case.DoesNotExist:
        raise Http404 from None
