"""rules-27, corrected on letters 483-522 by classes of error, above all English false alarms.
Methods: care refused only when the doctor did not come, examine, allow…, not "I did not tell
the doctor"; a rod pushed "into" him is rape with an object, not a baton blow; a list denied by
"or", "none of them reported…", "no complaints about…", "none alone", "worse than", «лучше
бы»; pills she refused to take; what a friend or a cousin "says there"; trousers to be pulled
down, a black bag to leave in, a pity if drugs were found; a bed let down, a shop's broken
glass, a stay "alone with them", kin he will not see; a toilet cleaned with a toothbrush while
they filmed; "other bad words", "you are an animal"; a finger bent until it cracked "I heard
it"; tape round his arms; «бил ладонью по столу, когда засыпал»; «опустил в ящик», «биться»,
«садился на корточки», «унижение чести» in an expert's report, «с собой не взял», «одиночный
пикет», «грудью на стол», «в санчасть водили». Places: a past stay told as calm or over
while another place stays, "not East Kazakhstan", where prisoners "usually" go, what a guy
says, a move asked for, a court by its kind and number, a SIZO he was brought from."""

import pytest

from kuager.coding.tests.test_engine import assert_found, codes

pytestmark = pytest.mark.django_db

BEATING, BATON, BROKEN = "030100000000", "030102000000", "030300000000"
RAPE, RAPE_OBJECT, SEXUAL_THREAT = "030500000000", "030502000000", "030602000000"
TOUCHING, COLD, ASPHYXIATION = "030604000000", "030700000000", "030900000000"
SQUATTING, BINDING, FOOD = "031105000000", "031701000000", "031501000000"
SLEEP, CARE, MEDICINE = "031502000000", "031503000000", "031504000000"
ISOLATION, VERBAL, DEGRADING = "031800000000", "032101000000", "032103000000"
THREAT, FAMILY, DEATH = "032201000000", "032202000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("He knocked for hours; the guard said the doctor was not for people like him.", {CARE},
     set()),
    ("The doctor did not come until the morning.", {CARE}, set()),
    ("I did not tell the doctor about the bruises, I was ashamed.", set(), {CARE}),
    ("Phone calls are not recommended by the doctor, the ward says.", set(), {CARE}),
    ("She refused to take the tablets the nurse brought.", set(), {MEDICINE}),
    ("They refused to give her the tablets for her heart.", {MEDICINE}, set()),
    ("В медчасть его так и не водили, хотя он просил.", {CARE}, set()),
    ("В санчасть меня водили один раз, дали таблетки.", set(), {CARE}),
    ("Ингалятор он с собой не взял, когда его увезли.", set(), {MEDICINE}),
])
def test_care_and_medicine(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("One of them took a bottle and pushed it into him while the other held his arms.",
     {RAPE_OBJECT}, {BATON}),
    ("The officer took a truncheon and pushed the end of it into his anus.", {RAPE_OBJECT},
     {BATON}),
    ("They hit him with a baton and pushed it into his mouth.", {BATON}, {RAPE_OBJECT}),
    ("He said that if I kept quiet they would pull my trousers down and use the stick.",
     {SEXUAL_THREAT}, set()),
    ("Её положили грудью на стол и держали за руки.", set(), {TOUCHING}),
    ("Вечером у него заболело в груди, отдавало в руку.", set(), {TOUCHING}),
    ("Письмо я опустила в почтовый ящик у ворот.", set(), {RAPE}),
])
def test_sexual_violence(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "absent"), [
    ("I have not been hit or threatened by anyone here.", {THREAT, BEATING}),
    ("None of the women we spoke with reported beatings or insults.", {BEATING, VERBAL}),
    ("No complaints were received about medication or food.", {MEDICINE}),
    ("Nine persons in the punishment block, none alone.", {ISOLATION}),
    ("Nobody touched me. For me this was worse than beating.", {BEATING}),
    ("My father is there alone with them now.", {ISOLATION}),
    ("My friend, who served in Taraz, says there they beat people for nothing.", {BEATING}),
    ("He sleeps in his jacket when the bed is let down at night.", {SLEEP}),
    ("Her husband is worried about being stopped with 'planted' drugs.", {THREAT}),
    ("The boys were by a kiosk where the glass of the door was broken.", {COLD}),
    ("Мама говорит: лучше бы избили, чем такое.", {BEATING}),
    ("Шланг пережимали, пока он не начинал задыхаться и биться.", {BEATING}),
    ("Стоять заставили всю ночь; когда я садился на корточки, поднимали.", {SQUATTING}),
    ("В заключении эксперта — «унижение национальной чести».", {DEGRADING}),
    ("Ему дали 10 суток за одиночный пикет у акимата.", {ISOLATION}),
    ("The operative took a black plastic bag out of the drawer and put it on the desk.",
     {DEATH}),
    ("Twelve men slept on the floor near the toilet because there were no beds.",
     {DEGRADING}),
])
def test_what_did_not_happen(text: str, absent: set[str]) -> None:
    assert not codes(text, "methods") & absent


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("In the cell the window glass was broken and at night it was freezing.", {COLD}, set()),
    ("In the ShIZO the glass was cracked and one piece was missing, a hole like a fist.",
     {COLD}, set()),
    ("Then they watched and filmed it while he cleaned the urinal with his toothbrush.",
     {DEGRADING}, set()),
    ("Заставили зубной щёткой чистить унитаз, а сами смеялись.", {DEGRADING}, set()),
    ("Потом всех заставили ползти на четвереньках до барака.", {DEGRADING}, set()),
    ("They told him he sleeps by the toilet from now on.", {DEGRADING}, set()),
    ("The duty officer said: \"You are an animal.\" And other bad words.", {VERBAL}, set()),
    ("He took my finger and twisted it until it snapped, I heard it.", {BROKEN}, set()),
    ("They strapped his arms to the chair with brown tape.", {BINDING}, set()),
    ("Когда он начинал засыпать, конвоир стучал кулаком по столу.", {SLEEP}, {BEATING}),
])
def test_acts_told_in_other_words(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("He said: \"Sign, or you will leave this building in a black bag.\"", {DEATH}, set()),
    ("He said: \"It would be a pity if the police found something in your car.\"", {THREAT},
     set()),
    ("The inspector told him: if he tells his sister how he was spoken to, he will be sent to "
     "a special school and will not see his sister for years.", {THREAT}, {FAMILY}),
])
def test_threats(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a past stay told as calm, while another place stays
    ("Until March I was in the SIZO in Pavlodar, there it was calm. Now I am in the colony "
     "near Karaganda, where the guards beat me.", {"KZ-35"}, {"KZ-55"}),
    ("Сначала был в СИЗО в Костанае, потом привезли сюда, под Караганду. Здесь нас бьют.",
     {"KZ-35"}, {"KZ-39"}),
    ("Тергеу кезінде Ақтөбедегі тергеу изоляторында отырдым, онда жаман болған жоқ. Қазір "
     "Оралдағы колониядамын, мұнда ұрып-соғады.", {"KZ-27"}, {"KZ-15"}),
    # …but not a stay the next sentences tell of "there"
    ("Сначала сидел в колонии в Туркестанской области. Там осенью был шмон. Всех положили "
     "на пол и били дубинками. Потом перевели в Кызылорду, там всё нормально.",
     {"KZ-61"}, set()),
    # named to be set aside, or as what is usual, or said by a guy, or wished
    ("I am writing from the colony in Semey (Abai region now, not East Kazakhstan). The "
     "guards beat us.", {"KZ-10"}, {"KZ-63"}),
    ("Он говорит, из Павлодара обычно везут в Вишнёвку или в Аркалык.", set(),
     {"KZ-11", "KZ-39"}),
    ("Бір жігіт айтады, Таразадағы колонияда тамақ жақсы дейді.", set(), {"KZ-31"}),
    ("Бір сотталған Ақтөбедегі колонияға ауысуды сұрады.", set(), {"KZ-15"}),
    ("Мен Павлодар қалалық №2 сотының үкімімен сотталдым. Қазір Қарағандыдағы колониядамын, "
     "мұнда ұрады.", {"KZ-35"}, {"KZ-55"}),
    ("Павлодар қаласындағы тергеу изоляторынан этаппен Қарағандыға әкелді. Мұнда ұрды.",
     set(), {"KZ-55"}),
])
def test_places(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)
