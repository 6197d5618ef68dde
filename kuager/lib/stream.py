"""Files encrypted in chunks with AES-256-GCM, written and read as streams.

Each chunk's nonce is a random per-file prefix, the chunk's number and a "last chunk" flag,
and every chunk authenticates the file header: chunks cannot be reordered, dropped, moved to
another file, or the file cut short without decryption failing. (The STREAM construction of
Hoang, Reyhanitabar, Rogaway and Vizár, 2015.) We write it here because the maintained
packages either load whole files into memory or use keys we do not control.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Iterator
from typing import IO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"KGEV"
VERSION = 1
PREFIX_BYTES = 7
HEADER = struct.Struct(">4sBI7s")  # magic, version, chunk size, nonce prefix
TAG_BYTES = 16
DEFAULT_CHUNK = 1024 * 1024


class StreamError(Exception):
    """The stored file is damaged, cut short, or was not written by this format."""


def new_data_key() -> bytes:
    return AESGCM.generate_key(bit_length=256)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    if index >= 2**32:
        raise StreamError("file too long for one data key")
    return prefix + struct.pack(">IB", index, 1 if last else 0)


class EncryptingWriter:
    """Write plaintext in any pieces; whole chunks go out encrypted; close() seals the end."""

    def __init__(self, out: IO[bytes], key: bytes, chunk_size: int = DEFAULT_CHUNK) -> None:
        self._out = out
        self._cipher = AESGCM(key)
        self._chunk = chunk_size
        self._prefix = os.urandom(PREFIX_BYTES)
        self._header = HEADER.pack(MAGIC, VERSION, chunk_size, self._prefix)
        self._buffer = bytearray()
        self._index = 0
        self.plain_bytes = 0
        out.write(self._header)

    def write(self, data: bytes) -> None:
        self.plain_bytes += len(data)
        view = memoryview(data)
        if self._buffer:
            room = self._chunk - len(self._buffer)
            self._buffer += view[:room]
            view = view[room:]
            if not view:
                return
            self._emit(bytes(self._buffer), last=False)
            self._buffer.clear()
        # Whole chunks go straight from the caller's bytes, without copies; at least one byte
        # stays back, because only close() knows which chunk is the last.
        while len(view) > self._chunk:
            self._emit(view[: self._chunk], last=False)
            view = view[self._chunk :]
        self._buffer += view

    def close(self) -> None:
        self._emit(bytes(self._buffer), last=True)
        self._buffer.clear()

    def _emit(self, plain: bytes | memoryview, last: bool) -> None:
        nonce = _nonce(self._prefix, self._index, last)
        self._out.write(self._cipher.encrypt(nonce, plain, self._header))
        self._index += 1


def _read(source: IO[bytes], size: int) -> bytes:
    """Exactly `size` bytes unless the stream ends: network streams return short reads."""
    parts, wanted = [], size
    while wanted:
        part = source.read(wanted)
        if not part:
            break
        parts.append(part)
        wanted -= len(part)
    return b"".join(parts)


def decrypt_chunks(source: IO[bytes], key: bytes) -> Iterator[bytes]:
    """The plaintext, chunk by chunk; raises StreamError on any damage or truncation."""
    header = _read(source, HEADER.size)
    if len(header) != HEADER.size:
        raise StreamError("the file is shorter than its header")
    magic, version, chunk_size, prefix = HEADER.unpack(header)
    if magic != MAGIC or version != VERSION or not 0 < chunk_size <= 64 * 1024 * 1024:
        raise StreamError("not an encrypted Kuager file")
    cipher = AESGCM(key)
    index = 0
    pending = _read(source, chunk_size + TAG_BYTES)
    while True:
        full = len(pending) == chunk_size + TAG_BYTES
        following = _read(source, chunk_size + TAG_BYTES) if full else b""
        last = not following
        try:
            yield cipher.decrypt(_nonce(prefix, index, last), pending, header)
        except InvalidTag:
            where = "its end is missing" if last else f"chunk {index} fails authentication"
            raise StreamError(f"the file is damaged: {where}") from None
        if last:
            return
        pending, index = following, index + 1
