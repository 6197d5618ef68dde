"""Evidence changes and custody events, each with its audit entry in the same transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
from dataclasses import dataclass, field

from django.contrib.auth.models import User
from django.db import transaction
from django.utils import timezone

from kuager.audit.log import Actor, record
from kuager.cases.models import Case, Incident
from kuager.complaints.models import Complaint
from kuager.evidence import inspect
from kuager.evidence.extract import extractable
from kuager.evidence.models import Blob, EvidenceItem
from kuager.evidence.store import Received, evidence_storage
from kuager.keyring import keyring


def queue_extraction(item: EvidenceItem) -> None:
    from kuager.evidence.tasks import queue_extraction as queue

    queue(item)


class EmptyFile(Exception):
    pass


@dataclass
class Stored:
    item: EvidenceItem
    duplicate: bool
    notes: list[str] = field(default_factory=list)


def content_lookup(sha256: str) -> str:
    key = keyring().stable_key("evidence lookup v1")
    return hmac.new(key, sha256.encode("ascii"), hashlib.sha256).hexdigest()


def do_add_evidence(
    actor: Actor, case: Case, received: Received, original_name: str, kind: str, method: str,
    source: str = "", incident: Incident | None = None, acquired_at: dt.datetime | None = None,
    complaint: Complaint | None = None,
) -> Stored:
    """Keep a received file; the same bytes twice are stored once and linked twice."""
    storage = evidence_storage()
    if received.size == 0:
        storage.delete(received.storage_name)
        raise EmptyFile
    name = inspect.safe_name(original_name)
    detected = inspect.media_type(received.head)
    notes: list[str] = []
    metadata: dict[str, object] = {"detected_type": detected}
    claimed = inspect.claimed_type(name)
    if claimed and claimed != detected:
        metadata["claimed_type"] = claimed
        notes.append(f"name suggests {claimed}, content is {detected}; kept as {detected}")
    if detected.startswith("image/"):
        metadata["image"] = inspect.image_metadata(received.head)
    user = actor if isinstance(actor, User) else None
    with transaction.atomic():
        lookup = content_lookup(received.sha256)
        blob = Blob.objects.filter(lookup=lookup).first()
        duplicate = blob is not None
        if blob is None:
            blob = Blob.objects.create(
                lookup=lookup, sha256=received.sha256, size=received.size, media_type=detected,
                storage_name=received.storage_name, data_key=received.data_key,
            )
        else:
            transaction.on_commit(lambda: storage.delete(received.storage_name))
        item = EvidenceItem.objects.create(
            case=case, incident=incident, complaint=complaint, blob=blob, kind=kind,
            method=method,
            original_name=name, source=source, metadata=json.dumps(metadata, ensure_ascii=False),
            acquired_at=acquired_at or timezone.now(), collected_by=user,
            text_state=EvidenceItem.TextState.QUEUED if extractable(detected) else "",
        )
        if item.text_state:
            queue_extraction(item)
        record(actor, "evidence.receive", "evidence", item.reference, case=case.number,
               kind=kind, method=method, size=received.size, media_type=detected,
               duplicate=duplicate)
    return Stored(item, duplicate, notes)


# Why a file was opened or sent: a code, never free text (the trail holds no names).
REASONS = ("review", "medical", "prosecutor", "court", "un", "lawyer", "publication", "other")


def custody(actor: Actor, item: EvidenceItem, event: str, why: str = "review") -> None:
    """viewed, downloaded, exported, transferred, re-hashed: who, when (the entry), why."""
    with transaction.atomic():
        record(actor, f"evidence.{event}", "evidence", item.reference, case=item.case.number,
               why=why if why in REASONS else "other")
