"""The one door to cases: every view gets its cases through here, and outsiders get 404."""

from __future__ import annotations

from django.db.models import QuerySet
from django.http import Http404

from kuager.accounts.access import AnyUser, membership
from kuager.accounts.models import Membership, Role
from kuager.audit.log import record_now
from kuager.cases.models import Case


def cases_for_user(user: AnyUser) -> QuerySet[Case]:
    """Cases this person may open: coordinators all of their organisation's, others their
    teams' cases. Analysts open none: they see coded data only (coded_cases_for_user)."""
    return cases_for_member(membership(user))


def cases_for_member(found: Membership | None) -> QuerySet[Case]:
    """The same rule for a membership known without a signed-in request (reminders)."""
    if found is None or not found.sees_identities:
        return Case.objects.none()
    cases = Case.objects.filter(organisation=found.organisation)
    if found.is_coordinator:
        return cases
    return cases.filter(members__user_id=found.user_id)


def coded_cases_for_user(user: AnyUser) -> QuerySet[Case]:
    """Cases whose coded, non-identifying fields this person may list and count."""
    found = membership(user)
    if found is not None and found.role == Role.ANALYST:
        return Case.objects.filter(organisation=found.organisation)
    return cases_for_user(user)


def get_case_for_user(user: AnyUser, number: str) -> Case:
    try:
        return cases_for_user(user).select_related("region", "facility").get(number=number)
    except Case.DoesNotExist:
        # A guessed or foreign number: refused exactly like a missing one, and recorded.
        actor = user if membership(user) is not None else None
        record_now(actor, "case.denied", "case", number[:20])
        raise Http404 from None
