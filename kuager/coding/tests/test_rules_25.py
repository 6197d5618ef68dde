"""rules-25, methods in three languages, corrected on letters 403-442 by classes of error: what
a writer heard happen ("heard them kicking him") is no hearsay, and a phone that films is no
film; "none of them said…", «Бить в этот раз не били», «Током его не били», «ударов… не было»,
«ешқайсысы… айтқан жоқ» deny; an order he is dared to disobey ("tell anyone and it will be
worse") is a threat; falanga told by the heels or the bottoms of the feet, a knee on the neck, a
head pushed into the bowl, a cattle prod, a hat pulled down to the chin, a cell built for fewer;
and what is none of these: a bunk or a radiator struck to wake him, a heart that pounds,
"killing time", the medic's «өлмейсің»; an oral request and a regional bar name no place."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

BEATING, KICKING, FALANGA, BATON = "030100000000", "030101000000", "030104000000", "030102000000"
SEXUAL_THREAT, SHOCK = "030602000000", "030800000000"
WATER, TOILET, STRANGLING = "030901000000", "030903000000", "031000000000"
NAKED, SQUATTING, CARE = "032102000000", "031105000000", "031503000000"
BLINDFOLD, OVERCROWDING = "031904000000", "031905000000"
THREAT, FAMILY, DEATH = "032201000000", "032202000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # heard happening, through no door: an ear-witness, not a rumour
    ("My bunk is by the washroom. I heard them kicking him for ten minutes.", {KICKING}, set()),
    ("Я лежал в камере и слышал, как его били в коридоре.", {BEATING}, set()),
    ("I heard that they beat newcomers in that colony.", set(), {BEATING}),
    ("I heard the guards say that they beat people in the quarantine.", set(), {BEATING}),
    # a phone that films what is done
    ("The officers made him strip naked and squat while one of them filmed it on his phone.",
     {NAKED, SQUATTING}, set()),
    ("We watched a film about a prison where they beat people.", set(), {BEATING}),
])
def test_heard_and_filmed(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("None of the nine men we spoke to said he had been beaten or hit.", set(), {BEATING}),
    ("None of us slept that night, and in the morning they beat him.", {BEATING}, set()),
    ("Бить в этот раз не били, только кричали.", set(), {BEATING}),
    ("Он сказал: «Бить не бьют, но денег требуют».", set(), {BEATING}),
    ("Бить его били, и долго.", {BEATING}, set()),
    ("Током его не пытали, провод только показали.", set(), {SHOCK}),
    ("Дубинкой не били, били руками.", {BEATING}, {BATON}),
    ("Других ударов, как он говорит, не было.", set(), {BEATING}),
    ("Сотталғандардың ешқайсысы ұрып-соғу болғанын айтқан жоқ.", set(), {BEATING}),
    ("Ұрып-соғу туралы сұрадық, бәрі жоқ деді.", set(), {BEATING}),
])
def test_denials(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("The deputy said: \"Tell the monitors about this and it will be worse for you.\"",
     {THREAT}, {FAMILY}),
    ("He said: \"Write to the ombudsman once more and you will rot in the punishment cell.\"",
     {THREAT}, set()),
    ("She said: \"Drink some tea and you will feel better.\"", set(), {THREAT, FAMILY}),
    ("He told me: \"Tell my wife I am fine and she will calm down.\"", set(), {THREAT, FAMILY}),
    ("Прораб сказал: будешь болтать — вывезем в степь, и там тебя никто не найдёт.", {DEATH},
     set()),
    ("Тергеуші «мойындамасаң, камерада әтештердің қасына жатасың» деді.", {SEXUAL_THREAT},
     set()),
])
def test_threats(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Two of them held him while a third struck the bottoms of his feet with a rubber baton.",
     {FALANGA}, {BATON}),
    ("He was beaten on the heels with a wooden rod until he could not walk.", {FALANGA},
     {BATON}),
    ("They hit him on his bare heels, many times.", {FALANGA}, set()),
    ("He pinned me to the floor and pressed his knee on my neck.", {STRANGLING}, set()),
    ("My knees hurt and my neck is stiff from the bunk.", set(), {STRANGLING}),
    ("They dragged him to the latrine and shoved his head into the bowl.", {TOILET}, {WATER}),
    ("Оны унитазға басын батырып, үстінен су жіберді.", {TOILET}, set()),
    ("Его сунули головой в унитаз и спустили воду.", {TOILET}, {WATER}),
    ("He took out a prod like the ones used on cattle and pressed it to my ribs.", {SHOCK},
     set()),
    ("В машине мне натянули шапку до самого подбородка.", {BLINDFOLD}, set()),
    ("Камера рассчитана на шесть мест, а нас держали одиннадцать.", {OVERCROWDING}, set()),
])
def test_acts_in_other_words(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "absent"), [
    ("Every hour the guard kicked the bunk to wake us.", {KICKING}),
    ("If anyone sat back on his heels, they hit him with batons.", {FALANGA}),
    ("Түнде күзетші нарды теуіп оятып отырды.", {KICKING}),
    ("Үстелді ұрып оятады, ұйықтатпайды.", {BEATING}),
    ("Инспектор бил ключами по батарее, чтобы я не засыпал.", {BEATING}),
    ("Сердце по ночам колотится, дали валерьянку.", {BEATING}),
    ("Кітап оқып, уақыт өлтіріп жүрмін.", {DEATH}),
    ("«Санчасть жоқ, өлмейсің» деді фельдшер.", {THREAT}),
])
def test_not_acts(text: str, absent: set[str]) -> None:
    assert_found(text, "methods", set(), absent)


def test_the_medics_brush_off_is_care_refused() -> None:
    assert_found("Ол санчастқа сұранды. Фельдшер «дәрігер жоқ, өлмейсің» деді.", "methods",
                 {CARE}, {THREAT})


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an English adjective is no town, nor is a lawyer's bar
    ("Actions: an oral request to the head of the IVS for the inhaler.", set(), {"KZ-27"}),
    ("He was held for three days in the IVS in Oral.", {"KZ-27"}, set()),
    ("Counsel: a member of the Pavlodar regional bar. The client is held in the IVS of "
     "Astana.", {"KZ-71"}, {"KZ-55"}),
])
def test_places_that_are_not(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "regions", present, absent)
