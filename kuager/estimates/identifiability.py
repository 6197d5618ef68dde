"""Does a log-linear model give a finite, identifiable estimate on this table?

Follows SparseMSE (Chan, Silverman and Vincent 2021, "Multiple systems estimation for
sparse capture data: inferential challenges when there are nonoverlapping lists",
JASA 116:1297-1306; R package SparseMSE, functions buildmodelmatrix and checkident):

* an interaction between lists no incident was on together has maximum likelihood
  estimate minus infinity; its cells are fixed at zero and taken out of the fit, and
  the term out of the design, rather than letting the fit run off to infinity;
* on what remains, the maximum likelihood estimate exists if and only if the observed
  margins lie in the relative interior of the marginal cone (Fienberg and Rinaldo 2012,
  "Maximum likelihood estimation in log-linear models", Ann. Statist. 40:996-1023),
  which the linear programme below decides: maximise s subject to A x = A n and
  x >= s; the optimum is zero exactly when no strictly positive table has the
  observed margins;
* and the parameters are identifiable when the design has full column rank.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
from scipy.optimize import linprog

from kuager.estimates.histories import CaptureTable

Term = tuple[int, ...]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]

# HiGHS reports an optimum of zero as a few ulps either side; SparseMSE compares
# lpSolve's result with exactly zero.
LP_ZERO = 1e-8


@dataclass(frozen=True, eq=False)
class Design:
    matrix: FloatArray  # kept cells x (intercept, one per list, one per kept term)
    kept: BoolArray  # over table.patterns: cells still fitted
    terms: tuple[Term, ...]  # interactions in the design
    empty_terms: tuple[Term, ...]  # interactions with no incident: fixed at -inf

    @property
    def n_params(self) -> int:
        """Parameters the model has, counting those fixed at minus infinity (Chan et
        al. add them to the AIC)."""
        return int(self.matrix.shape[1]) + len(self.empty_terms)


@dataclass(frozen=True)
class Check:
    exists: bool
    identifiable: bool

    @property
    def ok(self) -> bool:
        return self.exists and self.identifiable


def canonical(terms: Iterable[Term]) -> tuple[Term, ...]:
    """Interactions sorted by order, then lists, so a model has one spelling."""
    return tuple(sorted({tuple(sorted(t)) for t in terms}, key=lambda t: (len(t), t)))


def build_design(table: CaptureTable, terms: Sequence[Term]) -> Design:
    patterns = table.patterns
    kept = np.ones(len(patterns), dtype=bool)
    design_terms: list[Term] = []
    empty: list[Term] = []
    for term in canonical(terms):
        on_all = np.all(patterns[:, list(term)] == 1, axis=1)
        if table.counts[on_all].sum() == 0:
            empty.append(term)
            kept &= ~on_all
        else:
            design_terms.append(term)
    columns = [np.ones(len(patterns)), *patterns.T.astype(float)]
    columns += [np.all(patterns[:, list(t)] == 1, axis=1).astype(float) for t in design_terms]
    matrix = np.column_stack(columns)[kept]
    return Design(matrix, kept, tuple(design_terms), tuple(empty))


def check_model(table: CaptureTable, terms: Sequence[Term],
                design: Design | None = None) -> Check:
    design = design or build_design(table, terms)
    matrix = design.matrix
    counts = table.counts[design.kept].astype(float)
    n_cells, n_params = matrix.shape
    identifiable = n_cells >= n_params and np.linalg.matrix_rank(matrix) == n_params
    return Check(exists=_lp_optimum(matrix.T, matrix.T @ counts) > LP_ZERO,
                 identifiable=bool(identifiable))


def _lp_optimum(a: FloatArray, margins: FloatArray) -> float:
    n_params, n_cells = a.shape
    objective = np.zeros(n_cells + 1)
    objective[-1] = -1.0  # linprog minimises; we maximise s
    equality = np.hstack([a, np.zeros((n_params, 1))])
    at_least_s = np.hstack([-np.eye(n_cells), np.ones((n_cells, 1))])  # s - x <= 0
    result = linprog(objective, A_ub=at_least_s, b_ub=np.zeros(n_cells),
                     A_eq=equality, b_eq=margins, bounds=(0, None), method="highs")
    if result.status != 0:  # infeasible cannot happen (x = n is feasible); be safe
        return 0.0
    return float(-result.fun)


def count_overlapping_triples(table: CaptureTable) -> int:
    """Triples of lists that pairwise share an incident; with none, the model with every
    two-list interaction is not identifiable (SparseMSE's count_triples)."""
    overlaps = table.overlaps()
    return sum(all(overlaps[p] > 0 for p in itertools.combinations(triple, 2))
               for triple in itertools.combinations(range(table.k), 3))
