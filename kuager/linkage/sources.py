"""The records a linkage run reads from the database: every victim in every incident of the
organisation's cases (one list, named after the organisation) and every row of the partner
lists it imported (one list per `source` the partner gave)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from kuager.accounts.models import Organisation
from kuager.cases.models import Act
from kuager.lib.dates import FuzzyDate
from kuager.linkage.models import OWN, PARTNER, PartnerRecord
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record

# Rows fetched at a time: 100,000 records are read without holding every model instance.
CHUNK = 2000


@dataclass(frozen=True)
class Entry:
    """A record and its coded place and year, for capture histories by stratum."""

    record: Record
    region: str
    year: int | None


def own_list_name(organisation: Organisation) -> str:
    return organisation.name


def gather(organisation: Organisation, places: PlaceKeys) -> list[Entry]:
    return [*own_records(organisation, places), *partner_records(organisation, places)]


def own_records(organisation: Organisation, places: PlaceKeys,
                keys: Iterable[str] | None = None) -> Iterator[Entry]:
    acts = (Act.objects.filter(incident__case__organisation=organisation)
            .select_related("victim", "incident__region", "incident__facility",
                            "incident__case__region").order_by("pk"))
    if keys is not None:
        acts = acts.filter(pk__in=_pks(keys, OWN))
    for act in acts.iterator(chunk_size=CHUNK):
        incident = act.incident
        facility = incident.facility
        region = incident.region or incident.case.region
        record = Record(
            record_id=f"{OWN}{act.pk}", source=own_list_name(organisation),
            name=act.victim.full_name or "", birth_year=act.victim.birth_year,
            facility=(facility.legacy_code or facility.name_en) if facility else "",
            region=region.code if region else "", incident_date=incident.when)
        yield _entry(record, places)


def partner_records(organisation: Organisation, places: PlaceKeys,
                    keys: Iterable[str] | None = None) -> Iterator[Entry]:
    rows = PartnerRecord.objects.filter(partner_list__organisation=organisation).order_by("pk")
    if keys is not None:
        rows = rows.filter(pk__in=_pks(keys, PARTNER))
    for row in rows.iterator(chunk_size=CHUNK):
        when = (FuzzyDate.from_parts(row.date_start, row.date_end, row.date_precision)
                if row.date_start and row.date_end and row.date_precision else None)
        record = Record(
            record_id=f"{PARTNER}{row.pk}", source=row.source, name=row.name or "",
            birth_year=row.birth_year, facility=row.facility, region=row.region,
            incident_date=when)
        yield _entry(record, places)


def records_by_key(organisation: Organisation, keys: Iterable[str],
                   places: PlaceKeys) -> dict[str, Entry]:
    """The records behind some keys (a pair, a cluster); keys of another organisation are
    simply not found."""
    wanted = list(keys)
    found = [*own_records(organisation, places, wanted),
             *partner_records(organisation, places, wanted)]
    return {e.record.record_id: e for e in found}


def _pks(keys: Iterable[str], prefix: str) -> list[int]:
    return [int(k[1:]) for k in keys if k.startswith(prefix) and k[1:].isdigit()]


def _entry(record: Record, places: PlaceKeys) -> Entry:
    return Entry(record, region_code(record, places),
                 record.incident_date.start.year if record.incident_date else None)


def region_code(record: Record, places: PlaceKeys) -> str:
    """The ISO code of the record's region when the gazetteer knows it: the region named, or
    else the facility's when it was only ever in one."""
    place = places.place("", record.region) if record.region else None
    if place and place.regions and place.regions[0].startswith("KZ-"):
        return place.regions[0]
    if record.facility:
        regions = [r for r in places.place(record.facility, "").regions if r.startswith("KZ-")]
        if len(regions) == 1:
            return regions[0]
    return ""
