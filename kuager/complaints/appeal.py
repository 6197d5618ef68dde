"""A draft urgent appeal to the UN Special Rapporteur on Torture, built from the record and
holding only what the victim consented to share.

The fields follow what the Rapporteur asks for: the victim (name, age, sex, origin), the
alleged perpetrators, date and place, the circumstances, domestic steps and their results,
and the consent. A lawyer edits and sends it; Kuager sends nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from kuager.cases.models import Act, Case, CasePerson, Consent, Information, Involvement
from kuager.complaints.deadlines import local_today
from kuager.complaints.models import Complaint, RiskFlag


class NoConsent(Exception):
    pass


def consent_in_force(case: Case, person_id: int, purpose: str) -> bool:
    """The newest decision on a purpose is the one in force."""
    latest = Consent.objects.filter(case=case, person_id=person_id, purpose=purpose).order_by(
        "-obtained_on", "-id").first()
    return bool(latest and latest.in_force)


@dataclass
class Draft:
    text: str
    withheld: list[str]


def draft_urgent_appeal(case: Case) -> Draft:
    role = CasePerson.objects.filter(case=case, role=CasePerson.Role.VICTIM).select_related(
        "person").first()
    if role is None:
        raise NoConsent(_("The case has no victim on record."))
    person = role.person
    if not consent_in_force(case, person.pk, Consent.Purpose.UN):
        raise NoConsent(_("The victim has not consented to sharing with UN bodies: no appeal "
                          "can be drafted. Ask first; if the person fears reprisal, do no "
                          "harm comes first."))
    withheld: list[str] = []
    if consent_in_force(case, person.pk, Consent.Purpose.NAME):
        name = person.full_name
    else:
        name = _("[withheld: no consent to use the name]")
        withheld.append(_("name"))
    age = ""
    if person.birth_year:
        age = str(local_today().year - person.birth_year)
    acts = Act.objects.filter(incident__case=case).select_related(
        "incident__facility", "incident__region").prefetch_related("methods", "purposes")
    lines = [
        _("URGENT APPEAL: Special Rapporteur on Torture (draft for a lawyer to check)"),
        "",
        _("1. Victim"),
        f"   {_('Name')}: {name}",
        f"   {_('Age')}: {age or '—'}    {_('Sex')}: {person.get_sex_display() or '—'}",
        "",
        _("2. What happened"),
    ]
    for act in acts:
        incident = act.incident
        place = incident.facility or (incident.region.name if incident.region else "—")
        methods = ", ".join(t.label for t in act.methods.all()) or "—"
        purposes = ", ".join(t.label for t in act.purposes.all()) or "—"
        lines += [
            f"   {_('When')}: {incident.when or '—'}    {_('Where')}: {place}",
            f"   {_('Methods')}: {methods}",
            f"   {_('Purposes')}: {purposes}",
        ]
        involved = Involvement.objects.filter(act=act).select_related("perpetrator_type")
        perpetrators = ", ".join(i.perpetrator_type.label for i in involved
                                 if i.perpetrator_type) or "—"
        lines.append(f"   {_('Alleged perpetrators')}: {perpetrators}")
    accounts = [i.original_text for i in Information.objects.filter(case=case)
                if i.original_text]
    lines += ["", _("3. The account"), *(f"   {text}" for text in accounts or ["—"])]
    lines += ["", _("4. Domestic steps and their results")]
    for complaint in Complaint.objects.filter(case=case).select_related("channel"):
        lines.append(f"   {complaint.filed_on or '—'} {complaint.channel.label}"
                     f"{' (' + complaint.office + ')' if complaint.office else ''}: "
                     f"{complaint.get_status_display()} ({complaint.status_on or '—'})")
    if not Complaint.objects.filter(case=case).exists():
        lines.append("   —")
    risks = [flag.get_kind_display() for flag in RiskFlag.objects.filter(
        case=case, resolved_at__isnull=True)]
    lines += ["", _("5. Why it is urgent"), f"   {', '.join(risks) or '—'}"]
    lines += ["", _("6. Consent"),
              "   " + _("The victim consented to sharing this with UN bodies."),
              "   " + _("Submitted by the organisation; its identity is to be kept "
                        "confidential.")]
    if withheld:
        lines.append("   " + _("Withheld for lack of consent: %(items)s.")
                     % {"items": ", ".join(withheld)})
    return Draft("\n".join(str(line) for line in lines), withheld)
