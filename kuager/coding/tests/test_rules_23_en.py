"""rules-23, English methods: idioms and other senses of a method's word, monitors' paragraphs
marked unverified, a doctor's findings (no signs of it, set aside as unrelated, suspension
named as a noun, an open-palm blow to the ear), requests that are not for care, cold in the
snow on the knees and heat told as being cooked alive, and threats: a tag question, "may", "if
you say", a son told of to his mother, and a prisoner's own fear, rendered after a quote or
told to someone."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

BEATING, KICKING, EARS = "030100000000", "030101000000", "030103000000"
BONES, BOILING, COLD, SHOCK = "030300000000", "030401000000", "030700000000", "030800000000"
SUSPENSION, SQUATTING, CARE = "031101000000", "031105000000", "031503000000"
BINDING = "031701000000"
THREAT, DEATH, FAMILY_DEATH = "032201000000", "032301000000", "032302000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # idioms and other senses: evasion, anger, a blow to a budget, a trade
    ("The deputy warden kept beating about the bush when we asked about the transfer.",
     set(), {BEATING}),
    ("The guards beat him around the head and the shoulders.", {BEATING}, set()),
    ("Whenever I think of that night, I am boiling inside.", set(), {BOILING}),
    ("They poured boiling water over his hands in the duty room.", {BOILING}, set()),
    ("Our funding was hit hard by the new law on foreign grants.", set(), {BEATING}),
    ("The officer hit him twice in the stomach.", {BEATING}, set()),
    ("Her brother worked as an electrician at the mine before his arrest.", set(), {SHOCK}),
    ("They attached electric wires to his toes.", {SHOCK}, set()),
])
def test_a_methods_word_in_another_sense(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a monitor's paragraph that marks what it retells as unchecked
    ("3. PAVLODAR - unverified. A cousin posted that a detainee in the city IVS was kicked "
     "unconscious. Nobody has contacted us.", set(), {KICKING}),
    ("Men in the transit cell talked of a prisoner who was hung by his wrists in the "
     "basement. No name was given. Not verified; left out of the report.", set(),
     {SUSPENSION}),
    # only its own paragraph
    ("2. TARAZ. Guards kicked R. in the corridor on 3 May.\n\n3. Unverified. A driver said a "
     "man was beaten at a checkpoint.", {KICKING}, set()),
    # an official calling it unconfirmed does not take back what the letter tells
    ("The guards kicked my son in the yard. The prosecutor's check called this unconfirmed, "
     "but we have the photographs.", {KICKING}, set()),
])
def test_what_a_monitor_marks_unverified(text: str, present: set[str],
                                         absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # an examination's findings: nothing found, or found and set aside
    ("Chest X-ray: no evidence of rib fractures.", set(), {BONES}),
    ("X-ray of the hand: no signs of a fracture.", set(), {BONES}),
    ("X-ray of the hand: a fresh fracture of the fifth finger.", {BONES}, set()),
    ("Right ankle: old fracture seen on an X-ray from 2016; not related.", set(), {BONES}),
    ("They broke his nose in the office, though the report says it was not related.",
     {BONES}, set()),
    # suspension named by the noun is the suspension, and its handcuffs no binding too
    ("The wrist scars are typical of suspension by the arms, as he described.",
     {SUSPENSION}, {BINDING}),
    ("Visits were under suspension by order of the warden.", set(), {SUSPENSION}),
    # a doctor's "open-palm blow to the ear" is the blow to the ears
    ("The ruptured eardrum fits an open-palm blow to the ear.", {EARS}, {KICKING}),
    ("He slapped me with an open palm early in the morning.", {KICKING}, {EARS}),
])
def test_a_doctors_findings(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # requests and doctors that are not care refused
    ("She wrote that her requests to be moved were ignored.", set(), {CARE}),
    ("His written requests to the medical unit were ignored for a month.", {CARE}, set()),
    ("He travelled to Shymkent because he does not trust the doctor in the colony.", set(),
     {CARE}),
    ("The doctor did not come although he was bleeding.", {CARE}, set()),
])
def test_requests_that_are_not_for_care(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # kneeling in the snow is cold as well as kneeling; heat told as cooking alive
    ("The brigade was put on its knees in the snow behind the canteen.", {COLD, SQUATTING},
     set()),
    ("There was snow on the ground when they drove us to court.", set(), {COLD}),
    ("The men in the punishment block say they are being cooked alive in July.", {COLD},
     set()),
    ("He cooked rice for the whole cell on Sundays.", set(), {COLD}),
])
def test_cold_and_heat(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a tag question asks nothing of the threat
    ("The senior officer told him: 'You will go out of here feet first, is that clear?'",
     {DEATH}, set()),
    ("My lawyer asked: 'Did they beat you there?'", set(), {BEATING}),
    # "may" says what will follow
    ("He told me that if I did not stop writing, 'drugs may be found in your bag, and then "
     "you get five more years'.", {THREAT}, set()),
    ("He told me I may write to the prosecutor if I want.", set(), {THREAT}),
    # "if you say…" puts a condition to him
    ("The captain told him: 'If you say a word to the monitors, you will have trouble.'",
     {THREAT}, set()),
    # "your son", told to his mother, is the prisoner threatened with death
    ("The investigator rang his mother and said: 'If you go to the journalists, your son "
     "will never leave the SIZO alive.'", {DEATH}, {FAMILY_DEATH}),
    ("The guard told me: 'If you complain again, your son will not walk out of school "
     "alive.'", {FAMILY_DEATH}, set()),
    # the prisoner's own fear, rendered after the quote, is no threat
    ("He told the lawyer \"меня тут убьют\" they will kill me here, he is certain.", set(),
     {DEATH}),
    ("The officer said \"тебя убьем\" - we will kill you.", {DEATH}, set()),
    # his fear told to someone, and a fear held out to him
    ("He told the nurse he was scared they would kill him at night.", set(), {DEATH}),
    ("The guard told him: 'You will be afraid to close your eyes if you write again.'",
     {THREAT}, set()),
])
def test_threats_told_in_english(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
