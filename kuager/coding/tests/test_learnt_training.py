"""The script that fits the sentence model (scripts/learnt_methods_experiment.py): folds keep a
writers' batch whole, thresholds take what pays, and the model it fits scores a sentence at
run time exactly as it was scored in fitting."""

from __future__ import annotations

from types import ModuleType

import numpy as np
import pytest

from kuager.coding.tests.scripts import load_script


@pytest.fixture(scope="module")
def script() -> ModuleType:
    return load_script("learnt_methods_experiment")


def test_folds_cover_the_tuning_letters_and_never_split_a_writers_batch(script: ModuleType
                                                                        ) -> None:
    numbers = [n for a, b in script.FOLDS for n in range(a, b + 1)]
    assert numbers == list(range(1, 563))
    for a, b in script.HONEST_RULES:
        assert script.fold_of(a) == script.fold_of(b)
    honest = [n for a, b in script.HONEST_RULES for n in range(a, b + 1)]
    assert honest == list(range(163, 563))


def test_an_addition_threshold_takes_what_pays_at_its_weight(script: ModuleType) -> None:
    pairs = [(0.9, True), (0.8, True), (0.7, False), (0.6, True), (0.5, False), (0.4, False),
             (0.3, False)]
    # At weight 0.5, taking down to 0.6 gains 3 - 0.5; lower only loses.
    assert script.gain_threshold(pairs, 0.5, 1, above=True) == pytest.approx(0.55)
    # At weight 1 the wrong 0.7 costs what the 0.6 brings: the smaller set is kept.
    assert script.gain_threshold(pairs, 1.0, 1, above=True) == pytest.approx(0.75)
    assert script.gain_threshold(pairs, 1.0, 4, above=True) is None


def test_a_withdrawal_threshold_drops_the_low_scores_that_are_mostly_wrong(script: ModuleType
                                                                           ) -> None:
    pairs = [(0.05, False), (0.1, False), (0.15, True), (0.2, False), (0.6, True), (0.9, True)]
    # Dropping the right 0.15 as well pays only if it costs less than the wrong 0.2 brings.
    assert script.gain_threshold(pairs, 0.5, 1, above=False) == pytest.approx(0.4)
    assert script.gain_threshold(pairs, 1.0, 1, above=False) == pytest.approx(0.125)
    assert script.gain_threshold([(0.1, True), (0.2, True)], 1.0, 1, above=False) is None


def test_the_fitted_model_scores_a_sentence_at_run_time_as_in_fitting(script: ModuleType
                                                                     ) -> None:
    texts = ["Меня били дубинкой по спине. Потом дали воды.",
             "They beat me with a baton all night. Later they gave me water.",
             "Кормят нормально, в камере тепло, пишу письма. Мама приезжала.",
             "The food is fine and the cell is warm. Mother came to visit."] * 3
    golds = [{"030102000000"}, {"030102000000"}, set(), set()] * 3
    for pairs in (False, True):
        model = script.fit_model(10.0, 1, 1, pairs, False, ["030102000000"], texts, golds)
        sentence = "Он снова бил меня дубинкой."
        P, spans = model.scores(sentence)
        assert spans == [(0, len(sentence))]
        idx, v = script._vector(model.vocab, model.idf, sentence, pairs)
        expected = 1 / (1 + np.exp(-(v @ model.W[idx] + model.b)))
        assert P[0] == pytest.approx(expected)
        assert P[0, 0] > model.scores("Мама приезжала, всё хорошо у нас.")[0][0, 0]


def test_a_pair_of_sentences_scores_at_run_time_as_its_text_did_in_fitting(script: ModuleType
                                                                         ) -> None:
    texts = ["Меня били дубинкой по спине весь вечер. Потом дали воды и увели.",
             "Кормят нормально, в камере тепло, пишу письма. Мама приезжала в среду."] * 3
    golds = [{"030102000000"}, set()] * 3
    for pairs in (False, True):
        model = script.fit_model(10.0, 2, 1, pairs, False, ["030102000000"], texts, golds)
        text = "Вчера в камере снова били дубинкой. Дежурный не пришёл на крик."
        P, spans = model.scores(text)
        assert len(spans) == 3 and spans[2] == (0, len(text))
        idx, v = script._vector(model.vocab, model.idf, text, pairs)
        assert P[2] == pytest.approx(1 / (1 + np.exp(-(v @ model.W[idx] + model.b))))
