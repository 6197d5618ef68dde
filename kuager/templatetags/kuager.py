"""Small template helpers shared by Kuager's pages."""

from __future__ import annotations

from django import forms, template

register = template.Library()


@register.filter
def pick(form: forms.Form, names: str) -> list[forms.BoundField]:
    """The form's fields named in a space-separated list, in that order."""
    return [form[name] for name in names.split()]
