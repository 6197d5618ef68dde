"""Regions read by the clause and the question they stand in (rules-24): a capital or a court
in the next clause says nothing of the town; a kinsman's town where he was taken away is
still where it happened; the office a complaint might go to, a colony wished for near a town,
a region's name now beside its old one, custody denied and a call to a father elsewhere name
no place of what was done. Each class is checked with custody told as well."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db


def assert_regions(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)


# --- a word of the next clause is not the place's own ---


@pytest.mark.parametrize(("text", "present"), [
    # the capital, named by its name of the time in brackets
    ("In March 2020 police held my cousin in the capital (then called Nur-Sultan) and beat him "
     "for a night. Later he served his term in Pavlodar.", {"KZ-71"}),
    # held there now, and a court's decision in the next clause
    ("He was beaten in Taraz in May. Today he sits in the SIZO in Kyzylorda, the court kept "
     "him for two more months.", {"KZ-43"}),
    ("Его избили в Таразе в мае. Сейчас он в СИЗО в Кызылорде, суд продлил арест.",
     {"KZ-43"}),
])
def test_a_word_of_the_next_clause_does_not_hide_the_place(text: str,
                                                           present: set[str]) -> None:
    assert_regions(text, present, set())


@pytest.mark.parametrize(("text", "absent"), [
    # a town named for the capital it is, and a court in the town's own clause
    ("He was beaten in the Pavlodar IVS. His sister lives in Kosshy, near the capital.",
     {"KZ-71"}),
    ("Его избили в ИВС Павлодара. Суд в Кызылорде будет в мае.", {"KZ-43"}),
])
def test_the_place_s_own_clause_still_reads_it(text: str, absent: set[str]) -> None:
    assert_regions(text, {"KZ-55"}, absent)


# --- kin ---


@pytest.mark.parametrize(("text", "present"), [
    ("В мае сын поехал к тёте в Аральск, и его там забрали в полицию и избили.", {"KZ-43"}),
    ("My son was staying with his aunt in Aktau, and there the police took him to the "
     "station and beat him.", {"KZ-47"}),
])
def test_a_kinsman_s_town_where_he_was_taken_is_coded(text: str, present: set[str]) -> None:
    assert_regions(text, present, set())


@pytest.mark.parametrize(("text", "absent"), [
    # a call to a father in another town, from the operative's phone
    ("Его избили в ИВС Павлодара. Утром ему дали позвонить отцу в Аркалык с телефона "
     "следователя.", {"KZ-39"}),
    # the aunt's town, and nothing there
    ("Его избили в ИВС Павлодара. Мать сейчас у тёти в Аральске.", {"KZ-43"}),
])
def test_a_kinsman_s_town_with_nothing_done_there_is_not(text: str, absent: set[str]) -> None:
    assert_regions(text, {"KZ-55"}, absent)


# --- where to complain, what to wish for ---


@pytest.mark.parametrize(("text", "absent"), [
    ("He was beaten in the Pavlodar IVS in May.\n\nShould I complain to the prosecutor in "
     "Aktobe or must it be in Pavlodar?", {"KZ-15"}),
    ("В мае его избили в ИВС Павлодара. Куда жаловаться: в Актюбинскую прокуратуру или в "
     "Павлодарскую?", {"KZ-15"}),
    ("В мае его избили в ИВС Павлодара.\n\nМожно ли подать жалобу в Актюбинскую "
     "прокуратуру?", {"KZ-15"}),
])
def test_the_office_asked_about_for_a_complaint_is_not_coded(text: str,
                                                             absent: set[str]) -> None:
    assert_regions(text, {"KZ-55"}, absent)


@pytest.mark.parametrize("text", [
    "Could we ask for a colony close to Aktobe?",
    "My nephew got probation here. If he is sent to a colony, could we ask for one close to "
    "Aktobe?",
])
def test_a_colony_wished_for_close_to_a_town_is_not_coded(text: str) -> None:
    assert_regions(text, set(), {"KZ-15"})


@pytest.mark.parametrize(("text", "present"), [
    # the prosecutor's town, in a question that tells a beating
    ("Should I complain to the prosecutor in Aktobe, where the police beat him?", {"KZ-15"}),
    # a statement, not a question
    ("He was held in the Aktobe IVS. I wrote to the prosecutor in Aktobe.", {"KZ-15"}),
    # held close to a town, told
    ("He is held in a colony close to Aktobe, where guards beat him.", {"KZ-15"}),
])
def test_a_place_of_custody_stays_in_such_sentences(text: str, present: set[str]) -> None:
    assert_regions(text, present, set())


# --- a region's name now ---


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Бывшая Восточно-Казахстанская область, ныне Абай. В 2021 году его избили в ИВС Семея.",
     {"KZ-63"}, {"KZ-10"}),
    ("East Kazakhstan Region, now Abai. In 2021 guards beat him in the Semey IVS.",
     {"KZ-63"}, {"KZ-10"}),
])
def test_a_region_s_name_now_beside_its_old_one_is_not_coded(text: str, present: set[str],
                                                             absent: set[str]) -> None:
    assert_regions(text, present, absent)


def test_a_region_he_is_now_held_in_is_coded() -> None:
    assert_regions("He was beaten in Pavlodar in 2021, and he is now held in Abai Region, in "
                   "a colony.", {"KZ-10"}, set())


# --- custody denied ---


@pytest.mark.parametrize(("text", "absent"), [
    ("1. Pavlodar. Guards beat K. in the IVS on 3 May.\n\n2. Aktobe. A mother asked how "
     "trials go; her son is at home, not detained.", {"KZ-15"}),
    ("1. Павлодар. К. избили в ИВС 3 мая.\n\n2. Актобе. Мать спросила про суд, сын дома, "
     "не задержан.", {"KZ-15"}),
])
def test_a_place_where_custody_is_denied_is_not_coded(text: str, absent: set[str]) -> None:
    assert_regions(text, {"KZ-55"}, absent)


def test_a_place_where_custody_is_told_after_a_denial_is_coded() -> None:
    assert_regions("1. Pavlodar. Guards beat K. in the IVS on 3 May.\n\n2. Aktobe. He was not "
                   "charged, but was detained for a night and beaten.", {"KZ-55", "KZ-15"},
                   set())


# --- a scan's Kazakh month, which dates the town ---


@pytest.mark.parametrize(("text", "present"), [
    ("2022 жылы кыркуйекте оны тергеушi ИВС-те ұрды.", {"2022-09"}),
    ("2023 жылы желтоксанда камерада ұрып-соқты.", {"2023-12"}),
])
def test_a_kazakh_month_without_its_letters_is_read(text: str, present: set[str]) -> None:
    assert_found(text, "dates", present, set())


def test_a_russian_town_like_a_plain_month_is_no_month() -> None:
    assert_found("Его избили в Казани 2021 года.", "dates", set(), {"2021-10"})


def test_a_town_moved_in_2022_is_dated_by_a_scan_s_month() -> None:
    assert_regions("2022 жылы кыркуйекте Талдыкорганда ИВС-те устап, ұрды.", {"KZ-33"},
                   {"KZ-19"})


# --- the ombudsman's town in a letter's head ---


def test_the_ombudsman_s_town_in_the_head_is_not_coded() -> None:
    assert_regions("Астана қ., Адам құқықтары жөніндегі\nуәкілге\nЛА-155/8 мекемесінің "
                   "сотталушысы Б. К.-дан\n\nӨТІНІШ\n\nМені осы мекемеде күзетшілер ұрды.",
                   {"KZ-19"}, {"KZ-71"})


@pytest.mark.parametrize(("text", "present"), [
    # the prosecutor of the region where he is held
    ("Прокурору Павлодарской области\nот осуждённого К., отряд 3\n\nЖАЛОБА\n\nМеня избили "
     "охранники.", {"KZ-55"}),
    # the capital where he is held, in the sender's line
    ("Уполномоченному по правам человека\nот Б. К., СИЗО г. Астаны\n\nЗАЯВЛЕНИЕ\n\nМеня "
     "избили в камере.", {"KZ-71"}),
])
def test_a_place_of_custody_in_the_head_is_coded(text: str, present: set[str]) -> None:
    assert_regions(text, present, set())
