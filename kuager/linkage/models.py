"""What linkage keeps: partners' lists, each run's scored pairs and clusters, and people's
verdicts on pairs. Linking never changes or deletes a record; a cluster is a label on it.

A record is known to linkage by a key: "a<pk>" for a victim in an incident of Kuager (an Act)
and "p<pk>" for a row of a partner's list.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kuager.accounts.models import Organisation
from kuager.cases.models import DatePrecision
from kuager.fields import EncryptedTextField

KEY_LENGTH = 24
OWN, PARTNER = "a", "p"


class PartnerList(models.Model):
    """A partner organisation's list of victim-incidents, imported to find the overlap."""

    organisation = models.ForeignKey(Organisation, models.PROTECT, related_name="+")
    label = models.CharField(_("name of the list"), max_length=120)
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                    blank=True, related_name="+")
    imported_at = models.DateTimeField(_("imported"), auto_now_add=True)
    size = models.PositiveIntegerField(_("records"), default=0)

    class Meta:
        verbose_name = _("partner list")
        verbose_name_plural = _("partner lists")
        ordering = ["-imported_at", "-id"]

    def __str__(self) -> str:
        return self.label


class PartnerRecord(models.Model):
    """One row of a partner's list. The name and the partner's own number are identities and
    are encrypted like Kuager's own; places, dates and the birth year are coded data."""

    partner_list = models.ForeignKey(PartnerList, models.CASCADE, related_name="records")
    line = models.PositiveIntegerField(_("line in the file"))
    record_id = EncryptedTextField(_("the partner's record number"))
    source = models.CharField(_("source"), max_length=120)
    name = EncryptedTextField(_("name"))
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    facility = models.CharField(_("facility"), max_length=160, blank=True)
    region = models.CharField(_("region"), max_length=120, blank=True)
    date_start = models.DateField(_("from"), null=True, blank=True)
    date_end = models.DateField(_("to"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=6,
                                      choices=DatePrecision.choices, blank=True)

    class Meta:
        verbose_name = _("partner record")
        verbose_name_plural = _("partner records")
        ordering = ["partner_list", "line"]

    def __str__(self) -> str:
        return f"{PARTNER}{self.pk}"


class LinkRun(models.Model):
    """One linkage of all the organisation's records and partner lists."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Running")
        DONE = "done", _("Done")
        FAILED = "failed", _("Failed")

    organisation = models.ForeignKey(Organisation, models.PROTECT, related_name="+")
    started_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=8, choices=State.choices,
                             default=State.QUEUED)
    threshold = models.FloatField(_("threshold"))
    # Counts only (kuager.linkage.engine.Linkage.summary and the lists' sizes), never names.
    summary = models.JSONField(default=dict, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("linkage run")
        verbose_name_plural = _("linkage runs")
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"run {self.pk}"


class LinkPair(models.Model):
    """A candidate pair the model scored in a run (decided pairs carry the person's 1 or 0)."""

    run = models.ForeignKey(LinkRun, models.CASCADE, related_name="pairs")
    left = models.CharField(max_length=KEY_LENGTH)
    right = models.CharField(max_length=KEY_LENGTH)
    probability = models.FloatField(_("match probability"))
    match_weight = models.FloatField(_("match weight"))
    # How far from a coin toss: the review queue shows the most uncertain pairs first.
    doubt = models.FloatField(default=0.0)

    class Meta:
        verbose_name = _("candidate pair")
        verbose_name_plural = _("candidate pairs")
        constraints = [models.UniqueConstraint(fields=["run", "left", "right"],
                                               name="link_pair_once")]
        # (run, left) comes with the constraint; (run, right) lets a decision find a record's
        # pairs from either side without reading the run (kuager.linkage.actions.recluster).
        indexes = [models.Index(fields=["run", "doubt"]), models.Index(fields=["run", "right"])]

    def __str__(self) -> str:
        return f"{self.left}~{self.right}"


class PairDecision(models.Model):
    """A person's verdict on a pair of records. The newest one for a pair is in force; earlier
    ones stay as the history. A withdrawal hands the pair back to the model (an undone merge
    or an undone separation)."""

    class Verdict(models.TextChoices):
        SAME = "same", _("The same incident")
        DIFFERENT = "different", _("Not the same incident")
        WITHDRAWN = "withdrawn", _("Decision taken back")

    organisation = models.ForeignKey(Organisation, models.PROTECT, related_name="+")
    left = models.CharField(max_length=KEY_LENGTH)
    right = models.CharField(max_length=KEY_LENGTH)
    verdict = models.CharField(_("verdict"), max_length=10, choices=Verdict.choices)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    decided_at = models.DateTimeField(_("decided"), default=timezone.now)

    class Meta:
        verbose_name = _("decision on a pair")
        verbose_name_plural = _("decisions on pairs")
        ordering = ["-decided_at", "-id"]
        indexes = [models.Index(fields=["organisation", "left", "right"])]
        constraints = [models.CheckConstraint(condition=models.Q(left__lt=models.F("right")),
                                              name="pair_decision_ordered")]

    def __str__(self) -> str:
        return f"{self.left}~{self.right} {self.verdict}"


class ClusterMember(models.Model):
    """A record's cluster in a run, with what capture histories and re-clustering need: the
    list that reported it, the coded place and year, and the facts a cluster must agree on."""

    run = models.ForeignKey(LinkRun, models.CASCADE, related_name="members")
    record = models.CharField(max_length=KEY_LENGTH)
    cluster = models.PositiveIntegerField()
    confidence = models.FloatField()
    source = models.CharField(max_length=120)
    region = models.CharField(max_length=8, blank=True)
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    date_start = models.IntegerField(null=True, blank=True)  # day numbers (features.day_number)
    date_end = models.IntegerField(null=True, blank=True)
    birth_year = models.PositiveSmallIntegerField(null=True, blank=True)

    class Meta:
        verbose_name = _("cluster member")
        verbose_name_plural = _("cluster members")
        constraints = [models.UniqueConstraint(fields=["run", "record"],
                                               name="cluster_member_once")]
        indexes = [models.Index(fields=["run", "cluster"])]

    def __str__(self) -> str:
        return f"{self.record}@{self.cluster}"
