"""Receiving a file: encrypt and hash it as it streams in, never holding it whole in memory."""

from __future__ import annotations

import base64
import hashlib
import os
import secrets
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, cast

from django.conf import settings
from django.core.files.storage import Storage, storages
from django.utils import timezone

from kuager.lib.stream import EncryptingWriter, decrypt_chunks, new_data_key

HEAD_BYTES = 1024 * 1024  # kept in memory to tell the type and read EXIF
_HASHING = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kuager-hash")


def evidence_storage() -> Storage:
    return storages["evidence"]


def _open_for_writing(storage: Storage, name: str) -> Any:
    """Local disk: a new owner-only file (never an existing one). Object storage: its writer."""
    try:
        path = Path(storage.path(name))
    except NotImplementedError:
        return storage.open(name, "wb")
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb")


class TooLarge(Exception):
    pass


@dataclass
class Received:
    storage_name: str
    sha256: str
    size: int
    head: bytes
    data_key: str  # base64


class Intake:
    """One file on its way in. Plaintext exists only in the chunks passing through."""

    def __init__(self, limit: int | None = None) -> None:
        self.storage = evidence_storage()
        self.limit = settings.KUAGER_MAX_EVIDENCE_BYTES if limit is None else limit
        self.name = f"evidence/{timezone.now():%Y/%m}/{secrets.token_hex(16)}"
        self.key = new_data_key()
        self.hasher = hashlib.sha256()
        self.head = bytearray()
        self._file = _open_for_writing(self.storage, self.name)
        self._writer = EncryptingWriter(cast(IO[bytes], self._file), self.key)
        self.closed = False

    def write(self, data: bytes) -> None:
        if self._writer.plain_bytes + len(data) > self.limit:
            self.abort()
            raise TooLarge
        # Hashing runs beside encrypting and writing: both release the GIL for large blocks,
        # so on two cores a file is stored at nearly the speed of the slower of the two.
        hashed = _HASHING.submit(self.hasher.update, data)
        if len(self.head) < HEAD_BYTES:
            self.head += data[: HEAD_BYTES - len(self.head)]
        self._writer.write(data)
        hashed.result()

    def finish(self) -> Received:
        self._writer.close()
        self._file.close()
        self.closed = True
        return Received(self.name, self.hasher.hexdigest(), self._writer.plain_bytes,
                        bytes(self.head), base64.b64encode(self.key).decode("ascii"))

    def abort(self) -> None:
        """A refused, unwanted or interrupted upload leaves nothing behind."""
        if not self.closed:
            self._file.close()
            self.closed = True
        self.storage.delete(self.name)


def receive_stream(source: BinaryIO, limit: int | None = None,
                   chunk: int = 1024 * 1024) -> Received:
    intake = Intake(limit)
    try:
        while block := source.read(chunk):
            intake.write(block)
    except BaseException:
        intake.abort()
        raise
    return intake.finish()


def open_plaintext(storage_name: str, data_key: str) -> Iterator[bytes]:
    """The original bytes, chunk by chunk, authenticated as they are read."""
    with evidence_storage().open(storage_name, "rb") as handle:
        yield from decrypt_chunks(cast(IO[bytes], handle), base64.b64decode(data_key))
