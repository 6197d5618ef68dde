"""Forms for complaints, answers, retaliation and risk flags."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy

from kuager.complaints.models import Complaint, Retaliation, RiskFlag, Status
from kuager.vocab.models import Term


class TermSelect(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Term) -> str:
        return "\u2003" * obj.depth + obj.label


def _terms(key: str) -> Any:
    return Term.objects.of(key).active().select_related("vocabulary")


DATE = forms.DateInput(attrs={"type": "date"})


class ComplaintForm(forms.Form):
    channel = TermSelect(label=gettext_lazy("Channel"), queryset=_terms("channels"))
    office = forms.CharField(label=gettext_lazy("Office"), max_length=200, required=False)
    filed_on = forms.DateField(label=gettext_lazy("Filed on"), required=False, widget=DATE,
                               help_text=gettext_lazy("Leave empty for a draft."))
    references = forms.CharField(label=gettext_lazy("Reference numbers (ERDR…)"),
                                 max_length=500, required=False)
    summary = forms.CharField(label=gettext_lazy("What was asked"), required=False,
                              max_length=10_000, widget=forms.Textarea(attrs={"rows": 3}))


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=gettext_lazy("Status"), choices=Status.choices)
    on = forms.DateField(label=gettext_lazy("Date"), widget=DATE)
    response = TermSelect(label=gettext_lazy("Type of response"),
                          queryset=_terms("response_types"), required=False)
    outcome = TermSelect(label=gettext_lazy("Official outcome"), queryset=_terms("outcomes"),
                         required=False)
    ground = TermSelect(label=gettext_lazy("Grounds given for a refusal or closure"),
                        queryset=_terms("refusal_grounds"), required=False)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=10_000,
                           widget=forms.Textarea(attrs={"rows": 2}))


class RetaliationForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What happened"),
                             choices=Retaliation.Kind.choices)
    on = forms.DateField(label=gettext_lazy("Date"), widget=DATE)
    complaint = forms.ModelChoiceField(label=gettext_lazy("After which complaint"),
                                       queryset=Complaint.objects.none(), required=False)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=10_000,
                           widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, complaints: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if complaints is not None:
            self.fields["complaint"].queryset = complaints  # type: ignore[attr-defined]


class FlagForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("Risk"), choices=RiskFlag.Kind.choices)
    note = forms.CharField(label=gettext_lazy("Note"), required=False, max_length=5_000,
                           widget=forms.Textarea(attrs={"rows": 2}))
