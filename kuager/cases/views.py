"""Case pages: list with search and facets, intake, detail, team, and the audited reveal."""

from __future__ import annotations

import csv
import io

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.db.models import Count, Prefetch, Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from kuager.accounts.access import (
    ALL_ROLES,
    CASE_WORKERS,
    membership,
    require_roles,
    sudo_required,
)
from kuager.accounts.models import Membership, Role
from kuager.cases.access import coded_cases_for_user, get_case_for_user
from kuager.cases.actions import (
    do_add_to_team,
    do_export,
    do_read_free_text,
    do_record_allegation,
    do_remove_from_team,
    do_reveal_identity,
)
from kuager.cases.exports import export_rows
from kuager.cases.forms import AllegationForm, SearchForm
from kuager.cases.models import Act, Case, CasePerson, Information, today
from kuager.cases.search import CasePaginator, Filters, facet_counts, matching_cases
from kuager.coding.models import Suggestion
from kuager.coding.views import label_suggestions
from kuager.evidence.views import EvidenceForm
from kuager.places.models import Region

PAGE_SIZE = 50


@login_required
@require_roles(*ALL_ROLES)
def case_list(request: HttpRequest) -> HttpResponse:
    mine = membership(request.user)
    sees_identities = mine is not None and mine.sees_identities
    form = SearchForm(request.GET or None)
    if not sees_identities:
        # Analysts filter by coded fields only: a name search would tell them who is here.
        del form.fields["q"]
    visible = coded_cases_for_user(request.user)
    if form.is_bound and form.is_valid():
        found = matching_cases(visible, form.cleaned_data.get("q", ""),
                               Filters.from_form(form.cleaned_data))
    else:
        found = visible
    page = CasePaginator(found, PAGE_SIZE).get_page(request.GET.get("page"))
    region_counts = facet_counts(found, "region")
    regions: dict[int | str, Region] = {
        r.pk: r for r in Region.objects.filter(pk__in=region_counts)
    }
    status_counts = facet_counts(found, "status")
    return render(request, "cases/list.html", {
        "form": form,
        "page": page,
        "can_open": sees_identities,
        "region_facets": sorted(((regions[k], n) for k, n in region_counts.items()),
                                key=lambda rn: -rn[1]),
        "status_facets": [(label, status_counts.get(value, 0))
                          for value, label in Case.Status.choices if value in status_counts],
        "query_string": _without_page(request),
    })


def _without_page(request: HttpRequest) -> str:
    params = request.GET.copy()
    params.pop("page", None)
    return params.urlencode()


@login_required
@require_roles(*ALL_ROLES)
@sudo_required
def case_export(request: HttpRequest) -> HttpResponse:
    """The listed cases' coded fields as CSV (names and accounts never leave by the web)."""
    form = SearchForm(request.GET or None)
    del form.fields["q"]
    found = coded_cases_for_user(request.user)
    if form.is_bound and form.is_valid():
        found = matching_cases(found, "", Filters.from_form(form.cleaned_data))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    rows = list(export_rows(reveal=False, cases=found))
    writer.writerows(rows)
    do_export(request.user, len(rows) - 1)
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kuager-cases.csv"'
    return response


@login_required
@require_roles(*CASE_WORKERS)
@require_http_methods(["GET", "POST"])
def case_new(request: HttpRequest) -> HttpResponse:
    form = AllegationForm(request.POST or None, initial={"received_on": today()})
    mine = membership(request.user)
    if request.method == "POST" and form.is_valid() and mine is not None:
        case = do_record_allegation(request.user, form.to_allegation(), today(),
                                    mine.organisation)
        return redirect("cases:detail", number=case.number)
    status = 400 if form.is_bound and form.errors else 200
    return render(request, "cases/new.html", {"form": form}, status=status)


def confirmed_coding(case: Case) -> list[Suggestion]:
    """Coding that came from letters: what was proposed by which rules, confirmed by whom."""
    found = list(Suggestion.objects.filter(
        Q(information__case=case) | Q(evidence__case=case),
        status__in=(Suggestion.Status.ACCEPTED, Suggestion.Status.EDITED),
    ).select_related("decided_by").order_by("decided_at", "id"))
    return label_suggestions(found)


def _case_context(request: HttpRequest, case: Case) -> dict[str, object]:
    acts = Act.objects.select_related(
        "location_type", "statements_signed", "medical_attention"
    ).prefetch_related("methods", "purposes", "consequences", "involvements__perpetrator_type")
    incidents = case.incidents.select_related("region", "facility").prefetch_related(
        Prefetch("acts", queryset=acts)
    )
    mine = membership(request.user)
    team = User.objects.filter(case_teams=case).order_by("username")
    candidates = None
    if mine is not None and mine.is_coordinator:
        candidates = User.objects.filter(
            membership__organisation=mine.organisation, is_active=True
        ).exclude(membership__role=Role.ANALYST).exclude(case_teams=case).order_by("username")
    return {
        "case": case,
        "incidents": incidents,
        "information": Information.objects.filter(case=case).select_related(
            "source_type", "connection"
        ).annotate(
            proposals=Count("suggestions"),
            undecided=Count("suggestions", filter=Q(suggestions__status="proposed")),
        ),
        "consents": case.consents.all(),
        "risk_notes": case.risk_notes.all(),
        "team": team,
        "evidence": case.evidence.select_related("blob").order_by("id"),
        "evidence_form": EvidenceForm(case=case),
        "team_candidates": candidates,
        "confirmed": confirmed_coding(case),
    }


@login_required
@require_roles(*CASE_WORKERS)
def case_detail(request: HttpRequest, number: str) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    do_read_free_text(request.user, case)
    return render(request, "cases/detail.html", _case_context(request, case))


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
@sudo_required
def case_reveal(request: HttpRequest, number: str) -> HttpResponse:
    """Identities are shown in the answer to an explicit, audited request, never kept on screen."""
    case = get_case_for_user(request.user, number)
    do_reveal_identity(request.user, case)
    people = CasePerson.objects.filter(case=case).select_related("person").order_by("role", "id")
    return render(request, "cases/detail.html", {**_case_context(request, case),
                                                 "people": people})


@login_required
@require_roles(Role.COORDINATOR)
@require_POST
@sudo_required
def case_team(request: HttpRequest, number: str) -> HttpResponse:
    """Coordinators decide who works on a case: a change of who may read it."""
    case = get_case_for_user(request.user, number)
    mine = membership(request.user)
    try:
        member = Membership.objects.select_related("user").get(
            user_id=int(request.POST.get("user", "")),
            organisation=mine.organisation if mine else None,
        )
    except (ValueError, Membership.DoesNotExist):
        raise Http404 from None
    if request.POST.get("remove"):
        do_remove_from_team(request.user, case, member.user)
    elif member.role != Role.ANALYST:
        do_add_to_team(request.user, case, member.user)
    return redirect("cases:detail", number=case.number)
