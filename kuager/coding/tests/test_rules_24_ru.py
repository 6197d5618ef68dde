"""rules-24, Russian methods: acts told as denied, as idioms or as a posture are not coded; care,
food, sleep and medicine withheld, threats to a relative's job, dogs set on a man, verbal abuse
and a slap on the face beside a clap on the ears, told in everyday words, are."""

import pytest

from kuager.coding.tests.test_engine import assert_found, codes

pytestmark = pytest.mark.django_db

BEATING, SLAPS, EARS, FALANGA, RAPE = ("030100000000", "030101000000", "030103000000",
                                       "030104000000", "030500000000")
ANIMALS, FOOD, SLEEP, CARE, MEDICINE = ("031300000000", "031501000000", "031502000000",
                                        "031503000000", "031504000000")
ISOLATION, NAKED, ABUSE, THREAT, FAMILY = ("031800000000", "032102000000", "032101000000",
                                           "032201000000", "032202000000")


@pytest.mark.parametrize(("text", "absent"), [
    # not alone in the punishment cell
    ("В карцере он содержится не один, там ещё трое.", ISOLATION),
    ("Брата посадили в ШИЗО, сидит там не одна неделя, и не один.", ISOLATION),
    # nobody woke him: no sleep taken
    ("Первую ночь я ворочался, но меня никто не будил.", SLEEP),
    # a deal struck, not a blow
    ("С хозяином квартиры мы ударили по рукам ещё весной.", BEATING),
    # sinking back on his heels while kneeling, sitting down on the floor
    ("Стоял на коленях, а стоило опуститься на пятки, орали.", FALANGA),
    ("Он устал и опустился на пол у двери.", RAPE),
    # bare feet are not a man stripped
    ("Заставили идти по снегу голыми ногами до машины.", NAKED),
    # what he did not tell the doctor
    ("Про синяки я врачу ничего не говорил.", CARE),
])
def test_denied_idiomatic_or_bodily_words_are_not_methods(text: str, absent: str) -> None:
    assert absent not in codes(text, "methods")


@pytest.mark.parametrize(("text", "present"), [
    # still found: alone in the cell, woken at night, beaten on the hands, stripped, heels
    ("В ШИЗО его держали одного, в камере никого.", ISOLATION),
    ("Ночью будили каждый час, стучали в дверь.", SLEEP),
    ("Его били палкой по пяткам.", FALANGA),
    ("Заставили раздеться догола в коридоре.", NAKED),
    ("Врач не пришёл ни разу, хотя я просил.", CARE),
])
def test_the_acts_themselves_are_still_found(text: str, present: str) -> None:
    assert present in codes(text, "methods")


@pytest.mark.parametrize(("text", "present"), [
    # food: not taken to the canteen, not even bread
    ("Нас двое суток в столовую не водили.", FOOD),
    ("Весь день хлеба не дали, только вода.", FOOD),
    # sleep: not let sleep at all; kicked whenever his eyes shut
    ("До утра в кабинете, спать не дали совсем.", SLEEP),
    ("Как только глаза закрываю, пинают по ножке стула.", SLEEP),
    # care: not taken to the medical unit
    ("С высокой температурой лежал, в медчасть не взяли.", CARE),
    # medicine given every other time
    ("Таблетки стали выдавать через раз, то одного препарата нет, то другого.", MEDICINE),
    # a relative's job held over him
    ("Сказали, что его жене на почте работать не дадут.", FAMILY),
    ("А брату, водителю, «в автопарке работать не дадут».", FAMILY),
    # evidence to be found on him
    ("Показали пакетик: «Найдём у тебя в куртке, и поедешь надолго».", THREAT),
    # a dog set on a man
    ("Конвой спустил на него овчарку, она покусала ему руку.", ANIMALS),
    ("Натравили собак на тех, кто отстал.", ANIMALS),
    # verbal abuse in everyday words
    ("Называли меня всякими словами при всех.", ABUSE),
])
def test_methods_told_in_everyday_words_are_found(text: str, present: str) -> None:
    assert present in codes(text, "methods")


def test_a_dog_only_standing_by_is_no_method() -> None:
    assert ANIMALS not in codes("Кинолог с собакой стоял у ворот, собака лаяла.", "methods")


def test_a_slap_on_the_face_beside_a_clap_on_the_ears_is_its_own_blow() -> None:
    assert_found("Сначала бил ладонью по лицу, потом хлопнул ладонями по обоим ушам.",
                 "methods", {SLAPS, EARS}, set())
    # the clap alone is not also a slap
    assert_found("Хлопнул ладонями по обоим ушам, в голове зазвенело.", "methods", {EARS},
                 {SLAPS})


COLD, STANDING, KNEELING = "030700000000", "031103000000", "031105000000"


def test_the_cold_of_the_writers_own_home_is_no_method() -> None:
    assert COLD not in codes("У мамы в квартире всю зиму мороз, батареи ледяные.",
                             "methods")
    # a cold cell is still cold, whatever home is compared with it
    assert COLD in codes("В камере холод, батареи ледяные, не то что дома.", "methods")


def test_so_he_stood_after_kneeling_is_the_kneeling() -> None:
    assert_found("Его поставили на колени у окна. Так он простоял часа три.", "methods",
                 {KNEELING}, {STANDING})
    # standing told with no kneeling before it is forced standing
    assert STANDING in codes("Поставили лицом к стене. Так он простоял до утра.", "methods")
