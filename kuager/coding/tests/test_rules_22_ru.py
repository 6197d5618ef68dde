"""rules-22, Russian letters: weather, doors and noises that look like blows, denials after a
dash or «так и не», quoted questions, idioms, injuries from accidents and brawls, choking with
an elbow, lying face down for hours, cold from windows and heat, burns already told, care
refused as the letters tell it, habits told with «если», and threats told in Kazakh inside
Russian."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

BEATING, BATONS, KICKING = "030100000000", "030102000000", "030101000000"
BONES, COLD, CHOKING, POSTURES = "030300000000", "030700000000", "031000000000", "031100000000"
BURNS, CIGARETTES, BINDING = "030400000000", "030402000000", "031701000000"
CARE = "031503000000"
THREAT, FAMILY, DEATH = "032201000000", "032202000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # the weather beats on windows, glass and roofs, not on him
    ("Всю ночь дождь бил по стеклу, я не спал.", set(), {BEATING}),
    ("Град колотил по крыше барака до утра.", set(), {BEATING}),
    ("Морозы бьют за тридцать, а выдали один бушлат.", set(), {BEATING}),
    ("Его били в камере, а за окном выл ветер.", {BEATING}, set()),
    # a baton rattled to wake him, and a walking stick, are no blows
    ("Каждую ночь конвой гремел дубинками по решётке.", set(), {BATONS}),
    ("Стучали палкой по нарам, чтобы мы вставали.", set(), {BATONS}),
    ("Хожу с палкой, колено после операции не гнётся.", set(), {BATONS}),
    ("Деду там отдали его трость, без палки он не может.", set(), {BATONS}),
    ("Дубинкой били по спине, потом стучали в дверь.", {BATONS}, set()),
    ("Всю ночь дежурные били ключами по двери, спать не давали.", set(), {BEATING}),
    # the verb repeated after a dash, denied
    ("Бить — не били, только кричали всю ночь.", set(), {BEATING}),
    ("Бить — били, и долго.", {BEATING}, set()),
    # what was never done, and what was
    ("Наручники так и не надели, просто держали за руки.", set(), {BINDING}),
    ("Надели наручники и держали за руки.", {BINDING}, set()),
    # a question asked, quoted after a verb of asking or a speaker's name
    ("Племянник всё спрашивал: «а там правда бьют?»", set(), {BEATING}),
    ("[03.11.2024, 18:40] Оператор: Мужа там били?", set(), {BEATING}),
    ("Сначала его избили, потом вывели в коридор.", {BEATING}, set()),
    # idioms: racking one's brains, "I could kill him"
    ("Пока искала адвоката, всю голову сломала.", set(), {BONES}),
    ("Этого следователя я уже убить готова.", set(), {DEATH}),
])
def test_what_looks_like_a_blow(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a road accident and a fight in town break bones; nobody ill-treated him
    ("В 2018 году попал в аварию, с тех пор перелом ключицы плохо сросся.", set(), {BONES}),
    ("В общежитии была драка, одному парню сломали челюсть.", set(), {BONES}),
    ("В камере после драки сотрудники сломали ему челюсть.", {BONES}, set()),
    # the neck held with an elbow, or pressed
    ("Сзади обхватил локтем шею, я начал хрипеть.", {CHOKING}, set()),
    ("Давил предплечьем на шею, пока я не затих.", {CHOKING}, set()),
    # face down for hours, told at length; standing face to the wall is standing
    ("Нас уложили лицом на бетон и продержали так, пока не стемнело, часа четыре.",
     {POSTURES}, set()),
    ("Его поставили лицом к стене, на бетонном полу он простоял три часа.", set(),
     {POSTURES}),
    # windows broken or opened wide
    ("Рамы окон в ШИЗО разбиты, спим в бушлатах.", {COLD}, set()),
    ("Дежурный открыл окно настежь и ушёл.", {COLD}, set()),
    ("Окно нарочно держали открытым всю смену.", {COLD}, set()),
    ("В комнате без окон продержали до вечера.", set(), {COLD}),
    ("Летом в ШИЗО как в бане, дышать нечем.", {COLD}, set()),
    ("В квартире холодно, в доме отопление ещё не включили.", set(), {COLD}),
    # burns found by a doctor are the cigarette burns told before
    ("Об руку тушили сигареты, пока он не подписал протокол о краже. Через неделю врач в "
     "изоляторе описал на предплечье три округлых ожога.", {CIGARETTES}, {BURNS}),
    # care refused as the letters tell it, and a medic's brush-off that threatens nothing
    ("В санчасть его так и не вывели, хотя он просил.", {CARE}, set()),
    ("Неделю просили врача, стучали, никто не идёт.", {CARE}, set()),
    ("Медсестра ответила: «Потерпишь, конвоя нет».", {CARE}, set()),
    ("Фельдшер сказал «не помрёшь» и закрыл кормушку.", {CARE}, {THREAT}),
    ("Если в больницу не вывезут, он объявит голодовку.", set(), {CARE, THREAT}),
    # «если» with a past verb: what was done each time, not a threat
    ("Если он отворачивался — сразу удар ногой в бок.", {KICKING}, {THREAT}),
    ("Сказал, что если он не подпишет, получит ногой по рёбрам.", {THREAT}, {KICKING}),
])
def test_acts_told_in_russian(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # staying behind once the visitors have gone
    ("Сказал: кто откроет рот — после отъезда прокурора останется один на один с нами.",
     {THREAT}, set()),
    ("После ухода медсестры он остался один в палате.", set(), {THREAT}),
    # a warning as it goes on, the observation ward and its injections
    ("Дежурный предупреждал: «Кто напишет прокурору — поедет в карцер».", {THREAT}, set()),
    ("Санитар предупредил: «Кто будет жаловаться, пойдёт в надзорную палату».", {THREAT},
     set()),
    ("Заведующий сказал: «Кто пожалуется — получит уколы».", {THREAT}, set()),
    # a Russian verb of saying before a Kazakh quote
    ("Тергеуші говорит: «Мойындамасаң, сені ШИЗО-ға жабамыз».", {THREAT}, set()),
    ("Опер сказал: арыз жазсаң, інінді де отырғызамыз.", {FAMILY}, set()),
    ("Бастық говорит: «Ертең үйге қайтасың».", set(), {THREAT, FAMILY}),
    # a Kazakh quote after a bare colon that promises "you" death
    ("А напоследок: «Сені далада көміп тастаймыз».", {DEATH}, set()),
    ("Записка: «Сені сағындық, тез қайт».", set(), {DEATH, THREAT}),
    # a threat to kill stands for a plain threat only in its own sentence
    ("Угрожали отправить в пресс-хату. Потом обещали убить.", {THREAT, DEATH}, set()),
    ("Угрожали убить его.", {DEATH}, {THREAT}),
])
def test_threats_told_in_russian(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
