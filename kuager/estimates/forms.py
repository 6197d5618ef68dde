"""The estimates page's form: a capture-history table and how to estimate from it."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kuager.estimates.mse import Method

# A capture-history table is a few dozen rows; a megabyte is already far more than any has.
MAX_TABLE_BYTES = 1024 * 1024

METHODS = (
    (Method.STEPWISE.value, _("Stepwise (Bales, Hesketh and Silverman)")),
    (Method.AIC.value, _("Log-linear, best AIC")),
    (Method.BIC.value, _("Log-linear, best BIC")),
    (Method.BMA.value, _("Bayesian model averaging (Madigan and York)")),
)


class EstimateForm(forms.Form):
    table = forms.FileField(
        label=_("Capture-history table (CSV)"), required=False,
        help_text=_("One column per list with 0 or 1, and a 'count' column: how many incidents "
                    "were recorded by exactly that combination of lists. No names."))
    method = forms.ChoiceField(label=_("Method"), choices=METHODS,
                               initial=Method.STEPWISE.value)
    stratum = forms.CharField(
        label=_("Estimate separately by column (optional)"), required=False, max_length=60,
        help_text=_("For example region or year, if the table has such a column."))

    # Set by the linkage page's button: the table comes from the newest linkage instead.
    from_linkage = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def clean_table(self) -> bytes | None:
        upload = self.cleaned_data["table"]
        if upload is None:
            return None
        if upload.size > MAX_TABLE_BYTES:
            raise forms.ValidationError(
                _("The file is larger than a capture-history table can be (1 MB)."))
        data: bytes = upload.read()
        return data

    def clean(self) -> dict[str, object] | None:
        data = super().clean()
        if data is not None and not data.get("from_linkage") and not data.get("table") \
                and "table" not in self.errors:
            self.add_error("table", _("Choose a capture-history table."))
        return data
