"""Multiple systems estimation: from a capture-history table, the number of incidents
including those no list recorded, with an interval, the models behind it, and what to
be careful about.

`estimate` refuses, with a reason, rather than print a number the data cannot support;
`estimate_strata` estimates each region or year and adds them up.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from kuager.estimates import bma as bma_module
from kuager.estimates import selection
from kuager.estimates.histories import CaptureTable, Histories, informative_lists
from kuager.estimates.identifiability import Term, canonical
from kuager.estimates.loglinear import model_label, profile_interval
from kuager.estimates.notices import Code, Notice

LEVEL = 0.95
SMALL_OVERLAP = 5  # fewer shared incidents than this and an interaction is a guess
SMALL_LIST = 10  # dga's check.strata: "lists with very few (less than 10) records"
FEW_RECORDS = 50
LARGE_DARK_FIGURE = 5.0  # estimate over this many times the observed count
CLOSE_CRITERION = 2.0  # models within 2 AIC/BIC units are about as well supported
CLOSE_SPREAD = 0.10

ASSUMPTIONS = (Code.CLOSED_POPULATION, Code.LIST_DEPENDENCE, Code.LINKAGE_ERRORS)

Render = Callable[[Notice], str]


class Method(enum.StrEnum):
    AIC = "aic"
    BIC = "bic"
    STEPWISE = "stepwise"
    BMA = "bma"
    FIXED = "fixed"  # a model the user names


@dataclass(frozen=True)
class ModelRow:
    """One model in the comparison shown to the user."""

    label: str
    estimate: float | None
    aic: float | None = None
    bic: float | None = None
    deviance: float | None = None
    df: int | None = None
    p_value: float | None = None  # stepwise: of the interaction added
    probability: float | None = None  # BMA: posterior probability of the graph
    status: str = "ok"  # "ok", "no_finite_estimate", "not_identifiable"
    chosen: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"model": self.label, "estimate": _round(self.estimate),
                "aic": _round(self.aic, 2), "bic": _round(self.bic, 2),
                "deviance": _round(self.deviance, 2), "df": self.df,
                "p_value": self.p_value, "probability": self.probability,
                "status": self.status, "chosen": self.chosen}


@dataclass(frozen=True)
class Posterior:
    median: int
    mode: int
    bayes: float  # Madigan and York's estimate
    graphs: int  # how many models were averaged


@dataclass(frozen=True)
class Estimate:
    method: Method
    lists: tuple[str, ...]
    observed: int
    estimate: float | None
    interval: tuple[float, float | None] | None  # upper None: no upper bound found
    level: float = LEVEL
    model: str | None = None
    models: tuple[ModelRow, ...] = ()
    warnings: tuple[Notice, ...] = ()
    reason: Notice | None = None  # why there is no estimate
    stderr: float | None = None
    posterior: Posterior | None = None
    # BMA: the whole posterior, which adding strata up needs.
    distribution: bma_module.BmaResult | None = field(default=None, repr=False, compare=False)

    def as_dict(self, render: Render) -> dict[str, object]:
        data: dict[str, object] = {
            "observed": self.observed,
            "estimate": _round(self.estimate),
            "interval": (None if self.interval is None
                         else [_round(self.interval[0]), _round(self.interval[1])]),
            "level": self.level,
            "method": str(self.method),
            "model": self.model,
            "lists": list(self.lists),
            "warnings": [render(w) for w in self.warnings],
            "warning_codes": [w.as_dict() for w in self.warnings],
            "models": [m.as_dict() for m in self.models],
        }
        if self.stderr is not None:
            data["stderr"] = _round(self.stderr)
        if self.posterior is not None:
            data["posterior"] = {"median": self.posterior.median, "mode": self.posterior.mode,
                                 "bayes": _round(self.posterior.bayes),
                                 "graphs": self.posterior.graphs}
        if self.reason is not None:
            data["reason"] = render(self.reason)
            data["reason_code"] = self.reason.as_dict()
        return data


@dataclass(frozen=True)
class StratifiedEstimate:
    stratum_column: str
    total: Estimate  # strata added up
    strata: tuple[tuple[str, Estimate], ...]
    pooled: Estimate  # the strata merged into one table, for comparison

    def as_dict(self, render: Render) -> dict[str, object]:
        data = self.total.as_dict(render)
        data["stratum_column"] = self.stratum_column
        data["strata"] = [{"stratum": name, **e.as_dict(render)} for name, e in self.strata]
        data["pooled"] = self.pooled.as_dict(render)
        return data


def estimate(table: CaptureTable, method: Method = Method.STEPWISE, *,
             terms: Sequence[Term] = (), threshold: float = selection.STEPWISE_THRESHOLD,
             level: float = LEVEL) -> Estimate:
    """The total for one table. `terms` is the model for Method.FIXED."""
    base = Estimate(method, table.lists, table.observed, None, None, level)
    if table.k < 2:
        return replace(base, reason=Notice(Code.ONE_LIST))
    if table.observed == 0:
        return replace(base, reason=Notice(Code.NO_RECORDS))
    dropped: list[Notice] = []
    if method != Method.FIXED:
        keep, dropped = informative_lists(table)
        if len(keep) < 2:
            return replace(base, warnings=tuple(dropped),
                           reason=Notice(Code.TOO_FEW_LISTS))
        if len(keep) < table.k:
            table = table.keep_lists(keep)
    notes = [*dropped, *table_warnings(table)]
    base = replace(base, lists=table.lists)
    if not any(table.counts[table.patterns.sum(axis=1) >= 2]):
        return replace(base, warnings=_with_assumptions(notes),
                       reason=Notice(Code.NO_OVERLAP))
    if method == Method.BMA:
        result = _bayesian(base, table, notes, level)
    else:
        result = _loglinear(base, table, method, notes, terms, threshold, level)
    return _at_least_observed(result)


def _at_least_observed(result: Estimate) -> Estimate:
    """Every incident recorded is in the total. (Leaving out a list that recorded
    everyone, as SparseMSE does, moves the incidents only it recorded into the other
    lists' unseen part; the floor keeps them counted.)"""
    if result.estimate is None or result.interval is None:
        return result
    low, high = result.interval
    floor = result.observed
    return replace(result, estimate=max(result.estimate, floor),
                   interval=(max(low, floor), None if high is None else max(high, floor)))


def _loglinear(base: Estimate, table: CaptureTable, method: Method, notes: list[Notice],
               terms: Sequence[Term], threshold: float, level: float) -> Estimate:
    if method == Method.FIXED:
        search = selection.fixed(table, terms)
    elif method == Method.STEPWISE:
        search = selection.stepwise(table, threshold)
    else:
        search = selection.by_criterion(table, str(method))
    chosen = search.chosen
    label = model_label(chosen.terms, table.lists)
    rows = _rows(table, method, search)
    if chosen.fit is None:
        # A search only fails when not even the main-effects model can be estimated.
        code = (Code.NO_MODEL if method != Method.FIXED
                else Code.NOT_FINITE if not chosen.check.exists else Code.NOT_IDENTIFIABLE)
        return replace(base, model=label, models=rows, warnings=_with_assumptions(notes),
                       reason=Notice(code, {"model": label}))
    fit = chosen.fit
    interval = profile_interval(table, chosen.terms, level)
    if interval.high is None:
        notes.append(Notice(Code.OPEN_INTERVAL, {"low": round(interval.low)}))
    if method in (Method.AIC, Method.BIC):
        notes.extend(_close_models(search, str(method), fit.estimate))
    if fit.estimate > LARGE_DARK_FIGURE * table.observed:
        notes.append(Notice(Code.LARGE_DARK_FIGURE,
                            {"estimate": round(fit.estimate), "observed": table.observed}))
    return replace(base, estimate=fit.estimate,
                   interval=(interval.low, interval.high), model=label, models=rows,
                   warnings=_with_assumptions(notes), stderr=fit.stderr)


def _rows(table: CaptureTable, method: Method, search: selection.Search) -> tuple[ModelRow, ...]:
    rows = []
    for c in search.candidates:
        status = ("ok" if c.check.ok
                  else "no_finite_estimate" if not c.check.exists else "not_identifiable")
        fit = c.fit
        rows.append(ModelRow(
            label=model_label(c.terms, table.lists),
            estimate=None if fit is None else fit.estimate,
            aic=None if fit is None else fit.aic, bic=None if fit is None else fit.bic,
            deviance=None if fit is None else fit.deviance, df=None if fit is None else fit.df,
            p_value=c.p_value, status=status, chosen=c.terms == search.chosen.terms))
    if method in (Method.AIC, Method.BIC):
        key = str(method)
        rows.sort(key=lambda r: (r.status != "ok", getattr(r, key) or 0.0))
    return tuple(rows)


def _close_models(search: selection.Search, criterion: str, chosen: float) -> list[Notice]:
    best = search.chosen.criterion(criterion)
    close = [c.fit.estimate for c in search.candidates
             if c.fit is not None and c.criterion(criterion) <= best + CLOSE_CRITERION]
    low, high = min(close), max(close)
    if len(close) > 1 and (high - low) > CLOSE_SPREAD * chosen:
        return [Notice(Code.CLOSE_MODELS, {"models": len(close), "low": round(low),
                                           "high": round(high), "criterion": criterion.upper()})]
    return []


def _bayesian(base: Estimate, table: CaptureTable, notes: list[Notice],
              level: float) -> Estimate:
    if not bma_module.MIN_LISTS <= table.k <= bma_module.MAX_LISTS:
        return replace(base, warnings=_with_assumptions(notes),
                       reason=Notice(Code.BMA_LISTS, {"lists": table.k,
                                                      "low": bma_module.MIN_LISTS,
                                                      "high": bma_module.MAX_LISTS}))
    result = bma_module.bma(table, level=level)
    if result.truncated:
        notes.append(Notice(Code.POSTERIOR_TRUNCATED, {"limit": int(result.totals[-1])}))
    summary = result.summary
    if summary.median > LARGE_DARK_FIGURE * table.observed:
        notes.append(Notice(Code.LARGE_DARK_FIGURE,
                            {"estimate": summary.median, "observed": table.observed}))
    rows = tuple(ModelRow(label=m.graph.label(table.lists), estimate=m.summary.median,
                          probability=round(m.probability, 6), chosen=i == 0)
                 for i, m in enumerate(result.models))
    return replace(
        base, estimate=float(summary.median), interval=(float(summary.low), float(summary.high)),
        model=result.models[0].graph.label(table.lists),  # the most probable graph
        models=rows, warnings=_with_assumptions(notes),
        posterior=Posterior(summary.median, summary.mode, summary.bayes, result.n_models),
        distribution=result)


def table_warnings(table: CaptureTable) -> list[Notice]:
    """What in this table makes any estimate from it shaky."""
    notes: list[Notice] = []
    overlaps = table.overlaps()
    names = table.lists

    def pair_names(pairs: Sequence[tuple[int, int]]) -> str:
        return ", ".join(f"{names[i]} & {names[j]} ({overlaps[(i, j)]})" for i, j in pairs)

    isolated = [names[j] for j in range(table.k)
                if all(overlaps[p] == 0 for p in overlaps if j in p)]
    if isolated:
        notes.append(Notice(Code.ISOLATED_LIST, {"lists": ", ".join(isolated)}))
    empty = [p for p, n in overlaps.items() if n == 0]
    if empty:
        notes.append(Notice(Code.EMPTY_OVERLAPS, {"pairs": pair_names(empty)}))
    small = [p for p, n in overlaps.items() if 0 < n < SMALL_OVERLAP]
    if small:
        notes.append(Notice(Code.SMALL_OVERLAPS, {"pairs": pair_names(small),
                                                  "limit": SMALL_OVERLAP}))
    totals = table.list_totals()
    tiny = [f"{names[j]} ({totals[j]})" for j in range(table.k) if totals[j] < SMALL_LIST]
    if tiny:
        notes.append(Notice(Code.SMALL_LIST, {"lists": ", ".join(tiny), "limit": SMALL_LIST}))
    zeros = int((table.counts == 0).sum())
    if table.k >= 3 and zeros * 2 > len(table.counts):
        notes.append(Notice(Code.SPARSE_TABLE, {"zeros": zeros, "cells": len(table.counts)}))
    if table.observed < FEW_RECORDS:
        notes.append(Notice(Code.FEW_RECORDS, {"observed": table.observed}))
    return notes


def _with_assumptions(notes: Sequence[Notice]) -> tuple[Notice, ...]:
    return (*(Notice(code) for code in ASSUMPTIONS), *notes)


def estimate_strata(histories: Histories, method: Method = Method.STEPWISE, *,
                    terms: Sequence[Term] = (),
                    threshold: float = selection.STEPWISE_THRESHOLD,
                    level: float = LEVEL) -> StratifiedEstimate:
    """One estimate per stratum and their sum, with the pooled table for comparison.

    Adding strata assumes every incident belongs to exactly one stratum and that the
    strata are estimated independently. For BMA the strata's posteriors are convolved,
    which is exact under that independence; for log-linear models the interval given for
    the total is the sum of the strata's bounds, wider than a joint interval would be.
    """
    if histories.stratum_column is None:
        raise ValueError("the histories have no stratum column")
    def one(table: CaptureTable) -> Estimate:
        return estimate(table, method, terms=terms, threshold=threshold, level=level)

    strata = tuple((name, one(table)) for name, table in histories.strata.items())
    pooled = one(histories.table)
    total = _add_up(histories, method, strata, pooled, level)
    return StratifiedEstimate(histories.stratum_column, total, strata, pooled)


def _add_up(histories: Histories, method: Method, strata: Sequence[tuple[str, Estimate]],
            pooled: Estimate, level: float) -> Estimate:
    observed = sum(e.observed for _, e in strata)
    notes = [Notice(Code.STRATA_SUM, {"strata": len(strata)})]
    base = Estimate(method, histories.table.lists, observed, None, None, level)
    if not strata:
        return replace(base, reason=Notice(Code.NO_RECORDS))
    missing = [name for name, e in strata if e.estimate is None]
    if missing:
        return replace(base, warnings=_with_assumptions(notes),
                       reason=Notice(Code.STRATA_INCOMPLETE, {"strata": ", ".join(missing)}))
    total = float(sum(e.estimate or 0.0 for _, e in strata))
    low: float
    high: float | None
    posterior = None
    if method == Method.BMA:
        totals, combined = bma_module.convolve([e.distribution for _, e in strata
                                                if e.distribution is not None])
        summary = bma_module.summarise(combined, totals, level)
        total, low, high = float(summary.median), float(summary.low), float(summary.high)
        posterior = Posterior(summary.median, summary.mode, summary.bayes,
                              max(e.posterior.graphs for _, e in strata if e.posterior))
    else:
        bounds = [e.interval for _, e in strata if e.interval is not None]
        low = float(sum(b[0] for b in bounds))
        uppers = [b[1] for b in bounds]
        high = None if any(u is None for u in uppers) else float(
            sum(u for u in uppers if u is not None))
        notes.append(Notice(Code.STRATA_BOUNDS))
    if pooled.estimate is not None and not _inside(pooled.estimate, low, high):
        notes.append(Notice(Code.STRATA_DISAGREE, {"pooled": round(pooled.estimate),
                                                   "total": round(total)}))
    return replace(base, estimate=total, interval=(low, high), posterior=posterior,
                   warnings=_with_assumptions(notes))


def _inside(value: float, low: float, high: float | None) -> bool:
    return low <= value and (high is None or value <= high)


def parse_terms(spec: str, lists: Sequence[str]) -> tuple[Term, ...]:
    """'LA:NG, NG:PF' -> ((0, 1), (1, 2)); raises KeyError naming an unknown list."""
    index = {name: j for j, name in enumerate(lists)}
    terms = []
    for part in spec.split(","):
        part = part.strip()
        if part:
            names = [name.strip() for name in part.split(":")]
            if len(names) < 2:
                raise KeyError(part)
            terms.append(tuple(sorted(index[name] for name in names)))
    return canonical(terms)


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None or not np.isfinite(value) else round(float(value), digits)

