"""The gazetteer: Kazakhstan's regions (ISO 3166-2:KZ) and places of detention, with aliases."""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils.translation import gettext_lazy as _

from kuager.vocab.models import pick_language


class Region(models.Model):
    code = models.CharField(_("ISO 3166-2 code"), max_length=6, unique=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=80)
    name_ru = models.CharField(_("name (Russian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)

    class Meta:
        verbose_name = _("region")
        verbose_name_plural = _("regions")
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_en, self.name_ru, self.name_kk)

    def spellings(self) -> list[str]:
        return [self.code, self.name_kk, self.name_ru, self.name_en, *self.aliases]


class Facility(models.Model):
    class Kind(models.TextChoices):
        IVS = "ivs", _("Police temporary detention isolator (IVS)")
        SIZO = "sizo", _("Pre-trial detention centre (SIZO)")
        COLONY = "colony", _("Correctional colony")
        COLONY_MIN = "colony_min", _("Colony, minimum security")
        COLONY_MEDIUM = "colony_medium", _("Colony, medium security")
        COLONY_MAX = "colony_max", _("Colony, maximum security")
        COLONY_SETTLEMENT = "colony_settlement", _("Colony-settlement")
        COLONY_TB = "colony_tb", _("TB colony")
        COLONY_JUVENILE = "colony_juvenile", _("Juvenile colony")
        COLONY_WOMEN = "colony_women", _("Women's colony")
        KNB = "knb", _("National Security Committee (KNB) facility")
        PSYCHIATRIC = "psychiatric", _("Psychiatric hospital")
        SPECIAL_RECEPTION = "special_reception", _("Special reception centre")
        POLICE = "police", _("Police station")
        OTHER = "other", _("Other")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    legacy_code = models.CharField(_("legacy code"), max_length=20, blank=True)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=160)
    name_ru = models.CharField(_("name (Russian)"), max_length=160)
    name_en = models.CharField(_("name (English)"), max_length=160)
    nicknames = models.JSONField(_("nicknames and other names"), default=list, blank=True)
    settlement = models.CharField(_("town or village"), max_length=120, blank=True)
    department = models.CharField(_("managing department"), max_length=160, blank=True)
    closed = models.BooleanField(_("closed"), default=False)
    regions: models.ManyToManyField[Region, FacilityRegion] = models.ManyToManyField(
        Region, through="FacilityRegion", related_name="facilities"
    )

    class Meta:
        verbose_name = _("facility")
        verbose_name_plural = _("facilities")
        ordering = ["legacy_code", "name_ru"]

    def __str__(self) -> str:
        name = pick_language(self.name_en, self.name_ru, self.name_kk)
        return name if self.legacy_code in name else f"{self.legacy_code} {name}".strip()

    def spellings(self) -> list[str]:
        found = [self.name_kk, self.name_ru, self.name_en, *self.nicknames]
        return [self.legacy_code, *found] if self.legacy_code else found

    def region_on(self, when: dt.date | None) -> Region | None:
        """The physical region on a day (boundaries moved in 2022); the latest when unknown."""
        return _region_on(list(self.periods.all()), when)


# A period ends after it starts (either end may be open).
PERIOD_ORDERED = (models.Q(valid_from__isnull=True) | models.Q(valid_to__isnull=True)
                  | models.Q(valid_from__lt=models.F("valid_to")))


class Period(models.Model):
    """When a place belonged to a region: boundaries moved in 2022."""

    valid_from = models.DateField(_("from"), null=True, blank=True)
    valid_to = models.DateField(_("until (exclusive)"), null=True, blank=True)

    class Meta:
        abstract = True

    def covers(self, when: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= when) and (
            self.valid_to is None or when < self.valid_to
        )


class FacilityRegion(Period):
    facility = models.ForeignKey(Facility, models.CASCADE, related_name="periods")
    region = models.ForeignKey(Region, models.PROTECT, related_name="facility_periods")

    class Meta:
        verbose_name = _("facility's region")
        verbose_name_plural = _("facility's regions")
        constraints = [
            models.CheckConstraint(condition=PERIOD_ORDERED,
                                   name="facility_region_period_ordered")
        ]

    def __str__(self) -> str:
        return f"{self.facility} — {self.region}"


class Settlement(models.Model):
    """A town or village, so a letter that names only where things happened ("в Темиртау",
    "Екібастұзда") still gives a region. Towns moved between regions in 2022, so the region
    is kept with its dates, as for facilities."""

    name_kk = models.CharField(_("name (Kazakh)"), max_length=80)
    name_ru = models.CharField(_("name (Russian)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80, unique=True)
    aliases = models.JSONField(_("other spellings"), default=list, blank=True)

    class Meta:
        verbose_name = _("town or village")
        verbose_name_plural = _("towns and villages")
        ordering = ["name_en"]

    def __str__(self) -> str:
        return pick_language(self.name_en, self.name_ru, self.name_kk)

    def spellings(self) -> list[str]:
        return [self.name_kk, self.name_ru, self.name_en, *self.aliases]

    def region_on(self, when: dt.date | None) -> Region | None:
        """The region on a day; the latest when the day is unknown."""
        return _region_on(list(self.periods.all()), when)


class SettlementRegion(Period):
    settlement = models.ForeignKey(Settlement, models.CASCADE, related_name="periods")
    region = models.ForeignKey(Region, models.PROTECT, related_name="settlement_periods")

    class Meta:
        verbose_name = _("town's region")
        verbose_name_plural = _("town's regions")
        constraints = [
            models.CheckConstraint(condition=PERIOD_ORDERED,
                                   name="settlement_region_period_ordered")
        ]

    def __str__(self) -> str:
        return f"{self.settlement} — {self.region}"


def _region_on(periods: list[FacilityRegion] | list[SettlementRegion],
               when: dt.date | None) -> Region | None:
    ordered: list[FacilityRegion | SettlementRegion]
    ordered = sorted(periods, key=lambda p: p.valid_from or dt.date.min)
    if not ordered:
        return None
    if when is not None:
        for period in ordered:
            if period.covers(when):
                return period.region
    return ordered[-1].region
