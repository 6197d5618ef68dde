"""Controlled vocabularies: trilingual terms that carry HURIDOCS micro-thesauri codes."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.models.deletion import ProtectedError
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


def pick_language(en: str, ru: str, kk: str) -> str:
    """The label in the active interface language, falling back to English."""
    language = (get_language() or "en")[:2]
    return {"ru": ru, "kk": kk}.get(language) or en


class Vocabulary(models.Model):
    key = models.SlugField(_("key"), max_length=40, unique=True)
    standard = models.CharField(_("standard"), max_length=60)
    name_en = models.CharField(_("name (English)"), max_length=120)
    name_ru = models.CharField(_("name (Russian)"), max_length=120)
    name_kk = models.CharField(_("name (Kazakh)"), max_length=120)
    # MT16's codes spell the English term letter by letter: they carry no levels.
    hierarchical = models.BooleanField(_("codes carry levels"), default=True)

    class Meta:
        verbose_name = _("vocabulary")
        verbose_name_plural = _("vocabularies")
        ordering = ["key"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return pick_language(self.name_en, self.name_ru, self.name_kk)


class TermQuerySet(models.QuerySet["Term"]):
    def active(self) -> TermQuerySet:
        return self.filter(retired_at__isnull=True)

    def of(self, vocabulary_key: str) -> TermQuerySet:
        return self.filter(vocabulary__key=vocabulary_key)


class Term(models.Model):
    vocabulary = models.ForeignKey(Vocabulary, models.PROTECT, related_name="terms")
    code = models.CharField(_("code"), max_length=12)
    label_en = models.CharField(_("label (English)"), max_length=160)
    label_ru = models.CharField(_("label (Russian)"), max_length=160)
    label_kk = models.CharField(_("label (Kazakh)"), max_length=160)
    local = models.BooleanField(_("local extension"), default=False)
    retired_at = models.DateTimeField(_("retired at"), null=True, blank=True)

    objects = TermQuerySet.as_manager()

    class Meta:
        verbose_name = _("term")
        verbose_name_plural = _("terms")
        ordering = ["vocabulary", "code"]
        constraints = [
            models.UniqueConstraint(fields=["vocabulary", "code"], name="term_code_unique"),
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[0-9]{12}$"), name="term_code_12_digits"
            ),
        ]

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        return pick_language(self.label_en, self.label_ru, self.label_kk)

    @property
    def depth(self) -> int:
        """0 for a top-level term: HURIDOCS codes carry their level in pairs of digits."""
        if not self.vocabulary.hierarchical:
            return 0
        pairs = [self.code[i : i + 2] for i in range(0, 12, 2)]
        return max(0, max((i for i, pair in enumerate(pairs) if pair != "00"), default=0))

    @property
    def parent_code(self) -> str | None:
        if self.depth == 0:
            return None
        cut = self.depth * 2
        return self.code[:cut] + "0" * (12 - cut)

    def is_in_use(self) -> bool:
        """Whether any record points at this term (then it may be retired, not deleted)."""
        # Relations are hidden (related_name="+"), so ask each referring model directly.
        return any(
            relation.related_model._base_manager.filter(**{relation.field.name: self}).exists()
            for relation in self._meta.related_objects
            if relation.related_model is not None and not isinstance(relation.related_model, str)
        )

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        if self.is_in_use():
            raise ProtectedError("A term in use is retired, not deleted.", {self})
        return super().delete(*args, **kwargs)
