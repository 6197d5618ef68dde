"""`kuager search QUERY`: find cases from the shell; identities only with --reveal."""

from __future__ import annotations

import json
from typing import Any

from django.core.management.base import BaseCommand, CommandParser
from django.db import transaction

from kuager.audit.log import record
from kuager.cases.models import Case, CasePerson
from kuager.cases.search import Filters, matching_cases


def coded(case: Case) -> dict[str, Any]:
    """The case's coded, non-identifying fields."""
    incident = case.incidents.all()[0] if case.incidents.all() else None
    acts = incident.acts.all() if incident else []
    methods = sorted({t.code for act in acts for t in act.methods.all()})
    return {
        "number": case.number,
        "received_on": case.received_on.isoformat(),
        "status": case.status,
        "priority": case.priority,
        "channel": case.channel,
        "region": case.region.code if case.region else None,
        "facility": case.facility.legacy_code or str(case.facility) if case.facility else None,
        "incident_date": str(incident.when) if incident and incident.when else None,
        "methods": methods,
        "synthetic": case.synthetic,
    }


class Command(BaseCommand):
    help = "Search cases by names, places and words in any script or spelling."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("query")
        parser.add_argument("--json", action="store_true", help="Print JSON.")
        parser.add_argument("--reveal", action="store_true",
                            help="Include victims' names (recorded in the audit trail).")
        parser.add_argument("--limit", type=int, default=100)

    def handle(self, *args: Any, **options: Any) -> None:
        found = matching_cases(Case.objects.all(), options["query"], Filters())
        total = found.count()
        cases = list(
            found.select_related("region", "facility").prefetch_related(
                "incidents__acts__methods"
            )[: options["limit"]]
        )
        results = [coded(c) for c in cases]
        if options["reveal"]:
            names = self._victim_names(cases)
            for result in results:
                result["victims"] = names.get(result["number"], [])
        if options["json"]:
            self.stdout.write(json.dumps({"total": total, "cases": results}, ensure_ascii=False,
                                         indent=2))
            return
        for result in results:
            line = (f"{result['number']}  {result['incident_date'] or '—':<21} "
                    f"{result['region'] or '—':<6} {result['facility'] or '—':<12} "
                    f"{','.join(result['methods'])}")
            if options["reveal"]:
                line += "  " + "; ".join(result["victims"])
            self.stdout.write(line)
        self.stdout.write(f"{total} cases")

    def _victim_names(self, cases: list[Case]) -> dict[str, list[str]]:
        roles = CasePerson.objects.filter(case__in=cases, role=CasePerson.Role.VICTIM)
        names: dict[str, list[str]] = {}
        with transaction.atomic():
            for role in roles.select_related("person", "case"):
                names.setdefault(role.case.number, []).append(role.person.full_name)
            for case in cases:
                record(None, "identity.reveal", "case", case.number, via="cli")
        return names
