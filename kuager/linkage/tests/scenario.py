"""An organisation's own cases and a partner's list made from one synthetic population, with
the truth kept apart: which records are the same victim-incident."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from kuager.accounts.models import Organisation
from kuager.cases.actions import AllegationData, VictimData, do_record_allegation
from kuager.cases.models import Act
from kuager.lib.dates import parse_fuzzy_date
from kuager.linkage.demo import PARTNER_COLUMNS
from kuager.linkage.synthetic import Row, generate
from kuager.places.gazetteer import AmbiguousPlace, Gazetteer
from kuager.testing import TODAY


@dataclass
class Scenario:
    partner_csv: bytes
    # record key ("a<act pk>" for Kuager's own; the partner's record_id otherwise) -> incident
    incident_of: dict[str, int] = field(default_factory=dict)
    own_rows: list[Row] = field(default_factory=list)
    partner_rows: list[Row] = field(default_factory=list)


def build(organisation: Organisation, incidents: int = 60, seed: int = 5) -> Scenario:
    """Kuager's cases are the rows of the synthetic source "kuager"; the partner's list is
    every other source's rows (three sources in one file)."""
    rows = generate(incidents, seed=seed)
    own = [r for r in rows if r.source == "kuager"]
    partner = [r for r in rows if r.source != "kuager"]
    scenario = Scenario(partner_csv(partner), own_rows=own, partner_rows=partner)
    gazetteer = Gazetteer.load()
    for row in own:
        case = do_record_allegation(None, _allegation(row, gazetteer), TODAY, organisation)
        act = Act.objects.get(incident__case=case)
        scenario.incident_of[f"a{act.pk}"] = row.incident_id
    scenario.incident_of.update({r.record_id: r.incident_id for r in partner})
    return scenario


def _allegation(row: Row, gazetteer: Gazetteer) -> AllegationData:
    def place(lookup: str, text: str) -> object:
        try:
            return getattr(gazetteer, lookup)(text) if text else None
        except AmbiguousPlace:
            return None

    return AllegationData(
        victim=VictimData(full_name=row.name,
                          birth_year=int(row.birth_year) if row.birth_year else None),
        when=parse_fuzzy_date(row.incident_date, TODAY) if row.incident_date else None,
        region=place("region", row.region),  # type: ignore[arg-type]
        facility=place("facility", row.facility),  # type: ignore[arg-type]
        narrative="Синтетическая запись для проверки связывания.", synthetic=True)


def partner_csv(rows: list[Row]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PARTNER_COLUMNS)
    for r in rows:
        writer.writerow([r.as_dict()[c] for c in PARTNER_COLUMNS])
    return out.getvalue().encode()
