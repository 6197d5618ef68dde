"""Attach evidence to a case, see its hash and custody, download it after re-authenticating."""

from __future__ import annotations

import json
import mimetypes
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.http.multipartparser import MultiPartParserError
from django.http.response import HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from kuager.accounts.access import CASE_WORKERS, require_roles, sudo_required
from kuager.accounts.csrf import csrf_protect
from kuager.audit.models import AuditEntry
from kuager.cases.access import get_case_for_user
from kuager.cases.models import Case, Incident
from kuager.complaints.models import Complaint
from kuager.evidence.actions import EmptyFile, custody, do_add_evidence
from kuager.evidence.derive import STRIPPABLE, CannotCopy, do_publication_copy
from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import open_plaintext
from kuager.evidence.uploads import VaultedFile, VaultUploadHandler

REASON_LABELS = [
    ("review", gettext_lazy("Review")), ("medical", gettext_lazy("Medical examination")),
    ("prosecutor", gettext_lazy("For the prosecutor")), ("court", gettext_lazy("For a court")),
    ("un", gettext_lazy("For a UN body")), ("lawyer", gettext_lazy("For the lawyer")),
    ("publication", gettext_lazy("Publication")), ("other", gettext_lazy("Other")),
]


class EvidenceForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What it is"), choices=EvidenceItem.Kind.choices)
    method = forms.ChoiceField(label=gettext_lazy("How it reached us"),
                               choices=EvidenceItem.Method.choices)
    source = forms.CharField(label=gettext_lazy("From whom"), max_length=300, required=False,
                             help_text=gettext_lazy("Kept encrypted."))
    incident = forms.ModelChoiceField(label=gettext_lazy("About which incident"),
                                      queryset=Incident.objects.none(), required=False)
    complaint = forms.ModelChoiceField(label=gettext_lazy("Part of which complaint"),
                                       queryset=Complaint.objects.none(), required=False)

    def __init__(self, *args: Any, case: Case | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if case is not None:
            field = self.fields["incident"]
            field.queryset = case.incidents.all()  # type: ignore[attr-defined]
            field.label_from_instance = lambda i: str(i.when or i.pk)  # type: ignore[attr-defined]
            complaints = self.fields["complaint"]
            complaints.queryset = Complaint.objects.filter(  # type: ignore[attr-defined]
                case=case).select_related("channel")
            complaints.label_from_instance = (  # type: ignore[attr-defined]
                lambda c: f"{c.reference} {c.channel.label}")


@csrf_exempt  # the token is checked below, after the upload handler is in place
@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def evidence_add(request: HttpRequest, number: str) -> HttpResponse:
    case = get_case_for_user(request.user, number)  # before a byte of the upload is read
    handler = VaultUploadHandler(request)
    request.upload_handlers = [handler]
    try:
        return _evidence_add(request, case, handler)
    finally:
        handler.discard()  # whatever was not kept is removed


@csrf_protect
def _evidence_add(request: HttpRequest, case: Case, handler: VaultUploadHandler) -> HttpResponse:
    try:
        upload = request.FILES.get("file")
        data = request.POST
    except (MultiPartParserError, RequestDataTooBig, OSError):
        messages.error(request, _("The upload did not arrive whole. Nothing was stored; please "
                                  "try again."))
        return redirect("cases:detail", number=case.number)
    form = EvidenceForm(data, case=case)
    if handler.too_large:
        messages.error(request, _("The file is larger than the limit. Nothing was stored."))
    elif handler.extra_files:
        messages.error(request, _("Attach one file at a time. Nothing was stored."))
    elif not isinstance(upload, VaultedFile):
        messages.error(request, _("Choose a file to attach."))
    elif not form.is_valid():
        messages.error(request, _("Say what the file is and how it reached us."))
    else:
        try:
            stored = do_add_evidence(request.user, case, upload.received, upload.name or "",
                                     form.cleaned_data["kind"], form.cleaned_data["method"],
                                     form.cleaned_data["source"],
                                     incident=form.cleaned_data["incident"],
                                     complaint=form.cleaned_data["complaint"])
        except EmptyFile:
            messages.error(request, _("The file is empty. Nothing was stored."))
        else:
            handler.intake = None  # kept: not to be discarded
            text = _("Stored as %(reference)s, SHA-256 %(hash)s.") % {
                "reference": stored.item.reference, "hash": upload.received.sha256}
            if stored.duplicate:
                text += " " + _("The same file was already in the vault: it is linked, not "
                                "stored twice.")
            messages.success(request, text)
            return redirect("evidence:item", number=case.number, item_id=stored.item.pk)
    return redirect("cases:detail", number=case.number)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def evidence_transfer(request: HttpRequest, number: str, item_id: int) -> HttpResponse:
    """A copy or the physical original handed to someone: recorded as a custody event."""
    item = _item(request, number, item_id)
    custody(request.user, item, "transfer", request.POST.get("why", "other"))
    messages.success(request, _("The handover is recorded in the chain of custody."))
    return redirect("evidence:item", number=number, item_id=item_id)


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
def evidence_publication_copy(request: HttpRequest, number: str, item_id: int) -> HttpResponse:
    original = _item(request, number, item_id)
    try:
        stored = do_publication_copy(request.user, original)
    except CannotCopy as reason:
        messages.error(request, str(reason))
        return redirect("evidence:item", number=number, item_id=item_id)
    text = _("Publication copy %(reference)s made without the metadata; the original is "
             "unchanged.") % {"reference": stored.item.reference}
    messages.success(request, text)
    return redirect("evidence:item", number=number, item_id=stored.item.pk)


def _item(request: HttpRequest, number: str, item_id: int) -> EvidenceItem:
    case = get_case_for_user(request.user, number)
    item = EvidenceItem.objects.select_related("blob", "case", "collected_by").filter(
        pk=item_id, case=case).first()
    if item is None:
        raise Http404
    return item


@login_required
@require_roles(*CASE_WORKERS)
def evidence_item(request: HttpRequest, number: str, item_id: int) -> HttpResponse:
    item = _item(request, number, item_id)
    custody(request.user, item, "view")
    events = AuditEntry.objects.filter(target_type="evidence", target_ref=item.reference)
    return render(request, "evidence/item.html", {
        "item": item, "case": item.case,
        "metadata": json.dumps(json.loads(item.metadata or "{}"), ensure_ascii=False, indent=1),
        "events": events.select_related("actor").order_by("seq"),
        "reasons": dict(REASON_LABELS),
        "can_copy": item.blob.media_type in STRIPPABLE and item.derived_from_id is None,
    })


@login_required
@require_roles(*CASE_WORKERS)
@require_POST
@sudo_required
def evidence_download(request: HttpRequest, number: str, item_id: int) -> HttpResponseBase:
    item = _item(request, number, item_id)
    custody(request.user, item, "download", request.POST.get("why", "review"))
    blob = item.blob
    extension = mimetypes.guess_extension(blob.media_type) or ".bin"
    response = StreamingHttpResponse(open_plaintext(blob.storage_name, blob.data_key),
                                     content_type=blob.media_type)
    response["Content-Disposition"] = f'attachment; filename="{item.reference}{extension}"'
    response["Content-Length"] = str(blob.size)
    response["Cache-Control"] = "no-store"
    return response
