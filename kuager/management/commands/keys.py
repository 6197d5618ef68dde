"""`kuager keys new|check|rotate`: the master key's operations, each in the audit trail."""

from __future__ import annotations

import os
from typing import Any

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import models, transaction

from kuager.audit.log import record
from kuager.fields import EncryptedTextField
from kuager.keyring import blind_index, keyring
from kuager.lib.crypto import (
    DecryptionError,
    KeyringError,
    decode_keys,
    encode_key,
    generate_master_key,
)


def encrypted_columns() -> list[tuple[type[models.Model], list[str]]]:
    found = []
    for model in apps.get_models():
        names = [f.name for f in model._meta.concrete_fields if isinstance(f, EncryptedTextField)]
        if names:
            found.append((model, names))
    return found


class Command(BaseCommand):
    help = ("new: print a fresh master key. check: open every encrypted value with the "
            "current key. rotate: re-encrypt everything under a new key.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("operation", choices=["new", "check", "rotate"])
        parser.add_argument("--new-key", help="rotate: the new key (default: a fresh one).")

    def handle(self, *args: Any, **options: Any) -> None:
        operation = options["operation"]
        if operation == "new":
            self.stdout.write(encode_key(generate_master_key()))
            return
        try:
            ring = keyring()
        except KeyringError as exc:
            raise CommandError(str(exc)) from None
        if operation == "check":
            self._check()
        else:
            new = options["new_key"] or encode_key(generate_master_key())
            try:
                (fresh,) = decode_keys(new)
            except (KeyringError, ValueError):
                raise CommandError("--new-key must be one base64 key of 32 bytes") from None
            if fresh in ring.masters:
                raise CommandError("That key is already in use.")
            self._rotate(new, [encode_key(m) for m in ring.masters])

    def _check(self) -> None:
        opened = 0
        with transaction.atomic():
            for model, names in encrypted_columns():
                for row in model._default_manager.only("pk", *names).iterator(chunk_size=2000):
                    opened += len(names)
                    del row  # loading the row decrypted (and authenticated) every value
            record(None, "key.check", "key", "", values=opened)
        self.stdout.write(f"The master key opens all {opened} encrypted values.")

    def _rotate(self, new: str, old: list[str]) -> None:
        """Every value re-encrypted under the new key in one transaction; the old keys stay
        last in the key file because the search index and the audit chain derive from the
        first key ever used."""
        ring_text = "\n".join([new, *old])
        previous = settings.MASTER_KEY
        # A key given through the environment (or stdin) is the operator's to store.
        self._given_by_operator = bool(previous)
        settings.MASTER_KEY = ring_text
        keyring.cache_clear()
        blind_index.cache_clear()
        written = 0
        try:
            with transaction.atomic():
                for model, names in encrypted_columns():
                    rows = model._default_manager.only("pk", *names)
                    for row in rows.iterator(chunk_size=1000):
                        row.save(update_fields=names)
                        written += len(names)
                record(None, "key.rotate", "key", "", values=written)
        except DecryptionError as exc:
            settings.MASTER_KEY = previous
            keyring.cache_clear()
            raise CommandError(f"Nothing was changed: {exc}") from None
        self._store(ring_text)
        self.stdout.write(f"Re-encrypted {written} values under the new key.")

    def _store(self, ring_text: str) -> None:
        content = f"# Kuager master keys, newest first. Keep them off the server.\n{ring_text}\n"
        if not self._given_by_operator:
            path = settings.MASTER_KEY_FILE
            temporary = path.with_suffix(".new")
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(descriptor, "w", encoding="ascii") as handle:
                handle.write(content)
            os.replace(temporary, path)
            self.stdout.write(f"The key file {path} now holds the new key first.")
            return
        self.stdout.write("Store this as the new master key (all lines) before restarting:")
        self.stdout.write(content)
