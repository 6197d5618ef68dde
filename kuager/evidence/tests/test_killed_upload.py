"""A process killed in the middle of storing a file leaves nothing visible, and the repair
removes the partial file."""

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HEADER = "victim_name,birth_year,region,facility,incident_date,methods,narrative,source\n"


def kuager(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "kuager.cli", *args], env=env, check=True,
                          capture_output=True, text=True)


def test_killed_upload_leaves_no_item_and_repair_removes_the_partial_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    env = {**os.environ, "KUAGER_DATA_DIR": str(data)}
    env.pop("DATABASE_URL", None)
    kuager(env, "migrate", "-v0")
    rows = tmp_path / "case.csv"
    rows.write_text(HEADER + "Synthetic Person,1990,KZ-35,,2021,030100000000,x,Letter\n",
                    encoding="utf-8")
    kuager(env, "import-cases", str(rows))
    number = kuager(env, "search", "", "--json").stdout.split('"number": "')[1][:11]
    big = tmp_path / "video.bin"
    with big.open("wb") as out:
        for _ in range(400):
            out.write(os.urandom(1024 * 1024))

    upload = subprocess.Popen([sys.executable, "-m", "kuager.cli", "evidence", "add", number,
                               str(big)], env=env, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    vault = data / "files" / "evidence"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        partial = [p for p in vault.rglob("*") if p.is_file() and p.stat().st_size > 0]
        if partial:
            break
        time.sleep(0.05)
    upload.send_signal(signal.SIGKILL)
    upload.wait()
    assert partial, "the upload never started writing"
    with sqlite3.connect(data / "kuager.sqlite3") as db:
        assert db.execute("SELECT COUNT(*) FROM evidence_evidenceitem").fetchone() == (0,)
        assert db.execute("SELECT COUNT(*) FROM evidence_blob").fetchone() == (0,)
    report = kuager(env, "evidence", "verify", "--repair", "--grace-minutes", "0").stdout
    assert "removed orphan" in report
    assert not [p for p in vault.rglob("*") if p.is_file()]
