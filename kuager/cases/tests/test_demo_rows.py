"""The synthetic demo rows: deterministic, varied, consistent with the reference facts."""

from __future__ import annotations

import csv
import re
from collections import Counter
from datetime import date
from functools import cache
from pathlib import Path

from kuager.cases.demo_rows import (
    COLUMNS,
    FACILITY_ALIASES,
    REGION_ALIASES,
    generate_rows,
    write_csv,
)

# Facts restated from reference/kazakhstan.md, independently of the module under test.
ISO_CODES = {
    "KZ-10", "KZ-11", "KZ-15", "KZ-19", "KZ-23", "KZ-27", "KZ-31", "KZ-33", "KZ-35", "KZ-39",
    "KZ-43", "KZ-47", "KZ-55", "KZ-59", "KZ-61", "KZ-62", "KZ-63", "KZ-71", "KZ-75", "KZ-79",
}  # fmt: skip
FACILITY_REGION = {
    "ЛА-155/8": "KZ-19",
    "ЛА-155/6": "KZ-75",
    "АК-159/7": "KZ-35",
    "АК-159/11": "KZ-35",
    "АК-159/18": "KZ-35",
    "АК-159/25": "KZ-62",  # KZ-35 before 2022-06-08
    "ЕЦ-166/5": "KZ-11",
    "УК-161/12": "KZ-39",
    "УК-161/4": "KZ-39",
    "ОВ-156/17": "KZ-63",
    "ЗК-169/5": "KZ-43",
}
SPLIT = date(2022, 6, 8)
CARVED_OUT_OF = {"KZ-10": "KZ-63", "KZ-33": "KZ-19", "KZ-62": "KZ-35"}

METHOD_CODE = re.compile(r"03\d{10}")
PURPOSES = {"010000000000", "030000000000", "070000000000", "910000000000", "920000000000"}
PERPETRATORS = {"010104000000", "010105000000", "010106000000", "910000000000"}
SOURCE_FOR_CHANNEL = {
    "letter": {"120520200501"},
    "interview": {"220903200901", "091420051801"},
    "visit": {"220903200901", "091420051801"},
    "hotline": {"200512051601"},
    "relative": {"230920140501"},
    "lawyer": {"190907140501"},
}
KAZAKH_LETTERS = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
URGENT_MARKERS = {
    "ru": ("голодовку", "порезал", "зашил", "проглотил", "на своём теле", "за свою жизнь", "убьют",
           "убийством"),
    "kk": ("аштық", "тіліп", "тігіп", "жұтып", "жазып қойды", "өміріне", "өміріме", "өлтір"),
    "en": ("hunger strike", "cut ", "sewed", "swallowed", "to blame", "life", "kill"),
}  # fmt: skip


@cache
def rows(count: int, seed: int = 20261121) -> tuple[dict[str, str], ...]:
    return tuple(generate_rows(count, seed))


def incident_bounds(value: str) -> tuple[date, date]:
    """The first and last day an incident_date of any precision can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = date(parts[0], parts[1], parts[2])
        return day, day
    if len(parts) == 2:
        year, month = parts
        after = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
        return date(year, month, 1), date.fromordinal(after.toordinal() - 1)
    return date(parts[0], 1, 1), date(parts[0], 12, 31)


def region_then(iso: str, day: date) -> str:
    return CARVED_OUT_OF.get(iso, iso) if day < SPLIT else iso


def test_the_same_seed_gives_the_same_rows_and_another_seed_other_rows() -> None:
    assert list(generate_rows(200, seed=7)) == list(generate_rows(200, seed=7))
    assert list(generate_rows(200, seed=7)) != list(generate_rows(200, seed=8))


def test_every_row_has_the_importer_columns_with_the_required_ones_first() -> None:
    from kuager.cases.importer import OPTIONAL_COLUMNS, REQUIRED_COLUMNS

    assert COLUMNS[: len(REQUIRED_COLUMNS)] == REQUIRED_COLUMNS
    assert set(COLUMNS) <= {*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS}
    for row in rows(500):
        assert tuple(row) == COLUMNS
        assert all(isinstance(value, str) for value in row.values())
        assert row["victim_name"] and row["narrative"] and row["methods"] and row["source"]


def test_five_hundred_rows_cover_regions_facilities_years_methods_and_languages() -> None:
    sample = rows(500)
    regions = {REGION_ALIASES[row["region"]] for row in sample}
    facilities = {FACILITY_ALIASES[row["facility"]] for row in sample if row["facility"]}
    years = {row["incident_date"][:4] for row in sample}
    methods = {code for row in sample for code in row["methods"].split(";")}
    assert len(regions) >= 15
    assert facilities == set(FACILITY_REGION)
    assert len(years) >= 10
    assert len(methods) >= 10
    assert {row["language"] for row in sample} == {"ru", "kk", "en"}


def test_region_values_are_iso_codes_or_names_of_the_twenty_regions() -> None:
    assert set(REGION_ALIASES.values()) == ISO_CODES
    values = Counter(row["region"] in ISO_CODES for row in rows(2000))
    assert values[True] > values[False] > 0  # mostly codes, sometimes names


def test_every_region_is_where_the_facility_was_on_the_incident_date() -> None:
    for row in rows(3000):
        region = REGION_ALIASES[row["region"]]
        start, end = incident_bounds(row["incident_date"])
        if row["facility"]:
            home = FACILITY_REGION[FACILITY_ALIASES[row["facility"]]]
            assert region == region_then(home, start) == region_then(home, end), row
        else:
            assert region_then(region, start) == region_then(region, end) == region, row


def test_zhezkazgan_colony_is_in_karaganda_region_before_june_2022_and_ulytau_after() -> None:
    seen = set()
    for row in rows(5000):
        if row["facility"] == "АК-159/25":
            start, _ = incident_bounds(row["incident_date"])
            seen.add((start < SPLIT, REGION_ALIASES[row["region"]]))
    assert seen == {(True, "KZ-35"), (False, "KZ-62")}


def test_colonies_are_penal_institutions_and_empty_facilities_police_or_knb() -> None:
    for row in rows(2000):
        if row["facility"]:
            assert row["location_type"] == "030600000000"
            assert row["perpetrator_type"] in {"010105000000", "910000000000"}
        else:
            assert (row["location_type"], row["perpetrator_type"]) in {
                ("030500000000", "010104000000"),
                ("090400000000", "010106000000"),
            }


def test_codes_come_from_the_vocabularies_and_sources_match_channels() -> None:
    for row in rows(2000):
        methods = row["methods"].split(";")
        assert 1 <= len(methods) <= 4 and len(set(methods)) == len(methods)
        assert all(METHOD_CODE.fullmatch(code) for code in methods)
        purposes = row["purposes"].split(";") if row["purposes"] else []
        assert len(purposes) <= 2 and set(purposes) <= PURPOSES
        assert row["perpetrator_type"] in PERPETRATORS
        assert row["source"] in SOURCE_FOR_CHANNEL[row["channel"]]


def test_no_victim_name_or_part_of_it_appears_in_any_narrative() -> None:
    for row in rows(5000):
        name, narrative = row["victim_name"], row["narrative"]
        assert name not in narrative
        for part in name.split():
            assert part not in narrative and part.title() not in narrative, (part, narrative)


def test_received_on_is_after_the_incident_start_and_not_after_june_2026() -> None:
    for row in rows(5000):
        start, end = incident_bounds(row["incident_date"])
        received = date.fromisoformat(row["received_on"])
        assert start < received <= date(2026, 6, 30)
        assert (received - end).days <= 2 * 365


def test_incident_dates_mix_precisions_between_2012_and_2025() -> None:
    sample = rows(2000)
    precisions = Counter(row["incident_date"].count("-") for row in sample)
    assert set(precisions) == {0, 1, 2}
    assert all(2012 <= int(row["incident_date"][:4]) <= 2025 for row in sample)


def test_birth_years_are_between_1960_and_2005_or_empty() -> None:
    years = [row["birth_year"] for row in rows(2000)]
    assert "" in years
    assert all(1960 <= int(year) <= 2005 for year in years if year)


def test_women_have_feminine_name_forms_and_men_masculine_ones() -> None:
    feminine = ("ова", "ева", "ина", "ына", "ova", "eva", "ina", "yna", "қызы", "кызы", "kyzy",
                "вна", "vna", "OVA", "EVA", "INA", "YNA", "KYZY")  # fmt: skip
    sexes: Counter[str] = Counter()
    for row in rows(3000):
        sexes[row["sex"]] += 1
        ends = [part.endswith(feminine) for part in row["victim_name"].split()]
        if row["sex"] == "f":
            assert any(ends), row["victim_name"]
        else:
            assert row["sex"] == "m" and not any(ends), row["victim_name"]
    assert sexes["f"] > 0


def test_about_one_name_in_ten_is_written_in_latin_letters() -> None:
    latin = sum(row["victim_name"].isascii() for row in rows(3000))
    assert 200 <= latin <= 400


def test_languages_split_about_sixty_twenty_five_fifteen() -> None:
    counts = Counter(row["language"] for row in rows(5000))
    assert 2700 <= counts["ru"] <= 3300
    assert 1000 <= counts["kk"] <= 1500
    assert 550 <= counts["en"] <= 950


def test_each_narrative_is_written_in_its_language() -> None:
    for row in rows(2000):
        text = row["narrative"]
        letters = [c for c in text if c.isalpha()]
        latin = sum(c.isascii() for c in letters) / len(letters)
        if row["language"] == "en":
            assert latin > 0.9, text
        else:
            assert latin < 0.05, text
        has_kazakh = any(c in KAZAKH_LETTERS for c in text)
        assert has_kazakh == (row["language"] == "kk"), text


def test_narratives_have_two_to_six_sentences_and_vary() -> None:
    sample = rows(2000)
    for row in sample:
        text = row["narrative"]
        assert text.endswith(".")
        assert 2 <= text.count(". ") + 1 <= 6, text
    assert len({row["narrative"] for row in sample}) == len(sample)
    openings = {row["narrative"][:12] for row in sample if row["language"] == "ru"}
    assert len(openings) > 50


def test_urgent_rows_are_rare_and_name_a_protest_or_a_threat_to_life() -> None:
    sample = rows(10000)
    priorities = Counter(row["priority"] for row in sample)
    assert set(priorities) == {"normal", "high", "urgent"}
    assert 150 <= priorities["urgent"] <= 500
    assert 700 <= priorities["high"] <= 1300
    for row in sample:
        if row["priority"] == "urgent":
            markers = URGENT_MARKERS[row["language"]]
            text = row["narrative"].lower()
            assert any(marker in text for marker in markers), row["narrative"]


def test_write_csv_writes_a_utf8_header_and_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "demo.csv"
    write_csv(path, 50, seed=3)
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == COLUMNS
        assert list(reader) == list(generate_rows(50, seed=3))


def test_a_hundred_thousand_rows_are_generated() -> None:
    assert sum(1 for _ in generate_rows(100_000)) == 100_000
