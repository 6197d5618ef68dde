"""Pairwise precision and recall of a clustering against the truth, the measure the issue asks
for: every pair of records put in one cluster is a claimed match."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import combinations


@dataclass(frozen=True)
class Quality:
    true_positives: int
    predicted: int
    actual: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.actual if self.actual else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "true_positives": self.true_positives,
                "predicted_pairs": self.predicted, "true_pairs": self.actual}


def cluster_pairs(cluster_of: Mapping[str, Hashable],
                  allowed: Mapping[str, Hashable] | None = None) -> set[tuple[str, str]]:
    """Record pairs sharing a cluster; with `allowed` (record -> source), only pairs from
    different sources (a two-list linkage scores cross-list pairs only)."""
    members: dict[Hashable, list[str]] = defaultdict(list)
    for record, label in cluster_of.items():
        members[label].append(record)
    pairs = set()
    for group in members.values():
        for a, b in combinations(sorted(group), 2):
            if allowed is None or allowed[a] != allowed[b]:
                pairs.add((a, b))
    return pairs


def pairwise_quality(predicted: Iterable[tuple[str, str]],
                     actual: Iterable[tuple[str, str]]) -> Quality:
    found = {tuple(sorted(p)) for p in predicted}
    truth = {tuple(sorted(p)) for p in actual}
    return Quality(len(found & truth), len(found), len(truth))
