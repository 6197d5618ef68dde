"""Refusals, identifiability, zero cells and the floor at the observed count."""

from __future__ import annotations

import numpy as np
import pytest

from kuager.estimates.histories import CaptureTable, all_patterns
from kuager.estimates.identifiability import check_model, count_overlapping_triples
from kuager.estimates.messages import MESSAGES, render
from kuager.estimates.mse import Method, estimate
from kuager.estimates.notices import Code
from kuager.estimates.tests.helpers import published, table

# A and B never share an incident; A-C and B-C do.
NO_AB = table("ABC", [("100", 30), ("010", 25), ("001", 40), ("101", 8), ("011", 6)])


def codes(notices: object) -> set[Code]:
    return {n.code for n in notices}  # type: ignore[attr-defined]


def test_table_with_one_list_is_refused() -> None:
    result = estimate(table("A", [("1", 40)]))
    assert result.estimate is None and result.interval is None
    assert result.reason is not None and result.reason.code == Code.ONE_LIST
    assert "only one list" in render(result.reason)


def test_lists_that_never_overlap_are_refused() -> None:
    result = estimate(table("AB", [("10", 30), ("01", 25)]), Method.AIC)
    assert result.estimate is None
    assert result.reason is not None and result.reason.code == Code.NO_OVERLAP


def test_all_two_list_interactions_without_overlapping_triple_are_not_identifiable() -> None:
    every_pair = [(0, 1), (0, 2), (1, 2)]
    assert count_overlapping_triples(NO_AB) == 0
    check = check_model(NO_AB, every_pair)
    assert check.exists and not check.identifiable
    result = estimate(NO_AB, Method.FIXED, terms=every_pair)
    assert result.estimate is None
    assert result.reason is not None and result.reason.code == Code.NOT_IDENTIFIABLE


def test_empty_overlap_interaction_is_fixed_at_zero_not_refused() -> None:
    # Chan, Silverman and Vincent: the A:B cells are set to zero and dropped from the fit.
    result = estimate(NO_AB, Method.FIXED, terms=[(0, 1)])
    assert result.estimate is not None
    assert Code.EMPTY_OVERLAPS in codes(result.warnings)


def test_searches_only_choose_models_with_a_finite_estimate() -> None:
    result = estimate(published("cormack_injury_4.csv"), Method.AIC)
    assert result.estimate is not None
    statuses = {row.status for row in result.models}
    assert "no_finite_estimate" in statuses  # e.g. every two-list interaction
    chosen = [row for row in result.models if row.chosen]
    assert len(chosen) == 1 and chosen[0].status == "ok"


def test_aic_and_bic_choose_the_lowest_criterion_among_estimable_models() -> None:
    diabetes = published("bruno_diabetes.csv")
    for method, key in ((Method.AIC, "aic"), (Method.BIC, "bic")):
        result = estimate(diabetes, method)
        scores = [getattr(row, key) for row in result.models if row.status == "ok"]
        chosen = next(row for row in result.models if row.chosen)
        assert getattr(chosen, key) == min(scores)
        assert result.estimate == chosen.estimate


def test_zero_cells_are_handled_by_every_search() -> None:
    injury = published("cormack_injury_4.csv")
    assert (injury.counts == 0).sum() == 5
    for method in (Method.STEPWISE, Method.AIC, Method.BIC, Method.BMA):
        result = estimate(injury, method)
        assert result.estimate is not None, method
        assert result.estimate >= injury.observed


def test_estimate_and_interval_never_go_below_the_observed_count() -> None:
    rng = np.random.default_rng(20240601)
    for _ in range(8):
        counts = rng.poisson(rng.uniform(0.5, 30, size=7)) * (rng.random(7) > 0.25)
        counts[[0, 1, 3]] += 1  # A, B and A&B seen, so some overlap exists
        sample = CaptureTable(("A", "B", "C"), all_patterns(3), counts.astype(np.int64))
        for method in (Method.STEPWISE, Method.AIC, Method.BMA):
            result = estimate(sample, method)
            if result.estimate is None:
                continue
            assert result.interval is not None
            assert result.estimate >= sample.observed
            assert result.interval[0] >= sample.observed


def test_two_lists_give_lincoln_petersen() -> None:
    # n1 n2 / m = 80 * 60 / 20 with the independence model.
    result = estimate(table("AB", [("10", 60), ("01", 40), ("11", 20)]))
    assert result.estimate == pytest.approx(240.0)


def test_list_that_recorded_nobody_is_left_out_with_a_warning() -> None:
    rows = [("1000", 30), ("0100", 25), ("0010", 20), ("1100", 8), ("0110", 6), ("1010", 5)]
    result = estimate(table("ABCD", rows))
    assert result.lists == ("A", "B", "C")
    assert Code.DROPPED_EMPTY_LIST in codes(result.warnings)


def test_list_that_recorded_everyone_is_left_out_but_its_incidents_still_count() -> None:
    rows = [("1001", 30), ("0101", 25), ("0011", 20), ("1101", 8), ("0111", 6), ("1011", 5),
            ("0001", 40)]
    result = estimate(table("ABCF", rows))
    assert result.lists == ("A", "B", "C")
    assert Code.DROPPED_FULL_LIST in codes(result.warnings)
    assert result.observed == 134
    assert result.estimate is not None and result.interval is not None
    assert result.estimate >= 134 and result.interval[0] >= 134


def test_every_estimate_states_its_assumptions() -> None:
    result = estimate(published("darroch_r3.csv"))
    assert {Code.CLOSED_POPULATION, Code.LIST_DEPENDENCE,
            Code.LINKAGE_ERRORS} <= codes(result.warnings)


def test_sparse_uk_table_warns_of_small_and_empty_overlaps() -> None:
    result = estimate(published("uk_2013.csv"))
    found = codes(result.warnings)
    assert {Code.EMPTY_OVERLAPS, Code.SMALL_OVERLAPS, Code.SPARSE_TABLE} <= found
    texts = " ".join(render(w) for w in result.warnings)
    assert "LA & GP (0)" in texts


def test_every_code_has_words() -> None:
    assert set(MESSAGES) == set(Code)
