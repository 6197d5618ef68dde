"""rules-23: in a letter that names several regions, a region is kept where its sentence tells
of custody or of something done, or holds a facility or an act; a place named beside the
account for any other reason is dropped, whatever the reason, listed or not."""

import pytest

from kuager.coding.engine import propose

pytestmark = pytest.mark.django_db


def regions(text: str, lang: str | None = None) -> set[str]:
    return {p.code for p in propose(text, None, lang).regions}


@pytest.mark.parametrize(("text", "lang", "present", "absent"), [
    # reasons no list of contexts names: the price of bread, the weather
    ("In the Aktobe IVS they beat me with a baton. Bread in Atyrau costs less this year.",
     "en", "KZ-15", "KZ-23"),
    ("В ИВС Кызылорды меня били дубинкой. Хлеб в Павлодаре в этом году дешевле.",
     "ru", "KZ-43", "KZ-55"),
    ("Ақтөбедегі ИВС-та мені таяқпен ұрды. Атырауда күн жылы болды.", "kk", "KZ-15",
     "KZ-23"),
])
def test_a_place_named_in_a_sentence_that_tells_nothing_is_dropped(
        text: str, lang: str, present: str, absent: str) -> None:
    found = regions(text, lang)
    assert present in found and absent not in found


@pytest.mark.parametrize(("text", "lang", "codes"), [
    # numbered items headed by a town: the item goes on to tell
    ("Hotline digest for May.\nPrepared by the desk.\n\n1. Almaty city.\nOn 3 May a patrol "
     "took T. to the police station and beat him.\n\n2. Aktobe.\nR. was held in the IVS for "
     "two days and kicked.\n\nThe next digest comes in June.\nThe desk", "en",
     {"KZ-75", "KZ-15"}),
    ("Обзор звонков за май.\nПодготовил дежурный.\n\n1. Тараз.\nСына задержали 3 мая и били "
     "в отделе полиции.\n\n2. Актобе.\nВ ИВС его держали двое суток, пинали.\n\nСледующий "
     "обзор в июне.\nДежурный", "ru", {"KZ-31", "KZ-15"}),
    # a colony named by its code is kept wherever it is named; «забрали» tells a detention
    ("Сына забрали 3 декабря в Текели, прямо с работы. Сейчас он в ЛА-155/8.", "ru",
     {"KZ-33", "KZ-19"}),
])
def test_headings_facilities_and_detentions_keep_their_regions(
        text: str, lang: str, codes: set[str]) -> None:
    assert regions(text, lang) == codes
