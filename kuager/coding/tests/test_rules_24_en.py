"""rules-24, English methods: threats against the family told without a threat word (a "him"
or "her" that is the kin just named, kin who "will get the same", a sibling's college named to
him, evidence to be "found" on someone), a condition followed by "again" and a scan's "lf";
standing told as "kept standing" or "stood most of the night"; water, sleep, care and medicine
withheld in everyday words; a hat over the eyes, a bin liner, a cracked collarbone, "come out
a woman"; and what is none of these: a word of another sentence that undoes a match, washing
hung out, a bus that knocks the bones, "my boss will kill me"."""

import pytest

from kuager.coding.tests.test_engine import assert_found

pytestmark = pytest.mark.django_db

KICKING, BONES, SEXUAL_THREAT = "030101000000", "030300000000", "030602000000"
BAG, SUSPENSION, STANDING = "030902000000", "031101000000", "031103000000"
WATER, SLEEP, CARE, MEDICINE = "031501000000", "031502000000", "031503000000", "031504000000"
BLINDFOLD = "031904000000"
THREAT, FAMILY, DEATH = "032201000000", "032202000000", "032301000000"


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "him" or "her" in words said to the prisoner ("you") is the kin just named
    ("The captain told him: \"Your sister was at the market with you, we'll bring her in "
     "as well.\"", {FAMILY}, {THREAT}),
    ("The major said: \"Your son is at school in Kokshetau, is he not? We could find some "
     "powder on him as well.\"", {FAMILY}, {THREAT}),
    # told to his mother, "your son" is the prisoner himself
    ("The officer phoned my mother and said: \"Your son is stubborn. We can find a gun on him "
     "any time.\"", {THREAT}, {FAMILY}),
    # evidence to be found on him: a threat, not a hope
    ("He said the patrol \"could find drugs in your flat whenever we like\".", {THREAT}, set()),
    ("I hope the commission can find something in the archive.", set(), {THREAT, FAMILY}),
    # kin who "will get the same"
    ("She was told that once they catch her husband \"he will get the same, only harder\".",
     {FAMILY}, set()),
    ("The doctor told me that my father will get the same tablets next month.", set(),
     {FAMILY, THREAT}),
    # a sibling's school named to him; not congratulations
    ("The investigator said: \"Your daughter is at the school on Abai street, right?\"",
     {FAMILY}, set()),
    ("Best wishes to your son on the school exams.", set(), {FAMILY}),
    # the wife "brought in as an accomplice"
    ("His wife was at home. The officer said they would bring her in as an accomplice.",
     {FAMILY}, set()),
])
def test_threats_against_the_family_without_a_threat_word(text: str, present: set[str],
                                                          absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # "again" after the condition says what will follow
    ("The deputy told me: \"If you talk to the monitors, we visit the gym room again.\"",
     {THREAT}, set()),
    ("The nurse said: \"If you write again, the parcel goes back.\"", set(), {THREAT}),
    # a scan's "lf" for "If"
    ("The captain said: \"lf you complain, we will break your arm.\"", {THREAT}, set()),
    # "my boss will kill me" is a figure of speech; a guard's words are not
    ("I must go, my boss will kill me if I am late again.", set(), {DEATH}),
    ("The guard said: \"We will kill you if you write again.\"", {DEATH}, set()),
])
def test_conditions_and_figures_of_speech(text: str, present: set[str],
                                          absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # forced standing
    ("The prisoners of the second unit were kept standing in the yard for the whole day.",
     {STANDING}, set()),
    ("He says he stood all of the night facing the door.", {STANDING}, set()),
    ("The old watchtower is still standing.", set(), {STANDING}),
    # water for a confession is the water withheld, not a threat
    ("When he asked for a glass of water the officer said: \"You will drink after you "
     "confess.\"", {WATER}, {THREAT}),
    ("He may drink tea after the visit.", set(), {WATER}),
    # eyes closed and someone acted: not the nightmares
    ("Whenever she closed her eyes, the guard slammed the hatch.", {SLEEP}, set()),
    ("Whenever I close my eyes I see that corridor again.", set(), {SLEEP}),
    # a bus ride that knocks the bones is no knocking at night
    ("The train takes a night and knocks all your bones about.", set(), {SLEEP}),
    ("Guards knocked on the cell door every night at two.", {SLEEP}, set()),
])
def test_standing_water_and_sleep(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # care: nobody examined him; the brush-off
    ("His leg is swollen and no one has looked at it for nine days.", {CARE}, set()),
    ("He begged to see a doctor; the medic answered \"you are not dying yet, go back\".",
     {CARE}, set()),
    ("The clinic has no dentist this winter.", set(), {CARE}),
    # medicine given with interruptions, told at length
    ("Since April his insulin has been handed out to him only with interruptions.",
     {MEDICINE}, set()),
    ("The lecture on medication was interrupted by a fire drill.", set(), {MEDICINE}),
])
def test_care_and_medicine_withheld(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # a word of another sentence does not undo a match
    ("The officer shut the door. Then the two of them kicked him in the back.", {KICKING},
     set()),
    ("In anger he kicked the door of the cell.", set(), {KICKING}),
    # a hat pulled over his eyes; a bin liner; a cracked collarbone
    ("In the van a woollen cap was pulled over his eyes.", {BLINDFOLD}, set()),
    ("He took off his cap and rubbed his eyes.", set(), {BLINDFOLD}),
    ("They pulled a bin liner over his head until he fainted.", {BAG}, set()),
    ("The X-ray showed a cracked collarbone.", {BONES}, set()),
    # "come out a woman": a sexual threat
    ("The guard said: \"One night with them and you come out a woman.\"", {SEXUAL_THREAT},
     set()),
    # washing hung out is no suspension; hanging by the wrists is
    ("My mother was hanging out the laundry when he rang.", set(), {SUSPENSION}),
    ("They left him hanging by the wrists from the bars.", {SUSPENSION}, set()),
])
def test_other_wordings(text: str, present: set[str], absent: set[str]) -> None:
    assert_found(text, "methods", present, absent)
