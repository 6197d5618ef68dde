"""The intake form: one page that records an allegation, usable without JavaScript."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from kuager.cases.actions import AllegationData, VictimData
from kuager.cases.models import Act, Case, Consent, Language, Person, RiskNote, today
from kuager.lib.dates import DateFormatError, FuzzyDate, parse_fuzzy_date
from kuager.places.models import Facility, Region
from kuager.vocab.models import Term


class TermChoice(forms.ModelChoiceField):  # type: ignore[type-arg]
    def label_from_instance(self, obj: Term) -> str:
        return obj.label


class TermChoices(forms.ModelMultipleChoiceField):  # type: ignore[type-arg]
    widget = forms.CheckboxSelectMultiple

    def label_from_instance(self, obj: Term) -> str:
        # Indent sub-terms so the HURIDOCS hierarchy reads without JavaScript.
        return "\u2003" * obj.depth + str(obj.label)


def _terms(vocabulary: str) -> Any:
    return Term.objects.of(vocabulary).active().select_related("vocabulary")


CONSENT_CHOICES = [("", _("Not asked")), ("yes", _("Yes")), ("no", _("No"))]


class AllegationForm(forms.Form):
    channel = forms.ChoiceField(label=_("How it came in"), choices=Case.Channel.choices)
    received_on = forms.DateField(label=_("Date received"), initial=today,
                                  widget=forms.DateInput(attrs={"type": "date"}))
    priority = forms.ChoiceField(label=_("Priority"), choices=Case.Priority.choices)
    confidentiality = forms.ChoiceField(label=_("Confidentiality"),
                                        choices=Case.Confidentiality.choices)

    victim_name = forms.CharField(label=_("Victim's full name"), max_length=300)
    other_names = forms.CharField(label=_("Other names and spellings"), max_length=1000,
                                  required=False)
    sex = forms.ChoiceField(label=_("Sex"), choices=Person.Sex.choices, required=False)
    birth_year = forms.IntegerField(label=_("Year of birth"), min_value=1900, required=False)
    iin = forms.RegexField(label=_("National ID number (IIN)"), regex=r"^\d{12}$",
                           required=False, error_messages={"invalid": _("An IIN has 12 digits.")})
    contacts = forms.CharField(label=_("Contacts"), max_length=1000, required=False,
                               widget=forms.Textarea(attrs={"rows": 2}))

    incident_date = forms.CharField(
        label=_("When it happened"), max_length=40, required=False,
        help_text=_("2021, 2021-03, 2021-03-14, or a range 2021-03-01/2021-03-20"),
    )
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.all(),
                                    required=False)
    facility = forms.ModelChoiceField(label=_("Place of detention"),
                                      queryset=Facility.objects.all(), required=False)
    place_detail = forms.CharField(label=_("Exact place"), max_length=500, required=False,
                                   help_text=_("For example: punishment cell, duty room"))
    location_type = TermChoice(label=_("Type of location"), queryset=_terms("location_types"),
                               required=False)
    act_type = forms.ChoiceField(label=_("Type of act"), choices=Act.ActType.choices)
    methods = TermChoices(label=_("Methods"), queryset=_terms("methods"), required=False)
    purposes = TermChoices(label=_("Purposes"), queryset=_terms("purposes"), required=False)
    consequences = TermChoices(label=_("Consequences"), queryset=_terms("consequences"),
                               required=False)
    perpetrator_type = TermChoice(label=_("Type of perpetrator"),
                                  queryset=_terms("perpetrator_types"), required=False)

    narrative = forms.CharField(label=_("Account, in the source's words"), required=False,
                                widget=forms.Textarea(attrs={"rows": 10}))
    language = forms.ChoiceField(label=_("Language of the account"),
                                 choices=[("", "—"), *Language.choices], required=False)
    source_type = TermChoice(label=_("Kind of source"), queryset=_terms("source_types"),
                             required=False)

    consent_store = forms.ChoiceField(label=_("Keep the record"), choices=CONSENT_CHOICES,
                                      required=False)
    consent_prosecutor = forms.ChoiceField(label=_("Share with the prosecutor"),
                                           choices=CONSENT_CHOICES, required=False)
    consent_un = forms.ChoiceField(label=_("Share with UN bodies"), choices=CONSENT_CHOICES,
                                   required=False)
    consent_publish = forms.ChoiceField(label=_("Publish anonymised"), choices=CONSENT_CHOICES,
                                        required=False)
    consent_name = forms.ChoiceField(label=_("Use the name"), choices=CONSENT_CHOICES,
                                     required=False)
    consent_images = forms.ChoiceField(label=_("Use images"), choices=CONSENT_CHOICES,
                                       required=False)

    risk_level = forms.ChoiceField(label=_("Risk"), choices=[("", "—"), *RiskNote.Level.choices],
                                   required=False)
    risk_note = forms.CharField(label=_("Risk note"), required=False, max_length=5000,
                                widget=forms.Textarea(attrs={"rows": 3}))

    CONSENT_FIELDS = {
        "consent_store": Consent.Purpose.STORE, "consent_prosecutor": Consent.Purpose.PROSECUTOR,
        "consent_un": Consent.Purpose.UN, "consent_publish": Consent.Purpose.PUBLISH,
        "consent_name": Consent.Purpose.NAME, "consent_images": Consent.Purpose.IMAGES,
    }

    def clean_received_on(self) -> dt.date:
        value: dt.date = self.cleaned_data["received_on"]
        if value > today():
            raise forms.ValidationError(_("The date received cannot be in the future."))
        return value

    def clean_birth_year(self) -> int | None:
        value: int | None = self.cleaned_data.get("birth_year")
        if value is not None and value > today().year:
            raise forms.ValidationError(_("The year of birth cannot be in the future."))
        return value

    def clean_incident_date(self) -> FuzzyDate | None:
        value = self.cleaned_data.get("incident_date", "").strip()
        if not value:
            return None
        try:
            return parse_fuzzy_date(value, today())
        except DateFormatError:
            raise forms.ValidationError(
                _("Write the date as 2021, 2021-03, 2021-03-14 or 2021-03-01/2021-03-20; "
                  "it cannot be in the future.")
            ) from None

    def clean_narrative(self) -> str:
        value: str = self.cleaned_data.get("narrative", "")
        if len(value) > settings.KUAGER_MAX_TEXT_CHARS:
            raise forms.ValidationError(
                _("The account is too long (%(count)d characters; the limit is %(limit)d). "
                  "Attach long documents as files."),
                params={"count": len(value), "limit": settings.KUAGER_MAX_TEXT_CHARS},
            )
        return value

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        facility, region, when = data.get("facility"), data.get("region"), data.get("incident_date")
        if facility is not None:
            located = facility.region_on(when.start if when else None)
            if region is None:
                data["region"] = located
            elif located is not None and all(p.region_id != region.pk
                                             for p in facility.periods.all()):
                self.add_error("facility", _("This place of detention is not in that region."))
        when_received = data.get("received_on")
        if when and when_received and when_received < when.start:
            self.add_error("received_on", _("The date received is before the incident."))
        return data

    def to_allegation(self) -> AllegationData:
        d = self.cleaned_data
        return AllegationData(
            victim=VictimData(full_name=d["victim_name"], other_names=d["other_names"],
                              sex=d["sex"], birth_year=d["birth_year"], iin=d["iin"],
                              contacts=d["contacts"]),
            channel=d["channel"], received_on=d["received_on"], priority=d["priority"],
            confidentiality=d["confidentiality"], when=d["incident_date"], region=d["region"],
            facility=d["facility"], place_detail=d["place_detail"],
            location_type=d["location_type"], act_type=d["act_type"],
            methods=list(d["methods"]), purposes=list(d["purposes"]),
            consequences=list(d["consequences"]), perpetrator_type=d["perpetrator_type"],
            narrative=d["narrative"], language=d["language"], source_type=d["source_type"],
            consents={purpose: d[name] == "yes" for name, purpose in self.CONSENT_FIELDS.items()
                      if d.get(name)},
            risk_level=d["risk_level"], risk_note=d["risk_note"],
        )


class SearchForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=200)
    region = forms.ModelChoiceField(label=_("Region"), queryset=Region.objects.all(),
                                    required=False)
    facility = forms.ModelChoiceField(label=_("Place of detention"),
                                      queryset=Facility.objects.all(), required=False)
    method = TermChoice(label=_("Method"), queryset=_terms("methods"), required=False)
    status = forms.ChoiceField(label=_("Status"), choices=[("", "—"), *Case.Status.choices],
                               required=False)
    date_from = forms.DateField(label=_("Incident from"), required=False,
                                widget=forms.DateInput(attrs={"type": "date"}))
    date_to = forms.DateField(label=_("Incident to"), required=False,
                              widget=forms.DateInput(attrs={"type": "date"}))
