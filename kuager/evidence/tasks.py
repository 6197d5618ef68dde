"""Background jobs of the vault, run by huey's worker (`kuager worker`, or beside `serve`)."""

from __future__ import annotations

import json

from django.conf import settings
from django.db import transaction
from huey.contrib.djhuey import db_task

from kuager.audit.log import record
from kuager.cases.indexing import case_tokens, insert_tokens
from kuager.cases.models import SearchToken
from kuager.evidence.extract import CannotExtract, extract
from kuager.evidence.models import EvidenceItem

State = EvidenceItem.TextState


@db_task()  # type: ignore[untyped-decorator]
def extract_text(item_id: int) -> None:
    run_extraction(item_id)


def run_extraction(item_id: int) -> None:
    """Read the document's text, keep it encrypted, and let search find the case by it."""
    item = EvidenceItem.objects.select_related("blob", "case").filter(pk=item_id).first()
    if item is None or item.text_state not in (State.QUEUED, State.FAILED):
        return
    _progress(item, State.RUNNING, 0)
    try:
        found = extract(item, lambda percent: _progress(item, State.RUNNING, percent))
    except CannotExtract as reason:
        _progress(item, State.FAILED, 0, str(reason))
        return
    text = found.text[: settings.KUAGER_MAX_EXTRACTED_CHARS]
    with transaction.atomic():
        item.extracted_text = text
        item.text_method = found.method
        item.text_state, item.text_progress, item.text_note = State.DONE, 100, ""
        if found.metadata:
            kept = json.loads(item.metadata or "{}")
            kept["document"] = found.metadata
            item.metadata = json.dumps(kept, ensure_ascii=False)
        item.save(update_fields=["extracted_text", "text_method", "text_state",
                                 "text_progress", "text_note", "metadata"])
        known = set(SearchToken.objects.filter(case=item.case).values_list("field", "token"))
        fresh = case_tokens([], [text]) - known
        insert_tokens((item.case_id, field, token) for field, token in fresh)
        record(None, "evidence.extract", "evidence", item.reference, case=item.case.number,
               method=found.method, characters=len(text))
        if item.kind == EvidenceItem.Kind.LETTER:
            from kuager.coding.tasks import queue_suggestions

            queue_suggestions(evidence_ids=[item.pk])


def _progress(item: EvidenceItem, state: str, percent: int, note: str = "") -> None:
    item.text_state, item.text_progress, item.text_note = state, percent, note[:200]
    item.save(update_fields=["text_state", "text_progress", "text_note"])


def queue_extraction(item: EvidenceItem) -> None:
    """After the transaction that stored the item commits: the job must find it."""
    transaction.on_commit(lambda: extract_text(item.pk))
