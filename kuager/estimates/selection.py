"""Choosing which interactions between lists a log-linear model includes.

* By AIC or BIC: every set of two-list interactions for up to five lists (1,024 models
  for five), a greedy forward-backward search beyond; then, for four lists or more,
  three-list interactions whose pairs are all in the model are added one at a time while
  the criterion improves. Only models that pass the existence and identifiability check
  compete.
* Stepwise, the rule of Bales, Hesketh and Silverman (2015, "Modern slavery in the UK:
  how many victims?", Significance 12(3):16-21) as SparseMSE implements it (function
  stepwisefit; Chan, Silverman and Vincent 2021, section 3.2): start from main effects;
  for each pair of lists not yet in the model, the number of incidents on both is
  compared with its Poisson distribution under the current model, p = min(P(X <= n),
  P(X >= n)); the pair with the smallest p joins while p < threshold (0.02 by default)
  and the model it makes passes checkident. Pairs whose model would have no finite or
  identifiable estimate get p = 1, so sparse pairs only join when their overlap
  supports it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from scipy.stats import poisson

from kuager.estimates.histories import CaptureTable
from kuager.estimates.identifiability import Check, Term, build_design, canonical, check_model
from kuager.estimates.loglinear import LoglinearFit, fit_model

STEPWISE_THRESHOLD = 0.02  # SparseMSE's default pthresh
EXHAUSTIVE_MAX_LISTS = 5


@dataclass(frozen=True, eq=False)
class Candidate:
    terms: tuple[Term, ...]
    check: Check
    fit: LoglinearFit | None  # None when the check fails
    p_value: float | None = None  # stepwise: of the interaction that led here

    def criterion(self, name: str) -> float:
        if self.fit is None:
            return float("inf")
        return self.fit.aic if name == "aic" else self.fit.bic


@dataclass(frozen=True, eq=False)
class Search:
    chosen: Candidate
    candidates: tuple[Candidate, ...]  # every model examined


class _Models:
    """Checks and fits each model once, however often the search meets it."""

    def __init__(self, table: CaptureTable) -> None:
        self.table = table
        self.seen: dict[tuple[Term, ...], Candidate] = {}

    def get(self, terms: Iterable[Term], p_value: float | None = None) -> Candidate:
        key = canonical(terms)
        if key not in self.seen:
            design = build_design(self.table, key)
            check = check_model(self.table, key, design)
            fit = fit_model(self.table, key, design) if check.ok else None
            self.seen[key] = Candidate(key, check, fit, p_value)
        return self.seen[key]


def pairs(k: int) -> list[Term]:
    return list(itertools.combinations(range(k), 2))


def fixed(table: CaptureTable, terms: Sequence[Term]) -> Search:
    candidate = _Models(table).get(terms)
    return Search(candidate, (candidate,))


def by_criterion(table: CaptureTable, criterion: str) -> Search:
    models = _Models(table)
    if table.k <= EXHAUSTIVE_MAX_LISTS:
        every = pairs(table.k)
        for r in range(len(every) + 1):
            for subset in itertools.combinations(every, r):
                models.get(subset)
        best = min(models.seen.values(), key=lambda c: c.criterion(criterion))
    else:
        best = _greedy(models, criterion)
    best = _add_three_list_terms(models, best, criterion)
    return Search(best, tuple(models.seen.values()))


def _greedy(models: _Models, criterion: str) -> Candidate:
    current = models.get(())
    while True:
        terms = set(current.terms)
        neighbours = [models.get(terms ^ {pair}) for pair in pairs(models.table.k)]
        best = min(neighbours, key=lambda c: c.criterion(criterion))
        if best.criterion(criterion) >= current.criterion(criterion):
            return current
        current = best


def _add_three_list_terms(models: _Models, current: Candidate, criterion: str) -> Candidate:
    if models.table.k < 4 or current.fit is None:
        return current
    while True:
        present = set(current.terms)
        triples = [t for t in itertools.combinations(range(models.table.k), 3)
                   if t not in present
                   and all(p in present for p in itertools.combinations(t, 2))]
        if not triples:
            return current
        best = min((models.get((*current.terms, t)) for t in triples),
                   key=lambda c: c.criterion(criterion))
        if best.criterion(criterion) >= current.criterion(criterion):
            return current
        current = best


def stepwise(table: CaptureTable, threshold: float = STEPWISE_THRESHOLD) -> Search:
    models = _Models(table)
    current = models.get(())
    path = [current]
    candidates = pairs(table.k)
    on_both = {pair: table.on_all(pair) for pair in candidates}
    while current.fit is not None:
        fitted = current.fit.fitted
        p_values: dict[Term, float] = {}
        for pair in candidates:
            if pair in current.terms:
                continue
            if not models.get((*current.terms, pair)).check.ok:
                p_values[pair] = 1.0
                continue
            expected = float(fitted[table.patterns[:, list(pair)].all(axis=1)].sum())
            n = on_both[pair]
            p_values[pair] = min(float(poisson.cdf(n, expected)),
                                 float(poisson.sf(n - 1, expected)))
        if not p_values:
            break
        best = min(p_values.values())
        if best >= threshold:
            break
        pair = next(p for p in candidates if p_values.get(p) == best)  # lowest index wins
        step = models.get((*current.terms, pair))
        current = Candidate(step.terms, step.check, step.fit, best)
        path.append(current)
    return Search(current, tuple(path))
