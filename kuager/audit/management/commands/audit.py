"""`kuager audit verify`: check the whole audit chain and its head; exit 1 on any break."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from kuager.audit.chain import Row, fields_of, problems, read_head
from kuager.audit.models import AuditEntry


def stored_rows() -> Iterator[Row]:
    entries = AuditEntry.objects.order_by("seq", "id").iterator(chunk_size=2000)
    for e in entries:
        yield Row(
            e.seq,
            fields_of(e.seq, e.at.isoformat(), e.actor_id, e.action, e.target_type,
                      e.target_ref, e.detail),
            e.prev_hash,
            e.hash,
        )


class Command(BaseCommand):
    help = "Verify the audit trail's hash chain (edits, deletions, insertions, reordering)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["verify"])

    def handle(self, *args: Any, **options: Any) -> None:
        found = list(problems(stored_rows(), read_head()))
        count = AuditEntry.objects.count()
        if found:
            for problem in found:
                self.stderr.write(f"TAMPERED: {problem}")
            self.stderr.write(f"The audit trail of {count} entries does not verify.")
            sys.exit(1)
        self.stdout.write(f"The audit trail verifies: {count} entries, chain and head intact.")
