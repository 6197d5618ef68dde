"""Admin pages write Kuager's audit entries in the same transaction as their change."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

from django.contrib import admin
from django.db import models, transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from kuager.accounts.access import in_sudo
from kuager.audit.log import record
from kuager.audit.models import AuditEntry


class AuditedModelAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    """Changes are recorded; deleting needs re-authentication and goes one object at a time."""

    def get_actions(self, request: HttpRequest) -> dict[str, Any]:
        actions = super().get_actions(request)
        actions.pop("delete_selected", None)
        return actions

    def delete_view(self, request: HttpRequest, object_id: str,
                    extra_context: dict[str, Any] | None = None) -> HttpResponse:
        if not in_sudo(request):
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('accounts:sudo')}?{query}")
        return super().delete_view(request, object_id, extra_context)

    def save_model(self, request: HttpRequest, obj: Any, form: Any, change: bool) -> None:
        with transaction.atomic():
            super().save_model(request, obj, form, change)
            action = "change" if change else "create"
            name = obj._meta.model_name or ""
            record(request.user, f"{name}.{action}", name, str(obj.pk),
                   fields=sorted(form.changed_data))

    def delete_model(self, request: HttpRequest, obj: models.Model) -> None:
        with transaction.atomic():
            pk, name = obj.pk, obj._meta.model_name or ""
            super().delete_model(request, obj)
            record(request.user, f"{name}.delete", name, str(pk))

    def save_formset(self, request: HttpRequest, form: Any, formset: Any, change: bool) -> None:
        with transaction.atomic():
            super().save_formset(request, form, formset, change)
            if formset.has_changed():
                record(request.user, f"{formset.model._meta.model_name}.change",
                       formset.model._meta.model_name, str(form.instance.pk))


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ("at", "actor", "action", "target_type", "target_ref")
    list_filter = ("action", "target_type")
    search_fields = ("target_ref",)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
