"""Record linkage of victim-incidents: which records, across Kuager and partners' lists, are
the same person in the same incident, with a match probability for every candidate pair.

    linkage = link(records, places=PlaceKeys(Gazetteer.load()), decisions=decisions)
    linkage.pairs        # candidate pairs with probabilities (decided ones at 1 or 0)
    linkage.cluster_of   # record_id -> cluster number
    linkage.confidence   # record_id -> how sure its cluster membership is

People's decisions on pairs go in as Decision(left, right, same): a confirmed pair is always
in one cluster, a rejected pair never, and once there are enough confirmed pairs they also
train the model's m probabilities.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kuager.linkage.clusters import Facts, cluster
from kuager.linkage.features import incident_table
from kuager.linkage.model import ModelSpec, incident_model
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record
from kuager.linkage.scoring import ScoredPair, score

# Pairs at or above this probability are one incident: a match is then likelier than not.
# On the generated cross-script lists 0.5 gave the best balance (precision about 0.99, recall
# 0.97); 0.9 trades two points of recall for one of precision.
DEFAULT_THRESHOLD = 0.5
# Pairs below the floor are not returned: not worth a reviewer's glance. Undecided pairs
# between the floor and the ceiling are the ones worth one.
REVIEW_FLOOR = 0.05
REVIEW_CEILING = 0.95


@dataclass(frozen=True)
class Decision:
    """A person's verdict on a pair: same=True confirms one victim-incident, False rejects."""

    left: str
    right: str
    same: bool


@dataclass(frozen=True)
class Pair:
    left: str
    right: str
    probability: float
    match_weight: float
    decided: bool = False


@dataclass
class Linkage:
    record_ids: list[str]
    pairs: list[Pair]
    cluster_of: dict[str, int]
    confidence: dict[str, float]
    threshold: float
    training: list[str] = field(default_factory=list)
    seconds: float = 0.0
    model: dict[str, Any] = field(default_factory=dict, repr=False)

    def clusters(self) -> list[list[str]]:
        members: dict[int, list[str]] = defaultdict(list)
        for record_id in self.record_ids:
            members[self.cluster_of[record_id]].append(record_id)
        return list(members.values())

    def summary(self) -> dict[str, Any]:
        sizes = [len(c) for c in self.clusters()]
        return {
            "records": len(self.record_ids),
            "clusters": len(sizes),
            "linked_records": sum(s for s in sizes if s > 1),
            "largest_cluster": max(sizes, default=0),
            "clusters_by_size": {str(s): sizes.count(s) for s in sorted(set(sizes))},
            "candidate_pairs": len(self.pairs),
            "pairs_to_review": sum(1 for p in self.pairs
                                   if not p.decided and REVIEW_FLOOR <= p.probability
                                   < REVIEW_CEILING),
            "decided_pairs": sum(1 for p in self.pairs if p.decided),
            "threshold": self.threshold,
            "training": self.training,
            "seconds": round(self.seconds, 2),
        }


def link(records: Sequence[Record], *, places: PlaceKeys | None = None,
         decisions: Iterable[Decision] = (), threshold: float = DEFAULT_THRESHOLD,
         spec: ModelSpec | None = None, seed: int = 7) -> Linkage:
    """Link victim-incident records within and across sources (duplicates within a source too)."""
    started = time.perf_counter()
    ids = [r.record_id for r in records]
    if len(set(ids)) != len(ids):
        raise ValueError("record_id values must be unique")
    decisions = list(decisions)
    confirmed, _rejected = _decided(decisions, {record_id: i for i, record_id in enumerate(ids)})
    table = incident_table(records, places or PlaceKeys())
    scoring = score(table, spec or incident_model(), confirmed=sorted(confirmed), seed=seed,
                    min_probability=REVIEW_FLOOR)
    facts = [Facts(s, e, y) for s, e, y in zip(table["date_start"], table["date_end"],
                                               table["birth_year"], strict=True)]
    scored = [Pair(ids[p.left], ids[p.right], round(p.probability, 6), round(p.weight, 3))
              for p in scoring.pairs]
    settled = settle(ids, facts, scored, decisions, threshold)
    return Linkage(ids, settled.pairs, settled.cluster_of, settled.confidence, threshold,
                   scoring.training, time.perf_counter() - started, scoring.model)


@dataclass
class Settled:
    pairs: list[Pair]
    cluster_of: dict[str, int]
    confidence: dict[str, float]


def settle(ids: Sequence[str], facts: Sequence[Facts], scored: Iterable[Pair],
           decisions: Iterable[Decision], threshold: float) -> Settled:
    """Clusters from the model's pairs and people's decisions, without scoring again: a
    decision on a pair of a stored linkage takes effect at once (kuager.linkage.actions)."""
    index = {record_id: i for i, record_id in enumerate(ids)}
    confirmed, rejected = _decided(decisions, index)
    decided = {**dict.fromkeys(confirmed, 1.0), **dict.fromkeys(rejected, 0.0)}
    model = []
    for p in scored:
        a, b = sorted((index[p.left], index[p.right]))
        model.append(ScoredPair(a, b, p.probability, p.match_weight))
    pairs = _apply_decisions(model, decided)
    labels = cluster(facts, ((p.left, p.right, p.probability) for p in pairs), threshold,
                     confirmed=confirmed, rejected=rejected)
    confidence = _confidence(len(ids), pairs, labels)
    return Settled(
        [Pair(ids[p.left], ids[p.right], p.probability, p.weight,
              (p.left, p.right) in decided) for p in pairs],
        _numbered(list(ids), labels), dict(zip(ids, confidence, strict=True)))


def _decided(decisions: Iterable[Decision], index: dict[str, int]
             ) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    confirmed: set[tuple[int, int]] = set()
    rejected: set[tuple[int, int]] = set()
    for d in decisions:
        if d.left not in index or d.right not in index or d.left == d.right:
            continue  # a decision on records not in this run, or a record with itself
        a, b = sorted((index[d.left], index[d.right]))
        (confirmed if d.same else rejected).add((a, b))
    # The latest word is not known here; a pair both confirmed and rejected is left to the model.
    both = confirmed & rejected
    return confirmed - both, rejected - both


def _apply_decisions(pairs: list[ScoredPair], decided: dict[tuple[int, int], float]
                     ) -> list[ScoredPair]:
    found = []
    for pair in pairs:
        verdict = decided.get((pair.left, pair.right))
        found.append(pair if verdict is None else
                     ScoredPair(pair.left, pair.right, verdict, pair.weight))
    seen = {(p.left, p.right) for p in pairs}
    # A decided pair the blocking rules never proposed still belongs in the result.
    found.extend(ScoredPair(a, b, verdict, 0.0) for (a, b), verdict in sorted(decided.items())
                 if (a, b) not in seen)
    return found


def _numbered(ids: list[str], labels: list[int]) -> dict[str, int]:
    """Clusters numbered 1, 2, … in the order their first record appears in the input."""
    numbers: dict[int, int] = {}
    return {record_id: numbers.setdefault(label, len(numbers) + 1)
            for record_id, label in zip(ids, labels, strict=True)}


def _confidence(n: int, pairs: list[ScoredPair], labels: list[int]) -> list[float]:
    """Per record: in a cluster, its strongest pair inside the cluster; alone, one minus its
    strongest pair to anyone (a record with a near-match elsewhere is a doubtful singleton)."""
    inside = [0.0] * n
    outside = [0.0] * n
    for p in pairs:
        target = inside if labels[p.left] == labels[p.right] else outside
        for i in (p.left, p.right):
            target[i] = max(target[i], p.probability)
    sizes: dict[int, int] = defaultdict(int)
    for label in labels:
        sizes[label] += 1
    return [round(inside[i] if sizes[labels[i]] > 1 else 1.0 - outside[i], 4) for i in range(n)]
