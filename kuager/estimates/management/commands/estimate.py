"""`kuager estimate HISTORIES.csv [--method aic|bic|stepwise|bma] [--stratum COLUMN] [--json]`:
how many incidents there were, including those no list recorded (multiple systems
estimation).

`--model LA:NG,NG:PF` fits that log-linear model instead of searching for one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from kuager.estimates.histories import Histories, read_histories
from kuager.estimates.messages import render
from kuager.estimates.mse import (
    Estimate,
    Method,
    ModelRow,
    StratifiedEstimate,
    estimate,
    estimate_strata,
    parse_terms,
)
from kuager.estimates.notices import TableError
from kuager.estimates.selection import STEPWISE_THRESHOLD

SEARCHES = [str(m) for m in (Method.STEPWISE, Method.AIC, Method.BIC, Method.BMA)]
SHOWN_MODELS = 10


class Command(BaseCommand):
    help = "Estimate the total number of incidents, including those no list recorded."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, help="CSV: one 0/1 column per list and 'count'.")
        parser.add_argument("--method", choices=SEARCHES,
                            help="How to choose the model (default: stepwise).")
        parser.add_argument("--model", metavar="A:B,B:C",
                            help="Fit this log-linear model: the interactions to include.")
        parser.add_argument("--stratum", metavar="COLUMN",
                            help="Estimate each value of COLUMN (region, year) and add up.")
        parser.add_argument("--threshold", type=float, default=STEPWISE_THRESHOLD,
                            help="Stepwise: p-value an interaction needs to join (0.02).")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        histories = self._read(path, options["stratum"])
        method, terms = self._method(options, histories)
        if not 0 < options["threshold"] < 1:
            raise CommandError(_("--threshold must be between 0 and 1."))
        kwargs = {"terms": terms, "threshold": options["threshold"]}
        result: Estimate | StratifiedEstimate
        if options["stratum"]:
            result = estimate_strata(histories, method, **kwargs)
        else:
            result = estimate(histories.table, method, **kwargs)
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(render), ensure_ascii=False, indent=2))
        elif isinstance(result, StratifiedEstimate):
            self._show_strata(result)
        else:
            self._show(result)

    def _read(self, path: Path, stratum: str | None) -> Histories:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise CommandError(_("%(path)s: cannot be read (%(error)s).")
                               % {"path": path, "error": exc.strerror}) from None
        try:
            return read_histories(data, stratum)
        except TableError as exc:
            raise CommandError(f"{path}: {render(exc.notice)}") from None

    def _method(self, options: dict[str, Any],
                histories: Histories) -> tuple[Method, tuple[tuple[int, ...], ...]]:
        if options["model"] is None:
            return Method(options["method"] or Method.STEPWISE), ()
        if options["method"]:
            raise CommandError(_("Give either --method or --model, not both."))
        try:
            return Method.FIXED, parse_terms(options["model"], histories.table.lists)
        except KeyError as exc:
            raise CommandError(_("--model: '%(term)s' is not an interaction between lists "
                                 "of this table (%(lists)s).")
                               % {"term": exc.args[0],
                                  "lists": ", ".join(histories.table.lists)}) from None

    def _show_strata(self, result: StratifiedEstimate) -> None:
        for name, stratum in result.strata:
            self.stdout.write(_("== %(column)s: %(value)s ==")
                              % {"column": result.stratum_column, "value": name})
            self._show(stratum, assumptions=False)
            self.stdout.write("")
        self.stdout.write(_("== All strata added up =="))
        self._show(result.total)
        if result.pooled.estimate is not None and result.pooled.interval is not None:
            self.stdout.write(_("Without strata: %(estimate)s (%(interval)s)")
                              % {"estimate": _number(result.pooled.estimate),
                                 "interval": _interval(result.pooled)})

    def _show(self, result: Estimate, assumptions: bool = True) -> None:
        self.stdout.write(_("Recorded: %(observed)s incidents. Lists: %(lists)s.")
                          % {"observed": _number(result.observed),
                             "lists": ", ".join(result.lists)})
        if result.models:
            self._show_models(result)
        if result.estimate is None:
            self.stdout.write(_("No estimate: %(reason)s")
                              % {"reason": render(result.reason) if result.reason else ""})
        else:
            self.stdout.write(_("Estimate: %(estimate)s (%(interval)s)")
                              % {"estimate": _number(result.estimate),
                                 "interval": _interval(result)})
            if result.posterior is not None:
                self.stdout.write(_("Posterior median %(median)s, mode %(mode)s, averaged over "
                                    "%(graphs)s decomposable graphical models.")
                                  % {"median": _number(result.posterior.median),
                                     "mode": _number(result.posterior.mode),
                                     "graphs": result.posterior.graphs})
                if result.model:
                    self.stdout.write(_("Most probable graph: %(graph)s")
                                      % {"graph": result.model})
            elif result.model:
                self.stdout.write(_("Model: %(model)s") % {"model": result.model})
        shown = [w for w in result.warnings
                 if assumptions or w.code not in ("closed_population", "list_dependence",
                                                  "linkage_errors")]
        if shown:
            self.stdout.write(_("Be careful:"))
            for warning in shown:
                self.stdout.write(f"  - {render(warning)}")

    def _show_models(self, result: Estimate) -> None:
        rows = list(result.models)
        if result.method in (Method.AIC, Method.BIC):
            rows = rows[:SHOWN_MODELS]
            self.stdout.write(_("Models compared (%(shown)s best of %(all)s):")
                              % {"shown": len(rows), "all": len(result.models)})
        elif result.method == Method.BMA:
            self.stdout.write(_("Most probable graphs:"))
        else:
            self.stdout.write(_("Models fitted:"))
        width = max(len(r.label) for r in rows)
        header = (f"  {_('model'):<{width}} {_('estimate'):>10} {'AIC':>9} {'BIC':>9} "
                  f"{_('deviance'):>9} {'df':>3}")
        if result.method == Method.STEPWISE:
            header += f" {'p':>8}"
        elif result.method == Method.BMA:
            header = f"  {_('graph'):<{width}} {_('probability'):>11} {_('median'):>10}"
        self.stdout.write(header)
        for row in rows:
            self.stdout.write(_model_line(row, width, result.method))


def _model_line(row: ModelRow, width: int, method: Method) -> str:
    mark = "*" if row.chosen else " "
    if method == Method.BMA:
        return (f"{mark} {row.label:<{width}} {row.probability or 0:>11.4f} "
                f"{_number(row.estimate):>10}")
    if row.status != "ok":
        status = (_("no finite estimate") if row.status == "no_finite_estimate"
                  else _("not identifiable"))
        return f"{mark} {row.label:<{width}} {status}"
    line = (f"{mark} {row.label:<{width}} {_number(row.estimate):>10} {row.aic or 0:>9.1f} "
            f"{row.bic or 0:>9.1f} {row.deviance or 0:>9.2f} {row.df or 0:>3}")
    if method == Method.STEPWISE:
        line += " " + ("" if row.p_value is None else f"{row.p_value:.2g}").rjust(8)
    return line


def _number(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def _interval(result: Estimate) -> str:
    if result.interval is None:
        return ""
    low, high = result.interval
    level = f"{result.level:.0%}"
    if high is None:
        return _("%(level)s interval from %(low)s, no upper bound") % {
            "level": level, "low": _number(low)}
    return _("%(level)s interval %(low)s to %(high)s") % {
        "level": level, "low": _number(low), "high": _number(high)}
