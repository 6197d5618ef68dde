"""One case's evidence as a folder a prosecutor, a court or a UN body can check without us."""

from __future__ import annotations

import datetime as dt
import hashlib
import mimetypes
from pathlib import Path

from django.utils import timezone

from kuager.audit.log import Actor
from kuager.audit.models import AuditEntry
from kuager.cases.models import Case
from kuager.evidence.actions import custody
from kuager.evidence.manifest import fingerprint, signing_key, write_signed
from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import open_plaintext

PROCEDURE = """\
How to check this evidence export (Kuager)
==========================================

Each file in files/ is an original exactly as Kuager received it. manifest.json lists every
file with its SHA-256, size, time of intake (UTC) and its chain of custody; manifest.sig is
the organisation's Ed25519 signature of manifest.json; public-key.pem is the key to check it.

1. Compare the key's fingerprint with the one the organisation gave you separately:
       {fingerprint}
2. Check that no file was changed (any Linux or macOS terminal, in this folder):
       sha256sum -c SHA256SUMS          (macOS: shasum -a 256 -c SHA256SUMS)
   Every line must end in "OK".
3. Check that the manifest is the one the organisation signed (OpenSSL 3):
       openssl pkeyutl -verify -pubin -inkey public-key.pem -rawin \\
           -in manifest.json -sigfile manifest.sig
   It must print "Signature Verified Successfully".
   With Kuager installed, one command does 2 and 3: kuager verify-manifest .

Как проверить: 1) сверьте отпечаток ключа выше с тем, что организация передала отдельно;
2) sha256sum -c SHA256SUMS — каждая строка должна заканчиваться на «OK»; 3) команда openssl
выше должна вывести «Signature Verified Successfully».

Қалай тексеру керек: 1) жоғарыдағы кілт іздерін ұйым бөлек берген іздермен салыстырыңыз;
2) sha256sum -c SHA256SUMS — әр жол «OK» деп аяқталуы тиіс; 3) жоғарыдағы openssl командасы
«Signature Verified Successfully» деп шығаруы тиіс.
"""


def export_case(actor: Actor, case: Case, folder: Path, why: str = "other") -> int:
    """Write originals, SHA256SUMS and the signed manifest; each file's export is recorded."""
    files_dir = folder / "files"
    files_dir.mkdir(parents=True, exist_ok=False)
    entries = []
    items = EvidenceItem.objects.filter(case=case).select_related("blob").order_by("id")
    for item in items:
        blob = item.blob
        extension = mimetypes.guess_extension(blob.media_type) or ".bin"
        relative = f"files/{item.reference}{extension}"
        digest = hashlib.sha256()
        with (folder / relative).open("wb") as out:
            for chunk in open_plaintext(blob.storage_name, blob.data_key):
                digest.update(chunk)
                out.write(chunk)
        if digest.hexdigest() != blob.sha256:
            raise ValueError(f"{item.reference} no longer matches its intake hash: run "
                             "kuager evidence verify")
        custody(actor, item, "export", why)
        events = AuditEntry.objects.filter(target_type="evidence", target_ref=item.reference)
        entries.append({
            "file": relative, "item": item.reference, "sha256": blob.sha256, "size": blob.size,
            "media_type": blob.media_type, "kind": item.kind, "collected": item.method,
            "intake_time_utc": item.acquired_at.astimezone(dt.UTC).isoformat(),
            "custody": [{"seq": e.seq, "at_utc": e.at.astimezone(dt.UTC).isoformat(),
                         "event": e.action.removeprefix("evidence."),
                         "by": e.actor.username if e.actor else "system",
                         "why": e.detail.get("why", "")}
                        for e in events.select_related("actor").order_by("seq")],
        })
    key = signing_key().public_key()
    write_signed(folder, {
        "format": "kuager-evidence-export/1", "case": case.number,
        "exported_at_utc": timezone.now().astimezone(dt.UTC).isoformat(),
        "signing_key_fingerprint": fingerprint(key), "files": entries,
    })
    (folder / "HOW-TO-CHECK.txt").write_text(PROCEDURE.format(fingerprint=fingerprint(key)),
                                             encoding="utf-8")
    return len(entries)
