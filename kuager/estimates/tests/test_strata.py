"""Estimates per stratum and how they add up."""

from __future__ import annotations

import pytest

from kuager.estimates.histories import read_histories
from kuager.estimates.mse import Method, estimate, estimate_strata
from kuager.estimates.notices import Code
from kuager.estimates.tests.helpers import DATA

HEADER = "c1,c2,c3,count"


def regions(extra: str = "") -> bytes:
    """Two regions made of two published three-list tables, so they differ markedly."""
    lines = ["region," + HEADER]
    for region, name in (("north", "darroch_r3.csv"), ("south", "cormack_injury_3.csv")):
        lines += [f"{region},{row}" for row in (DATA / name).read_text().split()[1:]]
    return ("\n".join(lines) + "\n" + extra).encode()


def test_each_stratum_is_estimated_on_its_own_and_the_total_adds_up() -> None:
    histories = read_histories(regions(), "region")
    result = estimate_strata(histories, Method.FIXED)
    north, south = (e for _, e in result.strata)
    alone = estimate(histories.strata["north"], Method.FIXED)
    assert north.estimate == pytest.approx(alone.estimate)
    assert north.estimate is not None and south.estimate is not None
    assert result.total.estimate == pytest.approx(north.estimate + south.estimate)
    assert result.total.observed == histories.table.observed == north.observed + south.observed
    assert result.total.interval is not None and north.interval and south.interval
    assert result.total.interval[0] == pytest.approx(north.interval[0] + south.interval[0])
    found = {n.code for n in result.total.warnings}
    assert {Code.STRATA_SUM, Code.STRATA_BOUNDS} <= found


def test_pooling_unlike_strata_is_flagged() -> None:
    # Expected counts with independent lists in each region: 500 incidents each listed
    # with probability 0.8 in the north, 2000 with probability 0.1 in the south. Pooled,
    # the regions' difference looks like lists agreeing, and the total comes out far too low.
    rows = ["region,A,B,C,count"]
    for region, single, double, triple in (("north", 16, 64, 256), ("south", 162, 18, 2)):
        rows += [f"{region},{h},{n}" for h, n in (
            ("1,0,0", single), ("0,1,0", single), ("0,0,1", single), ("1,1,0", double),
            ("1,0,1", double), ("0,1,1", double), ("1,1,1", triple))]
    result = estimate_strata(read_histories("\n".join(rows), "region"), Method.FIXED)
    north, south = (e.estimate for _, e in result.strata)
    assert north == pytest.approx(500, rel=0.01)
    assert south == pytest.approx(2000, rel=0.01)
    assert result.pooled.estimate is not None and result.pooled.estimate < 1500
    assert Code.STRATA_DISAGREE in {n.code for n in result.total.warnings}


def test_bma_strata_combine_their_posteriors() -> None:
    result = estimate_strata(read_histories(regions(), "region"), Method.BMA)
    assert result.total.estimate is not None and result.total.interval is not None
    low, high = result.total.interval
    parts = [e.estimate for _, e in result.strata]
    assert all(p is not None for p in parts)
    assert high is not None and low <= result.total.estimate <= high
    assert result.total.estimate == pytest.approx(sum(p or 0 for p in parts), rel=0.02)
    assert result.total.observed <= low


def test_stratum_without_estimate_leaves_the_total_blank() -> None:
    lonely = "east,1,0,0,5\neast,0,1,0,4\n"  # two lists, nothing in common
    result = estimate_strata(read_histories(regions(lonely), "region"))
    east = dict(result.strata)["east"]
    assert east.reason is not None and east.reason.code == Code.NO_OVERLAP
    assert result.total.estimate is None
    assert result.total.reason is not None
    assert result.total.reason.code == Code.STRATA_INCOMPLETE
    assert result.total.reason.params["strata"] == "east"
