"""Every change to the record goes through a function here: one transaction, one audit entry."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.models import User
from django.db import connection, transaction
from django.db.models import Model

from kuager.accounts.models import Organisation, default_organisation
from kuager.audit.log import Actor, record
from kuager.cases.indexing import case_tokens, insert_tokens
from kuager.cases.models import (
    Act,
    Case,
    CasePerson,
    Consent,
    Incident,
    Information,
    Involvement,
    Person,
    RiskNote,
    TeamMember,
)
from kuager.lib.dates import FuzzyDate
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

# Crockford's base32 without I, L, O, U: readable aloud, no lookalikes, no words.
_NUMBER_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_case_number() -> str:
    """A pseudonymous number that says nothing about order, date or person."""
    body = "".join(secrets.choice(_NUMBER_ALPHABET) for _ in range(8))
    return f"K-{body[:4]}-{body[4:]}"


@dataclass
class VictimData:
    full_name: str
    other_names: str = ""
    sex: str = ""
    birth_year: int | None = None
    birth_date: str = ""
    iin: str = ""
    contacts: str = ""
    address: str = ""


@dataclass
class AllegationData:
    """Everything one intake records, validated, with vocabulary terms and places resolved."""

    victim: VictimData
    channel: str = Case.Channel.LETTER
    received_on: dt.date | None = None
    priority: str = Case.Priority.NORMAL
    status: str = Case.Status.NEW
    confidentiality: str = Case.Confidentiality.STANDARD
    when: FuzzyDate | None = None
    region: Region | None = None
    facility: Facility | None = None
    place_detail: str = ""
    location_type: Term | None = None
    act_type: str = Act.ActType.TORTURE
    methods: list[Term] = field(default_factory=list)
    purposes: list[Term] = field(default_factory=list)
    consequences: list[Term] = field(default_factory=list)
    perpetrator_type: Term | None = None
    narrative: str = ""
    language: str = ""
    source_type: Term | None = None
    source_connection: Term | None = None
    consents: dict[str, bool] = field(default_factory=dict)
    risk_note: str = ""
    risk_level: str = ""
    synthetic: bool = False


def _user(actor: Actor) -> User | None:
    return actor if isinstance(actor, User) else None


def _pk(obj: Model | None) -> Any:
    # Assigning ids, not instances, skips the ORM's relation descriptors: a tenth of an import.
    return obj.pk if obj is not None else None


def _unique_numbers(count: int) -> list[str]:
    numbers: set[str] = set()
    while len(numbers) < count:
        fresh = {new_case_number() for _ in range(count - len(numbers))} - numbers
        taken = set(Case.objects.filter(number__in=fresh).values_list("number", flat=True))
        numbers |= fresh - taken
    return list(numbers)


def save_allegations(
    actor: Actor, items: Sequence[AllegationData], today: dt.date,
    organisation: Organisation | None,
) -> list[Case]:
    """Create cases in bulk (the form saves one, an import thousands) with their index rows.

    The caller holds the transaction and writes the audit entry.
    """
    user = _user(actor)
    numbers = _unique_numbers(len(items))
    cases = Case.objects.bulk_create(
        [
            Case(
                number=number, channel=item.channel, received_on=item.received_on or today,
                priority=item.priority, status=item.status,
                confidentiality=item.confidentiality, summary="",
                region_id=_pk(item.region),
                facility_id=_pk(item.facility),
                incident_start=item.when.start if item.when else None,
                incident_end=item.when.end if item.when else None, synthetic=item.synthetic,
                created_by_id=_pk(user), organisation_id=_pk(organisation),
            )
            for number, item in zip(numbers, items, strict=True)
        ]
    )
    if user is not None:
        # Whoever records a case works on it.
        TeamMember.objects.bulk_create([TeamMember(case_id=c.pk, user_id=user.pk) for c in cases])
    victims = Person.objects.bulk_create(
        [
            Person(
                full_name=v.full_name, other_names=v.other_names, iin=v.iin,
                birth_date=v.birth_date, contacts=v.contacts, address=v.address, notes="",
                birth_year=v.birth_year, sex=v.sex,
            )
            for v in (item.victim for item in items)
        ]
    )
    CasePerson.objects.bulk_create(
        [
            CasePerson(case_id=c.pk, person_id=p.pk, role=CasePerson.Role.VICTIM)
            for c, p in zip(cases, victims, strict=True)
        ]
    )
    incidents = Incident.objects.bulk_create(
        [
            Incident(
                case_id=case.pk, date_start=item.when.start if item.when else None,
                date_end=item.when.end if item.when else None,
                date_precision=item.when.precision.value if item.when else "",
                region_id=_pk(item.region), facility_id=_pk(item.facility),
                place_detail=item.place_detail,
                description="",
            )
            for case, item in zip(cases, items, strict=True)
        ]
    )
    acts = Act.objects.bulk_create(
        [
            Act(
                incident_id=incident.pk, victim_id=victim.pk, act_type=item.act_type,
                location_type_id=_pk(item.location_type),
            )
            for incident, victim, item in zip(incidents, victims, items, strict=True)
        ]
    )
    _save_act_terms(acts, items)
    Involvement.objects.bulk_create(
        [
            Involvement(act_id=act.pk, perpetrator_type_id=_pk(item.perpetrator_type),
                        description="")
            for act, item in zip(acts, items, strict=True)
            if item.perpetrator_type is not None
        ]
    )
    Information.objects.bulk_create(
        [
            Information(
                case_id=case.pk, incident_id=incident.pk, source_person_id=victim.pk,
                source_type_id=_pk(item.source_type),
                connection_id=_pk(item.source_connection),
                received_on=item.received_on or today, language=item.language,
                original_text=item.narrative,
            )
            for case, incident, victim, item in zip(cases, incidents, victims, items, strict=True)
        ]
    )
    Consent.objects.bulk_create(
        [
            Consent(
                case_id=case.pk, person_id=victim.pk, purpose=purpose, granted=granted,
                obtained_by_id=_pk(user),
                obtained_on=item.received_on or today, note="",
            )
            for case, victim, item in zip(cases, victims, items, strict=True)
            for purpose, granted in item.consents.items()
        ]
    )
    RiskNote.objects.bulk_create(
        [
            RiskNote(case_id=case.pk, person_id=victim.pk, level=item.risk_level,
                     text=item.risk_note, created_by_id=_pk(user))
            for case, victim, item in zip(cases, victims, items, strict=True)
            if item.risk_note and item.risk_level
        ]
    )
    insert_tokens(
        (case.pk, field, token)
        for case, item in zip(cases, items, strict=True)
        for field, token in case_tokens(
            [item.victim.full_name, item.victim.other_names],
            [item.narrative, item.place_detail, item.risk_note],
        )
    )
    return cases


def _save_act_terms(acts: list[Act], items: Sequence[AllegationData]) -> None:
    for name in ("methods", "purposes", "consequences"):
        through = getattr(Act, name).through
        rows = [
            (act.pk, term.pk)
            for act, item in zip(acts, items, strict=True)
            for term in dict.fromkeys(getattr(item, name))
        ]
        with connection.cursor() as cursor:  # executemany: see insert_tokens
            cursor.executemany(
                f"INSERT INTO {through._meta.db_table} (act_id, term_id) VALUES (%s, %s)",  # noqa: S608
                rows,
            )


def do_record_allegation(actor: Actor, data: AllegationData, today: dt.date,
                         organisation: Organisation | None = None) -> Case:
    with transaction.atomic():
        organisation = organisation or default_organisation()
        (case,) = save_allegations(actor, [data], today, organisation)
        record(actor, "case.create", "case", case.number, channel=data.channel)
    return case


def do_reveal_identity(actor: Actor, case: Case, reason: str = "") -> None:
    """Revealing who a victim is leaves a trace; the reason is a choice, never free text."""
    with transaction.atomic():
        record(actor, "identity.reveal", "case", case.number, reason=reason)


def do_add_to_team(actor: Actor, case: Case, user: User) -> None:
    with transaction.atomic():
        _, added = TeamMember.objects.get_or_create(case=case, user=user)
        if added:
            record(actor, "team.add", "case", case.number, user=user.pk)


def do_remove_from_team(actor: Actor, case: Case, user: User) -> None:
    with transaction.atomic():
        removed, _ = TeamMember.objects.filter(case=case, user=user).delete()
        if removed:
            record(actor, "team.remove", "case", case.number, user=user.pk)


def do_export(actor: Actor, rows: int, reveal: bool = False, via: str = "web") -> None:
    with transaction.atomic():
        record(actor, "case.export", "export", "", rows=rows, reveal=reveal, via=via)


def do_read_free_text(actor: Actor, case: Case) -> None:
    with transaction.atomic():
        record(actor, "case.read_text", "case", case.number)
