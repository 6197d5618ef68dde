"""The sentence model behind the rules: how its scores withdraw and add methods, the model
Kuager ships, and what a letter gets when both read it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import numpy as np
import pytest
from django.core.management import call_command

from kuager.coding.engine import VERSION, propose
from kuager.coding.learnt import (
    MODEL_DIR,
    NEVER_WITHDRAWN,
    SentenceModel,
    analyse,
    may_add,
    packaged,
    read,
    sentences,
    windows,
)

BEATING, KICKS, COLD, THREAT, DEATH = ("030100000000", "030101000000", "030700000000",
                                      "032201000000", "032301000000")


def _toy() -> SentenceModel:
    """Beating is read from «били», cold from «холод»; nothing else scores."""
    words = {BEATING: "били", COLD: "холод"}
    vocab: dict[str, int] = {}
    for word in [*words.values(), "тихо", "письмо"]:
        for g in analyse(word):
            vocab.setdefault(g, len(vocab))
    codes = [BEATING, KICKS, COLD, THREAT, DEATH]
    W = np.zeros((len(vocab), len(codes)))
    for j, code in enumerate(codes):
        if code in words:
            for g in analyse(words[code]):
                W[vocab[g], j] = 20.0
    return SentenceModel(vocab, np.ones(len(vocab)), W, np.full(len(codes), -3.0), codes, 1,
                         low={BEATING: 0.2, COLD: 0.2, THREAT: 0.2, DEATH: 0.2},
                         high={BEATING: 0.8, COLD: 0.8}, version="toy")


LETTER = ("В камере было тихо всю неделю, писал письмо. "
          "Потом пришли двое и били меня до утра.")
QUIET = (0, LETTER.index(".") + 1)
BEATEN = (LETTER.index("Потом"), len(LETTER))


def test_sentences_keep_short_pieces_with_the_next_one() -> None:
    text = "Да. Меня перевели в другую камеру в марте.\n\nОни пришли ночью и били меня."
    found = [text[s:e] for s, e in sentences(text)]
    assert found == ["Да. Меня перевели в другую камеру в марте.", "Они пришли ночью и били меня."]


def test_a_rule_proposal_in_a_sentence_without_any_sign_of_it_is_withdrawn() -> None:
    reading = read(_toy(), LETTER, [(COLD, *QUIET), (BEATING, *BEATEN)], [])
    assert reading.withdrawn == {COLD}


def test_a_rule_proposal_in_a_sentence_that_tells_it_is_kept() -> None:
    reading = read(_toy(), LETTER, [(BEATING, *BEATEN)], [])
    assert reading.withdrawn == set()
    assert reading.added == []


def test_a_code_found_in_any_of_its_sentences_is_kept() -> None:
    reading = read(_toy(), LETTER + " Окно разбито, в камере холод.",
                   [(COLD, *QUIET), (COLD, len(LETTER) + 1, len(LETTER) + 30), (BEATING, *BEATEN)],
                   [])
    assert reading.withdrawn == set()


def test_a_general_code_with_specific_ones_beside_it_is_never_withdrawn() -> None:
    # The toy, like the shipped model, has kicks beside the general beating.
    reading = read(_toy(), LETTER, [(BEATING, *QUIET)], [])
    assert reading.withdrawn == set()


def test_a_threat_to_kill_is_never_withdrawn() -> None:
    assert DEATH in NEVER_WITHDRAWN and THREAT in NEVER_WITHDRAWN
    assert "030602000000" in NEVER_WITHDRAWN  # a sexual threat is a threat too
    reading = read(_toy(), LETTER, [(DEATH, *QUIET), (THREAT, *QUIET)], [])
    assert reading.withdrawn == set()


def test_a_method_the_rules_missed_is_added_with_its_sentence() -> None:
    reading = read(_toy(), LETTER, [], [])
    assert [(code, LETTER[s:e]) for code, s, e, _ in reading.added] == [
        (BEATING, "Потом пришли двое и били меня до утра.")]
    assert reading.added[0][3] > 0.8


def test_nothing_is_added_where_the_rules_set_the_same_act_aside() -> None:
    # The rules found kicks in that sentence and judged them denied, asked or feared.
    start = LETTER.index("били")
    reading = read(_toy(), LETTER, [], [(KICKS, start, start + 4)])
    assert reading.added == []


def test_an_act_set_aside_elsewhere_or_of_another_kind_does_not_stop_an_addition() -> None:
    reading = read(_toy(), LETTER, [], [(KICKS, *QUIET), (COLD, *BEATEN)])
    assert [a[0] for a in reading.added] == [BEATING]


def test_the_general_code_is_not_added_beside_a_specific_one() -> None:
    reading = read(_toy(), LETTER, [(KICKS, *BEATEN)], [])
    assert reading.added == []


def test_an_empty_letter_reads_as_nothing() -> None:
    reading = read(_toy(), "  \n", [(BEATING, 0, 1)], [])
    assert reading.withdrawn == set() and reading.added == []


def test_the_shipped_model_is_whole() -> None:
    model = packaged()
    meta = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    assert model.version == meta["version"] == "learnt-3"
    assert model.W.shape == (len(model.vocab), len(model.codes)) == (len(meta["vocabulary"]),
                                                                    len(meta["codes"]))
    assert all(len(c) == 12 and c.startswith("03") for c in model.codes)
    for thresholds in (model.low, model.high):
        assert set(thresholds) <= set(model.codes)
        assert all(0 < t < 1 for t in thresholds.values())
    assert not NEVER_WITHDRAWN & set(model.low)


@pytest.mark.django_db
@pytest.mark.parametrize("text", [
    "Меня в этот раз не били, кормят нормально, в камере тепло.",
    "Бұл жолы мені ешкім ұрған жоқ, тамақ жақсы, камера жылы.",
    "They did not beat me this time; the food is fine and the cell is warm.",
])
def test_a_denial_gets_no_method_from_either_reader(text: str) -> None:
    assert propose(text, learnt=True).methods == []


@pytest.mark.django_db
@pytest.mark.parametrize("text", [
    "Следователь угрожал надеть мне пакет на голову, если я не подпишу.",
    "Тергеуші қол қоймасаң басыңа пакет кигіземіз деп қорқытты.",
    "The investigator threatened to put a bag over my head if I did not sign.",
])
def test_a_reported_threat_stays_a_threat_and_is_not_the_act(text: str) -> None:
    codes = {p.code for p in propose(text, learnt=True).methods}
    assert THREAT in codes
    assert "030902000000" not in codes


@pytest.mark.django_db
def test_an_act_told_without_its_word_is_added_with_the_models_name_and_less_confidence() -> None:
    text = ("In January they opened the window of the cell and took away my jacket. "
            "I shook all night and could not feel my fingers.")
    assert propose(text).methods == []
    result = propose(text, learnt=True)
    assert [(p.code, p.rule) for p in result.methods] == [(COLD, "learnt-3")]
    assert result.methods[0].confidence < 0.7
    found = result.methods[0]
    assert (found.start, found.end) in windows(text, packaged().window)
    assert found.text == text[found.start:found.end]
    assert result.version == f"{VERSION}+learnt-3"
    assert propose(text).version == VERSION


@pytest.mark.django_db
def test_the_command_names_both_readers_and_can_leave_the_model_out(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("In January they opened the window of the cell and took away my jacket. "
                      "I shook all night and could not feel my fingers.", encoding="utf-8")
    out = io.StringIO()
    call_command("code_letter", str(letter), json=True, stdout=out)
    found = json.loads(out.getvalue())
    assert found["version"] == f"{VERSION}+learnt-3"
    assert [(m["code"], m["rule"]) for m in found["methods"]] == [(COLD, "learnt-3")]
    out = io.StringIO()
    call_command("code_letter", str(letter), json=True, rules_only=True, stdout=out)
    found = json.loads(out.getvalue())
    assert found["version"] == VERSION and found["methods"] == []
    (tmp_path / "letter.json").write_text(json.dumps({"language": "en", "methods": [COLD]}),
                                          encoding="utf-8")
    out = io.StringIO()
    call_command("code_letter", evaluate=tmp_path, rules_only=True, stdout=out)
    assert out.getvalue().splitlines()[0] == f"proposals of {VERSION} (the rules alone)"
    assert ["methods", "en", "—", "0.00", "0", "0", "1", "1"] in [
        line.split() for line in out.getvalue().splitlines()]


@pytest.mark.django_db
@pytest.mark.parametrize("text", [
    "The guards beat me in the cell last night.",
    "Ночью зашли сотрудники и избили меня за то, что я написал жалобу прокурору.",
])
def test_a_plain_beating_is_never_withdrawn(text: str) -> None:
    # The general code's model learnt from letters that code only kicks or batons.
    assert [p.code for p in propose(text, learnt=True).methods] == [BEATING]


@pytest.mark.django_db
@pytest.mark.parametrize(("text", "codes"), [
    # "this will teach you", said during the beating: the rules set the threat aside.
    ("They beat me with batons and said: this will teach you to write to the prosecutor, "
     "we will teach you.", ["030102000000"]),
    ("Сотрудники избили меня дубинками и сказали: будешь знать, как жаловаться прокурору, "
     "мы тебя научим.", ["030102000000"]),
    # The rules tell a threat to kill him from one against his family; the model adds none.
    ("The investigator threatened to kill me if I did not sign the confession.", [DEATH]),
    ("Тергеуші мені өлтіремін деп қорқытты.", [DEATH]),
])
def test_the_model_adds_no_threat_the_rules_set_aside_or_told_apart(text: str,
                                                                     codes: list[str]) -> None:
    assert [p.code for p in propose(text, learnt=True).methods] == codes


@pytest.mark.django_db
def test_a_specific_act_the_model_adds_replaces_the_rules_general_one() -> None:
    text = ("Вчера ночью меня избили в камере двое сотрудников колонии. "
            "Били резиновой штукой по спине и по ногам.")
    assert {p.code for p in propose(text).methods} == {BEATING}
    assert [(p.code, p.rule) for p in propose(text, learnt=True).methods] == [
        ("030102000000", "learnt-3")]


def test_a_long_scan_is_read_in_memory_that_grows_with_it() -> None:
    text = "Меня били. Кормят плохо, в камере холодно и сыро. " * 4000  # 200,000 characters
    P, spans = packaged().scores(text)
    assert P.shape == (len(spans), len(packaged().codes)) and len(spans) > 4000


def test_a_proposal_no_window_holds_is_kept() -> None:
    # Its span runs over two sentences; the toy reads sentences one at a time.
    reading = read(_toy(), LETTER, [(COLD, 0, len(LETTER))], [])
    assert reading.withdrawn == set()


FAMILY = "032202000000"


def _family_toy() -> SentenceModel:
    """A threat against the family read from «угрожал» alone."""
    vocab = {g: i for i, g in enumerate(dict.fromkeys(analyse("угрожал")))}
    W = np.full((len(vocab), 1), 20.0)
    return SentenceModel(vocab, np.ones(len(vocab)), W, np.array([-3.0]), [FAMILY], 1,
                         high={FAMILY: 0.8}, version="toy")


def test_a_threat_against_the_family_is_added_only_from_words_that_name_the_family() -> None:
    named = "Следователь угрожал, что жену уволят с работы."
    unnamed = "Следователь угрожал, кричал и стучал по столу."
    assert may_add(FAMILY, named) and not may_add(FAMILY, unnamed)
    assert may_add(THREAT, unnamed)
    assert [a[0] for a in read(_family_toy(), named, [], []).added] == [FAMILY]
    assert read(_family_toy(), unnamed, [], []).added == []
    # the best window names nobody; the next one, which names his mother, is taken
    both = unnamed + " Потом снова угрожал матери."
    added = read(_family_toy(), both, [], []).added
    assert [(code, both[s:e]) for code, s, e, _ in added] == [
        (FAMILY, "Потом снова угрожал матери.")]


CARE, FOOD = "031503000000", "031501000000"


@pytest.mark.parametrize(("window", "allowed"), [
    ("Врач в санчасти посмотрел ухо, дал капли.", False),
    ("The doctor looked at the ear and gave him drops.", False),
    ("Врача так и не вызвали, хотя он просил всю ночь.", True),
    ("Нужна операция, но в больницу не везут.", True),
    ("They refused to take him to the hospital.", True),
    ("Дәрігерге апармады, тек парацетамол берді.", True),
    ("Медбөлімге жазылдым, бірақ ешкім қарамады.", True),
    ("No doctor came until the morning.", True),
])
def test_care_kept_from_him_is_added_only_from_words_that_say_it_was_not_given(
        window: str, allowed: bool) -> None:
    assert may_add(CARE, window) is allowed
    assert may_add(FOOD, window) is allowed
