"""Records turned into the columns the linkage model compares: folded names, place keys, and
incident dates as day-number spans that keep their precision ("2019" is all of 2019)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from kuager.linkage.names import name_key
from kuager.linkage.records import Record

if TYPE_CHECKING:
    # Only the type: FEBRL's tables are built without Django's place models loaded.
    from kuager.linkage.places import PlaceKeys

_EPOCH = dt.date(1970, 1, 1).toordinal()

Table = dict[str, list[Any]]


def day_number(day: dt.date) -> int:
    return day.toordinal() - _EPOCH


def name_columns(names: Sequence[str]) -> Table:
    """The name columns of the model, for any list of names (FEBRL's too)."""
    table: Table = {c: [] for c in ("name_key", "name_first", "name_last", "name_parts",
                                    "patronymic", "initial")}
    for text in names:
        key = name_key(text)
        table["name_key"].append(key.key)
        table["name_first"].append(key.first)
        table["name_last"].append(key.last)
        table["name_parts"].append(list(key.parts))
        table["patronymic"].append(key.patronymic)
        table["initial"].append(key.initials[0] if key.initials else None)
    return table


def incident_table(records: Sequence[Record], places: PlaceKeys) -> Table:
    """One row per record; `unique_id` is the record's position in `records`."""
    table = name_columns([r.name for r in records])
    table["unique_id"] = list(range(len(records)))
    table["source"] = [r.source for r in records]
    table["birth_year"] = [r.birth_year for r in records]
    for column in ("facility", "regions", "date_start", "date_end", "date_year"):
        table[column] = []
    for record in records:
        place = places.place(record.facility, record.region)
        table["facility"].append(place.facility)
        table["regions"].append(list(place.regions))
        when = record.incident_date
        table["date_start"].append(day_number(when.start) if when else None)
        table["date_end"].append(day_number(when.end) if when else None)
        table["date_year"].append(when.start.year if when else None)
    return table
