"""The background job that codes imported letters and letters read from scans."""

from __future__ import annotations

from collections.abc import Sequence

from django.db import transaction
from huey.contrib.djhuey import db_task

from kuager.cases.models import Information
from kuager.coding.actions import suggest
from kuager.evidence.models import EvidenceItem


@db_task()  # type: ignore[untyped-decorator]
def suggest_codes(information_ids: list[int], evidence_ids: list[int]) -> None:
    run_suggestions(information_ids, evidence_ids)


def run_suggestions(information_ids: list[int], evidence_ids: list[int]) -> None:
    for information in Information.objects.select_related("case").filter(
            pk__in=information_ids).iterator(chunk_size=200):
        suggest(information)
    for item in EvidenceItem.objects.select_related("case").filter(
            pk__in=evidence_ids, kind=EvidenceItem.Kind.LETTER):
        suggest(item)


def queue_suggestions(information_ids: Sequence[int] = (),
                      evidence_ids: Sequence[int] = ()) -> None:
    """After the transaction that stored the letters commits: the job must find them."""
    info, items = list(information_ids), list(evidence_ids)
    if info or items:
        transaction.on_commit(lambda: suggest_codes(info, items))
