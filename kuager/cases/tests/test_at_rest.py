"""A copy of the database alone reveals no name and no testimony: read the raw files to check."""

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from kuager.accounts.models import default_organisation
from kuager.cases.importer import import_cases
from kuager.linkage.actions import do_import_partner_list

NAMES = ["Айгерим Семёнова", "Нұрлан Жолдасбеков", "Ольга Верескова", "Yerlan Tarbekov"]
ACCOUNT_WORDS = ["огнетушителем", "подоконник", "тарелкой", "Шыңырау", "windowsill", "ladle"]
HEADER = ["victim_name", "birth_year", "region", "facility", "incident_date", "methods",
          "narrative", "source"]


def secrets_in(blob: bytes) -> list[str]:
    """Every name or account word found in the bytes, as UTF-8, UTF-16 or hex text."""
    found = []
    for secret in [*NAMES, *(n.split()[1] for n in NAMES), *ACCOUNT_WORDS]:
        for form in (secret.encode("utf-8"), secret.encode("utf-16-le"),
                     secret.encode("utf-8").hex().encode(), secret.lower().encode("utf-8")):
            if form in blob:
                found.append(secret)
    return found


def write_input(path: Path) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for i, name in enumerate(NAMES):
            words = " ".join(ACCOUNT_WORDS[i:i + 3])
            writer.writerow([name, str(1980 + i), "KZ-35", "АК-159/7", "2021-03",
                             "030101000000", f"Меня били: {words}.", "120520200501"])
    return path


def write_partner_list(path: Path) -> Path:
    """The same people on a partner's list, for linkage."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["record_id", "source", "name", "birth_year", "incident_date"])
        for i, name in enumerate(NAMES):
            writer.writerow([f"P-{i}", "partner", name, str(1980 + i), "2021-03"])
    return path


# Runs in a fresh process with its own data directory; copies the files while the database
# is still open, so the write-ahead log is caught before SQLite checkpoints it away.
IMPORT_AND_COPY = """
import shutil, sys
import django
django.setup()
from django.core.management import call_command
call_command("migrate", verbosity=0)
call_command("import_cases", sys.argv[1])
from kuager.cases.models import Case
assert Case.objects.count() > 0
from kuager.accounts.models import Organisation
from kuager.linkage.actions import do_import_partner_list, do_start_run, run_linkage
from kuager.linkage.models import LinkRun
organisation = Organisation.objects.get()
do_import_partner_list(None, organisation, "partner", open(sys.argv[4], "rb").read())
run = do_start_run(None, organisation)
run_linkage(run.pk)
assert LinkRun.objects.get(pk=run.pk).summary["records"] == EXPECTED_RECORDS
for suffix in ("", "-wal", "-shm"):
    try:
        shutil.copy(sys.argv[2] + suffix, sys.argv[3] + suffix)
    except FileNotFoundError:
        pass
"""


IMPORT_AND_COPY = IMPORT_AND_COPY.replace("EXPECTED_RECORDS", str(2 * len(NAMES)))


def test_raw_sqlite_file_and_wal_hold_no_name_or_account(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "KUAGER_DATA_DIR": str(data), "DJANGO_SETTINGS_MODULE": "kuager.settings"}
    env.pop("DATABASE_URL", None)
    database, copy = data / "kuager.sqlite3", tmp_path / "copy.sqlite3"
    subprocess.run(
        [sys.executable, "-c", IMPORT_AND_COPY, str(write_input(tmp_path / "in.csv")),
         str(database), str(copy), str(write_partner_list(tmp_path / "partner.csv"))],
        env=env, check=True, capture_output=True,
    )
    files = [p for p in (copy, Path(f"{copy}-wal"), Path(f"{copy}-shm")) if p.exists()]
    assert Path(f"{copy}-wal").stat().st_size > 0, "the import should be in the write-ahead log"
    raw = b"".join(p.read_bytes() for p in files)
    assert secrets_in(raw) == []
    with sqlite3.connect(copy) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM cases_case").fetchone()
    assert count == len(NAMES), "the copy holds the cases, only not their secrets"
    key = (data / "keys" / "master.key").read_text().splitlines()[-1].encode()
    assert key not in raw and key not in database.read_bytes()


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_postgresql_dump_holds_no_name_or_account(tmp_path: Path) -> None:
    if connection.vendor != "postgresql":
        pytest.skip("runs against PostgreSQL (set DATABASE_URL); CI does")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        if os.environ.get("CI"):
            pytest.fail("pg_dump is missing in CI")
        pytest.skip("pg_dump is not installed")
    report = import_cases(None, write_input(tmp_path / "in.csv"))
    assert report.imported == len(NAMES)
    do_import_partner_list(None, default_organisation(),
                           "partner", write_partner_list(tmp_path / "partner.csv").read_bytes())
    params = connection.get_connection_params()
    env = {**os.environ, "PGPASSWORD": str(params.get("password") or "")}
    dump = subprocess.run(
        [pg_dump, "--data-only", "-h", str(params.get("host") or "127.0.0.1"),
         "-p", str(params.get("port") or 5432), "-U", str(params.get("user") or "postgres"),
         str(params["dbname"])],
        env=env, check=True, capture_output=True,
    ).stdout
    assert b"cases_case" in dump and b"linkage_partnerrecord" in dump
    assert secrets_in(dump) == []
