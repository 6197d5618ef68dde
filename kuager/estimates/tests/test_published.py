"""Log-linear estimates against figures published for public data (data/README.md).

Precision: each figure is compared at the precision it was published with (whole
numbers, or the decimals printed)."""

from __future__ import annotations

import itertools

from kuager.estimates.loglinear import fit_model, profile_interval
from kuager.estimates.mse import Method, estimate
from kuager.estimates.notices import Code
from kuager.estimates.tests.helpers import published

ALL_PAIRS = list(itertools.combinations(range(3), 2))


def test_darroch_r3_saturated_model_gives_rivests_1240_with_se_451() -> None:
    # Rivest (2011), reproduced in Rcapture's testPapersResults.R: N 1240, s.e. 451.
    fit = fit_model(published("darroch_r3.csv"), ALL_PAIRS)
    assert round(fit.estimate) == 1240
    assert round(fit.stderr) == 451


def test_darroch_r3_without_c1c3_gives_850_with_se_186_deviance_3_8() -> None:
    fit = fit_model(published("darroch_r3.csv"), [(0, 1), (1, 2)])
    assert (round(fit.estimate), round(fit.stderr)) == (850, 186)
    assert (round(fit.deviance, 1), fit.df) == (3.8, 1)


def test_bruno_diabetes_model_gives_2771_with_se_145() -> None:
    # Bruno et al. (1994): every two-list interaction but c1:c4.
    pairs = [p for p in itertools.combinations(range(4), 2) if p != (0, 3)]
    fit = fit_model(published("bruno_diabetes.csv"), pairs)
    assert (round(fit.estimate), round(fit.stderr)) == (2771, 145)
    assert (round(fit.deviance, 2), fit.df) == (7.62, 5)


def test_rivests_diabetes_model_gives_2472_with_se_53() -> None:
    fit = fit_model(published("bruno_diabetes.csv"), [(0, 2), (1, 3), (2, 3)])
    assert (round(fit.estimate), round(fit.stderr)) == (2472, 53)
    assert (round(fit.deviance, 2), fit.df) == (21.97, 7)


def test_industrial_injury_independence_profile_interval_is_203_to_217() -> None:
    # Cormack, Chang and Smith (2000), Table 3b, model Mt: N 209, deviance 75.1 on 3 df,
    # profile-likelihood interval 203-217 (a Wald interval would be symmetric about 209).
    table = published("cormack_injury_3.csv")
    fit = fit_model(table, [])
    interval = profile_interval(table, [])
    assert (round(fit.estimate), round(fit.deviance, 1), fit.df) == (209, 75.1, 3)
    assert interval.high is not None
    assert (round(interval.low), round(interval.high)) == (203, 217)


def test_industrial_injury_dependent_models_have_published_lower_bounds() -> None:
    table = published("cormack_injury_3.csv")
    fit = fit_model(table, [(1, 2)])
    assert (round(fit.deviance, 1), fit.df) == (1.2, 2)
    assert round(profile_interval(table, [(1, 2)]).low) == 210
    fit = fit_model(table, [(0, 2), (1, 2)])
    assert round(fit.estimate) == 233
    assert round(profile_interval(table, [(0, 2), (1, 2)]).low) == 204


def test_industrial_injury_four_lists_independence_gives_215() -> None:
    fit = fit_model(published("cormack_injury_4.csv"), [])
    assert (round(fit.estimate), round(fit.deviance, 1), fit.df) == (215, 87.1, 10)


def test_industrial_injury_with_every_interaction_is_refused_not_reported_in_millions() -> None:
    # Rcapture prints an abundance above 1,000,000 for this model; the linear-programming
    # check shows the maximum likelihood estimate does not exist, so we say so instead.
    result = estimate(published("cormack_injury_4.csv"), Method.FIXED,
                      terms=list(itertools.combinations(range(4), 2)))
    assert result.estimate is None
    assert result.reason is not None and result.reason.code == Code.NOT_FINITE


def test_uk_2013_stepwise_total_is_the_home_offices_10_to_13_thousand() -> None:
    # Home Office (2014): "between 10 thousand and 13 thousand" victims in 2013 from the
    # 2,744 known; the 95% interval, rounded to thousands as published.
    result = estimate(published("uk_2013.csv"), Method.STEPWISE)
    assert result.observed == 2744
    assert result.estimate is not None and result.interval is not None
    low, high = result.interval
    assert high is not None
    assert (round(low, -3), round(high, -3)) == (10_000, 13_000)
    assert low < result.estimate < high
