"""Key operations: a rotation re-encrypts every value, keeps search and the audit chain, and
is recorded."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from kuager.audit.models import AuditEntry
from kuager.cases.models import Case, Person
from kuager.cases.search import Filters, matching_cases
from kuager.keyring import blind_index, keyring
from kuager.lib.crypto import key_id
from kuager.testing import make_case

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _own_key(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from kuager.lib.crypto import encode_key, generate_master_key

    monkeypatch.setattr(settings, "MASTER_KEY", encode_key(generate_master_key()))
    keyring.cache_clear()
    blind_index.cache_clear()
    yield
    keyring.cache_clear()
    blind_index.cache_clear()


def stored_key_ids() -> set[bytes]:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT full_name FROM {Person._meta.db_table}")  # noqa: S608
        return {bytes(row[0])[1:5] for row in cursor.fetchall()}


def test_rotation_re_encrypts_everything_and_keeps_search() -> None:
    case = make_case("Айгерим Семёнова", narrative="Меня избили.")
    old = keyring().current_id
    out = io.StringIO()
    call_command("keys", "rotate", stdout=out)
    assert "Re-encrypted" in out.getvalue()
    new_ring = keyring()
    assert new_ring.current_id != old
    assert stored_key_ids() == {new_ring.current_id}
    assert Person.objects.get().full_name == "Айгерим Семёнова"
    found = matching_cases(Case.objects.all(), "Semyonova", Filters())
    assert list(found.values_list("number", flat=True)) == [case.number]
    assert AuditEntry.objects.filter(action="key.rotate").exists()
    assert key_id(new_ring.masters[-1]) == old


def test_check_opens_every_value_and_is_recorded() -> None:
    make_case()
    out = io.StringIO()
    call_command("keys", "check", stdout=out)
    assert "opens all" in out.getvalue()
    assert AuditEntry.objects.filter(action="key.check").exists()


def test_new_prints_a_key_and_touches_nothing() -> None:
    out = io.StringIO()
    call_command("keys", "new", stdout=out)
    assert len(out.getvalue().strip()) == 44


def test_rotation_in_embedded_mode_rewrites_the_key_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kuager.lib.crypto import decode_keys, write_new_key_file

    path = tmp_path / "keys" / "master.key"
    write_new_key_file(path)
    monkeypatch.setattr(settings, "MASTER_KEY", None)
    monkeypatch.setattr(settings, "MASTER_KEY_FILE", path)
    keyring.cache_clear()
    blind_index.cache_clear()
    make_case("Айгерим Семёнова")
    (first,) = decode_keys(path.read_text())
    call_command("keys", "rotate", stdout=io.StringIO())
    keys = decode_keys(path.read_text())
    assert len(keys) == 2 and keys[-1] == first
    assert oct(path.stat().st_mode)[-3:] == "600"
