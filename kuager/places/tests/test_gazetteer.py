import datetime as dt

import pytest

from kuager.places.gazetteer import Gazetteer
from kuager.places.models import Facility, Region

pytestmark = pytest.mark.django_db


def test_all_twenty_regions_are_seeded_with_three_names() -> None:
    assert Region.objects.count() == 20
    karaganda = Region.objects.get(code="KZ-35")
    assert (karaganda.name_kk, karaganda.name_ru) == ("Қарағанды облысы",
                                                      "Карагандинская область")


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("Karaganda", "KZ-35"), ("Qaraghandy", "KZ-35"), ("Қарағанды облысы", "KZ-35"),
     ("Карагандинская область", "KZ-35"), ("kz-35", "KZ-35"), ("Almaty", "KZ-75"),
     ("Almaty Region", "KZ-19"), ("Алматинская область", "KZ-19"), ("Nur-Sultan", "KZ-71"),
     ("Shymkent", "KZ-79"), ("Abai", "KZ-10"), ("Jetisu", "KZ-33"), ("Ulytau", "KZ-62")],
)
def test_region_found_by_any_known_spelling(spelling: str, code: str) -> None:
    region = Gazetteer.load().region(spelling)
    assert region is not None and region.code == code


@pytest.mark.parametrize(
    ("spelling", "code"),
    [("ЛА-155/8", "ЛА-155/8"), ("Zarechnoye", "ЛА-155/8"), ("Заречное", "ЛА-155/8"),
     ("Dolinka", "АК-159/7"), ("Вишневка", "ЕЦ-166/5"), ("ЛА-155/6", "ЛА-155/6")],
)
def test_facility_found_by_code_or_nickname(spelling: str, code: str) -> None:
    facility = Gazetteer.load().facility(spelling)
    assert facility is not None and facility.legacy_code == code


def test_unknown_places_are_not_guessed() -> None:
    places = Gazetteer.load()
    assert places.region("Atlantis") is None
    assert places.facility("ЛА-155/99") is None


def test_zhezkazgan_colony_moved_region_in_2022() -> None:
    colony = Facility.objects.get(legacy_code="АК-159/25")
    before = colony.region_on(dt.date(2021, 5, 1))
    after = colony.region_on(dt.date(2023, 5, 1))
    assert (before and before.code, after and after.code) == ("KZ-35", "KZ-62")
    latest = colony.region_on(None)
    assert latest is not None and latest.code == "KZ-62"
