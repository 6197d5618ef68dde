"""Folding words of any script and spelling into keys for the blind search index and its queries.

Both sides fold alike, and aggressively: an extra match costs a glance, a miss can hide a case.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

# The project's mypy config already excuses pymorphy3's missing stubs; a bare run of mypy does not.
import pymorphy3  # type: ignore[import-untyped, unused-ignore]

# Small on purpose: only words that would match nearly every record. Negations are dropped too:
# search has no phrase syntax, so "не" would only demand that a record somewhere says "не".
STOP_WORDS = frozenset(
    {
        # Russian
        "и", "в", "во", "на", "с", "со", "к", "ко", "о", "об", "от", "по", "за", "из", "у", "до",
        "для", "а", "но", "или", "что", "как", "это", "же", "бы", "ли", "не", "ни", "я",
        # Kazakh
        "мен", "және", "бен", "пен", "да", "де", "та", "те", "ма", "ме", "үшін", "бұл", "ол",
        "емес", "jäne", "бойынша", "туралы", "арқылы", "сияқты",
        # "хатқа қарағанда" = "according to the letter": spelled like the city's Russian name
        # (Караганда), so it would make every Kazakh letter match a search for Karaganda.
        "қарағанда",
        # English ("no" also catches "№", which NFKC turns into "No")
        "the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
        "is", "was", "are", "were", "be", "it", "this", "that", "as", "not", "no",
    }
)

# --- Tokenising -------------------------------------------------------------------------------

# Removed before splitting into words: leftover combining accents (stress marks in Russian texts,
# the dot of a casefolded "İ"), soft hyphens, zero-width and bidi controls that web pages and RTL
# editors put inside words, modifier-letter apostrophes and primes (ʼ ʻ ʹ ʺ), and apostrophes
# between letters (Qarag'andy, Il'ya, O'Brien): all of them would cut one word in two.
_APOSTROPHES = "'‘’`′"
_INSIDE_WORDS = re.compile(
    "[\u0300-\u036f\u00ad\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
    f"\u02b9-\u02bc{_APOSTROPHES}]"
)
# Letters and digits of any script, and the combining marks of scripts (Cyrillic, Hebrew, Arabic)
# whose words would otherwise break at every mark. "_" is punctuation here. Marks come second in
# the pattern so that the common case is one fast character-class run.
_MARKS = "\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
_WORD = re.compile(f"[^\\W_]+(?:[{_MARKS}]+[^\\W_]*)*")


def _drop_inside_word(match: re.Match[str]) -> str:
    # A callback rather than a lookaround pattern: three times faster on 10 MB of text.
    char, text, at = match.group(0), match.string, match.start()
    if char not in _APOSTROPHES:
        return ""
    between_letters = 0 < at < len(text) - 1 and text[at - 1].isalnum() and text[at + 1].isalnum()
    return "" if between_letters else char


def _normalise(text: str) -> str:
    # NFKC on both sides of casefold: compatibility forms (ﬁ, Ｓ, ²) must be folded before
    # casefolding, and casefolding can leave sequences (İ -> i + dot) that NFKC recomposes.
    folded = unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())
    return _INSIDE_WORDS.sub(_drop_inside_word, folded)


def words(text: str) -> list[str]:
    """Runs of letters and digits in any script, case-folded and NFKC-normalised."""
    return _WORD.findall(_normalise(text))


# --- The skeleton -----------------------------------------------------------------------------

# Cyrillic goes to a plain romanisation (close to BGN/PCGN) rather than straight to folded keys,
# so that every Cyrillic word passes through the very same Latin rules as a Latin spelling of it:
# consistency then holds by construction instead of by keeping two tables in step.
# Latin letters whose diacritic marks a different sound are mapped here too, before accents are
# stripped, because stripping would turn ş into s and č into c.
_TO_LATIN = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh",
        "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
        "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
        "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
        "я": "ya",
        # Kazakh
        "ә": "a", "ғ": "gh", "қ": "q", "ң": "ng", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
        "і": "i",
        # Ukrainian, Belarusian and Serbian letters met in names from the region
        "є": "ye", "ї": "yi", "ґ": "g", "ў": "u", "ј": "j", "ђ": "dj", "ћ": "ch", "џ": "dzh",
        "љ": "l", "њ": "n", "ѕ": "dz",
        # Kazakh Latin (2021 and the 2018 acute-accent version), Turkish, Czech/Polish
        "ä": "a", "ğ": "g", "ǵ": "g", "ñ": "n", "ń": "n", "ö": "o", "ū": "u", "ü": "u",
        "ı": "i", "ş": "sh", "ș": "sh", "ç": "ch", "č": "ch", "š": "sh", "ž": "zh", "ë": "yo",
        # 2018 Kazakh Latin writes У as ý (Atyraý); that beats its Czech reading in this country.
        "ý": "u",
        "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "đ": "d", "ð": "d", "þ": "th", "ŋ": "ng",
    }
)

# Consonant spellings that differ between romanisations, in one left-to-right pass. Longer
# spellings come first, so shch is not read as s + hch, nor dzh as d + zh. x is ks (Alexandr),
# so a Spanish-style x for х (Xabarov) does not meet kh/h; nobody writes Kazakh names that way.
_CONSONANTS = {
    "shch": "sh", "sch": "sh", "tch": "ch", "dzh": "j", "dj": "j", "zh": "j", "kh": "h",
    "gh": "g", "ph": "f", "ck": "k", "ts": "c", "tz": "c", "x": "ks", "q": "k", "w": "v",
}
_CONSONANT = re.compile("|".join(sorted(_CONSONANTS, key=len, reverse=True)))
# Kazakh ң is n in most spellings but ng in BGN's (Zhangaözen); ngg covers ңғ (Mangghystau).
_NG = re.compile("ng+")
# A run of i/j/y and the vowel after it: the glides, where romanisations differ most.
_GLIDE = re.compile("([ijy]+)([aeou]?)")
# Letters only: 155 and 1155 are different facility numbers.
_DOUBLE = re.compile(r"([^\W\d_])\1+")

_VOWELS = frozenset("aeiou")


def _glide(match: re.Match[str]) -> str:
    run, vowel = match.group(1), match.group(2)
    start = match.start()
    before = match.string[start - 1] if start else ""
    after_consonant = before.isalpha() and before not in _VOWELS
    if not run.strip("j"):
        # A bare j is ж (Zhanna, Janna, Kazakh Latin Jambyl), except between a consonant and o,
        # where it is the ё of Semjonova, and before a consonant or at the end (Nikolaj, Kajrat).
        if vowel == "o" and after_consonant:
            return "e"
        return "j" + vowel if vowel else "i"
    if vowel in ("o", "e"):
        # ё is e in passports and yo/io/jo/ë elsewhere; е is e or ye (Yerlan, Andreyev).
        return "e"
    if vowel:
        # я, ю: after a consonant they only soften it (Vyacheslav, Viacheslav, Mariia, Mariya,
        # Maria all lose the glide, so Мария meets Мара too); at the start or after a vowel they
        # are a real j (Yuriy, Iurii, Jurij, Юрий -> juri; Maya, Майя -> maja).
        return vowel if after_consonant else "j" + vowel
    # Not before a vowel, y and the endings iy/ii/ij/yi are all one i (Yevgeniy, Evgenii, Evgeny).
    return "i"


def _letters(word: str) -> str:
    """Strip accents and everything that is not a letter or digit; digits become ASCII."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", word):
        if char.isascii():
            if char.isalnum():
                kept.append(char)
        elif unicodedata.combining(char):
            continue
        elif char.isdecimal():
            kept.append(str(unicodedata.decimal(char)))
        elif char.isalpha():
            kept.append(char)
    return "".join(kept)


# Lookalike letters typed from the wrong keyboard layout (a Latin C in "Cемёнова").
_LATIN_TO_CYRILLIC = str.maketrans("abcehikmoptxy", "авсенікмортху")
_CYRILLIC_TO_LATIN = str.maketrans("авсенікмортхуһјѕ", "abcehikmoptxyhjs")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[a-z]")


def _unmix(word: str) -> str:
    """A word typed in two scripts is read in the script most of its letters are in."""
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if not (cyrillic and latin):
        return word
    if cyrillic >= latin:
        return word.translate(_LATIN_TO_CYRILLIC)
    return word.translate(_CYRILLIC_TO_LATIN)


def _fold(word: str, j_is_glide: bool = False) -> str:
    # The order matters; each step relies on the one before:
    # 1. one table turns Cyrillic into a romanisation and meaningful diacritics into letters
    #    (ş -> sh), before 2. strips the other accents (ä, ū, é) and all but letters and digits;
    # 3. consonant spellings meet in one pass (shch, kh, zh/dj, q, x, ts), then ng -> n, as
    #    gh -> g can create an ng;
    # 4. glides and y are settled once consonants are final: what precedes a glide, and
    #    whether a j came from ж, decides how it reads;
    # 5. doubled letters collapse last, because 1-4 create doubles (Iurii, Mariia, Ivanovv).
    latin = _letters(word.translate(_TO_LATIN))
    if j_is_glide:
        latin = latin.replace("j", "y")
    latin = _CONSONANT.sub(lambda m: _CONSONANTS[m.group(0)], latin)
    latin = _NG.sub("n", latin)
    latin = _GLIDE.sub(_glide, latin)
    return _DOUBLE.sub(r"\1", latin)


@lru_cache(maxsize=200_000)
def skeleton(word: str) -> str:
    """One script-independent key for a single word, without morphology.

    Transliteration alone cannot join every pair of names: Караганда/Karaganda folds to
    "karaganda" but Қарағанды/Qaraghandy/Qarağandy to "karagandi", and Kustanai differs from
    Kostanay by a vowel. Those are aliases, and the gazetteer holds them.
    """
    return _fold(_unmix(_normalise(word)))


# --- Morphology -------------------------------------------------------------------------------


@cache
def _analyzer() -> Any:
    # Loading the dictionaries takes a tenth of a second and some memory: once per process,
    # and only when a Russian word first needs a lemma.
    return pymorphy3.MorphAnalyzer()


def _russian_lemmas(word: str) -> tuple[bool, set[str]]:
    """Whether the dictionary knows the word, and its lemmas.

    Every dictionary reading counts (стали is both стать and сталь): a wrong lemma only adds a
    key, while a missing one loses a match. An unknown word gets only the guesser's best lemma.
    """
    parses = _analyzer().parse(word)
    known = [p for p in parses if p.is_known]
    if any("Surn" in p.tag for p in known):
        # A surname is not also the plural of the first name it comes from: Иванов, Петров and
        # Семёнов would otherwise match every Иван, Пётр and Семён.
        known = [p for p in known if not {"Name", "plur"} <= p.tag.grammemes]
    return bool(known), {str(p.normal_form) for p in (known or parses[:1])}


# There is no offline Kazakh morphological analyser on PyPI, so endings are stripped by hand.
# Layers go from the end of the word inwards: case, then possessive, then plural
# (адам-дар-ы-на). Vowel harmony is ignored; it would only stop a few wrong stems.
_KK_CASE = (
    "да", "де", "та", "те", "нда", "нде",  # locative
    "дан", "ден", "тан", "тен", "нан", "нен",  # ablative
    "ға", "ге", "қа", "ке", "на", "не",  # dative
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ны", "ні", "ды", "ді", "ты", "ті", "н",  # accusative
    "мен", "бен", "пен",  # instrumental
    "дағы", "дегі", "тағы", "тегі", "ндағы", "ндегі",  # locative + -ғы: "the one in" (түрме)
)
_KK_POSSESSIVE = (
    "ымыз", "іміз", "ыңыз", "іңіз", "ңыз", "ңіз", "мыз", "міз", "сыз", "сіз",
    "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і",
)
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# The same endings as written in Kazakh Latin: 2021 letters, with the undotted/dotted i and the
# ng/gh spellings people type when they lack the diacritics.
_KK_LATIN_CASE = (
    "da", "de", "ta", "te", "nda", "nde",
    "dan", "den", "tan", "ten", "nan", "nen",
    "ğa", "ge", "qa", "ke", "na", "ne", "ga", "gha",
    "nyñ", "nıñ", "niñ", "dyñ", "dıñ", "diñ", "tyñ", "tıñ", "tiñ",
    "nyng", "ning", "dyng", "ding", "tyng", "ting",
    "ny", "nı", "ni", "dy", "dı", "di", "ty", "tı", "ti", "n",
    "men", "ben", "pen",
    "dağy", "tağy", "ndağy", "dagy", "tagy", "ndagy", "daghy", "taghy", "ndaghy",
    "degi", "tegi", "ndegi", "degı", "tegı", "ndegı",
)
_KK_LATIN_POSSESSIVE = (
    "ymyz", "ımız", "imiz", "myz", "mız", "miz", "syz", "sız", "siz",
    "ym", "ım", "im", "yñ", "ıñ", "iñ", "yng", "ing", "sy", "sı", "si", "y", "ı", "i",
)
_KK_LATIN_PLURAL = ("lar", "ler", "dar", "der", "tar", "ter")


def _longest_first(*layers: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(sorted(layer, key=len, reverse=True)) for layer in layers)


_KK_CYRILLIC_LAYERS = _longest_first(_KK_CASE, _KK_POSSESSIVE, _KK_PLURAL)
_KK_LATIN_LAYERS = _longest_first(_KK_LATIN_CASE, _KK_LATIN_POSSESSIVE, _KK_LATIN_PLURAL)
_KK_MIN_STEM = 3


def _kazakh_stems(word: str, layers: tuple[tuple[str, ...], ...]) -> set[str]:
    """Every stem reachable by dropping at most one ending per layer.

    All of them, not only the shortest: Қарағанды itself ends like an accusative (-ды), so the
    bare name and Қарағандыда only meet if the intermediate Қарағанды is kept as a key.
    """
    stems = {word}
    for endings in layers:
        for stem in list(stems):
            for ending in endings:
                if stem.endswith(ending) and len(stem) - len(ending) >= _KK_MIN_STEM:
                    stems.add(stem[: -len(ending)])
                    break
    return stems


# Romanised Russian surnames are written in the nominative, so a Latin "Semenova" needs the
# masculine base that pymorphy gives every Cyrillic case form (Семёновой -> семёнов).
# -skaya folds to -skaja (я after a vowel is a real j); Polish and Ukrainian write -ska.
_FEMININE_SURNAME = re.compile(r"(?<=...)(?:(ov|ev|in)a|(sk|ck)a(?:ja)?)$")


def _surname_base(key: str) -> str:
    return _FEMININE_SURNAME.sub(lambda m: m.group(1) or m.group(2) + "i", key)


_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
# Letters that mark a Latin word as Kazakh: the diacritics of the 2021 and 2018 alphabets, and q,
# which no Russian or English romanisation uses.
_KAZAKH_LATIN_LETTERS = frozenset("äğñöūüışçáǵńóúýq")


def _is_key(key: str) -> bool:
    # Single digits stay: the 8 of ЛА-155/8 is what tells that colony from ЛА-155/6.
    return len(key) >= 2 or key.isdigit()


@lru_cache(maxsize=200_000)
def word_keys(word: str) -> frozenset[str]:
    """The keys of one word: its skeleton, and those of its Russian lemmas or Kazakh stems."""
    word = _unmix(_normalise(word))
    surface = _fold(word)
    if word in STOP_WORDS or not _is_key(surface):
        return frozenset()
    keys = {surface}
    if _CYRILLIC.search(word):
        if _KAZAKH_LETTERS.isdisjoint(word):
            known, lemmas = _russian_lemmas(word)
            keys.update(_fold(lemma) for lemma in lemmas)
            # Kazakh words without Kazakh letters (колонияда, Астанада) are unknown to pymorphy.
            if not known:
                keys.update(_fold(stem) for stem in _kazakh_stems(word, _KK_CYRILLIC_LAYERS))
        else:
            keys.update(_fold(stem) for stem in _kazakh_stems(word, _KK_CYRILLIC_LAYERS))
            keys.add(_surname_base(surface))
    elif _LATIN.search(word):
        if not _KAZAKH_LATIN_LETTERS.isdisjoint(word):
            keys.update(_fold(stem) for stem in _kazakh_stems(word, _KK_LATIN_LAYERS))
        if "j" in word:
            # Scholarly and German spellings use j for the glide (Ljudmila, Andrejev).
            keys.add(_fold(word, j_is_glide=True))
        keys.add(_surname_base(surface))
    return frozenset(key for key in keys if _is_key(key))


def text_keys(text: str) -> set[str]:
    """Everything a record's text is indexed under."""
    keys: set[str] = set()
    for word in set(words(text)):
        keys |= word_keys(word)
    return keys


def query_terms(text: str) -> list[frozenset[str]]:
    """One set of alternatives per query word; a record must meet every one of them."""
    terms: list[frozenset[str]] = []
    seen: set[frozenset[str]] = set()
    for word in words(text):
        keys = word_keys(word)
        if keys and keys not in seen:
            seen.add(keys)
            terms.append(keys)
    return terms
