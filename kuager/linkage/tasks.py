"""The background job that links the organisation's records and partner lists."""

from __future__ import annotations

from django.db import transaction
from huey.contrib.djhuey import db_task

from kuager.linkage.actions import run_linkage


@db_task()  # type: ignore[untyped-decorator]
def link_records(run_id: int) -> None:
    run_linkage(run_id)


def queue_linkage(run_id: int) -> None:
    """After the transaction that queued the run commits: the job must find it."""
    transaction.on_commit(lambda: link_records(run_id))
