"""Evidence exports a third party can check: originals, SHA256SUMS, a signed manifest.

The manifest is signed with the organisation's Ed25519 key (derived from the master key, so
it is the same after key rotation). Checking needs no Kuager: `sha256sum -c SHA256SUMS` and
`openssl pkeyutl -verify` do it; `kuager verify-manifest` does both at once.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
PUBLIC_KEY, SUMS = "public-key.pem", "SHA256SUMS"


def signing_key() -> Ed25519PrivateKey:
    from kuager.keyring import keyring

    return Ed25519PrivateKey.from_private_bytes(keyring().stable_key("manifest signing v1"))


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM,
                            serialization.PublicFormat.SubjectPublicKeyInfo)


def fingerprint(key: Ed25519PublicKey) -> str:
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashlib.sha256(raw).hexdigest()
    return ":".join(digest[i : i + 4] for i in range(0, 32, 4))


def write_signed(folder: Path, manifest: dict[str, Any]) -> None:
    key = signing_key()
    body = json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True).encode("utf-8")
    (folder / MANIFEST).write_bytes(body)
    (folder / SIGNATURE).write_bytes(key.sign(body))
    (folder / PUBLIC_KEY).write_bytes(public_key_pem(key.public_key()))
    sums = "".join(f"{f['sha256']}  {f['file']}\n" for f in manifest["files"])
    (folder / SUMS).write_text(sums, encoding="utf-8")


@dataclass
class Check:
    problems: list[str]
    fingerprint: str
    files: int


def verify_folder(folder: Path, pinned_key: bytes | None = None) -> Check:
    """Signature first, then every file's size and SHA-256 against the manifest."""
    problems: list[str] = []
    try:
        body = (folder / MANIFEST).read_bytes()
        signature = (folder / SIGNATURE).read_bytes()
        pem = pinned_key or (folder / PUBLIC_KEY).read_bytes()
        key = serialization.load_pem_public_key(pem)
    except (OSError, ValueError) as exc:
        return Check([f"cannot read the export: {exc}"], "", 0)
    if not isinstance(key, Ed25519PublicKey):
        return Check(["the public key is not an Ed25519 key"], "", 0)
    try:
        key.verify(signature, body)
    except InvalidSignature:
        problems.append("the manifest's signature does not match: it was changed or "
                        "signed by someone else")
    manifest = json.loads(body)
    for entry in manifest.get("files", []):
        path = folder / entry["file"]
        if not path.is_file() or path.resolve().parent != (folder / "files").resolve():
            problems.append(f"{entry['file']}: missing")
            continue
        digest = hashlib.sha256()
        with path.open("rb") as handle:
            while block := handle.read(1024 * 1024):
                digest.update(block)
        if path.stat().st_size != entry["size"] or digest.hexdigest() != entry["sha256"]:
            problems.append(f"{entry['file']}: does not match its SHA-256 in the manifest")
    return Check(problems, fingerprint(key), len(manifest.get("files", [])))


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
