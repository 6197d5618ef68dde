"""The reference the rules read (gazetteer and labels) is kept between letters and loaded again
as soon as it changes: a town added or renamed through Django, rows a bulk load or a data
migration added, a change rolled back."""

from collections.abc import Iterator

import pytest
from django.core.management import call_command
from django.db import transaction

from kuager.coding import engine
from kuager.coding.engine import Reference, propose
from kuager.places.models import Region, Settlement, SettlementRegion

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def forget_the_reference() -> Iterator[None]:
    # (rows bulk-created in a test and rolled back with it, then others with the same keys in
    # the next test, would look unchanged: no signal, the same counts)
    yield
    engine._LOADED = None

LETTER = "Сына избили в полиции в Кызылжаре."


def regions(text: str) -> set[str]:
    return {p.code for p in propose(text).regions}


def add_town(name: str) -> Settlement:
    town = Settlement.objects.create(name_kk=name, name_ru=name, name_en=f"{name} (test)")
    SettlementRegion.objects.create(settlement=town, region=Region.objects.get(code="KZ-39"))
    return town


def test_kept_while_nothing_changes() -> None:
    assert Reference.load() is Reference.load()


def test_a_town_added_renamed_or_deleted_is_read_at_once() -> None:
    assert "KZ-39" not in regions(LETTER)
    town = add_town("Кызылжар")
    assert "KZ-39" in regions(LETTER)
    town.name_ru = town.name_kk = "Акжар"
    town.save()
    assert "KZ-39" not in regions(LETTER)
    assert "KZ-39" in regions("Сына избили в полиции в Акжаре.")
    town.delete()
    assert "KZ-39" not in regions("Сына избили в полиции в Акжаре.")


def test_rows_added_without_signals_are_read() -> None:
    before = Reference.load()
    town = Settlement.objects.bulk_create([Settlement(name_kk="Кызылжар", name_ru="Кызылжар",
                                                      name_en="Kyzylzhar (test)")])[0]
    SettlementRegion.objects.bulk_create([SettlementRegion(
        settlement=town, region=Region.objects.get(code="KZ-39"))])
    assert Reference.load() is not before
    assert "KZ-39" in regions(LETTER)


def test_a_change_rolled_back_is_forgotten() -> None:
    with pytest.raises(RuntimeError), transaction.atomic():
        add_town("Кызылжар")
        assert "KZ-39" in regions(LETTER)
        raise RuntimeError
    assert "KZ-39" not in regions(LETTER)
    # …and a later, different change is not taken for it
    with transaction.atomic():
        add_town("Акжар")
    assert "KZ-39" not in regions(LETTER)
    assert "KZ-39" in regions("Сына избили в полиции в Акжаре.")


def test_a_migration_marks_the_reference_changed() -> None:
    before = Reference.load()
    call_command("migrate", verbosity=0)
    assert Reference.load() is not before
