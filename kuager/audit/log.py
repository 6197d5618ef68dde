"""Writing audit entries, inside the caller's transaction so entry and change commit together."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.db import transaction

from kuager.audit.models import AuditEntry

Actor = AbstractBaseUser | AnonymousUser | None


def record(
    actor: Actor, action: str, target_type: str = "", target_ref: str = "", **detail: Any
) -> AuditEntry:
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("audit entries are written inside the transaction of their change")
    user = actor if isinstance(actor, User) else None
    return AuditEntry.objects.create(
        actor=user, action=action, target_type=target_type, target_ref=target_ref, detail=detail
    )
