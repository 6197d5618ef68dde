"""Coordinators set how long each channel has to answer."""

from __future__ import annotations

from django.contrib import admin

from kuager.audit.admin import AuditedModelAdmin
from kuager.complaints.models import ResponsePeriod


@admin.register(ResponsePeriod)
class ResponsePeriodAdmin(AuditedModelAdmin):
    list_display = ("channel", "days")
