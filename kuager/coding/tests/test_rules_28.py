"""rules-28, corrected on letters 523-562: a threat's kind. Being sent among the lowest caste
(«обиженка», «опущенные», the "petukhi") is a sexual threat; being strangled at night and
"written up" as a suicide («удавим», «өзі асылды деп жазамыз», «скажут, что сам повесился») is
a threat to kill; the noun «қорқыту» or «угроза» alone, in a letter that tells a threat of a
kind, is that threat named again. And what is no threat: «если угроза безопасности», the
writer's own «УДО мне не светит», "I know what happens without treatment", «мен оны
өлтірген жоқпын» said of the charge."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

SEXUAL_THREAT, THREAT, DEATH = "030602000000", "032201000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Отрядник: «Прокурорға бір ауыз айтсаң, обиженкаға түсесің» деді.", {SEXUAL_THREAT},
     {THREAT}),
    ("Следователь сказали, что если не подпишет, будет «жить с опущенными».", {SEXUAL_THREAT},
     set()),
    ("He said: if you complain again we will put you in the cell with the petukhi.",
     {SEXUAL_THREAT}, set()),
    ("Кум сказал: «будешь жаловаться — ночью удавим, утром скажут, что сам повесился».",
     {DEATH}, set()),
    ("Ол: «шағымыңды қайтарып алмасаң, өзі асылды деп жазамыз» деді.", {DEATH}, set()),
])
def test_the_kind_of_a_threat(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    ("Ночью сказали: «напишешь прокурору — удавим». Это было запугивание, и угроза "
     "повторялась.", {DEATH}, set()),
    ("Отряд бастығы: «перевод только в исключительных случаях, если угроза безопасности» "
     "деді.", set(), {THREAT}),
    ("Срок у меня восемь лет, УДО мне не светит, но я не жалуюсь.", set(), {THREAT}),
    ("I work with epilepsy patients and I know what happens without treatment.", set(),
     {THREAT}),
    ("He said: \"You know what happens to people who write complaints.\"", {THREAT}, set()),
    ("Мен ол жігітті өлтірген жоқпын, сот дәлелсіз соттады.", set(), {DEATH}),
])
def test_threats_named_again_or_not_at_all(text: str, present: set[str],
                                           absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
