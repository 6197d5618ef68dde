"""The form that brings a partner's list into linkage."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

# 100,000 rows of a partner's list are about 10 MB as CSV; twice that leaves room.
MAX_LIST_BYTES = 20 * 1024 * 1024


class PartnerListForm(forms.Form):
    label = forms.CharField(label=_("Name of the list"), max_length=120,
                            help_text=_("For example the partner's name and the year."))
    file = forms.FileField(
        label=_("The list (CSV or XLSX)"),
        help_text=_("Columns record_id and source, and any of name, birth_year, facility, "
                    "region, incident_date. Names in any script; dates as YYYY, YYYY-MM or "
                    "YYYY-MM-DD."))

    def clean_file(self) -> bytes:
        # The size limit is enforced while the upload arrives (views.InMemoryUpload).
        data: bytes = self.cleaned_data["file"].read()
        return data
