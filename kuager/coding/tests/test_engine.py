"""Proposals from letters: negation, reported threats, partial dates, facility codes, Kazakh
endings, and the JSON the CLI prints."""

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from kuager.coding.engine import propose

pytestmark = pytest.mark.django_db


def codes(text: str, field: str, **kwargs: object) -> set[str]:
    return {p.code for p in getattr(propose(text, **kwargs), field)}  # type: ignore[arg-type]


def test_methods_with_the_words_they_came_from() -> None:
    text = "Сотрудники надели мне на голову пакет и били ногами."
    result = propose(text)
    bag = next(p for p in result.methods if p.code == "030902000000")
    assert text[bag.start:bag.end] == bag.text == "голову пакет"
    assert bag.rule == "bag" and 0 < bag.confidence <= 1
    assert "030101000000" in {p.code for p in result.methods}


@pytest.mark.parametrize(("text", "absent"), [
    ("Меня не били и не душили.", {"030100000000", "031000000000"}),
    ("Мені ұрмады.", {"030100000000"}),
    ("They did not beat me.", {"030100000000"}),
])
def test_negated_methods_are_not_proposed(text: str, absent: set[str]) -> None:
    assert not codes(text, "methods") & absent


@pytest.mark.parametrize("text", ["Он угрожал повесить меня.", "He threatened to hang me."])
def test_a_reported_threat_is_a_threat_not_a_suspension(text: str) -> None:
    found = codes(text, "methods")
    assert "031101000000" not in found
    assert "032301000000" in found
    assert propose(text).urgent


@pytest.mark.parametrize(("text", "date"), [
    ("Это было в марте 2021 года.", "2021-03"),
    ("2011 жылы колонияда ұрып-соқты.", "2011"),
    ("It happened on 14.03.2021 in the cell.", "2021-03-14"),
    ("In March 2019 they beat me.", "2019-03"),
    ("Наурыз 2020 жылы болды.", "2020-03"),
])
def test_full_and_partial_dates(text: str, date: str) -> None:
    assert date in codes(text, "dates")


def test_relative_dates_use_the_letters_date() -> None:
    assert "2024-05-09" in codes("Вчера меня избили.", "dates",
                                 letter_date=dt.date(2024, 5, 10))


@pytest.mark.parametrize("written", ["ЛА-155/8", "LA-155/8", "ла 155/8", "ЛА155/8",
                                     "LA - 155 / 8"])
def test_facility_codes_however_they_are_typed(written: str) -> None:
    result = propose(f"Я в учреждении {written}, меня избили.")
    assert {p.code for p in result.facilities} == {"ЛА-155/8"}
    assert "KZ-19" in {p.code for p in result.regions}


def test_nicknames_and_kazakh_case_endings_find_places() -> None:
    assert "KZ-35" in codes("Қарағандыдағы түрмеде ұрып-соқты.", "regions")
    assert "ЛА-155/8" in codes("Пишу из колонии в Заречном.", "facilities")
    assert "АК-159/7" in codes("Долинкада отырмын.", "facilities")


def test_urgency_signs() -> None:
    result = propose("Я объявил голодовку и зашил рот.")
    assert result.urgent
    assert {p.code for p in result.urgency_reasons} >= {"930000000000", "950000000000"}
    assert not propose("Все спокойно, жалоб нет.").urgent


def test_cli_prints_the_documented_json(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("В марте 2021 года в ЛА-155/8 меня избили полицейские, чтобы я "
                      "подписал признание.", encoding="utf-8")
    out = io.StringIO()
    call_command("code_letter", str(letter), "--json", stdout=out)
    answer = json.loads(out.getvalue())
    assert answer["language"] == "ru"
    for name in ("regions", "facilities", "methods", "purposes", "perpetrators", "dates"):
        assert isinstance(answer[name], list)
    method = answer["methods"][0]
    assert set(method) >= {"code", "label", "text", "start", "end", "confidence"}
    assert len(method["code"]) == 12
    assert answer["regions"][0]["code"] == "KZ-19"
    assert {"010104000000"} <= {p["code"] for p in answer["perpetrators"]}
    assert answer["urgent"] is False and answer["urgency_reasons"] == []
