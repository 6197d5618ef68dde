"""Reviewing the rules' proposals on one letter: the words that made each proposal are marked
in the text, and each can be accepted, changed or rejected."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from kuager.accounts.access import CASE_WORKERS, require_roles
from kuager.cases.access import get_case_for_user
from kuager.cases.actions import do_read_free_text
from kuager.cases.models import Case, Information
from kuager.coding.actions import DecisionError, decide, suggestions_for_user
from kuager.coding.engine import VOCABULARIES
from kuager.coding.models import Suggestion
from kuager.coding.titles import title
from kuager.evidence.models import EvidenceItem
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

SOURCES = ("information", "evidence")


@dataclass
class Piece:
    """A stretch of the letter, and the proposals whose words it belongs to."""

    text: str
    marks: list[Suggestion]


def _source(case: Case, kind: str, pk: int) -> tuple[Information | EvidenceItem, str]:
    if kind == "information":
        info = Information.objects.filter(case=case, pk=pk).first()
        if info is not None:
            return info, info.original_text or ""
    elif kind == "evidence":
        item = EvidenceItem.objects.filter(case=case, pk=pk).first()
        if item is not None:
            return item, item.extracted_text or ""
    raise Http404


def pieces(text: str, suggestions: list[Suggestion]) -> list[Piece]:
    """Cut the text where any proposal starts or ends; overlapping proposals share a piece."""
    cuts = sorted({0, len(text), *(min(s.start, len(text)) for s in suggestions),
                   *(min(s.end, len(text)) for s in suggestions)})
    return [Piece(text[a:b], [s for s in suggestions if s.start <= a and b <= s.end])
            for a, b in pairwise(cuts) if a < b]


def label_suggestions(suggestions: list[Suggestion]) -> list[Suggestion]:
    """Give each suggestion the labels and rule title a person reads."""
    label = _label(suggestions)
    for s in suggestions:
        s.label = label(s.field, s.code)  # type: ignore[attr-defined]
        s.chosen_label = label(s.field, s.chosen_code)  # type: ignore[attr-defined]
        s.rule_title = title(s.rule)  # type: ignore[attr-defined]
    return suggestions


def _label(suggestions: list[Suggestion]) -> Callable[[str, str], str]:
    """Codes as a person reads them, in the interface's language."""
    terms = {(t.vocabulary.key, t.code): t.label for t in Term.objects.select_related(
        "vocabulary").filter(code__in={s.code for s in suggestions} |
                             {s.chosen_code for s in suggestions})}
    regions = {r.code: r.name for r in Region.objects.all()}
    facilities = {f.legacy_code: str(f) for f in Facility.objects.all()}

    def label(field: str, code: str) -> str:
        if field == "regions":
            return regions.get(code, code)
        if field == "facilities":
            return facilities.get(code, code)
        if field == "dates":
            return code
        return terms.get((VOCABULARIES[field], code), code)

    return label


@login_required
@require_roles(*CASE_WORKERS)
def review(request: HttpRequest, number: str, kind: str, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    source, text = _source(case, kind, pk)
    link = {"information": source} if kind == "information" else {"evidence": source}
    suggestions = list(Suggestion.objects.filter(**link).select_related("decided_by"))
    do_read_free_text(request.user, case)
    label_suggestions(suggestions)
    return render(request, "coding/review.html", {
        "case": case, "kind": kind, "source": source, "pieces": pieces(text, suggestions),
        "open": [s for s in suggestions if s.status == Suggestion.Status.PROPOSED],
        "decided": [s for s in suggestions if s.status != Suggestion.Status.PROPOSED],
    })


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def decide_view(request: HttpRequest, number: str, pk: int) -> HttpResponse:
    case = get_case_for_user(request.user, number)
    suggestion = suggestions_for_user(request.user).select_related(
        "information__case", "evidence__case").filter(pk=pk).first()
    if suggestion is None:
        raise Http404
    source: Information | EvidenceItem | None = suggestion.information or suggestion.evidence
    if source is None or source.case_id != case.pk:
        raise Http404
    kind = "information" if suggestion.information_id else "evidence"
    try:
        note = decide(request.user, suggestion, request.POST.get("decision", ""),
                      request.POST.get("code", ""))
    except DecisionError as problem:
        messages.error(request, str(problem))
    else:
        messages.success(request, _("Decision recorded."))
        if note:
            messages.warning(request, note)
    return redirect(reverse("coding:review", args=[case.number, kind, source.pk]) +
                    f"#s-{suggestion.pk}")
