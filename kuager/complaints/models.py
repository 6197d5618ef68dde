"""Complaints on a case through every office, their responses, deadlines, the retaliation that
follows them, and the risk flags that make a case urgent."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kuager.cases.models import Case
from kuager.fields import EncryptedTextField
from kuager.vocab.models import Term


class Status(models.TextChoices):
    DRAFTED = "drafted", _("Drafted")
    FILED = "filed", _("Filed")
    REGISTERED = "registered", _("Registered (ERDR)")
    REFUSED = "refused", _("Registration refused")
    INVESTIGATION = "investigation", _("Investigation opened")
    CLOSED_NO_CRIME = "closed", _("Closed: absence of a crime (not proven)")
    CHARGES = "charges", _("Charges brought")
    TRIAL = "trial", _("Trial")
    CONVICTED = "convicted", _("Conviction")
    ACQUITTED = "acquitted", _("Acquittal")
    APPEALED = "appealed", _("Appealed")
    UN_DECISION = "un_decision", _("Decision of a UN body")
    COMPENSATION = "compensation", _("Compensation")
    NO_RESPONSE = "no_response", _("No response")
    OTHER = "other", _("Other")


# The usual course of a complaint. Anything else is allowed (real life is messy) and flagged.
USUAL_NEXT: dict[str, set[str]] = {
    "": {Status.DRAFTED, Status.FILED},
    Status.DRAFTED: {Status.FILED},
    Status.FILED: {Status.REGISTERED, Status.REFUSED, Status.NO_RESPONSE, Status.UN_DECISION,
                   Status.OTHER},
    Status.NO_RESPONSE: {Status.REGISTERED, Status.REFUSED, Status.APPEALED},
    Status.REGISTERED: {Status.INVESTIGATION, Status.CLOSED_NO_CRIME},
    Status.REFUSED: {Status.APPEALED},
    Status.INVESTIGATION: {Status.CLOSED_NO_CRIME, Status.CHARGES},
    Status.CLOSED_NO_CRIME: {Status.APPEALED},
    Status.CHARGES: {Status.TRIAL},
    Status.TRIAL: {Status.CONVICTED, Status.ACQUITTED},
    Status.CONVICTED: {Status.APPEALED, Status.COMPENSATION},
    Status.ACQUITTED: {Status.APPEALED},
    Status.APPEALED: {Status.REGISTERED, Status.INVESTIGATION, Status.CLOSED_NO_CRIME,
                      Status.TRIAL, Status.CONVICTED, Status.ACQUITTED, Status.REFUSED},
    Status.UN_DECISION: {Status.COMPENSATION, Status.OTHER},
}
# Statuses after which no answer is awaited any more.
ANSWERED = set(Status) - {Status.DRAFTED, Status.FILED}


class Complaint(models.Model):
    case = models.ForeignKey(Case, models.CASCADE, related_name="complaints")
    channel = models.ForeignKey(Term, models.PROTECT, related_name="+",
                                limit_choices_to={"vocabulary__key": "channels"},
                                verbose_name=_("channel"))
    office = models.CharField(_("office"), max_length=200, blank=True)
    references = EncryptedTextField(_("reference numbers (ERDR…)"))
    summary = EncryptedTextField(_("what was asked"))
    filed_on = models.DateField(_("filed on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=14, choices=Status.choices,
                              default=Status.DRAFTED)
    status_on = models.DateField(_("status since"), null=True, blank=True)
    filed_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                 blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        ordering = ["filed_on", "id"]
        indexes = [models.Index(fields=["status", "filed_on"])]

    def __str__(self) -> str:
        return f"C-{self.pk}"

    @property
    def reference(self) -> str:
        return f"C-{self.pk}"


class StatusChange(models.Model):
    complaint = models.ForeignKey(Complaint, models.CASCADE, related_name="history")
    status = models.CharField(_("status"), max_length=14, choices=Status.choices)
    on = models.DateField(_("date"))
    response = models.ForeignKey(Term, models.PROTECT, null=True, blank=True, related_name="+",
                                 limit_choices_to={"vocabulary__key": "response_types"},
                                 verbose_name=_("type of response"))
    outcome = models.ForeignKey(Term, models.PROTECT, null=True, blank=True, related_name="+",
                                limit_choices_to={"vocabulary__key": "outcomes"},
                                verbose_name=_("official outcome"))
    ground = models.ForeignKey(Term, models.PROTECT, null=True, blank=True, related_name="+",
                               limit_choices_to={"vocabulary__key": "refusal_grounds"},
                               verbose_name=_("grounds given"))
    note = EncryptedTextField(_("note"))
    unusual = models.BooleanField(_("unusual step"), default=False)
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                    blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"{self.complaint} {self.status}"


class CaseProgress(models.Model):
    """How many days after the allegation a case first reached each stage of the funnel (None:
    not reached). Kept by the complaint actions, so the funnel is one query over one row of
    small integers per case, not a join over every answer."""

    case = models.OneToOneField(Case, models.CASCADE, primary_key=True,
                                related_name="progress")
    filed = models.IntegerField(null=True)
    registered = models.IntegerField(null=True)
    investigation = models.IntegerField(null=True)
    charges = models.IntegerField(null=True)
    trial = models.IntegerField(null=True)
    convicted = models.IntegerField(null=True)
    not_proven = models.BooleanField(default=False)

    def __str__(self) -> str:
        return f"progress of {self.case_id}"


class ResponsePeriod(models.Model):
    """How long an office has to answer, per channel; coordinators keep these."""

    channel = models.OneToOneField(Term, models.CASCADE, related_name="+",
                                   limit_choices_to={"vocabulary__key": "channels"},
                                   verbose_name=_("channel"))
    days = models.PositiveSmallIntegerField(_("days to answer"))

    class Meta:
        verbose_name = _("response period")
        verbose_name_plural = _("response periods")

    def __str__(self) -> str:
        return f"{self.channel}: {self.days}"


class Retaliation(models.Model):
    class Kind(models.TextChoices):
        TRANSFER = "transfer", _("Transfer")
        PUNISHMENT_CELL = "cell", _("Punishment cell")
        NEW_CHARGES = "charges", _("New charges")
        BEATING = "beating", _("Beating")
        FAMILY_THREATS = "family", _("Threats to the family")
        PRESSURE = "pressure", _("Pressure to withdraw")
        LETTERS = "letters", _("Letters not sent")
        OTHER = "other", _("Other")

    case = models.ForeignKey(Case, models.CASCADE, related_name="retaliation")
    complaint = models.ForeignKey(Complaint, models.SET_NULL, null=True, blank=True,
                                  related_name="retaliation",
                                  verbose_name=_("after which complaint"))
    kind = models.CharField(_("what happened"), max_length=10, choices=Kind.choices)
    on = models.DateField(_("date"))
    note = EncryptedTextField(_("note"))
    recorded_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                    blank=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("retaliation")
        verbose_name_plural = _("retaliation")
        ordering = ["on", "id"]

    def __str__(self) -> str:
        return f"{self.case} {self.kind}"


class RiskFlag(models.Model):
    class Kind(models.TextChoices):
        HUNGER_STRIKE = "hunger", _("Hunger strike")
        SELF_HARM = "self_harm", _("Self-harm")
        THREAT_TO_LIFE = "threat", _("Threat to life")
        CARE_DENIED = "care", _("Medical care denied")
        INCOMMUNICADO = "incommunicado", _("Held incommunicado")
        RETALIATION = "retaliation", _("Retaliation after a complaint")
        TRANSFER = "transfer", _("Imminent transfer")

    case = models.ForeignKey(Case, models.CASCADE, related_name="flags")
    kind = models.CharField(_("risk"), max_length=14, choices=Kind.choices)
    note = EncryptedTextField(_("note"))
    raised_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                  blank=True, related_name="+")
    raised_at = models.DateTimeField(_("raised"))
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)

    class Meta:
        verbose_name = _("risk flag")
        verbose_name_plural = _("risk flags")
        ordering = ["-raised_at"]
        indexes = [models.Index(fields=["resolved_at", "raised_at"])]

    def __str__(self) -> str:
        return f"{self.case} {self.kind}"


# How much each risk weighs in the triage queue: life first.
RISK_WEIGHT = {
    RiskFlag.Kind.THREAT_TO_LIFE: 100, RiskFlag.Kind.HUNGER_STRIKE: 90,
    RiskFlag.Kind.SELF_HARM: 90, RiskFlag.Kind.CARE_DENIED: 70,
    RiskFlag.Kind.INCOMMUNICADO: 60, RiskFlag.Kind.RETALIATION: 50,
    RiskFlag.Kind.TRANSFER: 40,
}
