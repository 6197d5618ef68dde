"""Organisations and the role each person holds in one; need-to-know starts here."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Organisation(models.Model):
    name = models.CharField(_("name"), max_length=200, unique=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name


def default_organisation() -> Organisation:
    """The installation's organisation when there is one (the usual case), made on first use."""
    found = list(Organisation.objects.order_by("id")[:2])
    if len(found) > 1:
        raise Organisation.MultipleObjectsReturned(
            "several organisations: say which one the cases belong to"
        )
    return found[0] if found else Organisation.objects.create(name="Kuager")


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator")
    LAWYER = "lawyer", _("Lawyer")
    DOCUMENTER = "documenter", _("Documenter")
    MEDICAL = "medical", _("Medical expert")
    ANALYST = "analyst", _("Analyst")


class Membership(models.Model):
    """A person's place in one organisation. No membership, no access to any case."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, models.CASCADE,
                                related_name="membership")
    organisation = models.ForeignKey(Organisation, models.PROTECT, related_name="members")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)
    # Raised by a lockdown: every session signed in under an older epoch ends.
    session_epoch = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user_id} {self.role}"

    @property
    def is_coordinator(self) -> bool:
        return self.role == Role.COORDINATOR

    @property
    def sees_identities(self) -> bool:
        """Analysts work on coded, de-identified data only."""
        return self.role != Role.ANALYST
