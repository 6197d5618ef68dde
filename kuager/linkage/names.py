"""Personal names as linkage keys: one folded key per name word whatever the script, spelling or
word order, with the patronymic, in its Russian or Kazakh form, set apart as the father's name.

kuager.lib.fold.skeleton already makes Cyrillic (Russian, Kazakh) and the Latin romanisations
meet word by word; this module adds what only names need: patronymics, feminine surnames,
initials, and the absence of a fixed order ("Иванов Иван" is "Ivan Ivanov").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from kuager.lib.fold import skeleton, words

# Written apart from the father's name: "Нұрлан ұлы", "Mamed oglu", "Болат қызы".
PATRONYMIC_WORDS = frozenset({
    "ұлы", "улы", "uly", "ulı", "uli", "ūly", "оглы", "огли", "ogly", "oglu", "ogli", "oğlu",
    "қызы", "кызы", "гызы", "qyzy", "kyzy", "qızı", "kizi", "qizi", "gyzy", "gizi",
})

# Fused endings, matched on the word in its own script before folding: folding collapses
# "Сергеевич" to "sergevich", which would no longer show that the father was Сергей.
# Root, then the ending; the root is the shortest that leaves a whole ending.
_CYRILLIC_PATRONYMIC = re.compile(
    r"^(?P<root>.{3,}?)(?:(?P<soft>ь?е)в(?:ич|на)|ов(?:ич|на)|ична"
    r"|ұлы|улы|оглы|огли|қызы|кызы|гызы)$"
)
_LATIN_PATRONYMIC = re.compile(
    r"^(?P<root>.{3,}?)(?:(?P<soft>y?e|ie)v(?:ich|iç|ych|na)|ov(?:ich|iç|ych|na)|ichna|içna"
    r"|uly|ulı|uli|ūly|ogly|oglu|ogli|oğlu|qyzy|kyzy|qızı|kizi|qizi|gyzy)$"
)
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяәөұүі")
_LATIN_VOWELS = frozenset("aeiouyäöüūı")

# Feminine surname endings (on folded keys): Семёнова/Semyonova -> semenov,
# Ковальская/Kovalskaya/Kovalska -> kovalski. The three letters before keep Анна and Дина
# whole; Марина becomes "marin" on every record alike, so nothing is lost.
_FEMININE = re.compile(r"(?<=...)(?:(ov|ev|in)a|(sk|ck)a(?:ja)?)$")

# Romanised initials may take two letters for one Cyrillic one: "Zh." for Ж, "Sh." for Ш.
_DIGRAPH_INITIALS = frozenset({"zh", "sh", "ch", "kh", "ts", "ya", "yu", "yo", "ye", "dj"})
_INITIAL = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,2})\s*\.")

# Folding reads the т-ж of Бақытжан as "tzh" -> "c" + "h" (bakichan) but Kazakh Latin's
# Baqytjan as "bakitjan"; folding the two halves apart makes every spelling meet.
_T_ZH = re.compile(r"(?<=[тt])(?=ж|zh)")

# Fewer words than this and a -ович/-ұлы word is taken for a surname: "Нұрлан Болатұлы" and
# "Abramovich Roman" are how people with such surnames are written.
_WORDS_FOR_PATRONYMIC = 3


@dataclass(frozen=True)
class NameKey:
    """What linkage compares of a name. `parts` are sorted, so word order does not count."""

    parts: tuple[str, ...] = ()
    patronymic: str | None = None
    initials: tuple[str, ...] = ()

    @property
    def key(self) -> str | None:
        return " ".join(self.parts) or None

    @property
    def first(self) -> str | None:
        return self.parts[0] if self.parts else None

    @property
    def last(self) -> str | None:
        # The one word of a one-word name is both first and last, so blocking on either finds
        # "Olzhasova A. O." from "Aynur Olzhasova", whichever way the other name sorts.
        return self.parts[-1] if self.parts else None


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in word)


def patronymic_root(word: str) -> str | None:
    """The father's name in a patronymic word, folded; None if the word is not one.

    Russian -ович/-евич/-овна/-евна/-ична and Kazakh -ұлы/-улы/-қызы (and -оглы) in Cyrillic
    and Latin spellings all give the same key: Болатович, Болатұлы, Bolatuly -> "bolat";
    Сергеевич, Sergeyevich, Sergeevna -> "sergei".
    """
    text = unicodedata.normalize("NFC", word.casefold())
    cyrillic = _is_cyrillic(text)
    found = (_CYRILLIC_PATRONYMIC if cyrillic else _LATIN_PATRONYMIC).match(text)
    if found is None:
        return None
    root = found.group("root")
    if found.group("soft"):
        # -евич follows a vowel where the father's name ends in й (Сергей -> Серге-евич) and
        # a soft sign where it ends in -ий (Юрий -> Юрь-евич, Yur-yevich).
        vowels = _CYRILLIC_VOWELS if cyrillic else _LATIN_VOWELS
        if root[-1] in vowels:
            root += "й" if cyrillic else "y"
        elif root.endswith("ь"):
            root = root[:-1] + "ий"
        elif found.group("soft") in ("ье", "ye", "ie"):
            root += "ий" if cyrillic else "iy"
    key = word_key(root)
    return key if len(key) >= 3 else None


def surname_base(key: str) -> str:
    """The masculine form of a folded surname key (feminine Russian and Polish endings)."""
    return _FEMININE.sub(lambda m: m.group(1) or m.group(2) + "i", key)


def _initials(text: str) -> set[str]:
    folded = unicodedata.normalize("NFKC", text).casefold()
    found = set()
    for match in _INITIAL.finditer(folded):
        letters = match.group(1)
        if len(letters) == 1 or letters in _DIGRAPH_INITIALS:
            found.add(letters)
    return found


def word_key(word: str) -> str:
    return "".join(skeleton(piece) for piece in _T_ZH.split(word))


def initial_letter(word: str) -> str:
    """The folded first letter of a word or an initial. j counts as i: folded alone, the Ж of
    "Ж." reads as the glide of "Nikolaj" (i), while Жандос folds to "jandos"."""
    letter = word_key(word)[:1]
    return "i" if letter == "j" else letter


@lru_cache(maxsize=100_000)
def name_key(text: str) -> NameKey:
    """Fold a name as people write it: any script, order, with or without a patronymic."""
    tokens = words(text)
    dotted = _initials(text)
    initials = [t for t in tokens if len(t) == 1 or t in dotted]
    tokens = [t for t in tokens if not (len(t) == 1 or t in dotted) and not t.isdigit()]
    patronymic = None
    # "Нұрлан ұлы": the marker word makes the one before it a patronymic whatever the count.
    for i in range(1, len(tokens)):
        if tokens[i] in PATRONYMIC_WORDS:
            patronymic = word_key(tokens[i - 1])
            tokens = tokens[: i - 1] + tokens[i + 1 :]
            break
    if patronymic is None and len(tokens) >= _WORDS_FOR_PATRONYMIC:
        candidates = [i for i, t in enumerate(tokens) if patronymic_root(t)]
        # "Абрамович Роман Аркадьевич": a first word that looks like one is the surname when
        # another candidate follows; otherwise the first candidate is the patronymic
        # ("Roman Arkadyevich Abramovich").
        if len(candidates) > 1 and candidates[0] == 0:
            candidates = candidates[1:]
        if candidates:
            at = candidates[0]
            patronymic = patronymic_root(tokens[at])
            tokens = tokens[:at] + tokens[at + 1 :]
    parts = sorted({surname_base(k) for k in map(word_key, tokens) if len(k) >= 2})
    return NameKey(
        parts=tuple(parts),
        patronymic=patronymic or None,
        # In the order written: "Ivanov I. P." gives the first name's initial first.
        initials=tuple(letter for letter in map(initial_letter, initials) if letter),
    )
