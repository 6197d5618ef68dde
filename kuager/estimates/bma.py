"""Bayesian model averaging over decomposable graphical models (Madigan and York 1997,
"Bayesian methods for estimation of the size of a closed population", Biometrika
84:19-31), computed as the R package dga does (Johndrow, Lum and Ball; function bma.cr
and MakeCompMatrix; the grid summaries of OlivierBinette/dgaFast).

Each decomposable graph on the lists is a model of which lists depend on which. With a
hyper-Dirichlet prior (delta per cell of the full 2^k table) the marginal likelihood of
the completed table factorises over the graph's cliques C and separators S:

    p(n | G) = prod_C ML(n_C) / prod_S ML(n_S),
    ML(n_A) = Gamma(a) / Gamma(N + a) * prod_cells Gamma(n_c + a_c) / Gamma(a_c),

with a = delta * 2^k and a_c = delta * 2^(k - |A|) for each cell of the margin on A.
Times the multinomial coefficient N! / (N - n)! prod n_h! and a prior on N (1/N unless
given), this is the joint posterior of (G, N) on a grid of unseen counts; summing over
graphs averages the models.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from scipy.signal import fftconvolve
from scipy.special import gammaln

from kuager.estimates.histories import CaptureTable
from kuager.estimates.identifiability import FloatArray

MIN_LISTS, MAX_LISTS = 3, 5
# The grid of unseen counts grows until the last tenth of it holds less than TAIL_MASS
# of the posterior. Graphs that join every list give the posterior a power-law tail, so
# the grid is capped; the cap keeps graphs x grid within CELL_BUDGET numbers (160 MB).
TAIL_MASS = 1e-5
CELL_BUDGET = 20_000_000
GRID_LIMIT = 1_000_000

Clique = frozenset[int]
LogPrior = Callable[[FloatArray], FloatArray]


@dataclass(frozen=True)
class Graph:
    edges: frozenset[tuple[int, int]]
    cliques: tuple[Clique, ...]
    separators: tuple[Clique, ...]  # non-empty ones; empty separators contribute nothing

    def label(self, lists: Sequence[str]) -> str:
        """Cliques in brackets, as in graphical-model notation: [LA,NG][PF]."""
        return "".join("[" + ",".join(lists[j] for j in sorted(c)) + "]"
                       for c in sorted(self.cliques, key=lambda c: (-len(c), sorted(c))))


@functools.cache
def decomposable_graphs(k: int) -> tuple[Graph, ...]:
    """All decomposable (chordal) graphs on k labelled vertices: 8, 61 and 822 for 3, 4
    and 5 lists, dga's graphs3, graphs4 and graphs5."""
    pairs = list(itertools.combinations(range(k), 2))
    graphs = []
    for mask in range(2 ** len(pairs)):
        edges = frozenset(p for b, p in enumerate(pairs) if mask >> b & 1)
        structure = _junction(k, edges)
        if structure is not None:
            graphs.append(Graph(edges, *structure))
    return tuple(graphs)


def _junction(k: int, edges: frozenset[tuple[int, int]]) -> tuple[
        tuple[Clique, ...], tuple[Clique, ...]] | None:
    """Cliques and separators by maximum cardinality search (Tarjan and Yannakakis 1984);
    None when the graph is not chordal. Each new clique's separator is its intersection
    with the vertices numbered before it, which by the running intersection property
    lies inside one earlier clique."""
    neighbours = {v: {b for a, b in edges if a == v} | {a for a, b in edges if b == v}
                  for v in range(k)}
    numbered: list[int] = []
    cliques: list[Clique] = []
    separators: list[Clique] = []
    while len(numbered) < k:
        v = max((u for u in range(k) if u not in numbered),
                key=lambda u: (len(neighbours[u] & set(numbered)), -u))
        earlier = frozenset(neighbours[v] & set(numbered))
        if any(b not in neighbours[a] for a, b in itertools.combinations(earlier, 2)):
            return None  # v's numbered neighbours are not a clique: not chordal
        numbered.append(v)
        grown = next((i for i, c in enumerate(cliques) if c == earlier), None)
        if grown is not None:
            cliques[grown] = earlier | {v}
        else:
            cliques.append(earlier | {v})
            if earlier:
                separators.append(earlier)
    return tuple(cliques), tuple(separators)


@dataclass(frozen=True)
class Summary:
    median: int
    mode: int
    bayes: float  # Madigan and York's estimate under relative squared error loss
    low: int
    high: int


@dataclass(frozen=True, eq=False)
class ModelPosterior:
    graph: Graph
    probability: float
    posterior: FloatArray  # of the total, given this graph, on BmaResult.totals
    summary: Summary


@dataclass(frozen=True, eq=False)
class BmaResult:
    observed: int
    totals: FloatArray  # grid of totals N
    posterior: FloatArray  # averaged over models, sums to 1
    summary: Summary
    n_models: int
    models: tuple[ModelPosterior, ...]  # by posterior probability, highest first
    truncated: bool  # the grid limit was reached with posterior mass beyond it
    delta: float


def negative_binomial_prior(a: float, b: float) -> LogPrior:
    """Madigan and York's gamma-Poisson prior on N (their three-list example uses
    a = 13.14, b = 55.17): log p(N) = N log b - (N + a) log(1 + b) + log Gamma(N + a)
    - log N! - log Gamma(a)."""
    def prior(totals: FloatArray) -> FloatArray:
        result: FloatArray = (totals * math.log(b) - (totals + a) * math.log1p(b)
                              + gammaln(totals + a) - gammaln(totals + 1) - gammaln(a))
        return result
    return prior


def bma(table: CaptureTable, delta: float | None = None, level: float = 0.95,
        unseen: Sequence[int] | None = None, log_prior: LogPrior | None = None,
        top: int = 10) -> BmaResult:
    """Posterior for the total. `delta` defaults to 2^-k, dga's suggestion; `unseen`
    (the grid of counts on no list) defaults to 0, 1, 2, ... grown until the posterior
    tail is negligible."""
    k = table.k
    if not MIN_LISTS <= k <= MAX_LISTS:
        raise ValueError(f"BMA needs {MIN_LISTS} to {MAX_LISTS} lists, got {k}")
    delta = 2.0**-k if delta is None else delta
    graphs = decomposable_graphs(k)
    if unseen is not None:
        grid = np.asarray(unseen, dtype=float)
        weights = _log_weights(table, graphs, grid, delta, log_prior)
        truncated = False
    else:
        limit = min(GRID_LIMIT, CELL_BUDGET // len(graphs))
        size = min(max(300, 2 * table.observed), limit)
        while True:
            grid = np.arange(size, dtype=float)
            weights = _log_weights(table, graphs, grid, delta, log_prior)
            mass = _normalise(weights).sum(axis=0)
            truncated = bool(mass[int(0.9 * size):].sum() > TAIL_MASS)
            if not truncated or size >= limit:
                break
            size = min(4 * size, limit)
    joint = _normalise(weights)
    totals = grid + table.observed
    posterior = joint.sum(axis=0)
    by_model = joint.sum(axis=1)
    order = np.argsort(-by_model, kind="stable")[:top]
    models = tuple(
        ModelPosterior(graphs[i], float(by_model[i]), joint[i] / by_model[i],
                       summarise(joint[i], totals, level))
        for i in order)
    return BmaResult(observed=table.observed, totals=totals, posterior=posterior,
                     summary=summarise(posterior, totals, level), n_models=len(graphs),
                     models=models, truncated=truncated, delta=delta)


def _log_weights(table: CaptureTable, graphs: Sequence[Graph], unseen: FloatArray,
                 delta: float, log_prior: LogPrior | None) -> FloatArray:
    k = table.k
    subsets = [frozenset(c) for r in range(1, k + 1)
               for c in itertools.combinations(range(k), r)]
    index = {s: i for i, s in enumerate(subsets)}
    components = np.vstack([_component(table, sorted(s), unseen, delta) for s in subsets])
    incidence = np.zeros((len(graphs), len(subsets)))
    n_parts = np.zeros(len(graphs))
    for g, graph in enumerate(graphs):
        for c in graph.cliques:
            incidence[g, index[c]] += 1
        for s in graph.separators:
            incidence[g, index[s]] -= 1
        n_parts[g] = len(graph.cliques) - len(graph.separators)
    observed = table.observed
    totals = unseen + observed
    alpha = delta * 2**k
    normaliser = gammaln(alpha) - gammaln(totals + alpha)
    multinomial = (gammaln(totals + 1) - gammaln(table.counts + 1).sum()
                   - gammaln(unseen + 1))
    prior = -np.log(totals) if log_prior is None else log_prior(totals)
    weights: FloatArray = (incidence @ components + np.outer(n_parts, normaliser)
                           + (multinomial + prior)[None, :])
    return weights


def _component(table: CaptureTable, lists: list[int], unseen: FloatArray,
               delta: float) -> FloatArray:
    """dga's CompLogML for the margin on `lists`, one value per unseen count: the unseen
    incidents sit in the margin's all-zero cell."""
    codes = table.patterns[:, lists] @ (1 << np.arange(len(lists)))
    margin = np.bincount(codes, weights=table.counts, minlength=2 ** len(lists)).astype(float)
    cells = np.tile(margin, (len(unseen), 1))
    cells[:, 0] += unseen
    prior = delta * 2.0 ** (table.k - len(lists))
    result: FloatArray = (gammaln(cells + prior) - gammaln(prior)).sum(axis=1)
    return result


def _normalise(log_weights: FloatArray) -> FloatArray:
    weights: FloatArray = np.exp(log_weights - log_weights.max())
    normalised: FloatArray = weights / weights.sum()
    return normalised


def _quantiles(weights: FloatArray, totals: FloatArray,
               levels: Sequence[float]) -> tuple[int, ...]:
    """dga's posteriorQuantiles: the first N whose cumulative probability exceeds the level."""
    cumulative = np.cumsum(weights) / weights.sum()
    return tuple(int(totals[min(int(np.searchsorted(cumulative, q, side="right")),
                                len(totals) - 1)]) for q in levels)


def _mode(weights: FloatArray, totals: FloatArray) -> int:
    return int(totals[int(np.argmax(weights))])


def _bayes(weights: FloatArray, totals: FloatArray) -> float:
    """E[1/N] / E[1/N^2], the Bayes estimate under loss ((N - estimate)/N)^2 that Madigan
    and York use (dga's bayesEstimator)."""
    return float((weights / totals).sum() / (weights / totals**2).sum())


def convolve(results: Sequence[BmaResult]) -> tuple[FloatArray, FloatArray]:
    """Posterior of the sum of totals from independent strata (by FFT: grids can be long)."""
    totals, posterior = _trimmed(results[0])
    for result in results[1:]:
        more_totals, more = _trimmed(result)
        posterior = np.clip(fftconvolve(posterior, more), 0.0, None)
        posterior /= posterior.sum()
        totals = np.arange(len(posterior), dtype=float) + totals[0] + more_totals[0]
    return totals, posterior


def _trimmed(result: BmaResult) -> tuple[FloatArray, FloatArray]:
    """The grid without its far tail, where the posterior has no mass worth adding."""
    keep = int(np.searchsorted(np.cumsum(result.posterior), 1 - 1e-12)) + 1
    return result.totals[:keep], result.posterior[:keep]


def summarise(weights: FloatArray, totals: FloatArray, level: float = 0.95) -> Summary:
    """Median, mode, Bayes estimate and equal-tailed credible interval of a (possibly
    unnormalised) posterior on the grid `totals`."""
    tail = (1 - level) / 2
    low, median, high = _quantiles(weights, totals, (tail, 0.5, 1 - tail))
    return Summary(median=median, mode=_mode(weights, totals), bayes=_bayes(weights, totals),
                   low=low, high=high)
