import hashlib
import io
import os

import pytest

from kuager.lib.stream import EncryptingWriter, StreamError, decrypt_chunks, new_data_key


def encrypt(data: bytes, key: bytes, chunk: int = 64, pieces: int = 7) -> bytes:
    out = io.BytesIO()
    writer = EncryptingWriter(out, key, chunk_size=chunk)
    for i in range(0, len(data), pieces):
        writer.write(data[i : i + pieces])
    writer.close()
    return out.getvalue()


def decrypt(blob: bytes, key: bytes) -> bytes:
    return b"".join(decrypt_chunks(io.BytesIO(blob), key))


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 128, 1000])
def test_any_length_round_trips_in_any_pieces(size: int) -> None:
    key, data = new_data_key(), os.urandom(size)
    blob = encrypt(data, key)
    assert decrypt(blob, key) == data
    if size >= 16:
        assert data[:16] not in blob


def test_flipped_byte_is_refused() -> None:
    key = new_data_key()
    blob = bytearray(encrypt(b"x" * 500, key))
    blob[100] ^= 1
    with pytest.raises(StreamError, match="chunk 1"):
        decrypt(bytes(blob), key)


def test_file_cut_at_a_chunk_boundary_is_refused() -> None:
    key = new_data_key()
    blob = encrypt(b"y" * 640, key, chunk=64)
    cut = blob[: 16 + 3 * (64 + 16)]  # header and three whole chunks
    with pytest.raises(StreamError, match="end is missing"):
        decrypt(cut, key)


def test_reordered_chunks_are_refused() -> None:
    key = new_data_key()
    blob = encrypt(bytes(range(256)) * 2, key, chunk=64)
    size = 64 + 16
    chunks = [blob[16 + i * size : 16 + (i + 1) * size] for i in range(2)]
    swapped = blob[:16] + chunks[1] + chunks[0] + blob[16 + 2 * size :]
    with pytest.raises(StreamError):
        decrypt(swapped, key)


def test_other_key_or_other_format_is_refused() -> None:
    blob = encrypt(b"letter", new_data_key())
    with pytest.raises(StreamError):
        decrypt(blob, new_data_key())
    with pytest.raises(StreamError, match="not an encrypted"):
        decrypt(b"PK\x03\x04" + b"\0" * 40, new_data_key())
    with pytest.raises(StreamError, match="shorter"):
        decrypt(b"KG", new_data_key())


def test_hash_of_decrypted_stream_equals_the_original() -> None:
    key, data = new_data_key(), os.urandom(3000)
    digest = hashlib.sha256()
    for chunk in decrypt_chunks(io.BytesIO(encrypt(data, key, chunk=256)), key):
        digest.update(chunk)
    assert digest.hexdigest() == hashlib.sha256(data).hexdigest()
