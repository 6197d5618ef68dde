"""rules-24, Kazakh methods: standing, lying face down and heat told without the textbook word,
threats with no threat word (a scan's, a quote in mixed Kazakh and Russian, one to whoever
talks, an instrument shown over words said), food, sleep and care withheld in everyday words,
a crawl and a bark on command, and beatings the letter does not tell: a phone call, a head
struck in a fit, a neighbour's talk, a prisoner's fear told to his mother."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

BEATING, KICKING, BATONS, FALANGA = "030100000000", "030101000000", "030102000000", "030104000000"
SEXUAL_THREAT, HEAT, SHOCK = "030602000000", "030700000000", "030800000000"
POSTURE, STANDING = "031100000000", "031103000000"
FOOD, SLEEP, CARE = "031501000000", "031502000000", "031503000000"
VERBAL, DEGRADING, THREAT, DEATH = "032101000000", "032103000000", "032201000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # legs spread wide at the wall (the растяжка), a parade ground kept for hours, an
    # editor's «[?]» inside the sentence
    ("Бізді дәлізге шығарып, аяқты кең ашқызып, қолды желкеге қойғызды.", {STANDING}, set()),
    ("Есікті кең ашып, бөлмеге кіріп кетті.", set(), {STANDING}),
    ("Бүкіл отрядты плацқа шығарып, аязда төрт сағаттай ұстады.", {STANDING}, set()),
    ("Плацқа шығарып, аязда, минус жиырма [?], екі сағат ұстады.", {STANDING}, set()),
    ("Плацқа шығарып, бізді екі сағат жүгіртті.", set(), {STANDING}),
    # lying face down until morning is a posture; face down for blows on the soles is not
    ("Түні бойы бетон еденге етпетінен жатқызып қойды, таң атқанша тұрғызбады.", {POSTURE},
     set()),
    ("Еденге етпетінен жатқызып, табанынан құбырмен ұрды.", {FALANGA}, {POSTURE}),
    # heat with no air: windows that do not open, no fan; not at home
    ("Жазда камерада аптап ыстық, терезесі ашылмайды, желдеткіш жоқ.", {HEAT}, set()),
    ("Аптап ыстықта үйде желдеткіштің алдында отырдым.", set(), {HEAT}),
])
def test_postures_and_heat_told_plainly(text: str, present: set[str],
                                        absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a scan that lost ң and read О as 0
    ("Бастык: «Арызынды кайтарып ал, алмасан тагы ШИЗ0-га тусесiн» дедi.", {THREAT}, set()),
    # Russian «иначе» in a Kazakh quote
    ("Опер: «Признайся, иначе ещё статью добавим, бес жыл отырасың» деді.", {THREAT}, set()),
    # whoever talks, told to them all; not a past event told in a quote
    ("Кум бәрін жинап: «Прокурорға арыз жазған адам карцерден шықпайды» деді.", {THREAT},
     set()),
    ("Көршім: «Арыз жазған адам кеше ШИЗО-ға түсті» деді.", set(), {THREAT}),
    # an instrument shown over words said, and one not put to his body, are not the act
    ("Тергеуші шокерді үстелге қойып, шытырлатып көрсетіп: «Ну что, поговорим?» деді.",
     {THREAT}, {SHOCK}),
    ("Шокерді денесіне тигізген жоқ, тек айқайлады.", set(), {SHOCK}),
    ("Шокерді мойнына тигізді, ол құлап қалды.", {SHOCK}, set()),
    ("Шокердің ізін дәрігерге көрсетіп, «мұны кім істеді» деді.", {SHOCK}, {THREAT}),
    # a rooster made of him, held out with a price
    ("«Ертеңге дейін ақша әкелмесең, сені петух қыламыз» деді.", {SEXUAL_THREAT}, set()),
])
def test_threats_without_a_threat_word(text: str, present: set[str],
                                       absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # food and water "not given" in the passive
    ("Екі күн бойы оған тамақ берілмеген.", {FOOD}, set()),
    ("Таңнан кешке дейін су да берілмеген.", {FOOD}, set()),
    ("Тамақ уақытында берілді, су да болды.", set(), {FOOD}),
    # eyes not let close, the door banged every hour; cold alone keeps no one awake on purpose
    ("Тергеушілер түні бойы оның көзін жұмғызбады.", {SLEEP}, set()),
    ("Кезекші әр сағат сайын есікті тарсылдатып тұрды.", {SLEEP}, set()),
    ("Суықтан түні бойы ұйықтай алмадым.", set(), {SLEEP}),
    # the nurse who did not look, the medic's «өлмейсің»; a nurse who did look
    ("Медбике оның жарасына қарамады, қайтарып жіберді.", {CARE}, set()),
    ("Фельдшер есіктен қарап, «өлмейсің, шыда» деді де кетті.", {CARE}, set()),
    ("Медбике жарасын қарап, дәрі берді.", set(), {CARE}),
    # made to crawl and bark; a dog barking is a dog
    ("Белсенділер оны еденде еңбектетіп, күліп тұрды.", {DEGRADING}, set()),
    ("Бәрімізді иттей үргізіп, видеоға түсірді.", {DEGRADING}, set()),
    ("Ауылда иттер түні бойы үрді.", set(), {DEGRADING}),
])
def test_what_was_withheld_or_done_in_everyday_words(text: str, present: set[str],
                                                     absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a phone call; a blow told beside a phone taken
    ("Кеше інім көршісінің телефонынан бір минутқа ғана соқты.", set(), {BEATING}),
    ("Опер оны соқты, сосын телефонымды алып қойды.", {BEATING}, set()),
    # a head struck in a fall; one struck against the door by a guard
    ("Құлап, маңдайын есікке ұрып алды.", set(), {BEATING}),
    ("Кезекші оның басын есікке ұрды.", {BEATING}, set()),
    # one of the neighbours, told after them; one of the guards
    ("Көршілер көп нәрсе айтады. Біреуі «түрмеде бәрін ұрады» дейді.", set(), {BEATING}),
    ("Камерада біреуі мені ұрды, ол «үндеме» дейді.", {BEATING}, set()),
    # the prisoner's fear told to his mother; the guard's threat to him
    ("Ол маған: «Мама, мені олар осы колониядан ешқашан тірі шығармайды» деді.", set(),
     {DEATH}),
    ("Опер: «Сені бұл жерден тірі шығармаймыз» деді.", {DEATH}, set()),
])
def test_beatings_and_deaths_the_letter_does_not_tell(text: str, present: set[str],
                                                      absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a baton on the back as well as the soles; on the soles alone
    ("Екі күзетші резеңке таяқпен иығынан, арқасынан ұрып, кейін табанынан ұрды.",
     {BATONS, FALANGA}, set()),
    ("Табанынан резеңке таяқпен ұрып, кейін жұдырықпен ішінен соқты.", {FALANGA, KICKING},
     {BATONS}),
    ("Аяқ киімін шешкізіп, таяқпен табанынан ұрды, сосын кеудесінен тепті.",
     {FALANGA, KICKING}, {BATONS}),
])
def test_a_baton_on_the_soles_and_elsewhere(text: str, present: set[str],
                                            absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
