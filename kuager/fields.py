"""Model fields whose values are stored encrypted under the installation's master key."""

from __future__ import annotations

from typing import Any

from django.db import models
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.models.expressions import Expression

from kuager.keyring import keyring


class EncryptedTextField(models.BinaryField):  # type: ignore[type-arg]
    """Text kept as AES-256-GCM ciphertext, bound to its table and column.

    The value cannot be filtered or ordered in SQL; search goes through the blind index.
    Moving a ciphertext to another column or table makes it fail authentication.
    """

    description = "Encrypted text"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", "")
        kwargs["editable"] = True
        super().__init__(*args, **kwargs)

    def _check_str_default_value(self) -> list[Any]:
        return []  # the default is text, encrypted on save like any other value

    def deconstruct(self) -> Any:
        name, path, args, kwargs = super().deconstruct()
        kwargs.pop("editable", None)
        return name, path, args, kwargs

    def _context(self) -> bytes:
        return f"{self.model._meta.db_table}.{self.column}".encode()

    def get_prep_value(self, value: Any) -> Any:
        if value is None:
            return None
        if isinstance(value, bytes | memoryview):
            return bytes(value)
        return keyring().encrypt(str(value).encode("utf-8"), self._context())

    def get_db_prep_value(
        self, value: Any, connection: BaseDatabaseWrapper, prepared: bool = False
    ) -> Any:
        if not prepared:
            value = self.get_prep_value(value)
        return connection.Database.Binary(value) if value is not None else None  # type: ignore[attr-defined]

    def from_db_value(
        self, value: Any, expression: Expression, connection: BaseDatabaseWrapper
    ) -> str | None:
        if value is None:
            return None
        return keyring().decrypt(bytes(value), self._context()).decode("utf-8")

    def to_python(self, value: Any) -> Any:
        return value

    def value_to_string(self, obj: models.Model) -> str:
        return str(self.value_from_object(obj) or "")

    def formfield(self, **kwargs: Any) -> Any:  # type: ignore[override]
        from django import forms

        return super(models.BinaryField, self).formfield(
            **{"form_class": forms.CharField, "widget": forms.Textarea, **kwargs}
        )
