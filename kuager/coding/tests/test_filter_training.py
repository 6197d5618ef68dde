"""The script that trains and cross-validates a learnt filter behind the rules
(scripts/train_coding_filter.py): it scores as the evaluation does, keeps every letter on one
side of a fold, and leaves the rules as they were after loosening them for training."""

from pathlib import Path
from types import ModuleType

import pytest

from kuager.coding.engine import Reference, propose
from kuager.coding.evaluation import Letter, evaluate, load
from kuager.coding.tests.scripts import load_script

pytestmark = pytest.mark.django_db

TUNING = Path(__file__).resolve().parent.parent / "evalset" / "tuning"


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("train_coding_filter")


def test_the_script_counts_hits_and_false_alarms_as_the_evaluation_does(
        script: ModuleType) -> None:
    letters = [letter for letter in load(TUNING)
               if int(letter.name.rsplit("-", 1)[1]) in (1, 11, 33, 40)]
    reference = Reference.load()
    examples = [e for letter in letters for e in script.examples_of(letter, reference, False)]
    gold = {Path(letter.name).name: letter.gold for letter in letters}
    # (the script reads the rules' proposals: the sentence model is left out of both)
    report = evaluate(letters, learnt=False)
    for field in ("regions", "methods"):
        ours = script.tally([(e, 1.0) for e in examples if e.field == field], gold, field,
                            set(gold), 0.0)
        theirs = report.tallies[("all", field)]
        assert (ours.hits, ours.false_alarms, ours.misses) == (
            theirs.hits, theirs.false_alarms, theirs.misses)


def test_no_letter_is_on_both_sides_of_a_fold(script: ModuleType) -> None:
    names = [f"{lang}-{n:02d}" for lang in ("kk", "ru", "en") for n in range(1, 53)]
    for key in (script.batch_of, script.letter_fold(10)):
        tested: list[str] = []
        for train, test in script.grouped_folds(names, key):
            assert not train & test and train | test == set(names)
            tested += test
        assert sorted(tested) == sorted(names)
    assert [script.batch_of(n) for n in ("ru-10", "ru-11", "ru-32", "ru-33")] == [0, 1, 1, 2]


def test_a_relatives_town_dropped_by_the_rules_becomes_a_negative_and_stays_dropped(
        script: ModuleType) -> None:
    text = "Моя мама живет в Павлодаре. В колонии в Долинке меня били дубинками."
    letter = Letter("ru-05", text, "ru", None, {"regions": {"KZ-35"},
                    "methods": {"030102000000"}})
    examples = script.examples_of(letter, Reference.load(), True)
    pavlodar = [e for e in examples if e.field == "regions" and e.code == "KZ-55"]
    assert pavlodar and all(e.raw_only and e.label == 0 for e in pavlodar)
    assert any(e.code == "KZ-35" and e.label == 1 and not e.raw_only for e in examples)
    # The loosened rules were for training only.
    assert "KZ-55" not in {p.code for p in propose(text).regions}


def test_only_letters_written_after_rules_5_are_tested_and_none_is_split(
        script: ModuleType) -> None:
    names = [f"{lang}-{n:02d}" for lang in ("kk", "ru", "en") for n in (*range(1, 53),
                                                                          *range(63, 83))]
    tested = sorted(n for n in names if script.unseen(n))
    assert len(tested) == 60 and not any(script.unseen(n) for n in ("ru-52", "kk-01"))
    for key in (script.writer_fold, script.language_fold):
        seen: list[str] = []
        for train, test in script.grouped_folds(tested, key):
            assert not train & test and train | test == set(tested)
            seen += test
        assert sorted(seen) == tested
    assert len({script.writer_fold(n) for n in tested}) == 9
    assert script.writer_fold("kk-69") != script.writer_fold("kk-70")
