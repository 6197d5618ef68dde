"""Authenticated encryption and keyed blind-index tokens, under keys kept outside the database.

The master key (32 random bytes) lives in a key file or an environment secret. From it,
HKDF derives one key per purpose, so a blind-index key never doubles as an encryption key.
We write this small layer ourselves rather than use an encrypted-field package because the
maintained ones derive keys from SECRET_KEY, bind no context (AAD) to a value and keep no
key identifier for rotation; the primitives are the `cryptography` package's.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

FORMAT_VERSION = 1
NONCE_BYTES = 12
KEY_ID_BYTES = 4
HEADER_BYTES = 1 + KEY_ID_BYTES + NONCE_BYTES


class KeyringError(Exception):
    """The master key is missing, malformed or does not open a value."""


class DecryptionError(KeyringError):
    """A stored value does not open with any known key: tampered, moved or wrong key."""


def _derive(master: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=purpose).derive(master)


def key_id(master: bytes) -> bytes:
    return hashlib.sha256(b"kuager key id" + master).digest()[:KEY_ID_BYTES]


@dataclass(frozen=True)
class Keyring:
    """The current master key first, then older ones still able to open old values."""

    masters: tuple[bytes, ...]
    _field_keys: dict[bytes, AESGCM] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        if not self.masters:
            raise KeyringError("a keyring needs at least one master key")
        for master in self.masters:
            if len(master) != 32:
                raise KeyringError("a master key must be 32 bytes")
            self._field_keys[key_id(master)] = AESGCM(_derive(master, b"kuager field v1"))

    @functools.cached_property
    def current_id(self) -> bytes:
        return key_id(self.masters[0])

    def encrypt(self, plaintext: bytes, context: bytes) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        cipher = self._field_keys[self.current_id]
        header = bytes([FORMAT_VERSION]) + self.current_id + nonce
        return header + cipher.encrypt(nonce, plaintext, header + context)

    def decrypt(self, blob: bytes, context: bytes) -> bytes:
        if len(blob) < HEADER_BYTES + 16 or blob[0] != FORMAT_VERSION:
            raise DecryptionError("not a Kuager encrypted value")
        kid, nonce = blob[1 : 1 + KEY_ID_BYTES], blob[1 + KEY_ID_BYTES : HEADER_BYTES]
        cipher = self._field_keys.get(kid)
        if cipher is None:
            raise DecryptionError("value was encrypted under a key this installation does not hold")
        try:
            return cipher.decrypt(nonce, blob[HEADER_BYTES:], blob[:HEADER_BYTES] + context)
        except InvalidTag:
            raise DecryptionError("value fails authentication (tampered or moved)") from None

    def index_key(self) -> bytes:
        # Blind indexes stay under the first master key ever used; rotating the encryption
        # key must not force re-indexing every record. Rotation of this key is a re-index.
        return _derive(self.masters[-1], b"kuager blind index v1")

    def audit_key(self) -> bytes:
        # Like the index key, stable across rotations of the encryption key.
        return _derive(self.masters[-1], b"kuager audit chain v1")

    def stable_key(self, purpose: str) -> bytes:
        """A key that survives rotation of the encryption key (lookups, signatures)."""
        return _derive(self.masters[-1], b"kuager " + purpose.encode())

    def subkey(self, purpose: str) -> bytes:
        """A key for another purpose (file encryption, signing seeds) from the current master."""
        return _derive(self.masters[0], b"kuager " + purpose.encode())


class BlindIndex:
    """Keyed HMAC tokens of normalised words: equal words, equal tokens; nothing reverses them."""

    CACHE_SIZE = 500_000

    def __init__(self, key: bytes) -> None:
        self._key = key
        # Names and words repeat across thousands of cases: the HMAC of each is kept, per key.
        self._cache: dict[str, int] = {}

    def token(self, normalised: str) -> int:
        found = self._cache.get(normalised)
        if found is None:
            digest = hmac.new(self._key, normalised.encode("utf-8"), hashlib.sha256).digest()
            # 64 bits fit an indexed BIGINT on every engine; collisions at 2**-64 don't matter.
            found = int.from_bytes(digest[:8], "big", signed=True)
            if len(self._cache) >= self.CACHE_SIZE:
                self._cache.clear()
            self._cache[normalised] = found
        return found


def generate_master_key() -> bytes:
    return secrets.token_bytes(32)


def encode_key(master: bytes) -> str:
    return base64.urlsafe_b64encode(master).decode("ascii")


def decode_keys(text: str) -> tuple[bytes, ...]:
    """Master keys, one base64 value per line (comments with #); the first is current."""
    keys = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            raw = base64.urlsafe_b64decode(line.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise KeyringError("master key is not valid base64") from None
        if len(raw) != 32:
            raise KeyringError("master key must decode to 32 bytes")
        keys.append(raw)
    if not keys:
        raise KeyringError("no master key found")
    return tuple(keys)


def write_new_key_file(path: Path) -> None:
    """Create a key file readable by its owner only; never overwrite an existing one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write("# Kuager master key. Keep it off the server it protects; back it up apart.\n")
        handle.write(encode_key(generate_master_key()) + "\n")
