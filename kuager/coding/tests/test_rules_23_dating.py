"""Towns and places of detention dated across the reform of 8 June 2022 (Abai from East
Kazakhstan, Jetisu from Almaty Region, Ulytau from Karaganda Region), corrected for rules-23:
which date tells when a place was where something happened, the regions named only to say they
were made, a stay that began before the reform and goes on, and the relative dates that date an
account. Each told in other words than the tuning letters'."""

import datetime as dt

import pytest

from kuager.coding.tests.test_engine import codes

pytestmark = pytest.mark.django_db

ABAI, EAST = "KZ-10", "KZ-63"
JETISU, ALMATY_REGION = "KZ-33", "KZ-19"
ULYTAU, KARAGANDA = "KZ-62", "KZ-35"
ASTANA = "KZ-71"


def regions(text: str, written: dt.date | None = None, lang: str | None = None) -> set[str]:
    return codes(text, "regions", letter_date=written, language=lang)


def dates(text: str, written: dt.date | None = None) -> set[str]:
    return codes(text, "dates", letter_date=written)


def test_a_facility_named_inside_a_dated_account_takes_its_dates() -> None:
    text = ("Police detained him on 03.04.2021 in Satpayev and beat him in the station. "
            "On 05.04 they drove him to AK-159/25 for the night.\n\n"
            "Ultrasound of the kidneys on 14.09.2023: no findings.")
    found = regions(text, dt.date(2023, 9, 20))
    assert KARAGANDA in found and ULYTAU not in found


def test_a_facility_named_before_its_undated_account_spans_it() -> None:
    # (what must still be found: held there through both dates told after it)
    text = ("Мен АК-159/25 мекемесінде жазамды өтеп жүрмін.\n\n"
            "2021 жылы күзетшілер мені дубинкамен ұрды.\n\n"
            "2023 жылы тағы ұрды.")
    assert {KARAGANDA, ULYTAU} <= regions(text, dt.date(2024, 2, 1), "kk")


def test_a_release_to_come_does_not_date_where_he_was_before() -> None:
    text = ("Before Kostanay my son was in AK-159/25. In March 2021 the guards there beat him "
            "with batons.\n\nHe will be released in 2026.")
    found = regions(text, dt.date(2024, 1, 10))
    assert KARAGANDA in found and ULYTAU not in found


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Released in 2023, he told us that in March 2021, in the Taldykorgan SIZO, the guards "
     "beat him.", ALMATY_REGION, JETISU),
    # (a release is no date of the place only when the sentence dates the place otherwise)
    ("In March 2023 the guards beat him in the Taldykorgan SIZO.", JETISU, ALMATY_REGION),
    ("Освободился в 2023 году, а в феврале 2021 года в СИЗО Семея меня избили.", EAST, ABAI),
])
def test_the_day_of_a_release_does_not_date_a_town(text: str, present: str,
                                                   absent: str) -> None:
    found = regions(text, dt.date(2024, 5, 1))
    assert present in found and absent not in found


@pytest.mark.parametrize(("day", "present", "absent"), [
    ("2 March 2022", ALMATY_REGION, JETISU),
    ("2 October 2022", JETISU, ALMATY_REGION),
])
def test_a_bare_2022_yields_to_the_day_after_it(day: str, present: str, absent: str) -> None:
    text = (f"Episode 2 - Zharkent, town police IVS, 2022\nR. S. says that on {day}, while "
            "held in the Zharkent IVS, officers beat him.")
    found = regions(text, dt.date(2024, 5, 1))
    assert present in found and absent not in found


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("2021 жылы Сәтбаевтағы полиция бөлімінде ұрды (ол кезде Сәтбаев Қарағанды облысында "
     "еді, Ұлытау облысы кейін құрылды).", "kk", ULYTAU),
    ("В 2021 году меня избили в ИВС Текели (область Жетісу тогда ещё не была создана).", "ru",
     JETISU),
    ("He was beaten in the Ayagoz police station in 2020. To check: what the station in "
     "Ayagoz is called now that the town is in Abai Region.", "en", ABAI),
])
def test_a_region_named_only_to_say_it_was_made_is_not_coded(text: str, lang: str,
                                                              absent: str) -> None:
    assert absent not in regions(text, dt.date(2024, 3, 1), lang)


def test_a_region_made_in_2022_where_things_happened_is_coded() -> None:
    text = "2023 жылы Ұлытау облысындағы колонияда мені ұрды."
    assert ULYTAU in regions(text, dt.date(2024, 3, 1), "kk")


def test_a_town_named_with_the_region_it_was_in_then() -> None:
    text = ("In 2021 police officers beat him in Ayagoz. When this happened Ayagoz was in "
            "East Kazakhstan Region; on 8 June 2022 the town passed to the newly created Abai "
            "Region.")
    found = regions(text, dt.date(2024, 3, 1))
    assert EAST in found and ABAI not in found


def test_a_place_named_again_far_from_any_date_is_the_one_told_of() -> None:
    text = ("2020 жылы Семейдегі тергеу изоляторында мені ұрды.\n\n"
            "2023 жылы Өскемендегі колонияға ауыстырды, қазір сондамын.\n\n"
            "Семейдегі сол тергеушілердің мені ұрғанын әлі ұмыта алмаймын.")
    found = regions(text, dt.date(2024, 3, 1), "kk")
    assert EAST in found and ABAI not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("My husband is in the colony in Zhezkazgan since 2019, and is still there.", "en"),
    ("Інім 2019 жылдан бері Жезқазғандағы колонияда отыр.", "kk"),
    ("Он находится в колонии в Жезказгане с осени 2019 года.", "ru"),
])
def test_a_stay_begun_before_the_reform_that_goes_on_spans_it(text: str, lang: str) -> None:
    assert {KARAGANDA, ULYTAU} <= regions(text, dt.date(2024, 3, 1), lang)


def test_a_stay_that_ended_before_the_reform_does_not_reach_now() -> None:
    text = "Сидел в колонии в Жезказгане с 2016 по 2019 год, там меня избивали."
    found = regions(text, dt.date(2024, 3, 1), "ru")
    assert KARAGANDA in found and ULYTAU not in found


def test_a_call_from_the_facility_is_made_from_where_he_is_now() -> None:
    text = ("Қоңырау: АК-159/25 мекемесінің таксофонынан.\n"
            "Д.: 2021 жылы осында алғаш келгенде бізді дубинкамен ұрды.")
    assert {KARAGANDA, ULYTAU} <= regions(text, dt.date(2024, 11, 8), "kk")


def test_a_special_reception_centre_is_a_place_of_detention() -> None:
    text = ("Case 1 - Astana, special reception centre for administrative detainees\n"
            "He was made to squat for an hour by the officers on duty.")
    assert ASTANA in regions(text, dt.date(2025, 3, 31))
    # …and a public reception office is still not one
    assert ASTANA not in regions("Astana, reception of the akimat, open on Mondays.")


@pytest.mark.parametrize(("text", "written", "found"), [
    ("Былтыр қарашада полиция ұстады.", dt.date(2024, 3, 1), "2023-11"),
    ("Меня задержали 12 октября прошлого года.", dt.date(2024, 3, 1), "2023-10-12"),
    ("They beat him in June last year.", dt.date(2024, 3, 1), "2023-06"),
    ("2021 жылы ұстады. Сол жылдың қыркүйегінде карцерге жапты.", None, "2021-09"),
    ("Его взяли в 2020 году, а в мае того же года избили.", None, "2020-05"),
])
def test_a_month_told_relative_to_a_year_is_dated(text: str, written: dt.date | None,
                                                  found: str) -> None:
    assert found in dates(text, written)


def test_a_last_years_month_needs_the_letters_date() -> None:
    assert not dates("Былтыр қарашада полиция ұстады.")


def test_the_letters_own_date_in_kazakh_order_is_not_an_incident() -> None:
    text = "2022 жылы қыркүйекте мені ұрды.\n\nСәлеммен, Ж.\n2024 жылғы 28 қазан"
    assert dates(text, dt.date(2024, 10, 28)) == {"2022-09"}


@pytest.mark.parametrize(("text", "lang"), [
    ("Когда меня в 2020 году привезли сюда, в АК-159/25, охрана била нас дубинками.", "ru"),
    ("When they brought me here to AK-159/25 in 2020, the guards beat us.", "en"),
])
def test_a_facility_called_here_is_also_where_he_is_now(text: str, lang: str) -> None:
    assert {KARAGANDA, ULYTAU} <= regions(text, dt.date(2024, 3, 1), lang)


def test_a_facility_he_was_brought_here_from_is_not_where_he_is_now() -> None:
    text = "В 2020 году меня привезли сюда из АК-159/25, там охрана била нас дубинками."
    found = regions(text, dt.date(2024, 3, 1), "ru")
    assert KARAGANDA in found and ULYTAU not in found


@pytest.mark.parametrize(("text", "lang"), [
    ("B. is serving his term in AK-159/25 in Zhezkazgan, Ulytau Region. In October 2020, in "
     "the same colony, guards beat him with batons.", "en"),
    ("Сейчас он отбывает срок в АК-159/25. В октябре 2020 года в той же колонии его избили "
     "дубинками.", "ru"),
])
def test_the_same_colony_named_again_is_dated_by_its_own_sentence(text: str,
                                                                  lang: str) -> None:
    assert {KARAGANDA, ULYTAU} <= regions(text, dt.date(2024, 3, 1), lang)


def test_the_same_colony_after_another_place_is_not_the_first_one() -> None:
    text = ("Сейчас он отбывает срок в АК-159/25. В 2020 году его держали в СИЗО Павлодара, "
            "в той же колонии… нет, в том же СИЗО его избили.")
    assert KARAGANDA not in regions(text, dt.date(2024, 3, 1), "ru")


@pytest.mark.parametrize(("text", "lang"), [
    ("Пишет осуждённый, он содержится в учреждении г. Семей.\n\nСообщаю, что в марте "
     "2021 г. в этом же учреждении меня избили сотрудники.", "ru"),
    ("Сейчас сын лечится в психиатрической больнице в Семее.\n\nВесной 2020 года он уже "
     "лежал в этой же больнице, и его там привязывали ремнями.", "ru"),
])
def test_the_same_institution_in_a_town_is_dated_by_its_own_sentence(text: str,
                                                                      lang: str) -> None:
    assert {EAST, ABAI} <= regions(text, dt.date(2024, 3, 1), lang)
