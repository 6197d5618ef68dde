"""Places named for why someone mentions them, not for what was done there (rules-23): a
digest's item that only retells the media, a story or a question; counsel, their bar, their
NGO and the court a copy goes to; where the writer or his kin are, how far a colony is from a
town, a stop on the way, a transfer feared or held out; a Russian verb that reads as Орал; and
the places a scan or a kinsman's words hid. Each class is checked with custody told as well."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db


def assert_regions(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)


# --- a numbered item that only retells ---


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the media, kept for information
    ("1. Kostanay IVS. Guards beat K. on 3 May.\n\n2. PAVLODAR - press, for information only. "
     "A newspaper wrote about beatings in the Pavlodar SIZO. Not our case.",
     {"KZ-39"}, {"KZ-55"}),
    ("1. Костанай, ИВС. К. избили 3 мая.\n\n2. Семей. Женщина рассказала, что смотрела по "
     "телевизору передачу о пытках в колонии Семея. Сама ничего не видела.",
     {"KZ-39"}, {"KZ-10", "KZ-63"}),
    # a question, asked by a caller
    ("1. Костанай, ИВС. К. избили 3 мая.\n\n2. Атырау. Отец заключённого (колония в "
     "Мангистауской области) спрашивал, правда ли, что «там всех ломают».",
     {"KZ-39"}, {"KZ-23", "KZ-47"}),
    # a story retold, which nobody could check
    ("1. Kostanay IVS. Guards beat K. on 3 May.\n\n2. Other. Two men told of a prisoner who "
     "\"died in the Atyrau SIZO in the spring\". Not verified.", {"KZ-39"}, {"KZ-23"}),
    # a report about abuse there, told as what it is about
    ("1. Taraz IVS. Guards beat K. on 3 May.\n\n2. Media. A Channel 31 report about alleged "
     "torture in the Arkalyk colony. Not our case; kept for monitoring only.", {"KZ-31"},
     {"KZ-39"}),
])
def test_an_item_that_only_retells_names_no_place(text: str, present: set[str],
                                                  absent: set[str]) -> None:
    assert_regions(text, present, absent)


@pytest.mark.parametrize(("text", "present"), [
    # a case told first-hand beside the television
    ("1. Семей. Мать звонила: сына избили в ИВС Семея 4 июня. Она видела и сюжет по "
     "телевизору о том же ИВС.", {"KZ-10"}),
    # held there, in an item that also asks something
    ("2. Atyrau. T. is held in the Atyrau SIZO since May. His wife asked whether she may send "
     "a parcel.", {"KZ-23"}),
    # no numbered item: a letter's own paragraph
    ("Мой сын сидит в колонии в Таразе. По телевизору говорят, что пыток нет.", {"KZ-31"}),
])
def test_an_item_that_tells_custody_keeps_its_place(text: str, present: set[str]) -> None:
    assert_regions(text, present, set())


# --- counsel, their organisations, courts ---


@pytest.mark.parametrize(("text", "absent"), [
    ("Our attorney in Kokshetau is drafting the appeal.", "KZ-11"),
    ("Her advocate, based in Kostanay, has sent a request to the prosecutor.", "KZ-39"),
    ("Attorney: B. K., Aktobe Regional Bar Association", "KZ-15"),
    ("Адвокат: Н. Р., Коллегия адвокатов г. Павлодара", "KZ-55"),
    ("Мы наняли своего, из Костаная, он толковый.", "KZ-39"),
    ("Жалоба направлена в Верховный суд РК (г. Астана) и в прокуратуру.", "KZ-71"),
    ("Place of examination: office of the NGO, Kokshetau.", "KZ-11"),
    ("He travelled to Aktobe for the examination by an independent doctor.", "KZ-15"),
    # whom papers go to
    ("She begged that no complaint be sent to the Kostanay police yet.", "KZ-39"),
    ("Жалобу отправили в Павлодарскую прокуратуру, ответа нет.", "KZ-55"),
])
def test_counsel_and_where_papers_go_are_not_places(text: str, absent: str) -> None:
    assert_regions(text, set(), {absent})


@pytest.mark.parametrize(("text", "present"), [
    ("The lawyer was not let into the SIZO in Kokshetau, where he is held.", "KZ-11"),
    ("He asked for an attorney, and in the Aktobe police they kicked him.", "KZ-15"),
    ("Адвоката не пустили в ИВС Павлодара, а ночью его избили.", "KZ-55"),
    ("He was sent to the Kostanay police, where they beat him.", "KZ-39"),
])
def test_custody_beside_counsel_or_a_sending_keeps_the_place(text: str, present: str) -> None:
    assert_regions(text, {present}, set())


# --- where the writer or kin are, distances, the way, transfers to come ---


@pytest.mark.parametrize(("text", "absent"), [
    ("We are in Kostanay now, the children and I.", "KZ-39"),
    ("Я пока в Павлодаре, приеду к нему в пятницу.", "KZ-55"),
    ("Мы сейчас в Павлодаре, ждём свидания.", "KZ-55"),
    ("Мен Қостанайдамын, ертең ұлыма барамын.", "KZ-39"),
    ("Немерелер Атырауда, менің анамда.", "KZ-23"),
    ("mama is in Taraz, she cannot come", "KZ-31"),
    ("Колония Павлодардан көлікпен үш сағаттай жерде.", "KZ-55"),
    ("Жолда Павлодарда үш күн транзитте болыпты, сосын мұнда әкелген.", "KZ-55"),
    ("Этапом через Кокшетау и Петропавловск его довезли сюда.", "KZ-11"),
    ("Боится, что этап в Павлодарскую область будет на днях.", "KZ-55"),
    ("Сказал, что если не заберёт жалобу, то поедет в Аркалык.", "KZ-39"),
    ("Can they transfer him to Kostanay? It is closer for us.", "KZ-39"),
])
def test_where_someone_is_or_may_be_sent_is_not_coded(text: str, absent: str) -> None:
    assert_regions(text, set(), {absent})


@pytest.mark.parametrize(("text", "present"), [
    ("I am in Kostanay, in the SIZO, and they beat me yesterday.", "KZ-39"),
    ("Мен қазір Қостанайдамын, колонияда, мұнда ұрады.", "KZ-39"),
    ("Он был переведён через Павлодар, где его избили в СИЗО.", "KZ-55"),
    ("Боюсь, что его уже перевели в Павлодар.", "KZ-55"),
    ("Мені Павлодардан екі сағат бойы ұрып әкелді.", "KZ-55"),
])
def test_custody_or_a_transfer_made_keeps_the_place(text: str, present: str) -> None:
    assert_regions(text, {present}, set())


# --- a verb that reads as a town; a place set apart ---


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Орали на нас всю ночь, потом избили в ИВС Костаная.", {"KZ-39"}, {"KZ-27"}),
    ("Дежурный сказал, чтобы я не орал, и ударил в ИВС Костаная.", {"KZ-39"}, {"KZ-27"}),
    ("Ол үйге оралды, бірақ Қостанайда ұсталды.", {"KZ-39"}, {"KZ-27"}),
    ("Мені Орал қаласындағы тергеу изоляторында ұрды.", {"KZ-27"}, set()),
    ("Operator: Dolinka is a different place, a colony; your son is in the SIZO in Taraz.",
     {"KZ-31"}, {"KZ-35"}),
])
def test_words_that_only_look_like_a_place(text: str, present: set[str],
                                           absent: set[str]) -> None:
    assert_regions(text, present, absent)


# --- what a scan or a kinsman's words hid ---


@pytest.mark.parametrize(("text", "present"), [
    # a scan's I for 1 in a code, and its 3 for З in a name
    ("Пишу из АK-I59/7, нас тут держат строго.", "KZ-35"),
    ("Нас привезли в 3аречный в апреле.", "KZ-19"),
    # the brother brought there by convoy, not living there
    ("Інім Долинкаға келді, этаппен, сәуірде.", "KZ-35"),
    ("My brother was moved to Dolinka by convoy in April.", "KZ-35"),
    # the writer's own town, where he was held too
    ("Сам я с Костаная, сидел там в СИЗО до суда.", "KZ-39"),
])
def test_a_place_of_detention_hidden_by_a_scan_or_kin_is_found(text: str, present: str) -> None:
    assert_regions(text, {present}, set())


@pytest.mark.parametrize(("text", "absent"), [
    ("Інім Долинкада тұрады, жұмыс істейді.", "KZ-35"),
    ("Сама я из Костаная, сын сидит в СИЗО.", "KZ-39"),
    ("Көршінің ұлы Долинкада болған, сол айтады: «онда ұрады» деп.", "KZ-35"),
])
def test_kin_and_neighbours_are_still_not_places(text: str, absent: str) -> None:
    assert_regions(text, set(), {absent})
