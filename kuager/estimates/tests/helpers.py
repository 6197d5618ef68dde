"""Published tables (see data/README.md) and small tables made up for edge cases."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kuager.estimates.histories import CaptureTable, read_histories

DATA = Path(__file__).parent / "data"


def published(name: str) -> CaptureTable:
    return read_histories((DATA / name).read_bytes()).table


def table(lists: str, rows: Sequence[tuple[str, int]]) -> CaptureTable:
    """table("ABC", [("100", 20), ("110", 5)]): histories written as 0/1 strings."""
    return CaptureTable.from_counts(list(lists),
                                    [([int(c) for c in h], n) for h, n in rows])
