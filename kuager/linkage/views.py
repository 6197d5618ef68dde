"""Linkage pages for coordinators and analysts: partners' lists, the pairs to review side by
side, the clusters with the lists that reported each incident, and undoing a merge.

Analysts judge pairs on coded fields and on how the names compare, never on the names; a
coordinator sees the names after re-authenticating, and each such view is recorded.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.core.files.uploadhandler import MemoryFileUploadHandler, StopUpload
from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kuager.accounts.access import in_sudo, membership, require_roles
from kuager.accounts.csrf import csrf_protect
from kuager.accounts.models import Organisation, Role
from kuager.audit.log import record_now
from kuager.cases.models import Act
from kuager.linkage.actions import (
    LINKERS,
    LinkageError,
    decisions_in_force,
    do_decide,
    do_import_partner_list,
    do_remove_partner_list,
    do_start_run,
    latest_finished_run,
    latest_run,
    organisation_of,
    pairs_for,
    verdict_in_force,
)
from kuager.linkage.compare import compare
from kuager.linkage.engine import REVIEW_CEILING, REVIEW_FLOOR
from kuager.linkage.forms import MAX_LIST_BYTES, PartnerListForm
from kuager.linkage.histories import STRATA, capture_histories
from kuager.linkage.models import OWN, ClusterMember, LinkPair, LinkRun, PairDecision, PartnerList
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import InputError
from kuager.linkage.sources import Entry, records_by_key
from kuager.places.gazetteer import Gazetteer
from kuager.places.models import Region

PAGE_SIZE = 25
Verdict = PairDecision.Verdict


def _organisation(request: HttpRequest) -> Organisation:
    found = organisation_of(request.user)
    if found is None:  # require_roles let the person in; this cannot happen, but never guess
        raise Http404
    return found


def _shows_names(request: HttpRequest) -> bool:
    found = membership(request.user)
    return found is not None and found.is_coordinator and in_sudo(request)


@login_required
@require_roles(*LINKERS)
def home(request: HttpRequest) -> HttpResponse:
    organisation = _organisation(request)
    return _home(request, organisation, PartnerListForm())


def _home(request: HttpRequest, organisation: Organisation, form: PartnerListForm,
          status: int = 200) -> HttpResponse:
    finished = latest_finished_run(organisation)
    return render(request, "linkage/home.html", {
        "form": form, "run": latest_run(organisation), "finished": finished,
        "lists": PartnerList.objects.filter(organisation=organisation)
                                    .select_related("imported_by"),
        "to_review": _undecided_count(organisation) if finished else 0,
        "strata": STRATA,
    }, status=status)


class InMemoryUpload(MemoryFileUploadHandler):
    """Keeps an upload in memory up to a limit and never on disk. A partner's list holds
    names, and Django's default handlers would spill a large one to a temporary file in
    clear; beyond the limit the upload is stopped and nothing is kept."""

    def __init__(self, request: HttpRequest, limit: int) -> None:
        super().__init__(request)
        self.limit = limit
        self.too_large = False

    def handle_raw_input(self, *args: Any, **kwargs: Any) -> None:
        self.activated = True  # whatever the size: the limit below decides

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        if start + len(raw_data) > self.limit:
            self.too_large = True
            raise StopUpload(connection_reset=False)
        return super().receive_data_chunk(raw_data, start)


@csrf_exempt  # the token is checked below, once the upload handler is in place
@login_required
@require_roles(*LINKERS)
@require_POST
def import_list(request: HttpRequest) -> HttpResponse:
    handler = InMemoryUpload(request, MAX_LIST_BYTES)
    request.upload_handlers = [handler]
    return _import_list(request, handler)


@csrf_protect
def _import_list(request: HttpRequest, handler: InMemoryUpload) -> HttpResponse:
    organisation = _organisation(request)
    try:
        form = PartnerListForm(request.POST, request.FILES)
        valid = form.is_valid()
    except (MultiPartParserError, RequestDataTooBig):
        form, valid = PartnerListForm(), False
        form.add_error(None, _("The upload did not arrive whole. Nothing was imported; "
                               "please try again."))
    if handler.too_large:
        form = PartnerListForm(request.POST)
        form.add_error("file", _("The file is larger than 20 MB."))
        valid = False
    if not valid:
        return _home(request, organisation, form)
    try:
        partner_list = do_import_partner_list(request.user, organisation,
                                              form.cleaned_data["label"],
                                              form.cleaned_data["file"])
    except InputError as problem:
        form.add_error("file", str(problem))
        return _home(request, organisation, form)
    messages.success(request, ngettext(
        "%(count)d record imported into “%(label)s”.",
        "%(count)d records imported into “%(label)s”.", partner_list.size)
        % {"count": partner_list.size, "label": partner_list.label})
    _start(request, organisation)
    return redirect("linkage:home")


@login_required
@require_roles(Role.COORDINATOR)
@require_POST
def remove_list(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _organisation(request)
    partner_list = PartnerList.objects.filter(organisation=organisation, pk=pk).first()
    if partner_list is None:
        raise Http404
    if not in_sudo(request):  # deleting identities needs the password again; back to the list
        back = urlencode({"next": reverse("linkage:home")})
        return redirect(f"{reverse('accounts:sudo')}?{back}")
    label = partner_list.label
    count = do_remove_partner_list(request.user, partner_list)
    messages.success(request, ngettext(
        "“%(label)s” and its %(count)d record were deleted; linkage runs again without them.",
        "“%(label)s” and its %(count)d records were deleted; linkage runs again without them.",
        count) % {"label": label, "count": count})
    return redirect("linkage:home")


@login_required
@require_roles(*LINKERS)
@require_POST
def start(request: HttpRequest) -> HttpResponse:
    _start(request, _organisation(request))
    return redirect("linkage:home")


def _start(request: HttpRequest, organisation: Organisation) -> None:
    try:
        do_start_run(request.user, organisation)
    except LinkageError as problem:
        messages.warning(request, str(problem))
    else:
        messages.info(request, _("Linkage started: every record and list is being compared."))


def _queue(organisation: Organisation) -> QuerySet[LinkPair]:
    """Pairs the model was unsure of, the most uncertain first."""
    return pairs_for(organisation).filter(
        probability__gte=REVIEW_FLOOR, probability__lt=REVIEW_CEILING).order_by("doubt", "pk")


def _decided(organisation: Organisation) -> set[tuple[str, str]]:
    """Pairs with a verdict in force; a pair whose verdict was taken back is open again."""
    return {(d.left, d.right) for d in decisions_in_force(organisation)}


def _undecided(organisation: Organisation) -> list[int]:
    """The review queue as pair ids, for paging: every uncertain pair nobody has decided."""
    decided = _decided(organisation)
    return [pk for pk, left, right in _queue(organisation).values_list("pk", "left", "right")
            if (left, right) not in decided]


def _next_undecided(organisation: Organisation, after: int) -> int | None:
    """The first pair of the queue other than `after`; reads only as far as it must."""
    decided = _decided(organisation)
    rows = _queue(organisation).exclude(pk=after).values_list("pk", "left", "right")
    return next((pk for pk, left, right in rows.iterator(chunk_size=100)
                 if (left, right) not in decided), None)


def _undecided_count(organisation: Organisation) -> int:
    """How many pairs wait for review, counted in SQL: the queue less the decided pairs in it
    (decisions are few; the queue may hold tens of thousands of pairs)."""
    queue = _queue(organisation)
    decided = _decided(organisation)
    lefts = sorted({left for left, _right in decided})
    in_queue = 0
    for start in range(0, len(lefts), 500):  # SQLite's limit on parameters
        in_queue += sum(1 for pair in queue.filter(left__in=lefts[start:start + 500])
                        .values_list("left", "right") if pair in decided)
    return queue.count() - in_queue


@login_required
@require_roles(*LINKERS)
def review(request: HttpRequest) -> HttpResponse:
    organisation = _organisation(request)
    page = Paginator(_undecided(organisation), PAGE_SIZE).get_page(request.GET.get("page"))
    pairs = {p.pk: p for p in LinkPair.objects.filter(pk__in=list(page.object_list))}
    return render(request, "linkage/review.html", {
        "page": page, "pairs": [pairs[pk] for pk in page.object_list],
        "finished": latest_finished_run(organisation)})


@dataclass
class Side:
    key: str
    entry: Entry | None
    cluster: int | None
    case_number: str = ""


@login_required
@require_roles(*LINKERS)
def pair(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _organisation(request)
    found = pairs_for(organisation).select_related("run").filter(pk=pk).first()
    if found is None:
        raise Http404
    places = PlaceKeys(Gazetteer.load())
    entries = records_by_key(organisation, (found.left, found.right), places)
    clusters = dict(ClusterMember.objects.filter(run=found.run, record__in=(
        found.left, found.right)).values_list("record", "cluster"))
    sides = [Side(key, entries.get(key), clusters.get(key)) for key in (found.left, found.right)]
    names = _shows_names(request)
    if names:
        _case_numbers(sides)
        record_now(request.user, "linkage.names_viewed", "pair", f"{found.left}~{found.right}")
    left, right = sides[0].entry, sides[1].entry
    member = membership(request.user)
    return render(request, "linkage/pair.html", {
        "pair": found, "sides": sides, "names": names,
        "can_reveal": member is not None and member.is_coordinator,
        "agreements": compare(left.record, right.record, places) if left and right else [],
        "verdict": verdict_in_force(organisation, found.left, found.right),
        "same_cluster": sides[0].cluster is not None and sides[0].cluster == sides[1].cluster,
        "next": _next_undecided(organisation, found.pk),
    })


def _case_numbers(sides: list[Side]) -> None:
    own = {int(s.key[1:]): s for s in sides if s.key.startswith(OWN)}
    for act_pk, number in Act.objects.filter(pk__in=own).values_list(
            "pk", "incident__case__number"):
        own[act_pk].case_number = number


@login_required
@require_roles(*LINKERS)
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    organisation = _organisation(request)
    found = pairs_for(organisation).filter(pk=pk).first()
    if found is None:
        raise Http404
    verdict = request.POST.get("verdict", "")
    try:
        moved = do_decide(request.user, organisation, [(found.left, found.right)], verdict)
    except LinkageError as problem:
        messages.error(request, str(problem))
        return redirect("linkage:pair", pk=pk)
    messages.success(request, _decision_message(verdict, moved))
    following = request.POST.get("next", "")
    if following.isdigit() and pairs_for(organisation).filter(pk=int(following)).exists():
        return redirect("linkage:pair", pk=int(following))
    return redirect("linkage:pair", pk=pk)


def _decision_message(verdict: str, moved: int) -> str:
    said = {Verdict.SAME: _("Recorded: the same incident."),
            Verdict.DIFFERENT: _("Recorded: not the same incident."),
            Verdict.WITHDRAWN: _("Decision taken back: the model decides this pair again.")}
    return said[Verdict(verdict)] + " " + ngettext(
        "%(count)d record changed cluster.", "%(count)d records changed cluster.", moved) % {
        "count": moved}


@login_required
@require_roles(*LINKERS)
def clusters(request: HttpRequest) -> HttpResponse:
    organisation = _organisation(request)
    run = latest_finished_run(organisation)
    rows: list[dict[str, Any]] = []
    if run is not None:
        rows = _linked_clusters(run)
    page = Paginator(rows, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "linkage/clusters.html", {"run": run, "page": page})


def _linked_clusters(run: LinkRun) -> list[dict[str, Any]]:
    """Clusters of more than one record: which lists reported each, its place and year."""
    found: dict[int, dict[str, Any]] = {}
    for cluster, source, region, year, confidence in run.members.values_list(
            "cluster", "source", "region", "year", "confidence").order_by("cluster"):
        row = found.setdefault(cluster, {"cluster": cluster, "sources": set(), "size": 0,
                                         "regions": set(), "years": set(), "confidence": 1.0})
        row["size"] += 1
        row["sources"].add(source)
        row["regions"].update([region] if region else [])
        row["years"].update([year] if year else [])
        row["confidence"] = min(row["confidence"], confidence)
    names = {r.code: r.name for r in Region.objects.all()}
    return [{**row, "sources": sorted(row["sources"]),
             "regions": [names.get(code, code) for code in sorted(row["regions"])],
             "years": sorted(row["years"])} for row in found.values() if row["size"] > 1]


@login_required
@require_roles(*LINKERS)
def cluster(request: HttpRequest, number: int) -> HttpResponse:
    organisation = _organisation(request)
    run = latest_finished_run(organisation)
    members = list(run.members.filter(cluster=number)) if run else []
    if not members or run is None:
        raise Http404
    keys = [m.record for m in members]
    entries = records_by_key(organisation, keys, PlaceKeys(Gazetteer.load()))
    sides = [Side(m.record, entries.get(m.record), number) for m in members]
    names = _shows_names(request)
    if names:
        _case_numbers(sides)
        record_now(request.user, "linkage.names_viewed", "cluster", f"{run.pk}:{number}")
    inside = list(run.pairs.filter(left__in=keys, right__in=keys).order_by("-probability"))
    verdicts = {(d.left, d.right): d for d in PairDecision.objects.filter(
        organisation=organisation, left__in=keys, right__in=keys).select_related("decided_by")
        .order_by("decided_at", "id")}
    for p in inside:
        p.verdict = verdicts.get((p.left, p.right))  # type: ignore[attr-defined]
    return render(request, "linkage/cluster.html", {
        "run": run, "number": number, "sides": sides, "names": names, "pairs": inside,
        "sources": sorted({m.source for m in members})})


@login_required
@require_roles(*LINKERS)
@require_POST
def separate(request: HttpRequest, number: int) -> HttpResponse:
    """Undo a merge: the record and every other member of its cluster are not the same."""
    organisation = _organisation(request)
    run = latest_finished_run(organisation)
    keys = list(run.members.filter(cluster=number).values_list("record", flat=True)) if run else []
    record = request.POST.get("record", "")
    if record not in keys:
        raise Http404
    try:
        moved = do_decide(request.user, organisation,
                          [(record, k) for k in keys if k != record], Verdict.DIFFERENT)
    except LinkageError as problem:  # the record is already alone
        messages.warning(request, str(problem))
    else:
        messages.success(request, _decision_message(Verdict.DIFFERENT, moved))
    return redirect("linkage:clusters")


@login_required
@require_roles(*LINKERS)
def histories(request: HttpRequest) -> HttpResponse:
    """The capture-history table of the newest linkage: counts only, for any MSE tool."""
    organisation = _organisation(request)
    run = latest_finished_run(organisation)
    if run is None:
        raise Http404
    stratum = request.GET.get("stratum", "")
    if stratum not in ("", *STRATA):
        raise Http404
    record_now(request.user, "linkage.histories", "linkrun", str(run.pk), stratum=stratum)
    response = HttpResponse(capture_histories(run, stratum), content_type="text/csv")
    response["Content-Disposition"] = 'attachment; filename="capture-histories.csv"'
    return response

