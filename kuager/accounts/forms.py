"""Forms for the second factor and re-authentication."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from kuager.accounts.models import Role


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"), max_length=16, strip=True,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric",
                                      "autofocus": True}),
        help_text=_("The 6-digit code from your authenticator app, or a recovery code."),
    )


class SudoForm(forms.Form):
    password = forms.CharField(label=_("Password"), strip=False,
                               widget=forms.PasswordInput(attrs={"autocomplete":
                                                                 "current-password"}))
    code = forms.CharField(label=_("Code from your authenticator app"), max_length=8,
                           widget=forms.TextInput(attrs={"autocomplete": "one-time-code",
                                                         "inputmode": "numeric"}))


class NewPersonForm(forms.Form):
    username = forms.RegexField(label=_("User name"), max_length=40, regex=r"^[\w.@+-]+$",
                                help_text=_("Letters, digits and . @ + - _ only. Not a real "
                                            "name if the person's safety needs it."))
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)

    def clean_username(self) -> str:
        from django.contrib.auth.models import User

        name: str = self.cleaned_data["username"]
        if User.objects.filter(username__iexact=name).exists():
            raise forms.ValidationError(_("This user name is taken."))
        return name


class RoleForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
