"""The record of an allegation, after HURIDOCS "who did what to whom" with Kazakhstan's additions.

Direct identifiers and free text are EncryptedTextField; coded fields stay in clear for
statistics. Complaints, evidence and linkage attach to Case in later apps.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth.models import User
from django.db import models
from django.utils.translation import gettext_lazy as _

from kuager.accounts.models import Organisation
from kuager.fields import EncryptedTextField
from kuager.lib.dates import FuzzyDate, Precision, describe_span
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class DatePrecision(models.TextChoices):
    DAY = Precision.DAY.value, _("day")
    MONTH = Precision.MONTH.value, _("month")
    YEAR = Precision.YEAR.value, _("year")
    RANGE = Precision.RANGE.value, _("range")


class Language(models.TextChoices):
    KK = "kk", _("Kazakh")
    RU = "ru", _("Russian")
    EN = "en", _("English")
    OTHER = "other", _("Other")


def _term(vocabulary: str, name: StrOrPromise) -> models.ForeignKey[Term | None, Term | None]:
    return models.ForeignKey(
        Term, models.PROTECT, null=True, blank=True, related_name="+",
        limit_choices_to={"vocabulary__key": vocabulary}, verbose_name=name,
    )


def _terms(vocabulary: str, name: StrOrPromise) -> models.ManyToManyField[Term, models.Model]:
    return models.ManyToManyField(
        Term, blank=True, related_name="+", limit_choices_to={"vocabulary__key": vocabulary},
        verbose_name=name,
    )


class Case(models.Model):
    """The organisation's file on an allegation, known by a pseudonymous number."""

    class Channel(models.TextChoices):
        LETTER = "letter", _("Letter")
        INTERVIEW = "interview", _("Interview")
        HOTLINE = "hotline", _("Hotline call")
        VISIT = "visit", _("Monitoring visit")
        RELATIVE = "relative", _("Report by a relative")
        LAWYER = "lawyer", _("Report by a lawyer")
        MEDIA = "media", _("Media or social media")
        OTHER = "other", _("Other")

    class Priority(models.TextChoices):
        NORMAL = "normal", _("Normal")
        HIGH = "high", _("High")
        URGENT = "urgent", _("Urgent")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        DOCUMENTING = "documenting", _("Being documented")
        ACTION = "action", _("Action under way")
        CLOSED = "closed", _("Closed")

    class Confidentiality(models.TextChoices):
        STANDARD = "standard", _("Standard")
        RESTRICTED = "restricted", _("Restricted")
        STRICT = "strict", _("Strictly confidential")

    number = models.CharField(_("case number"), max_length=16, unique=True)
    channel = models.CharField(_("how it came in"), max_length=12, choices=Channel.choices)
    received_on = models.DateField(_("date received"))
    priority = models.CharField(
        _("priority"), max_length=8, choices=Priority.choices, default=Priority.NORMAL
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NEW
    )
    confidentiality = models.CharField(
        _("confidentiality"), max_length=12, choices=Confidentiality.choices,
        default=Confidentiality.STANDARD,
    )
    summary = EncryptedTextField(_("summary"))
    # Facets of the case's first incident, kept here so lists and filters need no joins.
    region = models.ForeignKey(Region, models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("region"))
    facility = models.ForeignKey(Facility, models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("facility"))
    incident_start = models.DateField(_("incident from"), null=True, blank=True)
    incident_end = models.DateField(_("incident to"), null=True, blank=True)
    synthetic = models.BooleanField(
        _("synthetic demo record"), default=False,
        help_text=_("Generated demo data: describes no real person."),
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    organisation = models.ForeignKey(Organisation, models.PROTECT, null=True, blank=True,
                                     related_name="cases", verbose_name=_("organisation"))
    team: models.ManyToManyField[User, TeamMember] = models.ManyToManyField(
        settings.AUTH_USER_MODEL, through="TeamMember",
                                  related_name="case_teams", blank=True)

    class Meta:
        verbose_name = _("case")
        verbose_name_plural = _("cases")
        ordering = ["-received_on", "-id"]
        indexes = [
            models.Index(fields=["received_on", "id"]),
            models.Index(fields=["region", "received_on"]),
            models.Index(fields=["facility", "received_on"]),
            models.Index(fields=["status", "received_on"]),
            models.Index(fields=["incident_start", "incident_end"]),
        ]

    def __str__(self) -> str:
        return self.number

    @property
    def incident_label(self) -> str:
        return describe_span(self.incident_start, self.incident_end)


class TeamMember(models.Model):
    """Who works on a case: only they (and the organisation's coordinators) may open it."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="members")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, models.CASCADE, related_name="+")
    added_at = models.DateTimeField(_("added"), auto_now_add=True)

    class Meta:
        verbose_name = _("team member")
        verbose_name_plural = _("team members")
        constraints = [models.UniqueConstraint(fields=["case", "user"], name="team_member_once")]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.user_id}"


class Person(models.Model):
    """One record per human being, whatever their role in a case."""

    class Sex(models.TextChoices):
        FEMALE = "f", _("Female")
        MALE = "m", _("Male")
        OTHER = "o", _("Other")
        UNKNOWN = "", _("Unknown")

    full_name = EncryptedTextField(_("full name"))
    other_names = EncryptedTextField(_("other names and spellings"))
    iin = EncryptedTextField(_("national ID number (IIN)"))
    birth_date = EncryptedTextField(_("date of birth"))
    contacts = EncryptedTextField(_("contacts"))
    address = EncryptedTextField(_("address"))
    notes = EncryptedTextField(_("notes"))
    birth_year = models.PositiveSmallIntegerField(_("year of birth"), null=True, blank=True)
    sex = models.CharField(_("sex"), max_length=1, choices=Sex.choices, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self) -> str:
        return f"P-{self.pk}"


class CasePerson(models.Model):
    class Role(models.TextChoices):
        VICTIM = "victim", _("Victim")
        WITNESS = "witness", _("Witness")
        RELATIVE = "relative", _("Relative")
        SOURCE = "source", _("Source")
        PERPETRATOR = "perpetrator", _("Alleged perpetrator")

    case = models.ForeignKey(Case, models.CASCADE, related_name="roles")
    person = models.ForeignKey(Person, models.PROTECT, related_name="roles")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices)

    class Meta:
        verbose_name = _("person in a case")
        verbose_name_plural = _("people in cases")
        constraints = [
            models.UniqueConstraint(fields=["case", "person", "role"], name="case_person_role")
        ]

    def __str__(self) -> str:
        return f"{self.case} {self.person} {self.role}"


class DetentionEpisode(models.Model):
    class LegalStatus(models.TextChoices):
        PRE_TRIAL = "pre_trial", _("Pre-trial")
        CONVICTED = "convicted", _("Convicted")
        ADMINISTRATIVE = "administrative", _("Administrative detention")
        OTHER = "other", _("Other")

    person = models.ForeignKey(Person, models.CASCADE, related_name="detentions")
    case = models.ForeignKey(Case, models.CASCADE, null=True, blank=True,
                             related_name="detentions")
    facility = models.ForeignKey(Facility, models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("facility"))
    region = models.ForeignKey(Region, models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("region"))
    date_from = models.DateField(_("from"), null=True, blank=True)
    date_to = models.DateField(_("to"), null=True, blank=True)
    legal_status = models.CharField(_("legal status"), max_length=16,
                                    choices=LegalStatus.choices, blank=True)
    article = models.CharField(_("criminal code article"), max_length=60, blank=True)
    sentence = models.CharField(_("sentence"), max_length=60, blank=True)
    transferred_from = models.ForeignKey("self", models.SET_NULL, null=True, blank=True,
                                         related_name="+", verbose_name=_("transferred from"))
    notes = EncryptedTextField(_("notes"))

    class Meta:
        verbose_name = _("detention episode")
        verbose_name_plural = _("detention episodes")

    def __str__(self) -> str:
        return f"{self.person} @ {self.facility_id}"


class Incident(models.Model):
    """An event: what happened, where and when, as precisely as the sources know."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="incidents")
    date_start = models.DateField(_("from"), null=True, blank=True)
    date_end = models.DateField(_("to"), null=True, blank=True)
    date_precision = models.CharField(_("date precision"), max_length=6,
                                      choices=DatePrecision.choices, blank=True)
    region = models.ForeignKey(Region, models.PROTECT, null=True, blank=True, related_name="+",
                               verbose_name=_("region"))
    facility = models.ForeignKey(Facility, models.PROTECT, null=True, blank=True,
                                 related_name="+", verbose_name=_("facility"))
    place_detail = EncryptedTextField(_("exact place"))
    description = EncryptedTextField(_("what happened"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("incident")
        verbose_name_plural = _("incidents")
        ordering = ["date_start", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(date_start__isnull=True)
                | models.Q(date_end__isnull=True)
                | models.Q(date_start__lte=models.F("date_end")),
                name="incident_dates_ordered",
            )
        ]

    def __str__(self) -> str:
        return f"{self.case} #{self.pk}"

    @property
    def when(self) -> FuzzyDate | None:
        if self.date_start is None or self.date_end is None or not self.date_precision:
            return None
        return FuzzyDate.from_parts(self.date_start, self.date_end, self.date_precision)


class Act(models.Model):
    """One victim within one incident (HURIDOCS act)."""

    class ActType(models.TextChoices):
        TORTURE = "torture", _("Torture")
        ILL_TREATMENT = "ill_treatment", _("Cruel, inhuman or degrading treatment")
        THREAT = "threat", _("Threat")
        DEATH = "death", _("Death in custody")
        OTHER = "other", _("Other")

    incident = models.ForeignKey(Incident, models.CASCADE, related_name="acts")
    victim = models.ForeignKey(Person, models.PROTECT, related_name="acts")
    act_type = models.CharField(_("type of act"), max_length=14, choices=ActType.choices,
                                default=ActType.TORTURE)
    methods = _terms("methods", _("methods"))
    purposes = _terms("purposes", _("purposes"))
    consequences = _terms("consequences", _("consequences"))
    location_type = _term("location_types", _("type of location"))
    statements_signed = _term("statements_signed", _("statements signed"))
    medical_attention = _term("medical_attention", _("medical attention"))

    class Meta:
        verbose_name = _("act")
        verbose_name_plural = _("acts")

    def __str__(self) -> str:
        return f"{self.incident} act {self.pk}"


class Involvement(models.Model):
    """One perpetrator in one act."""

    class Degree(models.TextChoices):
        CARRIED_OUT = "carried_out", _("Carried out")
        ORDERED = "ordered", _("Ordered")
        PRESENT = "present", _("Present")
        FAILED_TO_PREVENT = "failed_to_prevent", _("Failed to prevent")
        UNKNOWN = "unknown", _("Unknown")

    act = models.ForeignKey(Act, models.CASCADE, related_name="involvements")
    perpetrator = models.ForeignKey(Person, models.PROTECT, null=True, blank=True,
                                    related_name="involvements")
    perpetrator_type = _term("perpetrator_types", _("type of perpetrator"))
    degree = models.CharField(_("degree of involvement"), max_length=18,
                              choices=Degree.choices, default=Degree.CARRIED_OUT)
    rank = models.CharField(_("rank"), max_length=60, blank=True)
    unit = models.CharField(_("unit"), max_length=120, blank=True)
    description = EncryptedTextField(_("description when unknown"))

    class Meta:
        verbose_name = _("involvement")
        verbose_name_plural = _("involvements")

    def __str__(self) -> str:
        return f"{self.act} involvement {self.pk}"


class Information(models.Model):
    """A source and what it says: a letter, an interview, a call."""

    class Reliability(models.TextChoices):
        HIGH = "high", _("High")
        MEDIUM = "medium", _("Medium")
        LOW = "low", _("Low")
        UNKNOWN = "unknown", _("Not assessed")

    case = models.ForeignKey(Case, models.CASCADE, related_name="information")
    incident = models.ForeignKey(Incident, models.SET_NULL, null=True, blank=True,
                                 related_name="information")
    source_person = models.ForeignKey(Person, models.PROTECT, null=True, blank=True,
                                      related_name="information_given")
    source_type = _term("source_types", _("kind of source"))
    connection = _term("source_connection", _("connection to the event"))
    reliability = models.CharField(_("reliability"), max_length=8, choices=Reliability.choices,
                                   default=Reliability.UNKNOWN)
    received_on = models.DateField(_("date"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices,
                                blank=True)
    original_text = EncryptedTextField(_("original text"))
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("information")
        verbose_name_plural = _("information")
        ordering = ["received_on", "id"]

    def __str__(self) -> str:
        return f"{self.case} information {self.pk}"


class Consent(models.Model):
    """A person's decision on one purpose; the newest decision for a purpose is the one in force."""

    class Purpose(models.TextChoices):
        STORE = "store", _("Keep the record")
        PROSECUTOR = "prosecutor", _("Share with the prosecutor")
        UN = "un", _("Share with UN bodies")
        PUBLISH = "publish", _("Publish anonymised")
        NAME = "name", _("Use the name")
        IMAGES = "images", _("Use images")

    case = models.ForeignKey(Case, models.CASCADE, related_name="consents")
    person = models.ForeignKey(Person, models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=10, choices=Purpose.choices)
    granted = models.BooleanField(_("granted"))
    obtained_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                    blank=True, related_name="+")
    obtained_on = models.DateField(_("obtained on"))
    note = EncryptedTextField(_("how it was obtained"))
    withdrawn_on = models.DateField(_("withdrawn on"), null=True, blank=True)
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["purpose", "-obtained_on", "-id"]

    def __str__(self) -> str:
        return f"{self.case} {self.purpose} {self.granted}"

    @property
    def in_force(self) -> bool:
        return self.granted and self.withdrawn_on is None


class RiskNote(models.Model):
    class Level(models.TextChoices):
        LOW = "low", _("Low")
        MEDIUM = "medium", _("Medium")
        HIGH = "high", _("High")
        CRITICAL = "critical", _("Life at risk")

    case = models.ForeignKey(Case, models.CASCADE, related_name="risk_notes")
    person = models.ForeignKey(Person, models.SET_NULL, null=True, blank=True, related_name="+")
    level = models.CharField(_("level"), max_length=8, choices=Level.choices)
    text = EncryptedTextField(_("note"))
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                   blank=True, related_name="+")
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("risk note")
        verbose_name_plural = _("risk notes")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.case} risk {self.level}"


class SearchToken(models.Model):
    """A keyed hash of one normalised word of a case: searchable, not readable."""

    class Field(models.IntegerChoices):
        NAME = 1, _("name")
        TEXT = 2, _("text")
        PLACE = 3, _("place")

    case = models.ForeignKey(Case, models.CASCADE, related_name="+")
    field = models.PositiveSmallIntegerField(choices=Field.choices)
    token = models.BigIntegerField()

    class Meta:
        indexes = [models.Index(fields=["token", "case"])]

    def __str__(self) -> str:
        return f"{self.case_id}:{self.field}"


def today() -> dt.date:
    from django.utils import timezone

    return timezone.localdate()
