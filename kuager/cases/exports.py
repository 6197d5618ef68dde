"""Cases as spreadsheet rows in the import's columns, every cell made inert for spreadsheets."""

from __future__ import annotations

from collections.abc import Iterator

from django.db.models import QuerySet

from kuager.cases.models import Case, CasePerson
from kuager.lib.spreadsheet import neutralise

COLUMNS = ("case_number", "victim_name", "birth_year", "region", "facility", "incident_date",
           "methods", "narrative", "source", "received_on", "status")


def export_rows(reveal: bool, cases: QuerySet[Case] | None = None) -> Iterator[list[str]]:
    yield list(COLUMNS)
    cases = (Case.objects.all() if cases is None else cases).order_by("id").select_related(
        "region", "facility"
    ).prefetch_related("incidents__acts__methods", "information__source_type")
    for case in cases.iterator(chunk_size=500):
        incident = next(iter(case.incidents.all()), None)
        acts = list(incident.acts.all()) if incident else []
        info = next(iter(case.information.all()), None)
        victim = ""
        if reveal:
            role = CasePerson.objects.filter(case=case, role=CasePerson.Role.VICTIM).select_related(
                "person").first()
            victim = role.person.full_name if role else ""
        cells = [
            case.number, victim,
            str(acts[0].victim.birth_year or "") if acts and reveal else "",
            case.region.code if case.region else "",
            case.facility.legacy_code if case.facility else "",
            str(incident.when) if incident and incident.when else "",
            ";".join(sorted({t.code for a in acts for t in a.methods.all()})),
            info.original_text if info and reveal else "",
            info.source_type.code if info and info.source_type else "",
            case.received_on.isoformat(), case.status,
        ]
        yield [neutralise(cell) for cell in cells]
