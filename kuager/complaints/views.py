"""Complaints on a case, due and overdue answers, the urgent queue and the funnel page."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Case as DbCase
from django.db.models import IntegerField, Max, Min, QuerySet, Value, When
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from kuager.accounts.access import (
    ALL_ROLES,
    CASE_WORKERS,
    membership,
    require_roles,
    sudo_required,
)
from kuager.audit.log import record
from kuager.cases.access import cases_for_user, coded_cases_for_user, get_case_for_user
from kuager.cases.forms import SearchForm
from kuager.cases.models import Case
from kuager.complaints import actions
from kuager.complaints.appeal import NoConsent, draft_urgent_appeal
from kuager.complaints.deadlines import DUE_SOON_DAYS, due_on, local_today
from kuager.complaints.filters import FunnelFilter
from kuager.complaints.forms import ComplaintForm, FlagForm, RetaliationForm, StatusForm
from kuager.complaints.funnel import Funnel, funnel
from kuager.complaints.models import (
    RISK_WEIGHT,
    Complaint,
    ResponsePeriod,
    Retaliation,
    RiskFlag,
    Status,
)
from kuager.complaints.timeline import timeline
from kuager.vocab.models import Term


def _page(request: HttpRequest, case: Case, **forms: Any) -> HttpResponse:
    periods = dict(ResponsePeriod.objects.values_list("channel_id", "days"))
    complaints = list(Complaint.objects.filter(case=case).select_related("channel")
                      .prefetch_related("history__response", "history__outcome",
                                        "history__ground"))
    today = local_today()
    for complaint in complaints:
        due = due_on(complaint, periods)
        complaint.due = due  # type: ignore[attr-defined]
        complaint.overdue = (  # type: ignore[attr-defined]
            complaint.status == Status.FILED and due is not None and due < today)
    context = {
        "case": case, "complaints": complaints,
        "retaliation": Retaliation.objects.filter(case=case).select_related("complaint"),
        "flags": RiskFlag.objects.filter(case=case).order_by("resolved_at", "-raised_at"),
        "complaint_form": forms.get("complaint_form") or ComplaintForm(),
        "status_form": StatusForm(initial={"on": today}, auto_id="status_%s"),
        "retaliation_form": forms.get("retaliation_form") or RetaliationForm(
            complaints=Complaint.objects.filter(case=case), initial={"on": today},
            auto_id="retaliation_%s"),
        "flag_form": FlagForm(auto_id="flag_%s"),
        "timeline": timeline(case),
    }
    return render(request, "complaints/case.html", context,
                  status=400 if any(f.errors for f in forms.values()) else 200)


@login_required
@require_roles(*CASE_WORKERS)
def case_complaints(request: HttpRequest, number: str) -> HttpResponse:
    return _page(request, get_case_for_user(request.user, number))


def _refused(request: HttpRequest, error: actions.ComplaintError) -> None:
    messages.error(request, str(error))


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def complaint_add(request: HttpRequest, number: str) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    form = ComplaintForm(request.POST)
    if not form.is_valid():
        return _page(request, case, complaint_form=form)
    d = form.cleaned_data
    try:
        actions.do_file_complaint(request.user, case, d["channel"], d["filed_on"], d["office"],
                                  d["references"], d["summary"], drafted=d["filed_on"] is None)
    except actions.ComplaintError as error:
        _refused(request, error)
    return redirect("complaints:case", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def complaint_status(request: HttpRequest, number: str, complaint_id: int) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    complaint = Complaint.objects.filter(pk=complaint_id, case=case).first()
    if complaint is None:
        raise Http404
    form = StatusForm(request.POST)
    if form.is_valid():
        d = form.cleaned_data
        try:
            actions.do_change_status(request.user, complaint, d["status"], d["on"],
                                     d["response"], d["outcome"], d["note"], d["ground"])
        except actions.ComplaintError as error:
            _refused(request, error)
    else:
        messages.error(request, " ".join(str(e) for errors in form.errors.values()
                                         for e in errors))
    return redirect("complaints:case", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def retaliation_add(request: HttpRequest, number: str) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    form = RetaliationForm(request.POST, complaints=Complaint.objects.filter(case=case))
    if not form.is_valid():
        return _page(request, case, retaliation_form=form)
    d = form.cleaned_data
    try:
        actions.do_record_retaliation(request.user, case, d["kind"], d["on"], d["complaint"],
                                      d["note"])
    except actions.ComplaintError as error:
        _refused(request, error)
    return redirect("complaints:case", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def flag_raise(request: HttpRequest, number: str) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    form = FlagForm(request.POST)
    if form.is_valid():
        actions.do_raise_flag(request.user, case, form.cleaned_data["kind"],
                              form.cleaned_data["note"])
    return redirect("complaints:case", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def flag_resolve(request: HttpRequest, number: str, flag_id: int) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    flag = RiskFlag.objects.filter(pk=flag_id, case=case, resolved_at__isnull=True).first()
    if flag is None:
        raise Http404
    actions.do_resolve_flag(request.user, flag)
    return redirect("complaints:case", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
@sudo_required
def urgent_appeal(request: HttpRequest, number: str) -> HttpResponse:
    """The draft shows identities (within consent): re-authentication first, and recorded."""
    case = get_case_for_user(request.user, number)
    try:
        draft = draft_urgent_appeal(case)
    except NoConsent as reason:
        messages.error(request, str(reason))
        return redirect("complaints:case", number=case.number)
    with transaction.atomic():
        record(request.user, "appeal.draft", "case", case.number,
               withheld=len(draft.withheld))
    return render(request, "complaints/appeal.html", {"case": case, "draft": draft})


@login_required
@require_roles(*CASE_WORKERS)
def deadlines(request: HttpRequest) -> HttpResponse:
    """Answers awaited: overdue first, then due soon; mine and my organisation's."""
    periods = dict(ResponsePeriod.objects.values_list("channel_id", "days"))
    today = local_today()
    awaited = Complaint.objects.filter(case__in=cases_for_user(request.user),
                                       status=Status.FILED).select_related("case", "channel")
    rows: list[dict[str, Any]] = []
    for complaint in awaited:
        due = due_on(complaint, periods)
        if due is None or due > today + _days(DUE_SOON_DAYS):
            continue
        rows.append({"complaint": complaint, "due": due, "overdue": due < today,
                     "mine": complaint.filed_by_id == request.user.pk,
                     "late_by": (today - due).days})
    rows.sort(key=lambda r: r["due"])
    return render(request, "complaints/deadlines.html", {
        "mine": [r for r in rows if r["mine"]], "organisation": rows, "today": today,
    })


def _days(n: int) -> Any:
    import datetime as dt

    return dt.timedelta(days=n)


@login_required
@require_roles(*CASE_WORKERS)
def urgent(request: HttpRequest) -> HttpResponse:
    """Cases with open risk flags, the gravest risk first, then the longest waiting."""
    # Driven from the open flags (a few thousand), not from every case of the organisation.
    weight = DbCase(*[When(kind=kind, then=Value(w)) for kind, w in RISK_WEIGHT.items()],
                    default=Value(0), output_field=IntegerField())
    per_case = (RiskFlag.objects.filter(resolved_at__isnull=True,
                                        case__in=cases_for_user(request.user).values("pk"))
                .values("case_id").annotate(weight=Max(weight), since=Min("raised_at"))
                .order_by("-weight", "since", "case_id"))
    page = Paginator(per_case, 50).get_page(request.GET.get("page"))
    ids = [row["case_id"] for row in page.object_list]
    cases = Case.objects.select_related("region", "facility").in_bulk(ids)
    flags: dict[int, list[RiskFlag]] = {}
    for flag in RiskFlag.objects.filter(case_id__in=ids, resolved_at__isnull=True):
        flags.setdefault(flag.case_id, []).append(flag)
    entries = [{"case": cases[row["case_id"]], "flags": flags.get(row["case_id"], []),
                "since": row["since"]} for row in page.object_list]
    return render(request, "complaints/urgent.html", {"queue": entries, "page": page})


def _funnel_for(request: HttpRequest) -> tuple[Funnel, SearchForm, QuerySet[Case]]:
    form = SearchForm(request.GET or None)
    del form.fields["q"]
    chosen = FunnelFilter()
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        chosen.region = d["region"].pk if d["region"] else None
        chosen.facility = d["facility"].pk if d["facility"] else None
    year = request.GET.get("year", "")
    chosen.year = int(year) if year.isdigit() and 1990 < int(year) < 2100 else None
    chosen.office = request.GET.get("office", "")[:100]
    channel = request.GET.get("channel", "")
    chosen.channel = int(channel) if channel.isdigit() else None
    cases = chosen.apply(coded_cases_for_user(request.user))
    return funnel(cases), form, cases


@login_required
@require_roles(*ALL_ROLES)
def funnel_page(request: HttpRequest) -> HttpResponse:
    result, form, _ = _funnel_for(request)
    top = max([result.allegations, 1])
    bars = [{"label": s.label, "cases": s.cases, "median": s.median_days,
             "width": round(560 * s.cases / top), "y": 40 + 34 * (i + 1)}
            for i, s in enumerate(result.stages)]
    return render(request, "complaints/funnel.html", {
        "funnel": result, "form": form, "bars": bars, "chart_height": 40 + 34 * 7,
        "all_width": 560, "query_string": request.GET.urlencode(),
        "channels": Term.objects.of("channels").active(),
        "retaliation": [(Retaliation.Kind(kind).label, n)
                        for kind, n in sorted(result.retaliation.items(), key=lambda kv: -kv[1])],
        "sees_identities": bool(membership(request.user) and
                                membership(request.user).sees_identities),  # type: ignore[union-attr]
    })


@login_required
@require_roles(*ALL_ROLES)
def funnel_csv(request: HttpRequest) -> HttpResponse:
    result, _, _ = _funnel_for(request)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["stage", "cases", "median_days"])
    writer.writerow(["allegations", result.allegations, ""])
    for stage in result.stages:
        median = "" if stage.median_days is None else f"{stage.median_days:g}"
        writer.writerow([stage.key, stage.cases, median])
    writer.writerow(["closed_not_proven", result.not_proven, ""])
    response = HttpResponse(buffer.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="kuager-funnel.csv"'
    return response
