"""Kazakh methods corrected for rules-22 on the tuning letters, each told here in other words
than the letters': what he was hung by, squats, care and medicine refused, insults, threats
held out against kin or to kill, and the words that only look like threats or rumours."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

SUSPENSION = "031101000000"
SQUATTING = "031105000000"
CARE_DENIED = "031503000000"
MEDICINE_WITHHELD = "031504000000"
VERBAL_ABUSE = "032101000000"
BINDING = "031701000000"
BEATING = "030100000000"
THREAT = "032201000000"
FAMILY_THREAT = "032202000000"
DEATH_THREAT = "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # hung by the wrists from a pipe; a coat on a hanger hangs nobody
    ("Екі сақшы оның білегінен арқанмен құбырға іліп қойды.", {SUSPENSION}, set()),
    ("Әкесі жаңа пальтосын ілгішке іліп қойды.", set(), {SUSPENSION}),
])
def test_hung_is_suspension_only_by_what_held_him(text: str, present: set[str],
                                                    absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize("text", [
    "Бізді түні бойы дәлізде отырғызып-тұрғызып, әбден қалжыратты.",
    "Белсенділер жаңа келгендерді елу рет отырғызып-тұрғызған.",
    # a scan's щ for ш, and «кортық» that ends like "we did"
    "Бізді дәлізде щоқиып отыруға мәжбүрледі.",
    "Жаңа келгендерді аулада кортық отырғызып қойды.",
])
def test_made_to_squat_and_rise_is_squatting(text: str) -> None:
    assert_found(text, "methods", {SQUATTING}, set())


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Ауырып жатқанына үш күн болса да, оған медициналық көмек көрсетпеді.", {CARE_DENIED},
     set()),
    # a report's count of requests about medical help refuses nobody
    ("Есепте медициналық көмекке қатысты өтініштер саны көрсетілген.", set(), {CARE_DENIED}),
    ("Кезекші телефон соқты дейді, бірақ жедел жәрдем келмеді.", {CARE_DENIED}, set()),
    ("Есінен танып қалса да, жедел жәрдем шақырмады.", {CARE_DENIED}, set()),
    # the guard's "you won't die, lie there" is care refused in his own words, not a threat
    ("Басым айналып құлағанымда, бақылаушы «өлмейсің, жата бер» деп кетіп қалды.",
     {CARE_DENIED}, {THREAT}),
])
def test_care_refused_is_read_by_the_refusal(text: str, present: set[str],
                                             absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize("text", [
    "Сәлемдемедегі инсулинді күзетшілер өткізбеді.",
    "Посылкамен жіберген таблеткаларын қабылдамай, қайтарып берді.",
    "Туберкулез дәрісін үзіліспен береді.",
])
def test_medicine_kept_out_of_a_parcel_or_given_by_fits_is_withheld(text: str) -> None:
    assert_found(text, "methods", {MEDICINE_WITHHELD}, set())


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Отряд бастығы «сендер мұнда адам емессіздер» деп айқайлады.", {VERBAL_ABUSE}, {THREAT}),
    ("Мен жаман адам емеспін, тек сүрініп қалдым.", set(), {VERBAL_ABUSE}),
])
def test_you_are_not_human_said_to_him_is_verbal_abuse(text: str, present: set[str],
                                                        absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # «апаң» (your mother, your elder sister) is kin
    ("Тергеуші: «Тағы жазсаң, апаңды да осында әкелеміз» деді.", {FAMILY_THREAT}, {THREAT}),
    # a refusal put to him and "your" kin after it, with or without a verb of saying
    ("Опер: «Айтпасаң, ертең қарындасың оқудан шығып қалады».", {FAMILY_THREAT}, set()),
    ("Тергеуші күнде қайталайтын: «Айтпасаң, әкеңді де куәгер ретінде шақыртамыз, бірнеше "
     "күн ұстаймыз».", {FAMILY_THREAT}, {THREAT}),
    # a complaint put to him as the condition; a letter home is none
    ("Опер: «Омбудсменге хат жазсаң, ағаңның да жұмысы қиындайды».", {FAMILY_THREAT}, set()),
    ("Опер: «Анаңа хат жазсаң, ағаңның да жұмысы табылады».", set(), {FAMILY_THREAT}),
    # the brother is what he must tell, not whom harm is held out against
    ("«Інің қайда екенін айтпасаң, түнде қайта келеміз» деді.", set(), {FAMILY_THREAT}),
    # kin he would not get to see: a threat against him
    ("«Айтпасаң, әйеліңді свиданиеге кіргізбейміз» деді.", set(), {FAMILY_THREAT}),
    ("Бастық: «Тағы шағымдансаң, анаңды үш жыл көрмейсің» деді.", {THREAT}, {FAMILY_THREAT}),
])
def test_a_threat_against_kin_is_read_from_the_kin_held_out(text: str, present: set[str],
                                                            absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize("text", [
    "Кум: «Тағы арыз жазсаң, ертең камерада асылып қалды деп жазамыз» деді.",
    "Біреуі: «Арызыңды қайтарып алмасаң, бір күні сені асылып өлді деп табады» деген.",
])
def test_a_hanging_told_as_suicide_on_a_condition_is_a_death_threat(text: str) -> None:
    assert_found(text, "methods", {DEATH_THREAT}, {THREAT})


@pytest.mark.parametrize(("text", "present", "absent"), [
    # said to them all: "write one more complaint and you will stand outside till dawn"
    ("Кезекші: «Тағы бір арыз жазсаңдар, таңға дейін далада тұрасыңдар» деді.", {THREAT},
     set()),
    # a taunt: "if you are hungry, you will learn order"
    ("Кезекшілер «ашықсаңдар, тәртіп үйренесіңдер» деп күлді.", set(), {THREAT}),
])
def test_a_threat_to_them_all(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "they said the guard threatens them at night"; "what frightens me is another thing"
    ("Жігіттер кезекшінің оларды түнде қорқытатынын айтты.", {THREAT}, set()),
    ("Мені қорқытатыны басқа: хат келмей жатыр.", set(), {THREAT}),
])
def test_threatening_told_as_what_others_said(text: str, present: set[str],
                                              absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a note («ескертпе») about the cuffs threatens nothing
    ("Ескертпе: қолына кісен салынғаны туралы екі куә бар.", {BINDING}, {THREAT}),
    # what someone keeps saying he will do is a plan, not words said to him
    ("Інім келесі жылы оқуға түсеміз деп жүр.", set(), {THREAT, FAMILY_THREAT}),
    # one says they beat people there, another that it is all lies
    ("Көршілер «ол жақта жаңа келгендерді ұрады» дейді, ағам «бәрі өтірік» дейді.", set(),
     {BEATING}),
])
def test_words_that_only_look_like_threats_or_accounts(text: str, present: set[str],
                                                      absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
