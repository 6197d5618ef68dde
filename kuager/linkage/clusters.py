"""Clusters of records that are one victim-incident, from scored pairs and people's decisions.

Written here rather than taken from splink, whose clustering is connected components: that
cannot keep apart what must stay apart. A record without a date links to the same person's
2019 incident and to their 2021 one, and chains the two into one cluster; a pair a person
rejected comes back together through a third record. Here pairs are merged strongest first,
and a merge is refused when the merged cluster would hold two incidents whose dates are
too far apart, two birth years that cannot be one person's, or a pair a person rejected.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

# Two records of one incident may disagree on its date by a typo or a misremembered month;
# beyond about a quarter of a year they are two incidents (the unit is the victim-incident).
DATE_TOLERANCE_DAYS = 92
# A birth year worked out from a reported age is often one off, sometimes two.
BIRTH_YEAR_TOLERANCE = 2

_FAR = 10**9


@dataclass(frozen=True)
class Facts:
    """What must agree across a cluster: the incident's span (day numbers) and birth year."""

    date_start: int | None = None
    date_end: int | None = None
    birth_year: int | None = None


@dataclass
class _Group:
    members: list[int]
    # Twice the day numbers, so half the tolerance stays an integer: each record's span widened
    # by half the tolerance on each side; spans within the tolerance of each other then overlap,
    # and intervals that overlap pairwise share a common point, so two bounds suffice.
    low: int = -_FAR
    high: int = _FAR
    oldest: int = _FAR
    youngest: int = -_FAR
    rejected: set[int] = field(default_factory=set)


class Clusterer:
    def __init__(self, facts: Sequence[Facts], date_tolerance: int = DATE_TOLERANCE_DAYS,
                 birth_year_tolerance: int = BIRTH_YEAR_TOLERANCE) -> None:
        self.parent = list(range(len(facts)))
        self.birth_year_tolerance = birth_year_tolerance
        self.groups: dict[int, _Group] = {}
        for i, fact in enumerate(facts):
            group = _Group([i])
            if fact.date_start is not None and fact.date_end is not None:
                group.low = 2 * fact.date_start - date_tolerance
                group.high = 2 * fact.date_end + date_tolerance
            if fact.birth_year is not None:
                group.oldest = group.youngest = fact.birth_year
            self.groups[i] = group

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def reject(self, a: int, b: int) -> None:
        self.groups[self.find(a)].rejected.add(b)
        self.groups[self.find(b)].rejected.add(a)

    def compatible(self, a: int, b: int) -> bool:
        first, second = self.groups[self.find(a)], self.groups[self.find(b)]
        if max(first.low, second.low) > min(first.high, second.high):
            return False
        oldest, youngest = min(first.oldest, second.oldest), max(first.youngest, second.youngest)
        if oldest != _FAR and youngest - oldest > self.birth_year_tolerance:
            return False
        small, large = sorted((first, second), key=lambda g: len(g.members))
        return not any(m in large.rejected for m in small.members) and not any(
            m in small.rejected for m in large.members)

    def merge(self, a: int, b: int) -> None:
        root_a, root_b = self.find(a), self.find(b)
        if root_a == root_b:
            return
        if len(self.groups[root_a].members) < len(self.groups[root_b].members):
            root_a, root_b = root_b, root_a
        kept, gone = self.groups[root_a], self.groups.pop(root_b)
        self.parent[root_b] = root_a
        kept.members.extend(gone.members)
        kept.low, kept.high = max(kept.low, gone.low), min(kept.high, gone.high)
        kept.oldest, kept.youngest = min(kept.oldest, gone.oldest), max(kept.youngest,
                                                                         gone.youngest)
        kept.rejected |= gone.rejected

    def labels(self) -> list[int]:
        return [self.find(i) for i in range(len(self.parent))]


def cluster(facts: Sequence[Facts], edges: Iterable[tuple[int, int, float]], threshold: float,
            *, confirmed: Iterable[tuple[int, int]] = (),
            rejected: Iterable[tuple[int, int]] = ()) -> list[int]:
    """A cluster label per record (the label is one member's index).

    Confirmed pairs are joined first and unconditionally: a person's decision outranks the
    constraints (a cluster a person joined against them takes no further pairs from the
    model). Rejected pairs never end up in one cluster through the model's pairs.
    """
    clusterer = Clusterer(facts)
    for a, b in confirmed:
        clusterer.merge(a, b)
    for a, b in rejected:
        clusterer.reject(a, b)
    # Strongest first; ties in a fixed order so that the same input gives the same clusters.
    ordered = sorted((e for e in edges if e[2] >= threshold), key=lambda e: (-e[2], e[0], e[1]))
    for a, b, _ in ordered:
        if clusterer.find(a) != clusterer.find(b) and clusterer.compatible(a, b):
            clusterer.merge(a, b)
    return clusterer.labels()
