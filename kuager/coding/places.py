"""Regions and places of detention named in a letter: gazetteer names and aliases in any
script, and legacy facility codes however they are typed (ЛА-155/8, LA 155/8, ла155/8)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kuager.coding.lexicon import ASKED_ABOUT, NEIGHBOURS, QUESTION_PARTICLES
from kuager.lib.dates import DateFormatError, parse_fuzzy_date
from kuager.lib.fold import skeleton, word_keys

if TYPE_CHECKING:
    from kuager.coding.engine import Proposal, Result, Token
    from kuager.places.gazetteer import Gazetteer

# Latin letters that look like Cyrillic ones in facility codes.
_LOOKALIKE = str.maketrans({"3": "з", "a": "а", "k": "к", "e": "е", "c": "с", "o": "о", "y": "у",
                            "x": "х", "p": "р", "b": "в", "m": "м", "h": "н", "t": "т",
                            "l": "л", "z": "з", "u": "у", "v": "в"})
# A scan reads the З of ЗК-169/5 as the digit 3, and a 1 as I or l ("ЛA-I55/8").
_CODE = re.compile(r"\b([A-Za-zА-Яа-яЁё3][A-Za-zА-Яа-яЁё])\s*[-–—]?\s*"
                   r"([\dIl]\d\d|\d[\dIl]\d|\d\d[\dIl])\s*/\s*(\d{1,3}|[Il]\d?)\b")
_ONE = str.maketrans("Il", "11")
_LATIN_CODE_LETTERS = {"la": "ла", "ak": "ак", "ec": "ец", "ets": "ец", "uk": "ук",
                       "ov": "ов", "zk": "зк"}


# A code said aloud, as a voice message or a call note writes it down: «зэ-ка сто шестьдесят
# девять дробь пять», "ZK 169 slash 5", «у-ка жүз алпыс бір бөлшек он екі».
_SLASH_WORDS = frozenset({"дробь", "slash", "бөлшек", "stroke"})
_SPOKEN_LETTERS = {"зэка": "зк", "зека": "зк", "зэк": "зк", "ака": "ак", "ука": "ук",
                   "эла": "ла", "ецэ": "ец", "еце": "ец", "йецэ": "ец", "ове": "ов",
                   "овэ": "ов"}
# Number words by their place: units (and teens), tens, hundreds.
_NUMBER_WORDS = {
    **dict.fromkeys(("один", "одна", "one", "бір"), (1, 0)),
    **dict.fromkeys(("два", "две", "two", "екі"), (2, 0)),
    **dict.fromkeys(("три", "three", "үш"), (3, 0)),
    **dict.fromkeys(("четыре", "four", "төрт"), (4, 0)),
    **dict.fromkeys(("пять", "five", "бес"), (5, 0)),
    **dict.fromkeys(("шесть", "six", "алты"), (6, 0)),
    **dict.fromkeys(("семь", "seven", "жеті"), (7, 0)),
    **dict.fromkeys(("восемь", "eight", "сегіз"), (8, 0)),
    **dict.fromkeys(("девять", "nine", "тоғыз"), (9, 0)),
    **dict.fromkeys(("десять", "ten"), (10, 0)),
    **dict.fromkeys(("одиннадцать", "eleven"), (11, 0)),
    **dict.fromkeys(("двенадцать", "twelve"), (12, 0)),
    **dict.fromkeys(("семнадцать", "seventeen"), (17, 0)),
    # («он», ten in Kazakh, is he in Russian: read in _number only before units)
    **dict.fromkeys(("двадцать", "twenty", "жиырма"), (20, 1)),
    **dict.fromkeys(("пятьдесят", "fifty", "елу"), (50, 1)),
    **dict.fromkeys(("шестьдесят", "sixty", "алпыс"), (60, 1)),
    **dict.fromkeys(("сто", "hundred", "жүз"), (100, 2)),
}


def _number(said: list[str]) -> int | None:
    """The number some words say, largest place first ("сто шестьдесят девять" is 169, "169"
    too); None unless every word is part of it."""
    if len(said) == 1 and said[0].isdigit():
        return int(said[0])
    total, place = 0, 3
    for word in said:
        if word == "он" and place >= 2:  # «жүз он екі», «он жеті»: ten, before its units
            total, place = total + 10, 1
            continue
        if word in ("one", "бір") and place == 3:  # "one hundred"
            continue
        value = _NUMBER_WORDS.get(word)
        if value is None or value[1] >= place:
            return None
        total, place = total + value[0], value[1]
    return total or None


def _spoken_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of each facility code said in words: letters, a number, a word for
    the slash, a number."""
    found = []
    said = [(m.start(), m.end(), m.group().lower()) for m in re.finditer(r"\w+(?:-\w+)?", text)]
    for k, (_, _, word) in enumerate(said):
        if word not in _SLASH_WORDS:
            continue
        for size in (1, 2, 3):
            first = _number([w for _, _, w in said[max(0, k - size) : k]]) if k >= size else None
            if first is None or first < 100 or k - size < 1:
                continue
            letters = said[k - size - 1][2].replace("-", "")
            letters = _SPOKEN_LETTERS.get(letters) or _LATIN_CODE_LETTERS.get(
                letters, letters.translate(_LOOKALIKE))
            second = next((n for n in (_number([w for _, _, w in said[k + 1 : k + 1 + m]])
                                       for m in (2, 1)) if n), None)
            if second is not None:
                found.append((said[k - size - 1][0], said[k + 1][1],
                              f"{letters}-{first}/{second}"))
            break
    return found


def _word_key(word: Token, places: Any) -> str:
    """The place key of a word, or of another reading of it when a scan garbled the name
    ("Pav1odar")."""
    if word.text in _INITIALS:
        return word.text
    key = _place_key(word.text, places)
    if key in places.single_word_keys() or not _GARBLED.search(word.text):
        return key
    known = places.single_word_keys()
    # (and a scan's 3 for З: "3аречный", which no reading of the engine mends)
    readings = (*word.alts, word.text.translate(_LOOKALIKE)) if _ONLY_CYRILLIC.match(
        word.text.replace("3", "з")) else word.alts
    return next((k for a in readings if (k := _place_key(a, places)) in known), key)


# A writer's initial that folds like "г." (город) and would join the name before it: «Мен
# Ақтөбеден, Ғ. Н.»
_INITIALS = frozenset({"ғ"})


def _capital_key(word: Token, places: Any) -> str:
    """The place key of a capitalised word a scan misread н as и ("Шымкеит", "Кеитау"), when
    only that reading names a place."""
    key = _word_key(word, places)
    if key in places.single_word_keys() or "и" not in word.text or not _ONLY_CYRILLIC.match(
            word.text):
        return key
    # every и, or one of them ("Шемоиаиха" has a right и too)
    at = [i for i, letter in enumerate(word.text) if letter == "и"]
    readings = [word.text.replace("и", "н")]
    if len(at) > 1:
        readings += [f"{word.text[:i]}н{word.text[i + 1 :]}" for i in at[:3]]
    # (the corrected letter inside the name found: «Орали» (they shouted) read «Оралн» is
    # no Орал)
    return next((fixed for reading in readings
                 if _names_alone(fixed := _place_key(reading, places), places)
                 and fixed.startswith(skeleton(reading[: _mended(word.text, reading) + 1]))),
                key)


def _mended(word: str, reading: str) -> int:
    """The last place where a reading differs from the word."""
    return max(i for i, (a, b) in enumerate(zip(word, reading, strict=True)) if a != b)


def _names_alone(key: str, places: Any) -> bool:
    """Whether a word's key is a region's or a town's name by itself, not a word of a longer
    name ("Alma" of Alma-Ata)."""
    return any((key,) in table for table in (places.regions, places.loose_regions,
                                             places.settlements, places.loose_settlements))


_ONLY_CYRILLIC = re.compile(r"[а-яәғқңөұүһі]+\Z")


# A digit or a letter of the other script inside a word: what a scan does to a name.
_GARBLED = re.compile(r"\d|[a-z].*[а-яәғқңөұүһі]|[а-яәғқңөұүһі].*[a-z]")


# English abbreviations of regions that fold like another's: "WKO" (West Kazakhstan Oblast)
# would read as ВКО (East), "EKO" as nothing.
_LATIN_ABBREVIATIONS = {"wko": "zko", "eko": "vko", "nko": "sko"}
_VERBS_LIKE_PLACES = frozenset({"ақсайды", "ақсап", "ақсайтын", "ақсаймын",
                                # «чтобы не орал» (shouted), «үйге оралды» (came back): Орал
                                # is written with a capital
                                "орал", "оралды",
                                # "an oral request", "oral statement": no Oral (Uralsk)
                                "oral",
                                # «бүгін қарағанда» (looking at it today), «соған қарағанда»
                                # (judging by that): the town is Қарағанды in Kazakh
                                "қарағанда"})
# Common nouns that begin like a town: "на руднике" (at the mine) is not Rudny.
# "с семьёй", «семье» (the family) fold like Семей.
_COMMON_NOUNS = ("рудник", "rudnik", "семь",
                 # «абайсызда» (carelessly) is no Abai
                 "абайсыз",
                 # «нашёл Абая на русском»: the poet declined; Russian says «области Абай»
                 "абая", "абаю", "абаем")


# The oblique cases of a Russian adjective in -ская, as skeletons: feminine, as «область» is
# (not «Абайского УП», a district's police)
_ADJECTIVE_ENDINGS = ("skoi", "skuju", "skoju")
# A word in Russian letters only, which may decline a name in -а.
_RUSSIAN = re.compile(r"[а-яё]+\Z")


def _place_key(word: str, places: Any) -> str:
    """The word's skeleton, or its lemma or Kazakh stem when that names a place
    (Заречном → Заречный, Қарағандыдағы → Қарағанды)."""
    if word.startswith(_COMMON_NOUNS):
        return word
    plain = _LATIN_ABBREVIATIONS.get(word) or skeleton(word)
    known = places.single_word_keys()
    if plain in known:
        return plain
    found = next((key for key in sorted(word_keys(word)) if key in known), None)
    if found is not None:
        return found
    # Names in -ей decline as Семее, Семея, Семею, Семеем, which fold to neither "semei" nor
    # a prefix of it.
    if plain + "i" in known:  # Семее folds to "seme": its doubled e collapsed
        return plain + "i"
    for ending in ("e", "ja", "ju", "em"):
        if plain.endswith(ending) and plain[: -len(ending)] + "i" in known:
            return plain[: -len(ending)] + "i"
    # Names in -а decline as Кызылорды, Кызылорде, Кызылорду, Кызылордой, which no stem
    # of the nominative begins
    if _RUSSIAN.match(word):
        for ending in ("oju", "oi", "i", "e", "u"):
            if plain.endswith(ending) and _names_alone(plain[: -len(ending)] + "a", places):
                return plain[: -len(ending)] + "a"
    # A region's adjective in any case: «Кызылординской», «Карагандинскую» → -ская, as the
    # gazetteer spells it
    for ending in _ADJECTIVE_ENDINGS:
        if plain.endswith(ending) and plain[: -len(ending)] + "skaja" in known:
            return plain[: -len(ending)] + "skaja"
    # Endings the stemmers cut wrongly: "Кушмуруне", "Жаңаөзендегі" begin with a place name.
    for size in range(len(plain) - 1, max(4, len(plain) - 7), -1):
        if plain[:size] in known:
            return plain[:size]
    return plain


# Words that make a place where someone lives, not where things happened: "живу в Шымкенте",
# "Астанада тұрамын", "I live in Pavlodar". The place of detention is coded, not the home.
_HOME = ("живу", "живет", "живем", "живут", "проживаю", "проживает", "проживаем", "тұрамын",
         "тұрады", "тұрамыз", "тұратын", "live", "lives", "living", "reside", "житель",
         "жительниц", "тұрғын", "resident", "қалдым", "қалдық",
         # "До ареста проживал в г. Актобе", "жила в Павлодаре", "проживающей в г. Экибастуз"
         "проживал", "проживающ", "жил",
         # "мы с семьёй переехали в Астану"
         "переехал",
         # spoken Kazakh: «Өзім Түркістанда тұрам»
         "тұрам",
         # «прописан сын у меня, в Петропавловске» (registered there); "studied two years
         # in Aktobe"
         "прописан", "прописк", "studied", "учился", "училась")
# Where someone was born or comes from: «туған жері — Тараз», "уроженец Семея", "born in".
_BIRTH = ("туған", "уроженец", "уроженка", "родом", "родился", "родилась", "born", "native",
          "originally")
# Kazakh names the birthplace first: «Ақтөбе облысы Ырғыз ауданының тумасы», «Таразда туған»
# (not «туған күні», a birthday).
_BIRTH_AFTER = ("тумасы", "туған", "туылған")
# The reader's place, not the writer's: "your office in Shymkent", "как там у вас в
# Петропавловске", «сіздің қалаңызда».
_YOURS = ("your", "вас", "ваш", "вашем", "вашей", "сіздің", "сіздердің", "сендердің")
# A street named after a town or a person: "Satpaev street", "ул. Сатпаева", «Абай көшесі».
_STREET = ("street", "avenue", "улиц", "проспект", "көше", "даңғыл", "микрорайон", "road",
           "microdistrict",
           "шоссе", "трасс")
_STREET_SHORT = frozenset({"st", "ave", "ул", "пр", "мкр"})
# «Екібастұзда көшеде ұсталып» (arrested on the street): no street's name
_ON_STREET = frozenset({"көшеде", "көшеден", "көшеге"})
# A court that tried him is neither a place of detention nor of the incident.
_AWAITING = frozenset({"ждет", "ждут", "ожидает", "до", "awaiting", "pending", "күтіп"})
_COURT = frozenset({"court", "суд", "суда", "суде", "судом", "сот", "соты", "сотының",
                    "сотында", "сотқа", "сотта"})
# Words that come from a place: "мать ездит к нему из Караганды", "сама я из Талдыкоргана".
_FROM = ("from", "из")
# Spoken Russian comes "с" a town: "Я сама с Костаная" (not said of a place of detention).
_FROM_SPOKEN = ("с", "со")
# Kazakh names a person by his town: «шымкенттік» (from Shymkent), «алматылық».
_DEMONYM = ("лық", "лік", "тық", "тік", "дық", "дік")
# Names that end like one: Арқалық itself, «Оңтүстік Қазақстан» (South Kazakhstan).
_LIKE_DEMONYMS = ("арқалық", "оңтүстік", "солтүстік")
_PERSONS = ("я", "i", "we", "мы", "сама", "сам", "мен", "біз")
_KAZAKH = re.compile("[әғқңөұүһі]")
# A Kazakh word in the accusative: «ұлымды», «інімізді»
_KAZAKH_OBJECT = re.compile(r"[әғқңөұүһі]\w*(?:ды|ді|ты|ті|ны|ні)$")
# "Пишу вам из Алматы", "I am writing to you from Almaty", «Алматыдан жазып отырмын»: where
# the letter is written, unless it is written from a place of detention ("пишу из СИЗО в
# Семее", "writing from the colony in Arkalyk").
_WRITING = ("пишу", "пишет", "пишем", "звоню", "writing", "calling", "write", "жазып", "жазамын",
            "хабарласып", "қоңырау", "phoned", "phoning",
            # "she calls me from Semey every day", "мама звонит из Караганды"
            "calls", "звонит", "звонила")
_DETENTION = ("сизо", "колони", "ивс", "зон", "изолятор", "шизо", "отряд", "лагер", "тюрьм",
              "учрежден", "мекеме", "camp", "colony", "prison", "detention", "sizo", "ivs",
              "facility", "cell", "камер")
# Where the writer's parents live ("ask my mother in Uralsk", «анам Алматыда»): prisoners'
# parents are rarely the victims, their sons are.
_PARENTS = ("мам", "мать", "матер", "отец", "отца", "отцу", "отцом", "родител", "анам", "анама",
            "әкем", "әке", "ата", "апа", "mother", "mum", "mom", "father", "parents", "dad",
            # "mama is in Kaskelen", typed in English
            "mama",
            # and the daughters and sisters who write for them
            "дочь", "дочка", "сестра", "қызым", "қарындас", "daughter", "sister",
            # and other relatives one stays with: "move to relatives in Shymkent"
            "родственник", "relatives", "туыс", "сестры", "брата",
            # brothers, aunts and cousins are rarely the one held either: "His brother in
            # Kokshetau is finding money", "Тёте Гале в Павлодар передай привет"
            "brother", "cousin", "aunt", "uncle", "niece", "nephew", "grandm", "grandf", "тет",
            "дяд", "брат", "бабушк", "дедушк", "ағам", "ағаң", "інім", "інің", "әпкем",
            "әжем", "атам", "әпке",
            # in-laws and spouses: "Свекровь в Уштобе", "the convict's wife, from Zhanaozen",
            # «Тараздағы шешеңнің үйі»
            "свекров", "свекр", "тещ", "золовк", "невестк", "wife", "жена", "жене", "жену",
            "жены", "әйелі", "әйелім", "шеше", "жұбай", "in-law",
            # friends: "my friend in Astana gave me your email"
            "friend", "друг", "друз", "подруг", "знаком", "досым", "құрбы",
            # "Our family is from Oral", «отбасым Таразда»
            "family", "семья", "семьи", "отбасы",
            # «Анасы Тараздан әкелген» (his mother brought it from Taraz), «әкесі»
            "анасы",
            # «Атыраудағы анаң да білмейді» (your mother in Atyrau), typed «анан»
            "анаң", "анан",
            # in-laws by marriage of the children, nephews: «Таразда тұратын құдағиымыз»,
            # "сват из Костаная", «жиенім Арқалықта» (not «құдай», God)
            "құдағ", "құдам", "құдалар", "сват", "жиен", "племянни", "нағашы", "жезде")


def _kin(word: Token) -> bool:
    """Whether the word is one of _PARENTS in any reading: a scan types "rnother" for mother."""
    return any(word.startswith(stem) for stem in _PARENTS)


# Kazakh «-дағы» (in), as typed with and without Kazakh letters
_DAGY = ("дағы", "дегі", "тағы", "тегі", "дагы", "деги", "тагы", "теги")
# Kin a Kazakh «-дағы» names by the place, beyond _PARENTS: «Тараздағы балаларың» (your
# children in Taraz)
_KIN_THERE = ("балалар",)
# A wish, not a place where things happened: "перевода поближе к дому, в Петропавловск".
_WISH = ("перевод", "перевести", "поближе", "closer", "transfer", "ауыстыр", "жақын")
_NEAR_HOME = ("поближе", "ближе", "closer", "жақын")
# Asking for it: "просит перевода", "wants to be closer", "ask for a transfer", «сұраймын».
_ASKING = ("прош", "прос", "хоч", "хоте", "ходатай", "заявлен", "помог", "помоч", "want",
           "ask", "request", "apply", "applied", "applica", "petition", "help", "like", "hope",
           "сұра", "өтін", "көмек", "мүмкін", "please", "пожалуйста", "можно", "possible",
           "надеж", "надея", "мечта", "рассмотр")
# Kazakh says the wish after the place: «Павлодардағы мекемеге ауыстыруға көмектесіңіздер»,
# «Таразға жақын колонияға жіберуін сұрауға».
_WISH_AFTER = ("ауыстыруға", "ауыстыруды", "ауыстыруын", "ауыстырсын", "ауыстырыңыз",
               "жіберуін", "жіберуге", "жақын", "поближе", "closer",
               # «Павлодардағы колонияға ауысуды сұрады» (asked to move to)
               "ауысуды", "ауысуға", "ауысуын")
# Where the writer works, like where he lives: "Я работаю кладовщиком… в Актау".
_WORK = ("работаю", "работаем", "жұмыс", "work", "істеймін", "істейміз")
# Meetings of the writers' own work: "a training in Aktau next week", «Павлодарда тренинг бар».
_EVENTS = ("тренинг", "training", "семинар", "seminar", "конференц", "conference", "workshop",
           "форум", "forum")
# Who looked at him or whom the writer asked, not where anything was done to him: "an ENT
# doctor in Almaty confirmed it", "the archive in Karaganda", "в общественном фонде в
# Павлодаре", "Embassy… Astana".
_ELSEWHERE = ("doctor", "врач", "clinic", "клиник", "дәрігер", "archive", "архив", "фонд",
              # "a case about his former employer (a trucking company in Ekibastuz)"
              "company", "компани", "фирм", "employer",
              "foundation", "бюро", "bureau", "embassy", "посольств", "консульск", "офис",
              "кеңсе", "редакци", "university", "университет", "museum", "музе",
              # where a daughter studies, the NGO's office: "колледж в Актобе", "the office in
              # Turkistan"
              "колледж", "college", "school", "школ", "институт", "institute",
              "учится", "studies", "studying", "оқиды", "student", "студент",
              # "the commission from Astana", "met in a cafe in Astana"
              "commission", "комисси", "cafe", "café", "кафе", "restaurant", "ресторан",
              # treated, operated, married there: "treated in Aktau until 2019", "his knee
              # operated in a hospital in Almaty", "getting married in Taraz"
              "treated", "лечил", "лечился", "емдел", "operated", "оперир", "hospital",
              "больниц", "аурухана", "married", "wedding", "свадьб", "үйлен",
              # "я учусь в 9 классе в Астане", "съездили в травмпункт в Шымкенте"
              "учусь", "учимся", "класс", "травмпункт", "trauma", "поликлиник",
              # "copy to the Ombudsman in Astana", "wants to study in Almaty"
              "ombudsman", "омбудсмен", "study", "учиться", "оқу",
              # the ward one was treated in: «положили в кардиологию в Петропавловске»
              "кардиолог", "cardiolog", "стационар", "диспансер", "реанимац", "intensive",
              "неврологи", "хирурги",
              *_EVENTS)
# Venues named after the town where a note was made: "Aktobe, cafe near the market",
# «Тараз, кеңсе».
_VENUES = ("cafe", "café", "кафе", "restaurant", "ресторан", "office", "офис", "кеңсе",
           "company", "компани", "фирм", "university", "университет", "college", "колледж",
           "museum", "музе",
           # "Met 22 April, Kulsary, tea house near the bus station"
           "tea", "чайхан", "шайхан")
# A workplace, where one works or is offered work, not a place of detention: "a job at a
# factory near Aktobe", «на вахте на комбинате под Жезказганом», «кен орнында».
_WORKPLACE = ("plant", "factory", "mine", "rotation", "вахт", "завод", "комбинат", "фабрик",
              "шахт", "рудник", "кеніш", "зауыт", "construction",
              # "sells at the market in Aktau", «на рынке в Таразе», «базарда»; "your brother
              # works at the akimat in Kaskelen" (not "detained outside the akimat in…")
              "market", "bazaar", "базар", "рынк", "рынок", "akimat", "акимат", "әкімдік",
              # "he could not go to his job in Atyrau" (house arrest)
              "job")
# Work, not custody, with no person said: "In Aktobe now for work", «Таразда жұмыс үшін».
_FOR_WORK = (("for", "work"), ("for", "job"), ("по", "работ"), ("жұмыс", "үшін"),
             ("жұмыс", "бабымен"))
# On the way somewhere else: «жолда», "in transit", «по пути».
_ON_THE_WAY = ("транзит", "transit", "жолда", "enroute")
_ON_THE_WAY_SAID = (("по", "пути"), ("по", "дороге"), ("on", "the", "way"), ("en", "route"))
# Passing through, said before the place: "flew out via Atyrau", «через Караганду».
_THROUGH = frozenset({"through", "via", "через"})
# An airport or a station one passes through: "left through Almaty airport".
_TRAVEL = ("airport", "аэропорт", "әуежай", "вокзал", "station",
           # «Шымкенттен Алматыға поезбен», «Алматы арқылы» (via Almaty), "by train"
           "поезбен", "пойызбен", "автобуспен", "поездом", "автобусом", "арқылы", "через",
           "via",
           # «Алматыдан Заречныйға Сайран автовокзалынан автобус жүреді»
           "автовокзал", "автобус", "bus", "train", "пойыз", "поезд", "маршрутк")
# What one rides, by any of its forms: "the train", «поезбен», "на маршрутке".
_RIDES = ("поезд", "поез", "пойыз", "автобус", "маршрутк", "самолет", "электричк", "такси",
          "ұшақ")
_RIDES_ENGLISH = frozenset({"train", "trains", "bus", "buses", "minibus", "coach", "flight",
                            "flights", "plane", "flew", "taxi"})
# …not a prisoner's, nor a ride he was taken off: «этапом», "the convoy train", «вагонзак»,
# "was taken off a minibus in Zhanaozen"
_CONVOY = ("конвой", "convoy", "вагонзак", "столыпин", "автозак", "этап", "taken", "pulled",
           "stopped", "сняли", "сняв", "забрал", "остановил", "түсіріп", "түсірді")
# A ride's stop is a place, not a ride: "near the bus station", «на остановке».
_STOPS = ("station", "stop", "вокзал", "остановк", "аялдама", "бекет", "parking")


def _riding(word: Token) -> bool:
    return word.text in _RIDES_ENGLISH or word.text.startswith(_RIDES)


# What one rides, and the terminal named before its town: "the bus from Almaty", "через
# аэропорт Атырау".
_TRANSPORT = frozenset({"bus", "buses", "minibus", "coach", "train", "flight", "plane",
                        "автобус", "автобусе", "автобусом", "маршрутка", "маршрутке",
                        "маршруткой", "поезд", "поезде", "поездом", "рейс", "рейсом",
                        "самолет", "самолетом", "автобуспен", "пойыз", "пойызбен", "ұшақ",
                        "ұшақпен"})
_TERMINALS = frozenset({"airport", "аэропорт", "аэропорта", "аэропорту", "әуежай",
                        "әуежайы", "вокзал", "вокзала"})
_FROM_BY = frozenset({"from", "из", "с", "через", "via", "through"})
# A home named by the place: "Шымкенттегі үйлерің" (your house in Shymkent), "our flat in
# Almaty": where someone lives, even when named in a threat.
_DWELLING = ("үй", "дом", "home", "house", "квартир", "flat", "apartment", "пәтер")
# Someone came from the place: "my mum, who is visiting from Shymkent", «Шымкенттен келіп».
_CAME = ("visiting", "came", "comes", "приехал", "приезжа", "келіп", "келді", "келген",
         "келеді", "келетін",
         # «Ақтөбеден әкелген сәлемдеме» (a parcel brought from Aktobe)
         "әкел",
         # "the group drove out from Almaty", "flew in from Astana"
         "drove", "flew", "travelled", "traveled", "прилетел", "выехал")
# A region's name that names a district of another region: «Абай ауданы» in Karaganda
# Region, "Жетысуский район" of Almaty city.
_DISTRICT = ("ауданы", "ауданында", "ауданының", "аудандық", "район", "district",
             # "Алматинского РУП" (the Almaly district police of Astana)
             "руп", "роп", "увд", "ровд")
# A town named for what it administers or became: "Астананың ДУИС-іне қарайды" (answers to
# Astana's penitentiary department), "с июня 2022 г. — центр области Жетісу".
_ADMINISTERS = ("қарайды", "подчин", "reports", "центр", "орталығ", "centre", "center",
                "capital", "столиц", "құрамында", "входил", "входит", "belong", "penitentiary",
                "пенитенц", "дуис", "дп",
                # «Астана қаласы бойынша ҚАЖД-ға бағынады» (answers to Astana's department)
                "қажд", "бағынады", "бағынатын", "бағыныш")
# Trials and hearings are not where he was held: "a trial… at a district court in Almaty",
# "дело будет рассматриваться в Астане".
_SERVICE = ("дуис", "дп", "penitentiary", "пенитенц", "қажд")
_CENTRE = ("центр", "centre", "center", "орталығ")
# Words of places that hold people, beyond _DETENTION: a reception centre, a psychiatric ward.
_HOLDING = ("reception", "приемник", "приёмник", "спецпри", "психиатр", "psychiatr", "қабылдау",
            # a ward of compulsory treatment: «отделение принудительного лечения областного
            # центра психического здоровья, г. Семей», "mental health centre"
            "психическ", "психикалық", "mental", "принудительн", "мәжбүрлі")
# A court's kind, between the town and the court: «қалалық №2 соты», "city court No 2".
_COURT_KINDS = frozenset({"қалалық", "облыстық", "аудандық", "городской", "районный",
                          "областной", "городского", "районного", "областного", "city",
                          "district", "regional"})
_TRIAL = ("рассматрива", "trial", "hearing", "слушани",
          # "was sentenced in Almaty", "Судили его тогда в Семее", «Таразда сотталды»
          "sentenced", "convicted", "осудил", "осужд", "приговор", "судили", "сотталд")
# A summons to come, and a statement demanded: "police summons", «повестка», «куәгер
# ретінде»; "they want him to say…", «хотят, чтобы написал…»
_SUMMONS = ("summons", "summoned", "повестк", "свидетелем", "свидетеля", "свидетелей",
            "куәгер")
# (not "I witnessed how…")
_WITNESS = frozenset({"witness", "witnesses"})
_DEMAND = ("want", "demand", "хотят", "требуют", "заставля", "талап")
_OBJECTS = frozenset({"him", "her", "me", "us", "them", "чтобы"})
_STATEMENT = ("say", "write", "admit", "confess", "sign", "сказал", "написал", "призна",
              "подписал")
# Held, beyond _DETENTION: "then detained", «потом задержали»
_HELD_BY_FORCE = ("detain", "задерж", "arrest", "арест", "ұстал", "ұстады", "ұстап", "held")
# Sending a complaint: «…департаментіне де, прокуратураға да жаздым»
_WROTE_TO = ("жаздым", "жазды", "жаздық", "шағымдан", "жүгін", "жолдад", "жібердім")
# Tried there, said after the place: «Шымкентте сотталды», «в Таразе судили»
_TRIED = ("сотталды", "сотталдым", "сотталып", "осудили", "судили")
# Sending denied, in Kazakh: «жібермейді» (will not send); Russian says «не» before _SENDING.
_NOT_SENT = frozenset({"жібермейді", "жібермейміз", "ауыстырмайды", "ауыстырмаймыз",
                       "айдамайды"})
# Served there, beyond _HELD: «отырды», "served", «сидел».
_SERVED = ("отырд", "отырған", "served", "сидел", "отбывал", "отбыл", "өтеді", "өтеген")
# Kin Kazakh names after the place (beyond the «-дағы» form): «Ақтөбеге қызымның…»,
# «Таразда анам тұрады»; not «інім», who may be the one held.
_KIN_AFTER = ("қызым", "анам", "әкем", "шешем", "апам", "ағам", "әпкем", "әжем", "атам",
              "құдағ", "құдам", "туыс", "жиен", "қарындас", "сіңлім", "келін", "нағашы", "жезде",
              # «менің мамамда» (at my mum's), as spoken
              "мамам")
_WHOSE = frozenset({"менің", "біздің", "сенің", "оның", "сіздің"})
_JOURNEY = frozenset({"бардым", "бардық", "келдім", "келдік", "жету", "жол", "барамын"})
_SENT_LATER = frozenset({"отправят", "отправим", "переведут", "переведем", "переведём",
                        # "если дадут срок, его увезут в СИЗО в Актау"
                        "увезут", "отвезут", "повезут",
                        "этапируют", "жібереміз", "ауыстырамыз", "жібереді",
                        # Kazakh says it after the place: «сені Атырауға айдатамыз»
                        "айдатамыз", "айдаймыз", "апарамыз", "этаптаймыз",
                        # «поедешь в Долинку», «пойдешь на Заречный», «Долинкаға барасың»
                        "поедешь", "поедет", "поедете", "уедешь", "пойдешь", "барасың",
                        "кетесің"})
# A transfer feared or asked about: «опасается, что этап в Карагандинскую область…», "can
# they move him to Pavlodar?"
_FEARED = ("опаса", "боит", "боюсь", "боится", "afraid", "fear", "worr", "қорқ", "қауіптен")
# (a transfer to come, not "боюсь, что его перевели в Караганду")
_A_TRANSFER = ("этап", "перевод", "transfer", "move", "send", "ауыстыру", "жіберу")
_MADE = frozenset({"moved", "transferred", "этапировали", "этапирован"})
_SENDING = frozenset({"отправят", "переведут", "этапируют", "увезут", "переводят"})
# "they will send him to Dolinka", "he may be sent to Zarechny", "is to be moved to…"
_MAY_BE = frozenset({"will", "would", "may", "might", "could", "can", "ll", "going"})
_WEATHER = ("қар", "қыс", "жаңбыр", "ауа", "снег", "зима", "дожд", "погод", "weather", "snow",
            "rain", "winter", "жел", "ветер", "аяз",
            # "Here in Taraz the wind has been beating at the windows" (a whole word: not
            # "window", not "stormed")
            "wind ", "windy", "frost", "storm ", "blizzard", "мороз", "буран", "боран")
# The quarters of a camp, beyond _DETENTION: «бірақ барак жылы» (a prisoner's weather),
# «у них на двойке был шмон, всех выгнали на плац»
_QUARTERS = ("барак", "локалк", "промзон", "промк", "плац", "шмон", "обыск", "barrack",
             # «в цеху», «на столярке»: the camp's workshops
             "цех", "столярк")
_HELD = ("сидит", "сидел", "отбыва", "отыр", "held", "serving", "содерж", "находится")
_BESIDE = ("office", "bureau", "branch", "филиал", "офис", "кеңсе", "family", "семья",
           "отбасы")
# (not «ҰҚК-нің Алматы қаласы бойынша департаменті», the agency that held him)
_INSTITUTIONS = ("мешіт", "мечет", "mosque", "church", "церкв", "doctor", "врачу", "дәрігерге",
                 # a meeting held there: «Павлодарда тренинг бар», "a seminar in Aktau"
                 *_EVENTS,
                 # a son doing his army service: «Сарыағаштағы әскери бөлімде»
                 "әскери", "military", "army", "воинск",
                 "companies", "company", "компани", "комиссия", "комиссиясы", "commission",
                 # examined there after release; a public reception office
                 "тексеріл", "обследов", "examined", "приемн", "приёмн", "reception",
                 # «Павлодар облыстық адвокаттар алқасы», «Астанадан Омбудсмен аппараты»,
                 # «Рудныйға көшеміз» (we are moving to Rudny), "Ақсу қаласынан, отыз жаста"
                 "адвокат", "омбудсмен", "ombudsman", "көшеміз", "көшеді", "көшпек", "переед",
                 "moving", "жаста", "жасында",
                 # "Almaty City Bar Association"
                 "association", "ассоциац")


# A camp's own words, which only someone held there writes of as his: his unit, its workshops,
# the roll call, lights out.
_CAMP = ("отряд", *_QUARTERS, "проверк", "отбой", "отбоя")
# The one held named by his kin: the letter is a relative's, "у нас" is her home.
_HELD_KIN = ("сын", "брат", "муж", "внук", "son", "brother", "husband", "ұлым", "інім", "ағам",
             "күйеуім")


def _with_us(before: list[Token]) -> bool:
    """«у нас в…», «у нас тут в…», "here in…": where the writer is."""
    said = [w.text for w in before[-4:]]
    return "нас" in said or "тут" in said or "здесь" in said or "here" in said


def _among_quarters(words: list[Token], start: int, end: int) -> bool:
    """Whether a camp's own word (a unit, a workshop, the roll call) stands in the place's
    sentence, the one before or the one after, and no one else is the one held there: the
    writer is held where he says "у нас" (not «У нас в Таразе всё по-старому. Сын пишет из
    колонии, что в отряде…», a mother at home)."""
    sentence = words[start].sentence
    near = [w for w in words[max(0, start - 60) : end + 60] if abs(w.sentence - sentence) <= 1]
    return any(w.text.startswith(_CAMP) for w in near) and not any(
        w.text.startswith(_HELD_KIN) for w in near)


def _transferred(span: list[Token]) -> bool:
    """Whether the words say someone was moved by the authorities: «этаппен», "was moved" (not
    "my sister moved to Astana", who went to live there)."""
    return any(w.text.startswith(_MOVED) and not (
        w.text == "moved" and not (k and span[k - 1].text in ("was", "were", "been", "be", "is")))
        for k, w in enumerate(span))


# A Kazakh ablative written apart after a hyphen: «СИЗО-дан».
_ABLATIVE = ("дан", "ден", "тан", "тен", "нан", "нен")
# Nothing was done there, said of the place: «онда ешкім қол көтерген жоқ», «там никто не
# трогал», "nobody touched me there" (a "there" and a verb of touching, not any "nobody … not")
_UNTOUCHED = (r"(?:ешкім\w*\s+(?:\w+\s+){0,2}?(?:қол\s+көтер\w*|тиме\w*|тиген\s+жоқ|ұрма\w*|"
              r"ұрған\s+жоқ)|никто\s+(?:меня\s+|его\s+|нас\s+)?не\s+(?:трогал|бил|обижал)"
              r"|(?:nobody|no\s+one)\s+(?:ever\s+)?(?:touched|beat|hit|harmed))")
_THERE_SAID = r"\b(?:онда|сонда|там|there)\b"
_NOTHING_THERE = re.compile(f"{_THERE_SAID}.*?{_UNTOUCHED}|{_UNTOUCHED}.*?{_THERE_SAID}",
                            re.IGNORECASE)


def _done_there(words: list[Token], sentence: int, own: bool = True) -> bool:
    """Whether the place's sentence (with `own`) tells something done, or the next one does
    "there": «Онда бізді ұрып-соқты» after «…СИЗО-дан әкелді» (not «Мұнда ұрып-соқты», here,
    where he was brought)."""
    following = [w for w in words if w.sentence == sentence + 1]
    return any(w.text.startswith(_DONE) for w in words if own and w.sentence == sentence) or (
        any(w.text in _THERE for w in following)
        and any(w.text.startswith(_DONE) for w in following))


# Papers, and their sending: "nothing be sent to", «жалоба направлена в».
_PAPERS = ("nothing", "complaint", "letter", "cop", "appeal", "request", "petition", "жалоб",
           "копи", "письм", "ходатайств", "заявлен", "ничего", "обращени")
_PAPERS_SENT = ("sent", "send", "forwarded", "направ", "отправ", "перенаправ")


# Counsel and the organisations that help, named by their town.
_COUNSEL = ("lawyer", "advocate", "attorney", "адвокат", "защитник", "юрист", "заңгер",
            "қорғаушы", "ngo", "нпо", "нко", "үеұ")
# …and the words that give his town: "lawyer, based in", «адвокат из», «адвокатов г.»
_COUNSEL_AT = frozenset({"in", "at", "from", "of", "the", "based", "из", "с", "со", "в", "г",
                         "город", "города", "city", "қ", "қаласы", "қаласынан"})
_HIRED = ("нанял", "наняли", "наняла", "hired", "engaged", "жалдад", "жалдап")
_DISTANCE = ("hour", "km", "kilomet", "mile", "час", "км", "километр", "сағат", "minutes",
             "минут", "drive", "езды")
# A writer's books named by his name: "the Abai volumes", «Абай өлеңдері».
_BOOKS = ("volume", "poem", "book", "verse", "өлең", "кітаб", "кітап", "стих", "книг", "том",
          "шығармал", "сочинени",
          # «"Абай жолын" оқып шықтым» (the novel), "the road of…"
          "жолы", "жолын")
# What a book, a film or a programme tells, beyond _BOOKS.
_STORIES = (*_BOOKS, "story", "stories", "novel", "film", "movie", "detective", "documentar",
            "programme", "фильм", "роман", "кино", "сериал", "детектив", "сюжет", "кітап",
            "хикая")
# A time in another zone: "9 pm in Almaty".
_CLOCK = frozenset({"pm", "am", "time", "времени", "уақыты"})


def _home(words: list[Token], start: int, end: int, facility: bool = False) -> bool:
    """Whether the place is not one where anything the letter reports happened: where someone
    lives, was born or comes from, where the letter is written or the reader is, a street, a
    court, a wish, hearsay."""
    from kuager.coding.engine import hearsay

    clause = words[start].clause
    # Kazakh says where one lives at the end of the clause: «Петропавлда екі баламен тұрамын».
    # ("проживающей в г. Экибастуз Павлодарской области": the region after the town too)
    near = [*words[max(0, start - 5) : start], *words[end : end + 4]]
    # ("live in Pavlodar and Semey": the second town shares the first one's verb)
    clauses = {clause}
    if start >= 2 and words[start - 1].text in ("and", "и", "және", "or", "или"):
        clauses.add(words[start - 2].clause)
    if any(w.clause in clauses and w.startswith(stem) for w in near for stem in _HOME):
        return True
    # …or after a comma: «Қазір Екібастұзда, әйелімнің туыстарының қасында тұрамыз».
    if any(w.sentence == words[start].sentence and w.text.startswith(("тұрамын", "тұрамыз"))
           for w in words[end : end + 7]):
        return True
    if hearsay(words, start) or _rumoured(words, start, end):
        return True
    sentence = words[start].sentence
    before = [w for w in words[max(0, start - 5) : start] if w.sentence == sentence]
    custody = any(w.text.startswith((*_DETENTION, *_ARREST)) for w in words[
        max(0, start - 12) : end + 12] if w.sentence == sentence)
    after = [w for w in words[end : end + 4] if w.sentence == sentence]
    # The case ending is on the name's own last word, not on an initial a loose match took
    # in as "г.": «Мен Ақтөбеден, Г. Н.»
    tail = words[end - 1]
    if end - start > 1 and len(tail.text) == 1:
        tail = words[end - 2]
    # («Сіздерге Орал қаласынан зейнеткер Т. С. хат жазып отыр»: the verb comes late)
    writing = [w for w in (*before, *after, *words[end + 4 : end + 7])
               if w.text.startswith(_WRITING) and w.sentence == sentence]
    # ("mother of a prisoner, calling from Pavlodar": a prisoner is not a place)
    # (a scan's Latin letters, «из кoлонии под Атыpау», read as well)
    if writing and not any(any(r.startswith(_DETENTION) for r in (w.text, *w.alts))
                           and not w.text.startswith(("prisoner", "заключ"))
                           for w in (*before, *after)):
        return True
    # ("інім Семейдегі колонияда": the brother is the one held)
    # (not «інімді Таразда ұрды», the brother beaten there: a Kazakh object ending)
    # (a scan's Latin i, «iнiмдi Конаевта»: the ending read in every reading)
    kin = [k for k, w in enumerate(before[-4:]) if _kin(w) and not any(
        _KAZAKH.search(r) and r.endswith(("ды", "ді", "ты", "ті", "ны", "ні"))
        for r in (w.text, *w.alts))]
    # (not "брата избили в ИВС Атырау": custody between the brother and the place)
    # ("брата, он сидит на Заречном": the brother is held there)
    # («Інім Вишнёвкаға келді, этаппен», "my brother was moved to Dolinka": brought there)
    if kin and not any(w.text.startswith(_ANCHORS) for w in before[-4:][kin[-1] + 1 :]) \
            and not _transferred(before[-4:][kin[-1] + 1 :]) \
            and not any(w.text.startswith((*_DETENTION, *_HOLDING)) for w in after) \
            and not _transferred(after) \
            and not any(w.text.startswith(_HELD) for w in before[-3:]) \
            and not _held_there(words, start):
        return True
    if not facility and _summoned(words, start, end):
        return True
    # «Өскемендегі ҰҚК департаментіне … жаздым»: whom a complaint went to
    # (not «Павлодардағы полиция бөлімінде ұрып…, прокуратураға жаздым»)
    if any(t.endswith(_DAGY) for t in (tail.text, *tail.alts)) and any(
            w.text.startswith(_WROTE_TO) for w in words[end : end + 12]
            if w.sentence == sentence) and not any(
            w.text.startswith((*_DETENTION, *_ARREST, *_DONE)) for w in after[:3]):
        return True
    # "He asked that nothing be sent to the Jetisu police", «жалобу направили в Жамбылскую
    # прокуратуру»: whom papers go to (not "he was sent to the Taraz police")
    sending = [k for k, w in enumerate(before) if w.text.startswith(_PAPERS_SENT)]
    if sending and any(w.text.startswith(_PAPERS) for w in words[max(0, start - 10) : start]
                       if w.sentence == sentence and w.clause == clause) and all(
            w.text in ("to", "the", "a", "в", "во") for w in before[sending[-1] + 1 :]):
        return True
    # "posted in Zhanatas": where the letter was sent from
    # ("The letter came by post from Kentau", «пришло почтой из Кентау»)
    if any(w.text.startswith(("posted", "postmark")) for w in before[-2:]) or (
            before and before[-1].text in ("from", "из") and any(
                w.text in ("post", "mail", "почтой", "почте") for w in before[-3:-1])):
        return True
    # «Мен қазір Ақтауда құрылыста арматурщик болып істеймін»: where the writer works now
    if any(w.text in ("істеймін", "істейміз") for w in words[end : end + 6]
           if w.sentence == sentence):
        return True
    if any(w.text.startswith(_BIRTH) for w in before[-4:]) or any(
            w.text.startswith(_BIRTH_AFTER) and not (k + 1 < len(after) and after[
                k + 1].text.startswith("күн")) for k, w in enumerate(after)):
        return True
    if any(w.text in _YOURS for w in before[-3:]):
        return True
    # "(Abai region now, not East Kazakhstan)", «не в Павлодаре, а в Экибастузе»: named to be
    # set aside
    if (before[-1:] and before[-1].text in ("not", "не")) or (
            before[-2:-1] and before[-2].text == "не" and before[-1].text in ("в", "во")) or (
            after[:1] and after[0].text == "емес"):
        return True
    # "from Kokshetau they usually take them to Vishnevka or Arkalyk": what is usual, nobody
    # taken there
    usual = [w for w in (*words[max(0, start - 9) : start], *after[:2])
             if w.sentence == sentence]
    if any(w.text in ("обычно", "usually", "әдетте", "правило") for w in usual) and any(
            w.text.startswith((*_MOVED, *_SENDING, "везут", "отправляют", "take", "send",
                               "апарады", "жібереді")) for w in usual):
        return True
    if any(w.text in _STREET_SHORT or (w.text.startswith(_STREET) and w.text not in _ON_STREET)
           for w in (*before[-1:], *after[:2])):
        return True
    # ("Суд будет в следующем месяце в Петропавловске")
    # (not "сидит в СИЗО в Актобе, ждёт суда": held there until the trial)
    # (not "the pre-trial detention centre in Kyzylorda")
    # (not "in the SIZO in Shymkent, the court gave two months": the court's own clause)
    # («Павлодар қалалық №2 сотының үкімімен»: the court's kind and number between)
    courts = [w for w in after if not (w.text in _COURT_KINDS or w.text.isdigit())]
    if any(w.text in _COURT and w.clause == clause and not (k and after[k - 1].text in _AWAITING)
           for k, w in enumerate(after[:2])) or any(
            w.text in _COURT and w.clause == clause for w in courts[:1]) or any(
            (w.text in _COURT or w.text.startswith(_TRIAL)) and w.clause == words[start].clause
            and not (k and before[-6:][k - 1].text == "pre")
            for k, w in enumerate(before[-6:])) or any(
            # «Шымкентте сотталды» (tried in Shymkent): Kazakh says it after the place
            w.text.startswith(_TRIED) and w.clause == words[start].clause for w in after[:2]):
        return True
    # "Aktobe, cafe near the market": where a note was made; "work at a factory near
    # Aktobe": a workplace
    if not custody and not facility and (
            any(w.text.startswith(_VENUES) for w in after[:2])
            or any(w.text.startswith(_WORKPLACE) for w in before[-3:])
            or _said([w.text for w in after], _FOR_WORK)) and not any(
            # (not "в офисе ДКНБ в Актобе его били")
            w.text.startswith(_ANCHORS) for w in words[max(0, start - 12) : end + 12]
            if w.sentence == sentence):
        return True
    if (any(w.text.startswith(_ELSEWHERE) or w.text in ("office", "offices")
            for w in before[-3:]) and not any(
            # (a psychiatric hospital holds people: "Regional psychiatric hospital, Uralsk")
            w.text.startswith(("psychiatr", "психиатр", "психоневр")) for w in before[-4:])) or any(
            # ("9 pm in Almaty"; not "I am in Taraz")
            w.text in _CLOCK and (w.text not in ("am", "pm")
                                  or (k and before[k - 1].text.isdigit()))
            for k, w in enumerate(before) if k >= len(before) - 3):
        return True
    # "Our lawyer in Astana", "his lawyer, based in Astana", «Коллегия адвокатов г. Астаны»,
    # "the medical room of the NGO, Almaty": where the counsel works, said right after him
    # (not "the lawyer was not let into the SIZO in Astana", "called a lawyer, and in the
    # Taraz police they beat him")
    counsel = [k for k, w in enumerate(before[-4:]) if w.text.startswith(_COUNSEL)]
    if counsel and all(w.text in _COUNSEL_AT or len(w.text) == 1
                       for w in before[-4:][counsel[-1] + 1 :]):
        return True
    # "a member of the Karaganda regional bar", "the Almaty City Bar Association"
    if "bar" in [w.text for w in after[:3]]:
        return True
    # «Мы наняли своего, из Караганды», "hired a lawyer from Karaganda": whom they hired
    if before[-1:] and before[-1].text in _FROM and any(
            w.text.startswith(_HIRED) for w in before[-5:-1]):
        return True
    # «в Верховный суд РК (г. Астана)»: a court's town in brackets after it
    courts = [w for w in before[-4:] if w.text in _COURT]
    if courts and courts[-1].clause == clause - 1 and all(
            w.text in _CITY_WORDS for w in before if w.clause == clause):
        return True
    # (not "следственный изолятор ДУИС по области Абай": the place of detention itself)
    # ("the pre-trial detention centre in Kyzylorda", "the special reception centre of the
    # Kostanay police", «психиатрической больнице в Семее (областной центр…)»: a centre that
    # holds people)
    held_there = any(v.text.startswith((*_DETENTION, *_HOLDING)) for v in before) or (
        _holding_after(after))
    administers = [w for w in after[:3] if any(w.startswith(stem) for stem in _ADMINISTERS)]
    if (administers and not (held_there and all(w.text.startswith(_CENTRE) for w in administers))
            and not any(w.text.startswith(_DETENTION) for w in words[end : end + 6]
                        if w.sentence == sentence)) or any(
            # (not "detained in the capital (it was Nur-Sultan then)": the city's own name)
            w.text.startswith(_ADMINISTERS) and w.clause == clause and not (
                (w.text.startswith(_SERVICE) or w.text.startswith(_CENTRE)) and held_there)
            for w in before[-4:]):
        return True
    # "left through Aktobe", «через Петропавловск»: passed through, nothing done there
    # (not "этапировали через Караганду", held there on the way)
    if not custody and not facility and before[-1:] and before[-1].text in _THROUGH and not any(
            w.text.startswith(_MOVED) for w in words[max(0, start - 8) : end + 4]
            if w.sentence == sentence):
        return True
    # «Этапом через Алматы и Балхаш меня привезли сюда», «Жолда Қарағандыда бір апта транзитте
    # тұрыпты»: a stop on the way where nothing was done; the writers code where he was
    # brought (not "этапировали через Караганду, там держали в СИЗО": custody told there)
    passing = before[-1:] and (before[-1].text in _THROUGH or (
        before[-1].text in ("и", "and", "және") and any(w.text in _THROUGH for w in before[-3:-1])))
    way = [w for w in words[max(0, start - 30) : end + 30] if w.sentence == sentence]
    if not custody and not facility and (passing or any(
            w.text.startswith(_ON_THE_WAY) for w in way) or _said(
            [w.text for w in way], _ON_THE_WAY_SAID)) and not any(
            w.text.startswith((*_DONE, *_HELD_BY_FORCE)) for w in way):
        return True
    # "then the bus from Almaty", «выехал через аэропорт Атырау»: a ride or a flight
    if not custody and not facility and before[-1:] and (
            before[-1].text in _TERMINALS or (before[-1].text in _FROM_BY and before[-2:-1]
                                              and before[-2].text in _TRANSPORT)) and not any(
            w.text.startswith(_MOVED) for w in words[max(0, start - 8) : end + 4]
            if w.sentence == sentence):
        return True
    if any(w.text.startswith(_TRAVEL) or (w.text.startswith(_DWELLING) and not custody
                                          and not w.text.startswith("үйрен"))
           for w in after[:1]) or any(
            # («Абай аудандык полиция»: typed without Kazakh letters)
            w.startswith(stem) for w in after[:1] for stem in _DISTRICT) or (
            # «Шымкенттен Алматыға поезбен»
            any(w.text.startswith(_TRAVEL) for w in after[1:2]) and not custody):
        return True
    # «Тараздағы шешеңнің үйін» (your mother's house in Taraz): Kazakh names the place first;
    # not «Жаңаөзендегі үйімнен алып» (took me from my house), where he was arrested
    taken = ("from", "из", "took", "taken", "забрал", "алып", "ұстап", "әкет")
    # (a scan's Latin i: «Тараздағi»)
    # (typed without Kazakh letters: «Атыраудагы анан»)
    if any(t.endswith(_DAGY) for t in (tail.text, *tail.alts)) and (
            any(w.text.startswith((*_PARENTS, *_KIN_THERE)) for w in after[:1])
            or (not custody and any(w.text.startswith(_DWELLING) and not w.text.startswith(
                "үйрен") for w in after[:2]))):
        return True
    # "сейчас дома в Павлодаре", "at home in Almaty": where someone lives
    if not custody and len(before) >= 2 and before[-1].text in ("в", "во", "in") and (
            before[-2].text in ("дома", "home", "house", "flat")) and not any(
            w.text.startswith(taken) for w in before[-5:]):
        return True
    # "about an hour from Almaty", "в 40 км от Караганды": how far a place is from it
    if len(before) >= 2 and before[-1].text in ("from", "от", "из") and any(
            w.text.startswith(_DISTANCE) for w in before[-3:-1]):
        return True
    # «Шымкенттен көлікпен екі сағаттай жерде», «Қарағандыдан 40 км»: Kazakh names the place
    # first (not «Семейден этаппен екі күн жүрдік», moved from where he was held)
    if tail.text.endswith(("нан", "нен", "дан", "ден", "тан", "тен")) and any(
            w.text.startswith(_DISTANCE) for w in after[:4]) and not any(
            w.text.startswith((*_MOVED, *_DONE)) or w.text == "бойы" for w in after[:6]):
        return True
    # "came to Almaty for the examination", «в Караганду на экспертизу»: where he was examined
    if after[:1] and after[0].text in ("for", "на") and any(
            w.text.startswith(("examination", "обследован", "экспертиз")) for w in after[1:3]):
        return True
    # "our Uralsk office", "the Kostanay family", «Астана қаласы бойынша … комиссиясы»,
    # «Талдықорғандағы орталық мешіт», "did he go to Aktobe to the doctor?"
    if any(w.text.startswith(_BESIDE) for w in after[:1]) or (any(
            w.text.startswith(_INSTITUTIONS) for w in after[:3]) and not _holding_after(after)):
        return True
    # «Павлодар облысының Ақсу қаласынан, отыз жаста»: who he is, with his age
    if not custody and any(w.text in ("жаста", "жасында") for w in words[end : end + 6]
                           if w.sentence == sentence):
        return True
    # «Қарағандыдағы бір компанияда жұмыс істейді» (he works for a company in Karaganda),
    # "Son now works in Almaty"
    # ("Я в Конаеве, работаю там": the writer's own, in an answer)
    # («Інісі Қарағандыда оқиды»: his brother studies there; "your brother works in the
    # akimat in Shymkent")
    if not custody and any(w.text in ("істейді", "работает", "works", "lives", "живет",
                                      "работаю", "живу", "учусь", "work", "live", "оқимын",
                                      "оқиды", "учится", "studies")
                           for w in (*after[:6], *before[-3:], *(
                               v for v in before if v.clause == clause))):
        return True
    # "he will be sent to Arkalyk", «отправят в Аркалык»: a transfer held out, not made
    # («Атырауға, ең қатаң жерге айдатамыз»: the verb after the place)
    if any(w.text in _SENT_LATER for w in (*before[-4:], *after[:4])) or (
            any(w.text in _MAY_BE for w in before[-5:])
            and any(w.text.startswith(("sent", "send", "transferr", "moved", "move", "transfer"))
                    for w in before[-3:])):
        return True
    # (not "he fears they will beat him again in the Taraz SIZO")
    if any(w.text.startswith(_A_TRANSFER) and w.text not in _MADE for w in before[-4:]) and any(
            w.text.startswith(_FEARED) for w in words[max(0, start - 12) : start]
            if w.sentence == sentence) and not any(
            w.text.startswith(_DONE) for w in words[start : end + 12] if w.sentence == sentence):
        return True
    # "Текеліде қар түсті ме?", "winter dragged on in Aktobe": the weather at home
    # (not «Мұнда, Таразда, … жел ұрып тұрады, бірақ барак жылы»: where he is held)
    # (nor «У нас тут в Усть-Каменогорске зима лютая… одна девочка из нашего отряда»: "here
    # with us", a camp's own word in the next sentence)
    if not facility and not custody and any(
            (w.text + " ").startswith(_WEATHER) for w in (*after[:4], *before[-2:])) and not any(
            w.text.startswith(_QUARTERS) for w in words[start : end + 14]
            if w.sentence == sentence) and not (
            _with_us(before) and _among_quarters(words, start, end)):
        return True
    # "I fly into Aktau", "then the overnight train to Atyrau", «Шымкенттен колонияға бардым»,
    # «Атыраудан Ақтауға жету қиын, жол ұзақ, пойызбен»: a journey
    # (not "завтра еду в Актобе", where he is held: a journey to a place may be a visit)
    if not custody and not facility and (any(w.text in ("back", "trip") for w in before[-3:])
                                         or (tail.text.endswith(
            ("дан", "ден", "тан", "тен", "нан", "нен"))
            and any(w.text in _JOURNEY or w.text.startswith(_TRAVEL) for w in after[:5]))):
        return True
    # «Мен Павлодарданмын» (I am from Pavlodar), «екеуі Алматыдан, біреуі Қонаевтан» (two
    # of them from Almaty, one from Konaev), «Мен ол кезде Бейнеуде едім» (I was in Beineu)
    if tail.text.endswith(("данмын", "денмін", "танмын", "тенмін", "нанмын", "ненмін")) or (
            # «Мен Қызылордадан А. деген әйелмін», «Мен Шымкент қаласынан…»
            before[-1:] and before[-1].text == "мен" and tail.text.endswith(
                ("дан", "ден", "тан", "тен", "нан", "нен"))) or any(
            w.text in ("біреуі", "екеуі", "үшеуі") for w in before[-1:]) or (
            not custody and any(w.text in ("едім", "едік") for w in after[:3])):
        return True
    # «Мен Алматыдамын, ертең ұшамын», "I am in Astana with two kids", «я сейчас в Таразе»:
    # where the writer is, in a sentence that tells no custody
    if not custody and not facility and _where_i_am(words, start, before, tail):
        return True
    # «Ерлан в Семее, не в Өскемене», "not in Karaganda but in Temirtau", «Өскеменде емес»:
    # where he is not
    if (len(before) >= 2 and before[-2].text in ("не", "not") and before[-1].text in (
            "в", "во", "in", "at")) or (after[:1] and after[0].text == "емес"):
        return True
    # "Zarechny is a different place, a colony", «Заречный — это другое место», «Долинка басқа
    # жер»: a place set apart from his
    apart = [w.text for w in after if w.text not in _COPULAS][:2]
    if len(apart) == 2 and apart[0] in _OTHER and apart[1].startswith(_A_PLACE):
        return True
    # «Құсмұрындағы колония жабылған, ол жаққа ешкімді жібермейді» (nobody is sent there), «его
    # туда не переведут»: a transfer denied, in a sentence that tells nobody held (not
    # "the administration has not sent our letters")
    whole = [w for w in words[max(0, start - 30) : end + 30] if w.sentence == sentence]
    if any((w.text in _NOT_SENT and any(v.text.startswith("ешкім") for v in whole)) or (
            w.text in _SENDING and k and whole[k - 1].text == "не")
            for k, w in enumerate(whole)) and not any(
            w.text.startswith((*_HELD, *_DONE, *_HELD_BY_FORCE, *_SERVED)) for w in whole):
        return True
    # «Мен Ақтөбеге қызымның босануына келгем» (I came to Aktobe for my daughter's confinement):
    # Kazakh names the kin after the place (not «Таразда інім ұсталды», held there)
    # («Балалар Семейде, менің мамамда»: the kin after a possessive)
    kin_after = after[1:2] if after[:1] and after[0].text in _WHOSE else after[:1]
    if kin_after and any(kin_after[0].startswith(k) for k in _KIN_AFTER) and not any(
            _KAZAKH_OBJECT.search(r) for r in (kin_after[0].text, *kin_after[0].alts)) and not any(
            w.text.startswith((*_DETENTION, *_ARREST, *_HELD_BY_FORCE, *_DONE, *_HELD))
            for w in whole):
        return True
    # "I took the train to Atyrau and left", «Атыраудан поезбен екі күн жүремін, Астанада бір
    # түнеймін»: a stop on a journey, in a sentence that tells no custody
    # (not "stopped me near the bus station in Aktau": a station is a place, not a ride)
    if not facility and any(_riding(w) and not (k + 1 < len(whole) and whole[k + 1].text.startswith(
            _STOPS)) for k, w in enumerate(whole)) and not any(
            w.text.startswith((*_ANCHORS, *_MOVED, *_HELD, *_CONVOY)) for w in whole):
        return True
    # «абай бол» (be careful): a word, not the region
    if words[start].text == "абай" and any(w.text.startswith("бол") for w in after[:1]):
        return True
    # "the two Abai volumes", «Абайдың өлеңдері»: a poet's books, not the region; "a detective
    # story about Almaty in the 90s", «фильм про Шымкент», «Алматы туралы кітап»: what a book
    # or a film is about
    if any(w.text.startswith(_BOOKS) for w in after[:1]) or (
            before and before[-1].text in ("about", "про", "о", "об") and any(
                w.text.startswith(_STORIES) for w in before[-5:-1])) or (
            after[:1] and after[0].text == "туралы" and any(
                w.text.startswith(_STORIES) for w in after[1:3])):
        return True
    # «Жезқазғаннан бір серіктес келеді» (a partner comes from Zhezkazgan): the verb a word or
    # two after, in the clause (not «Семейден этаппен келді», brought from where he was held)
    if not custody and tail.text.endswith(("нан", "нен", "дан", "ден", "тан", "тен")) and any(
            w.text.startswith(_CAME) and not w.text.startswith("әкел")
            for w in after[1:3] if w.clause == clause) and not any(
            w.text.startswith(_MOVED) for w in after[:3]):
        return True
    # "who is visiting from Shymkent", «Шымкенттен келіп», "приехала из Караганды"
    if (before[-1:] and before[-1].text in _FROM and any(
            w.text.startswith(_CAME) for w in before[-3:-1])) or (any(
            w.text.startswith(_CAME) for w in after[:1]) and tail.text.endswith(
            ("нан", "нен", "дан", "ден", "тан", "тен")) and not (
            # (not «ұлымды Семейден әкелді», brought him from where he was held)
            after[0].text.startswith("әкел") and any(
                _KAZAKH_OBJECT.search(w.text) or w.text in ("мені", "оны", "бізді")
                for w in before[-3:]))):
        return True
    # "я сейчас у неё в Петропавловске", "У нас в Шымкенте уже холодает": where the writer
    # stays, or home, "у нас" without a place of detention.
    # (not «Говорит, у них в Павлодаре на двойке был шмон. Всех выгнали на плац»: the
    # prisoners' own camp, told by its quarters in that clause or the next sentence)
    # (not «У нас в Жамбылской области жара… но в цеху поставили вентиляторы»: a prisoner's
    # "with us", a camp's own word beside it)
    said = [w.text for w in before[-3:]]
    if not facility and len(said) == 3 and said[0] == "у" and said[2] in ("в", "во") and ((
            said[1] in ("нее", "него", "них") and not any(
                w.text.startswith((*_DETENTION, *_ARREST, *_QUARTERS))
                for w in words[end : end + 30] if w.clause == clause
                or w.sentence == sentence + 1))
            or (said[1] == "нас" and not custody and not _among_quarters(words, start, end))):
        return True
    working = [w for w in words[max(0, start - 7) : start] if w.clause == clause]
    if any(w.text.startswith(_WORK) for w in working) and any(
            w.text in _PERSONS or w.text == "работаю" for w in working):
        return True
    # "я сама павлодарская": the writer's town, named as what she is
    if any(w.text in _PERSONS for w in before[-2:]) and tail.text.endswith(
            ("ская", "ский", "ская", "ские")):
        return True
    # "Я сейчас в Астане у сестры": where the writer stays, with a relative
    if after[:1] and after[0].text in ("у", "at") and any(
            w.text.startswith(_PARENTS) for w in after[1:3]):
        return True
    # «…ауылының тұрғыны», "resident of": an address, however far the noun comes after
    if any(w.text.startswith(("тұрғын", "житель", "resident")) for w in words[end : end + 7]):
        return True
    if _comes_from(words, start, before, facility):
        return True
    # "Arrived with a group from the Almaty SIZO on 3 September", «этапировали сюда из
    # Караганды»: where he was held before, in a sentence that tells nothing done there; the
    # writers code where he was brought (not «Пишу из СИЗО Павлодара, меня сюда перевели»:
    # the place he writes from)
    if not facility and any(w.text in ("from", "из") for w in before[-3:]) and any(
            w.text.startswith((*_MOVED, *_ARRIVED)) for w in whole) and not any(
            w.text.startswith(_DONE) for w in whole) and not any(
            w.text.startswith(_WRITING) for w in before):
        return True
    # «Бізді Астанадағы СИЗО-дан этаппен әкелді»: the place of detention he was brought from,
    # Kazakh's ablative on the place's own noun, in a sentence that tells nothing done there
    # (not «Семейдегі СИЗО-дан әкелгенде ұрып-соқты», nor «…әкелді. Онда бізді ұрып-соқты»)
    # («Павлодар қаласындағы тергеу изоляторынан этаппен…»: the ablative on the noun itself)
    if not facility and ((any(w.text.startswith(_DETENTION) for w in after[:1]) and any(
            w.text in _ABLATIVE for w in after[1:2])) or any(
            w.text.startswith(_DETENTION) and w.text.endswith(_ABLATIVE)
            for w in after[:2])) and any(
            w.text.startswith((*_MOVED, *_ARRIVED)) for w in whole) and not _done_there(
            words, sentence):
        return True
    # «Астанадағы СИЗО-да жарты жыл отырдым, онда ешкім қол көтерген жоқ», "I spent a year in
    # the Pavlodar SIZO, nobody touched me there": a past stay where nothing happened (not
    # «…сидел, сначала били, потом никто не трогал»: the denial's words aside, nothing done)
    if not facility and any(w.text.startswith(_SERVED) for w in whole):
        told = " ".join(w.text for w in whole)
        denied = _NOTHING_THERE.search(told)
        if denied and not any(word.startswith(_DONE) for word in (
                told[: denied.start()] + " " + told[denied.end() :]).split()) and not \
                _done_there(words, sentence, own=False):
            return True
    # «Маңғыстауда қалдыра ма, әлде алысқа жібере ме?»: asked about, nothing told
    if any(w.text in QUESTION_PARTICLES for w in after[:3]):
        return True
    # "Caller phoned from Kyzylorda, where she lives"
    if after[:1] and after[0].text in ("where", "где") and any(
            w.text.startswith(_HOME) for w in after[1:]):
        return True
    last = tail.text
    if _KAZAKH.search(last) and last.endswith(_DEMONYM) and not any(
            last.startswith(name) and not last[len(name) :].startswith(_DEMONYM)
            for name in _LIKE_DEMONYMS):
        return True
    if any(w.text.startswith(_WISH_AFTER) for w in words[end : end + 6]
           if w.sentence == sentence):
        return True
    wished = [w for w in words[:start] if w.sentence == sentence]
    # "Can we ask for one close to Taraz?": a colony wished for near the place
    close = [w.text for w in before[-2:]] in (["close", "to"], ["ближе", "к"])
    # ("after transfer to Karabas, guards beat…": a transfer made is no wish)
    return any(w.text.startswith(_NEAR_HOME) for w in wished) or (
        (close or any(w.text.startswith(_WISH) for w in wished))
        and any(w.text.startswith(_ASKING) for w in words[max(0, start - 12) : end + 6]
                if w.sentence == sentence))


# "is a different place": what a place is said to be, not where he is.
_COPULAS = frozenset({"is", "was", "a", "an", "quite", "entirely", "completely", "это", "совсем",
                      "мүлде"})
_OTHER = frozenset({"different", "another", "другое", "другая", "другой", "басқа"})
_A_PLACE = ("place", "место", "жер", "colony", "колони", "мекеме", "учрежден", "town", "город",
            "қала")
# The writer is somewhere: "I am in", "we're still in", «я сейчас в», «Мен Алматыдамын».
_I_AM = frozenset({("i", "am"), ("i", "m"), ("we", "are"), ("we", "re")})
_NOW_WORDS = frozenset({"now", "still", "currently", "already", "here", "staying", "сейчас",
                        "пока", "уже", "еще", "тоже", "теперь", "қазір"})
_I_AM_THERE = ("дамын", "демін", "тамын", "темін", "дамыз", "деміз", "тамыз", "теміз")


def _where_i_am(words: list[Token], start: int, before: list[Token], tail: Token) -> bool:
    """Whether the place is where the writer says he is, with nothing held or done told in
    its sentence ("I am in Taraz, in the SIZO" is custody and read before; «Я в Таразе, здесь
    бьют» is where he is held)."""
    sentence = words[start].sentence
    if any(w.text.startswith(_TOLD) for w in words[max(0, start - 12) : start + 16]
           if w.sentence == sentence):
        return False
    if tail.text.endswith(_I_AM_THERE):
        return True
    if not before or before[-1].text not in ("in", "в", "во"):
        return False
    said = [w.text for w in before[:-1] if w.text not in _NOW_WORDS]
    return tuple(said[-2:]) in _I_AM or said[-1:] in (["я"], ["мы"])


def _untold(text: str, words: list[Token], start: int, end: int) -> bool:
    """Whether the place is named in an item the letter marks as a rumour, or for a person by
    his initial: what _home cannot read without the text."""
    return _unconfirmed(text, words, start) or _initialled(text, words, start, end)


# Where a complaint may be sent: "the prosecutor in Shymkent", «в Улытаускую прокуратуру».
_ADDRESSEES = ("prosecutor", "прокурор", "прокуратур", "ombudsman", "омбудсмен", "уполномоч",
               "уәкіл")
# Asking where or whether to complain: "Can I complain…?", «куда подать заявление?»
_COMPLAINING = ("complain", "appeal", "file", "write", "send", "жалоб", "жаловат", "заявлен",
                "обжал", "подать", "писать", "куда", "where", "шағым", "жаз", "арыз")


def _where_to_complain(text: str, words: list[Token], start: int, end: int) -> bool:
    """Whether the place is named for the office a complaint could go to, in a question that
    tells nothing done or held: "Can I complain to the prosecutor in Shymkent or must it be
    in Almaty region?", «куда, в Улытаускую прокуратуру или в Карагандинскую?»."""
    first, last = _sentence_words(words, start)
    if not text[words[last].end :].lstrip(" »\"”)").startswith("?"):
        return False
    near = words[max(first, start - 2) : min(last + 1, end + 1)]
    sentence = words[first : last + 1]
    return any(w.text.startswith(_ADDRESSEES) for w in near) and any(
        w.text.startswith(_COMPLAINING) for w in sentence) and not any(
        w.text.startswith(_TOLD) for w in sentence)


# A letter's head: its first lines, where the addressee is, each short.
_HEAD_LINES = 5
_HEAD_LINE = 70
# The ombudsman a letter is addressed to sits in the capital, whatever happened where; a
# prosecutor addressed is the one of the region where the writer is held ("Прокурору
# Павлодарской области / от осуждённого… г. Экибастуза").
_OMBUDSMAN = ("ombudsman", "омбудсмен", "уполномоч", "уәкіл")


def _addressee(text: str, words: list[Token], start: int) -> bool:
    """Whether the place is in the addressee at the head of the letter, on the line of the
    office it is addressed to or the one before: «Астана қ., Адам құқықтары жөніндегі /
    уәкілдің кеңсесіне». Not the sender's line, which names where he is held, nor a
    paragraph's long line."""
    at = words[start].start
    lines = [m.start() for m in re.finditer(r"^[ \t]*\S", text, re.MULTILINE)]
    here = bisect.bisect_right(lines, at) - 1
    if here >= _HEAD_LINES:
        return False
    low = lines[here]
    high = text.find("\n", lines[here + 1]) if here + 1 < len(lines) else len(text)
    high = len(text) if high < 0 else high
    if any(len(line.strip()) > _HEAD_LINE for line in text[low:high].splitlines()):
        return False
    own = [w for w in words if low <= w.start < high]
    return any(w.startswith(stem) for w in own for stem in _OMBUDSMAN) and not any(
        w.startswith(stem) for w in own for stem in _DETENTION) and not _CODE.search(
        text, low, high)


def _sentence_words(words: list[Token], at: int) -> tuple[int, int]:
    """The first and the last word of the sentence of the word at `at`."""
    first = last = at
    while first and words[first - 1].sentence == words[at].sentence:
        first -= 1
    while last + 1 < len(words) and words[last + 1].sentence == words[at].sentence:
        last += 1
    return first, last


# What marks an item as unconfirmed: "4. Karaganda - rumour, not recorded", «Расталмаған».
_UNCONFIRMED = ("rumour", "rumor", "слух", "сплетн", "сыбыс", "өсек", "unconfirmed",
                "unverified", "расталмаған", "расталмады", "неподтвержд", "непроверен")
_QUOTES = re.compile(r"[«»“”\"]")
# A paragraph of more lines is a chat or a log, whose items are its lines.
_ITEM_LINES = 5


def _unconfirmed(text: str, words: list[Token], start: int) -> bool:
    """Whether the place is in an item the letter marks as a rumour ("3. Aktau.\nA post in a
    chat says «they beat a boy in the IVS». Unconfirmed."), in a sentence that tells nothing
    done and nobody held but inside quotation marks. An item is a paragraph of a few lines,
    or the place's line in a longer one (a chat's message); a letter written as one block is
    left whole."""
    breaks = [m.end() for m in _PARAGRAPH.finditer(text)]
    if not breaks:
        return False
    at = words[start].start
    low = max((b for b in breaks if b <= at), default=0)
    high = min((m.start() for m in _PARAGRAPH.finditer(text, at)), default=len(text))
    if text.count("\n", low, high) > _ITEM_LINES:
        low, high = text.rfind("\n", 0, at) + 1, text.find("\n", at)
        high = len(text) if high < 0 else high
    item = [w for w in words if low <= w.start < high]
    if not any(w.text.startswith(_UNCONFIRMED) for w in item) and not _said(
            [w.text for w in item], _UNCONFIRMED_SAID):
        return _secondhand(text, words, low, high)
    first, last = _sentence_words(words, start)
    for k in range(first, last + 1):
        w = words[k]
        # (what was done or that he was held, not a heading's "2. Taldykorgan, IVS."; typed
        # without Kazakh letters too: «Сатпаевта устады»)
        if any(w.startswith(stem) for stem in _TOLD) and not _quoted_at(text, low, w.start) \
                and not _topic(words, k):
            return False
    return True


def _quoted_at(text: str, low: int, at: int) -> bool:
    """Whether a quotation opened since low is still open at at."""
    marks = _QUOTES.findall(text, low, at)
    return marks.count("«") > marks.count("»") or marks.count("“") > marks.count(
        "”") or marks.count('"') % 2 == 1


# What a story or a report is about, not what it tells was done: "a story about torture in
# the Aktobe IVS", «сюжет о пытках», «ұрып-соғу туралы».
_ABOUT = frozenset({"about", "regarding", "concerning", "о", "об", "про"})


def _topic(words: list[Token], k: int) -> bool:
    """Whether the word is in what a story is about: after "about" in its clause (not "about
    ten guards"), or a few words before «туралы»."""
    clause, sentence = words[k].clause, words[k].sentence
    return any(words[j].text in _ABOUT and words[j].clause == clause and not (
        words[j + 1].text.isdigit() or words[j + 1].text in _NUMBER_WORDS
        or words[j + 1].text in ("a", "an", "half")) for j in range(max(0, k - 8), k)) or any(
        v.text == "туралы" for v in words[k + 1 : k + 4] if v.sentence == sentence)


def _said(said: list[str], phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether the words say one of the phrases, its last word as a stem."""
    return any(said[i : i + len(phrase) - 1] == list(phrase[:-1])
               and said[i + len(phrase) - 1].startswith(phrase[-1])
               for phrase in phrases for i in range(len(said) - len(phrase) + 1))


# Items a note keeps out of its cases: "5. Media. … Not our case; noted for monitoring only",
# "Not verified; not included in the findings".
_UNCONFIRMED_SAID = (("not", "verified"), ("не", "проверен"), ("not", "our", "case"),
                     ("не", "наш", "случай"), ("for", "information", "only"),
                     ("for", "monitoring", "only"), ("только", "для", "информации"))
# A numbered item of a digest: "3. AKTOBE - media", «4. Кызылорда.»
_NUMBERED = re.compile(r"\s*\d+(?:\s*[-–]\s*\d+)?\s*[.)]\s")
# What makes such an item second-hand, beyond hearsay and a question: the media, one who
# did not see it himself.
_SECONDHAND = ("media", "сми", "бақ", "сюжет", "репортаж")
_SECONDHAND_SAID = (("очевидцем", "не"), ("not", "a", "witness"), ("куәсі", "емес"))
# A question reported: «спрашивала, правда ли, что…», "asked whether…"
_QUESTIONS = (*QUESTION_PARTICLES, "whether")


def _secondhand(text: str, words: list[Token], low: int, high: int) -> bool:
    """Whether a numbered item tells only what someone saw on television, heard, or asked
    ("4. Кызылорда. Мужчина видел по телевизору сюжет о пытках в ИВС Аральска", "3. Тараз.
    Мать спрашивала, правда ли, что «там бьют»"): no custody or act in it but in quotation
    marks, as a topic, or in a sentence of hearsay or of a question."""
    if not _NUMBERED.match(text, low):
        return False
    item = [k for k, w in enumerate(words) if low <= w.start < high]
    from kuager.coding.engine import hearsay

    asked = {words[k].sentence for k in item if words[k].text in _QUESTIONS and any(
        v.text.startswith(ASKED_ABOUT) for v in words[item[0] : k]
        if v.sentence == words[k].sentence)}
    if not (asked or any(words[k].text.startswith(_SECONDHAND) or hearsay(words, k)
                         for k in item) or _said([words[k].text for k in item],
                                                 _SECONDHAND_SAID)):
        return False
    return not any(any(words[k].startswith(stem) for stem in _ANCHORS)
                   and words[k].sentence not in asked and not _quoted_at(
                       text, low, words[k].start) and not _topic(words, k)
                   and not hearsay(words, k) for k in item)


# Someone not named, sought or told of by his town: "Do you know anybody in Taraz who…"
_ANYBODY = frozenset({"anybody", "anyone", "someone", "somebody", "нибудь"})


def _initialled(text: str, words: list[Token], start: int, end: int) -> bool:
    """A person named by his initial and his town: "A. in Pavlodar asked us to close the case",
    «мне номер дала Д. из Кокшетау»; not "K. in the Semey SIZO was beaten" (custody in the
    clause)."""
    # ("anybody in Taraz or Shu": the second town shares the first one's words)
    at = start - 2 if start >= 2 and words[start - 1].text in ("or", "and", "или", "и") else start
    # (the preposition in lower case, in the place's sentence: not the initial «С.» of "Т. С.,
    # Карабас", nor «В Сарыагаше» opening a sentence after a signature's initial)
    preposition = words[at - 1] if at >= 2 else None
    if preposition is None or preposition.text not in (
            "in", "from", "в", "во", "из", "с", "со") or not text[preposition.start].islower() \
            or text[preposition.end : preposition.end + 1] == "." \
            or words[at - 2].sentence != words[start].sentence:
        return False
    initial = words[at - 2]
    if initial.text not in _ANYBODY and (len(initial.text) != 1 or not text[
            initial.start].isupper() or text[initial.end : initial.end + 1] != "."):
        return False
    clause = words[start].clause
    # ("anybody in Taraz who works with people after prison": a prison he is out of, not a
    # place named for the one sought)
    custody = (*_ARREST, *_HELD_BY_FORCE, *_DONE, *_HELD, *_MOVED) + (
        () if initial.text in _ANYBODY else _DETENTION)
    return not any(w.text.startswith(custody)
                   for w in words[max(0, start - 12) : end + 12] if w.clause == clause)


def _summoned(words: list[Token], start: int, end: int) -> bool:
    """"A paper from the police in Zhanaozen to come on Thursday 'as a witness'", «куәгер
    ретінде шақырамыз»: a summons, nothing done yet; "they want him to say he sold the cows in
    Shymkent": the statement demanded of him. Not "summoned as a witness, then held and
    beaten there"."""
    sentence = words[start].sentence
    low = max(0, start - 14)
    for k in range(low, min(len(words), start + 10)):
        w = words[k]
        if w.sentence != sentence:
            continue
        if w.text.startswith(_SUMMONS) or w.text in _WITNESS or (
                w.text.startswith(_DEMAND)
                and any(v.text.startswith(_STATEMENT) for v in words[k + 1 : k + 5])
                # ("they want him to say", not "I want to say")
                and (not w.text.startswith(("want", "demand"))
                     or (k + 1 < len(words) and words[k + 1].text in _OBJECTS))):
            return not any(v.text.startswith((*_DETENTION, *_DONE, *_HELD_BY_FORCE))
                           for v in words[max(0, start - 20) : end + 20]
                           if v.sentence == sentence)
    return False


def _comes_from(words: list[Token], start: int, before: list[Token],
                facility: bool = False) -> bool:
    """"Our mother goes to him from Karaganda", "Сама я из Талдыкоргана", "Я сама с
    Костаная": someone who is not held comes from the place."""
    if not before or not (before[-1].text in _FROM or (
            before[-1].text in _FROM_SPOKEN and not facility)):
        return False
    clause = [w for w in before[:-1] if w.clause == words[start].clause]
    return any(w.text.startswith((*_PARENTS, *_SOMEONE)) or w.text in _PERSONS
               for w in clause) and not any(
        w.text.startswith(_DETENTION) or w.text.startswith(_MOVED) for w in clause) and not (
        _held_there(words, start))


# "There" that points back at the place just named: «Сам я с Тараза, сидел там в СИЗО».
_THERE = frozenset({"там", "there", "сонда", "онда"})
# Taken away by the police: «забрали», "picked up".
_TAKEN_AWAY = ("забрал", "забира", "picked")


def _held_there(words: list[Token], start: int) -> bool:
    """Whether the place's sentence goes on to say someone was held or harmed "there"."""
    sentence = words[start].sentence
    after = [w for w in words[start + 1 : start + 12] if w.sentence == sentence]
    # («гостил у дяди в Каратау, и его там забрали в отдел полиции»: taken there)
    return any(w.text in _THERE and any(v.text.startswith((*_TOLD, *_DETENTION, *_ARREST,
                                                               *_TAKEN_AWAY))
                                        for v in after[max(0, k - 2) : k + 3])
               for k, w in enumerate(after))


# Hearsay told mid-sentence, which the engine reads only at a sentence's start: «раньше в
# Кушмуруне, говорят, людей ломали», "People at the bus station say that…", "…his court, they
# say he may be sent to Zarechny".
_THEY_SAY = frozenset({"говорят", "рассказывают", "поговаривают"})
_PEOPLE_SAY = ("say", "said", "tell", "talk")
_NEIGHBOUR_SAYS = ("айтады", "айтты", "дейді", "говорит", "рассказыва", "says", "told")


def _rumoured(words: list[Token], start: int, end: int) -> bool:
    """Whether the place is told as what people say: a «говорят» or "they say" set off by
    commas, or "people … say" before it; or asked about: "asked whether…", «спрашивал,
    бьют ли в…»."""
    sentence, clause = words[start].sentence, words[start].clause
    # (only the place's own sentence, and little of it: this is asked of every place)
    low = max(0, start - 14)
    for k in range(low, min(len(words), end + 1)):
        w = words[k]
        if w.sentence != sentence:
            continue
        alone = k == 0 or words[k - 1].clause != w.clause
        # («в Кушмуруне, говорят, людей ломали»; not «Его держат в СИЗО Актобе, говорят,
        # там бьют»: the custody is told, the rumour is of what goes on there)
        if w.text in _THEY_SAY and alone and (
                k + 1 == len(words) or words[k + 1].clause != w.clause) and (k < start or not any(
                v.text.startswith((*_DETENTION, *_ARREST, *_HELD, "держ"))
                for v in words[low:start] if v.clause == clause)):
            return True
        if k >= start:
            continue
        if w.text == "they" and alone and words[k + 1].text == "say":
            return True
        # ("The guys here talk that in Zarechny people are hanged")
        if w.text in ("people", "guys", "lads") and any(
                v.text.startswith(_PEOPLE_SAY) and v.clause == w.clause
                for v in words[k + 1 : min(start, k + 9)]):
            return True
        # «Бір жігіт айтады, Көкшетаудағы колонияда дүкен арзан дейді» (one guy says…)
        if w.text in ("жігіт", "біреу", "біреулер", "пацан") and k < start and any(
                v.text in ("айтады", "дейді", "айтты") for v in words[k + 1 : end + 8]
                if v.sentence == sentence):
            return True
        # «көршінің баласы Долинкада отырған, сол айтады: …», "a neighbour's son, who served
        # in Dolinka, says…" (not «соседи по камере», who saw it)
        if w.text.startswith((*NEIGHBOURS, "көрші")) and not words[k + 1].text == "по" and any(
                v.text.startswith(_NEIGHBOUR_SAYS) for v in words[end : end + 6]
                if v.sentence == sentence):
            return True
        # «Спрашивал, «бьют ли сейчас в Долинке»», "One asked whether 'they beat people in
        # the SIZO in Almaty'" (not «Не знаю, били ли его в ИВС Актобе»: held there)
        # ("asked the prosecutor if he would check the Taraz IVS": a request)
        if w.clause == clause and w.text in ("ли", "whether") and any(
                v.text.startswith(ASKED_ABOUT) for v in words[low:k] if v.sentence == sentence):
            return True
    return False


# "A woman from Aktobe asking what to do about a dog", "парень из Шымкента"
_SOMEONE = ("woman", "man", "girl", "boy", "guy", "женщин", "мужчин", "парень", "девушк",
            # "a caller from Talgar asked…", «звонившая из Темиртау»
            "caller", "звонивш", "звонящ", "applicant", "заявител", "visitor",
            # «адвокат из Алматы», «ОНК или кто-то из Астаны», "a lawyer from Oral"
            "адвокат", "lawyer", "защитник", "кто", "someone", "somebody")


# Words of an arrest or a police station: "took me from my house… to the police".
_ARREST = ("полиц", "police", "задерж", "арест", "ұстады", "ұстап", "ұстал")
# "перевели из Семея", "transferred from Pavlodar": he was held there.
_MOVED = ("перевел", "перевез", "этап", "transfer", "moved", "brought", "ауыстыр", "увез")


# Brought or come to a place, beyond _MOVED: "arrived from the Karaganda SIZO", «прибыл из».
_ARRIVED = ("arrived", "arrival", "прибыл", "привез", "привели", "доставил", "келді", "әкелді")


# The gazetteer's kind of facility as a location type (the location_types vocabulary).
PLACE_KIND_OF = {"ivs": "910000000000", "sizo": "920000000000", "knb": "090400000000",
                 "police": "030500000000", "special_reception": "980000000000",
                 "psychiatric": "040704000000"}


def propose_places(text: str, words: list[Token], result: Result, places: Gazetteer,
                   threats: list[tuple[int, int, str]] | None = None,
                   letter_date: dt.date | None = None) -> None:
    """Regions and facilities named in the text, and towns' regions at the time; `threats`
    are the spoken threats the engine found (first, last, code), read again if not given."""
    from kuager.coding.engine import Proposal
    from kuager.places.gazetteer import GENERIC_WORDS

    by_code = {f.legacy_code: f for f in places.facility_by_id.values() if f.legacy_code}
    codes = {code.lower(): f for code, f in by_code.items()}
    taken: list[tuple[int, int]] = []
    for m in _CODE.finditer(text):
        letters = m.group(1).lower()
        letters = _LATIN_CODE_LETTERS.get(letters, letters.translate(_LOOKALIKE))
        number, part = m.group(2).translate(_ONE), m.group(3).translate(_ONE)
        facility = codes.get(f"{letters}-{number}/{part}")
        if facility is None:
            continue
        taken.append((m.start(), m.end()))
        result.facilities.append(Proposal(facility.legacy_code, str(facility), m.group(),
                                          m.start(), m.end(), 0.95, "facility code"))
    for start, end, code in _spoken_codes(text) if any(
            w.text in _SLASH_WORDS for w in words) else ():
        facility = codes.get(code)
        if facility is not None and not any(a <= start < b for a, b in taken):
            taken.append((start, end))
            result.facilities.append(Proposal(facility.legacy_code, str(facility),
                                              text[start:end], start, end, 0.9,
                                              "facility code said in words"))
    # «жүргенде ақсайды» (he limps) is no Aksai: a lower-case word that is a verb
    # (marked so that no name's key matches it: "oral" folds as Oral does)
    keys = [f"{w.text}*" if w.text in _VERBS_LIKE_PLACES and text[w.start].islower()
            else _capital_key(w, places) if text[w.start].isupper()
            else _word_key(w, places) for w in words]
    # A region named after a town shares the town's reason: "born in Kentau, Turkistan
    # Region", "проживающей в г. Экибастуз Павлодарской области".
    towns_named = places.match_towns(keys)
    town_ends = {end: start for start, end, _ in towns_named}
    town_starts = {start: end for start, end, _ in towns_named}
    def threatened(start: int, end: int) -> bool:
        """Whether the place is held out in the quoted words of a threat: "…or you'll sit
        here till spring, and from here straight to Karabas", «…сені Атырауға айдатамыз»
        (not «Тергеуші Таразда маған … деді», where the threat was made)."""
        nonlocal threats
        # (a threat's words are quoted: most places are not, and need no threats read)
        opening = start
        while opening and words[opening - 1].sentence == words[start].sentence:
            opening -= 1
        # (from the end of the sentence before: «Прокурорға… opens on a quotation mark)
        low = words[opening - 1].end if opening else 0
        if not _quoted(text, low, low, words[start].start):
            return False
        if threats is None:
            from kuager.coding.engine import spoken_threats

            threats = spoken_threats(words, text)
        return any(first < start and end - 1 <= last and _quoted(
            text, low, words[first].start, words[start].start) for first, last, _ in threats)

    for start, end, regions, facilities in places.match_places(keys):
        s, e = words[start].start, words[end - 1].end
        town_start = town_ends.get(start)
        if any(a <= s < b for a, b in taken) or _home(words, start, end, bool(facilities)) or (
                _untold(text, words, start, end)) or (
                not facilities and (_heading(text, s, e) or _labelled(text, s)
                                    or _affiliation(text, s)
                                    or _where_to_complain(text, words, start, end)
                                    or _addressee(text, words, start))) or (
                threatened(start, end)) or (
                not facilities and town_start is not None and _home(words, town_start, start)) or (
                # «Павлодар облысының Ақсу қаласынан, отыз жаста»: the town after the region
                # (its loose match may begin on the region's «облысы»)
                not facilities and any(k in town_starts and _home(words, k, town_starts[k])
                                       for k in (end - 1, end, end + 1))):
            continue
        regions = _city_or_region(words, start, end, regions, places)
        for pk in facilities:
            facility = places.facility_by_id[pk]
            result.facilities.append(Proposal(facility.legacy_code, str(facility), text[s:e],
                                              s, e, 0.85, "facility name or nickname"))
        for pk in regions:
            region = places.region_by_id[pk]
            result.regions.append(Proposal(region.code, region.name_en, text[s:e], s, e, 0.85,
                                           "region name"))
    # A facility or town names its region as it was when things happened: Zhezkazgan was in
    # Karaganda Region until 2022. With no date in the letter, the region it is in now.
    # (per paragraph: "studied in Almaty" may be dropped below as nowhere anything happened,
    # and must not hide "a building in Taldykorgan" in 2021, Almaty Region too)
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    dated = [(p, day) for p in result.dates if (day := _day(p.code))]
    # A region made in 2022 named with one of its towns for what happened before it: «Ұлытау
    # облысы, Сәтбаев қ., полиция бөлімі … 2022 жылы наурызда» was in Karaganda Region then.
    # (Only with the town, and by a date of its own paragraph: "To the Prosecutor of Ulytau
    # Region… b. 1985" names it as it is now.)
    made = _made_from(places) if dated and any(
        p.rule == "region name" for p in result.regions) else {}
    for k, p in enumerate(result.regions):
        if p.rule == "region name" and p.code in made and any(
                0 <= words[last - 1].start - p.end < 30 and any(
                    period.region.code == p.code for pk in towns
                    for period in places.settlement_by_id[pk].periods.all())
                for _, last, towns in towns_named) and any(
                _paragraph(text, q.start) == _paragraph(text, p.start) for q, _ in dated):
            old, since = made[p.code]
            if all(day is not None and day < since for day in _days_of(p, dated, text)):
                result.regions[k] = Proposal(old.code, old.name_en, p.text, p.start, p.end,
                                             p.confidence, "region name at the time")
    _drop_foretold(words, result, places)
    named = {(p.code, _paragraph_at(breaks, p.start)) for p in result.regions}
    located: list[tuple[Any, Proposal, str]] = []
    for proposal in result.facilities:
        facility = by_code[proposal.code]
        located.append((facility, proposal, "region of the facility"))
        if facility.kind in PLACE_KIND_OF or facility.kind.startswith("colony"):
            result.place_kinds.append(Proposal(
                PLACE_KIND_OF.get(facility.kind, "930000000000"), facility.kind, proposal.text,
                proposal.start, proposal.end, 0.9, "kind of the facility"))
    named_here = [*result.regions, *result.facilities]
    for start, end, towns in towns_named:
        # «Ұлытау облысы, Сәтбаев қ.»: a loose match may begin on the region's «облысы», which
        # the region already took; the town begins after it
        while end - start > 1 and keys[start] in GENERIC_WORDS and any(
                p.start <= words[start].start < p.end for p in named_here):
            start += 1
        s, e = words[start].start, words[end - 1].end
        if any(a <= s < b for a, b in taken) or _home(words, start, end) or _untold(
                text, words, start, end) or any(
                p.start <= s < p.end for p in named_here) or _heading(text, s, e) or \
                _labelled(text, s) or _affiliation(text, s) or threatened(start, end) or (
                _where_to_complain(text, words, start, end)):
            continue
        for pk in towns:
            town = places.settlement_by_id[pk]
            located.append((town, Proposal(str(town.pk), str(town), text[s:e], s, e, 0.8,
                                           "town"), "region of the town"))
    # A place named again far from any date is the one told of before («Жезқазғандағы сол
    # істің ізсіз қалғанын қаламаймын» after «Жезқазғандағы колонияда… 2021 жылдың
    # желтоқсанында»): it takes the days of its first mention.
    first_days: dict[tuple[str, int], list[dt.date | None]] = {}
    days_of: dict[int, list[dt.date | None]] = {}
    for place, proposal, rule in sorted(located, key=lambda found: found[1].start):
        held = rule == "region of the facility"
        if not held and len(place.periods.all()) > 1 and _foretold(words, proposal):
            days_of[id(proposal)] = []  # (a town that moved in 2022, named for its region now)
            continue
        told = _region_told(text, proposal, place, result)
        if told is not None:
            days_of[id(proposal)] = [told]
            first_days.setdefault((type(place).__name__, place.pk), [told])
            continue
        # (the next place of detention named begins another account)
        until = min((p.start for p in result.facilities if held and p.start > proposal.end
                     and p.code != proposal.code), default=len(text))
        key = (type(place).__name__, place.pk)
        days_of[id(proposal)] = _days_of(proposal, dated, text, held=held, until=until,
                                         earlier=first_days.get(key))
        first_days.setdefault(key, days_of[id(proposal)])
    # (first: a place named again holds people, and keeps its region where a town named in
    # the same paragraph might be dropped as nowhere anything happened)
    located[:0] = _named_again(text, located, [*result.facilities, *result.regions])
    for place, proposal, rule in located:
        for day in days_of[id(proposal)] if id(proposal) in days_of else _days_of(
                proposal, dated, text):
            # (a place dated "now" is where it was when the letter was written: «AK-159/25-тен
            # (Жезказган) жазып отырмын» under 20.07.2021 was in Karaganda Region)
            region = place.region_on(day if day is not None else letter_date)
            if region is None:
                continue
            here = (region.code, _paragraph_at(breaks, proposal.start))
            if here not in named:
                named.add(here)
                result.regions.append(Proposal(region.code, region.name_en, proposal.text,
                                               proposal.start, proposal.end, 0.75, rule))
    _keep_anchored(text, words, result)
    _keep_told(text, words, result)
    _drop_idle_stays(words, result)


def _region_told(text: str, proposal: Proposal, place: Any, result: Result) -> dt.date | None:
    """The last day in the region it was in before of a place that moved in 2022, when the
    sentence that names it names that region too: "at the time of these events Taldykorgan
    was in Almaty Region", «Жезқазғандағы колонияда отырды (ол кезде ол жер Қарағанды
    облысына қарайтын)». The writer has said the region of the time, which no date elsewhere
    overrules."""
    old = {period.region.code: period.valid_to for period in place.periods.all()
           if period.valid_to is not None}
    if not old:
        return None
    start, end = _sentence(text, proposal.start)
    return next((old[p.code] - dt.timedelta(days=1) for p in result.regions
                 if p.code in old and start <= p.start < end
                 and p.rule.startswith("region name")), None)


# Words that tell a region was made, not that anything happened in it: «Абай облысы кейін
# ашылды» (Abai region opened later), "now that the city is in Abai region", "область
# Жетісу образована в 2022 году", "Ulytau did not exist yet".
_REGION_MADE = ("ашылд", "ашылған", "құрылд", "құрылған", "created", "formed", "establish",
                "создан", "образова", "появил", "renamed", "переименов", "exist", "существ")


def _drop_foretold(words: list[Token], result: Result, places: Gazetteer) -> None:
    """Drop a region made in 2022 named only to say it was made, in a clause that tells
    when or that it came to be: the towns were in the older region then."""
    told = [id(p) for p in result.regions if p.rule == "region name" and _foretold(words, p)]
    if told:
        made = _made_from(places)
        result.regions[:] = [p for p in result.regions
                             if id(p) not in told or p.code not in made]


def _foretold(words: list[Token], place: Proposal) -> bool:
    """Whether the place is named in a clause that tells a region was made (_REGION_MADE): "Check
    what the SIZO in Semey is called now that the city is in Abai region"."""
    at = next((w for w in words if w.start >= place.start), None)
    clause = [w for w in words if at is not None and w.clause == at.clause]
    return any(w.text.startswith(_REGION_MADE) for w in clause) or any(
        a.text == "now" and b.text == "that" for a, b in pairwise(clause)) or _renamed(words, at)


# What a region is called now, said after its old name: «Бывшая Алматинская обл., ныне
# Жетісу», "Almaty Region, now Jetisu".
_NOW_CALLED = ("ныне", "нынешн", "now")


def _renamed(words: list[Token], at: Token | None) -> bool:
    """Whether the place is named as what its region is now, right after "now" opening its
    clause, in a clause that tells nothing done or held ("he is now in Jetisu" is not)."""
    if at is None:
        return False
    k = words.index(at)
    if not k or not words[k - 1].text.startswith(_NOW_CALLED) or (
            words[k - 1].text == "now" and k > 1 and words[k - 2].clause == words[k - 1].clause):
        return False
    return not any(w.text.startswith(_TOLD) for w in words if w.clause == at.clause)


def _made_from(places: Gazetteer) -> dict[str, tuple[Any, dt.date]]:
    """The regions made from another one's towns, by code: the region the towns were in
    before, and the day they moved (Ulytau: Karaganda Region until 8 June 2022)."""
    found: dict[str, tuple[Any, dt.date]] = {}
    for town in places.settlement_by_id.values():
        periods = sorted(town.periods.all(), key=lambda p: p.valid_from or dt.date.min)
        for was, then in pairwise(periods):
            if then.valid_from is not None and was.region.code != then.region.code:
                found[then.region.code] = (was.region, then.valid_from)
    return found


# What was done to someone: beaten, tortured.
_DONE = ("пыт", "избил", "избив", "били", "бил", "бьют", "дубин", "ұрд", "ұрып", "ұрған",
         "азапта", "соққы", "beat", "tortur", "abuse")
# Words that tie a paragraph to custody or to what was done to someone: a place named in a
# paragraph with none of them, and with no facility or act found in it, is where someone
# lives, studies, flies from or has a cousin ("my mum, who is visiting from Shymkent", "a
# cousin in Astana says the hotline does not work"), not where anything happened. A list of
# such contexts can never be complete; asking for a reason to code a place is what a reader
# does. Prefixes, as Token.startswith reads them.
_ANCHORS = (
    # custody and its places, beyond _DETENTION and _ARREST
    *_DETENTION, *_ARREST, *_QUARTERS, *_HOLDING,
    "сиз0", "тюрем", "пкт", "карцер", "барак", "локалк", "промзон", "учрежден", "овд", "увд",
    "ровд",
    # a scan's header: «с0держусь в С ИЗО», «подследственного»
    "содерж", "подслед",
    "гувд", "отдел", "участк", "кнб", "дкнб", "этап", "перевел", "перевез", "сидел", "сидит",
    "сижу", "отсид", "отбыва", "срок", "посадил", "следовател", "следстви", "допрос", "опер",
    "конвой", "надзират", "спецпри", "психиатр", "прокурор", "прокуратур", "дп", "дуис",
    "осужд", "заключ", "освобод",
    "абақты", "түрме", "түзеу", "қамау", "қамал", "қамад", "ұстал", "бөлім", "ұқк", "тергеу",
    "жазасын", "жазамды", "жазаны", "жазасы", "сотталд", "сотталған", "айдау", "күзетші",
    "босад", "босат",
    "jail", "detain", "custod", "arrest", "shizo", "izolyator", "knb", "nsc", "investigat",
    "interrog", "held", "serving", "served", "sentence", "transfer", "convoy", "guard",
    "warden", "institution", "zone", "barrack", "penal", "prosecutor", "lockup",
    "psychiatric", "inmate", "prisoner", "convict", "released",
    # what was done
    *_DONE,
)


# What was done, or that someone was held: the words that make a sentence tell something.
_TOLD = (*_DONE, *_HELD, *_HELD_BY_FORCE, *_MOVED, *_SERVED)


def _keep_anchored(text: str, words: list[Token], result: Result) -> None:
    """Drop regions named only in paragraphs that say nothing of custody or of acts done:
    see _ANCHORS. A letter written as one block keeps every region it names."""
    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]
    if not breaks:
        return
    # Only the paragraphs that name a region need reading, and each only until it is tied.
    doubtful = {_paragraph_at(breaks, p.start) for p in result.regions
                if p.rule != "region of the facility"}
    doubtful -= {_paragraph_at(breaks, p.start) for p in (*result.facilities, *result.methods)}
    if not doubtful:
        return
    from kuager.coding.engine import _idiom

    for i, w in enumerate(words):
        # ("my editor is beating the drum": no beating)
        if doubtful and _paragraph_at(breaks, w.start) in doubtful and any(
                w.startswith(stem) for stem in _ANCHORS) and not _idiom(words, i, i):
            doubtful.discard(_paragraph_at(breaks, w.start))
    result.regions[:] = [p for p in result.regions if p.rule == "region of the facility"
                         or _paragraph_at(breaks, p.start) not in doubtful]


def _sentence_finder(words: list[Token]) -> Callable[[int], int]:
    """The sentence number of the word at a character offset, by bisection."""
    starts = [w.start for w in words]

    def sentence_at(at: int) -> int:
        return words[max(0, bisect.bisect_right(starts, at) - 1)].sentence

    return sentence_at


def _keep_told(text: str, words: list[Token], result: Result) -> None:
    """In a letter that names several regions, keep those named in a sentence that tells of
    custody or of something done (see _ANCHORS), or that holds a facility or an act found, and
    drop the others: a town is named beside the account for more reasons than any list holds
    (the lawyer's bar, the television, the road there, where the children are), and a reader
    asks what happened in a place before coding it. A heading of a few words counts as told
    when its paragraph goes on to tell. A letter whose every region is untold keeps them all:
    that is _keep_anchored's part."""
    if len({p.code for p in result.regions}) < 2:
        return
    from kuager.coding.engine import _idiom

    sentence_at = _sentence_finder(words)
    acts = {sentence_at(p.start) for p in (*result.facilities, *result.methods)}
    spans: dict[int, list[int]] = {}
    for i, w in enumerate(words):
        spans.setdefault(w.sentence, [i, i])[1] = i
    verdicts: dict[int, bool] = {}

    # (read only the sentences a region asks about: reading every word of a long letter
    # against every stem cost a tenth of the letter's time)
    def told(sentence: int) -> bool:
        if sentence not in verdicts:
            first, last = spans[sentence]
            verdicts[sentence] = sentence in acts or any(
                any(words[i].startswith(stem) for stem in _TOLD_HERE)
                and not _idiom(words, i, i)
                # ("he is at home, not detained", "was never arrested": custody denied)
                and not (i and words[i - 1].text in _DENIED) for i in range(first, last + 1))
        return verdicts[sentence]

    breaks = [m.start() for m in _PARAGRAPH.finditer(text)]

    def tells(proposal: Proposal) -> bool:
        if proposal.rule == "region of the facility":
            return True
        here = sentence_at(proposal.start)
        if told(here):
            return True
        first, last = spans[here]
        if last - first + 1 > _HEADING_WORDS:
            return False
        paragraph = _paragraph_at(breaks, proposal.start)
        return any(told(s) for s in spans if s > here
                   and _paragraph_at(breaks, words[spans[s][0]].start) == paragraph)

    kept = [p for p in result.regions if tells(p)]
    if kept:
        result.regions[:] = kept


def _drop_idle_stays(words: list[Token], result: Result) -> None:
    """Drop a region every mention of which is a past stay where nothing happened, told as
    such: "Until February I was in the SIZO in Astana, there it was calm", «Сначала был в СИЗО
    в Алматы, потом привезли сюда», «Ақтөбедегі тергеу изоляторында отырдым, онда да жаман
    болған жоқ». The writers code the place he is held now and the places where something was
    done, not every place he passed through. Only while another region stays; only when
    neither the mention's sentence nor the next holds an act found."""
    codes = {p.code for p in result.regions}
    if len(codes) < 2:
        return
    sentence_at = _sentence_finder(words)
    acts = {sentence_at(p.start) for p in result.methods}
    # per region, the sentences that name another place
    named = [(sentence_at(p.start), p.code) for p in (*result.regions, *result.facilities)]
    elsewhere = {code: {n for n, other in named if other != code} for code in codes}
    by_sentence: dict[int, list[str]] = {}
    for w in words:
        by_sentence.setdefault(w.sentence, []).append(w.text)

    def idle(proposal: Proposal) -> bool:
        here = sentence_at(proposal.start)
        # ("…в колонии в Туркестанской области. Там в ноябре был шмон… прошлись дубинками": an
        # account that goes on "there")
        following = " " + " ".join(by_sentence.get(here + 1, [])) + " "
        reach = 5 if any(w in _THERE for w in by_sentence.get(here + 1, [])[:3]) and not any(
            f" {marker} " in following for marker in _NOTHING_THEN) else 3
        # (the sentences after it tell of it until one names another place: "…there it was
        # calm. Now I am in the colony near Karaganda, where the guards beat me")
        told_of = [here]
        for k in range(here + 1, here + reach):
            # (…or tells of "here", where he writes from: «Здесь нас бьют»)
            if k in elsewhere.get(proposal.code, set()) or _HERE_WORDS & set(
                    by_sentence.get(k, [])):
                break
            told_of.append(k)
        if acts & set(told_of) or proposal.rule == "region of the facility":
            return False
        # ("…held since 20 June in the IVS in Taldykorgan", "…and now they moved him to Taraz":
        # where he is now)
        before = [w.text for w in words if w.sentence == here and w.end <= proposal.start]
        # (…or where he was sent: "was sent in February to the colony in Taraz")
        if any(w in _NOW_HELD or w.startswith(_SENT_TO) for w in before):
            return False
        said = by_sentence.get(here, [])
        both = " " + " ".join(said + by_sentence.get(here + 1, [])) + " "
        return any(w.startswith(_PAST_STAY) for w in said) and any(
            f" {marker} " in both for marker in _NOTHING_THEN)

    idle_codes = {code for code in codes
                  if all(idle(p) for p in result.regions if p.code == code)}
    if idle_codes and idle_codes != codes:
        result.regions[:] = [p for p in result.regions if p.code not in idle_codes]


# Sent or brought somewhere: the place he went to.
_SENT_TO = (*_MOVED, "sent", "привез", "отправил", "жіберд", "әкелд")
# Words of the place he writes from.
_HERE_WORDS = frozenset({"здесь", "тут", "here", "мұнда", "осында"})
# Words after which a place is where he is now.
_NOW_HELD = frozenset({"now", "since", "currently", "сейчас", "теперь", "қазір", "бері", "сюда"})
# A stay told in the past: "I was in the SIZO", «сидел», «отырдым», «болған».
_PAST_STAY = ("был", "была", "были", "сидел", "находил", "содержал", "отбывал", "was", "were",
              "sat", "spent", "held", "served", "болған", "болдым", "болды", "отырдым", "отырды",
              "отырған", "отырып", "жатқан")
# …said to have passed without anything done, or to be over, in its sentence or the next.
_NOTHING_THEN = ("calm", "normal", "quiet", "nobody touched", "no complaints", "nothing to",
                 "then they moved", "now they moved", "then moved", "then brought",
                 "спокойно", "нормально", "тихо", "никто не трогал", "по закону", "всё было",
                 "потом привезли", "потом перевели", "потом этапом", "сюда", "до этого",
                 "сначала", "ранее", "раньше", "отношения не имеет",
                 "ешқандай", "жаман болған жоқ", "тыныш", "қалыпты", "бұрын", "бұған дейін",
                 "кейін осында", "before this", "previously")


# What makes a sentence tell of custody or of something done: «сына забрали в Текели» (took
# him away) too.
_TOLD_HERE = (*_ANCHORS, *_TOLD, "забрал", "забирал")
_DENIED = frozenset({"not", "never", "не", "никогда"})
# A sentence of so many words or fewer may be a heading: "4. Almaty city.", «3. Тараз.»
_HEADING_WORDS = 6


def _paragraph_at(breaks: list[int], at: int) -> int:
    return bisect.bisect_right(breaks, at)


# Cities that are regions of their own, and the region around each: "near Almaty" is in
# Almaty Region, "the colony near Astana" in Akmola Region.
_CITY_REGIONS = {"KZ-75": "KZ-19", "KZ-71": "KZ-11", "KZ-79": "KZ-61"}
_NEAR = frozenset({"near", "outside", "под", "около", "возле", "близ", "недалеко"})
_NEAR_AFTER = ("маңы", "түбінде", "іргесінде", "жанындағы")
# Words that make "Алматы" the city or the region: "г. Алматы", «Алматы қ.», "Алматинской
# городской коллегии"; "Алматинской области".
_CITY_WORDS = frozenset({"г", "город", "города", "городе", "городской", "городского",
                         "городская", "қ", "қала", "қаласы", "қаласында", "қаласының",
                         "қаласына", "city"})
_REGION_WORDS = ("обл", "облыс", "region", "область", "области", "ауданы")


def _city_or_region(words: list[Token], start: int, end: int, regions: set[int],
                    places: Gazetteer) -> set[int]:
    """The regions a name stands for, read with the words around it: a city ("г. Алматы")
    or its region ("Алматинской области"); none for a city a place is only near."""
    codes = {pk: places.region_by_id[pk].code for pk in regions}
    near = [w.text for w in words[max(0, start - 2) : start]]
    after = [w.text for w in words[end : end + 2]]
    if any(w in _NEAR for w in near) or any(w.startswith(_NEAR_AFTER) for w in after):
        return {pk for pk, code in codes.items() if code not in _CITY_REGIONS}
    if len(codes) < 2:
        return regions
    around = [w.text for w in words[max(0, start - 1) : min(len(words), end + 2)]]
    if any(w in _CITY_WORDS for w in around):
        return {pk for pk, code in codes.items() if code in _CITY_REGIONS}
    if any(w.startswith(_REGION_WORDS) for w in around):
        return {pk for pk, code in codes.items() if code not in _CITY_REGIONS}
    return regions


# Labels of a note's heading that say where the note was made, not where anything happened:
# "Осмотр: 11.03.2024, г. Алматы", «Кездесу: …, Алматы қ., кеңсе», "From: …, Astana".
_LABELS = ("from", "осмотр", "интервью", "interview", "встреча", "meeting", "кездесу",
           "тексер", "examin", "составил", "venue", "место осмотра", "researcher",
           # who called a hotline: "Caller: …, from Pavlodar", «Қоңырау шалған: …, Жаңаөзен
           # қаласынан»
           "caller", "қоңырау шалған", "звонил", "звонящ", "абонент", "заявитель",
           "applicant", "обратил", "сөйлескен", "participants", "собеседник",
           # the visiting group and where the study goes next: "Группа: … (члены ОНК,
           # г. Шымкент)", "Next site: Aktobe"
           "группа", "group", "топ", "next site", "следующ",
           # who the commission were: «Комиссия құрамы: … (Тараз қ.)», "Состав: …",
           # "Members: …, from Aktobe"
           "комиссия", "құрамы", "состав", "members", "commission")
# Labels of who the note is about, read whole ("Client's account:" tells what was done):
# "Client: B., 31, from Atyrau", «Клиент: …, Ақтөбе облысының тумасы»
_PERSON_LABELS = frozenset({"client", "клиент"})


def _labelled(text: str, start: int) -> bool:
    """Whether the place is in a "Label: value" line whose label says where the note was
    made: the examination, the interview, the sender."""
    line_start = text.rfind("\n", 0, start) + 1
    before, colon, _ = text[line_start:start].rpartition(":")
    # the last label before the place: "Күні: 21.08.2023, 19:40. Қоңырау шалған: …"
    label = re.split(r"[.;,]\s|\s{2,}", before)[-1]
    whole = label.strip().lower() in _PERSON_LABELS
    if not (colon and len(label) < 40 and (label.strip().lower().startswith(_LABELS) or whole)):
        return False
    # "Caller: mother of D., held in the SIZO in Shymkent": the value says where he is held
    # …and only its own sentence: "Звонящая: Саламатсыз ба. … Балам в Шымкенте в СИЗО"
    value = text[line_start + len(before) + 1 : start].lower()
    if any(not re.search(r"(?:^|\W)\w\Z", value[: m.start()])
           for m in re.finditer(r"[.!?]\s", value)):
        return False
    if whole:
        # ("Клиент: …, Тараз қаласындағы СИЗО-да ұсталуда": the rest of its sentence too)
        line_end = text.find("\n", start)
        rest = text[start : len(text) if line_end < 0 else line_end].lower()
        stop = re.search(r"[.!?]\s", rest)
        value += " " + rest[: stop.start() if stop else len(rest)]
        return not any(word.startswith(_ANCHORS) for word in re.findall(r"\w+", value))
    # ("Кездесу: 2022 жылғы 24 қаңтар, Өскемен қаласындағы СИЗО": a meeting where he is held;
    # the place's own phrase too)
    phrase = re.split(r"[,.;:\n]", text[start : start + 80], maxsplit=1)[0].lower()
    return not any(word.startswith(_DETENTION) for word in re.findall(r"\w+", value + " "
                                                                        + phrase))


# Who signs or is named with his town in brackets: "Адвокат М. Ж. (г. Актау)", "Lawyer
# (Aktobe)", "T. K. (Atyrau)".
_SIGNER = re.compile(r"(?:\b[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s*|(?i:\b(?:адвокат|защитник|юрист|lawyer|"
                     r"advocate|монитор|monitor)\w*)\s*)\Z")


def _affiliation(text: str, start: int) -> bool:
    """Whether the place is in brackets after a person's initials or role, on one line: the
    town he comes from, not where anything happened ("(СИЗО г. Атырау)" is, and so is
    "Следователь Н. (г. Актобе) бил его")."""
    line_start = text.rfind("\n", 0, start) + 1
    opening = text.rfind("(", line_start, start)
    if opening < 0 or ")" in text[opening:start] or not _SIGNER.search(
            text, line_start, opening):
        return False
    closing = text.find(")", start)
    line_end = text.find("\n", start)
    inside = text[opening : line_end if line_end >= 0 else len(text)].lower()
    return closing >= 0 and not any(word.startswith(_ANCHORS)
                                    for word in re.findall(r"\w+", inside))


def _quoted(text: str, start: int, said: int, at: int) -> bool:
    """Whether the words at at are spoken: a quotation opened since start is still open, or
    a colon since said introduced them ("Они сказали: если…, поедешь в Заречный"; not a
    speaker's label, "Д.: …")."""
    between = text[start:at]
    return between.rfind("«") > between.rfind("»") or between.rfind("“") > between.rfind(
        "”") or between.count('"') % 2 == 1 or any(
        m.start() - text.rfind("\n", 0, m.start()) > 20 for m in _COLON.finditer(text, said, at))


_COLON = re.compile(":")


def _heading(text: str, start: int, end: int) -> bool:
    """Whether the place stands alone on one of the letter's first or last lines, where a
    letter says where it was written: "20.05.2024 / Ekibastuz", "Алматы, 2024"."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start:start] + text[end:line_end]
    if re.search(r"[^\W\d_]", rest):
        return False
    lines = [i for i, line in enumerate(text.splitlines()) if line.strip()]
    here = text.count("\n", 0, start)
    return here in lines[:2] or here in lines[-3:]


def _days_of(place: Proposal, dated: list[tuple[Proposal, dt.date]],
             text: str, held: bool = False, until: int | None = None,
             earlier: list[dt.date | None] | None = None) -> list[dt.date | None]:
    """The dates a place is named with: those of its sentence, else of its paragraph, else the
    nearest one in the letter; with none, the region it is in now. "Задержали в Семее в 2021
    году… сейчас в Жезказгане (2023)": each town gets its own date, not every date of the
    letter. A sentence that says where he is held now ("он отбывает в Жезказгане") is dated
    now, not by a date the paragraph gives for something else; a place of detention named so
    is also dated by the sentences that tell what was done "here" («сюда привезли в 2021»)."""
    if not dated:
        return [None]
    if until is None:
        until = len(text)
    start, end = _sentence(text, place.start)
    here = _telling([(p, day) for p, day in dated if start <= p.start < end], text, held,
                    [(p, day) for p, day in dated
                     if _paragraph(text, p.start) == _paragraph(text, place.start)],
                    ongoing=True)
    if here and held and _RELEASED.search(text, start, end):
        # "released on parole in Feb 2024 from the Zhezkazgan colony": the day he left; the
        # account after it («Arrival: end of November 2021…») is of his time there
        return list(dict.fromkeys(
            [*here, *(day for p, day in dated if end <= p.start < until)]))
    if here and held and _HERE.search(text, start, end) and not _whence(text, place):
        # «Когда меня в 2021 году привезли сюда, в AK 159/25»: where he writes from is also
        # where he is held now (not "brought here from AK-159/25")
        return list(dict.fromkeys([*here, None]))
    if here:
        return list(dict.fromkeys(here))
    if _NOW.search(text, start, end) or _IN_CUSTODY_NOW.search(text, start, end):
        if held:
            # ("Адрес тот же: AK159/25… Помнишь, когда меня сюда привезли в ноябре 2021-го":
            # the place he writes from was "here" then too)
            return [None, *dict.fromkeys(day for p, day in dated
                                         if _HERE.search(text, *_sentence(text, p.start)))]
        return [None]
    # (only until another place of detention is named: "1. Zhezkazgan colony (AK159/25). … on
    # 14 January 2025 …", then "2. Former Kushmurun colony … in July 2020")
    # (not the day of a release to come: "…in the Zhezkazgan colony. In April 2021 the
    # guards there beat him… He will be released in 2025", from where he is now)
    later = [day for p, day in dated if place.start < p.start < until
             and not _release_day(text, p)] or [
        day for p, day in dated if place.start < p.start < until]
    paragraph = _paragraph(text, place.start)
    # (…but a place named in an account its paragraph has dated already is of that account:
    # "detained on 28.05.2022… On 30.05 he was brought to the IVS of Zhezkazgan", and an
    # X-ray of 2 July 2022 two paragraphs later tells nothing of it)
    told = any(_paragraph(text, p.start) == paragraph for p, _ in dated if p.start < place.start)
    if held and later and not told:
        # A place of detention named without a date of its own before the account ("AK-159/25
        # мекемесінде жазамды өтеп жүрмін. 2021 жылы… 2023 жылы…"): he was held there through
        # everything the letter dates after it, on both sides of the 2022 reform.
        return list(dict.fromkeys(later))
    here = _telling([(p, day) for p, day in dated if _paragraph(text, p.start) == paragraph],
                    text, held)
    if here:
        return list(dict.fromkeys(here))
    if earlier:
        return earlier
    nearest = min(dated, key=lambda pd: abs(pd[0].start - place.start))
    return [nearest[1]]


# A place of detention named again by a pointing word: "In March 2021, in the same colony,
# R. was made to squat", «в той же колонии», «сол колонияда».
_SAME_PLACE = re.compile(
    r"\b(?:(?:the\s+)?same|that)\s+(?:colony|prison|sizo|ivs|facility|institution|camp|"
    r"hospital)\b"
    r"|\bв\s+(?:т|эт)(?:ой|ом)\s+же\s+(?:колонии|сизо|ивс|учреждении|изоляторе|зоне|больнице)"
    r"|\bсол\s+(?:колония|мекеме|түрме|изолятор|аурухана)\w*", re.IGNORECASE)


def _named_again(text: str, located: list[tuple[Any, Proposal, str]],
                 named_here: list[Proposal]) -> list[tuple[Any, Proposal, str]]:
    """The places of detention named again by a pointing word (_SAME_PLACE), each as the last
    facility or town named before it, so its own sentence dates it: "serving his sentence in
    AK-159/25, Ulytau region… In March 2021, in the same colony, …" was in Karaganda Region
    then."""
    from kuager.coding.engine import Proposal

    found = []
    for m in _SAME_PLACE.finditer(text):
        before = [(place, p, rule) for place, p, rule in located if p.end <= m.start()]
        if not before:
            continue
        place, named, _ = max(before, key=lambda found: found[1].end)
        # (only the place named last, with no other place between: not "moved from AK-159/25
        # to a colony in Arkalyk… in that colony")
        own = {named.code, *(period.region.code for period in place.periods.all())}
        if not any(named.end <= f.start < m.start() and f.code not in own
                   for f in named_here):
            # (a place that holds people, whether first named as a facility or a town)
            found.append((place, Proposal(named.code, named.label, m.group(), m.start(),
                                          m.end(), named.confidence, "place named again"),
                          "region of the facility"))
    return found


def _holding_after(after: list[Token]) -> bool:
    """Whether the words after a place name a centre that holds people there, not a public
    reception office: "Astana, special reception centre for administrative detainees",
    «Алматы, спецприёмник»."""
    return any(w.text.startswith(("спецпри", "приемник", "приёмник")) for w in after[:3]) or any(
        a.text == "reception" and (b.text.startswith(("centre", "center"))
                                   or (k > 0 and after[k - 1].text == "special"))
        for k, (a, b) in enumerate(pairwise(after)))


def _whence(text: str, place: Proposal) -> bool:
    """Whether a place is named as where someone came from: "from AK-159/25", «из СИЗО
    Семея», «Семейден»."""
    return bool(re.search(r"\b(?:from|из|с|со)\s+(?:the\s+)?(?:\w+\s+){0,2}\Z",
                          text[max(0, place.start - 30) : place.start], re.IGNORECASE)
                or place.text.lower().endswith(("дан", "ден", "тан", "тен", "нан", "нен")))


def _telling(dated: list[tuple[Proposal, dt.date]], text: str, held: bool,
             around: list[tuple[Proposal, dt.date]] | None = None,
             ongoing: bool = False) -> list[dt.date | None]:
    """The days of some dates that can tell when something happened at a place: a bare year
    yields to a fuller date within it, in its sentence or else its paragraph ("Taldykorgan,
    police IVS, 2022 / on 12 May 2022…": 2022 runs across the reform of 8 June, the day
    decides), and, for a town, the day of a release to the other dates of its sentence
    ("released in 2022, wrote that in January 2021, in the Semey SIZO…": he was held there
    in 2021)."""
    fuller = {p.code[:4] for p, _ in dated if len(p.code) > 4}
    kept = [(p, day) for p, day in dated if len(p.code) > 4 or p.code not in fuller]
    for p, _ in dated:
        if len(p.code) == 4 and p.code not in fuller:
            within = [(q, day) for q, day in around or ()
                      if len(q.code) > 4 and q.code[:4] == p.code]
            if within:
                kept = [pd for pd in kept if pd[0] is not p] + within
    if not held:
        told = [(p, day) for p, day in kept if not _release_day(text, p)]
        kept = told or kept
    days: list[dt.date | None] = [day for _, day in kept]
    # "is in the colony in Zhezkazgan since 2020", «2020 жылдан бері Семейдегі колонияда
    # жазамды өтеп жатырмын»: held there from then until now, across the reform
    if ongoing and any(_since(text, p) for p, _ in dated):
        days.append(None)
    return days


def _since(text: str, date: Proposal) -> bool:
    """Whether a date begins a stay in custody that goes on: "since 2020", "с сентября 2020 г."
    (not "с 5 по 19 марта"), «2020 жылдан бері», in a sentence that tells of custody."""
    if date.rule == "date range":
        return False
    start, end = _sentence(text, date.start)
    told = re.findall(r"\w+", text[start:end].lower())
    if not any(w.startswith((*_DETENTION, *_HELD, *_SERVED, "serv", "өтеп")) for w in told):
        return False
    before = text[max(0, date.start - 30) : date.start].lower()
    after = text[date.end : date.end + 30].lower()
    if re.match(r"\w*\s+бері\b", after):
        return True
    return bool((_NOW.search(text, start, end) or _IN_CUSTODY_NOW.search(text, start, end)
                 or re.search(r"\b(?:is|am|are|has been|have been)\b", text[start:end].lower()))
                and re.search(r"\b(?:since|с|со)\s+(?:(?:the\s+)?(?:summer|spring|autumn|fall|"
                          r"winter|end\s+of|early|late|осени|весны|лета|зимы|конца|начала)"
                          r"\s+(?:of\s+)?)?\Z", before)
                and not re.match(r"[^.;\n]{0,12}?\b(?:по|до|to|till|until)\b", after))


def _release_day(text: str, date: Proposal) -> bool:
    """Whether a date is the day of a release: "released in 2022", «освободился по УДО 11
    апреля 2022 года», «2022 жылы босатылды»."""
    before = text[max(0, date.start - 25) : date.start]
    after = text[date.end : date.end + 20]
    return bool(re.search(_RELEASED.pattern + r"[^,.;:\n]*\Z", before, re.IGNORECASE)
                or re.match(r"[^,.;:\n]*?" + _RELEASED.pattern, after, re.IGNORECASE))


_PARAGRAPH = re.compile(r"\n\s*\n")
_SENTENCE_END = re.compile(r"[.!?…]\s|\n\s*\n")
_NOW = re.compile(r"\b(?:is serving|is held|is being held|currently|отбывает|отбываю|сейчас|"
                  r"сидит|содержится|находится|отыр|отырмын|"
                  # "Now he is in the SIZO in Semey", «теперь он в колонии», «қазіргі»; the
                  # address letters reach him at
                  r"now|теперь|қазіргі|адрес|address|мекенжай|"
                  r"жазып отырмын|пишу вам из|пишу из|writing to you from|writing from|"
                  r"қазір|өтеп жатыр|отбывает наказание|"
                  # a call made from where he is held: «Қоңырау: Жезқазғандағы АК-159/25
                  # мекемесінің таксофонынан», "calling from the colony"
                  r"таксофон\w*|calling from|звоню из|звонит из)\b", re.IGNORECASE)


# Held now, said without a verb of holding: "Я опять в СИЗО в Талдыкоргане", "I am still in
# the colony in Arkalyk", «Мен қазір СИЗО-дамын» (not "я был в СИЗО", "I was in the SIZO").
_IN_CUSTODY_NOW = re.compile(
    r"\b(?:(?:я|мы)\s+(?:(?:опять|снова|ещё|еще|пока|всё|все|уже)\s+){0,2}в\s+"
    r"(?:сизо|ивс|изолятор|колони|тюрьм|шизо|карцер|пкт)"
    r"|(?:i am|i'm|we are|we're)\s+(?:(?:still|again|now|already)\s+){0,2}(?:in|at)\s+"
    r"(?:the\s+)?(?:sizo|ivs|colony|prison|jail|detention|remand|punishment cell)"
    r"|(?:сизо|изолятор|колония|түрме|абақты)\S*(?:дамын|демін|тамын|темін|дамыз|деміз))",
    re.IGNORECASE)


# Released from the place: the day he left it, not the days he was held there.
_RELEASED = re.compile(r"\b(?:released|освобод\w*|освобожд\w*|босат\w*|босад\w*|вышел|"
                       r"вышла|parole|УДО)\b", re.IGNORECASE)


# Where a prisoner writes from: «когда меня сюда привезли», "they beat me here".
_HERE = re.compile(r"\b(?:сюда|здесь|тут|here|мұнда|осында)\b", re.IGNORECASE)


def _sentence(text: str, at: int) -> tuple[int, int]:
    """Character bounds of the sentence around a position ("в СИЗО г. Талдыкорган" is one)."""
    from kuager.coding.engine import abbreviation

    ends = [m for m in _SENTENCE_END.finditer(text) if not abbreviation(text, m.start())]
    starts = [m.end() for m in ends if m.end() <= at]
    found = next((m for m in ends if m.start() >= at), None)
    return (starts[-1] if starts else 0), (found.start() if found else len(text))


def _paragraph(text: str, at: int) -> int:
    return len(_PARAGRAPH.findall(text, 0, at))


def _day(code: str) -> dt.date | None:
    """The middle of a partial date ("2021" → 2 July 2021); None when it cannot be a date."""
    try:
        span = parse_fuzzy_date(code)
    except DateFormatError:
        return None
    return span.start + (span.end - span.start) / 2
