"""Capture histories from a linkage: for each cluster (one victim-incident) which lists
recorded it, counted by combination of lists. The table holds numbers only and feeds the
estimates page (kuager.estimates) as an uploaded table would."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict

from kuager.lib.spreadsheet import neutralise
from kuager.linkage.models import LinkRun

STRATA = ("region", "year")
NO_STRATUM = "unknown"


def capture_histories(run: LinkRun, stratum: str = "") -> str:
    """CSV text: one 0/1 column per list, an optional stratum column, and `count`.

    A cluster's stratum is its members' most common region (or the earliest year), so that
    one incident counts in one stratum."""
    if stratum and stratum not in STRATA:
        raise ValueError(stratum)
    sources: dict[int, set[str]] = defaultdict(set)
    regions: dict[int, Counter[str]] = defaultdict(Counter)
    years: dict[int, list[int]] = defaultdict(list)
    for cluster, source, region, year in run.members.values_list(
            "cluster", "source", "region", "year").iterator(chunk_size=5000):
        sources[cluster].add(source)
        if region:
            regions[cluster][region] += 1
        if year is not None:
            years[cluster].append(year)
    lists = sorted({s for found in sources.values() for s in found})
    counts: Counter[tuple[tuple[int, ...], str]] = Counter()
    for cluster, found in sources.items():
        label = ""
        if stratum == "region":
            label = regions[cluster].most_common(1)[0][0] if regions[cluster] else NO_STRATUM
        elif stratum == "year":
            label = str(min(years[cluster])) if years[cluster] else NO_STRATUM
        counts[(tuple(int(name in found) for name in lists), label)] += 1
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*column_names(lists, reserved=("count", *STRATA)),
                     *([stratum] if stratum else []), "count"])
    for (history, label), count in sorted(counts.items(), key=lambda kv: kv[0], reverse=True):
        writer.writerow([*history, *([label] if stratum else []), count])
    return out.getvalue()


def column_names(lists: list[str], reserved: tuple[str, ...]) -> list[str]:
    """List names as column names: inert in a spreadsheet, and distinct from each other and
    from the table's own columns whatever their case ("NGO" and "ngo" are two lists)."""
    taken = {r.casefold() for r in reserved}
    names = []
    for name in lists:
        column, n = neutralise(name.strip()) or "list", 1
        while column.casefold() in taken:
            n += 1
            column = f"{neutralise(name.strip()) or 'list'} ({n})"
        taken.add(column.casefold())
        names.append(column)
    return names
