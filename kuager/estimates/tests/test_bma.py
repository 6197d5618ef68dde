"""Bayesian model averaging against the dga package's published example."""

from __future__ import annotations

import numpy as np

from kuager.estimates.bma import bma, decomposable_graphs, summarise
from kuager.estimates.mse import Method, estimate
from kuager.estimates.notices import Code
from kuager.estimates.tests.helpers import published

# dgaFast README table (figures/table.html): Madigan and York's five-list example,
# delta 0.5, 1 to 300 unseen, prior 1/N. Probability, Bayes estimate, mode, 2.5%, 97.5%.
PUBLISHED_TOP_TEN = [
    (0.21707345, 716, 713, 687, 752),
    (0.16029369, 704, 703, 680, 734),
    (0.08226562, 702, 699, 675, 737),
    (0.06535887, 699, 697, 674, 729),
    (0.05193514, 705, 703, 680, 736),
    (0.05098035, 705, 703, 680, 735),
    (0.03906484, 708, 706, 681, 741),
    (0.02789548, 704, 702, 678, 736),
    (0.02345528, 710, 707, 677, 755),
    (0.02197623, 717, 714, 687, 754),
]
# The table's N axis is "unseen + 626": 626 is the sum of the three-list example run
# before it in dga's documentation, left in the R session, not this table's 537. The
# probabilities do not depend on the axis; modes and quantiles shift by 626 - 537 = 89,
# and the Bayes estimate is recomputed on the same shifted axis.
PUBLISHED_AXIS_OFFSET = 626


def test_graph_counts_are_dgas_for_three_four_and_five_lists() -> None:
    assert [len(decomposable_graphs(k)) for k in (3, 4, 5)] == [8, 61, 822]


def test_five_list_example_reproduces_dgas_model_probabilities_and_summaries() -> None:
    table = published("madigan_york_5.csv")
    result = bma(table, delta=0.5, unseen=range(1, 301))
    axis = result.totals - table.observed + PUBLISHED_AXIS_OFFSET
    for model, (probability, bayes, mode, low, high) in zip(
            result.models, PUBLISHED_TOP_TEN, strict=True):
        assert abs(model.probability - probability) < 5e-9
        summary = summarise(model.posterior, axis)
        assert (round(summary.bayes), summary.mode, summary.low, summary.high) == (
            bayes, mode, low, high)


def test_posterior_is_a_distribution_over_totals_not_below_observed() -> None:
    table = published("madigan_york_5.csv")
    result = bma(table)
    assert not result.truncated
    assert np.isclose(result.posterior.sum(), 1.0)
    assert result.totals[0] == table.observed
    s = result.summary
    assert table.observed <= s.low <= s.median <= s.high
    assert s.low <= s.mode <= s.high


def test_bma_estimate_reports_median_and_credible_interval() -> None:
    result = estimate(published("darroch_r3.csv"), Method.BMA)
    assert result.posterior is not None and result.interval is not None
    assert result.estimate == result.posterior.median
    low, high = result.interval
    assert high is not None and low <= result.estimate <= high
    assert result.models[0].chosen and result.models[0].probability is not None


def test_bma_refuses_six_lists_in_plain_words() -> None:
    result = estimate(published("uk_2013.csv"), Method.BMA)
    assert result.estimate is None
    assert result.reason is not None and result.reason.code == Code.BMA_LISTS
