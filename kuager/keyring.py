"""Where this installation's master key comes from, loaded once per process."""

from __future__ import annotations

import functools
import sys

from django.conf import settings

from kuager.lib.crypto import BlindIndex, Keyring, KeyringError, decode_keys, write_new_key_file


@functools.cache
def keyring() -> Keyring:
    if settings.MASTER_KEY:
        return Keyring(decode_keys(settings.MASTER_KEY))
    path = settings.MASTER_KEY_FILE
    if not path.exists():
        if not settings.MASTER_KEY_AUTOCREATE:
            raise KeyringError(
                "no master key: set KUAGER_MASTER_KEY (or KUAGER_MASTER_KEY_FILE) "
                f"or put a key file at {path}"
            )
        write_new_key_file(path)
        print(
            f"WARNING: Kuager created a new master key at {path}. Anyone holding this file "
            "can read identities and testimonies; without it nobody can, not even you. "
            "Back it up apart from the data and keep it off a machine that may be seized.",
            file=sys.stderr,
        )
    return Keyring(decode_keys(path.read_text(encoding="ascii")))


@functools.cache
def blind_index() -> BlindIndex:
    return BlindIndex(keyring().index_key())
