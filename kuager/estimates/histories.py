"""Capture-history tables: which lists recorded how many incidents, read from CSV.

A table has one 0/1 column per list and a `count` column, optionally a stratum column
(region, year). Every history except "on no list" gets a cell, zero if the file omits it:
the unseen cell is what the estimates are for."""

from __future__ import annotations

import csv
import io
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from kuager.estimates.notices import Code, Notice, TableError

IntArray = npt.NDArray[np.int64]
COUNT_COLUMN = "count"


def all_patterns(k: int) -> IntArray:
    """Every history on k lists but the all-zero one; row i-1 is the binary digits of i,
    list j being bit j, so list 1 varies fastest as in R's 2x2x...x2 arrays."""
    codes = np.arange(1, 2**k)
    return ((codes[:, None] >> np.arange(k)[None, :]) & 1).astype(np.int64)


@dataclass(frozen=True, eq=False)
class CaptureTable:
    lists: tuple[str, ...]
    patterns: IntArray  # (2**k - 1, k), see all_patterns
    counts: IntArray  # one per pattern

    @classmethod
    def from_counts(cls, lists: Sequence[str],
                    rows: Iterable[tuple[Sequence[int], int]]) -> CaptureTable:
        """Repeated histories are added up, as SparseMSE's tidylists does."""
        k = len(lists)
        counts = np.zeros(2**k - 1, dtype=np.int64)
        for history, count in rows:
            code = sum(int(bit) << j for j, bit in enumerate(history))
            if code == 0:
                if count:
                    raise TableError(Code.UNOBSERVED_ROW, count=count)
                continue
            counts[code - 1] += count
        return cls(tuple(lists), all_patterns(k), counts)

    @property
    def k(self) -> int:
        return len(self.lists)

    @property
    def observed(self) -> int:
        return int(self.counts.sum())

    def list_totals(self) -> IntArray:
        totals: IntArray = self.patterns.T @ self.counts
        return totals

    def on_all(self, lists: Iterable[int]) -> int:
        """Incidents recorded on every one of `lists`, whatever else recorded them."""
        mask = np.all(self.patterns[:, list(lists)] == 1, axis=1)
        return int(self.counts[mask].sum())

    def overlaps(self) -> dict[tuple[int, int], int]:
        return {(i, j): self.on_all((i, j))
                for i, j in itertools.combinations(range(self.k), 2)}

    def keep_lists(self, keep: Sequence[int]) -> CaptureTable:
        """The table seen through some of its lists; histories that differ only on the
        others merge (and incidents only on the others drop out, as in modslavmse's
        omitlists)."""
        rows = [(tuple(int(p[j]) for j in keep), int(c))
                for p, c in zip(self.patterns, self.counts, strict=True)]
        merged = [(h, c) for h, c in rows if any(h)]
        return CaptureTable.from_counts([self.lists[j] for j in keep], merged)

    def __add__(self, other: CaptureTable) -> CaptureTable:
        if other.lists != self.lists:
            raise ValueError("tables on different lists")
        return CaptureTable(self.lists, self.patterns, self.counts + other.counts)


@dataclass(frozen=True)
class Histories:
    """A whole file: the pooled table and, with a stratum column, one table per stratum."""

    table: CaptureTable
    stratum_column: str | None
    strata: Mapping[str, CaptureTable]


def read_histories(data: bytes | str, stratum: str | None = None) -> Histories:
    text = _decode(data)
    if not text.strip():
        raise TableError(Code.EMPTY_FILE)
    rows = list(csv.reader(io.StringIO(text), _dialect(text)))
    rows = _without_blank_columns([r for r in rows if any(cell.strip() for cell in r)])
    header = [name.strip() for name in rows[0]]
    _check_header(header, stratum)
    count_at = [name.lower() for name in header].index(COUNT_COLUMN)
    stratum_at = header.index(stratum) if stratum else None
    list_at = [i for i in range(len(header)) if i not in (count_at, stratum_at)]
    if not list_at:
        raise TableError(Code.NO_LISTS)
    lists = [header[i] for i in list_at]

    by_stratum: dict[str, list[tuple[list[int], int]]] = {}
    for line, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            raise TableError(Code.RAGGED_ROW, line=line, found=len(row), expected=len(header))
        history = [_bit(row[i], line, header[i]) for i in list_at]
        count = _count(row[count_at], line)
        if not any(history) and count:
            raise TableError(Code.UNOBSERVED_ROW, line=line, count=count)
        key = ""
        if stratum_at is not None:
            key = row[stratum_at].strip()
            if not key:
                raise TableError(Code.EMPTY_STRATUM, line=line, column=header[stratum_at])
        by_stratum.setdefault(key, []).append((history, count))

    tables = {key: CaptureTable.from_counts(lists, entries)
              for key, entries in sorted(by_stratum.items())}
    pooled = CaptureTable.from_counts(lists, [])
    for table in tables.values():
        pooled = pooled + table
    return Histories(pooled, stratum, tables if stratum else {})


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        return data
    if b"\x00" in data[:4096]:
        raise TableError(Code.NOT_CSV)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TableError(Code.NOT_CSV) from None


def _without_blank_columns(rows: list[list[str]]) -> list[list[str]]:
    """Spreadsheets export trailing separators: columns with no name and no values."""
    width = len(rows[0])
    blank = {i for i in range(width)
             if not rows[0][i].strip()
             and all(i >= len(r) or not r[i].strip() for r in rows[1:])}
    if not blank:
        return rows
    return [[cell for i, cell in enumerate(r) if i not in blank] for r in rows]


def _dialect(text: str) -> type[csv.Dialect]:
    # Spreadsheets set to Russian or Kazakh locales write semicolons.
    first = text.splitlines()[0]
    try:
        return csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        return csv.excel


def _check_header(header: list[str], stratum: str | None) -> None:
    lowered = [name.lower() for name in header]
    if COUNT_COLUMN not in lowered:
        # A file that is not a table at all usually lands here: name what was found.
        raise TableError(Code.MISSING_COUNT, columns=", ".join(header)[:200])
    seen: set[str] = set()
    for name in lowered:
        if name in seen:
            raise TableError(Code.DUPLICATE_COLUMN, column=name)
        seen.add(name)
    if stratum is not None and stratum not in header:
        raise TableError(Code.MISSING_STRATUM, column=stratum, columns=", ".join(header)[:200])


def _bit(value: str, line: int, column: str) -> int:
    value = value.strip()
    if value not in ("0", "1"):
        raise TableError(Code.NOT_BINARY, line=line, column=column, value=value[:40])
    return int(value)


def _count(value: str, line: int) -> int:
    value = value.strip()
    try:
        count = int(value)
    except ValueError:
        raise TableError(Code.BAD_COUNT, line=line, value=value[:40]) from None
    if count < 0:
        raise TableError(Code.NEGATIVE_COUNT, line=line, value=count)
    return count


def informative_lists(table: CaptureTable) -> tuple[list[int], list[Notice]]:
    """Lists that can tell us something, as SparseMSE's removenoninformativelists keeps
    them: a list that recorded nobody, or everybody, or exactly what another list
    recorded adds a parameter the data cannot pin down."""
    totals = table.list_totals()
    keep: list[int] = []
    notices: list[Notice] = []
    for j, name in enumerate(table.lists):
        column = table.patterns[:, j]
        twin = next((table.lists[i] for i in keep
                     if np.array_equal(table.patterns[:, i][table.counts > 0],
                                       column[table.counts > 0])), None)
        if totals[j] == 0:
            notices.append(Notice(Code.DROPPED_EMPTY_LIST, {"list": name}))
        elif totals[j] == table.observed:
            notices.append(Notice(Code.DROPPED_FULL_LIST, {"list": name}))
        elif twin is not None:
            notices.append(Notice(Code.DROPPED_TWIN_LIST, {"list": name, "other": twin}))
        else:
            keep.append(j)
    return keep, notices
