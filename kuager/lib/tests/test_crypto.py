import pytest

from kuager.lib.crypto import (
    BlindIndex,
    DecryptionError,
    Keyring,
    KeyringError,
    decode_keys,
    encode_key,
    generate_master_key,
)


def test_encrypted_value_opens_and_hides_the_text() -> None:
    ring = Keyring((generate_master_key(),))
    blob = ring.encrypt("Семёнова".encode(), b"t.c")
    assert "Семёнова".encode() not in blob
    assert ring.decrypt(blob, b"t.c").decode() == "Семёнова"


def test_same_text_encrypts_differently_each_time() -> None:
    ring = Keyring((generate_master_key(),))
    assert ring.encrypt(b"x", b"c") != ring.encrypt(b"x", b"c")


def test_flipped_byte_is_refused() -> None:
    ring = Keyring((generate_master_key(),))
    blob = bytearray(ring.encrypt(b"testimony", b"c"))
    blob[-1] ^= 1
    with pytest.raises(DecryptionError):
        ring.decrypt(bytes(blob), b"c")


def test_value_moved_to_another_column_is_refused() -> None:
    ring = Keyring((generate_master_key(),))
    with pytest.raises(DecryptionError):
        ring.decrypt(ring.encrypt(b"name", b"person.full_name"), b"person.notes")


def test_other_key_cannot_open_a_value() -> None:
    blob = Keyring((generate_master_key(),)).encrypt(b"name", b"c")
    with pytest.raises(DecryptionError):
        Keyring((generate_master_key(),)).decrypt(blob, b"c")


def test_rotated_keyring_still_opens_old_values_and_keeps_the_index() -> None:
    old = generate_master_key()
    blob = Keyring((old,)).encrypt(b"name", b"c")
    rotated = Keyring((generate_master_key(), old))
    assert rotated.decrypt(blob, b"c") == b"name"
    assert rotated.index_key() == Keyring((old,)).index_key()


def test_blind_tokens_are_stable_and_keyed() -> None:
    first = BlindIndex(b"k" * 32)
    assert first.token("semenova") == first.token("semenova")
    assert first.token("semenova") != first.token("semenov")
    assert BlindIndex(b"j" * 32).token("semenova") != first.token("semenova")


def test_key_file_text_round_trips_and_rejects_garbage() -> None:
    key = generate_master_key()
    assert decode_keys(f"# comment\n{encode_key(key)}\n") == (key,)
    for bad in ("", "not base64!!", encode_key(b"short")):
        with pytest.raises(KeyringError):
            decode_keys(bad)
