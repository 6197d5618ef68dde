"""The estimates page for analysts: how many incidents no list recorded, from the overlap of
lists. It reads a de-identified capture-history table (0/1 per list and a count), shows the
table, the models compared, the chosen estimate with its interval and a chart, and says in
plain words what the number means and what it does not. Nothing uploaded is stored."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from kuager.accounts.access import ALL_ROLES, require_roles
from kuager.estimates.forms import EstimateForm
from kuager.estimates.histories import CaptureTable, read_histories
from kuager.estimates.messages import render as say
from kuager.estimates.mse import Estimate, Method, estimate, estimate_strata
from kuager.estimates.notices import TableError
from kuager.linkage.actions import LinkageError, latest_finished_run, organisation_of
from kuager.linkage.histories import STRATA, capture_histories

CHART_WIDTH = 640


@login_required
@require_roles(*ALL_ROLES)
def page(request: HttpRequest) -> HttpResponse:
    context: dict[str, Any] = {}
    if request.method == "POST":
        form = EstimateForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                context.update(_estimate(form.cleaned_data, _table(request, form)))
            except TableError as problem:
                form.add_error("table", say(problem.notice))
            except LinkageError as problem:
                form.add_error(None, str(problem))
    else:
        form = EstimateForm()
    return render(request, "estimates/page.html", {"form": form, **context})


def _table(request: HttpRequest, form: EstimateForm) -> bytes | str:
    """The uploaded table, or the capture histories of the organisation's newest linkage."""
    if not form.cleaned_data["from_linkage"]:
        table: bytes = form.cleaned_data["table"]
        return table
    organisation = organisation_of(request.user)
    run = latest_finished_run(organisation) if organisation else None
    if run is None:
        raise LinkageError(_("No linkage of this organisation has finished yet."))
    stratum = form.cleaned_data["stratum"].strip()
    if stratum not in ("", *STRATA):
        raise LinkageError(_("Linked lists can be estimated by region or by year."))
    return capture_histories(run, stratum)


def _estimate(data: dict[str, Any], table: bytes | str) -> dict[str, Any]:
    method = Method(data["method"])
    histories = read_histories(table, data["stratum"].strip() or None)
    strata: list[dict[str, Any]] = []
    if histories.stratum_column:
        stratified = estimate_strata(histories, method)
        result = stratified.total
        strata = [{"name": name, **_summary(one)} for name, one in stratified.strata]
    else:
        result = estimate(histories.table, method)
    return {
        "from_linkage": bool(data["from_linkage"]),
        "result": result, "summary": _summary(result), "strata": strata,
        "stratum_column": histories.stratum_column,
        "histories": _rows(histories.table), "lists": histories.table.lists,
        "models": sorted(result.models, key=lambda m: (not m.chosen, m.estimate is None,
                                                        m.aic or m.bic or 0))[:12],
        "warnings": [say(w) for w in result.warnings],
        "reason": say(result.reason) if result.reason else None,
        "chart": _chart(result),
    }


def _summary(result: Estimate) -> dict[str, Any]:
    low, high = result.interval or (None, None)
    return {"observed": result.observed,
            "estimate": None if result.estimate is None else round(result.estimate),
            "low": None if low is None else round(low),
            "high": None if high is None else round(high),
            "unseen": None if result.estimate is None else round(result.estimate) - result.observed,
            "reason": say(result.reason) if result.reason else None}


def _rows(table: CaptureTable) -> list[dict[str, Any]]:
    """Each combination of lists with its count, most lists first, as a person reads it."""
    rows = [{"marks": [bool(bit) for bit in pattern], "count": int(count)}
            for pattern, count in zip(table.patterns, table.counts, strict=True)]
    return sorted(rows, key=lambda r: (-sum(r["marks"]), r["marks"]), reverse=False)


def _chart(result: Estimate) -> dict[str, Any] | None:
    """An axis from 0 to past the upper bound: the observed count as a bar, the estimate as a
    point with its interval, and every model compared as a tick, so the spread shows."""
    if result.estimate is None or result.interval is None:
        return None
    low, high = result.interval
    values = [result.observed, result.estimate, low]
    values += [m.estimate for m in result.models if m.estimate is not None]
    if high is not None:
        values.append(high)
    top = max(values) * 1.1 or 1.0

    def x(value: float) -> int:
        return round(CHART_WIDTH * value / top)

    return {"width": CHART_WIDTH, "observed": x(result.observed), "estimate": x(result.estimate),
            "low": x(low), "high": x(high if high is not None else top),
            "open_ended": high is None,
            "models": sorted({x(m.estimate) for m in result.models
                              if m.estimate is not None}),
            "top": round(top)}
