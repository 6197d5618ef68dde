"""Mark the reference the rules read as changed whenever a region, a place of detention, a town
or a vocabulary term is saved or deleted, in the same transaction as the change (a change
rolled back takes its mark back with it), and after every migration."""

from __future__ import annotations

import uuid
from typing import Any

from django.db import DEFAULT_DB_ALIAS, connections
from django.db.models import Model
from django.db.models.signals import post_delete, post_migrate, post_save


def _renew(using: str = DEFAULT_DB_ALIAS) -> None:
    from kuager.coding.models import ReferenceStamp

    # (a fresh random token, never a counter: a rolled-back change must not leave a token
    # that a later, different change could take again)
    ReferenceStamp.objects.using(using).update_or_create(
        pk=1, defaults={"token": uuid.uuid4().hex})


def bump(using: str = DEFAULT_DB_ALIAS, **_: Any) -> None:
    _renew(using)


def bump_after_migrate(using: str = DEFAULT_DB_ALIAS, **_: Any) -> None:
    """A data migration writes through historical models, which send no signals: after any
    migration the reference is marked changed."""
    from kuager.coding.models import ReferenceStamp

    if ReferenceStamp._meta.db_table in connections[using].introspection.table_names():
        _renew(using)


def reference_models() -> tuple[type[Model], ...]:
    """The tables the rules' reference (kuager.coding.engine.Reference) is built from.
    (QuerySet.update() and raw SQL send no signals: a change made so is read when the
    process starts again, or after the next migration.)"""
    from kuager.places.models import (
        Facility,
        FacilityRegion,
        Region,
        Settlement,
        SettlementRegion,
    )
    from kuager.vocab.models import Term, Vocabulary

    return (Region, Facility, FacilityRegion, Settlement, SettlementRegion, Vocabulary, Term)


def connect() -> None:
    for model in reference_models():
        post_save.connect(bump, sender=model, dispatch_uid=f"reference-stamp-save-{model}")
        post_delete.connect(bump, sender=model, dispatch_uid=f"reference-stamp-delete-{model}")
    post_migrate.connect(bump_after_migrate, dispatch_uid="reference-stamp-migrate")
