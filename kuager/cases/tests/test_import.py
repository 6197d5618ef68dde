import csv
import io
import json
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from kuager.audit.models import AuditEntry
from kuager.cases.importer import ImportFileError, import_cases
from kuager.cases.models import Case, CasePerson, Information

HEADER = ["victim_name", "birth_year", "region", "facility", "incident_date", "methods",
          "narrative", "source"]
GOOD = ["Айгерим Семёнова", "1990", "Karaganda", "АК-159/7", "2021-03",
        "030101000000;Beating", "Меня избили в камере и надели пакет.", "Letter"]

pytestmark = pytest.mark.django_db


def write_csv(path: Path, rows: list[list[str]], header: list[str] = HEADER) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def run(*args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_csv_import_records_coded_fields_and_encrypted_people(tmp_path: Path) -> None:
    second = ["Ерлан Тарбеков", "", "KZ-19", "Заречное", "2019", "031101000000",
              "Мені ұрып-соқты", "120520200501"]
    out, _ = run("import_cases", str(write_csv(tmp_path / "in.csv", [GOOD, second])))
    assert "Imported 2 cases" in out
    case = Case.objects.get(facility__legacy_code="АК-159/7")
    assert case.region is not None and case.region.code == "KZ-35"
    assert (case.incident_start.isoformat(), case.incident_end.isoformat()) == (  # type: ignore[union-attr]
        "2021-03-01", "2021-03-31")
    victim = CasePerson.objects.get(case=case).person
    assert victim.full_name == "Айгерим Семёнова"
    assert victim.birth_year == 1990
    assert Information.objects.get(case=case).original_text.startswith("Меня избили")
    zarechnoye = Case.objects.get(facility__legacy_code="ЛА-155/8")
    assert zarechnoye.region is not None and zarechnoye.region.code == "KZ-19"


def test_xlsx_import_reads_the_first_sheet(tmp_path: Path) -> None:
    report = import_cases(None, write_xlsx(tmp_path / "in.xlsx", [GOOD]))
    assert (report.imported, report.errors) == (1, [])


def test_import_writes_one_audit_entry_without_names(tmp_path: Path) -> None:
    import_cases(None, write_csv(tmp_path / "Семёнова.csv", [GOOD]))
    entry = AuditEntry.objects.get(action="case.import")
    assert entry.detail["imported"] == 1
    assert "Семёнова" not in json.dumps(entry.detail, ensure_ascii=False) + entry.target_ref


@pytest.mark.parametrize(
    ("column", "value", "reason"),
    [
        ("incident_date", "2021-13-01", "incident_date"),
        ("incident_date", "31.03.2021", "incident_date"),
        ("incident_date", "2099", "incident_date"),
        ("methods", "999999999999", "unknown term"),
        ("methods", "electric chair", "unknown term"),
        ("region", "Atlantis", "unknown region"),
        ("facility", "ZZ-999/1", "unknown facility"),
        ("birth_year", "nineteen", "birth_year"),
        ("source", "carrier pigeon", "unknown kind of source"),
        ("victim_name", "", "victim_name is empty"),
    ],
)
def test_bad_row_is_reported_by_line_and_nothing_is_imported(
    tmp_path: Path, column: str, value: str, reason: str
) -> None:
    bad = list(GOOD)
    bad[HEADER.index(column)] = value
    path = write_csv(tmp_path / "in.csv", [GOOD, bad, GOOD])
    with pytest.raises(CommandError, match="nothing was imported"):
        run("import_cases", str(path))
    report = import_cases(None, path)
    assert [e.line for e in report.errors] == [3]
    assert reason in report.errors[0].message
    assert Case.objects.count() == 0


def test_skip_bad_rows_imports_the_rest(tmp_path: Path) -> None:
    bad = list(GOOD)
    bad[HEADER.index("incident_date")] = "yesterday"
    out, err = run("import_cases", "--skip-bad-rows",
                   str(write_csv(tmp_path / "in.csv", [GOOD, bad, GOOD])))
    assert "Imported 2 cases, skipped 1 bad rows" in out
    assert "in.csv:3:" in err
    assert Case.objects.count() == 2


def test_facility_outside_the_given_region_is_refused(tmp_path: Path) -> None:
    row = list(GOOD)
    row[HEADER.index("region")] = "KZ-79"
    report = import_cases(None, write_csv(tmp_path / "in.csv", [row]))
    assert "not in region KZ-79" in report.errors[0].message


def test_ten_megabyte_narrative_is_refused_with_its_size(tmp_path: Path) -> None:
    row = list(GOOD)
    row[HEADER.index("narrative")] = "избили " * (10 * 1024 * 1024 // 7)
    report = import_cases(None, write_csv(tmp_path / "in.csv", [row, GOOD]))
    assert report.errors[0].line == 2
    assert "the limit is" in report.errors[0].message
    assert Case.objects.count() == 0


def test_invalid_utf8_is_refused_with_its_line(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    good = ",".join(HEADER) + "\n" + ",".join(GOOD) + "\n"
    path.write_bytes(good.encode() + "Семёнова".encode("cp1251") + b",1990\n")
    with pytest.raises(ImportFileError, match="line 3"):
        import_cases(None, path)
    assert Case.objects.count() == 0


def test_missing_columns_and_empty_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="Missing columns: narrative"):
        import_cases(None, write_csv(tmp_path / "a.csv", [], [h for h in HEADER
                                                              if h != "narrative"]))
    empty = tmp_path / "b.csv"
    empty.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        import_cases(None, empty)


def test_broken_xlsx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.xlsx"
    path.write_bytes(b"PK\x03\x04 this is not really a workbook")
    with pytest.raises(ImportFileError, match="not a readable XLSX"):
        import_cases(None, path)


def test_formulas_are_imported_as_text_and_neutralised_on_export(tmp_path: Path) -> None:
    row = list(GOOD)
    row[HEADER.index("narrative")] = "=cmd|' /C calc'!A0"
    row[HEADER.index("victim_name")] = "@SUM(1+1)*cmd|' /C calc'!A0"
    import_cases(None, write_xlsx(tmp_path / "in.xlsx", [row]))
    person = CasePerson.objects.get().person
    assert person.full_name == "@SUM(1+1)*cmd|' /C calc'!A0"
    assert Information.objects.get().original_text == "=cmd|' /C calc'!A0"

    out = tmp_path / "out.csv"
    run("export_cases", str(out), "--reveal")
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["narrative"] == "'=cmd|' /C calc'!A0"
    assert rows[0]["victim_name"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert AuditEntry.objects.filter(action="case.export").count() == 1


def test_export_without_reveal_holds_no_names_or_accounts(tmp_path: Path) -> None:
    import_cases(None, write_csv(tmp_path / "in.csv", [GOOD]))
    out = tmp_path / "out.csv"
    run("export_cases", str(out))
    text = out.read_text(encoding="utf-8")
    assert "Семёнова" not in text and "избили" not in text
    assert "030101000000" in text
