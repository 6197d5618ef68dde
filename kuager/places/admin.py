"""Coordinators keep the gazetteer: regions' spellings, places of detention and towns."""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from kuager.audit.admin import AuditedModelAdmin
from kuager.places.models import (
    Facility,
    FacilityRegion,
    Region,
    Settlement,
    SettlementRegion,
)


@admin.register(Region)
class RegionAdmin(AuditedModelAdmin):
    list_display = ("code", "name_kk", "name_ru", "name_en")
    search_fields = ("code", "name_kk", "name_ru", "name_en")

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class FacilityRegionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = FacilityRegion
    extra = 1


@admin.register(Facility)
class FacilityAdmin(AuditedModelAdmin):
    list_display = ("legacy_code", "name_ru", "kind", "settlement", "closed")
    list_filter = ("kind", "closed")
    search_fields = ("legacy_code", "name_kk", "name_ru", "name_en", "settlement")
    inlines = [FacilityRegionInline]


class SettlementRegionInline(admin.TabularInline):  # type: ignore[type-arg]
    model = SettlementRegion
    extra = 1


@admin.register(Settlement)
class SettlementAdmin(AuditedModelAdmin):
    list_display = ("name_en", "name_ru", "name_kk")
    search_fields = ("name_kk", "name_ru", "name_en")
    inlines = [SettlementRegionInline]
