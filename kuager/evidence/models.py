"""The evidence vault: files encrypted at rest, hashed on arrival, with their custody recorded."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from kuager.cases.models import Case, Incident
from kuager.fields import EncryptedTextField


class Blob(models.Model):
    """Stored bytes, once per distinct content however often they are attached."""

    # HMAC of the SHA-256 under a key from the master key: finds duplicates without a plain
    # hash in the database, which would let anyone holding a known file confirm we have it.
    lookup = models.CharField(max_length=64, unique=True)
    sha256 = EncryptedTextField(_("SHA-256"))
    size = models.BigIntegerField(_("size in bytes"))
    media_type = models.CharField(_("media type"), max_length=100)
    storage_name = models.CharField(max_length=200, unique=True)
    data_key = EncryptedTextField()  # the file's own key, wrapped by the master key
    created_at = models.DateTimeField(auto_now_add=True)
    verified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("stored file")
        verbose_name_plural = _("stored files")

    def __str__(self) -> str:
        return f"blob {self.pk}"


class EvidenceItem(models.Model):
    class Kind(models.TextChoices):
        LETTER = "letter", _("Letter")
        ENVELOPE = "envelope", _("Envelope")
        PHOTO = "photo", _("Photo")
        VIDEO = "video", _("Video")
        AUDIO = "audio", _("Audio")
        MEDICAL = "medical", _("Medical report")
        COURT = "court", _("Court decision")
        OTHER = "other", _("Other")

    class Method(models.TextChoices):
        POST = "post", _("By post")
        VISIT = "visit", _("On a visit")
        MESSENGER = "messenger", _("By messenger")
        LAWYER = "lawyer", _("From a lawyer")
        UPLOAD = "upload", _("Uploaded directly")
        OTHER = "other", _("Other")

    case = models.ForeignKey(Case, models.CASCADE, related_name="evidence")
    incident = models.ForeignKey(Incident, models.SET_NULL, null=True, blank=True,
                                 related_name="evidence")
    complaint = models.ForeignKey("complaints.Complaint", models.SET_NULL, null=True,
                                  blank=True, related_name="documents",
                                  verbose_name=_("complaint"))
    blob = models.ForeignKey(Blob, models.PROTECT, related_name="items")
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    method = models.CharField(_("how it was collected"), max_length=10, choices=Method.choices)
    original_name = EncryptedTextField(_("original file name"))
    source = EncryptedTextField(_("from whom"))
    metadata = EncryptedTextField(_("original metadata"))  # JSON: EXIF, PDF info
    acquired_at = models.DateTimeField(_("received (UTC)"))
    collected_by = models.ForeignKey(settings.AUTH_USER_MODEL, models.PROTECT, null=True,
                                     blank=True, related_name="+")
    derived_from = models.ForeignKey("self", models.PROTECT, null=True, blank=True,
                                     related_name="derivatives")
    transformation = models.CharField(_("transformation"), max_length=60, blank=True)

    class TextState(models.TextChoices):
        NONE = "", _("No text to extract")
        QUEUED = "queued", _("Waiting")
        RUNNING = "running", _("Reading the text")
        DONE = "done", _("Text extracted")
        FAILED = "failed", _("Could not read the text")

    text_state = models.CharField(_("text"), max_length=8, choices=TextState.choices,
                                  blank=True)
    text_progress = models.PositiveSmallIntegerField(default=0)
    text_method = models.CharField(max_length=40, blank=True)  # "pdf text layer", "ocr"...
    text_note = models.CharField(max_length=200, blank=True)  # a reason, never the text
    extracted_text = EncryptedTextField(_("text from the document"))

    class Meta:
        verbose_name = _("evidence item")
        verbose_name_plural = _("evidence items")
        ordering = ["acquired_at", "id"]

    def __str__(self) -> str:
        return f"E-{self.pk}"

    @property
    def reference(self) -> str:
        return f"E-{self.pk}"
