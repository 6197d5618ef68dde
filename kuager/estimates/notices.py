"""What the estimates say to people — input errors, refusals and warnings — as codes with
parameters. The wording lives in kuager.estimates.messages, so these modules stay free of
Django and every sentence can be translated in one place."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Code(enum.StrEnum):
    # The file cannot be read as a capture-history table.
    NOT_CSV = "not_csv"
    EMPTY_FILE = "empty_file"
    MISSING_COUNT = "missing_count"
    MISSING_STRATUM = "missing_stratum"
    DUPLICATE_COLUMN = "duplicate_column"
    NO_LISTS = "no_lists"
    RAGGED_ROW = "ragged_row"
    NOT_BINARY = "not_binary"
    BAD_COUNT = "bad_count"
    NEGATIVE_COUNT = "negative_count"
    UNOBSERVED_ROW = "unobserved_row"
    EMPTY_STRATUM = "empty_stratum"
    # The table is read, but no total can honestly be given.
    ONE_LIST = "one_list"
    NO_RECORDS = "no_records"
    TOO_FEW_LISTS = "too_few_lists"
    NO_OVERLAP = "no_overlap"
    NOT_FINITE = "not_finite"
    NOT_IDENTIFIABLE = "not_identifiable"
    NO_MODEL = "no_model"
    BMA_LISTS = "bma_lists"
    STRATA_INCOMPLETE = "strata_incomplete"
    # Assumptions every estimate rests on.
    CLOSED_POPULATION = "closed_population"
    LIST_DEPENDENCE = "list_dependence"
    LINKAGE_ERRORS = "linkage_errors"
    # What this table in particular makes shaky.
    DROPPED_EMPTY_LIST = "dropped_empty_list"
    DROPPED_FULL_LIST = "dropped_full_list"
    DROPPED_TWIN_LIST = "dropped_twin_list"
    EMPTY_OVERLAPS = "empty_overlaps"
    SMALL_OVERLAPS = "small_overlaps"
    ISOLATED_LIST = "isolated_list"
    SMALL_LIST = "small_list"
    SPARSE_TABLE = "sparse_table"
    FEW_RECORDS = "few_records"
    LARGE_DARK_FIGURE = "large_dark_figure"
    OPEN_INTERVAL = "open_interval"
    CLOSE_MODELS = "close_models"
    POSTERIOR_TRUNCATED = "posterior_truncated"
    STRATA_SUM = "strata_sum"
    STRATA_BOUNDS = "strata_bounds"
    STRATA_DISAGREE = "strata_disagree"


Param = str | int | float


@dataclass(frozen=True)
class Notice:
    code: Code
    params: dict[str, Param] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        return {"code": str(self.code), "params": dict(self.params)}


class TableError(Exception):
    """The capture-history file is not a table we can estimate from."""

    def __init__(self, code: Code, **params: Param) -> None:
        super().__init__(code)
        self.notice = Notice(code, params)
