"""Poisson log-linear models of a capture-history table, and the total they imply.

The expected count of each observed history is exp(intercept + list effects +
interactions); the unobserved cell, on no list, is exp(intercept), so the estimated
total is the observed count plus exp(intercept) (Fienberg 1972, "The multiple recapture
census for closed populations and incomplete 2^k contingency tables", Biometrika
59:591-603; Cormack 1989; Baillargeon and Rivest 2007, "Rcapture: loglinear models for
capture-recapture in R", J. Stat. Softw. 19(5)). Interactions between lists with no
incident in common are handled as in SparseMSE (see identifiability).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import statsmodels.api as sm
from scipy.optimize import brentq, minimize_scalar
from scipy.special import gammaln, xlogy
from scipy.stats import chi2

from kuager.estimates.histories import CaptureTable
from kuager.estimates.identifiability import (
    Design,
    FloatArray,
    Term,
    build_design,
    canonical,
)

# Rcapture's closedpCI.t searches for the upper bound up to 3 times the estimate
# (fmaxSupCL); we keep doubling from there before calling the interval open.
UPPER_SEARCH_START = 3.0
UPPER_SEARCH_LIMIT = 200.0
TOLERANCE = 1e-4  # as Rcapture's optimize() and uniroot() calls


@dataclass(frozen=True, eq=False)
class LoglinearFit:
    terms: tuple[Term, ...]  # interactions asked for, including empty ones
    empty_terms: tuple[Term, ...]
    observed: int
    dark: float  # expected count on no list, exp(intercept)
    stderr: float
    loglik: float
    deviance: float
    df: int
    n_params: int
    aic: float
    bic: float
    converged: bool
    fitted: FloatArray  # expected count for every pattern of the table, 0 where fixed

    @property
    def estimate(self) -> float:
        return self.observed + self.dark


@dataclass(frozen=True)
class ProfileInterval:
    low: float
    high: float | None  # None: the likelihood never falls far enough, the data allow any total
    mle: float  # maximiser of the multinomial profile likelihood


def term_label(term: Term, lists: Sequence[str]) -> str:
    return ":".join(lists[j] for j in term)


def model_label(terms: Sequence[Term], lists: Sequence[str]) -> str:
    """Formula notation, which needs no translation: "LA + NG + PF + LA:NG"."""
    return " + ".join([*lists, *(term_label(t, lists) for t in canonical(terms))])


def fit_model(table: CaptureTable, terms: Sequence[Term],
              design: Design | None = None) -> LoglinearFit:
    design = design or build_design(table, terms)
    y = table.counts[design.kept].astype(float)
    result = _glm(y, design.matrix)
    params = np.asarray(result.params, dtype=float)
    variance = float(np.asarray(result.cov_params())[0, 0])
    dark = math.exp(params[0])
    fitted = np.zeros(len(table.counts))
    fitted[design.kept] = np.asarray(result.fittedvalues, dtype=float)
    loglik = float(result.llf)
    n_params = design.n_params
    observed = table.observed
    return LoglinearFit(
        terms=canonical(terms), empty_terms=design.empty_terms, observed=observed,
        dark=dark,
        # Rcapture's standard error of n + exp(b0): Poisson variation of the unseen
        # count plus the delta-method variance of exp(b0).
        stderr=math.sqrt(dark + dark * dark * variance),
        loglik=loglik, deviance=float(result.deviance),
        df=int(design.matrix.shape[0] - design.matrix.shape[1]), n_params=n_params,
        aic=-2 * loglik + 2 * n_params,
        # Schwarz (1978), n being the number of incidents recorded.
        bic=-2 * loglik + math.log(max(observed, 1)) * n_params,
        converged=bool(result.converged), fitted=fitted)


def profile_interval(table: CaptureTable, terms: Sequence[Term], level: float = 0.95,
                     design: Design | None = None) -> ProfileInterval:
    """Profile-likelihood interval for the total, as Rcapture's closedpCI.t computes it.

    For each candidate total N the unobserved cell is set to N - n and the model refitted
    with that cell (an intercept-only row); Cormack's (1992, "Interval estimation for
    mark-recapture studies of closed populations", Biometrics 48:567-576) correction
    turns the Poisson deviance into the multinomial log-likelihood of N:

        l(N) = -D(N)/2 + (N-n) log(N-n) + log N! - N log N - log (N-n)!

    The interval is where l stays within chi2_1(level)/2 of its maximum. Unlike a Wald
    interval it is not symmetric and never goes below the observed count.
    """
    design = design or build_design(table, terms)
    observed = table.observed
    y = table.counts[design.kept].astype(float)
    x = np.vstack([design.matrix, np.eye(1, design.matrix.shape[1])])
    start: list[FloatArray | None] = [None]

    def loglik(total: float) -> float:
        unseen = max(total - observed, 0.0)
        result = _glm(np.append(y, unseen), x, start[0])
        start[0] = np.asarray(result.params, dtype=float)
        correction = (xlogy(unseen, unseen) + gammaln(total + 1) - xlogy(total, total)
                      - gammaln(unseen + 1))
        return float(-result.deviance / 2 + correction)

    poisson_total = fit_model(table, terms, design).estimate
    search_top = max(UPPER_SEARCH_START * poisson_total, observed + 1.0)
    best = minimize_scalar(lambda n: -loglik(n), bounds=(observed, search_top),
                           method="bounded", options={"xatol": TOLERANCE})
    mle, top = float(best.x), -float(best.fun)
    if loglik(observed) > top:  # the maximum sits on the boundary: nobody unseen
        mle, top = float(observed), loglik(observed)
    cutoff = top - float(chi2.ppf(level, 1)) / 2

    def below(n: float) -> float:
        return loglik(n) - cutoff

    low = float(observed) if below(observed) >= 0 else _root(below, observed, mle)
    high = None
    upper = search_top
    while upper <= UPPER_SEARCH_LIMIT * max(poisson_total, observed + 1.0):
        if below(upper) < 0:
            high = _root(below, mle, upper)
            break
        upper *= 2
    return ProfileInterval(low=max(low, observed), high=high, mle=mle)


def _root(f: Callable[[float], float], a: float, b: float) -> float:
    return float(brentq(f, a, b, xtol=TOLERANCE))


def _glm(y: FloatArray, x: FloatArray, start: FloatArray | None = None) -> Any:
    # Sparse tables push some fitted cells towards zero; statsmodels and numpy then warn
    # about convergence or overflow, which we report through `converged` instead.
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        model = sm.GLM(y, x, family=sm.families.Poisson())
        if start is not None:
            # Warm starts speed up the profile; one far from the new optimum can make
            # IRLS overflow, and then the default start is used.
            try:
                result = model.fit(start_params=start, maxiter=200)
                if np.isfinite(result.deviance):
                    return result
            except (ValueError, np.linalg.LinAlgError):
                pass
        return model.fit(maxiter=200)
