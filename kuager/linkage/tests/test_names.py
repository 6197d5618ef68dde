import pytest

from kuager.linkage.names import name_key, patronymic_root


@pytest.mark.parametrize("spellings", [
    # Kazakh Cyrillic, Russian Cyrillic, passport, BGN/PCGN, Kazakh Latin 2021, press
    ("Серіков Нұрлан", "Сериков Нурлан", "Serikov Nurlan", "Nurlan Serikov", "SERIKOV Nurlan"),
    ("Жұмабаев Қайрат", "Жумабаев Кайрат", "Zhumabayev Qayrat", "Jumabaev Qairat",
     "Kairat Zhumabaev"),
    ("Әсел Омарова", "Асель Омарова", "Assel Omarova", "Äsel Omarova"),
    ("Юлия Ковальская", "Yuliya Kovalskaya", "Iuliia Kovalskaia", "Yulia Kovalska"),
    ("Алексей Семёнов", "Aleksei Semenov", "Alexey Semyonov", "Aleksey Semjonov"),
    # т-ж folded in halves: Baqytjan (Kazakh Latin) meets Bakytzhan. ("Bakhytzhan", with kh for
    # қ, folds to "bahitjan": that one is left to the Jaro–Winkler levels.)
    ("Бақытжан Ахметов", "Бакытжан Ахметов", "Baqytjan Ahmetov", "Bakytzhan Akhmetov"),
])
def test_one_name_folds_to_one_key_in_any_script_and_order(spellings: tuple[str, ...]) -> None:
    keys = {name_key(s).key for s in spellings}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(("word", "father"), [
    ("Нурланович", "nurlan"), ("Nurlanovich", "nurlan"), ("Нұрланұлы", "nurlan"),
    ("Nurlanuly", "nurlan"), ("Nurlanulı", "nurlan"), ("Нурланулы", "nurlan"),
    ("Нұрланқызы", "nurlan"), ("Nurlanqyzy", "nurlan"), ("Nurlankyzy", "nurlan"),
    ("Нурлановна", "nurlan"),
    ("Сергеевич", "sergei"), ("Sergeyevich", "sergei"), ("Sergeevna", "sergei"),
    ("Юрьевич", "juri"), ("Yuryevich", "juri"), ("Юрийұлы", "juri"),
    ("Аркадьевич", "arkadi"), ("Arkadyevich", "arkadi"), ("Daniiaroviç", "danar"),
    ("Мамедоглы", "mamed"), ("Никитична", "nikit"),
])
def test_patronymic_gives_the_fathers_name_in_russian_and_kazakh_forms(
        word: str, father: str) -> None:
    assert patronymic_root(word) == father


@pytest.mark.parametrize("word", ["Иванов", "Bolat", "Guli", "Игорь", "Nurlan"])
def test_a_name_that_is_not_a_patronymic_has_no_father(word: str) -> None:
    assert patronymic_root(word) is None


def test_russian_and_kazakh_patronymics_of_one_person_agree() -> None:
    russian = name_key("Сериков Нурлан Болатович")
    kazakh = name_key("Серіков Нұрлан Болатұлы")
    latin = name_key("Nurlan Bolatuly Serikov")
    separate = name_key("Нурлан Болат улы Сериков")
    assert russian == kazakh == latin == separate
    assert russian.parts == ("nurlan", "serikov") and russian.patronymic == "bolat"


def test_feminine_surnames_meet_the_masculine_form() -> None:
    assert name_key("Серікова Айгүл").parts == name_key("Aigul Serikov").parts
    assert name_key("Ковальская Анна").parts == name_key("Anna Kovalskiy").parts


def test_two_word_names_keep_a_patronymic_like_word_as_a_surname() -> None:
    # "Нұрлан Болатұлы" is how people with -ұлы surnames are written: not a lone patronymic.
    key = name_key("Nurlan Bolatuly")
    assert key.patronymic is None and key.parts == ("bolatuli", "nurlan")


def test_a_surname_ending_like_a_patronymic_is_told_from_the_patronymic() -> None:
    first = name_key("Абрамович Роман Аркадьевич")
    second = name_key("Roman Arkadyevich Abramovich")
    assert first == second
    assert first.patronymic == "arkadi" and first.parts == ("abramovich", "roman")


def test_initials_are_kept_apart_from_name_words_and_in_order() -> None:
    key = name_key("Иванов И. П.")
    assert key.parts == ("ivanov",) and key.initials == ("i", "p")
    assert name_key("Zh. Serikov").initials == name_key("Ж. Серіков").initials


def test_empty_and_digit_only_names_have_no_key() -> None:
    assert name_key("").key is None
    assert name_key(" 123 ").key is None
