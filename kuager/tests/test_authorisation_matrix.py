"""Every URL of the project, for every role, for a case of one's own team and another's.

A URL with no row here fails the test: a new view has to say who may use it.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.contrib.auth.models import User
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from kuager.accounts.models import Role
from kuager.cases.models import Act, Case, Information
from kuager.coding.actions import suggest
from kuager.coding.models import Suggestion
from kuager.complaints.actions import do_file_complaint, do_raise_flag
from kuager.complaints.models import Complaint
from kuager.evidence.actions import do_add_evidence
from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import receive_stream
from kuager.linkage.models import ClusterMember, LinkPair, LinkRun, PartnerList, PartnerRecord
from kuager.testing import KuagerTestCase, make_case, make_user, organisation, sign_in, term
from kuager.vocab.models import Term

ANON, UNVERIFIED = "anonymous", "unverified"
COORD, OWNER, COLLEAGUE, OUTSIDER, MEDIC, ANALYST, FOREIGN = (
    "coordinator", "owner", "colleague", "outsider", "medic", "analyst", "foreign")
MEMBERS = (COORD, OWNER, COLLEAGUE, OUTSIDER, MEDIC, ANALYST, FOREIGN)
WORKERS = (COORD, OWNER, COLLEAGUE, OUTSIDER, MEDIC, FOREIGN)
COORDINATORS = (COORD, FOREIGN)
LINKERS = (COORD, ANALYST, FOREIGN)
OWN_LINKERS = (COORD, ANALYST)


def answers(allowed: tuple[str, ...], ok: int = 200, refused: int = 404) -> dict[str, int]:
    """Members in `allowed` get `ok`, other members `refused`; anonymous and unverified
    people are sent to sign in (302) before anything."""
    found = {who: (ok if who in allowed else refused) for who in MEMBERS}
    return {**found, ANON: 302, UNVERIFIED: 302}


@dataclass
class Row:
    method: str
    own: dict[str, int]
    foreign: dict[str, int] | None = None  # for URLs about one case: another team's case
    data: Callable[[Any, Case | None], dict[str, Any]] | None = None


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys((*MEMBERS, ANON, UNVERIFIED), status)


NEW_NAMES = itertools.count()
# own-team case: team = owner + colleague, organisation A. Foreign: organisation B.
CASE_TEAM = (COORD, OWNER, COLLEAGUE)
EXPECTED: dict[str, Row] = {
    "cases:list": Row("get", answers(MEMBERS)),
    "cases:new": Row("get", answers(WORKERS)),
    "cases:export": Row("get", answers(MEMBERS)),
    "cases:detail": Row("get", answers(CASE_TEAM), answers((FOREIGN,))),
    "cases:reveal": Row("post", answers(CASE_TEAM), answers((FOREIGN,))),
    "cases:team": Row("post", answers((COORD,), ok=302), answers((FOREIGN,), ok=302),
                      data=lambda t, case: {"user": (t.target if case == t.own_case
                                                     else t.foreign_documenter).pk}),
    "evidence:add": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                        data=lambda t, case: {"kind": "letter", "method": "post",
                                              "file": io.BytesIO(b"letter text")}),
    "evidence:item": Row("get", answers(CASE_TEAM), answers((FOREIGN,))),
    "evidence:transfer": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                             data=lambda t, case: {"why": "court"}),
    "evidence:publication_copy": Row("post", answers(CASE_TEAM, ok=302),
                                     answers((FOREIGN,), ok=302)),
    "evidence:download": Row("post", answers(CASE_TEAM), answers((FOREIGN,))),
    "coding:review": Row("get", answers(CASE_TEAM), answers((FOREIGN,))),
    "coding:decide": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                         data=lambda t, case: {"decision": "rejected"}),
    "complaints:case": Row("get", answers(CASE_TEAM), answers((FOREIGN,))),
    "complaints:add": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                          data=lambda t, case: {"channel": t.channel.pk,
                                                "filed_on": "2024-01-10"}),
    "complaints:status": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                             data=lambda t, case: {"status": "registered",
                                                   "on": "2024-01-20"}),
    "complaints:retaliation": Row("post", answers(CASE_TEAM, ok=302),
                                  answers((FOREIGN,), ok=302),
                                  data=lambda t, case: {"kind": "cell", "on": "2024-01-15"}),
    "complaints:flag": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302),
                           data=lambda t, case: {"kind": "hunger"}),
    "complaints:flag_resolve": Row("post", answers(CASE_TEAM, ok=302),
                                   answers((FOREIGN,), ok=302)),
    "complaints:appeal": Row("post", answers(CASE_TEAM, ok=302), answers((FOREIGN,), ok=302)),
    "complaints:deadlines": Row("get", answers(WORKERS)),
    "complaints:urgent": Row("get", answers(WORKERS)),
    "complaints:funnel": Row("get", answers(MEMBERS)),
    "complaints:funnel_csv": Row("get", answers(MEMBERS)),
    "estimates:page": Row("get", answers(MEMBERS)),
    # Linkage: coordinators and analysts, each of their own organisation's runs only (the
    # foreign coordinator's organisation has linked nothing, so its run pages are 404 too).
    "linkage:home": Row("get", answers(LINKERS)),
    "linkage:import": Row("post", answers(LINKERS), data=lambda t, case: {"label": "x"}),
    "linkage:start": Row("post", answers(LINKERS, ok=302)),
    # Deleting a partner's list: coordinators of its organisation (the matrix signs in with
    # re-authentication, so the list really goes; a fresh one per request).
    "linkage:remove_list": Row("post", answers((COORD,), ok=302)),
    "linkage:review": Row("get", answers(LINKERS)),
    "linkage:clusters": Row("get", answers(LINKERS)),
    "linkage:pair": Row("get", answers(OWN_LINKERS)),
    "linkage:decide": Row("post", answers(OWN_LINKERS, ok=302),
                          data=lambda t, case: {"verdict": "same"}),
    "linkage:cluster": Row("get", answers(OWN_LINKERS)),
    "linkage:separate": Row("post", answers(OWN_LINKERS, ok=302),
                            data=lambda t, case: {"record": t.linked[0]}),
    "linkage:histories": Row("get", answers(OWN_LINKERS)),
    "accounts:people": Row("get", answers(COORDINATORS)),
    "accounts:lockdown": Row("post", answers(COORDINATORS, ok=302)),
    "accounts:person_add": Row("post", answers(COORDINATORS),
                               data=lambda t, case: {"username": f"new-{next(NEW_NAMES)}",
                                                     "role": "analyst"}),
    "accounts:person_lockdown": Row("post", answers((COORD,), ok=302)),
    "accounts:person_enable": Row("post", answers((COORD,), ok=302)),
    "accounts:person_reset_factors": Row("post", answers((COORD,), ok=302)),
    "accounts:person_lift_lockout": Row("post", answers((COORD,), ok=302)),
    "accounts:person_role": Row("post", answers((COORD,), ok=302),
                                data=lambda t, case: {"role": "lawyer"}),
    "accounts:password": Row("get", {**answers(MEMBERS), ANON: 302}),
    "accounts:sudo": Row("get", {**answers(MEMBERS), ANON: 404}),
    "accounts:setup": Row("get", {**everyone(302), ANON: 404, UNVERIFIED: 200}),
    "accounts:setup_qr": Row("get", {**everyone(200), ANON: 404}),
    "accounts:verify": Row("get", {**everyone(200), ANON: 404, UNVERIFIED: 302}),
    "audit:trail": Row("get", answers(COORDINATORS)),
    "login": Row("get", {**everyone(302), ANON: 200, UNVERIFIED: 302}),
    "logout": Row("post", everyone(302)),
    "set_language": Row("post", everyone(302),
                        data=lambda t, case: {"language": "en", "next": "/"}),
    "admin_login": Row("get", everyone(302)),
    "home": Row("get", everyone(302)),
}
# Redirects anyone may follow (to pages that then check for themselves).
OPEN_REDIRECTS = {"home", "set_language", "logout", "admin_login"}
# Vocabularies and the gazetteer (Django admin): coordinators only. Admins of any
# organisation share these lists; cases and people are not in the admin at all.
ADMIN_ROWS = ("admin:index", "admin:vocab_term_changelist", "admin:vocab_term_add",
              "admin:vocab_term_change", "admin:places_facility_changelist",
              "admin:places_region_changelist", "admin:audit_auditentry_changelist")
UNCHECKED_ADMIN = "admin:"  # every other admin URL: never 200 for a non-coordinator


def url_names() -> Iterator[str]:
    def walk(patterns: list[Any], namespace: str) -> Iterator[str]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern):
                yield f"{namespace}{pattern.name or f'<unnamed {pattern.pattern}>'}"
    yield from walk(get_resolver().url_patterns, "")


class AuthorisationMatrix(KuagerTestCase):
    unverified: User
    target: User
    foreign_documenter: User
    own_case: Case
    foreign_case: Case
    own_item: EvidenceItem
    own_complaint: Complaint
    foreign_complaint: Complaint
    channel: Term
    foreign_item: EvidenceItem
    suggestions: dict[int, Suggestion]
    link_pair: LinkPair
    linked: tuple[str, str]

    @classmethod
    def setUpTestData(cls) -> None:
        super().setUpTestData()
        cls.unverified = make_user("unverified", Role.DOCUMENTER)
        cls.target = make_user("target", Role.DOCUMENTER)  # of the people actions
        cls.own_case = make_case("Айгерим Семёнова", team=(cls.owner, cls.colleague),
                                 methods=[term("methods", "030100000000")])
        cls.foreign_case = make_case("Ольга Верескова", org=organisation("Another organisation"))
        cls.channel = term("channels", "920000000000")
        cls.own_complaint = do_file_complaint(None, cls.own_case, cls.channel,
                                              dt.date(2024, 1, 10))
        cls.foreign_complaint = do_file_complaint(None, cls.foreign_case, cls.channel,
                                                  dt.date(2024, 1, 10))
        cls.own_item = _evidence(cls.own_case)
        cls.foreign_item = _evidence(cls.foreign_case)
        cls.suggestions = {case.pk: suggest(Information.objects.get(case=case))[0]
                           for case in (cls.own_case, cls.foreign_case)}
        cls.foreign_documenter = make_user("foreign-documenter", Role.DOCUMENTER,
                                           org=organisation("Another organisation"))
        cls.link_pair, cls.linked = _linkage(cls.own_case)

    def client_for(self, who: str) -> Client:
        client = Client()
        if who == UNVERIFIED:
            client.force_login(self.unverified)
        elif who != ANON:
            sign_in(client, getattr(self, {FOREIGN: "foreign_coordinator"}.get(who, who)),
                    sudo=True)
        return client

    def url(self, name: str, case: Case | None) -> str:
        if case is not None and name == "complaints:status":
            complaint = self.own_complaint if case == self.own_case else self.foreign_complaint
            return reverse(name, kwargs={"number": case.number, "complaint_id": complaint.pk})
        if case is not None and name == "complaints:flag_resolve":
            # A fresh flag each time: a resolved one cannot be resolved again (404).
            flag = do_raise_flag(None, case, "hunger")
            return reverse(name, kwargs={"number": case.number, "flag_id": flag.pk})
        if case is not None and name in ("evidence:item", "evidence:download",
                                         "evidence:publication_copy", "evidence:transfer"):
            item = self.own_item if case == self.own_case else self.foreign_item
            return reverse(name, kwargs={"number": case.number, "item_id": item.pk})
        if case is not None and name == "coding:review":
            return reverse(name, kwargs={"number": case.number, "kind": "information",
                                         "pk": Information.objects.get(case=case).pk})
        if case is not None and name == "coding:decide":
            return reverse(name, kwargs={"number": case.number,
                                         "pk": self.suggestions[case.pk].pk})
        if case is not None:
            return reverse(name, kwargs={"number": case.number})
        if name == "linkage:remove_list":
            gone = PartnerList.objects.create(organisation=organisation(), label="gone")
            return reverse(name, args=[gone.pk])
        if name in ("linkage:pair", "linkage:decide"):
            return reverse(name, args=[self.link_pair.pk])
        if name in ("linkage:cluster", "linkage:separate"):
            return reverse(name, args=[1])
        if name.startswith("accounts:person_") and name != "accounts:person_add":
            return reverse(name, kwargs={"user_id": self.target.pk})
        if name == "admin:vocab_term_change":
            return reverse(name, args=[term("methods", "030100000000").pk])
        return reverse(name)

    def test_every_url_has_an_expectation(self) -> None:
        missing = [name for name in url_names()
                   if name not in EXPECTED and not name.startswith(UNCHECKED_ADMIN)
]
        self.assertEqual(missing, [], "add the new URLs to EXPECTED with who may use them")

    def test_each_role_gets_the_expected_answer_everywhere(self) -> None:
        for name, row in EXPECTED.items():
            targets: list[tuple[str, Case | None, dict[str, int]]] = []
            if row.foreign is not None:
                targets = [("own", self.own_case, row.own), ("foreign", self.foreign_case,
                                                              row.foreign)]
            else:
                targets = [("", None, row.own)]
            for which, case, expected in targets:
                for who, status in expected.items():
                    with self.subTest(url=name, case=which, who=who):
                        client = self.client_for(who)
                        send = getattr(client, row.method)
                        data = row.data(self, case) if row.data else {}
                        response = send(self.url(name, case), data)
                        self.assertEqual(response.status_code, status)
                        if who == ANON and status == 302 and name not in OPEN_REDIRECTS:
                            self.assertTrue(response["Location"].startswith(reverse("login")))

    def test_admin_pages_are_for_coordinators_only(self) -> None:
        for name in ADMIN_ROWS:
            for who in (*MEMBERS, ANON, UNVERIFIED):
                with self.subTest(url=name, who=who):
                    response = self.client_for(who).get(self.url(name, None))
                    if who in COORDINATORS:
                        self.assertEqual(response.status_code, 200)
                    else:
                        self.assertNotEqual(response.status_code, 200)

    def test_no_admin_page_answers_a_non_coordinator(self) -> None:
        client = self.client_for(OWNER)
        for name in url_names():
            if not name.startswith(UNCHECKED_ADMIN) or "<unnamed" in name:
                continue
            pattern = next(p for p in _admin_patterns() if p[0] == name)
            with self.subTest(url=name):
                response = client.get(pattern[1])
                self.assertNotEqual(response.status_code, 200)


def _linkage(case: Case) -> tuple[LinkPair, tuple[str, str]]:
    """A finished linkage of the case's victim with a partner's record, stored as a run
    would store it (scoring itself is tested in kuager.linkage)."""
    org = case.organisation
    assert org is not None
    partner = PartnerList.objects.create(organisation=org, label="Partner", size=1)
    row = PartnerRecord.objects.create(partner_list=partner, line=2, record_id="1",
                                       source="partner", name="Aigerim Semenova")
    act = Act.objects.get(incident__case=case)
    left, right = sorted((f"a{act.pk}", f"p{row.pk}"))
    run = LinkRun.objects.create(organisation=org, threshold=0.5, state=LinkRun.State.DONE,
                                 summary={"records": 2, "clusters": 1})
    for key in (left, right):
        ClusterMember.objects.create(run=run, record=key, cluster=1, confidence=0.9,
                                     source=key[0])
    pair = LinkPair.objects.create(run=run, left=left, right=right, probability=0.9,
                                   match_weight=3.0, doubt=0.4)
    return pair, (left, right)


def _evidence(case: Case) -> EvidenceItem:
    received = receive_stream(io.BytesIO(f"letter of {case.number}".encode()))
    return do_add_evidence(None, case, received, "letter.txt", "letter", "post").item


def _admin_patterns() -> list[tuple[str, str]]:
    """(name, a concrete URL) for every admin pattern, placeholders filled with 1 or 'vocab'."""
    import re

    found = []
    for name in url_names():
        if not name.startswith("admin:") or "<unnamed" in name:
            continue
        pattern = _pattern_text(name)
        path = re.sub(r"<(?:\w+:)?app_label>", "vocab", pattern)
        path = re.sub(r"<(?:\w+:)?\w+>", "1", path)
        path = re.sub(r"\(\?P<app_label>[^)]*\)", "vocab", path)
        path = path.replace("^", "").replace("$", "")
        found.append((name, "/admin/" + path))
    return found


def _pattern_text(name: str) -> str:
    def walk(patterns: list[Any], namespace: str, prefix: str) -> Iterator[tuple[str, str]]:
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner, prefix + str(pattern.pattern))
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield f"{namespace}{pattern.name}", prefix + str(pattern.pattern)

    admin_resolver = next(p for p in get_resolver().url_patterns
                          if isinstance(p, URLResolver) and p.namespace == "admin")
    for found, text in walk(admin_resolver.url_patterns, "admin:", ""):
        if found == name:
            return text
    raise KeyError(name)
