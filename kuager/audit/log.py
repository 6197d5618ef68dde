"""Writing audit entries, inside the caller's transaction so entry and change commit together."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import connection, transaction
from django.utils import timezone

from kuager.audit.chain import GENESIS, Head, entry_hash, fields_of, write_head
from kuager.audit.models import AuditEntry

Actor = AbstractBaseUser | AnonymousUser | None

# Any constant: the PostgreSQL advisory lock that serialises appends to the chain.
_CHAIN_LOCK = 0x6B75616765


def _lock_chain() -> None:
    # SQLite transactions here are IMMEDIATE (settings), so writers are already serialised.
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [_CHAIN_LOCK])


def record(
    actor: Actor, action: str, target_type: str = "", target_ref: str = "", **detail: Any
) -> AuditEntry:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit entries are written inside the transaction of their change")
    _lock_chain()
    last = AuditEntry.objects.order_by("-seq").only("seq", "hash").first()
    seq, prev = (last.seq + 1, last.hash) if last else (1, GENESIS)
    user = actor if isinstance(actor, User) else None
    at = timezone.now()
    target_ref = target_ref[:60]
    fields = fields_of(seq, at.isoformat(), user.pk if user else None, action, target_type,
                       target_ref, detail)
    digest = entry_hash(prev, fields)
    entry = AuditEntry.objects.create(
        seq=seq, at=at, actor=user, action=action, target_type=target_type,
        target_ref=target_ref, detail=detail, prev_hash=prev, hash=digest,
    )
    transaction.on_commit(lambda: write_head(Head(seq, digest)))
    return entry


def record_now(actor: Actor, action: str, target_type: str = "", target_ref: str = "",
               **detail: Any) -> None:
    """An entry that is its own change (a sign-in, a refused request)."""
    with transaction.atomic():
        record(actor, action, target_type, target_ref, **detail)
