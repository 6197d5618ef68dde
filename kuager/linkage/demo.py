"""A synthetic partner list for the demo, so that linkage, the review of pairs and the estimate
from linked lists have something to show on first start. Every record is generated: some
re-spell the demo cases' victims (another script, a romanisation, a date known less
precisely), the rest are invented people that only the partners recorded."""

from __future__ import annotations

import csv
import io
import random

from kuager.accounts.models import Organisation
from kuager.cases.models import Act
from kuager.lib.dates import Precision
from kuager.linkage.actions import do_import_partner_list, do_start_run, run_linkage
from kuager.linkage.models import PartnerList
from kuager.linkage.records import OPTIONAL_COLUMNS, REQUIRED_COLUMNS
from kuager.linkage.synthetic import ROMANISATIONS, generate, romanise

DEMO_LIST = "Partners' lists (SYNTHETIC DEMO DATA)"
# How likely each partner is to have recorded one of the demo cases' incidents: two lists
# that miss most incidents, as real lists do, so the estimate has something to estimate.
CAPTURE = {"partner-a": 0.35, "partner-b": 0.25}
PARTNER_COLUMNS = (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)


def add_demo_partner_list(organisation: Organisation, seed: int) -> PartnerList | None:
    """Import the partners' list and link it with the demo cases; nothing if already there."""
    if PartnerList.objects.filter(organisation=organisation, label=DEMO_LIST).exists():
        return None
    rng = random.Random(seed)  # noqa: S311 - reproducible demo data, not a secret
    rows = _respelled(organisation, rng)
    rows += _partner_only(len(rows) // 3, seed)
    partner_list = do_import_partner_list(None, organisation, DEMO_LIST, _csv(rows))
    run = do_start_run(None, organisation)
    run_linkage(run.pk)  # the demo waits for it: the pages should show a finished linkage
    return partner_list


def _respelled(organisation: Organisation, rng: random.Random) -> list[list[str]]:
    rows: list[list[str]] = []
    acts = (Act.objects.filter(incident__case__organisation=organisation,
                               incident__case__synthetic=True)
            .select_related("victim", "incident__facility", "incident__region").order_by("pk"))
    for act in acts:
        for source, chance in CAPTURE.items():
            if rng.random() < chance:
                rows.append(_row(act, source, len(rows), rng))
    return rows


def _row(act: Act, source: str, number: int, rng: random.Random) -> list[str]:
    incident, victim = act.incident, act.victim
    name = victim.full_name or ""
    if rng.random() < 0.5:
        name = romanise(name, rng.choice(list(ROMANISATIONS.values())))
    when = incident.when
    date = ""
    if when is not None:
        # A partner often knows only the month or the year.
        precision = rng.choice((Precision.DAY, Precision.MONTH, Precision.YEAR))
        date = {Precision.DAY: when.start.isoformat(),
                Precision.MONTH: when.start.strftime("%Y-%m")}.get(precision,
                                                                   str(when.start.year))
        if when.precision is Precision.YEAR:
            date = str(when.start.year)
    facility = incident.facility
    return [f"{source.upper()}-{number:05d}", source, name,
            str(victim.birth_year or ""), facility.legacy_code if facility else "",
            incident.region.code if incident.region else "", date]


def _partner_only(count: int, seed: int) -> list[list[str]]:
    """Incidents no demo case holds, recorded by one or both partners."""
    generated = generate(count, seed=seed)
    rows = []
    for r in generated:
        source = {"partner-a": "partner-a", "partner-c": "partner-a"}.get(r.source, "partner-b")
        values = r.as_dict()
        rows.append([f"X-{r.record_id}", source, *(str(values[c]) for c in PARTNER_COLUMNS[2:])])
    return rows


def _csv(rows: list[list[str]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(PARTNER_COLUMNS)
    writer.writerows(rows)
    return out.getvalue().encode()
