"""Editing, deleting, inserting or reordering audit rows in the database is detected."""

import io
import tempfile
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase, override_settings

from kuager.audit.chain import read_head
from kuager.audit.log import record
from kuager.audit.models import AuditEntry


def verify() -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("audit", "verify", stdout=out, stderr=err)
    except SystemExit as stop:
        return int(stop.code or 0), err.getvalue()
    return 0, out.getvalue()


class AuditChain(TestCase):
    def setUp(self) -> None:
        folder = Path(self.enterContext(tempfile.TemporaryDirectory()))
        self.enterContext(override_settings(KUAGER_AUDIT_HEAD=folder / "head"))
        for i in range(6):
            with self.captureOnCommitCallbacks(execute=True), transaction.atomic():
                record(None, "case.read_text", "case", f"K-TEST-000{i}", n=i)

    def test_untouched_trail_verifies(self) -> None:
        self.assertEqual(verify(), (0, "The audit trail verifies: 6 entries, chain and head "
                                       "intact.\n"))
        head = read_head()
        self.assertIsNotNone(head)
        self.assertEqual(head.seq, 6)  # type: ignore[union-attr]

    def test_edited_entry_is_named(self) -> None:
        AuditEntry.objects.filter(seq=3).update(target_ref="K-OTHER-0000")
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("entry #3 was changed", report)

    def test_edited_detail_is_named(self) -> None:
        AuditEntry.objects.filter(seq=2).update(detail={"n": 99})
        self.assertIn("entry #2 was changed", verify()[1])

    def test_deleted_entry_is_found(self) -> None:
        AuditEntry.objects.filter(seq=4).delete()
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("entry #4 is missing", report)

    def test_deleted_last_entries_are_found_through_the_head(self) -> None:
        AuditEntry.objects.filter(seq__gte=5).delete()
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("head file records entry #6", report)

    def test_inserted_entry_is_found(self) -> None:
        last = AuditEntry.objects.get(seq=6)
        AuditEntry.objects.create(seq=7, at=last.at, action="case.read_text",
                                  target_ref="K-FAKE-0000", prev_hash=last.hash, hash="f" * 64)
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("entry #7 was changed", report)

    def test_entry_inserted_in_the_middle_is_found(self) -> None:
        with connection.cursor() as cursor:
            table = AuditEntry._meta.db_table
            cursor.execute(f"UPDATE {table} SET seq = seq + 100 WHERE seq >= 4")  # noqa: S608
            cursor.execute(f"UPDATE {table} SET seq = seq - 99 WHERE seq >= 104")  # noqa: S608
        first = AuditEntry.objects.get(seq=3)
        AuditEntry.objects.create(seq=4, at=first.at, action="signin.password",
                                  prev_hash=first.hash, hash="e" * 64)
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("entry #4 was changed", report)

    def test_reordered_entries_are_found(self) -> None:
        table = AuditEntry._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(f"UPDATE {table} SET seq = 1000 WHERE seq = 2")  # noqa: S608
            cursor.execute(f"UPDATE {table} SET seq = 2 WHERE seq = 5")  # noqa: S608
            cursor.execute(f"UPDATE {table} SET seq = 5 WHERE seq = 1000")  # noqa: S608
        code, report = verify()
        self.assertEqual(code, 1)
        self.assertIn("does not follow the entry before it", report)

    def test_missing_head_file_is_reported(self) -> None:
        from kuager.audit.chain import head_path

        head_path().unlink()
        self.assertEqual(verify()[0], 1)



@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_entries_need_the_transaction_of_their_change() -> None:
    with pytest.raises(RuntimeError):
        record(None, "case.read_text")


@pytest.mark.django_db
def test_trail_holds_references_never_names_or_testimony() -> None:
    from django.test import Client
    from django.urls import reverse

    from kuager.accounts.models import Role
    from kuager.testing import make_case, make_user, sign_in

    owner = make_user("owner", Role.DOCUMENTER)
    case = make_case("Айгерим Семёнова", narrative="надели пакет на голову",
                     team=(owner,))
    client = Client()
    sign_in(client, owner, sudo=True)
    client.get(reverse("cases:detail", args=[case.number]))
    client.post(reverse("cases:reveal", args=[case.number]))
    client.get(reverse("cases:list"), {"q": "Семёнова"})
    call_command("search", "Semyonova", "--reveal", stdout=io.StringIO())
    trail = " ".join(
        f"{e.action} {e.target_type} {e.target_ref} {e.detail}"
        for e in AuditEntry.objects.all()
    )
    assert case.number in trail
    for secret in ("Семёнова", "Айгерим", "пакет", "Semyonova"):
        assert secret not in trail
