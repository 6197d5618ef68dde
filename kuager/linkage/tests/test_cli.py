import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from kuager.linkage.tests.factories import HEADER, background_rows, write_csv

pytestmark = pytest.mark.django_db


def run(*args: str) -> str:
    out = io.StringIO()
    call_command("link", *args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.fixture
def listing(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "in.csv", background_rows(60))


def test_link_writes_a_cluster_and_confidence_for_every_record(
        listing: Path, tmp_path: Path) -> None:
    out = tmp_path / "clusters.csv"
    run(str(listing), "--out", str(out))
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["record_id", "cluster_id", "confidence"]
    with listing.open(encoding="utf-8") as handle:
        ids = [r["record_id"] for r in csv.DictReader(handle)]
    assert sorted(r[0] for r in rows[1:]) == sorted(ids)
    assert all(r[1].isdigit() and 0 <= float(r[2]) <= 1 for r in rows[1:])


def test_json_prints_a_summary(listing: Path, tmp_path: Path) -> None:
    summary = json.loads(run(str(listing), "--out", str(tmp_path / "c.csv"), "--json"))
    assert {"records", "clusters", "linked_records", "largest_cluster", "clusters_by_size",
            "candidate_pairs", "pairs_to_review", "decided_pairs", "threshold", "training",
            "seconds", "gazetteer", "output"} <= summary.keys()
    assert summary["gazetteer"] is True
    assert summary["records"] == sum(int(n) * c for n, c in summary["clusters_by_size"].items())


def test_pairs_and_decisions_files(listing: Path, tmp_path: Path) -> None:
    pairs = tmp_path / "pairs.csv"
    run(str(listing), "--out", str(tmp_path / "c.csv"), "--pairs", str(pairs))
    with pairs.open(encoding="utf-8") as handle:
        found = list(csv.DictReader(handle))
    assert found and set(found[0]) == {"left", "right", "probability", "match_weight", "decided"}
    first = found[0]
    decisions = write_csv(tmp_path / "decisions.csv",
                          [{"left": first["left"], "right": first["right"], "same": "0"}],
                          ("left", "right", "same"))
    run(str(listing), "--out", str(tmp_path / "c.csv"), "--pairs", str(pairs),
        "--decisions", str(decisions))
    with pairs.open(encoding="utf-8") as handle:
        decided = [p for p in csv.DictReader(handle) if p["decided"] == "1"]
    assert [(p["left"], p["right"], float(p["probability"])) for p in decided] == [
        (first["left"], first["right"], 0.0)]


def test_xlsx_lists_are_read_too(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(HEADER))
    sheet.append(["1", "kuager", "Тәжібаев Қуандық", 1985, "Долинка", "", "2019-03-14"])
    sheet.append(["2", "partner", "Kuandyk Tazhibayev", 1985, "АК-159/7", "", "2019-03"])
    book.save(tmp_path / "in.xlsx")
    summary = json.loads(run(str(tmp_path / "in.xlsx"), "--out", str(tmp_path / "c.csv"),
                             "--json"))
    assert summary["records"] == 2


@pytest.mark.parametrize(("content", "message"), [
    ("name,source\nИван,kuager\n", "Missing columns: record_id"),
    ("record_id,name\n1,Иван\n", "Missing columns: source"),
    ("", "empty"),
    ("record_id,source\n", "no records"),
    ("record_id,source,incident_date\n1,a,2019-13\n", "line 2: incident_date: month 13"),
    ("record_id,source,incident_date\n1,a,14.03.2019\n", "not a date"),
    ("record_id,source,birth_year\n1,a,nineteen\n", "birth_year 'nineteen' is not a year"),
    ("record_id,source\n1,a\n1,b\n", "record_id 1 is also on line 2"),
    ("record_id,source\n,a\n", "record_id is empty"),
])
def test_bad_input_is_a_clear_error(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "in.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CommandError, match=message):
        run(str(path), "--out", str(tmp_path / "c.csv"))


def test_a_file_that_is_not_csv_is_a_clear_error(tmp_path: Path) -> None:
    png = tmp_path / "photo.csv"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with pytest.raises(CommandError, match="not CSV text"):
        run(str(png), "--out", str(tmp_path / "c.csv"))
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(CommandError, match="not a readable XLSX"):
        run(str(broken), "--out", str(tmp_path / "c.csv"))
    latin1 = tmp_path / "latin1.csv"
    latin1.write_bytes("record_id,source,name\n1,a,Ren\xe9\n".encode("latin-1"))
    with pytest.raises(CommandError, match="not valid UTF-8"):
        run(str(latin1), "--out", str(tmp_path / "c.csv"))


def test_missing_input_and_unwritable_output_are_clear_errors(
        listing: Path, tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="no such file"):
        run(str(tmp_path / "missing.csv"), "--out", str(tmp_path / "c.csv"))
    with pytest.raises(CommandError, match="cannot be written"):
        run(str(listing), "--out", str(tmp_path / "no" / "such" / "dir.csv"))
