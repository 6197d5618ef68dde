"""Every change linkage makes: importing a partner's list, running a linkage, and people's
verdicts on pairs. Each runs in one transaction with its audit entry, which holds counts and
record keys, never a name."""

from __future__ import annotations

import datetime as dt
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence

from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import Max, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from kuager.accounts.access import AnyUser, membership
from kuager.accounts.models import Membership, Organisation, Role
from kuager.audit.log import Actor, record
from kuager.linkage.clusters import Facts
from kuager.linkage.engine import DEFAULT_THRESHOLD, Decision, Pair, link, settle
from kuager.linkage.features import day_number
from kuager.linkage.models import (
    ClusterMember,
    LinkPair,
    LinkRun,
    PairDecision,
    PartnerList,
    PartnerRecord,
)
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import Record, read_records
from kuager.linkage.sources import Entry, gather
from kuager.places.gazetteer import Gazetteer

log = logging.getLogger(__name__)

LINKERS = (Role.COORDINATOR, Role.ANALYST)
# 100,000 records link in about two minutes; a run unfinished after an hour has lost its worker.
ABANDONED_AFTER = dt.timedelta(hours=1)
Verdict = PairDecision.Verdict


class LinkageError(ValueError):
    """A request linkage cannot carry out; the message says why, for the person asking."""


def _user(actor: Actor) -> User | None:
    return actor if isinstance(actor, User) else None


def organisation_of(user: AnyUser) -> Organisation | None:
    """The organisation whose linkage this person may see and steer, else None."""
    found: Membership | None = membership(user)
    if found is None or found.role not in LINKERS:
        return None
    return found.organisation


def latest_run(organisation: Organisation) -> LinkRun | None:
    return LinkRun.objects.filter(organisation=organisation).first()


def latest_finished_run(organisation: Organisation) -> LinkRun | None:
    return LinkRun.objects.filter(organisation=organisation, state=LinkRun.State.DONE).first()


def pairs_for(organisation: Organisation) -> QuerySet[LinkPair]:
    """Candidate pairs of the organisation's newest finished run: the only ones a page shows."""
    run = latest_finished_run(organisation)
    return LinkPair.objects.filter(run=run) if run else LinkPair.objects.none()


# --- partner lists ---------------------------------------------------------------------------

def do_import_partner_list(actor: Actor, organisation: Organisation, label: str,
                           data: bytes, today: dt.date | None = None) -> PartnerList:
    """Check every row, then keep the list (names encrypted). A bad row imports nothing."""
    records = read_records(data, today)
    with transaction.atomic():
        partner_list = PartnerList.objects.create(
            organisation=organisation, label=label.strip()[:120],
            imported_by=_user(actor),
            size=len(records))
        PartnerRecord.objects.bulk_create(
            [_partner_row(partner_list, line, r) for line, r in enumerate(records, start=2)],
            batch_size=1000)
        record(actor, "linkage.import", "partnerlist", str(partner_list.pk),
               records=len(records), sources=len({r.source for r in records}))
    return partner_list


def do_remove_partner_list(actor: Actor, partner_list: PartnerList) -> int:
    """Delete a partner's list and its records (a partner withdrew its data, an agreement
    ended), then link again so no cluster counts them. Earlier runs keep only the records'
    keys. Returns how many records were deleted."""
    with transaction.atomic():
        count = partner_list.records.count()
        record(actor, "linkage.remove", "partnerlist", str(partner_list.pk), records=count)
        partner_list.records.all().delete()
        partner_list.delete()
    try:
        do_start_run(actor, partner_list.organisation)
    except LinkageError:
        pass  # a run is under way; the next one leaves the list out
    return count


def _partner_row(partner_list: PartnerList, line: int, r: Record) -> PartnerRecord:
    when = r.incident_date
    return PartnerRecord(
        partner_list=partner_list, line=line, record_id=r.record_id, source=r.source[:120],
        name=r.name, birth_year=r.birth_year, facility=r.facility[:160], region=r.region[:120],
        date_start=when.start if when else None, date_end=when.end if when else None,
        date_precision=when.precision.value if when else "")


# --- runs ------------------------------------------------------------------------------------

def do_start_run(actor: Actor, organisation: Organisation,
                 threshold: float = DEFAULT_THRESHOLD) -> LinkRun:
    """Queue a linkage of everything the organisation holds; the job runs after commit."""
    from kuager.linkage.tasks import queue_linkage

    unfinished = LinkRun.objects.filter(organisation=organisation,
                                        state__in=(LinkRun.State.QUEUED, LinkRun.State.RUNNING))
    if unfinished.filter(created_at__gte=timezone.now() - ABANDONED_AFTER).exists():
        raise LinkageError(_("A linkage is already running; its results will appear here."))
    with transaction.atomic():
        # A run whose worker died (a restart, a killed process) would block every later one.
        for run in unfinished:
            LinkRun.objects.filter(pk=run.pk).update(state=LinkRun.State.FAILED,
                                                      finished_at=timezone.now(),
                                                      error="abandoned")
            record(None, "linkage.failed", "linkrun", str(run.pk), error="abandoned")
        run = LinkRun.objects.create(
            organisation=organisation, threshold=threshold,
            started_by=_user(actor))
        record(actor, "linkage.start", "linkrun", str(run.pk), threshold=threshold)
        queue_linkage(run.pk)
    return run


def run_linkage(run_id: int) -> None:
    """The job: read every record, score and cluster, keep pairs and clusters."""
    run = LinkRun.objects.select_related("organisation").get(pk=run_id)
    if run.state != LinkRun.State.QUEUED:
        return
    LinkRun.objects.filter(pk=run.pk).update(state=LinkRun.State.RUNNING)
    try:
        places = PlaceKeys(Gazetteer.load())
        entries = gather(run.organisation, places)
        linkage = link([e.record for e in entries], places=places,
                       decisions=decisions_in_force(run.organisation),
                       threshold=run.threshold)
    except Exception as exc:  # any failure must end the run visibly, not leave it "running"
        # The type only: a message from a library may quote a record.
        log.error("linkage run %s failed: %s", run.pk, type(exc).__name__)
        with transaction.atomic():
            LinkRun.objects.filter(pk=run.pk).update(
                state=LinkRun.State.FAILED, finished_at=timezone.now(),
                error=type(exc).__name__)
            record(None, "linkage.failed", "linkrun", str(run.pk), error=type(exc).__name__)
        return
    by_key = {e.record.record_id: e for e in entries}
    with transaction.atomic():
        LinkPair.objects.bulk_create(
            [LinkPair(run=run, left=p.left, right=p.right, probability=p.probability,
                      match_weight=p.match_weight, doubt=abs(p.probability - 0.5))
             for p in linkage.pairs], batch_size=2000)
        ClusterMember.objects.bulk_create(
            [_member(run, by_key[key], linkage.cluster_of[key], linkage.confidence[key])
             for key in linkage.record_ids], batch_size=2000)
        summary = {**linkage.summary(), "lists": _list_sizes(entries)}
        LinkRun.objects.filter(pk=run.pk).update(state=LinkRun.State.DONE, summary=summary,
                                                  finished_at=timezone.now())
        record(None, "linkage.run", "linkrun", str(run.pk), records=summary["records"],
               clusters=summary["clusters"], pairs=summary["candidate_pairs"])


def _member(run: LinkRun, entry: Entry, cluster: int, confidence: float) -> ClusterMember:
    when = entry.record.incident_date
    return ClusterMember(
        run=run, record=entry.record.record_id, cluster=cluster, confidence=confidence,
        source=entry.record.source[:120], region=entry.region, year=entry.year,
        date_start=day_number(when.start) if when else None,
        date_end=day_number(when.end) if when else None, birth_year=entry.record.birth_year)


def _list_sizes(entries: Sequence[Entry]) -> dict[str, int]:
    return dict(sorted(Counter(e.record.source for e in entries).items()))


# --- decisions -------------------------------------------------------------------------------

def decisions_in_force(organisation: Organisation) -> list[Decision]:
    """The newest verdict on each pair; a withdrawn one leaves the pair to the model."""
    newest: dict[tuple[str, str], str] = {}
    for left, right, verdict in (PairDecision.objects.filter(organisation=organisation)
                                 .order_by("decided_at", "id")
                                 .values_list("left", "right", "verdict")):
        newest[(left, right)] = verdict
    return [Decision(left, right, verdict == Verdict.SAME)
            for (left, right), verdict in newest.items() if verdict != Verdict.WITHDRAWN]


def verdict_in_force(organisation: Organisation, left: str, right: str) -> PairDecision | None:
    left, right = sorted((left, right))
    return PairDecision.objects.filter(organisation=organisation, left=left,
                                       right=right).select_related("decided_by").first()


def do_decide(actor: Actor, organisation: Organisation, pairs: Sequence[tuple[str, str]],
              verdict: str) -> int:
    """Record a verdict on one or more pairs and re-cluster the newest run at once. Returns
    how many records changed cluster."""
    if verdict not in Verdict.values:
        raise LinkageError(_("Choose “the same incident”, “not the same” or “take back”."))
    ordered = sorted({tuple(sorted(p)) for p in pairs if p[0] != p[1]})
    if not ordered:
        raise LinkageError(_("There is no pair to decide."))
    user = _user(actor)
    with transaction.atomic():
        PairDecision.objects.bulk_create([
            PairDecision(organisation=organisation, left=a, right=b, verdict=verdict,
                         decided_by=user) for a, b in ordered])
        run = latest_finished_run(organisation)
        moved = recluster(run, [key for pair in ordered for key in pair]) if run else 0
        record(actor, f"linkage.{verdict}", "pair", f"{ordered[0][0]}~{ordered[0][1]}",
               pairs=[f"{a}~{b}" for a, b in ordered], run=run.pk if run else None,
               moved=moved)
    return moved


def recluster(run: LinkRun, around: Sequence[str]) -> int:
    """Clusters of a stored run under the decisions now in force, without scoring again.

    A decision on a pair can only change the clusters it is connected to: clustering joins
    records along pairs at or above the threshold (and confirmed pairs), so only the records
    reachable from the decided ones that way are clustered again, in the same relative order
    as in the full run. Their clusters keep their numbers where they can (pages and links stay
    put); a part split off gets a new number. Returns how many records changed cluster."""
    decisions = decisions_in_force(run.organisation)
    verdicts = {(d.left, d.right): 1.0 if d.same else 0.0 for d in decisions}
    confirmed: dict[str, list[str]] = defaultdict(list)
    for (left, right), verdict in verdicts.items():
        if verdict == 1.0:
            confirmed[left].append(right)
            confirmed[right].append(left)
    reached, edges = _reachable(run, around, verdicts, confirmed)
    nearby = reached | {key for e in edges for key in e[:2]}
    rows = _member_rows(run, nearby)
    ids = [r[1] for r in rows]
    facts = [Facts(r[4], r[5], r[6]) for r in rows]
    known = set(ids)
    settled = settle(ids, facts, [Pair(*e) for e in edges if e[0] in known and e[1] in known],
                     [d for d in decisions if d.left in known and d.right in known],
                     run.threshold)
    mine = [r for r in rows if r[1] in reached]
    numbers = _stable_numbers(run, {r[1]: r[2] for r in mine},
                              {r[1]: settled.cluster_of[r[1]] for r in mine})
    changed = [ClusterMember(pk=pk, cluster=numbers[key],
                             confidence=settled.confidence[key])
               for pk, key, cluster, confidence, *_facts in mine
               if (cluster, confidence) != (numbers[key], settled.confidence[key])]
    ClusterMember.objects.bulk_update(changed, ["cluster", "confidence"], batch_size=2000)
    _update_summary(run, [r[2] for r in mine], list(numbers.values()), len(decisions))
    return sum(1 for pk, key, cluster, *_rest in mine if cluster != numbers[key])


Edge = tuple[str, str, float, float]


def _reachable(run: LinkRun, start: Sequence[str], verdicts: dict[tuple[str, str], float],
               confirmed: dict[str, list[str]]) -> tuple[set[str], list[Edge]]:
    """The records joined to `start` by pairs at or above the threshold or confirmed, and every
    stored pair touching them; read from the database a ring at a time, so a decision costs
    the size of its neighbourhood, not of the run."""
    reached = set(start)
    ring = sorted(reached)
    edges: dict[tuple[str, str], Edge] = {}
    while ring:
        found = _pairs_touching(run, ring)
        edges.update({(e[0], e[1]): e for e in found})
        following = {other for key in ring for other in confirmed.get(key, ())}
        for left, right, probability, _weight in found:
            if verdicts.get((left, right), probability) >= run.threshold:
                following.update((left, right))
        ring = sorted(following - reached)
        reached.update(ring)
    return reached, list(edges.values())


def _pairs_touching(run: LinkRun, keys: list[str]) -> list[Edge]:
    found: list[Edge] = []
    for start in range(0, len(keys), 250):  # SQLite's limit on parameters, twice over
        chunk = keys[start:start + 250]
        # Two queries, not one with OR: each side then uses its own index.
        for side in ("left", "right"):
            found += run.pairs.filter(**{f"{side}__in": chunk}).values_list(
                "left", "right", "probability", "match_weight")
    return list(dict.fromkeys(found))


MemberRow = tuple[int, str, int, float, int | None, int | None, int | None]


def _member_rows(run: LinkRun, keys: set[str]) -> list[MemberRow]:
    """The members with these keys, in the run's own order (ties in clustering break by it)."""
    rows: list[MemberRow] = []
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):  # SQLite's limit on parameters
        rows += run.members.filter(record__in=ordered[start:start + 500]).values_list(
            "pk", "record", "cluster", "confidence", "date_start", "date_end", "birth_year")
    return sorted(rows)


def _stable_numbers(run: LinkRun, old: dict[str, int], new: dict[str, int]) -> dict[str, int]:
    groups: dict[int, list[str]] = defaultdict(list)
    for key, label in new.items():
        groups[label].append(key)
    fresh = (run.members.aggregate(top=Max("cluster"))["top"] or 0) + 1
    taken: set[int] = set()
    numbers: dict[str, int] = {}
    for members in sorted(groups.values(), key=lambda m: min(old[k] for k in m)):
        number = next((n for n in sorted({old[k] for k in members}) if n not in taken), None)
        if number is None:
            number, fresh = fresh, fresh + 1
        taken.add(number)
        numbers.update(dict.fromkeys(members, number))
    return numbers


def _update_summary(run: LinkRun, before: list[int], after: list[int], decided: int) -> None:
    """The run's counts after a decision, from what changed (largest_cluster stays as the
    linkage found it)."""
    def linked(labels: list[int]) -> int:
        sizes = Counter(labels)
        return sum(n for n in sizes.values() if n > 1)

    summary = {**run.summary,
               "clusters": run.summary.get("clusters", 0) - len(set(before)) + len(set(after)),
               "linked_records": run.summary.get("linked_records", 0) - linked(before)
               + linked(after),
               "decided_pairs": decided}
    LinkRun.objects.filter(pk=run.pk).update(summary=summary)
    run.summary = summary
