"""Coordinators browse and filter the audit trail."""

from __future__ import annotations

from django import forms
from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import User
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from kuager.accounts.access import membership, require_roles
from kuager.accounts.models import Role
from kuager.audit.models import AuditEntry


class TrailFilter(forms.Form):
    action = forms.CharField(label=_("Action starts with"), required=False, max_length=60)
    actor = forms.ModelChoiceField(label=_("Who"), queryset=User.objects.none(), required=False)
    target = forms.CharField(label=_("Target"), required=False, max_length=60)
    date_from = forms.DateField(label=_("From"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("To"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))


@login_required
@require_roles(Role.COORDINATOR)
def trail(request: HttpRequest) -> HttpResponse:
    mine = membership(request.user)
    form = TrailFilter(request.GET or None)
    form.fields["actor"].queryset = User.objects.filter(  # type: ignore[attr-defined]
        membership__organisation=mine.organisation if mine else None
    ).order_by("username")
    entries = AuditEntry.objects.select_related("actor").order_by("-seq")
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        if d["action"]:
            entries = entries.filter(action__startswith=d["action"])
        if d["actor"]:
            entries = entries.filter(actor=d["actor"])
        if d["target"]:
            entries = entries.filter(target_ref=d["target"])
        if d["date_from"]:
            entries = entries.filter(at__date__gte=d["date_from"])
        if d["date_to"]:
            entries = entries.filter(at__date__lte=d["date_to"])
    page = Paginator(entries, 100).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(request, "audit/trail.html",
                  {"form": form, "page": page, "query_string": params.urlencode()})
