"""The keyed hash chain over audit entries, and its head kept outside the database.

Each entry's hash is HMAC-SHA256, under a key derived from the master key, of the previous
entry's hash and the entry's own fields. Without the key nobody can recompute the chain
after editing it; the head file (latest number and hash) outside the database catches
deleted tail entries and a database rolled back to an older copy.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings

from kuager.keyring import keyring

GENESIS = "0" * 64


def entry_hash(prev_hash: str, fields: dict[str, Any]) -> str:
    body = json.dumps([prev_hash, fields], sort_keys=True, ensure_ascii=False,
                      separators=(",", ":"), default=str)
    return hmac.new(keyring().audit_key(), body.encode("utf-8"), hashlib.sha256).hexdigest()


def fields_of(seq: int, at_iso: str, actor_id: int | None, action: str, target_type: str,
              target_ref: str, detail: dict[str, Any]) -> dict[str, Any]:
    return {"seq": seq, "at": at_iso, "actor": actor_id, "action": action,
            "target_type": target_type, "target_ref": target_ref, "detail": detail}


@dataclass(frozen=True)
class Head:
    seq: int
    hash: str


def head_path() -> Path:
    return Path(getattr(settings, "KUAGER_AUDIT_HEAD", settings.DATA_DIR / "audit" / "head"))


def read_head() -> Head | None:
    try:
        seq, digest = head_path().read_text(encoding="ascii").split()
        return Head(int(seq), digest)
    except (OSError, ValueError):
        return None


def write_head(head: Head) -> None:
    """Replace the head file atomically; only ever moves forward."""
    path = head_path()
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    current = read_head()
    if current is not None and current.seq >= head.seq:
        return
    temporary = path.with_suffix(f".{os.getpid()}.tmp")
    temporary.write_text(f"{head.seq} {head.hash}\n", encoding="ascii")
    os.replace(temporary, path)


@dataclass(frozen=True)
class Row:
    seq: int
    fields: dict[str, Any]
    prev_hash: str
    hash: str


def problems(rows: Iterable[Row], head: Head | None) -> Iterator[str]:
    """Every way the stored chain differs from an untouched one, in plain words."""
    expected_seq, prev = 1, GENESIS
    last: Row | None = None
    for row in rows:
        if row.seq != expected_seq:
            kind = "missing (deleted)" if row.seq > expected_seq else "repeated or reordered"
            yield f"entry #{expected_seq} is {kind}: found #{row.seq} in its place"
        if row.prev_hash != prev:
            yield f"entry #{row.seq} does not follow the entry before it (inserted or reordered)"
        if entry_hash(row.prev_hash, row.fields) != row.hash:
            yield f"entry #{row.seq} was changed after it was written"
        expected_seq, prev, last = row.seq + 1, row.hash, row
    if head is None:
        if last is not None:
            yield f"the chain head file {head_path()} is missing"
    elif last is None or head.seq > last.seq:
        yield (f"the head file records entry #{head.seq}, the database ends at "
               f"#{last.seq if last else 0}: entries were deleted or the database rolled back")
    elif head.seq < last.seq:
        yield (f"the database has entries after #{head.seq}, the last the head file "
               "recorded: entries were added without the chain head")
    elif head.hash != last.hash:
        yield f"entry #{last.seq} differs from the one the head file recorded"
