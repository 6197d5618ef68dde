"""Training a ModelSpec and scoring the blocked pairs with splink on an in-process DuckDB.

The same splink settings run on Spark (splink.SparkAPI) for a network-wide linkage; only the
connection below would change. DuckDB is set up never to fetch extensions, so nothing is
downloaded at run time.
"""

from __future__ import annotations

import copy
import logging
import math
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

import duckdb
from splink import Linker, SettingsCreator
from splink.blocking_analysis import count_comparisons_from_blocking_rules
from splink.internals.duckdb.database_api import DuckDBAPI
from splink.internals.exceptions import SplinkException
from splink.internals.splink_dataframe import SplinkDataFrame

from kuager.linkage.features import Table
from kuager.linkage.model import ModelSpec

# Random pairs for the u probabilities: the rarest levels (same day, same name) are still seen
# a hundred times or more, and the sampling, which scores every level of every pair, takes
# about two seconds on two cores whatever the size of the list (2,000,000 pairs took nine).
U_PAIRS = 600_000
# Below this many confirmed pairs, people's decisions steer clustering but do not re-estimate
# the m probabilities: a handful of labels would only add noise to what EM found.
MIN_LABELS_FOR_TRAINING = 50

# The smallest m probability a level keeps after training (see _floored).
M_FLOOR = 1e-3
# EM on a block of 100,000 records (birth year and facility) sees millions of pairs; a
# deterministic sample of this many learns the same m in a tenth of the time.
EM_PAIRS = 500_000
EM_ITERATIONS = (20, 8, 3)
# EM on fewer pairs than this learns the list's accidents; the priors serve better.
MIN_TRAINING_PAIRS = 200
# The share of pairs that match when no near-certain match shows it (splink's own default).
DEFAULT_SHARE = 1e-4


@dataclass(frozen=True)
class ScoredPair:
    left: int
    right: int
    probability: float
    weight: float


@dataclass
class Scoring:
    pairs: list[ScoredPair]
    # What training could and could not do, in words, for the summary.
    training: list[str] = field(default_factory=list)
    model: dict[str, Any] = field(default_factory=dict)


def _connection() -> duckdb.DuckDBPyConnection:
    return duckdb.connect(config={"autoinstall_known_extensions": False,
                                  "autoload_known_extensions": False})


def score(table: Table, spec: ModelSpec, *, link_only: bool = False,
          confirmed: Sequence[tuple[int, int]] = (), min_probability: float = 0.01,
          seed: int = 7) -> Scoring:
    """Train on the table itself, then score every pair the blocking rules admit.

    `table` needs a `unique_id` column (0..n-1) and, with link_only, a `source` column:
    then only pairs from different sources are compared (two lists, each without duplicates).
    """
    if len(table["unique_id"]) < 2:
        return Scoring([], ["fewer than two records: nothing to compare"])
    db = DuckDBAPI(_connection())
    if link_only:
        sources = sorted(set(table["source"]))
        inputs = [db.register(_rows_of(table, source), dataset_display_name=f"source_{i}")
                  for i, source in enumerate(sources)]
    else:
        inputs = [db.register(table, dataset_display_name="records")]
    settings = SettingsCreator(
        link_type="link_only" if link_only else "dedupe_only",
        comparisons=list(spec.comparisons),
        blocking_rules_to_generate_predictions=list(spec.blocking_rules),
        retain_matching_columns=False,
        retain_intermediate_calculation_columns=False,
    )
    splink_log = logging.getLogger("splink")
    level = splink_log.level
    # splink reports progress at INFO and untrained levels at WARNING; the caller reports what
    # matters (Scoring.training), and the CLI's --json output must stay clean.
    splink_log.setLevel(logging.ERROR)
    data = inputs if link_only else inputs[0]
    try:
        model, notes = _train(data, settings, spec, db, confirmed, seed)
        linker = Linker(data, model, log_level=None)
        predictions = linker.inference.predict(threshold_match_probability=min_probability,
                                               warning_mode="never")
        rows = predictions.as_duckdbpyrelation().project(
            "unique_id_l, unique_id_r, match_probability, match_weight").fetchall()
    finally:
        splink_log.setLevel(level)
        db.duckdb_con.close()
    pairs = [ScoredPair(min(a, b), max(a, b), float(p), _finite(w)) for a, b, p, w in rows]
    pairs.sort(key=lambda p: (p.left, p.right))
    return Scoring(pairs, notes, model)


def _rows_of(table: Table, source: str) -> Table:
    keep = [i for i, s in enumerate(table["source"]) if s == source]
    return {column: [values[i] for i in keep] for column, values in table.items()}


def _finite(weight: float) -> float:
    return weight if math.isfinite(weight) else math.copysign(99.0, weight)


Model = dict[str, Any]
Inputs = SplinkDataFrame | list[SplinkDataFrame]


def _levels(model: Model) -> Iterator[tuple[str, dict[str, Any]]]:
    for comparison in model["comparisons"]:
        for found in comparison["comparison_levels"]:
            if not found.get("is_null_level"):
                yield comparison["output_column_name"], found


def _fixed_by_spec(spec: ModelSpec) -> set[tuple[str, str]]:
    return {(c["output_column_name"], level["label_for_charts"]) for c in spec.comparisons
            for level in c["comparison_levels"] if level.get("fix_m_probability")}


def _floored(model: Model, spec: ModelSpec, held: Collection[str] = ()) -> Model:
    """The model with no level impossible for a match, and the m of `held` comparisons held.

    EM leaves m at 0 for a level it never saw among matches (two regions), and one wrong field
    would then outweigh every other agreement; the next EM session would also drive its pairs'
    probabilities below what a float can hold (splink then stops with a ValueError). Levels the
    spec fixes keep their m whatever it is.
    """
    model = copy.deepcopy(model)
    fixed = _fixed_by_spec(spec)
    for name, found in _levels(model):
        if (name, found["label_for_charts"]) in fixed:
            found["fix_m_probability"] = True
            continue
        m = found.get("m_probability")
        if not isinstance(m, float | int) or m < M_FLOOR:
            found["m_probability"] = M_FLOOR
        found["fix_m_probability"] = name in held
    return model


def _train(data: Inputs, settings: SettingsCreator, spec: ModelSpec, db: DuckDBAPI,
           confirmed: Sequence[tuple[int, int]], seed: int) -> tuple[Model, list[str]]:
    """The share of matching pairs from near-certain rules, u from random pairs, then one EM
    session per training rule, each training only its own comparisons with the rest held."""
    notes = []
    linker = Linker(data, settings, log_level=None)
    try:
        linker.training.estimate_probability_two_random_records_match(
            spec.prior_rules, recall=spec.prior_recall)
    except ValueError as exc:
        notes.append(f"share of matching pairs left at its default ({exc})")
    linker.training.estimate_u_using_random_sampling(max_pairs=U_PAIRS, seed=seed)
    model = linker.misc.save_model_to_json()
    if not model["probability_two_random_records_match"] > 0:
        # No near-certain match at all (a tiny list) would make every pair impossible.
        model["probability_two_random_records_match"] = DEFAULT_SHARE
        notes.append("no near-certain matches: share of matching pairs left at its default")
    names = [c["output_column_name"] for c in model["comparisons"]]
    for rule, trains in spec.training_rules:
        pairs = _pair_count(data, rule, settings.link_type)
        if pairs < MIN_TRAINING_PAIRS:
            notes.append(f"EM on {_rule_text(rule)} skipped: {pairs} pairs; "
                         f"{', '.join(trains)} keep their prior m")
            continue
        held = [n for n in names if n not in trains]
        trained = _em(data, _floored(model, spec, held), rule)
        if trained is None:
            notes.append(f"EM on {_rule_text(rule)} did not converge; "
                         f"{', '.join(trains)} keep their prior m")
            continue
        model = trained
    model = _floored(model, spec)
    # Labels name their records by table; Kuager's incidents are one table (dedupe_only).
    if len(confirmed) >= MIN_LABELS_FOR_TRAINING and not isinstance(data, list):
        model = _with_labels(data, model, spec, db, confirmed)
        notes.append(f"m probabilities averaged with those of {len(confirmed)} confirmed pairs")
    return model, notes


def _em(data: Inputs, model: Model, rule: Any) -> Model | None:
    """One EM session, or None if it fails at every length tried.

    EM drives the m of a level it finds no matches in towards 0, iteration by iteration, and
    splink 5 refuses an m below 1e-300 with a ValueError instead of keeping 0. Fewer
    iterations stop before that; the levels concerned are floored afterwards anyway.
    """
    for iterations in EM_ITERATIONS:
        linker = Linker(data, {**model, "max_iterations": iterations}, log_level=None)
        try:
            linker.training.estimate_parameters_using_expectation_maximisation(
                rule, estimate_without_term_frequencies=True, max_pairs=EM_PAIRS)
        except (SplinkException, ValueError, ZeroDivisionError, duckdb.Error):
            continue
        return linker.misc.save_model_to_json()
    return None


def _pair_count(data: Inputs, rule: Any, link_type: str) -> int:
    # Exact: a hash join that EM would run anyway, and a sample of a small list is unstable.
    counts = count_comparisons_from_blocking_rules(
        data, blocking_rules=rule, link_type=link_type,  # type: ignore[arg-type]
        record_sample_proportion=1.0)
    return int(counts[-1]["cumulative_comparison_count"])


def _with_labels(data: Inputs, model: Model, spec: ModelSpec, db: DuckDBAPI,
                 confirmed: Sequence[tuple[int, int]]) -> Model:
    """m from people's confirmed pairs, averaged level by level with EM's: labels fix what EM
    got wrong about this data without a few hundred of them outweighing a million pairs."""
    linker = Linker(data, copy.deepcopy(model), log_level=None)
    first = next(iter(linker._input_tables_dict.values())).templated_name
    labels = db.register({
        "source_dataset_l": [first] * len(confirmed),
        "unique_id_l": [a for a, _ in confirmed],
        "source_dataset_r": [first] * len(confirmed),
        "unique_id_r": [b for _, b in confirmed],
    }, dataset_display_name="labels")
    linker.training.estimate_m_from_pairwise_labels(labels)  # type: ignore[no-untyped-call]
    learnt = {(name, found["label_for_charts"]): found.get("m_probability")
              for name, found in _levels(linker.misc.save_model_to_json())}
    model = copy.deepcopy(model)
    for name, found in _levels(model):
        m = learnt.get((name, found["label_for_charts"]))
        if isinstance(m, float | int) and not found.get("fix_m_probability"):
            found["m_probability"] = (found["m_probability"] + m) / 2
    return _floored(model, spec)


def _rule_text(rule: Any) -> str:
    try:
        return str(rule.get_blocking_rule("duckdb").blocking_rule_sql)
    except AttributeError:
        return str(rule)
