"""What the rules proposed for a letter, and what a person decided about each proposal.

A suggestion points into the letter's text by character offsets and never copies the words:
the text stays where it is, encrypted (Information.original_text or EvidenceItem's
extracted text). Codes, offsets, rule names and decisions are coding, kept in clear like the
other coded fields. A rejected suggestion is kept, so the rules do not propose it again and
an analyst can see what the rules get wrong.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from kuager.cases.models import Information
from kuager.evidence.models import EvidenceItem


class Suggestion(models.Model):
    class Field(models.TextChoices):
        REGIONS = "regions", _("Region")
        FACILITIES = "facilities", _("Place of detention")
        DATES = "dates", _("Date")
        METHODS = "methods", _("Method")
        PURPOSES = "purposes", _("Purpose")
        PERPETRATORS = "perpetrators", _("Perpetrator")
        PLACE_KINDS = "place_kinds", _("Type of place")
        CONSEQUENCES = "consequences", _("Consequence")
        URGENCY = "urgency", _("Sign of risk")

    class Status(models.TextChoices):
        PROPOSED = "proposed", _("Proposed")
        ACCEPTED = "accepted", _("Accepted")
        EDITED = "edited", _("Accepted with a change")
        REJECTED = "rejected", _("Rejected")

    information = models.ForeignKey(Information, models.CASCADE, null=True, blank=True,
                                    related_name="suggestions")
    evidence = models.ForeignKey(EvidenceItem, models.CASCADE, null=True, blank=True,
                                 related_name="suggestions")
    field = models.CharField(_("field"), max_length=12, choices=Field.choices)
    code = models.CharField(_("proposed code"), max_length=40)
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()
    confidence = models.FloatField(_("confidence"))
    rule = models.CharField(_("rule"), max_length=60)
    rules_version = models.CharField(max_length=20)
    status = models.CharField(_("decision"), max_length=8, choices=Status.choices,
                              default=Status.PROPOSED)
    chosen_code = models.CharField(_("code chosen"), max_length=40, blank=True)
    decided_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    # What accepting it wrote into the record (kuager.coding.record), so that a later
    # rejection or change takes back exactly that: [{"on", "pk", "attr", "code"}, ...].
    applied = models.JSONField(default=list, blank=True)
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)

    class Meta:
        verbose_name = _("coding suggestion")
        verbose_name_plural = _("coding suggestions")
        ordering = ["start", "field", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(information__isnull=False, evidence__isnull=True)
                | Q(information__isnull=True, evidence__isnull=False),
                name="suggestion_one_source"),
            models.UniqueConstraint(fields=["information", "field", "code", "start"],
                                    name="suggestion_once_per_information"),
            models.UniqueConstraint(fields=["evidence", "field", "code", "start"],
                                    name="suggestion_once_per_evidence"),
        ]

    def __str__(self) -> str:
        return f"{self.field} {self.code} ({self.status})"

    @property
    def final_code(self) -> str:
        """The code the record should carry: empty until accepted, the person's on an edit."""
        if self.status == self.Status.ACCEPTED:
            return self.code
        return self.chosen_code if self.status == self.Status.EDITED else ""


class ReferenceStamp(models.Model):
    """A token that changes with every change to the gazetteer or the vocabularies, so that a
    process may keep what the rules look things up in (kuager.coding.engine.Reference) between
    letters and load it again only when it changed. Bookkeeping, no user data: the change it
    marks is audited where it is made."""

    token = models.CharField(max_length=32)

    class Meta:
        verbose_name = _("reference stamp")
        verbose_name_plural = _("reference stamps")

    def __str__(self) -> str:
        return self.token
