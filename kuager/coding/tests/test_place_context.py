"""Places named for who someone is or where he passes, not for what was done there: the
monitors' towns, the administering department, a birthplace, a relative's town, a writer's
initial, a home in an answer, a transit, a venue, a workplace; and names a scan or a case
ending hides. Each class is checked with a place where custody happened too."""

import pytest

from kuager.coding.engine import propose

pytestmark = pytest.mark.django_db


def regions(text: str, lang: str | None = None) -> set[str]:
    return {p.code for p in propose(text, None, lang).regions}


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # the commission's members and their towns
    ("Комиссия құрамы: 2 адам (Ж. – Ақтөбе қ.; М. – Атырау қ.)", "kk", {"KZ-15", "KZ-23"}),
    ("Состав комиссии: Р. Н., Д. К. (г. Павлодар)", "ru", {"KZ-55"}),
    ("Members: T. K. (Aktobe), S. B. (Atyrau), a doctor", "en", {"KZ-15", "KZ-23"}),
    # who the note is about
    ("Клиент: Ж., 31 жаста, Атырау қаласынан, құрылыста істеген.", "kk", {"KZ-23"}),
    ("Client: D. R., 45, Kostanay, a driver.", "en", {"KZ-39"}),
])
def test_who_the_monitors_and_the_client_are_is_not_a_place(text: str, lang: str,
                                                           absent: set[str]) -> None:
    assert not regions(text, lang) & absent


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("Клиент: Н., 1992 ж.т., Тараз қаласындағы тергеу изоляторында ұсталуда.", "kk", {"KZ-31"}),
    ("Client's account: police detained him in Aktobe and beat him.", "en", {"KZ-15"}),
    ("Members: monitors who visited the IVS in Atyrau", "en", {"KZ-23"}),
])
def test_a_label_line_that_tells_custody_keeps_its_place(text: str, lang: str,
                                                         present: set[str]) -> None:
    assert present <= regions(text, lang)


def test_the_department_a_facility_answers_to_is_not_where_it_is() -> None:
    text = ("Мекеме: АК-159/7 мекемесі, Қарағанды облысы. Павлодар облысы бойынша ҚАЖД-ға "
            "бағынады.")
    found = regions(text, "kk")
    assert "KZ-35" in found and "KZ-55" not in found
    # …but a place of detention named with its department is coded
    assert "KZ-15" in regions("Ақтөбе облысы бойынша ҚАЖД-ға бағынатын тергеу изоляторында "
                              "ұрып-соқты.", "kk")


@pytest.mark.parametrize("text", [
    "Ол Түркістан облысы Шардара ауданының тумасы, ұрлық үшін сотталған.",
    "Ол Ақтөбеде туған, мектепті сонда бітірген.",
])
def test_a_kazakh_birthplace_named_before_tumasy(text: str) -> None:
    assert not regions(text, "kk") & {"KZ-61", "KZ-15"}


def test_a_birthplace_beside_the_place_he_is_held() -> None:
    text = "Ол Ақтөбе облысының тумасы, қазір Павлодардағы тергеу изоляторында ұрып-соқты."
    found = regions(text, "kk")
    assert "KZ-55" in found and "KZ-15" not in found


@pytest.mark.parametrize("text", [
    "Әкесі Атыраудан әкелген жылы киімді қабылдамады.",
    "Анасы Павлодардан сәлемдеме жіберді.",
    "Атыраудан әкелген сәлемдемені «болмайды» деп қайтарды.",
])
def test_a_relative_who_brings_something_from_her_town(text: str) -> None:
    assert not regions(text, "kk") & {"KZ-23", "KZ-55"}


def test_a_prisoner_brought_from_where_he_was_held_keeps_the_place() -> None:
    assert "KZ-23" in regions("Ұлымды Атыраудан әкелді, онда тергеу изоляторында ұрған.", "kk")


@pytest.mark.parametrize("text", [
    # a scan's Latin i in the ending, children named by the town
    "«Ақтөбедегi балаларыңа сәлем айтамыз» деп қорқытты.",
    "«Павлодардағы балаларыңды іздеп табамыз» дедi.",
])
def test_the_familys_town_named_in_a_threat(text: str) -> None:
    assert not regions(text, "kk") & {"KZ-15", "KZ-55"}


def test_a_place_of_detention_named_with_dagy_is_kept() -> None:
    assert "KZ-15" in regions("Ақтөбедегi тергеу изоляторында ұрып-соқты.", "kk")


@pytest.mark.parametrize("text", [
    "Мен Атыраудан, Ғ. Б. деген әйелмін.",
    "Мен Павлодардан, Ғ. есімді анамын.",
])
def test_a_writers_initial_does_not_hide_from_which_town_she_is(text: str) -> None:
    assert not regions(text, "kk") & {"KZ-23", "KZ-55"}


@pytest.mark.parametrize(("text", "region"), [
    # -а names in oblique cases
    ("Брата держали в ИВС Шардары трое суток.", "KZ-61"),
    ("Его избили в полиции в Шардаре.", "KZ-61"),
    # a scan's и for н
    ("Меня перевели в СИЗО г. Костаиай, там избили.", "KZ-39"),
    ("Меня били в ИВС г. Кеитау.", "KZ-61"),
    ("Его этапировали в СИЗО г. Шемоиаиха.", "KZ-63"),
])
def test_names_hidden_by_a_case_ending_or_a_scan_are_found(text: str, region: str) -> None:
    assert region in regions(text, "ru")


def test_a_home_in_an_oblique_case_is_still_a_home() -> None:
    assert "KZ-61" not in regions("Я живу в Астане, а мама всю жизнь в Шардаре.", "ru")


def test_a_header_whose_custody_words_a_scan_broke_is_anchored() -> None:
    text = ("Уполномоченному по правам человека\nот подследственного К. Н.,\n"
            "с0держусь в С ИЗО г. Павлодар, к|амера 2-11\n\n"
            "Прошу помочь с жалобой. Адвоката я не видел две недели.\n\n"
            "С уважением, К. Н.")
    assert "KZ-55" in regions(text, "ru")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("В.: А вы где сейчас? / О.: Я в Талдыкоргане, учусь там, домой езжу редко.", "ru",
     "KZ-33"),
    ("Я сейчас в Актобе, живу у знакомых.", "ru", "KZ-15"),
    ("Q: And where are you now? A: In Atyrau, I work there at the port.", "en", "KZ-23"),
])
def test_a_home_given_in_the_first_person_after_the_place(text: str, lang: str,
                                                          absent: str) -> None:
    assert absent not in regions(text, lang)


def test_custody_after_the_place_is_not_a_home() -> None:
    assert "KZ-15" in regions("Я в Актобе, в СИЗО, работаю на кухне, там меня избили.", "ru")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    ("We flew out via Aktau in March, the children and I.", "en", "KZ-47"),
    ("Мы уехали из страны через Атырау в феврале.", "ru", "KZ-23"),
])
def test_a_place_passed_through_is_not_where_anything_happened(text: str, lang: str,
                                                               absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("He was transferred via Karaganda, where guards beat him in the transit cell.", "en",
     "KZ-35"),
    ("Его этапировали через Караганду, там держали в СИЗО неделю.", "ru", "KZ-35"),
])
def test_a_transfer_through_a_place_keeps_it(text: str, lang: str, present: str) -> None:
    assert present in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # where a note was made, with the venue after the town
    ("3 June 2024, Aktobe, restaurant on the main square. Recorder off.", "en", "KZ-15"),
    ("12.04.2024, Павлодар, кафе у рынка, около часа.", "ru", "KZ-55"),
    # where someone works, with no person said
    ("In Aktau now for work at the port.", "en", "KZ-47"),
    ("В Атырау по работе с прошлой весны.", "ru", "KZ-23"),
    # a job at a workplace near a town
    ("She was offered a job at a factory near Kostanay, two weeks on and two off.", "en",
     "KZ-39"),
    ("Ему предложили вахту на комбинате под Актобе.", "ru", "KZ-15"),
])
def test_venues_and_workplaces_are_not_places_of_detention(text: str, lang: str,
                                                            absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("In Aktau now for work, he was detained by police on 3 May.", "en", "KZ-47"),
    ("Меня привезли в Актобе, в офис ДКНБ, и там били.", "ru", "KZ-15"),
    ("Guards beat him at the factory of the colony near Kostanay.", "en", "KZ-39"),
])
def test_custody_at_a_venue_or_workplace_keeps_the_place(text: str, lang: str,
                                                         present: str) -> None:
    assert present in regions(text, lang)


# --- letters 303-322 ---


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a rumour set off by commas, or "people … say", "…, they say" before the place
    ("Раньше в Экибастузе, говорят, заключённых ломали через колено.", "ru", "KZ-55"),
    ("People in the queue at the post office say the guards in Taraz are the worst.", "en",
     "KZ-31"),
    ("My nephew waits for his trial, they say the guards in Taraz are cruel.", "en", "KZ-31"),
    # a question, asked or reported
    ("She asked whether prisoners are tortured in the colony in Taraz.", "en", "KZ-31"),
    ("Спрашивала, пытают ли в колонии Экибастуза.", "ru", "KZ-55"),
])
def test_a_place_in_a_rumour_or_a_question_is_not_coded(text: str, lang: str,
                                                        absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("Его избили в ИВС Экибастуза. Говорят, там это обычное дело.", "ru", "KZ-55"),
    ("Его спросили, будет ли он подписывать, а потом избили в ИВС Экибастуза.", "ru", "KZ-55"),
    ("He asked whether he could call a lawyer, and in the Taraz police they beat him.", "en",
     "KZ-31"),
])
def test_custody_told_beside_a_rumour_or_a_question_keeps_the_place(text: str, lang: str,
                                                                    present: str) -> None:
    assert present in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a transfer held out, not made
    ("If he keeps writing they may send him to Arkalyk.", "en", "KZ-39"),
    ("His friend might be sent to Arkalyk after the trial.", "en", "KZ-39"),
    ("«Тағы жазсаң, Қызылордаға айдаймыз» деді.", "kk", "KZ-43"),
    # a place held out in a spoken threat
    ('The officer said: "Take the complaint back, or you will stay in this cell till summer, '
     'and then straight to Arkalyk."', "en", "KZ-39"),
    ("Зам сказал: «Заберёшь жалобу, или до весны тут сгниёшь, а оттуда сразу в Аркалык».",
     "ru", "KZ-39"),
])
def test_a_place_held_out_in_a_threat_or_a_transfer_to_come(text: str, lang: str,
                                                          absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("He was sent to Arkalyk in May and beaten there.", "en", "KZ-39"),
    ('In the Arkalyk colony the officer said: "If you complain, we will beat you."', "en",
     "KZ-39"),
])
def test_a_transfer_made_or_a_threat_made_in_custody_keeps_the_place(text: str, lang: str,
                                                                   present: str) -> None:
    assert present in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a relative's office or market stall, a caller's town
    ("Your sister works at the akimat in Kyzylorda, remember that.", "en", "KZ-43"),
    ("My aunt sells vegetables at the bazaar in Taraz.", "en", "KZ-31"),
    ("Мама торгует на рынке в Таразе.", "ru", "KZ-31"),
    ("A caller from Ekibastuz asked about parcels.", "en", "KZ-55"),
    # the weather at home, a ride, a flight
    ("Here in Kostanay the wind does not stop, and the frost is hard.", "en", "KZ-39"),
    ("We came by the train from Pavlodar, twelve hours.", "en", "KZ-55"),
    ("Я улетел через аэропорт Шымкента в Москву.", "ru", "KZ-79"),
    # a hospital ward the writer lay in
    ("Летом меня положили в неврологию в Костанае.", "ru", "KZ-39"),
])
def test_where_the_family_works_travels_or_is_treated_is_not_coded(text: str, lang: str,
                                                                   absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("He was beaten in the police station next to the market in Taraz.", "en", "KZ-31"),
    ("A caller said her son was beaten in the Ekibastuz police.", "en", "KZ-55"),
    ("Мұнда, Қостанайда, түнде жел соғады, бірақ барак жылы.", "kk", "KZ-39"),
    ("He was taken by the convoy train from Pavlodar, where they beat him in the SIZO.", "en",
     "KZ-55"),
    ("После избиения в ИВС Костаная его положили в хирургию.", "ru", "KZ-39"),
])
def test_custody_beside_a_market_a_caller_the_weather_or_a_ward_keeps_the_place(
        text: str, lang: str, present: str) -> None:
    assert present in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # an e-mail's subject, a summons to come as a witness, a statement demanded
    ("Subject: summons to the police in Kyzylorda\n\nHello, my son got a paper.", "en",
     "KZ-43"),
    ("He got a paper to come to the police in Taraz as a witness on Monday.", "en", "KZ-31"),
    ("They want him to say he stole the car in Taraz.", "en", "KZ-31"),
])
def test_a_summons_or_a_demanded_statement_is_not_where_anything_happened(
        text: str, lang: str, absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("He was summoned as a witness to the police in Taraz, and there they beat him.", "en",
     "KZ-31"),
    ("They want him to say he fell, but he was beaten in the Taraz police.", "en", "KZ-31"),
])
def test_a_summons_that_ended_in_custody_keeps_the_place(text: str, lang: str,
                                                         present: str) -> None:
    assert present in regions(text, lang)


def test_a_lawyers_town_in_brackets_is_not_where_his_client_is_held() -> None:
    text = "Защитник К. Б. (г. Кокшетау)\n3 мая 2024 г., СИЗО г. Костанай, кабинет 2"
    found = regions(text, "ru")
    assert "KZ-39" in found and "KZ-11" not in found


def test_their_camp_told_by_its_quarters_is_not_a_home() -> None:
    assert "KZ-55" in regions("Пишет, у них в Экибастузе в отряде был обыск. Всех выгнали на "
                              "плац.", "ru")
    assert "KZ-55" not in regions("Я сейчас у них в Экибастузе, отдыхаю.", "ru")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # Kazakh says it after the place: tried there, studies there, written to, lives there
    ("Ол Таразда сотталды, үш жыл берді.", "kk", "KZ-31"),
    ("Қызы Павлодарда оқиды.", "kk", "KZ-55"),
    ("Павлодардағы прокуратураға шағым жаздым.", "kk", "KZ-55"),
    ("Өзім Павлодарда тұрам, жол алыс.", "kk", "KZ-55"),
    # a mother named by her town, typed without Kazakh letters
    ("«Павлодардагы анан да білмейді» деді.", "kk", "KZ-55"),
])
def test_kazakh_verbs_after_the_place(text: str, lang: str, absent: str) -> None:
    assert absent not in regions(text, lang)


def test_a_kazakh_complaint_about_the_place_he_is_held_keeps_it() -> None:
    assert "KZ-55" in regions("Павлодардағы тергеу изоляторында ұрды, прокуратураға жаздым.",
                              "kk")


@pytest.mark.parametrize(("text", "lang"), [
    ("In March 2020 police in Taldykorgan detained him. Now they keep him in the SIZO of "
     "Taldykorgan.", "en"),
    ("В марте 2020 года его задержали в Талдыкоргане. Теперь он в СИЗО Талдыкоргана.", "ru"),
])
def test_the_place_he_is_held_now_is_dated_now(text: str, lang: str) -> None:
    # Taldykorgan was in Almaty Region until June 2022, and is the centre of Zhetysu since
    assert {"KZ-19", "KZ-33"} <= regions(text, lang)


def test_a_return_address_is_dated_now_and_when_he_came_here() -> None:
    text = ("They beat me here when I arrived in March 2021.\n\n"
            "My return address is AK-159/25, unit 3.")
    # Zhezkazgan: Karaganda Region then, Ulytau Region now
    assert {"KZ-35", "KZ-62"} <= regions(text, "en")


# --- letters 343-362 ---


def facilities(text: str, lang: str | None = None) -> set[str]:
    return {p.code for p in propose(text, None, lang).facilities}


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # kin a scan garbled ("rn" for m), in-laws and nephews, kin Kazakh names after the place
    ("My rnother in Pavlodar is ill again, her legs hurt.", "en", "KZ-55"),
    ("Ақтөбедегі құдағиымыз ауырып қалды, көңілін сұрап бардым.", "kk", "KZ-15"),
    ("Мен Таразға әпкемнің тойына бардым, үш күн болдым.", "kk", "KZ-31"),
])
def test_kin_told_by_their_town(text: str, lang: str, absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    # the brother as the object, typed with a scan's Latin i: he is the one arrested there
    ("2023 жылы iнiмдi Таразда полиция устап алып, ұрып-соқты.", "kk", "KZ-31"),
    ("Таразда ағам ұсталды, бөлімде ұрды.", "kk", "KZ-31"),
])
def test_kin_held_there_keeps_the_place(text: str, lang: str, present: str) -> None:
    assert present in regions(text, lang)


def test_a_district_named_after_a_region_typed_without_kazakh_letters() -> None:
    text = "Оны Жетiсу аудандык полиция бөлiмiне апарып, ұрып-соқты."
    assert "KZ-33" not in regions(text, "kk")


def test_a_ward_of_compulsory_treatment_holds_people() -> None:
    text = ("Объект: отделение принудительного лечения областного центра психического "
            "здоровья, г. Актобе.\n\nПациента привязали к кровати на сутки.")
    assert "KZ-15" in regions(text, "ru")


@pytest.mark.parametrize(("text", "present", "absent"), [
    # Zhetisu was made from Almaty Region in June 2022: a heading that names it with its town
    # for something done in 2021 is Almaty Region then
    ("1. Жетісу облысы, Текелі қ., полиция бөлімі.\nОны 2021 жылы қазанда ұстап, бөлімде "
     "ұрып-соқты.", "KZ-19", "KZ-33"),
    ("1. Жетісу облысы, Текелі қ., полиция бөлімі.\nОны 2023 жылы қазанда ұстап, бөлімде "
     "ұрып-соқты.", "KZ-33", "KZ-19"),
])
def test_a_new_region_named_with_its_town_is_the_region_at_the_time(
        text: str, present: str, absent: str) -> None:
    found = regions(text, "kk")
    assert present in found and absent not in found


def test_a_place_he_is_held_now_said_without_a_verb_is_dated_now() -> None:
    text = ("Я снова в ИВС в Жезказгане, уже неделю.\n\n"
            "В марте 2021 года меня там же избили в ИВС Жезказгана.")
    # Zhezkazgan: Karaganda Region in 2021, Ulytau Region now
    assert {"KZ-35", "KZ-62"} <= regions(text, "ru")


def test_a_facility_he_was_released_from_is_dated_by_his_account_there() -> None:
    text = ("He was released in April 2024 from AK-159/25. He came there in May 2021, and "
            "in quarantine the guards beat him.")
    assert {"KZ-35", "KZ-62"} <= regions(text, "en")


def test_the_next_place_of_detention_begins_another_account() -> None:
    text = ("1. Colony AK-159/25.\nOn 3 May 2024 the guards beat him in the yard.\n\n"
            "2. Colony UK-161/12.\nIn July 2020 he was beaten there.")
    found = regions(text, "en")
    # the 2020 account is Arkalyk's, not Zhezkazgan's (Karaganda Region then)
    assert "KZ-62" in found and "KZ-35" not in found


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("Он сидит на а-ка сто пятьдесят девять дробь одиннадцать, пишет редко.", "ru",
     "АК-159/11"),
    ('He calls it "LA 155 slash 6", the old number.', "en", "ЛА-155/6"),
    ("Ол о-вэ жүз елу алты бөлшек он жеті мекемесінде отыр.", "kk", "ОВ-156/17"),
])
def test_a_facility_code_said_in_words(text: str, lang: str, code: str) -> None:
    assert code in facilities(text, lang)


def test_numbers_that_name_no_facility_are_not_a_code() -> None:
    assert not facilities("Ответ: сто пятьдесят пять дробь пять, он сказал.", "ru")


@pytest.mark.parametrize(("item", "lang", "absent"), [
    ("2. Taldykorgan, IVS.\nA post in a local group says «a man was beaten in the IVS in "
     "Taldykorgan». Unconfirmed, not recorded.", "en", "KZ-33"),
    ("2. Павлодар облысы, Экибастуз.\nВ чате пишут: «в ИВС Экибастуза избили парня». Слухи, "
     "не проверено.", "ru", "KZ-55"),
])
def test_an_item_marked_as_a_rumour_is_not_coded(item: str, lang: str, absent: str) -> None:
    text = f"Weekly notes\n\n1. Aktobe, SIZO.\nGuards beat him on 2 June.\n\n{item}\n\n3. Other."
    assert absent not in regions(text, lang)


def test_custody_told_in_an_item_that_also_has_a_rumour_keeps_the_place() -> None:
    text = ("Weekly notes\n\n2. Taldykorgan.\nHe was beaten in the IVS in Taldykorgan on 4 "
            "May. There is a rumour that others were too.\n\n3. Other.")
    assert "KZ-33" in regions(text, "en")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a person named by initial and town, or sought in a town
    ("R. in Aktobe asked us to call her back on Monday.", "en", "KZ-15"),
    ("Мне ваш адрес дал С. из Атырау, спасибо ему.", "ru", "KZ-23"),
    ("Is there anyone in Semey or Kurchatov who helps families after prison?", "en", "KZ-10"),
])
def test_a_person_named_with_his_town_is_not_a_place(text: str, lang: str,
                                                     absent: str) -> None:
    assert absent not in regions(text, lang)


def test_a_person_arrested_in_his_town_keeps_it() -> None:
    assert "KZ-31" in regions("Т. из Тараза задержали и избили в полиции.", "ru")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a journey by bus or train, a stop on it
    ("She took the night bus to Kostanay and came back on Sunday.", "en", "KZ-39"),
    ("Шымкенттен пойызбен жүремін, Түркістанда бір түнеймін.", "kk", "KZ-61"),
    # someone comes from a town, a meeting held there
    ("Келесі аптада Семейден бір заңгер келеді.", "kk", "KZ-10"),
    ("Келесі айда Ақтауда семинар бар.", "kk", "KZ-47"),
])
def test_journeys_visitors_and_meetings_are_not_coded(text: str, lang: str,
                                                      absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("He was taken off the bus in Taraz by police and beaten.", "en", "KZ-31"),
    ("The NSC stopped him near the bus station in Kyzylorda and held him two days.", "en",
     "KZ-43"),
])
def test_custody_on_a_journey_keeps_the_place(text: str, lang: str, present: str) -> None:
    assert present in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # a place he is not in, a transfer denied or held out
    ("Сын сейчас в Таразе, не в Шымкенте.", "ru", "KZ-79"),
    ("Арқалықтағы колонияға ешкімді жібермейді, ол жабық.", "kk", "KZ-39"),
    ("В Аркалык его не переведут, адвокат узнавал.", "ru", "KZ-39"),
    ("Если осудят, его увезут в колонию под Костанаем?", "ru", "KZ-39"),
])
def test_a_place_he_is_not_in_or_will_not_be_sent_to(text: str, lang: str,
                                                     absent: str) -> None:
    assert absent not in regions(text, lang)


def test_a_denied_transfer_beside_custody_keeps_the_place() -> None:
    text = "Арқалықтағы колонияда ұлымды ұрды, енді ол жаққа ешкімді жібермейді."
    assert "KZ-39" in regions(text, "kk")


@pytest.mark.parametrize(("text", "lang", "absent"), [
    # where he was held before he was brought, with nothing told of it
    ("He was brought here from the Taraz SIZO in June, with nine others.", "en", "KZ-31"),
    ("Его этапировали сюда из Петропавловска весной.", "ru", "KZ-59"),
])
def test_a_place_he_was_brought_from_is_not_coded(text: str, lang: str, absent: str) -> None:
    assert absent not in regions(text, lang)


@pytest.mark.parametrize(("text", "lang", "present"), [
    ("Пишу из СИЗО Тараза, меня сюда перевели в мае.", "ru", "KZ-31"),
    ("He was transferred from the Taraz SIZO, where the guards beat him.", "en", "KZ-31"),
])
def test_a_place_written_from_or_where_he_was_beaten_is_kept(text: str, lang: str,
                                                             present: str) -> None:
    assert present in regions(text, lang)
