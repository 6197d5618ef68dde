"""Coordinators add terms and retire those no longer wanted; a term in use is never deleted."""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from kuager.audit.admin import AuditedModelAdmin
from kuager.audit.log import record
from kuager.vocab.models import Term, Vocabulary


@admin.register(Vocabulary)
class VocabularyAdmin(AuditedModelAdmin):
    list_display = ("key", "name_en", "name_ru", "name_kk", "standard")
    readonly_fields = ("key", "standard")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(Term)
class TermAdmin(AuditedModelAdmin):
    list_display = ("code", "label_en", "label_ru", "label_kk", "vocabulary", "local", "retired_at")
    list_filter = ("vocabulary", "local", ("retired_at", admin.EmptyFieldListFilter))
    search_fields = ("code", "label_en", "label_ru", "label_kk")
    readonly_fields = ("retired_at",)
    actions = ["retire", "restore"]

    def get_readonly_fields(self, request: HttpRequest, obj: Any = None) -> Any:
        # Codes are identifiers other systems hold: fixed once a term exists.
        return ("vocabulary", "code", "retired_at") if obj else ("retired_at",)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        allowed = super().has_delete_permission(request, obj)
        return allowed and obj is not None and not obj.is_in_use()

    @admin.action(description=_("Retire the selected terms"))
    def retire(self, request: HttpRequest, queryset: QuerySet[Term]) -> None:
        with transaction.atomic():
            for term in queryset.filter(retired_at__isnull=True):
                term.retired_at = timezone.now()
                term.save(update_fields=["retired_at"])
                record(request.user, "term.retire", "term", str(term.pk), code=term.code)
        self.message_user(request, _("Retired terms stay on old records and leave new forms."),
                          messages.SUCCESS)

    @admin.action(description=_("Bring the selected terms back"))
    def restore(self, request: HttpRequest, queryset: QuerySet[Term]) -> None:
        with transaction.atomic():
            for term in queryset.filter(retired_at__isnull=False):
                term.retired_at = None
                term.save(update_fields=["retired_at"])
                record(request.user, "term.restore", "term", str(term.pk), code=term.code)
