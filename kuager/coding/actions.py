"""Storing the rules' proposals for a letter, raising risk flags for the urgent ones, and
recording a person's decision on each: one transaction, one audit entry."""

from __future__ import annotations

import datetime as dt

from django.db import transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from kuager.accounts.access import AnyUser
from kuager.audit.log import Actor, record
from kuager.cases.access import cases_for_user
from kuager.cases.models import Case, Information
from kuager.coding.engine import VOCABULARIES, Reference, propose
from kuager.coding.models import Suggestion
from kuager.coding.record import Outcome, apply, take_back
from kuager.complaints.models import RiskFlag
from kuager.evidence.models import EvidenceItem
from kuager.lib.dates import DateFormatError, parse_fuzzy_date
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

Source = Information | EvidenceItem
Kind = RiskFlag.Kind

# Which risk flag a sign of risk in a letter raises on its case (and so the urgent queue).
RISK_OF = {
    "930000000000": Kind.HUNGER_STRIKE,
    "940000000000": Kind.SELF_HARM,
    "950000000000": Kind.SELF_HARM,  # a sewn mouth
    "960000000000": Kind.SELF_HARM,  # swallowed objects
    "980000000000": Kind.INCOMMUNICADO,  # letters withheld
    "032301000000": Kind.THREAT_TO_LIFE,
    "985000000000": Kind.THREAT_TO_LIFE,  # a stated fear for one's life
}


class DecisionError(ValueError):
    """A decision that cannot be recorded; the message says why, for the person making it."""


def suggestions_for_user(user: AnyUser) -> QuerySet[Suggestion]:
    """Suggestions on letters of the cases the user may open, and no others."""
    cases = cases_for_user(user).values("pk")
    return Suggestion.objects.filter(Q(information__case__in=cases) | Q(evidence__case__in=cases))


def _text_of(source: Source) -> tuple[str, dt.date | None, Case]:
    if isinstance(source, Information):
        return source.original_text or "", source.received_on, source.case
    return source.extracted_text or "", source.acquired_at.date(), source.case


def suggest(source: Source, reference: Reference | None = None) -> list[Suggestion]:
    """Propose codes for a letter; proposals already made (whatever became of them) are not
    made again, so a rejection stays a rejection when the job runs twice."""
    text, letter_date, case = _text_of(source)
    if not text.strip():
        return []
    result = propose(text, letter_date, reference=reference, learnt=True)
    link: dict[str, Source] = ({"information": source} if isinstance(source, Information)
                               else {"evidence": source})
    made = set(Suggestion.objects.filter(**link).values_list("field", "code", "start"))
    fresh = [
        Suggestion(**link, field=field, code=p.code, start=p.start, end=p.end,
                   confidence=p.confidence, rule=p.rule, rules_version=result.version)
        for field, found in (("regions", result.regions), ("facilities", result.facilities),
                             ("dates", result.dates), ("methods", result.methods),
                             ("purposes", result.purposes),
                             ("perpetrators", result.perpetrators),
                             ("place_kinds", result.place_kinds),
                             ("consequences", result.consequences),
                             ("urgency", result.urgency_reasons))
        for p in found
        if (field, p.code, p.start) not in made
    ]
    fresh = list({(s.field, s.code, s.start): s for s in fresh}.values())
    if not fresh:
        return []
    with transaction.atomic():
        Suggestion.objects.bulk_create(fresh)
        raised = _raise_flags(case, [s for s in fresh if s.field == "urgency"])
        kind, ref = (("information", str(source.pk)) if isinstance(source, Information)
                     else ("evidence", source.reference))
        record(None, "coding.suggest", kind, ref, case=case.number, suggestions=len(fresh),
               flags=raised, rules=result.version)
    return fresh


def _raise_flags(case: Case, signs: list[Suggestion]) -> list[str]:
    kinds = dict.fromkeys(RISK_OF[s.code] for s in signs if s.code in RISK_OF)
    open_kinds = set(RiskFlag.objects.filter(case=case, resolved_at__isnull=True)
                     .values_list("kind", flat=True))
    new = [k for k in kinds if k not in open_kinds]
    now = timezone.now()
    # The note names the rule, never the letter's words.
    RiskFlag.objects.bulk_create([
        RiskFlag(case=case, kind=k, raised_at=now,
                 note="assisted coding: " + ", ".join(sorted(
                     {s.rule for s in signs if RISK_OF.get(s.code) == k})))
        for k in new])
    return [str(k) for k in new]


def _valid_code(field: str, code: str) -> bool:
    if field == "regions":
        return Region.objects.filter(code=code).exists()
    if field == "facilities":
        return Facility.objects.filter(legacy_code=code).exists()
    if field == "dates":
        try:
            parse_fuzzy_date(code)
        except DateFormatError:
            return False
        return "/" not in code  # one date, as the rules propose them; not a range
    return Term.objects.of(VOCABULARIES[field]).filter(code=code).exists()


def decide(actor: Actor, suggestion: Suggestion, status: str, chosen_code: str = "") -> str:
    """Accept, accept with another code, or reject. The caller has checked access (through
    suggestions_for_user); a decided suggestion can be decided again, and the trail keeps
    every decision. An acceptance codes the record (kuager.coding.record); a later rejection
    or change takes that back. Returns a note for the person when the record was not changed
    as they might expect (it already said something else)."""
    Status = Suggestion.Status
    chosen_code = chosen_code.strip()
    if status not in (Status.ACCEPTED, Status.EDITED, Status.REJECTED):
        raise DecisionError(_("Choose accept, change or reject."))
    if status == Status.EDITED:
        if not chosen_code or len(chosen_code) > 40:
            raise DecisionError(_("Give the code to use instead."))
        if chosen_code == suggestion.code:
            status = Status.ACCEPTED
            chosen_code = ""
        elif not _valid_code(suggestion.field, chosen_code):
            raise DecisionError(_("“%(code)s” is not a known code for this field.")
                                % {"code": chosen_code})
    else:
        chosen_code = ""
    with transaction.atomic():
        undone = take_back(suggestion) if suggestion.applied else []
        suggestion.status = status
        suggestion.chosen_code = chosen_code
        suggestion.decided_by = actor if actor is not None and actor.is_authenticated else None  # type: ignore[assignment]
        suggestion.decided_at = timezone.now()
        outcome = Outcome([])
        if status != Status.REJECTED:
            outcome = apply(suggestion, suggestion.final_code)
        suggestion.applied = outcome.changes
        suggestion.save(update_fields=["status", "chosen_code", "decided_by", "decided_at",
                                       "applied"])
        case = (suggestion.information or suggestion.evidence).case  # type: ignore[union-attr]
        record(actor, f"coding.{status}", "suggestion", str(suggestion.pk),
               case=case.number, field=suggestion.field, code=suggestion.code,
               chosen=chosen_code, rule=suggestion.rule, rules=suggestion.rules_version,
               wrote=outcome.changes, undid=undone, kept=bool(outcome.note))
    return outcome.note
