"""The background job that codes imported letters and letters read from scans."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from huey.contrib.djhuey import db_task

from kuager.cases.models import Information
from kuager.coding.actions import suggest
from kuager.coding.engine import Reference
from kuager.evidence.models import EvidenceItem


@db_task()  # type: ignore[untyped-decorator]
def suggest_codes(information_ids: list[int], evidence_ids: list[int]) -> None:
    run_suggestions(information_ids, evidence_ids)


# Ids per query: an import of 100,000 letters must not exceed SQLite's limit on parameters.
CHUNK = 500


def run_suggestions(information_ids: list[int], evidence_ids: list[int]) -> None:
    reference = Reference.load()
    for start in range(0, len(information_ids), CHUNK):
        for information in Information.objects.select_related("case").filter(
                pk__in=information_ids[start:start + CHUNK]):
            suggest(information, reference)
    for start in range(0, len(evidence_ids), CHUNK):
        for item in EvidenceItem.objects.select_related("case").filter(
                pk__in=evidence_ids[start:start + CHUNK], kind=EvidenceItem.Kind.LETTER):
            suggest(item, reference)


def queue_suggestions(information_ids: Sequence[int] = (),
                      evidence_ids: Sequence[int] = ()) -> None:
    """After the transaction that stored the letters commits: the job must find them."""
    info, items = list(information_ids), list(evidence_ids)
    if info or items:
        transaction.on_commit(lambda: suggest_codes(info, items))
