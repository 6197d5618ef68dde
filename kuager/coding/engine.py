"""Proposals for coding a letter: regions, facilities, dates, methods, purposes, perpetrators
and signs of risk, each with the exact words it came from, a confidence and its rule.

Rules first: every proposal they make can be explained to the documenter who checks it, and
nothing is downloaded. Negation ("меня не били") drops a proposal; a method inside a reported
threat ("угрожал повесить") becomes a threat, not the method. Kuager then has the methods read
again by a small sentence model shipped in the package (kuager.coding.learnt, `learnt=True`),
which withdraws rule proposals it finds no sign of and adds acts told in ordinary words, never
one the rules set aside as denied, asked about, feared or only threatened.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import asdict, dataclass, field
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from kuager.coding.lexicon import (
    ASKED_ABOUT,
    ASKING,
    ASKING_FIRST,
    CONDITIONS,
    FAMILY,
    FEAR,
    GLOSS,
    HEARSAY,
    HEARSAY_OPENING,
    IDIOMS,
    KAZAKH_FEAR,
    KAZAKH_NEGATED,
    KAZAKH_QUOTE,
    LONGER_WORDS,
    NEGATIONS,
    NEGATIONS_AFTER,
    NEIGHBOURS,
    NOBODY,
    NOT_A_NEGATION_AFTER,
    NOT_FOUND,
    PURPOSE_WORDS,
    QUESTION_PARTICLES,
    REFUSED,
    RULES,
    TALK,
    THREAT_IF,
    THREAT_SOON,
    THREAT_VERBS,
    Rule,
    Slot,
)

if TYPE_CHECKING:
    from kuager.places.gazetteer import Gazetteer

VERSION = "rules-28"
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
# A line break ends a sentence only with a blank line: scans and hand-copied letters break
# lines inside sentences.
_SENTENCE_END = re.compile(r"[.!?…]|\n\s*\n")
_CLAUSE_END = re.compile(r"[.!?…,;:()—–]|\n\s*\n")
_HYPHENATED = re.compile(r"^[-‐¬]\s*\n\s*$")
# (a Kazakh case ending after an initial: «інің Б.-ны»)
_INITIAL = re.compile(r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.(?:[,;]?[ \t]+|-|['’])\Z")
# Abbreviations whose full stop ends no sentence: "в СИЗО г. Талдыкорган", "ул. Абая",
# "Карагандинской обл. в ИВС". A year's "г." or «ж.» ends one only before a capital: "в мае
# 2021 г. Потом…", not "в марте 2022 г. (точную дату не помнит) в СИЗО".
_ABBREVIATIONS = frozenset({"г", "гг", "ж", "жж", "обл", "ул", "пр", "мкр", "пос", "д", "кв",
                            "им", "ст", "р", "тел", "т", "п", "см", "resp", "st", "str", "no",
                            "mr", "mrs", "ms", "dr"})
_YEAR_WORDS = frozenset({"г", "гг", "ж", "жж"})
_QUOTE_CLOSED = re.compile(r"[?!]\s*[»”\"]\s*[,—–-]*\s*\Z")
_WORD_BEFORE = re.compile(r"(\d*)\W*?([^\W\d_]+)\Z")
# OCR and keyboard look-alikes: Latin letters inside a Cyrillic word, digits inside words.
_TO_CYRILLIC = str.maketrans("aceopxykmthb0i", "асеорхукмтнвоі")
# A scan or a keyboard without Kazakh letters: "уйыктатпады" for «ұйықтатпады».
_KAZAKH_PLAIN = str.maketrans("әғқңөұүһі", "агкноуухи")
_KAZAKH = re.compile("[әғқңөұүһі]")
_TO_LATIN = str.maketrans("01", "ol")
_CAPITAL_I = re.compile(r"(?<=[a-z])I")
_CYRILLIC = re.compile("[а-яәғқңөұүһі]")
# Words that start a new clause: a negation before them does not reach past them.
_CLAUSE_WORDS = frozenset({"но", "а", "однако", "зато", "but", "however", "бірақ", "алайда",
                           "and", "и", "және"})
WINDOW = 6  # words within which a multi-stem pattern must fall
_DENIALS = NEGATIONS | NEGATIONS_AFTER
NEGATION_REACH = 3


@dataclass
class Proposal:
    code: str
    label: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str


@dataclass
class Result:
    language: str
    regions: list[Proposal] = field(default_factory=list)
    facilities: list[Proposal] = field(default_factory=list)
    methods: list[Proposal] = field(default_factory=list)
    purposes: list[Proposal] = field(default_factory=list)
    perpetrators: list[Proposal] = field(default_factory=list)
    place_kinds: list[Proposal] = field(default_factory=list)
    consequences: list[Proposal] = field(default_factory=list)
    dates: list[Proposal] = field(default_factory=list)
    urgency_reasons: list[Proposal] = field(default_factory=list)
    version: str = VERSION

    @property
    def urgent(self) -> bool:
        return bool(self.urgency_reasons)

    def as_dict(self) -> dict[str, Any]:
        found = asdict(self)
        found["urgent"] = self.urgent
        return found


@dataclass
class Token:
    text: str  # lower-case, ё as е
    start: int
    end: int
    sentence: int
    clause: int
    # Stretches between punctuation marks: unlike clauses, "и" and "but" do not end them.
    phrase: int
    # Other readings of a word a scan may have garbled: "бнли" → "били", "insu1in" → "insulin".
    alts: tuple[str, ...] = ()
    # Inside square brackets: a translator's or editor's gloss ("[tr.: cleaning toilets puts a
    # prisoner into the lowest caste]") explains a word; it does not report what was done.
    note: bool = False
    # The word with every Kazakh letter made plain, for a scan that lost some and kept others
    # («куйдірген»): compared only with Kazakh stems made plain.
    plain: str = ""
    # The first letters of every reading: most stems a rule tries begin otherwise, and this
    # says so without comparing each reading (the rules ask this half a million times a
    # hundred letters).
    heads: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.heads = frozenset(reading[:PREFIX] for reading in (
            self.text, *self.alts, *((self.plain,) if self.plain else ())))

    def startswith(self, stem: str) -> bool:
        """Whether the word begins with the stem; a stem of one or two letters ("не", "no")
        must be the whole word."""
        if stem[:PREFIX] not in self.heads:
            plain = _plain_stem(stem)
            if plain is None or plain[:PREFIX] not in self.heads:
                return False
        if len(stem) <= 2:
            return self.text == stem or stem in self.alts
        if self.text.startswith(stem) or any(a.startswith(stem) for a in self.alts):
            return not self._longer_word(stem)
        plain = _plain_stem(stem)
        return (plain is not None
                and any(a.startswith(plain) for a in (self.text, self.plain, *self.alts))
                and not self._longer_word(stem))

    def _longer_word(self, stem: str) -> bool:
        """Whether the word is another word that merely begins like the stem: дәрігер
        (doctor) is not дәрі (medicine)."""
        return any(self.text.startswith(other) or any(a.startswith(other) for a in self.alts)
                   for other in LONGER_WORDS.get(stem, ()))


_PLAIN: dict[str, str | None] = {}


def _plain_stem(stem: str) -> str | None:
    """A Kazakh stem as it reads without Kazakh letters, or None when it has none."""
    if stem not in _PLAIN:
        _PLAIN[stem] = stem.translate(_KAZAKH_PLAIN) if _KAZAKH.search(stem) else None
    return _PLAIN[stem]


def _readings(word: str) -> tuple[str, ...]:
    if _CYRILLIC.search(word):
        fixed = word.translate(_TO_CYRILLIC)
        # (щ and ш are read for each other both ways: «щокайтып» for «шоқайтып»)
        found = {fixed, fixed.replace("н", "и"), fixed[:1] + fixed[1:].replace("н", "и"),
                 fixed.replace("ш", "щ"), fixed.replace("щ", "ш")}
    else:
        fixed = word.translate(_TO_LATIN)
        found = {fixed, fixed.replace("rn", "m")}
    found.discard(word)
    # (in a fixed order: the first reading that names a place wins, and a set's order
    # changes from one run to the next)
    return tuple(sorted(found))


def _plain_word(word: str) -> str:
    """The word without Kazakh letters, for Kazakh stems to match a scan that lost them; a
    scan's Latin i in such a word («дарiмдi») is read as the Kazakh one first."""
    if not _KAZAKH.search(word) and _CYRILLIC.search(word) and "i" in word:
        word = word.translate(_TO_CYRILLIC)
    return word.translate(_KAZAKH_PLAIN) if _KAZAKH.search(word) else ""


def abbreviation(text: str, at: int) -> bool:
    """Whether the full stop at `at` closes an abbreviation, not a sentence."""
    if text[at : at + 1] != ".":
        return False
    found = _WORD_BEFORE.search(text, max(0, at - 16), at)
    if found is None or found.group(2).lower() not in _ABBREVIATIONS:
        return False
    if found.group(2).lower() in _YEAR_WORDS and found.group(1):
        following = text[at + 1 : at + 4].lstrip()
        return not following[:1].isupper()
    return True


class Words(list[Token]):
    """A letter's words, with answers worked out once per sentence (is it hearsay?) kept
    beside them: each rule's match would otherwise ask again."""

    def __init__(self) -> None:
        super().__init__()
        self.hearsay: dict[int, bool] = {}


# What an editor puts for a word a scan does not show: «минус отыз [?], уш сагат».
_ILLEGIBLE = "[?]"


def tokens(text: str) -> list[Token]:
    found = Words()
    sentence = clause = phrase = last = depth = 0
    for match in _TOKEN.finditer(text):
        between = text[last : match.start()]
        depth = max(0, depth + between.count("[") - between.count("]"))
        word = match.group().lower().replace("ё", "е")
        if found and _HYPHENATED.match(between):  # "застав-\nляют": one word over two lines
            joined = found[-1].text + word
            found[-1] = Token(joined, found[-1].start, match.end(), found[-1].sentence,
                              found[-1].clause, found[-1].phrase, _readings(joined),
                              found[-1].note, _plain_word(joined))
            last = match.end()
            continue
        # (a scan's «[?]», a word the reader could not make out, ends no sentence)
        ends = len(_SENTENCE_END.findall(between.replace(_ILLEGIBLE, "")))
        # (and «А.С. жазып отыр»: initials run together)
        if ends == 1 and found and (_INITIAL.match(text, found[-1].start, match.start())
                                    or abbreviation(text, found[-1].end) or (
                between == "." and found[-1].end - found[-1].start == 1
                and text[found[-1].start].isupper() and match.group()[:1].isupper()
                and len(match.group()) == 1)):
            ends = 0  # "told M. that…", "D. himself would…": an initial ends no sentence
            between = between.replace(".", "", 1)  # …nor a clause
        if ends == 1 and _QUOTE_CLOSED.search(between) and word in _SAID_AFTER:
            ends = 0  # «…понял?» — деді: the quote's question ends no sentence
        sentence += ends
        marks = len(_CLAUSE_END.findall(between.replace(_ILLEGIBLE, "")))
        clause += marks
        # A short aside in brackets, a drug's or a place's name, leaves the phrase whole:
        # «Ингалятор (сальбутамол) изъят», «дәрісі (карбамазепин) берілмеген»
        phrase += marks - _short_brackets(text, last, match.start())
        last = match.end()
        if word in _CLAUSE_WORDS:
            clause += 1
        readings = _readings(word)
        if _CAPITAL_I.search(match.group()):
            # a scan's capital I for a small l inside a word: "not allowed to sIeep"
            readings = (*readings, _CAPITAL_I.sub("l", match.group()).lower())
        found.append(Token(word, match.start(), match.end(), sentence, clause, phrase,
                           readings, depth > 0, _plain_word(word)))
    return found


def _short_brackets(text: str, low: int, high: int) -> int:
    """How many of the round brackets between low and high open or close an aside of a few
    words (under 40 characters)."""
    found = 0
    for k in range(low, high):
        if text[k] == "(":
            close = text.find(")", k, k + 40)
            found += close > 0 and "(" not in text[k + 1 : close]
        elif text[k] == ")":
            opening = text.rfind("(", max(0, k - 40), k)
            found += opening >= 0 and ")" not in text[opening + 1 : k]
    return found


def language_of(text: str) -> str:
    if re.search("[әғқңөұүһі]", text.lower()):
        return "kk"
    cyrillic = len(re.findall("[а-яё]", text.lower()))
    latin = len(re.findall("[a-z]", text.lower()))
    return "ru" if cyrillic >= latin else "en"


def _denies(words: list[Token], i: int, clause: int) -> bool:
    other = words[i]
    return other.clause == clause and (other.text in NEGATIONS or any(
        a in NEGATIONS for a in other.alts)) and not (
        i + 1 < len(words) and words[i + 1].text in NOT_A_NEGATION_AFTER)


# Kazakh past and present denied: «салмаған», «бермеді», «кигізбеді», «ұстамайды». The
# denial is -ма/-ме after a vowel or р, й, у, л; -ба/-бе after з, ж, м, н, ң; -па/-пе after a
# voiceless consonant: «сабаған» (beat) is саба-ған, not a denial.
_KAZAKH_DENIED_ENDS = ("ған", "ген", "ды", "ді", "йды", "йді")
_KAZAKH_DENIAL_AFTER = {"м": "аеәиоөұүыіюяэрйул", "б": "зжмнң", "п": "пкқтсшфхцчщ"}


_DENIES_A_LIST = ("denies", "отрицает", "отрицал")
# Who did nothing, said before the act in Russian and English ("nobody hit him"); Kazakh
# «ешкім» waits for its own denied verb.
_NOBODY_FIRST = NOBODY - {"ешкім"}


def _kazakh_denied(word: str) -> bool:
    for end in _KAZAKH_DENIED_ENDS:
        stem = word[: -len(end)]
        if word.endswith(end) and len(stem) > 3 and stem[-1] in "аеә" and \
                stem[-2] in _KAZAKH_DENIAL_AFTER and stem[-3] in _KAZAKH_DENIAL_AFTER[stem[-2]]:
            return True
    return False


def _negated(words: list[Token], first: int, last: int, inner: bool = True) -> bool:
    """Whether the clause denies the words first..last: "меня не били", "ұрмады",
    "ұрған жоқ", "nobody beat me", "ribs… nothing is broken", "бить его никто не бил",
    "переломов не выявлено"; "не только били" is not a denial. `inner`: whether a denial
    between the words counts (not when the pattern carries its own, "no heating")."""
    here = words[first]
    # "He denies sexual violence, electric shocks or suspension", «Сексуальное насилие,
    # удары по голове, применение тока — отрицает»: a list denied, before or after it
    if any(w.text.startswith(_DENIES_A_LIST) and w.sentence == here.sentence
           for w in (*words[max(0, first - 8) : first], *words[last + 1 : last + 12])):
        return True
    # «Угроз в свой адрес… никто не высказывал», «ударов не было»: a noun in the genitive of
    # denial, denied by its own predicate however far (not «Ударов было столько, что я не мог
    # встать»: a «не» of another clause)
    if last == first and here.text in _DENIAL_GENITIVES and _genitive_denied(words, first):
        return True
    # "this is worse than beating", «хуже, чем побои»: a comparison, nothing done; "No
    # complaints received about medication", "no complaints of beatings": nothing complained of
    if first and words[first - 1].text in ("than", "чем"):
        return True
    # «лучше бы избили» (it would have been better had they beaten him): what did not happen
    if any(w.text == "бы" and w.clause == here.clause for w in words[max(0, first - 2) : first]):
        return True
    if any(words[k].text in ("no", "without") and words[k + 1].text.startswith("complaint")
           and words[k].clause == here.clause for k in range(max(0, first - 6), first - 1)):
        return True
    # "I have not been beaten or threatened", «не били и не угрожали… ни»: the second of a
    # denied pair, joined by "or"
    if first >= 2 and words[first - 1].text in ("or", "nor", "или") and words[
            first - 2].clause == here.clause and _negated(words, first - 2, first - 2, inner):
        return True
    # («ұрып-соқпайды»: the pair's second verb carries the denial)
    if any(w.startswith(stem) for w in words[first : last + 2] for stem in KAZAKH_NEGATED
           if w.clause == here.clause):
        return True
    if any(_denies(words, i, here.clause) for i in range(max(0, first - NEGATION_REACH), first)):
        return True
    # "No signs of old fractures", "no evidence of burns": an examination's finding
    if any(_denies(words, i, here.clause) and words[i + 1].text in _SIGNS
           and words[i + 2].text == "of" for i in range(max(0, first - 6), first - 2)):
        return True
    # "old healed fracture (X-ray of 2019); not related": a finding the examiner sets aside
    # (not "…they said it was not related to his complaint")
    tail = [w for w in words[last + 1 : last + 12] if w.sentence == here.sentence]
    if [w.text for w in tail[-2:]] == ["not", "related"] and not any(
            _saying(w) for w in tail):
        return True
    # "nobody hit him with fists": "nobody" is the subject of the act (Kazakh «ешкім» waits for
    # its own denied verb: «ешкім айтпаған соң… далаға шығарып»); "nobody we spoke to said
    # they had been beaten"
    near = [w for w in words[max(0, first - 16) : first] if w.clause == here.clause]
    # ("None of the 14 said he had been beaten", but "none of us slept" tells the act)
    if any(w.text in _NOBODY_FIRST for w in near[-5:]) or any(
            (w.text in _NOBODY_FIRST or (w.text == "none" and near[k + 1 : k + 2]
                                         and near[k + 1].text == "of"))
            and any(v.text.startswith(_SAYING) for v in near[k:])
            for k, w in enumerate(near)):
        return True
    end = words[last]
    if inner and any(_denies(words, i, end.clause)
                     for i in range(max(first + 1, last - NEGATION_REACH), last)):
        return True
    after = [w.text for w in words[last + 1 : last + 4] if w.clause == end.clause]
    following = [w.text for w in words[last + 1 : last + 4]]
    if _denied_by_repeating(words, last) or (inner and _instrument_denied(words, first)):
        return True
    # «Противогаз так и не принесли»: what was never done
    if following[:3] == ["так", "и", "не"] and words[last + 3].sentence == end.sentence:
        return True
    # «"ласточкаға" салмаған» (did not put him in the swallow): the verb after the noun
    # carries the denial
    if after and first == last and _KAZAKH.search(words[first].text + after[0]) \
            and _kazakh_denied(after[0]) and not _kazakh_denied(words[last].text):
        return True
    # «Электр тогымен қинамаған, басына пакет кигізбеген» (did not torment him with current,
    # did not put a bag on his head): the denied verb a word after the pattern's noun
    if inner and _kazakh_verb_denied_after(words, first, last, after):
        return True
    # («пакет кигізбеді»: the pattern's own verb, denied)
    if inner and last > first and _KAZAKH.search(end.text) and _kazakh_denied(end.text):
        return True
    # «14 адамның ешқайсысы ұрып-соғу болғанын айтқан жоқ» (none of the 14 said there were
    # beatings)
    ahead = [w.text for w in words[last + 1 : last + 6] if w.sentence == end.sentence]
    if any(w.text.startswith("ешқайсы") for w in words[max(0, first - 8) : first]
           if w.sentence == end.sentence) and any(
            a in ("жоқ", "жок") or a.startswith("айтпа") for a in ahead):
        return True
    if any(w in NEGATIONS_AFTER or w in NOBODY for w in after[:2]) or any(
            following[k : k + 2] == ["none", "alleged"] for k in range(2)):
        return True
    # "ұрып-соғу туралы ешкім айтқан жоқ" (nobody spoke of beatings); «ұрған да, соққан да
    # жоқ» (neither hit nor struck)
    if any(after[k : k + 2] in (["туралы", "ешкім"], ["about", "nobody"]) for k in range(2)) or (
            after[:1] == ["да"] and any(w.text in ("жоқ", "жок") for w in words[last + 1 : last + 6]
                                        if w.sentence == end.sentence)):
        return True
    # ("угроз в настоящее время не поступает": the finding may come a few words later)
    # («Физического насилия (ударов) к ней, по её словам, не применялось»: an aside between)
    further = [w.text for w in words[last + 1 : last + 10] if w.sentence == end.sentence]
    # «Других ударов, по его словам, не было» (no other blows): the count denied past an aside
    if end.text.endswith(("ов", "ев")) and _CYRILLIC.search(end.text) and any(
            (a, b) == ("не", "было") for a, b in pairwise(further)):
        return True
    if any(a in ("не", "not") and b.startswith(NOT_FOUND) for a, b in pairwise(further)):
        return True
    # «угроз со стороны сотрудников СИЗО не было»: "there were none", closing the clause
    if _none_at_clause_end(words, first, last):
        return True
    # "Overcrowding was not observed", "побоев не было".
    return (after[:2] in (["was", "not"], ["were", "not"], ["did", "not"], ["не", "было"],
                          ["не", "были"]))


_SIGNS = frozenset({"sign", "signs", "evidence", "trace", "traces", "mark", "marks"})


# Kazakh verb forms (a converb, a past, a participle): no noun stands between an act and
# its denial.
_KAZAKH_VERB_ENDS = ("ып", "іп", "ды", "ді", "ты", "ті", "ған", "ген", "қан", "кен")


def _kazakh_verb_denied_after(words: list[Token], first: int, last: int,
                              after: list[str]) -> bool:
    """Whether a Kazakh denied verb follows the pattern's nouns, with at most one noun
    between («тогымен қинамаған»), and the pattern holds no verb of its own."""
    if not after or not _KAZAKH.search("".join(w.text for w in words[first : last + 1])
                                       + "".join(after[:2])):
        return False
    if _not_touched_with(words, last):
        return True
    if any(w.text.endswith(_KAZAKH_VERB_ENDS) for w in words[first : last + 1]):
        return False
    if _kazakh_denied(after[0]):
        return last > first
    return len(after) > 1 and not after[0].endswith(_KAZAKH_VERB_ENDS) \
        and _kazakh_denied(after[1])


# «тигізбеген» (did not touch), «тигізген жоқ»: the thing was not put to his body.
_TOUCHED = ("тигіз",)


def _not_touched_with(words: list[Token], last: int) -> bool:
    """«Шокерді денесіне тигізбеген» (he did not touch his body with the shocker): the noun's
    accusative (-ді) is no verb, and the denied «тигіз-» a word or two on denies its use."""
    clause = words[last].clause
    following = [w for w in words[last + 1 : last + 4] if w.clause == clause]
    return any(w.startswith(stem) and (_kazakh_denied(w.text) or _kazakh_denied(w.plain) or (
        k + 1 < len(following) and following[k + 1].text in ("жоқ", "жок")))
        for k, w in enumerate(following[:2]) for stem in _TOUCHED)


def _none_at_clause_end(words: list[Token], first: int, last: int) -> bool:
    """«Угроз со стороны сотрудников не было.»: a noun that "there was none of", the denial
    ending its clause a few words later."""
    clause = [k for k in range(last + 1, min(len(words), last + 8))
              if words[k].clause == words[first].clause]
    if len(clause) < 2 or [words[k].text for k in clause[-2:]] != ["не", "было"]:
        return False
    end = clause[-1]
    return end + 1 >= len(words) or words[end + 1].clause != words[end].clause


def _a_heading(words: list[Token], first: int, last: int, text: str) -> bool:
    """«4. Угроза.», "3. Beatings": a numbered heading that names what the section tells, not
    an account; the account below it is read on its own."""
    start, end = sentence_of(words, first)
    if end - start > last - first + 1 or start == 0:
        return False
    return bool(_HEADING_NUMBER.search(text, 0, words[start].start)) and \
        words[start - 1].text.isdigit()


def _drop_headings_told_below(result: Result, headings: list[tuple[int, str]]) -> None:
    """Drop a heading's method («4. Угроза.») where the section below it tells the act more
    exactly (a threat against the family): it is the same act. A heading over a section that
    yields nothing else is kept: it says what the section is about."""
    def kind(code: str) -> str:
        return "032" if code.startswith(("0322", "0323")) else code[:4]

    drop = {id(p) for p in result.methods for start, code in headings
            if p.start == start and p.code == code and any(
                o.code != code and kind(o.code) == kind(code)
                and start < o.start <= start + _SECTION for o in result.methods)}
    result.methods = [p for p in result.methods if id(p) not in drop]


# How far below its heading a section's account may run, in characters.
_SECTION = 600
_HEADING_NUMBER = re.compile(r"(?:^|\n)[ \t]*\d{1,2}\.[ \t]*$")


# Who says so, put between a verb and its denial: «Бить, говорит, не били».
_ASIDE = frozenset({"говорит", "говорят", "говорил", "говорила", "мол", "дескать", "сказал",
                    "сказала", "кажется", "конечно", "правда"})
# …and, after an infinitive put first, when: «Бить в этот раз не били».
_THIS_TIME = frozenset({"в", "этот", "раз", "тут", "здесь", "там", "теперь", "сейчас",
                        "больше", "уже"})


def _denied_by_repeating(words: list[Token], last: int) -> bool:
    """«бить не били», «Бить — не били», «Трогать — никто не трогал», «Бить, говорит, не
    били», «бить не 6или» (a scan's 6 for б): the verb repeated with its denial after it, past
    a dash, a subject or an aside of who says so."""
    end = words[last]
    repeated: tuple[str, ...] = (end.text[:-2],) if end.text.endswith("ть") else (end.text[:3],)
    if end.text == "бить":
        repeated = ("би", "бь")  # «Бить не бьют» (they do not beat)
    # (an infinitive put first, «Бить — …», may stand apart from its denial, past "this time"
    # or "here": «Бить в этот раз не били»; another verb only within its clause: not «тех
    # пинали, меня не пинали»)
    apart = end.text.endswith("ть")
    told = [w for w in words[last + 1 : last + 8] if w.sentence == end.sentence and (
        apart or w.clause == end.clause) and w.text not in _ASIDE
        and not (apart and w.text in _THIS_TIME)][:3]
    return any(told[k].text == "не" and k + 1 < len(told) and any(
        reading.replace("6", "б").startswith(repeated)
        for reading in (told[k + 1].text, *told[k + 1].alts)) for k in range(min(2, len(told))))


# Whom a Russian verb is done to, between the instrument and the denied verb.
_OBJECT_PRONOUNS = frozenset({"его", "меня", "ее", "их", "нас", "тебя"})


def _instrument_denied(words: list[Token], first: int) -> bool:
    """«Током его не били», «Дубинкой не били»: the instrument named first, the verb after it
    denied (not a verb first: «Садиться не давали» tells the act)."""
    named = words[first]
    if not _CYRILLIC.search(named.text) or _KAZAKH.search(named.text) or named.text.endswith(
            ("ть", "ться", "ти", "ли", "л", "ла")):
        return False
    after = [w.text for w in words[first + 1 : first + 4] if w.clause == named.clause]
    while after and after[0] in _OBJECT_PRONOUNS:
        after = after[1:]
    return after[:1] == ["не"] and len(after) > 1 and after[1].endswith(("ли", "ла", "л"))


def _in_reported_threat(words: list[Token], first: int, last: int, text: str = "") -> bool:
    """A method someone threatened, not one done: "угрожал повесить", "said that if I do not
    confess they will put this bag over my head", "басыңа пакет киеміз деп қорқытты"."""
    sentence = words[first].sentence
    before = [w for w in words[max(0, first - 12) : first] if w.sentence == sentence]
    if any(_threat_word(w.text) for w in before):
        return True
    # ("если он пытался подняться, активист бил его ладонью": what was done each time)
    clause = [w for w in words[max(0, first - 3) : last + 1] if w.clause == words[first].clause]
    if any(w.text in THREAT_IF for w in before) and not _past(clause) and not _a_habit(before):
        return True
    if any(w.text.startswith(THREAT_SOON) for w in before[-3:]):
        return True
    # Kazakh reports speech before the verb of saying: "... киеміз деп қорқытты".
    ahead = [w for w in words[first : last + 6] if w.sentence == sentence]
    said = next((i for i, w in enumerate(ahead) if w.text in KAZAKH_QUOTE), None)
    if said is not None and first + said < last:
        # «Су сұраса, "мойындасаң береміз" деп, бермеген» (he asked for water; "confess and
        # we'll give it", they said, and did not): the act is told after the quote
        return False
    # (not «аяқпен ұрып, "сотта көп сөйлейсің" деген»: the blows come before the quote opens)
    return said is not None and not (text and any(
        mark in text[words[last].end : ahead[said].start] for mark in "«“\"")) and any(
        w.text.endswith(_KAZAKH_PROMISE) and not w.text.endswith(_KAZAKH_REFUSAL)
        for w in ahead[:said])


# «ескертпе» is a note or a written reprimand, not a warning of harm: «Ескертпелер: наручник
# бойынша…» (notes: on the handcuffs…), «ескертпе берді» (gave him a reprimand).
_NOT_A_THREAT_WORD = ("ескертпе",)


def _threat_word(word: str) -> bool:
    """Whether the word threatens: «угрожал», «қорқытты», «ескертті» (warned), not «ескертпе»."""
    return word.startswith(THREAT_VERBS) and not word.startswith(_NOT_A_THREAT_WORD)


# What "we" will not do: «жазбасаң емдемейміз» (we will not treat you) is care refused, not a
# method held out; «сырттан дәрі қабылдамаймыз» (we do not accept medicine) is a refusal.
_KAZAKH_REFUSAL = ("маймыз", "мейміз", "баймыз", "бейміз", "беміз", "паймыз", "пейміз")


# "next time he would be moved in with the activists, they will teach you manners": to come
_NEXT_TIME = frozenset({"next", "следующий", "келесі", "келесіде"})
_LESSON = ("знать", "научи", "научу", "үйрет", "teach", "урок", "сабақ", "lesson",
           # «Померзнешь — поумнеешь» (freeze and you'll get wiser)
           "поумне")


# Kazakh first-person plural and second-person future or intent: киеміз, береміз, өлтіреміз.
_KAZAKH_PROMISE = ("мыз", "міз", "амын", "емін", "ймын", "ймін", "сың", "сің", "аламыз",
                   "ңдар",
                   # typed without Kazakh letters: «пакет кигиземиз»
                   "емиз")


def _past(span: list[Token]) -> bool:
    """A Russian verb in the past tense among the words: били, душил, надели."""
    return any((w.text.endswith(("ли", "ла", "лся", "лась", "лись", "ил", "ал", "ял", "ел", "ул"))
                and len(w.text) > 2 and _CYRILLIC.search(w.text) and not _KAZAKH.search(w.text))
               # "two operatives pulled a plastic bag over his head", "the duty shift hit him"
               # (not "they would hit him")
               or (w.text in ("pulled", "put", "placed", "tied", "hung", "beat", "kicked",
                              "hit", "struck", "punched", "got", "gave", "given") and not (
                   k and span[k - 1].text in ("would", "will", "ll", "d", "to")))
               for k, w in enumerate(span))


def _a_habit(before: list[Token]) -> bool:
    """«если садился на пол — тепкен по ногам»: «если» with a verb in the past tells what was
    done each time he did it, not the condition of a threat ("или" is no verb)."""
    return any(w.text == "если" and _past([v for v in before[k + 1 :]
                                           if v.clause == w.clause and len(v.text) > 3])
               for k, w in enumerate(before))


def _about_family(words: list[Token], first: int, last: int,
                  victim: tuple[str, ...] = ()) -> bool:
    """Whether the threat is against the family: a family word in the threat's clause or in
    what follows it in the sentence ("сказал, что если не подпишет, детей отдадут в детдом").
    Not one in the clause before, nor in a purpose ("угрожали, чтобы я дал показания против
    брата"), nor the one a condition is about ("если жена принесет 500 тысяч")."""
    here = words[first]
    purpose = None
    for i in range(first, min(len(words), last + 20)):
        w = words[i]
        if w.sentence != here.sentence:
            break
        if i > last and w.text in PURPOSE_WORDS and w.clause != words[i - 1].clause:
            purpose = w.clause
        if purpose is not None and w.clause >= purpose:
            break
        # (Token.startswith: «әкелеміз», we will bring, is not әке, a father)
        if not any(w.startswith(stem) for stem in FAMILY) or (
                victim and w.text.startswith(victim)):
            continue
        condition = any(words[j].text in CONDITIONS for j in range(max(0, i - 2), i))
        if not condition:
            return True
    return any(w.clause == here.clause and any(w.startswith(stem) for stem in FAMILY) and
               not (victim and w.text.startswith(victim)) and
               not any(v.text in CONDITIONS for v in words[max(0, k - 2) : k])
               for k, w in enumerate(words[max(0, first - 8) : first], start=max(0, first - 8)))


def sentence_of(words: list[Token], at: int) -> tuple[int, int]:
    """The first and last token index of the sentence the token at `at` is in."""
    sentence = words[at].sentence
    start = end = at
    while start > 0 and words[start - 1].sentence == sentence:
        start -= 1
    while end + 1 < len(words) and words[end + 1].sentence == sentence:
        end += 1
    return start, end


_DISOWNED = (("rumour", "only"), ("rumor", "only"), ("did", "not", "see", "it"),
             ("didn", "t", "see", "it"), ("never", "saw", "it"),
             ("not", "see", "it", "myself"), ("көзіммен", "көрген", "жоқпын"),
             ("сам", "не", "видел"), ("сам", "этого", "не", "видел"), ("сама", "не", "видела"),
             ("if", "it", "is", "true"), ("if", "it", "s", "true"),
             # "Recorded as hearsay only", "he cannot verify", «правда или нет — не знаю»,
             # «может, брешут»
             ("hearsay", "only"), ("cannot", "verify"), ("could", "not", "verify"),
             ("no", "first", "hand"), ("правда", "или", "нет"), ("брешут",),
             ("не", "был", "и", "не", "знаю"),
             # «Естігенім сол ғана» (that is all I heard)
             ("естігенім", "сол"), ("естігенім", "осы"),
             # «Бірақ оны өзім көрмедім, әңгіме ғой» (I did not see it myself, it is talk)
             ("өзім", "көрмедім"), ("әңгіме", "ғой"))
_THROUGH = frozenset({"through", "через", "сквозь"})
_BEHIND = ("дверью", "стеной", "стенкой", "стенку", "wall", "door", "қабырғадан", "есіктен")
_WATCHED = ("передач", "программ", "ролик", "видео", "сериал", "кино")
_FILM = ("кино", "фильм", "film", "movie", "сериал", "series")
# Nouns in the genitive plural that a Russian denial takes: «угроз не было».
_DENIAL_GENITIVES = frozenset({"угроз", "побоев", "ударов", "избиений", "пыток", "издевательств"})
# The predicates that deny them: «не было», «не высказывал», «не поступало», «нет».
_DENYING_VERBS = ("было", "высказ", "поступ", "нанос", "наноси", "примен", "получал", "выявл",
                  "обнаруж", "зафикс", "фиксир", "отмеч")
# Words that open another clause, whose «не» is its own: «…столько, что я не мог встать».
_OTHER_CLAUSE = frozenset({"что", "чтобы", "когда", "но", "а", "если", "потому"})


def _genitive_denied(words: list[Token], at: int) -> bool:
    """Whether «угроз», «ударов»… is denied by its own predicate later in its sentence."""
    after = []
    for w in words[at + 1 : at + 16]:
        if w.sentence != words[at].sentence or w.text in _OTHER_CLAUSE:
            break
        after.append(w.text)
    return "нет" in after or "никаких" in after or any(
        w == "не" and k + 1 < len(after) and after[k + 1].startswith(_DENYING_VERBS)
        for k, w in enumerate(after))


# «и сказал "насмотрелся фильмов"» (you've watched too many films): said to mock him, nothing
# seen (not «он боится, насмотрелся сериалов»)
_BINGED = frozenset({"насмотрелся", "насмотрелась", "насмотрелись"})
_SCREENED = ("смотрел", "показыва", "показал", "көрсет", "көрд", "watch", "showed", "shown")
_DOUBT = frozenset({("рас", "па"), ("рас", "ма"), ("өтірік", "пе"), ("правда", "или"),
                    ("s", "true"), ("is", "true"),
                    # «рас-өтірігін білмеймін» (whether it is true I do not know); «біреуі
                    # "ұрыпты" дейді, біреуі "бәрі өтірік" дейді» (one says…, another: all lies)
                    ("рас", "өтірігін"), ("бәрі", "өтірік")})


_HEARD_WHOM = frozenset({"him", "her", "them", "me", "us", "everything", "every", "the",
                         "his", "blows", "screams", "screaming", "shouting", "crying"})
_HEARD_TOLD = ("say", "said", "talk", "tell", "told", "that", "about", "from", "of", "rumour",
               "story", "storie", "news")


_FILMING = frozenset({"filmed", "filming", "снимал", "снимали", "снял", "сняли"})


def _heard_it_happen(said: list[Token], k: int) -> bool:
    """Whether "heard" at k is hearing something happen rather than being told of it."""
    after = [w.text for w in said[k + 1 : k + 4]]
    if not said[k].text.startswith(("heard", "слышал", "слыхал")):
        return False
    # "…bent it back until it cracked, I heard it", «…хрустнуло, я слышал»: the sound of it,
    # said after the act
    if k >= 1 and said[k - 1].text in ("i", "я") and (
            not after or (after[0] in ("it", "this", "that", "это") and len(after) < 2)):
        return True
    if not after:
        return False
    if said[k].text.startswith("heard"):
        return after[0] in _HEARD_WHOM and not any(a.startswith(_HEARD_TOLD) for a in after)
    # «слышал, как его били» (heard them beating him); not «слышал, как рассказывали»
    return after[0] == "как" and not any(a.startswith(("говор", "рассказ")) for a in after)


def hearsay(words: list[Token], at: int) -> bool:
    """Whether the sentence tells what the writer only heard or saw on a screen: "по
    телевизору показывали", «естуімше», "I watched a film", "Пацаны говорят, в Заречном…",
    «…деген әңгіме бар» (there is talk that…)."""
    start, end = sentence_of(words, at)
    memo = words.hearsay if isinstance(words, Words) else {}
    if start not in memo:
        memo[start] = _hearsay(words, start, end)
    return memo[start]


def _hearsay(words: list[Token], start: int, end: int) -> bool:
    said = words[start : end + 1]
    # "говорил тихо, чтобы конвой не слышал": nobody heard it, the writer was told it.
    # ("I heard it through the door": he heard the blows, he was not told of them)
    heard = [w for k, w in enumerate(said) if (w.text.startswith(HEARSAY) or w.text == "тв")
             # ("one filmed it with his phone": done to him, not seen in a film)
             and w.text not in _FILMING
             and not (k and said[k - 1].text in NEGATIONS)
             # ("plastic film instead of glass")
             and not (k and said[k - 1].text in ("plastic", "cling", "polythene"))
             # («насмотрелся фильмов», "you've watched too many films": a taunt)
             and not (k and said[k - 1].text in _BINGED and any(
                 _saying(v) for v in said[max(0, k - 5) : k - 1]))
             # («ол жақты естіген шығарсың»: "you must have heard of that place", said to him)
             and not (k + 1 < len(said) and said[k + 1].text in ("шығарсың", "боларсың"))
             # («хлопал по ушам, "чтоб лучше слышал"»: a taunt's purpose, nothing heard)
             and not any(v.text in ("чтоб", "чтобы") for v in said[max(0, k - 3) : k])
             and not any(v.text in _THROUGH for v in said[k + 1 : k + 4])
             # («я стоял за дверью и всё слышал»: he heard the blows through it)
             and not any(v.text.startswith(_BEHIND) for v in said[max(0, k - 6) : k + 5])
             # "I heard him fall against the sinks", "heard them kicking him", «слышал, как
             # его били»: the writer heard it happen, nobody told him of it
             and not _heard_it_happen(said, k)]
    # "Соседка говорит…", «Көршім … дейді»: a neighbour who says so
    told = [k for k, w in enumerate(said) if w.text.startswith(NEIGHBOURS) or w.text == "сосед"]
    heard += [said[k] for k in told if any(v.text.startswith(_SAYS_SO)
                                           for v in said[k + 1 : k + 5])
              and not (k + 1 < len(said) and said[k + 1].text == "по")]
    if _one_of_the_neighbours(words, start, end):
        heard.append(said[0])
    # "мы смотрели передачу про тюрьму" (not "ДПНК стоял и смотрел"); "I don't know if it's
    # true", «рас па, өтірік пе»
    watched = (any(w.text.startswith(("смотрел", "насмотрел")) and not (
        w.text in _BINGED and any(_saying(v) for v in said[max(0, k - 4) : k]))
                   for k, w in enumerate(said)) and any(
        w.text.startswith(_WATCHED) for w in said)) or (
        # «клубта бір орыс киносын көрсетті, түрмеде адамдарды ұрып…» (a film was shown)
        # (not «подвесим ласточкой, как в кино показывают»: a threat that names a film)
        # (nor "they watched and filmed it on a phone": filming what is done)
        any(w.text.startswith(_FILM) and w.text not in _FILMING and not any(
            v.text in ("как", "like", "as") for v in said[max(0, k - 2) : k])
            for k, w in enumerate(said))
        and any(w.text.startswith(_SCREENED) for w in said))
    doubted = any((w.text, v.text) in _DOUBT for w, v in pairwise(said))
    # "The old men said they did the 'lastochka' there. I did not see it myself.", «…дейді.
    # Бірақ мен оны өз көзіммен көрген жоқпын»: a rumour the next sentence disowns
    # (the same sentence may disown it: «…болған дейді, бірақ мен өз көзіммен көрген жоқпын»)
    after = sentence_of(words, end + 1)[1] if end + 1 < len(words) else end
    following = [w.text for w in words[start : after + 1]]
    doubted = doubted or any(following[k : k + len(d)] == list(d)
                             for d in _DISOWNED for k in range(len(following)))
    return (bool(heard) or watched or doubted
            or any(w.text in HEARSAY_OPENING and w.clause == said[0].clause for w in said[:3])
            or any(w.text == "деген" and v.startswith(stem) for w, v in pairwise(said)
                   for stem in TALK)
            # "people say that in some colony…" (not "they don't give him the pills, they say
            # the medicine needs a prescription": the staff's answer, after a comma)
            or any((w.text, v.text) in (("people", "say"), ("people", "said"), ("they", "say"))
                   and (w.text == "people" or w.clause == said[0].clause)
                   for w, v in pairwise(said))
            # "The guys here talk that in Zarechny…", "One says that in the old zone…", "My
            # cousin, who was in a colony there, says there they beat people…" (not "One, E.,
            # 27, says that the police kicked him": a man interviewed; nor "someone tells me
            # at night: you will not leave here alive", words said to him)
            or any(w.text in _TALKERS and any(
                v.text in _TALK_THAT and said[k + 1 + j + 1 : k + 1 + j + 2]
                and said[k + 1 + j + 1].text in ("that", "about", "there")
                for j, v in enumerate(said[k + 1 : k + (2 if w.text == "one" else 12)]))
                and (said[0].text == w.text or said[0].text in ("the", "and", "but", "my"))
                for k, w in enumerate(said[:3])))


# Who talks, at the head of a sentence of hearsay, and their talk.
_TALKERS = frozenset({"guys", "lads", "one", "someone", "somebody", "cousin", "friend",
                      "neighbour", "neighbor"})
# (in the present: "one of them said: 'we will…'" is a threat told, not a rumour)
_TALK_THAT = frozenset({"talk", "talks", "say", "says", "tell", "tells"})


# «Көршілер әртүрлі айтады. Біреуі "…" дейді» (the neighbours say all sorts; one says…)
_ONE_OF_THEM = frozenset({"біреуі", "бірі", "біреулері", "біреу"})


def _one_of_the_neighbours(words: list[Token], start: int, end: int) -> bool:
    """Whether the sentence is what "one of them" says, after a sentence about what the
    neighbours say: hearsay, like the neighbours' own words."""
    if not start or words[start].text not in _ONE_OF_THEM or not any(
            w.text.startswith(_SAYS_SO) for w in words[start : end + 1]):
        return False
    before, _ = sentence_of(words, start - 1)
    return any(w.text.startswith(NEIGHBOURS) for w in words[before:start])


def _asked(words: list[Token], first: int, last: int, text: str) -> bool:
    """Whether the words are in a question: one put to the listener ("Did they beat you
    there?"), or one reported ("бьют ли тут", "you asked me if they beat him", «сені де ұра
    ма», "его бьют там или нет")."""
    after = [w.text for w in words[last + 1 : last + 4] if w.phrase == words[last].phrase]
    particle = words[last + 1] if last + 1 < len(words) else None
    if particle is not None and any(reading in QUESTION_PARTICLES
                                    for reading in (particle.text, *particle.alts)):
        return True
    if any(after[i : i + 2] in (["или", "нет"], ["or", "not"]) for i in range(len(after))):
        return True
    # «На вопрос, подвешивали ли его, делали ли «ласточку», ответил, что нет»
    if any(w.text == "ли" and w.clause == words[first].clause
           for w in words[max(0, first - 2) : first]):
        return True
    before = words[max(0, first - 6) : first]
    if any(w.text in ("if", "whether") for w in before[-3:]) and any(
            w.text.startswith(ASKED_ABOUT) for w in before):
        return True
    # "he does not say whether he was alone in the cell"
    if any(w.text == "whether" and w.sentence == words[first].sentence for w in before[-4:]):
        return True
    # «Ұрып-соғу туралы сұрадық» (we asked about beatings)
    ahead = [w.text for w in words[last + 1 : last + 6] if w.sentence == words[last].sentence]
    if "туралы" in ahead[:2] and any(a.startswith(("сұрад", "сұрақ")) for a in ahead):
        return True
    start, end = sentence_of(words, first)
    closing = _SENTENCE_END.search(text, words[end].end)
    if closing is None or closing.group() != "?":
        return False
    said = words[start : end + 1]
    if _tagged(said, words[first]):
        return False
    if any((w.text, v.text) == ("или", "нет") for w, v in pairwise(said)):
        return True  # "Скажите честно, бьют сейчас в полиции или нет?"
    if _asked_after_a_colon(words, start, first, text):
        return True
    # The question may follow a speaker's mark or a colon: "I: Did they beat you there?",
    # "She asked me: Will they beat him in the colony as well?"
    # "— Его били? — Нет…": a short question in a transcript
    return (len(said) <= 4 or any(w.text in ASKING_FIRST for w in said[:3])
            or any(w.text in ASKING_FIRST and w.clause != said[k - 1].clause
                   for k, w in enumerate(said) if k)
            or any(w.text in ASKING for w in said))


# "You will leave here feet first, you understand me?": a tag asks nothing of the act.
_TAGS = frozenset({"understand", "understood", "clear", "right", "okay", "ok"})


def _tagged(said: list[Token], act: Token) -> bool:
    tag = [w for w in said if w.clause == said[-1].clause]
    return act.clause != said[-1].clause and len(tag) <= 4 and any(
        w.text in _TAGS for w in tag)


def _asked_after_a_colon(words: list[Token], start: int, first: int, text: str) -> bool:
    """«Сестрёнка спрашивала: «а правда, что там бьют?»», «Сын спрашивает: папу бьют?», "[21:15]
    Фонд: Его били?": the question someone asked, quoted after a verb of asking or a
    speaker's name, of a sentence that ends with a question mark."""
    colons = [k for k in range(start, first) if ":" in text[words[k].end : words[k + 1].start]]
    return bool(colons) and (
        any(words[k].text.startswith(ASKED_ABOUT) for k in colons)
        or (first - colons[-1] <= 3 and len(
            [w for w in words[colons[-1] + 1 :] if w.sentence == words[first].sentence]) <= 3))


def _feared(words: list[Token], first: int, last: int | None = None) -> bool:
    """"боюсь, что его там бьют": a fear, not an account of what was done. Kazakh says the
    fear after it: «мені осында өлтіріп тастай ма деп қорқамын»."""
    here = words[first]
    # ("I am afraid that after this letter they will kill me")
    if any(w.sentence == here.sentence and any(w.startswith(stem) for stem in FEAR)
           for w in words[max(0, first - 9) : first]):
        return True
    ahead = [w for w in words[(last or first) + 1 : (last or first) + 6]
             if w.sentence == here.sentence]
    said = next((i for i, w in enumerate(ahead) if w.text in KAZAKH_QUOTE), None)
    return said is not None and any(w.startswith(stem) for w in ahead[said + 1 : said + 3]
                                    for stem in KAZAKH_FEAR)


# Kazakh first person, past or present: «байлап қойдық» (we tied), «күйдіріп алдым» (I burnt).
_KAZAKH_FIRST_PERSON = ("дым", "дім", "тым", "тім", "дық", "дік", "тық", "тік")


def _done_by_the_writer(words: list[Token], first: int, last: int) -> bool:
    """«Бұзауды сарайға кіргізіп байлап қойдық», «нанды күйдіріп алдым»: the writer did it, to
    a calf or to the bread. Kazakh puts the person on the verb that closes the act."""
    clause = words[last].clause
    verbs = [w for w in words[last : last + 3] if w.clause == clause]
    # (a scan's Latin i stands for і: «колымды куйдiрiп алдым»)
    kazakh = any(_KAZAKH.search(w.text) or ("i" in w.text and _CYRILLIC.search(w.text))
                 for w in (*words[first : last + 1], *verbs))
    # («камерада жалғыз болдым», "I was alone in the cell", is what was done to him)
    return kazakh and any(len(w.text) > 4 and w.text.endswith(_KAZAKH_FIRST_PERSON)
                          and not w.text.startswith(("болд", "отырд", "тұрд", "жатт", "бастық",
                                                     # «қортық» (the squat) ends like "we did"
                                                     "қортық", "кортық", "кортык"))
                          for w in verbs)


Index = dict[str, list[int]]
PREFIX = 3


def index_words(words: list[Token]) -> Index:
    """Token positions by the first letters of each reading, so a rule looks only at the few
    words that can match its first stem, not at every word of the letter."""
    found: dict[str, set[int]] = {}
    for i, word in enumerate(words):
        for reading in (word.text, *word.alts, *((word.plain,) if word.plain else ())):
            found.setdefault(reading[:PREFIX], set()).add(i)
    return {key: sorted(places) for key, places in found.items()}


def _candidates(stems: tuple[str, ...], index: Index) -> list[int]:
    keys = {stem[:PREFIX] for stem in stems}
    keys |= {plain[:PREFIX] for stem in stems if (plain := _plain_stem(stem)) is not None}
    if len(keys) == 1:
        return index.get(keys.pop(), [])
    return sorted({i for key in keys for i in index.get(key, [])})


def _alternatives(slot: Slot) -> tuple[str, ...]:
    return (slot,) if isinstance(slot, str) else slot


def _match(rule: Rule, words: list[Token], index: Index) -> list[tuple[int, int]]:
    """(first, last) token indexes of each place where a pattern of the rule occurs."""
    spans = []
    for pattern in rule.patterns:
        head, *rest = (_alternatives(slot) for slot in pattern)
        denies = any(stem in _DENIALS for slot in (head, *rest) for stem in slot)
        heads = _candidates(head, index)
        # the words each other slot could match, looked up once instead of tried word by word
        others = [set(_candidates(slot, index)) for slot in rest] if heads and rest else []
        if not all(others):
            continue
        for i in heads:
            word = words[i]
            if not any(word.startswith(stem) for stem in head):
                continue
            if not rest:
                spans.append((i, i))
                continue
            window = rule.window or WINDOW
            near = [j for j in range(max(0, i - window), min(len(words), i + window + 1))
                    if j != i and words[j].sentence == word.sentence]
            if denies:
                # "врача так и не вызвали" is one phrase; in "пусть лекарства пьет, не
                # экономит" the "не" belongs to another verb. "Nobody" with a verb of its
                # own may stand a comma away from the noun: «медчастқа жазды, ешкім
                # келген жоқ».
                reach = 1 if len(rest) > 1 and any(
                    stem in NOBODY for slot in (head, *rest) for stem in slot) else 0
                near = [j for j in near if abs(words[j].phrase - word.phrase) <= reach]
            hits = [next((j for j in near if j in matching
                          and any(words[j].startswith(s) for s in slot)), None)
                    for slot, matching in zip(rest, others, strict=True)]
            if None in hits:
                continue
            ends = [i, *(h for h in hits if h is not None)]
            if denies and len(rest) > 1 and any(
                    words[h].text in _DENIALS and not any(
                        words[o].phrase == words[h].phrase for o in ends if o != h)
                    for h in ends):
                continue  # the denial alone in its phrase belongs to no word of the pattern
            if denies and any(words[h].text in _DENIALS and h + 1 < len(words)
                              and words[h + 1].text in _NOT_DENYING for h in ends):
                continue  # «осмотрел врач не из колонии»: not from there, nothing refused
            spans.append((min(ends), max(ends)))
    if rule.unless:
        spans = [(a, b) for a, b in spans if not any(
            any(words[k].startswith(stem) for stem in rule.unless) and _unless_here(words, k, a, b)
            for k in range(max(0, a - 2), min(len(words), b + 4)))]
    return spans


# A denial of where from, not of the act: «врач не из колонии».
_NOT_DENYING = frozenset({"из"})


# "упал со стула — ногами", "when he fell off the chair they kicked him": the chair is
# where he fell from, not what was kicked.
_AWAY_FROM = frozenset({"со", "с", "из", "off", "from"})


def _unless_here(words: list[Token], k: int, first: int, last: int) -> bool:
    """Whether a word that undoes a match ("пинали стул") belongs to it: after it, in its clause
    ("kicked him, I heard it through the door" is another clause); before it, not a place he
    fell from."""
    if k > last:
        return words[k].clause == words[last].clause
    if words[k].sentence != words[first].sentence:
        return False  # "…and locked the door. They kicked him": the door is another sentence's
    before = [w.text for w in words[max(0, k - 2) : k]]
    return not (k < first and before and (before[-1] in _AWAY_FROM or (
        before[-1] in ("the", "a", "his") and before[0] in _AWAY_FROM)))


# The vocabulary each field's codes come from.
VOCABULARIES = {"methods": "methods", "purposes": "purposes",
                "perpetrators": "perpetrator_types", "place_kinds": "location_types",
                "consequences": "consequences", "urgency": "consequences"}


@dataclass
class Reference:
    """What the rules look codes and places up in. Load it once for a batch of letters."""

    labels: dict[tuple[str, str], str]
    places: Gazetteer

    @classmethod
    def load(cls) -> Reference:
        """The gazetteer and the labels as they are now: kept from the last call while their
        stamp (kuager.coding.signals) and row counts are unchanged. Building them is a fifth of
        the time a letter takes; asking whether they changed is a few small queries."""
        global _LOADED
        stamp = _reference_stamp()
        loaded = _LOADED
        if loaded is not None and loaded[0] == stamp:
            return loaded[1]
        reference = cls._build()
        _LOADED = (stamp, reference)
        return reference

    @classmethod
    def _build(cls) -> Reference:
        from kuager.places.gazetteer import Gazetteer
        from kuager.vocab.models import Term

        by_key = {key: list(Term.objects.of(key).values_list("code", "label_en"))
                  for key in set(VOCABULARIES.values())}
        labels = {(name, code): label for name, key in VOCABULARIES.items()
                  for code, label in by_key[key]}
        return cls(labels, Gazetteer.load(towns=True))


# The last reference loaded in this process, with the stamp it was loaded under.
_LOADED: tuple[tuple[object, ...], Reference] | None = None


def _reference_stamp() -> tuple[object, ...]:
    """What says whether the reference changed: the token every save or delete through Django
    renews, and the row counts, which also see rows a data migration or a bulk load added."""
    from kuager.coding.models import ReferenceStamp
    from kuager.coding.signals import reference_models

    token = ReferenceStamp.objects.filter(pk=1).values_list("token", flat=True).first()
    return (token, *(model._default_manager.count() for model in reference_models()))


# Threats to kill him or his family: a letter that tells one is urgent.
_DEATH_THREATS = ("032301000000", "032302000000")


def propose(text: str, letter_date: dt.date | None = None, language: str | None = None,
            reference: Reference | None = None, learnt: bool = False) -> Result:
    """The rules' proposals for a letter; with `learnt`, the methods are then checked and
    completed by the sentence model (kuager.coding.learnt), as Kuager proposes them to people.
    The rules alone are what their own tests read."""
    reference = reference or Reference.load()
    labels = reference.labels
    result = Result(language or language_of(text))
    words = tokens(text)
    seen: set[tuple[str, str, int]] = set()
    index = index_words(words)

    def add(field_name: str, code: str, first: int, last: int, confidence: float,
            rule_name: str) -> None:
        key = (field_name, code, words[first].sentence)
        if key in seen:
            return
        seen.add(key)
        start, end = words[first].start, words[last].end
        vocabulary = "urgency" if field_name == "urgency" else field_name
        proposal = Proposal(code, labels.get((vocabulary, code), rule_name), text[start:end],
                            start, end, confidence, rule_name)
        getattr(result, "urgency_reasons" if field_name == "urgency" else field_name
                ).append(proposal)
        if code in _DEATH_THREATS and field_name == "methods":
            add("urgency", "985000000000", first, last, confidence, rule_name)

    victim = victim_kin(words)
    threats = spoken_threats(words, text, victim)
    quotations = _quotations(text)
    headings: list[tuple[int, str]] = []
    # Acts the rules found and did not propose as acts: the sentence model may not add them.
    set_aside: list[tuple[str, int, int]] = []

    def aside(code: str, first: int, last: int) -> None:
        set_aside.append((code, words[first].start, words[last].end))

    for rule in RULES:
        inner = not _carries_denial(rule)
        matches = _match(rule, words, index)
        held_out = [(f, la) for f, la in matches if any(
            said < la and f <= end for said, end, _ in threats)]
        for first, last in matches:
            if rule.field == "methods" and (
                    _idiom(words, first, last) or _in_gloss(words, first)
                    or _SCORE.match(text, words[last].end)
                    or (rule.code == "030300000000" and _a_fall(words, first))
                    or (rule.code in _HURT_IN_A_BRAWL and _a_brawl(words, first))
                    or (rule.code == "030700000000" and _cold_at_home(words, first))
                    or (rule.code == "031103000000" and _kneeling_held(words, first))):
                aside(rule.code, first, last)
                continue
            if rule.negatable and (_negated(words, first, last, inner) or any(
                    w.text.startswith(REFUSED) and w.clause == words[first].clause
                    for w in words[max(0, first - 3) : first])):
                if rule.field == "methods":
                    aside(rule.code, first, last)
                continue
            code = rule.code
            if rule.field == "methods" and not _an_account(words, first, last, text):
                aside(code, first, last)
                continue
            if rule.field == "methods" and _a_heading(words, first, last, text):
                headings.append((words[first].start, code))
            if rule.field == "methods" and (_feared(words, first, last) or (
                    code == "032301000000" and _foretold(words, first, last, text))):
                if code == "032301000000":
                    add("urgency", "985000000000", first, last, 0.7, "fear for life")
                aside(code, first, last)
                continue
            if rule.field == "methods" and not code.startswith(_NEVER_HELD_OUT) \
                    and rule.name not in _DONE_IN_THE_WORDS \
                    and (_in_reported_threat(words, first, last, text) or any(
                        said < first and last <= end
                        # ("…and that evening he got an extra injection")
                        and not _past(words[max(0, first - 2) : last + 1])
                        for said, end, _ in threats) or _shown(words, first, last, threats,
                                                              held_out)
                        or (rule.code in _INSTRUMENTS and _threatened_with(words, first, last))):
                # A threat to do it: a threat to kill when it is hanging, otherwise a threat
                # ("hang him up on the door like a coat by the cuffs" is hanging by the arms).
                code = "032301000000" if rule.code == "031101000000" and not any(
                    w.text.startswith(_HUNG_BY) for w in words[first : last + 8]) and not \
                    words[first].text.startswith(("подвес", "подвеш", "дыб", "suspend")) \
                    else "032201000000"
                if rule.code in ("030500000000", "030502000000"):
                    code = "030602000000"
            prisoner = code.startswith("0322") and _kin_is_the_prisoner(words, first, last)
            prisoner = prisoner or (code == "032301000000" and _held_kin_told(words, first))
            if code == "032202000000" and prisoner:
                code = "032201000000"
            if code in ("032201000000", "032301000000") and not prisoner and _about_family(
                    words, first, last, victim):
                code = "032202000000" if code == "032201000000" else "032302000000"
            if code == "032201000000" and not prisoner and _threatened_after_kin(
                    words, first, threats):
                code = "032202000000"
            if code == "032201000000" and not prisoner and _kin_spoken_of(
                    words, range(first, last + 1), quotations, victim):
                code = "032202000000"
            if code != rule.code and rule.field == "methods":
                aside(rule.code, first, last)
            add(rule.field, code, first, last, rule.confidence, rule.name)
    for first, last in _kin_held_out(words):
        if ("methods", "032302000000", words[first].sentence) not in seen and _an_account(
                words, first, last, text) and not _feared(words, first, last):
            add("methods", "032202000000", first, last, 0.7, "threat in reported speech")
        else:
            aside("032202000000", first, last)
    for first, last in _kin_jailed(words, victim):
        if _an_account(words, first, last, text) and not _feared(words, first, last):
            add("methods", "032202000000", first, last, 0.7, "threat in reported speech")
        else:
            aside("032202000000", first, last)
    for first, last, code in threats:
        told = {c for c in ("032202000000", "032302000000", "032301000000")
                if ("methods", c, words[first].sentence) in seen}
        # "пинали его ногами, говорили «будешь знать как писать»", «шағым жазуды біз
        # үйретеміз» деп ұрды: "this will teach you", said while he was beaten, belongs to the
        # beating; it threatens nothing still to come ("next time we will break your arms"
        # does).
        if code == "032201000000" and any(
                w.text.startswith(_LESSON) for w in words[first : last + 1]) and not any(
                w.text in _NEXT_TIME for w in words[first : last + 1]) and any(
                # (or just after it: "…били кулаками и ногами. Начальник сказал: будешь знать
                # порядок")
                f == "methods" and 0 <= words[first].sentence - n <= 1 and not c.startswith(
                    ("0322", "0323", "0306")) for f, c, n in seen):
            aside(code, first, last)
            continue
        if not told and _an_account(words, first, last, text) \
                and not _feared(words, first, last) and not _fear_told(words, first):
            add("methods", code, first, last, 0.7, "threat in reported speech")
        else:
            aside(code, first, last)
    if learnt:
        # Before the general readings are dropped: a beating the model withdraws leaves the
        # general one standing, and what it adds is weighed against the rules' like theirs.
        _read_with_the_model(result, text, set_aside, labels)
    _drop_general_readings(result, text)
    _drop_headings_told_below(result, headings)
    from kuager.coding.places import propose_places

    result.dates = propose_dates(text, letter_date)
    propose_places(text, words, result, reference.places, threats, letter_date)
    for proposal in result.place_kinds:
        proposal.label = labels.get(("place_kinds", proposal.code), proposal.label)
    return result


def _read_with_the_model(result: Result, text: str, set_aside: list[tuple[str, int, int]],
                         labels: dict[tuple[str, str], str]) -> None:
    """Withdraw the methods the sentence model finds no sign of and add those it finds that
    the rules missed (kuager.coding.learnt); the version records both readers."""
    from kuager.coding.learnt import packaged, read

    model = packaged()
    reading = read(model, text, [(p.code, p.start, p.end) for p in result.methods], set_aside)
    result.methods = [p for p in result.methods if p.code not in reading.withdrawn]
    for code, start, end, probability in reading.added:
        # 0.40-0.65, under nearly all the rules' (0.6-0.9): a sentence's sense, not words one
        # can point at.
        confidence = round(0.4 + 0.25 * probability, 2)
        result.methods.append(Proposal(code, labels.get(("methods", code), code),
                                       text[start:end], start, end, confidence, model.version))
        if code in _DEATH_THREATS:
            result.urgency_reasons.append(Proposal(
                "985000000000", labels.get(("urgency", "985000000000"), model.version),
                text[start:end], start, end, confidence, model.version))
    result.version = f"{VERSION}+{model.version}"


def _fear_told(words: list[Token], said: int) -> bool:
    """"He told the lawyer he is scared they'll kill him next time": his fear, told (not "you
    will be afraid to sleep", a fear held out to him)."""
    return any(w.sentence == words[said].sentence and w.text.startswith(FEAR)
               and words[k - 1].text in ("is", "was", "am", "are", "were", "s", "m", "re")
               for k, w in enumerate(words[said + 1 : said + 7], start=said + 1))


def _threatened_after_kin(words: list[Token], first: int,
                          threats: list[tuple[int, int, str]]) -> bool:
    """«"Әпкеңе де барамыз" деп қорқытыпты» (threatened: "we will come for your sister too"):
    Kazakh says the threat verb after the quote, and the quote was against the family."""
    return any(code == "032202000000" and words[last].sentence == words[first].sentence
               and 0 < first - last <= 2 for _, last, code in threats)


# Codes a threat's words cannot hold out as still to come: threats themselves, and acts done in
# the very words said: care refused («өлмейсің, жата тұр» деп, you won't die, lie there) and
# abuse («сендер адам емессіңдер» деген, you are not human).
_NEVER_HELD_OUT = ("0322", "0323", "030602", "031503000000", "032101000000")
# Rules whose words are the act itself when said: "you will drink when you sign" refuses the
# water now.
_DONE_IN_THE_WORDS = frozenset({"water for a confession"})


# "our otryad was beaten 4-1 by the seventh", «нас побили 5:2»: a match lost.
_SCORE = re.compile(r"\W{0,2}\d{1,2}\s?[-–:]\s?\d{1,2}\b")
# "упала на гололёде и сломала руку", "slipped in the bath and broke his wrist": an accident,
# unless it is what he was made to write ("заставили написать, что упал").
_FALL = ("упал", "поскользн", "fell", "slipped", "құлап", "құлады", "тайып", "fall",
         # "перелом голени в 2019 г. (ДТП)": injuries from a road accident
         "дтп", "авари", "accident", "crash")
_COVER = ("якобы", "будто", "написа", "пиши", "объяснит", "обьяснит", "сказать", "write",
          "wrote", "say", "claim", "жаз", "деп", "дескать", "версия", "story")


def _a_fall(words: list[Token], first: int) -> bool:
    start, end = sentence_of(words, first)
    said = words[start : end + 1]
    # (or just after it: "fracture of the radius in 2012 (fall on ice)")
    return any(w.startswith(stem) for w in (*words[max(start, first - 8) : first],
                                            *words[first + 1 : min(end + 1, first + 8)])
               for stem in _FALL) and \
        not any(w.text.startswith(_COVER) for w in said)


# "на него завели дело — драка возле кафе, у другого парня сломан нос": a fight between
# people, told with no word of custody or of staff in its sentence, is no ill-treatment.
_BRAWL = ("драк", "подрал", "потасовк", "fight", "brawl", "төбелес")
_CUSTODY = ("сизо", "сиз0", "ивс", "колони", "камер", "шизо", "пкт", "карцер", "отряд",
            "изолятор", "тюрьм", "зон", "барак", "полиц", "отдел", "задерж", "арест", "конвой",
            "сотрудник", "охран", "надзират", "дежурн", "опер", "кум", "следовател", "актив",
            "осужд", "заключ", "учрежден", "мекеме", "түрме", "абақты", "камера", "тергеу",
            "ұстады", "сотрудн", "police", "guard", "officer", "cell", "colony", "prison",
            "jail", "detention", "inmate", "convict", "staff", "warden", "sizo", "ivs", "shizo")
_HURT_IN_A_BRAWL = frozenset({"030100000000", "030101000000", "030102000000",
                              "030300000000"})


def _a_brawl(words: list[Token], first: int) -> bool:
    """Whether the sentence tells of a fight and names no custody and no staff."""
    start, end = sentence_of(words, first)
    said = words[start : end + 1]
    return any(w.text.startswith(_BRAWL) for w in said) and not any(
        w.text.startswith(_CUSTODY) for w in said)


# «дома у нас всю зиму холод, батареи еле тёплые»: the cold of the writer's own home.
_HOME = ("дома", "квартир", "кск", "общежити")


def _cold_at_home(words: list[Token], first: int) -> bool:
    """Whether the sentence tells of a cold home and names no custody and no staff."""
    start, end = sentence_of(words, first)
    said = words[start : end + 1]
    return any(w.text.startswith(_HOME) for w in said) and not any(
        w.text.startswith(_CUSTODY) for w in said)


# «Велели встать на колени. Так он простоял два часа»: the kneeling told just before, held.
_KNEELING = ("колен", "корточк", "тізе")


def _kneeling_held(words: list[Token], first: int) -> bool:
    """Whether "so he stood" holds on to a kneeling or squatting told in the sentence before."""
    start, _ = sentence_of(words, first)
    if start == 0 or not any(w.text == "так" for w in words[max(start, first - 3) : first]):
        return False
    before, _ = sentence_of(words, start - 1)
    return any(w.text.startswith(_KNEELING) for w in words[before:start])


# Acts that a threat names by their instrument: "Слоником грозились", "threatened him with
# the bag", «пакетпен қорқытты».
_INSTRUMENTS = frozenset({"030900000000", "030902000000", "030901000000", "031101000000",
                          "030800000000", "031701000000", "030500000000", "030502000000"})
_THREATENED = ("пугал",)


def _threatened_with(words: list[Token], first: int, last: int) -> bool:
    clause = words[first].clause
    # ("a threat of rape": the noun too)
    return any(w.clause == clause and (_threat_word(w.text) or w.text.startswith(_THREATENED)
                                       or w.text in ("threat", "threats"))
               for w in (*words[max(0, first - 5) : first], *words[last + 1 : last + 3])
               ) or _shown_while_told(words, first, last)


# Showing an instrument in Kazakh: «көрсетіп» (showing it), «шытырлатып» (crackling it).
_KAZAKH_SHOWING = ("көрсет", "шытырлат")


def _shown_while_told(words: list[Token], first: int, last: int) -> bool:
    """«Үстелге электрошокер қойып, шытырлатып көрсетіп: "…" деген»: the instrument shown a
    few words on and words said over it, in a language the threat rules may not read; it was
    held out, not used."""
    sentence = words[first].sentence
    ahead = [w for w in words[last + 1 : last + 30] if w.sentence == sentence]
    shown = next((k for k, w in enumerate(ahead[:4])
                  if any(w.startswith(stem) for stem in _KAZAKH_SHOWING)), None)
    # (not «шокердің ізін көрсетіп» (showing the shocker's marks): what it left)
    return shown is not None and not any(w.text.startswith(_MARKS) for w in ahead[:shown]) \
        and any(_says(w, _KAZAKH_SAID) for w in ahead[shown + 1 :])


_MARKS = ("ізі", "ізд", "жара", "дақ", "тыртық", "күйік")


def _shown(words: list[Token], first: int, last: int, threats: list[tuple[int, int, str]],
           held_out: list[tuple[int, int]]) -> bool:
    """Whether the act is the instrument of a threat in its sentence: «пакет алып шығып,
    "мойындамасаң, басыңа кигіземіз" деді», "brought a gas mask and told him they would put
    the slonik on him": the bag was shown, not put on."""
    sentence = words[first].sentence
    return any(words[said].sentence == sentence and first < said and (
        first < said < last  # the words run into the threat
        or any(words[f].sentence == sentence for f, _ in held_out)
        # "took a bag out of the drawer and said…", «пакет алып шығып», "показал дубинку"
        or any(w.text.startswith(_SHOWING) for w in words[max(0, first - 4) : said]))
        and not _put_on(words[first : min(last + 1, said)])
        for said, _, _ in threats)


_SHOWING = ("took", "brought", "showed", "show", "produced", "достал", "принес", "принёс",
            "показ", "положил", "алып", "көрсет", "әкелді", "әкеліп")


def _put_on(span: list[Token]) -> bool:
    """Whether the words say it was done ("put the bag on him"), not brought or shown."""
    return any(w.text.startswith(("надел", "кигізді", "кигізген", "put", "pulled"))
               for w in span)


def _in_gloss(words: list[Token], at: int) -> bool:
    """Whether the word is in a translator's or editor's note that glosses a word: "[T:
    'press-khata' - slang for a cell where prisoners are beaten…]"."""
    if not words[at].note:
        return False
    start = end = at
    while start > 0 and words[start - 1].note:
        start -= 1
    while end + 1 < len(words) and words[end + 1].note:
        end += 1
    return any(w.text.startswith(GLOSS) for w in words[start : end + 1])


def _translates(words: list[Token], first: int, last: int) -> bool:
    """Whether the words are a translator's short rendering of the word just before them:
    "the kum hit me with the dubinal [rubber truncheon]" tells what he was hit with."""
    if not all(w.note for w in words[first : last + 1]):
        return False
    start, end = first, last
    while start > 0 and words[start - 1].note:
        start -= 1
    while end + 1 < len(words) and words[end + 1].note:
        end += 1
    return end - start < 4 and start > 0 and not words[start - 1].note and words[
        start - 1].sentence == words[start].sentence and not any(
        w.text.startswith(GLOSS) for w in words[start : end + 1])


def _quoted_word(words: list[Token], first: int, last: int, text: str) -> bool:
    """"'ұрды' in the passage above means physical blows": a word quoted to explain it, in a
    translator's or editor's note."""
    before = text[max(0, words[first].start - 1) : words[first].start]
    after = text[words[last].end : words[last].end + 1]
    if not (before in "\"«“'" and after in "\"»”'") or not before or not after:
        return False
    following = [w.text for w in words[last + 1 : last + 8]]
    return any(w.startswith(("mean", "означа", "дегені", "переводится")) for w in following)


def _idiom(words: list[Token], first: int, last: int) -> bool:
    """Whether the words are part of an everyday idiom: "hang in there", "the ethics office is
    killing me with paperwork"."""
    if _a_call(words, first):
        return True
    for k in range(first, last + 1):
        for idiom, at in _IDIOMS_BY_WORD.get(words[k].text, ()):
            start = k - at
            if start >= 0 and tuple(w.text for w in words[start : start + len(idiom)]) == idiom:
                return True
    return False


# «телефон соқты», «біреудің телефонынан 2 минут қана соқты»: he phoned, nobody struck him.
_CALLED_ON = ("телефон", "қоңырау", "звон", "трубк")
_STRUCK = ("соқты", "соғып", "соққан", "соғады", "соқтым", "соқпады", "соғатын")


def _a_call(words: list[Token], at: int) -> bool:
    """Whether a Kazakh «соқты» is a call: a phone named before it in its sentence (not one
    he was struck with, «телефонмен»)."""
    here = words[at]
    return here.text.startswith(_STRUCK) and any(
        w.sentence == here.sentence and w.text.startswith(_CALLED_ON)
        and not w.text.endswith(("мен", "пен", "бен")) for w in words[max(0, at - 6) : at])


# Each idiom under each of its words, with where the word stands in it.
_IDIOMS_BY_WORD: dict[str, list[tuple[tuple[str, ...], int]]] = {}
for _idiom_words in IDIOMS:
    for _at, _word in enumerate(_idiom_words):
        _IDIOMS_BY_WORD.setdefault(_word, []).append((tuple(_idiom_words), _at))


# Who speaks of himself, and who is spoken to.
_ME = frozenset({"i", "me", "я", "меня", "мне", "мен", "мені", "маған", "мени", "маган"})
_YOU = frozenset({"you", "тебя", "тебе", "вас", "вам", "сені", "саған", "сен", "сізді"})


# «они меня здесь убьют» they will kill me here: a translator's rendering of the quote
# just before it, quoted as much as the quote.
_RENDERED = re.compile(r"[а-яёәғқңөұүһі][^\"«»“”]{0,3}[\"»”]\s+(?:[a-z']+\s+){0,3}\Z",
                       re.IGNORECASE)


def _foretold(words: list[Token], first: int, last: int, text: str) -> bool:
    """"He told his mother: 'I will not come out of here alive'", «меня тут закопают»: the
    prisoner, in his own words, foretelling his death: a fear, unless someone threatened it
    ("угрожали, что меня убьют") or it is said to someone ("I will kill you"). "He said I
    will leave here in a box" is the guard's threat, told in the writer's words."""
    sentence = words[first].sentence
    start, _ = sentence_of(words, first)
    before = [w for w in words[max(0, first - 3) : first] if w.sentence == sentence]
    around = words[max(0, first - 4) : last + 4]
    opened = text[words[start].start - 1 if start else 0 : words[first].start]
    quoted = opened.count("\"") % 2 == 1 or opened.count("«") > opened.count("»") or (
        opened.count("“") > opened.count("”")) or bool(_RENDERED.search(opened))
    # ("tell my wife if I stay there they will kill me")
    after = [w for w in words[last + 1 : last + 3] if w.sentence == sentence]
    return (quoted and (any(w.text in _ME for w in (*before, *after))
                        or _calling_kin_first(opened))
            and not any(w.text in _YOU for w in around)
            # («апа, арызыңды қайтарып ал, әйтпесе мені өлтіреді»: "otherwise" is his own)
            and not any(_threat_word(w.text) and w.text not in _KAZAKH_ELSE
                        for w in words[max(0, first - 12) : first] if w.sentence == sentence))


def _calling_kin_first(opened: str) -> bool:
    """Whether the quote open before the act begins by calling a relative: «Апа, мені енді
    бұл жерден тірі шығармайды-ау» (Mum, they won't let me out of here alive) is the prisoner
    speaking to his mother."""
    opening = max(opened.rfind("«"), opened.rfind("“"), opened.rfind("\""))
    called = _TOKEN.findall(opened[opening + 1 :])[:1] if opening >= 0 else []
    return bool(called) and called[0].lower() in _CALLING_KIN


def _carries_denial(rule: Rule) -> bool:
    """Whether the rule's patterns hold their own denial ("no heating", "не давали спать")."""
    return any(stem in _DENIALS for pattern in rule.patterns for slot in pattern
               for stem in _alternatives(slot))


def _an_account(words: list[Token], first: int, last: int, text: str) -> bool:
    """Whether the words tell what was done, not a question, hearsay, a translator's gloss or
    what the writer did himself."""
    return not (_asked(words, first, last, text) or hearsay(words, first)
                or _quoted_word(words, first, last, text)
                or (all(w.note for w in words[first : last + 1])
                    and not _translates(words, first, last))
                or _done_by_the_writer(words, first, last)
                or _unverified(words, first, text))


# "4. ATYRAU - unconfirmed.", "Not verified; not included in the findings": a monitor's
# paragraph that marks what it retells as unchecked codes nothing.
_UNVERIFIED = re.compile(r"\b(?:unverified|unconfirmed|not verified)\b", re.IGNORECASE)
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


# (not an official's word on it: "the prosecutor's check found his claims unconfirmed")
_OFFICIAL_WORD = re.compile(r"\b(?:prosecutor|check|inspection|investigat|administration|"
                            r"official|court|judge)", re.IGNORECASE)


def _unverified(words: list[Token], first: int, text: str) -> bool:
    at = words[first].start
    start = max((m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, at)), default=0)
    end = _PARAGRAPH_BREAK.search(text, at)
    for marker in _UNVERIFIED.finditer(text, start, end.start() if end else len(text)):
        low = max(text.rfind(mark, start, marker.start()) for mark in ".!?\n")
        high = min((k for k in (text.find(mark, marker.end()) for mark in ".!?\n") if k >= 0),
                   default=len(text))
        if not _OFFICIAL_WORD.search(text, max(low, start), high):
            return True
    return False


# --- threats in reported speech ----------------------------------------------------------
# A threat is often told with no word for threatening: what was said, a condition put to the
# victim and what would follow. "He said that if I do not sign, they will arrest my wife";
# "сказал: забери жалобу, а то отправим обратно"; «мойындамасаң, әйеліңе де жол табамыз» деді.
_SAYING = ("said", "told", "tell", "warned", "shouted", "promised", "сказал", "говорил",
           "предупред", "заявил", "кричал", "обещал", "пообещал", "айтты",
           # "сказав, что иначе…", «тот ответил: Будешь как тот…», "he say me: if I write…"
           "сказав", "заявив", "пообещав", "ответил", "answered", "replied", "say",
           # "none of the detainees we spoke with reported beatings"
           "reported",
           # "mentioned that his brother works at the akimat"
           "mentioned", "reminded", "напомнил", "added", "добавил",
           # «обходил камеры и предупреждал: …»
           "предупрежда")
# A neighbour who says so: the words for saying, and the present tense of them.
_SAYS_SO = (*_SAYING, "говор", "рассказ", "дейді", "айтады", "тверд")
# Who a condition is put to: "if you…", "if he does not…", "если не…", "если ты…".
_PUT_TO = frozenset({"you", "he", "i", "she", "we", "they", "ты", "он", "я", "вы", "она", "мы",
                     "не", "not", "еще", "again",
                     # "if your mother starts writing, you'll spend the winter in there"
                     "your", "твоя", "твой", "твои", "ваша", "ваш",
                     # "if his mother keeps writing", "if her son…"
                     "his", "her", "their"})
# What a threat's condition is about: not doing what he is told ("if you do not sign", "если
# не заберешь", "если откажется", "if he kept quiet"), or complaining, telling, going on ("if
# you go to the prosecutor", "если ещё раз напишет", "if he keeps playing games"). "If he gets
# parole he will come home" is not.
_DEFIANCE = ("not", "не", "don", "doesn", "didn", "won", "never", "еще", "again", "complain",
             "жалоб", "пожал", "prosecutor", "прокур", "tell", "расскаж", "скаж", "open",
             "write", "writing", "напиш", "пиш", "speak", "talk", "keep", "continu", "продолж",
             # "if you say something to the commission"
             "say",
             "говор",
             "confess", "sign", "подпиш", "отказ", "откаж", "refus", "withdraw", "отозв", "quiet",
             "silent", "молч",
             # «если я буду упираться»
             "упира", "упорств",
             # «заднюю включишь» (back out), «передумаешь»
             "задн", "передума")
# "if you give 2 million tenge the case will disappear" is a bribe asked for, not a threat.
# Who gives advice, not threats, and what a promise of help says.
_HELPERS = ("doctor", "lawyer", "nurse", "врач", "адвокат", "защитник", "медсестр", "дәрігер")
_HELP = ("help", "помож", "помог", "көмек")
# "на работе сказали: если ещё раз больничный возьму, уволят": a job at stake, not a threat of
# ill-treatment.
# "сказал, что если не выйдет на связь с матерью, то вскроется": what he will do to himself.
# "I will cut my veins", «вскрою вены», «тамырымды кесемін»: what he will do to himself, in
# the first person (not «вены вскроют и скажут, что сам», a death staged by them)
_CUT_VEINS = frozenset({"вскрою", "вскроюсь", "повешусь", "порежусь", "тамырымды"})
_SELF_HARM = ("вскро", "вскрою", "повешусь", "порежу", "himself", "myself", "өзімді",
              # a medic's "next time cut deeper": a taunt, nothing held out
              "режь", "вешайся", "вскрывайся",
              # «я не знаю, что с собой сделаю»
              "собой")
# "выспись, а то голова будет раскалываться": a headache, not a threat
_NATURAL = ("раскалыва", "заболи", "простуд", "опоздаешь", "headache")
_DISMISSAL = ("уволят", "уволю", "уволим", "увольн", "fired", "sack", "dismiss", "жұмыстан")
# Hung by the arms, not by the neck: "hang him up on the door by the cuffs", «подвесим за
# руки».
_HUNG_BY = ("up", "by", "cuff", "arms", "wrist", "hands", "door", "bars", "наручник", "рук",
            "решет", "двер", "қол", "кісен",
            # «ласточкаға іліп қоямыз, түн бойы ілулі тұрасың»: the swallow, all night
            "ласточк", "lastochk", "түн", "тун", "night", "ноч")
# What would follow is death: "…вообще убьют", "they will kill you".
_KILL = ("убь", "убит", "убью", "kill", "өлтір", "bury", "закопа", "көмеміз",
         # hanged and called a suicide: «асып қоямыз, суицид деп жазады», "повесим"
         "суицид", "suicide", "повесим", "асамыз", "асып", "көміп",
         # «асылып өлді деп жазамыз» (we will write that he hanged himself, died), «өзі асылды
         # деп жазамыз», «ночью удавим, утром скажут, что сам повесился»
         "асылып", "өлді", "асылды", "повесился", "удавим", "удавят", "задушим",
         # «ляжешь рядом с ним» (you will lie beside the dead man)
         "ляжешь",
         # «атып тастаймыз» (we will shoot you), "застрелим", "shoot"
         "атып", "атамыз", "застрел", "расстрел", "shoot",
         # "he will come home in a coffin", «в гробу приедешь», «табытпен қайтады»
         "coffin", "гроб", "табыт")
_MONEY = ("tenge", "теңге", "тенге", "тысяч", "million", "миллион", "деньг", "ақша", "money",
          "dollar", "доллар", "pay", "заплат", "мың", "миллион")
_OR_ELSE = (("or",), ("otherwise",), ("unless",), ("next", "time"), ("иначе",), ("а", "то"),
            ("в", "следующий", "раз"),
            # "talk to commissions again and you'll live in there"
            ("again", "and"))
# What he is dared to do, said as an order: "Tell anyone and…", "Write again and…".
_DARE = frozenset({"tell", "complain", "write", "talk", "open", "say", "call", "try",
                   "refuse", "show", "speak", "file", "send", "mention", "squeal", "whine",
                   "grass", "snitch"})
_WORSE = ("worse", "sorry", "problem", "trouble", "hurt", "hospital", "box", "cripple",
         "disabled", "regret")
_WHEN = ("tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
         "sunday", "later", "next", "завтра", "понедельник", "вторник", "сред", "четверг",
         "пятниц", "суббот", "воскресен", "ертең")
_FUTURE = frozenset({"will", "would", "ll", "going", "won", "shall", "d", "could", "might",
                     # "a shiv may turn up in your mattress"
                     "may"})
# «…и говорит: «Арызыңды қайтып ал»»: Russian verbs of saying in the present.
_SAYS_NOW = ("говорит",)


def _says_before_kazakh(words: list[Token], i: int, sentence: list[int]) -> bool:
    """Whether a Russian verb of saying opens a Kazakh quote, as «айтты» does: «кум
    говорит: «Арызыңды қайтып ал…»», «Ещё сказали: қол қоймасаң, басыңа пакет киеміз»."""
    word = words[i]
    if not _CYRILLIC.search(word.text) or _KAZAKH.search(word.text) or not (
            _saying(word) or word.text.startswith(_SAYS_NOW)):
        return False
    return any(_KAZAKH.search(words[j].text) for j in [j for j in sentence if j > i][:2])


def _death_to_you(words: list[Token], sentence: list[int], text: str) -> list[int]:
    """The words of a Kazakh quote opened by a bare colon that promises "you" death («И
    потом: «Сені далаға апарып көміп тастаймыз»»), or none."""
    colon = next((k for k, (a, b) in enumerate(pairwise(sentence))
                  if ":" in (gap := text[words[a].end : words[b].start])
                  and any(mark in gap for mark in "«“\"")), None)
    if colon is None:
        return []
    quoted = sentence[colon + 1 :]
    if any(words[i].text in _KAZAKH_YOU for i in quoted) and any(
            _kazakh_promise(words[i].text) for i in quoted) and any(
            words[i].startswith(stem) for i in quoted for stem in _KILL):
        return quoted
    return []


# Kazakh: a condition put to the listener («мойындамасаң», «тайсаң») and a promise
# («табамыз», «отырғызамыз»), or a promise against the family, before «деп», «деді».
# («…сан», «…сен» as a scan loses ң; not told from the pronoun «сен» where it matters)
_KAZAKH_IF_YOU_DO = ("саң", "сең", "саңыз", "сеңіз", "саңдар", "сеңдер")
_KAZAKH_IF_YOU = (*_KAZAKH_IF_YOU_DO, "сан", "сен")
_KAZAKH_SAID = ("деп", "деді", "деген", "дейді", "депті", "dep", "dedi", "degen", "deidi",
                # a scan that lost its Kazakh letters
                "депти", "деди", "дейди")
_KAZAKH_TOLD = ("айтты", "айтыпты", "айтқан", "ескертті", "ескертіпті")
# The verb after a closing quote: «…понял?» — деді.
_SAID_AFTER = frozenset({*_KAZAKH_SAID, "сказал", "сказала", "said", "крикнул", "айтты"})
_KAZAKH_ELSE = ("әйтпесе", "болмаса", "aitpese", "bolmasa", "айтпесе", "эйтпесе")
# Kazakh second person future: «қаласың», «шықпайсың», «жатасың».
_KAZAKH_YOU_WILL = ("асың", "есің", "йсың", "йсің", "asyn", "esin", "aisyn", "eisin",
                    # said to them all: «…кездесуді көрмейсіңдер»
                    "асыңдар", "есіңдер", "йсыңдар", "йсіңдер")
# A punishment or a slow end held out to him: the punishment cell, the press-hut, rotting.
_PUNISHING = ("шизо", "карцер", "пкт", "дизо", "пресс", "press", "shizo", "шірі", "шіри",
              "сгни", "сгно", "гнить", "rot", "пожале", "regret", "өкін",
              # "next time we play elephant": the gas mask, the swallow
              "elephant", "slonik", "слоник", "ласточк", "lastochk",
              # «түрмеде ширитеміз» typed without Kazakh letters
              "ширит",
              # «…бұл әлі гүл болып көрінеді» (this will look like flowers yet): worse to come
              "гүл",
              # "otherwise forget parole", «әйтпесе УДО-ны ұмыт»; «бұдан да жаман болады» (it
              # will be worse still)
              "parole", "удо", "ұмыт", "жаман", "қиын",
              # «Қарабасқа этап жақын» (a transfer to the worst colony is near)
              "этап",
              # «кім аузын ашса, кейін өзіне обал» (whoever talks has himself to blame)
              "обал",
              # "whoever runs his mouth will answer for it later", «ответишь за это»
              "answer", "ответишь", "ответит",
              # «кто будет комиссии ныть, тот потом у меня попляшет»
              "попляш",
              # "whoever has a long tongue will get to know the punishment cell"
              "punishment",
              # «поедет обратно в надзорную на уколы»: the observation ward of a
              # psychiatric hospital, and its injections
              "надзорн", "укол")
# A medic's brush-off, no condition: «не помрёшь, терпи», «не сдохнешь, у всех бывает».
_YOU_LIVE = ("помрешь", "помрёшь", "сдохнешь", "загнешься", "загнёшься",
             # «ШИЗО-да санчасть жоқ, өлмейсің» (you won't die)
             "өлмейсің", "олмейсин")
# "You" all of them: «Ещё раз — все поедете в ШИЗО».
_YOU_PLURAL = ("ете", "ите", "етесь", "итесь")
# What he is promised for doing as told: «оставят в покое, если заберёт жалобу».
_RELIEF = ("покое", "отстан", "отпуст")
# "About" someone: «про брата», "about his wife".
_ABOUT = frozenset({"про", "о", "об", "about"})
# Russian second person: «откажешься», «сгниёшь», «пожалеешь».
_YOU_VERB = ("ешь", "ёшь", "ишь", "ешься", "ёшься", "ишься")
_YOU_WILL = frozenset({"будешь", "будете", "пожалеешь", "пожалеете", "сгниешь", "сгниете"})
# What would be done to him is sexual: "make a woman of you", «опустят», "rape".
_SEXUAL = ("изнасил", "опуст", "петух", "зорла", "rape", "sexual", "сексуал", "девочк",
           # «бөтелкеге отырғызамыз», «посадим на бутылку» (sit him on a bottle); not water
           # poured «бөтелкемен» or a blow «бутылкой» (with a bottle)
           "бөтелке", "бутылк", "bottle",
           # «посадим в камеру к обиженным» (the lowest caste); «әтештердің қасына» (among
           # the "roosters")
           "обиженн", "әтеш", "этеш",
           # «обиженкаға түсесің» (you'll land among the lowest caste), «будешь жить с
           # опущенными», "the cell with the 'petukhi'"
           "обиженк", "опущенн", "petukh", "petuh",
           # "they would take his trousers off and use the baton", «снимем штаны»
           "trousers", "штаны", "брюки", "шалбар")
_WITH_IT = ("бөтелкемен", "бутылкой", "бутылкою")


# The one a relative writes about, named by kinship: in "мой сын…", "my husband…", «ұлым…» a
# threat that "сын из ШИЗО не вылезет" is against the victim, not his family.
_KIN_OF_VICTIM = {("сын", "сына", "сыну", "сыном"): ("сын",), ("son",): ("son",),
                  ("муж", "мужа", "мужу", "мужем"): ("муж",), ("husband",): ("husband",),
                  ("брат", "брата", "брату", "братом"): ("брат",), ("brother",): ("brother",)}
_MY = frozenset({"мой", "моего", "моему", "моим", "my"})
_KAZAKH_KIN_OF_VICTIM = {"ұлым": ("ұл",), "ұлымды": ("ұл",), "ұлыма": ("ұл",),
                         "күйеуім": ("күйеу",), "күйеуімді": ("күйеу",), "інім": ("іні",),
                         "інімді": ("іні",), "балам": ("бала",), "баламды": ("бала",)}


def victim_kin(words: list[Token]) -> tuple[str, ...]:
    """Stems of the kin a relative calls "my…" in a sentence about custody: the one the letter
    is about ("мой сын отбывает в колонии", "my husband is in the SIZO", «ұлым СИЗО-да»), not
    the prisoner's own "my son could have an accident"."""
    from kuager.coding.places import _ANCHORS

    found: list[str] = []
    for k, w in enumerate(words):
        stems: tuple[str, ...] = _KAZAKH_KIN_OF_VICTIM.get(w.text, ())
        for forms, kin in _KIN_OF_VICTIM.items():
            # (in the same sentence: «…возьмутся за сына». Мой брат… is not "my son")
            if w.text in forms and ((k and words[k - 1].text in _MY
                                     and words[k - 1].sentence == w.sentence) or (
                    k + 1 < len(words) and words[k + 1].text in _MY
                    and words[k + 1].sentence == w.sentence)):
                stems = kin
        if stems and any(v.sentence == w.sentence and v.text.startswith(_ANCHORS)
                         for v in words[max(0, k - 12) : k + 12]):
            found += stems
    return tuple(dict.fromkeys(found))


def spoken_threats(words: list[Token], text: str = "",
                   victim: tuple[str, ...] = ()) -> list[tuple[int, int, str]]:
    """(first, last, code) of each threat told as reported speech: 032202000000 when what
    would follow names the family, otherwise 032201000000."""
    found = []
    start = 0
    quotations = _quotations(text) if text else []
    while start < len(words):
        _, end = sentence_of(words, start)
        sentence = list(range(start, end + 1))
        threat = _threat_in(words, sentence, text)
        if threat is None and quotations:
            # the second sentence of a quote: "…said: 'You are a clever boy. If you don't
            # sign, I will…'", «…: "Әйелің жалғыз жүреді. Абайласын" деді»
            spoken = _spoken_with(words, start, end, quotations)
            if spoken:
                threat = _threat_in(words, spoken, text)
                if threat is not None:
                    threat = (max(threat[0], start), min(threat[1], end), threat[2])
        if threat is not None and any(
                words[i].text in _CUT_VEINS or (words[i].text == "veins" and i and words[
                    i - 1].text == "my") for i in threat[2]):
            # "he said, apa, if they come again I will cut my veins": what the prisoner will do
            # to himself, no threat against him
            threat = None
        if threat is not None:
            first, last, consequence = threat
            if first == start and text:
                # «Олар мені тепкіледі, "алмасаң, асып қоямыз" деді»: the threat is the quoted
                # words, not the kicking told before them
                low, high = words[start].start, words[last].start
                straight = [k for k in range(low, high) if text[k] == '"']
                opening = max(text.rfind("«", low, high), text.rfind("“", low, high),
                              straight[-2] if len(straight) > 1 else -1)
                inside = [i for i in sentence if opening < words[i].start < high]
                if opening >= 0 and inside:
                    first = inside[0]
            # (not kin he would no longer see: «шешеңді енді екі жыл көрмейсің», you will not
            # see your mother for two years, threatens him)
            family = any(words[i].startswith(stem) and not (
                victim and words[i].text.startswith(victim)) and not _the_prisoner(
                words, first, i) and not _kin_kept_from_him(words, i)
                and not _go_between(words, i)
                for i in consequence for stem in FAMILY) or any(
                # «Про брата моего говорили, что… его закроем»: the brother spoken about
                words[k - 1].text in _ABOUT and words[k].startswith(stem)
                for k in range(max(1, first - 4), first) for stem in FAMILY) or _kin_spoken_of(
                words, consequence, quotations, victim)
            kill = any(words[i].startswith(stem) for i in consequence for stem in _KILL)
            # ("took an empty bottle from the table and told me exactly what he would do with
            # it"): the instrument shown before the words
            start, _ = sentence_of(words, first)
            sexual = _sexual(words, consequence) or (any(
                w.text.startswith(("bottle", "бутылк", "бөтелке")) for w in words[start:first])
                and any(words[i].text in ("it", "this", "ней", "нею", "неё", "нее", "онымен")
                        for i in consequence))
            found.append((first, last, "030602000000" if sexual else
                          ("0323" if kill else "0322") + ("02000000" if family else "01000000")))
        start = end + 1
    return found


# Who a quoted threat holds harm out against when it is not "you", the man spoken to.
_THIRD_PERSON = frozenset({"him", "her"})


def _kin_spoken_of(words: list[Token], held_out: list[int] | range,
                   quotations: list[tuple[int, int]], victim: tuple[str, ...] = ()) -> bool:
    """Whether the "him" or "her" of a quoted threat is kin the speaker has just named to
    him: "Your little brother was with you at the car wash, we'll bring him in too", "Your
    sister is at the college, yes? We can find a packet on her too". Spoken to the prisoner,
    who is "you", the other one is the kin; told to his mother, "your son" is the prisoner."""
    for at in held_out:
        if words[at].text not in _THIRD_PERSON:
            continue
        quote = next(((a, b) for a, b in quotations if a < words[at].start < b), None)
        if quote is None:
            continue
        # (the word before the quote opens: who it was said to, "…told my mother: 'your son'")
        said = next((k for k in range(at - 1, max(0, at - 40) - 1, -1)
                     if words[k].end <= quote[0]), None)
        for k in range(at - 1, max(0, at - 30) - 1, -1):
            if words[k].start < quote[0]:
                break
            if any(words[k].startswith(stem) for stem in FAMILY) and any(
                    w.text in _YOUR for w in words[max(0, k - 2) : k]) and not (
                    victim and words[k].text.startswith(victim)) and not (
                    said is not None and _the_prisoner(words, said, k)):
                return True
    return False


def _go_between(words: list[Token], at: int) -> bool:
    """Whether the kin word is whom a demand went through, not whom harm is held out
    against: «через его брата требовал деньги», «ағасы арқылы ақша сұрады»."""
    return any(w.text == "через" for w in words[max(0, at - 2) : at]) or (
        at + 1 < len(words) and words[at + 1].text in ("арқылы", "аркылы"))


# "Your son", said to his mother, is the prisoner himself: the one held, told to his kin.
_YOUR = frozenset({"your", "ваш", "вашего", "вашему", "вашим", "твой", "твоего", "твоему",
                   "сенің", "сіздің"})
_HELD_KIN = ("son", "husband", "brother", "boy", "сын", "муж", "брат", "ұлың", "ұлыңыз",
             "күйеу", "балаң", "балаңыз")


def _the_prisoner(words: list[Token], said: int, at: int) -> bool:
    """Whether the kin word in a threat is the prisoner, spoken of to his relative: "called our
    mother to his office and said: '…or your son will sit eight years'", "came to my mother's
    house and told her: 'Tell your son…'"."""
    if not words[at].text.startswith(_HELD_KIN):
        return False
    if not (words[at].text.startswith(("ұл", "бала", "күйеу")) or (
            at and words[at - 1].text in _YOUR)):
        return False
    start, _ = sentence_of(words, said)
    told = [w for w in words[start : said + 2] if w.sentence == words[said].sentence]
    return any(w.text in ("her", "ей", "оған", "анасына", "әйеліне", "шешесіне") or (
        w.startswith(stem) and not w.text.startswith(_HELD_KIN))
        for w in told for stem in ("mother", "mum", "wife", "father", "sister", "мать",
                                   "матер", "мам", "жен", "отц", "отец", "сестр", "ана",
                                   "әйел", "шеше", "әке", "әпке"))


def _kin_is_the_prisoner(words: list[Token], first: int, last: int) -> bool:
    """Whether every kin word of a threat to the family is the prisoner himself, spoken of to
    his relative ("phoned my mother and said: '…or your son will sit ten years'")."""
    said = next((i for i in range(first, last + 1) if _saying(words[i])), None)
    kin = [i for i in range(first, last + 1) if i != said and any(
        words[i].startswith(stem) for stem in FAMILY) and not (
        # (the relative spoken to)
        said is not None and i < said)]
    return said is not None and bool(kin) and all(_the_prisoner(words, said, i) for i in kin)


def _held_kin_told(words: list[Token], first: int) -> bool:
    """"telephoned her and said: '…your son will not come out of there alive'": the son, told
    of to his mother, is the prisoner threatened with death."""
    start, end = sentence_of(words, first)
    said = next((i for i in range(first - 1, start - 1, -1) if _saying(words[i])), None)
    kin = [i for i in range(said + 1, end + 1) if any(
        words[i].startswith(stem) for stem in FAMILY)] if said is not None else []
    return said is not None and bool(kin) and all(_the_prisoner(words, said, i) for i in kin)


def _quotations(text: str) -> list[tuple[int, int]]:
    """(opening, closing) character offsets of each quotation of up to 600 characters:
    «…», “…”, and straight quotes taken in pairs."""
    found = []
    for opening_mark, closing_mark in (("«", "»"), ("“", "”")):
        at = text.find(opening_mark)
        while at >= 0:
            close = text.find(closing_mark, at + 1, at + 600)
            if close < 0:
                break
            found.append((at, close))
            at = text.find(opening_mark, close + 1)
    straight = [k for k, char in enumerate(text) if char == '"']
    found += [(a, b) for a, b in zip(straight[::2], straight[1::2], strict=False) if b - a < 600]
    return found


def _spoken_with(words: list[Token], start: int, end: int,
                 quotations: list[tuple[int, int]]) -> list[int]:
    """A sentence that goes on a quotation opened in an earlier sentence, with the verb of
    saying that opened it (before the quote) or closes it (Kazakh «…» деді) added to its
    words; empty when the sentence is not such a continuation."""
    for opening, closing in quotations:
        if words[start].start <= opening or words[end].end > closing + 1:
            continue
        before = [i for i in range(max(0, start - 40), start) if words[i].end <= opening]
        if before:
            last = before[-1]
            opener_start, opener_end = sentence_of(words, last)
            opened = list(range(opener_start, opener_end + 1))
            said = [i for i in range(max(opener_start, last - 4), last + 1)
                    if _saying(words[i]) or _says_before_kazakh(words, i, opened)]
            if said:
                return [*range(opener_start, said[-1] + 1), *range(start, end + 1)]
        after = next((i for i in range(end + 1, min(len(words), end + 60))
                      if words[i].start > closing), None)
        if after is not None and _says(words[after], _KAZAKH_SAID):
            return [*range(start, end + 1), after]
        return []
    return []


def _threat_in(words: list[Token], sentence: list[int],
               text: str = "") -> tuple[int, int, list[int]] | None:
    """(first, last, what would follow) of a threat told in the sentence, or None."""
    said = next((i for i in sentence if _saying(words[i])), None)
    if said is not None and any(words[i].startswith(stem) for i in sentence if i < said
                                and words[i].clause == words[said].clause
                                # («Про брата моего говорили…»: the brother is what was said)
                                and not (i and words[i - 1].text in _ABOUT)
                                for stem in (*FAMILY, *_HELPERS)):
        # "Ағам айтты… сказал никому не говори, иначе будет хуже": a brother's warning;
        # "the doctor said that if I need it he will come": advice.
        said = None
    if said is not None:
        rest = [i for i in sentence if i > said]
        for k, i in enumerate(rest):
            ahead = [words[j].text for j in rest[k : k + 5]]
            if_put = False
            # («если к утру деньги не привезут»: a refusal a few words in)
            # («если врачу в СИЗО расскажешь…», «если при осмотре я скажу…»: whom he
            # would tell stands first)
            # (a scan's "lf" for "If")
            if ahead[0] in ("if", "lf", "если") and len(ahead) > 1 and (
                    ahead[1] in _PUT_TO or ahead[1].startswith(_DEFIANCE)
                    or "не" in ahead[2:] or any(
                        words[j].text in _PUT_TO - {"не", "not"}
                        or words[j].text.endswith(_YOU_VERB) for j in rest[k + 2 : k + 7])) and any(
                    words[j].text.startswith(_DEFIANCE) for j in rest[k + 1 : k + 7]):
                reach = 10
                if_put = True
            elif (ahead[:2] == ["one", "more"] and "and" in ahead[2:]) or (any(
                    ahead[: len(marker)] == list(marker) for marker in _OR_ELSE) and not (
                    len(ahead) > 1 and ahead[1].startswith(_WHEN)) and not (
                    # "again and again": no condition
                    ahead[:2] == ["again", "and"] and ahead[2:3] == ["again"])):
                # (not "would see him tomorrow or Monday")
                reach = 4
            elif (ahead[:2] in (["еще", "раз"], ["ещё", "раз"]) and any(
                    a.endswith((*_YOU_VERB, *_YOU_PLURAL)) for a in ahead[2:5])) or (
                    # «Не вспомнишь — подвесим»: "if you do not…", told without "если"
                    k == 0 and ahead[0] == "не" and len(ahead) > 1
                    and ahead[1].endswith(_YOU_VERB) and not ahead[1].startswith(_YOU_LIVE)):
                # «ещё раз откажешься — поедешь как Ержан»: a condition put to "you"
                reach = 4
            elif ahead[0] in ("whoever", "anyone", "кто", "кім") and any(
                    words[j].text.startswith(_PUNISHING) for j in rest[k : k + 16]):
                # "anyone who 'whines' to the commission will spend the winter in the ShIZO"
                reach = 12
            elif ahead[0] in _YOU_WILL or (ahead[0].endswith(_YOU_VERB) and any(
                    words[j].text.startswith(_PUNISHING) for j in rest[k : k + 5])):
                # «будешь сидеть, пока жалобу не заберёшь», «сгниёшь в шизо»: what will
                # become of "you"
                reach = 6
                # (what follows is "you" rotting, not the sister whose letter is the
                # condition: «если твоя сестра ещё раз напишет, ты у нас в ШИЗО сгниёшь»)
                clause = [j for j in rest[:k] if words[j].clause == words[i].clause]
                return said, rest[-1], [*clause, *rest[k:]]
            elif ahead[0] == "and" and any(a in _FUTURE for a in ahead[1:4]) and any(
                    words[j].text in _DARE for j in rest[: min(k, 3)]) and any(
                    words[j].text.startswith((*_WORSE, *_PUNISHING, *_KILL))
                    for j in rest[k + 1 : k + 10]):
                # "Tell your mother about this and it will be worse for you", "Complain once
                # more and you'll spend the winter in the SHIZO": what he is dared to do, and
                # what will follow; the threat is what follows (his mother is only told)
                return said, rest[-1], rest[k + 1 :]
            elif text and _dash_condition(words, rest, k, text):
                # «Прокурору хоть слово скажешь — брата твоего тоже закроем»
                reach = 6
            else:
                continue
            follows = rest[k + 1 :]
            # («если к утру деньги не привезут, будет слоник»: money refused is a threat)
            money_refused = if_put and any(words[j].text in ("не", "not", "don", "doesn")
                                           for j in follows[:6])
            if any(words[j].text.startswith(
                    _HELP + _DISMISSAL + _SELF_HARM + _NATURAL + _RELIEF) or (
                    words[j].text.startswith(_MONEY) and not money_refused)
                   for j in follows[:reach]):
                continue
            # English says the future in a word of its own, before the condition or after it
            # ("said they would put a bottle in him if he kept quiet"); Russian in the verb.
            # An aside may stand between: "his brother (that's me) 'could have an accident'".
            # Plain English without one ("if you no work you go to SHIZO") names the cell.
            # "If you say something else, we go again to the search room": "again" after the
            # condition says it too, what was done there done once more.
            if words[i].text.isascii() and not any(
                    words[j].text in _FUTURE or words[j].text.startswith(_PUNISHING)
                    or any(alt in _FUTURE for alt in words[j].alts)
                    for j in [*rest[:k], *follows[:reach + 6]]) and not any(
                    words[j].text == "again" and words[j].clause != words[i].clause
                    for j in follows[:reach + 6]):
                continue
            # What would follow, without who the condition is put to ("if your wife…"); after
            # "otherwise" all of it ("otherwise your mother in Turkistan will have problems").
            return said, rest[-1], [*rest[:k], *(follows[2:] if if_put else follows)]
        if words[said].text.isascii():
            promised = _english_promise(words, rest)
            if promised is not None:
                return said, rest[-1], promised
    # the last verb of saying: «…ауру-сау деп қарамаймыз, этаппен кетесің» депті; a scan's
    # Latin letters too («дедi», «дeп»)
    quote = next((i for i in reversed(sentence) if _says(words[i], _KAZAKH_SAID)
                  and not _keeps_saying(words, i)), None)
    if quote is None:
        # «Біреуі айтыпты: "Прокурорға басқаша сайрасаң, қайтадан әкелеміз"»: said first
        opener = next((i for i in sentence if words[i].text.startswith(_KAZAKH_TOLD)
                       or _says_before_kazakh(words, i, sentence)), None)
        if opener is None and text:
            bare = _death_to_you(words, sentence, text)
            if bare:
                return bare[0], sentence[-1], bare
        if opener is None or opener == sentence[-1] or any(
                words[i].startswith(stem) for i in sentence if i < opener
                for stem in (*FAMILY, *_HELPERS)):
            return None  # «Ағам айтты: "ешкімге айтпа, әйтпесе жаман болады"»: a warning
        quoted = [i for i in sentence if i > opener]
        quote = sentence[-1]
    else:
        quoted = [i for i in sentence if i < quote]
        # Only the quoted words: not the relative who passes them on («Ағам "…" деді») nor
        # the story told before the quote opens («ШИЗО-дан шыққан соң… "мама, …" деді»)
        opening = _quote_opening(words, quoted, text)
        if opening is not None:
            quoted = [i for i in quoted if words[i].start > opening]
            if not quoted:
                return None
    if any(words[i].text.startswith(_YOU_LIVE) for i in quoted):
        return None  # «санчасть жоқ, өлмейсің» (no medical unit, you won't die): a brush-off
    if quoted and words[quoted[0]].text in _CALLING_KIN:
        # «мама, жазғаныңды қайтып ал, әйтпесе мені осында өлтіріп тастайды»: the prisoner
        # speaking to his mother, a fear and not a threat made to him
        return None
    # («сен», you, is no condition; «апаң жазса», if your sister writes, is one when the
    # quote speaks to "you": «…сенің жағдайың қиын болады»)
    to_you = any(words[i].text in _KAZAKH_YOU for i in quoted)
    condition = any((len(words[i].text) > 4 and words[i].text.endswith(
        _KAZAKH_IF if to_you else _KAZAKH_IF_YOU)) or words[i].text in _QUOTED_ELSE
        for i in quoted) or (
        # «кім аузын ашса…» (whoever opens his mouth…)
        any(words[i].text == "кім" for i in quoted)
        and any(len(words[i].text) > 3 and words[i].text.endswith(("са", "се")) for i in quoted)
    ) or _whoever_does(words, quoted)
    # "we will…", or "you will…" («жатасың», «шықпайсың») put to him as a consequence
    promise = any(_kazakh_promise(words[i].text) for i in quoted) or (
        # «мойындамасаң, інің Б.-ны да осы іске тіркеймін» (I will put your brother in the
        # case too): what "I" will do, held out as a condition
        any(len(words[i].text) > 4 and words[i].text.endswith(_KAZAKH_IF_YOU_DO)
            for i in quoted)
        and any(_kazakh_promise(words[i].text, singular=True) for i in quoted))
    # («әкеңді көресің», you will see your father, is a promise; «шағымыңды кері алмасаң,
    # әлі-ақ көресің», if you do not withdraw it you will see, is a threat)
    refused = any(_negative_if(words[i].text) for i in quoted)
    yours = any(len(words[i].text) > 5 and words[i].text.endswith(_KAZAKH_YOU_WILL)
                # («тоңсаңдар, тәртіп үйренесіңдер», freeze and you will learn order: a taunt)
                and (refused or not words[i].text.startswith(("білес", "көрес", "түсініс",
                                                              "үйренес")))
                for i in quoted)
    family = any(words[i].startswith(stem) for i in quoted for stem in FAMILY)
    threatened = any(_threat_word(words[j].text) for j in sentence if j > quote)
    # «ШИЗО-да шіріп қаласың», «seni press-hatagha otyrgyzamyz»: a punishment held out
    # (a scan's «ШИЗ0» read as «шизо»)
    punishing = any(words[i].text.startswith(_PUNISHING)
                    or any(a.startswith(_PUNISHING) for a in words[i].alts) for i in quoted)
    # «…медсанчастқа аяғыңмен емес, зембілмен түсесің» (not on your feet but on a
    # stretcher), a scan's «зембiлмен» too
    punishing = punishing or any(words[i].startswith(stem) for i in quoted
                                 for stem in _STRETCHER)
    # «Алмасаң, бір күні сені асылып қалды деп табады» (if you do not, one morning they will
    # find you hanged): his death held out on a condition
    kill = any(words[i].startswith(stem) for i in quoted for stem in _KILL)
    if any(words[i].text.startswith(_MONEY) for i in quoted) and not punishing:
        return None  # «әйелің 500 мың әкелсін, сонда…»: a price asked, nothing held out
    # «мойындасаң, ішесің» (confess and you will drink): a reward for giving in, not a threat
    ifs = [i for i in quoted if words[i].text.endswith(_KAZAKH_IF_YOU)]
    # («прокурорға бір ауыз айтсаң…»: telling an outsider is no giving in)
    if ifs and not punishing and not any(
            words[i].text.startswith(_OUTSIDERS) for i in quoted) and all(
            words[i].text.startswith(_COMPLY) and not _negative_if(words[i].text) for i in ifs):
        return None
    if (promise and (condition or family or threatened or punishing)) or (
            yours and (condition or punishing)) or (condition and (punishing or kill)) or (
            threatened and punishing):
        # what would follow is what comes after «әйтпесе» (otherwise), when it is said:
        # «әпкең арызын қайтарып алсын, әйтпесе ШИЗО-ға түсесің» threatens him, not her
        otherwise = next((k for k, i in enumerate(quoted) if words[i].text in _QUOTED_ELSE),
                         None)
        if otherwise is None:
            # and what comes after the last condition: «апаң жазса, сенің жағдайың қиын
            # болады» threatens him, not the sister who might write; «шешеңе хабарлас…,
            # жазбасаң… өзің білесің» him, not the mother he must call
            otherwise = next((k for k in range(len(quoted) - 2, -1, -1)
                              if len(words[quoted[k]].text) > 4
                              and words[quoted[k]].text.endswith(_KAZAKH_IF)), None)
        return quoted[0], quote, quoted[otherwise + 1 :] if otherwise is not None else quoted
    return None


# Carried out on a stretcher: a beating held out.
_STRETCHER = ("зембіл", "носилк")


# "Otherwise" in a Kazakh quote, and the Russian one Kazakh speech borrows: «Подпиши, иначе
# сбыт добавим, 10 жыл аласың» деген.
_QUOTED_ELSE = (*_KAZAKH_ELSE, "иначе")
# "The man who…": «аузын ашқан адам», «шағым жазған адам» (whoever opens his mouth, whoever
# complains), what will become of him in the present-future: «ШИЗО-дан шықпайды».
_WHOEVER = ("адам", "кісі")
_PARTICIPLE = ("ған", "ген", "қан", "кен")
_HE_WILL = ("ады", "еді", "йды", "йді")


def _whoever_does(words: list[Token], quoted: list[int]) -> bool:
    """Whether a Kazakh quote puts a condition to anyone at all: «Аузын ашқан адам ШИЗО-дан
    шықпайды» (whoever opens his mouth will not leave the punishment cell)."""
    held = set(quoted)
    return any(words[i].text.endswith(_PARTICIPLE) and i + 1 in held
               and words[i + 1].text.startswith(_WHOEVER)
               and any(words[j].text.endswith(_HE_WILL) for j in quoted if j > i + 1)
               for i in quoted)


# "If…" in Kazakh: -са/-се with or without "you" («жазса», «жазсаң», «айтпасаңыз»).
_KAZAKH_IF = (*_KAZAKH_IF_YOU, "са", "се")
# "You" in Kazakh, as a word of its own.
_KAZAKH_YOU = frozenset({"сен", "сені", "саған", "сенің", "сенде", "сенен", "өзің", "өзіңе",
                         "өзіңді", "өзіңнің",
                         # typed without Kazakh letters
                         "сени", "сенин", "саган", "озин", "озине"})
# Calling a relative at the head of a quote: the prisoner speaking, not staff.
_CALLING_KIN = frozenset({"мама", "апа", "әке", "папа", "ана", "апажан", "мамажан", "әкетай"})


# English harm held out with no condition: "said: 'We will break your legs'", "told him they
# would lock him in the punishment cell", "next we connect this to your ears". The verbs that
# say it alone, and those that need a place of punishment beside them ("we'll put you in the
# press cell", not "we'll put you through to the duty officer").
_HARM = ("break", "beat", "kill", "bury", "hang", "rape", "lock", "jail", "arrest", "plant",
         "shoot", "drown", "burn", "cripple", "destroy", "crush", "electr", "connect", "teach")
_HARM_SOMEWHERE = ("put", "send", "throw", "move", "take", "transfer", "keep", "leave")
_HARM_PLACE = ("cell", "punishment", "shizo", "press", "isolat", "solitary", "hole", "basement",
               "karabas", "zone", "camp", "prison", "jail", "kartser", "pkt", "box", "coffin")
# Who would do it to whom.
_DOERS = frozenset({"we", "i", "they"})
_DONE_TO = frozenset({"you", "your", "him", "his", "her", "them", "me", "my", "us", "this"})
_MODAL = frozenset({"will", "ll", "would", "d", "can", "could", "shall", "gonna"})


def _english_promise(words: list[Token], rest: list[int]) -> list[int] | None:
    """What would follow, when words after a verb of saying promise harm in English: "we/I/
    they" with "will", "would", "can" ("we'll", "we can bury you"), or "next we…", then a
    verb of harm and whom it would be done to, in the same clause."""
    for k, i in enumerate(rest[:-2]):
        if words[i].text not in _DOERS:
            continue
        after = [j for j in rest[k + 1 : k + 10] if words[j].clause == words[i].clause]
        if not after:
            continue
        modal = words[after[0]].text in _MODAL or (
            words[after[0]].text == "going" and len(after) > 1 and words[after[1]].text == "to")
        if not modal and not (k and words[rest[k - 1]].text == "next"):
            continue
        verbs = [n for n, j in enumerate(after[:4]) if words[j].text.startswith(_HARM)
                 or words[j].text.startswith(_HARM_SOMEWHERE) or (
                     # "make a woman out of him"
                     words[j].text == "make" and _sexual(words, after[n:]))
                 # "we'll bring him in too": taken into custody
                 or (words[j].text == "bring" and [
                     words[x].text for x in after[n + 2 : n + 3]] == ["in"])]
        if not verbs:
            continue
        verb = after[verbs[0]]
        done_to = [words[j].text for j in after[verbs[0] + 1 :]]
        if not any(w in _DONE_TO for w in done_to[:5 if words[verb].text == "make" else 3]):
            continue
        # ("he said to the lawyer 'tell my wife if I stay there they will kill me'": the
        # prisoner's own words, a fear)
        if any(w in ("me", "my", "us") for w in done_to[:3]) and any(
                words[j].text in ("tell", "i") or words[j].text.startswith(_HELPERS)
                or any(words[j].startswith(stem) for stem in FAMILY) for j in rest[:k]):
            continue
        if words[verb].text.startswith(_HARM_SOMEWHERE) and not any(
                w.startswith(_HARM_PLACE) for w in done_to):
            continue
        if any(words[j].text.startswith(_HELP + _DISMISSAL + _SELF_HARM + _RELIEF)
               for j in after):
            continue
        return rest[k:]
    # "told him that his wife, an employee of a state bank, 'will be in the next cell by
    # evening'", "his brother would end up in prison too": kin held out as the next prisoner
    for k, i in enumerate(rest[:-3]):
        if not any(words[i].startswith(stem) for stem in FAMILY):
            continue
        ahead = [words[j].text for j in rest[k + 1 : k + 14] if words[j].sentence == words[
            i].sentence]
        modal_at = next((n for n, w in enumerate(ahead) if w in _MODAL), None)
        if modal_at is None or not any(w in ("be", "sit", "end", "go", "join", "get")
                                       for w in ahead[modal_at + 1 : modal_at + 3]):
            continue
        if any(w.startswith((*_HARM_PLACE, "arrested", "jailed", "locked", "charged"))
               for w in ahead[modal_at + 1 : modal_at + 8]):
            return rest[k:]
        if _the_same_as_him(words, [j for j in rest[k + 1 : k + 14]
                                    if words[j].sentence == words[i].sentence], modal_at):
            return rest[k:]
    return None


def _the_same_as_him(words: list[Token], ahead: list[int], modal_at: int) -> bool:
    """"…when they find his brother 'he will get the same, only worse'": what was done to him
    held out against the kin, and not "will get the same medicine"."""
    held = [words[j] for j in ahead[modal_at + 1 : modal_at + 5]]
    if [w.text for w in held[:3]] != ["get", "the", "same"]:
        return False
    return len(held) < 4 or held[3].clause != held[2].clause or held[3].text in (
        "only", "too", "treatment", "or")


def _saying(word: Token) -> bool:
    """Whether the word is a verb of saying ("said", «сказал»), as typed or as a scan read
    it («г0ворил»)."""
    return word.text.startswith(_SAYING) or any(alt.startswith(_SAYING) for alt in word.alts)


def _keeps_saying(words: list[Token], at: int) -> bool:
    """«…оқуға түсеміз деп жүр» (he keeps saying he will go to college): what someone keeps
    talking of, a plan or a wish, not words said to him."""
    return words[at].text == "деп" and at + 1 < len(words) and words[at + 1].text.startswith(
        "жүр") and words[at + 1].sentence == words[at].sentence


def _says(word: Token, forms: tuple[str, ...] | frozenset[str]) -> bool:
    """Whether the word is a verb of saying among the forms, as typed or as a scan's
    look-alike letters read it."""
    return word.text in forms or any(alt in forms for alt in word.alts)


def _quote_opening(words: list[Token], quoted: list[int], text: str) -> int | None:
    """Where the quotation that closes just before the verb of saying opens («…» деді), or
    None when the words before the verb are not closed by a quotation mark."""
    if not text or not quoted:
        return None
    low, high = max(0, words[quoted[0]].start - 3), words[quoted[-1]].end
    gap = text[high : high + 4]
    if "»" in gap:
        opening = text.rfind("«", low, high)
    elif "”" in gap:
        opening = text.rfind("“", low, high)
    elif '"' in gap:
        opening = text.rfind('"', low, high)
    else:
        return None
    return opening if opening >= 0 else None


# Whom he might tell: a prosecutor, a lawyer, a judge, a commission, anyone.
_OUTSIDERS = ("прокур", "адвокат", "комисси", "сот", "судья", "омбудсмен", "ешкім")
# Doing as he is told: confessing, signing, agreeing, giving the names.
_COMPLY = ("мойында", "мойнына", "қол қой", "келіс", "айт", "бер",
           # «…қол қойсаң, ұйықтайсың» (sign and you will sleep)
           "қойса")


# What "we" will do, in Russian: «закроем», «найдём», «посадим», «отправим».
_WE_WILL = ("ем", "ём", "им")


def _dash_condition(words: list[Token], rest: list[int], k: int, text: str) -> bool:
    """«…хоть слово скажешь — брата твоего закроем», «Скажешь лишнее — вернёшься к ребятам»:
    a condition put to "you" with no "если", closed by a dash, and what "we" will do or what
    will become of "you" then."""
    i = rest[k]
    if not words[i].text.endswith(_YOU_VERB):
        return False
    following = rest[k + 1 :]
    brk = next((n for n, j in enumerate(following[:4]) if words[j].clause != words[i].clause),
               None)
    if brk is None or words[following[brk]].sentence != words[i].sentence:
        return False
    j = following[brk]
    before = following[brk - 1] if brk else i
    if not any(mark in text[words[before].end : words[j].start] for mark in ("—", "–", " - ")):
        return False
    clause = [x for x in following[brk:] if words[x].clause == words[j].clause][:5]
    # («…— вернёшься в каптёрку к ребятам, и там уже по-другому поговорят»)
    return any(len(words[x].text) > 5 and (words[x].text.endswith((*_WE_WILL, *_YOU_VERB))
                                            or words[x].text in _YOU_WILL)
               for x in clause)


# "Your" kin, named bare to the one held: «апаң» (your mother), «әйеліңді» (your wife).
_YOUR_KIN = ("әйелің", "балаң", "балаларың", "қызың", "ұлың", "анаң", "апаң", "әкең", "інің",
             "ағаң", "әпкең", "қарындасың", "сіңлің", "жездең", "келінің", "шешең", "отбасың",
             "туыстарың", "бауырың", "немерең")
# «айтпасаң, шешеңді көрмейсің» (you will not see your mother), «алмасаң, әйеліңді свиданиеге
# кіргізбейміз» (we will not let your wife in to see you): visits held back from him
_SEEING = ("көрмейсің", "көресің", "кездесе", "кездесу", "свидани", "кіргізбе", "жібермей")
_VISITS = frozenset({"visit", "visits", "свиданий", "свидания", "свиданок"})


def _kin_held_out(words: list[Token]) -> list[tuple[int, int]]:
    """(first, last) of each refusal or complaint put to "you" as a condition and followed by
    "your" kin: «Айтпасаң, ертең апаң жұмыссыз қалады» (if you do not tell, tomorrow your
    sister is out of work), «Айтпасаң әйеліңді де… шақырамыз», «арыз жазсаң, кіші балаңның да
    сөмкесінен бірдеңе табылады»: a threat against the family, with or without a verb of
    saying."""
    found = []
    for i, word in enumerate(words):
        if len(word.text) <= 5 or not (_negative_if(word.text) or _complaining_if(words, i)):
            continue
        after = [k for k in range(i + 1, min(len(words), i + 7))
                 if words[k].sentence == word.sentence]
        kin = next((k for k in after if any(words[k].startswith(stem) for stem in _YOUR_KIN)),
                   None)
        if kin is None or _the_prisoner(words, i, kin) or _kin_kept_from_him(words, kin):
            continue
        found.append((i, kin))
    return found


# A complaint, and whom it goes to: «прокуратураға арыз жазсаң», «тағы шағымдансаң».
_COMPLAINING = ("арыз", "шағым", "жалоб", "прокур", "комисси", "адвокат", "сотқа", "омбудсмен")


# A relative to be jailed or taken, said in the future: «брат твой сядет», «заберут и брата».
_JAILED = frozenset({"сядет", "сядут", "посидит", "посидят", "посадим", "посадят", "посажу",
                     "закроем", "закроют", "закрою", "заберем", "заберут", "арестуем",
                     "арестуют", "присядет"})
# …and taken for what is no threat: the army, home, out of school.
_TAKEN_FOR = ("арми", "домой", "из", "садик", "школ", "больниц")
# A relative named by age alone, at the end of what is said: «младшего тоже посадим».
_BY_AGE = ("младш", "старш")


def _kin_jailed(words: list[Token], victim: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first, last) of each relative that staff said would be jailed or taken too: «брат
    твой рядом сядет, найдём за что», «заберут и брата», «младшего тоже посадим», told
    after a verb of saying that no relative of his spoke."""
    found = []
    for i, word in enumerate(words):
        if word.text not in _JAILED or any(
                w.text.startswith(_TAKEN_FOR) for w in words[i + 1 : i + 4]
                if w.clause == word.clause):
            continue
        start, _ = sentence_of(words, i)
        said = next((k for k in range(i - 1, start - 1, -1) if _saying(words[k])), None)
        if said is None or any(w.text in NEGATIONS for w in words[max(said, i - 2) : i]) or any(
                words[k].clause == words[said].clause and any(
                    words[k].startswith(stem) for stem in FAMILY) for k in range(start, said)):
            continue
        kin = next((k for k in range(max(said + 1, i - 8), min(len(words), i + 4))
                    if (words[k].clause == word.clause or (k == i + 2 and words[
                        i + 1].text in ("и", "тоже"))) and k != i and (any(
                        words[k].startswith(stem) for stem in FAMILY) or (
                        words[k].text.startswith(_BY_AGE) and (k + 1 >= len(words) or words[
                            k + 1].text in ("тоже", "и", "также") or words[
                            k + 1].clause != words[k].clause)))
                    and not (victim and words[k].text.startswith(victim))
                    and not _the_prisoner(words, said, k)), None)
        if kin is not None:
            found.append((said, max(i, kin)))
    return found


def _complaining_if(words: list[Token], at: int) -> bool:
    """«Прокуратураға арыз жазсаң…», «шағымдансаң…»: "if you complain", put to him."""
    word = words[at]
    return len(word.text) > 4 and word.text.endswith(_KAZAKH_IF_YOU_DO) and any(
        w.text.startswith(_COMPLAINING) and w.clause == word.clause
        for w in words[max(0, at - 3) : at + 1])


def _kin_kept_from_him(words: list[Token], at: int) -> bool:
    """Whether the kin word is someone he would not get to see (a visit held back), not someone
    harm is held out against: «шешеңді көрмейсің», «әйеліңді свиданиеге кіргізбейміз»."""
    # (English says it around the kin: "will not see his mother for years", "your mother will
    # not get one more visit with you"; and "if he tells his mother…": the one he must not tell)
    return any(v.text.startswith(_SEEING) for v in words[at + 1 : at + 5]
               if v.sentence == words[at].sentence) or any(
        v.text in _VISITS for v in words[at + 1 : at + 9] if v.sentence == words[at].sentence
    ) or any(v.text in ("see", "visit", "увидишь", "увидите", "tell", "tells", "told",
                        "расскажешь", "расскажет", "скажешь", "скажет")
             for v in words[max(0, at - 3) : at] if v.sentence == words[at].sentence)


def _negative_if(word: str) -> bool:
    """«мойындамасаң», «айтпасаң»: "if you do not…" (-ма/-ме/-ба/-бе/-па/-пе before -са)."""
    return any(word.endswith(f"{neg}{end}") for neg in ("ма", "ме", "ба", "бе", "па", "пе")
               for end in _KAZAKH_IF_YOU)


def _sexual(words: list[Token], consequence: list[int]) -> bool:
    """Whether what would be done to him is sexual: "rape", «опустят», «сені әйел қылады»
    (they will make a woman of you)."""
    return any(words[i].startswith(stem) and not words[i].text.startswith(_WITH_IT)
               for i in consequence for stem in _SEXUAL) or any(
        # "make a girl out of you"
        words[i].text in ("make", "made") and any(
            w.text in ("girl", "woman") for w in words[i + 1 : i + 4]) for i in consequence) or any(
        words[i].text == "әйел" and i + 1 < len(words) and words[i + 1].text.startswith(
            ("қыл", "ет")) for i in consequence)


def _kazakh_promise(word: str, singular: bool = False) -> bool:
    """A first-person plural future, what "we" will do: «табамыз», «отырғызамыз», «тінтеміз»;
    in Latin letters too ("otyrgyzamyz"), and scanned with a Latin i («кигiземiз»)."""
    if _CYRILLIC.search(word):
        word = word.translate(_TO_CYRILLIC)
    if word.endswith(_KAZAKH_REFUSAL):
        return False
    if singular:
        return len(word) > 6 and word.endswith(("ймын", "ймін", "амын", "емін"))
    return len(word) > 5 and word.endswith(("амыз", "еміз", "ймыз", "йміз", "ямыз", "amyz",
                                           "emiz", "ymyz", "imiz"))


# When the first code is proposed in the same sentence as the second, or this close (in
# characters), the second is the same act read more generally: "beat me with batons" is
# batons, not also beating; "police officers" are police, not also prison staff.
NEAR = 60
_SUBSUMES = (
    ("030101000000", "030100000000"),  # kicking → beating
    ("030102000000", "030100000000"),  # batons → beating
    ("030103000000", "030100000000"),  # blows to the ears → beating
    ("030104000000", "030100000000"),  # on the soles → beating
    ("030104000000", "030102000000"),  # on the soles, with a stick → falanga
    ("031101000000", "031701000000"),  # hung by handcuffs → suspension, not binding too
    ("031101000000", "031103000000"),  # on tiptoe, cuffed high → suspension, not standing
    ("030502000000", "030500000000"),  # rape with an object → rape
    ("030502000000", "030102000000"),  # "raped him with a baton": not also beaten with it
    ("030902000000", "030900000000"),  # a bag → asphyxiation
    ("030902000000", "031000000000"),  # «пакет кигізіп, аузын мойнынан қысып»: the bag
    ("031904000000", "031701000000"),  # "көзімді таңып": blindfolded, not bound
    ("031904000000", "030902000000"),  # a hood "so that he could not see": not the bag
    ("030401000000", "030400000000"),  # boiling water → burns
    ("030402000000", "030400000000"),  # cigarettes → burns
    ("030404000000", "030400000000"),  # a lighter → burns
    ("030103000000", "030101000000"),  # "struck both ears with open palms": not also slaps
    ("032301000000", "032201000000"),  # a threat to kill → a threat
    ("032302000000", "032202000000"),  # a threat to kill the family → a threat to them
    ("030602000000", "032201000000"),  # a threat of rape → a threat
    ("010104000000", "010105000000"),  # police officers → staff
    ("010106000000", "010105000000"),  # security service officers → staff
    ("010106000000", "010104000000"),  # "следователь КНБ" → not the police
    ("920000000000", "910000000000"),  # "забрал жалобу": to withdraw it, not for making it
    ("920000000000", "020100000000"),  # quiet before the commission: coerced, not scared
    ("910000000000", "030000000000"),  # punishment for a complaint → retaliation
)


# Pairs that are one act only when their words overlap: "били шлангом, а потом … черенком
# от швабры" is a beating and a rape with an object.
# «көзімді таңып» is a blindfold; "eyes taped, hands cuffed behind" is both.
_OVERLAPPING = {("030502000000", "030102000000"), ("031904000000", "031701000000")}


# Pairs that are one act only in one sentence: "hung him by the handcuffs" is suspension;
# "cuffed to a radiator on Monday. On Friday they hung him" is binding as well.
# Standing on tiptoe, cuffed high, is the hanging itself.
_ONE_SENTENCE = {("031101000000", "031701000000"), ("030902000000", "031000000000"),
                 ("031101000000", "031103000000"),
                 # «…пакет киеміз. И потом: «Сені … көміп тастаймыз»»: two threats
                 ("032301000000", "032201000000")}


# Blows with the open hand, which a clap on the ears is made of.
_OPEN_HAND = ("ладон", "пощеч", "оплеух", "затрещ", "алақан", "шапалақ", "open", "palm", "slap")


def _another_blow(specific: Proposal, general: Proposal) -> bool:
    """Whether a fist or a kick told beside a clap on the ears is a blow of its own: "one
    punched him in the stomach, the other clapped both palms on his ears"."""
    return (specific.code, general.code) == ("030103000000", "030101000000") and not \
        general.text.lower().startswith(_OPEN_HAND)


# Where an open-hand blow landed when it was not the ears: «бил ладонью по щекам, потом
# хлопнул по обоим ушам» is a slap of its own.
_FACE = re.compile(r"\W+(?:\w+\W+)?по\W+(?:щек|щёк|лиц|затыл|губ)", re.IGNORECASE)


def _slapped_elsewhere(specific: Proposal, general: Proposal, text: str) -> bool:
    """Whether an open-hand blow told beside a clap on the ears landed on the face."""
    return (specific.code, general.code) == ("030103000000", "030101000000") and bool(
        _FACE.match(text, general.end))


# Where a Kazakh letter says he was struck, other than the soles: the back, thighs, head,
# sides, kidneys, shoulders, chest, belly, ribs, legs (not «аяғының табаны», the soles).
_KAZAKH_BODY = ("арқасы", "арқамы", "арқадан", "арқаға", "санын", "санына", "сандан", "басын",
                "басына", "бүйір", "бүйрег", "бүйрек", "иығ", "иық", "кеуде", "іштен",
                "ішінен", "ішіне", "қабырғасы", "аяғынан", "аяғына", "аяқтан", "белін",
                "белінен", "жамбас", "денесі")
# The verb that closes the blow: «ұрған», «соққан», «сабаған».
_KAZAKH_STRIKE = ("ұр", "соқ", "соғ", "саба")
_CLAUSE_STOP = re.compile(r"[.;:!?,()\n]")


def _beaten_elsewhere(specific: Proposal, general: Proposal, text: str) -> bool:
    """Whether a baton told beside blows to the soles also struck him elsewhere: «резеңке
    таяқпен арқасынан, санынан ұрған; кейін… табанынан ұрған» is falanga and the baton both,
    «табанынан резеңке таяқпен ұрған» falanga alone. The body is read from two words before
    the baton to the verb of striking after it."""
    if (specific.code, general.code) != ("030104000000", "030102000000"):
        return False
    stops = [m.start() for m in _CLAUSE_STOP.finditer(text, 0, general.start)]
    before = _TOKEN.findall(text[stops[-1] + 1 if stops else 0 : general.start])[-2:]
    after: list[str] = []
    for found in _TOKEN.finditer(text, general.end):
        word = found.group().lower()
        plain = _plain_word(word) or word
        if len(after) > 8 or any(plain.startswith(_plain_stem(verb) or verb) or word.startswith(
                verb) for verb in _KAZAKH_STRIKE):
            break
        after.append(word)
    return any((_plain_word(w.lower()) or w.lower()).startswith(_plain_stem(body) or body)
               for w in (*before, *after) for body in _KAZAKH_BODY)


def _close(a: Proposal, b: Proposal, text: str) -> bool:
    if (a.code, b.code) in _OVERLAPPING or (b.code, a.code) in _OVERLAPPING:
        return a.start < b.end and b.start < a.end
    if (a.code, b.code) in _ONE_SENTENCE or (b.code, a.code) in _ONE_SENTENCE:
        low, high = sorted((a, b), key=lambda p: p.start)
        return not _SENTENCE_END.search(text, low.end, high.start)
    if max(a.start, b.start) - min(a.end, b.end) <= NEAR:
        return True
    low, high = sorted((a, b), key=lambda p: p.start)
    return not _SENTENCE_END.search(text, low.end, high.start)


def _drop_general_readings(result: Result, text: str) -> None:
    """Drop a general proposal where a specific one covers the same act (see _SUBSUMES), and a
    beating told "again" when the letter has already said how he was beaten."""
    for name in ("methods", "purposes", "perpetrators"):
        found: list[Proposal] = getattr(result, name)
        drop = {id(general) for specific_code, general_code in _SUBSUMES
                for specific in found if specific.code == specific_code
                for general in found if general.code == general_code
                and _close(specific, general, text) and not _another_blow(specific, general)
                and not _slapped_elsewhere(specific, general, text)
                and not _beaten_elsewhere(specific, general, text)}
        if name == "methods" and any(p.code.startswith("0301") and p.code != "030100000000"
                                     for p in found):
            # A beating told without how, where the letter tells how elsewhere, is nearly
            # always the same beating: of 34 coded letters with a bare "beating", 2 also had
            # kicks or batons in another incident, while the bare reading was a false alarm
            # beside a specific one in 34 letters (rules-12 on letters 1-202).
            drop |= {id(p) for p in found if p.code == "030100000000"}
        if name == "methods" and any(p.code.startswith("0304") and p.code != "030400000000"
                                     for p in found):
            # So are burns: «три округлых ожога» in a doctor's finding are the cigarette
            # burns the letter told of above.
            drop |= {id(p) for p in found if p.code == "030400000000"}
        if name == "methods":
            # "she refused to take the pills she did not know": she refused them, nobody kept
            # them from her
            drop |= {id(p) for p in found if p.code == "031504000000"
                     and _REFUSED_BY_HIM.search(p.text)}
            # "took a rubber baton and pushed it into me": the baton of the rape, no beating
            raped = [p for p in found if p.code == "030502000000"]
            drop |= {id(p) for p in found if p.code == "030102000000" and any(
                r.start <= p.start and p.end <= r.end for r in raped)}
        if name == "methods" and any(p.code == "030800000000" for p in found):
            # «пускали ток… На пальцах остались следы ожогов»: the marks the shock left, which
            # the writers code as the shock alone (not "burned him with a lighter")
            drop |= {id(p) for p in found if p.code == "030400000000" and _MARKS_LEFT.search(
                text[max(0, p.start - 40) : p.end + 10])}
        if name == "methods" and any(p.code.startswith(("0322", "0323")) and p.rule != "threats"
                                     for p in found):
            # "this threat is itself a reason to act": the threat already told.
            drop |= {id(p) for p in found if p.code == "032201000000" and p.rule == "threats"
                     and (_again(p, text, THIS) or (
                         _THREAT_NOUN.fullmatch(p.text) is not None
                         and any(q.code in _TYPED_THREATS for q in found)))}
        setattr(result, name, [p for p in found if id(p) not in drop])


def _again(proposal: Proposal, text: str, words: frozenset[str]) -> bool:
    nearby = text[max(0, proposal.start - 40) : proposal.end + 30].lower()
    return any(word in words or word.translate(_TO_CYRILLIC) in words
               for word in _TOKEN.findall(nearby))


# Medicine the prisoner himself would not take.
_REFUSED_BY_HIM = re.compile(r"\brefus\w*\s+to\s+(?:take|swallow|drink)\b", re.IGNORECASE)
# Marks left, not an act: «следы ожогов», "burn marks", «күйік іздері».
_MARKS_LEFT = re.compile(r"(?<!\w)(?:след(?:ы|ов|ами|ах)?|marks?|traces?|із(?:і|дер\w*)?)(?!\w)",
                         re.IGNORECASE)


# A threat named by its noun alone («қорқыту», «угроза», "intimidation"), in a letter that
# tells a threat of a kind (sexual, to kill): the heading or the summary of that threat.
_THREAT_NOUN = re.compile(r"(?:қорқыту|қорқытуы|угроз[аыуе]?|угрозы|threats?|intimidation)",
                          re.IGNORECASE)
_TYPED_THREATS = frozenset({"030602000000", "032301000000", "032302000000"})


# Words that point back at something told before: "this threat", «бұл қорқыту».
THIS = frozenset({"this", "that", "these", "эта", "эту", "эти", "этой", "такие", "бұл",
                  "осы",
                  # «провести проверку по факту избиения… и угроз»: the threat told above;
                  # «ҚК 146-бабы (…, 20.11 қорқыту)»: an article of the code, an episode
                  "факту", "проверку", "бабы", "статья", "статье", "эпизод"})


# --- dates ---------------------------------------------------------------------------------

MONTHS = {
    # Russian (stems of every case), Kazakh, English
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7,
    "тамыз": 8, "қыркүйек": 9, "қазан": 10, "қараша": 11, "желтоқсан": 12,
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
_DAY = re.compile(r"\b(\d{1,2})[./](\d{1,2})[./](\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_DAY_MONTH_YEAR = re.compile(r"\b(\d{1,2})\s+([а-яёәғқңөұүһіa-z]{3,12})\w*\s+(\d{4})\b",
                             re.IGNORECASE)
# Kazakh puts the year first: "2022 жылы наурызда", "2022 жылғы 5 наурызда".
_YEAR_MONTH = re.compile(r"\b(\d{4})\s+(?:жыл\w*|ж\.)\s+(?:(\d{1,2})\s+)?([а-яәғқңөұүһі]{3,12})\w*",
                         re.IGNORECASE)
# A year of birth is no incident: "1998 г.р.", "1991 ж.т.", "1994 года рождения", "born in 1990".
_BORN_AFTER = re.compile(r"\s*(?:г\.?\s*р\b|года\s+рождения|ж\.?\s*т\b|жылы\s+туған)",
                         re.IGNORECASE)
_BORN_BEFORE = re.compile(r"(?:born|рождения|туған)\W+(?:in\s+)?$", re.IGNORECASE)
_MONTH_YEAR = re.compile(r"\b([а-яёәғқңөұүһіa-z]{3,12})\w*\s+(\d{4})", re.IGNORECASE)
_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\s*(?:год|г\.|жыл|year)?", re.IGNORECASE)
_RELATIVE = {"вчера": 1, "позавчера": 2, "кеше": 1, "yesterday": 1, "бүгін": 0, "сегодня": 0,
             "today": 0}
_WORD = r"([а-яёәғқңөұүһіa-z]{3,12})\w*"
# Ranges: "с 27 по 29 сентября 2024", "from 9 to 12 October 2023", "с января по март 2022",
# "2021 жылдың қаңтарынан наурызына дейін". Each end is a date of its own.
_DAY_RANGE = re.compile(r"\b(\d{1,2})(?:-?[а-яәіa-z]{0,4})?\s*(?:по|до|to|till|until|and|[-–—])\s*"
                        r"(\d{1,2})(?:-?[а-яәіa-z]{0,4})?\s+" + _WORD + r"(?:\s+(\d{4}))?",
                        re.IGNORECASE)
_MONTH_RANGE = re.compile(r"\b(?:с|from|между)\s+" + _WORD + r"\s+(?:по|до|to|till|until|и|and)\s+"
                          + _WORD + r"\s+(\d{4})", re.IGNORECASE)
_MONTH_RANGE_KK = re.compile(r"\b(\d{4})\s+жыл\w*\s+" + _WORD + r"\s+" + _WORD + r"\s+дейін",
                             re.IGNORECASE)


# A month of the year before the letter's: «былтыр мамырда», «өткен жылы қазанда», "в мае
# прошлого года", "in May last year".
_LAST_YEARS_MONTH = re.compile(r"\b(?:былтыр(?:ғы)?|өткен\s+жыл(?:ы|дың|ғы))\s+" + _WORD
                               + r"|\b(?:(\d{1,2})\s+)?" + _WORD
                               + r"\s+(?:прошлого\s+года|last\s+year)\b",
                               re.IGNORECASE)


# A month of the year the letter has just dated: «Сол жылдың қыркүйегінде», "в сентябре
# того же года", "in September that year".
_THAT_YEARS_MONTH = re.compile(r"\bсол\s+жыл(?:дың|ы|ғы)\s+" + _WORD + r"|\b" + _WORD
                               + r"\s+(?:того\s+же\s+года|того\s+года|(?:of\s+)?that\s+"
                               r"(?:same\s+)?year)\b", re.IGNORECASE)


def _month(word: str) -> int | None:
    word = word.lower()
    if word.startswith("қыркүйег"):  # «қыркүйегінде»: Kazakh voices the к before a vowel
        return 9
    if word.startswith("ма") and not word.startswith(("мар", "мам", "мау")):
        return 5 if word in ("мая", "май", "мае") else None
    for stem, number in MONTHS.items():
        if stem != "ма" and word.startswith(stem):
            return number
    # a scan that lost the Kazakh letters: «кыркуйекте», «желтоксанда»
    plain = word.replace("i", "і").translate(_KAZAKH_PLAIN)
    return next((number for stem, number in _PLAIN_MONTHS.items() if plain.startswith(stem)),
                None)


# Kazakh months as such a scan types them (not «казан» nor «караша», Russian words too).
_PLAIN_MONTHS = {plain: number for stem, number in MONTHS.items()
                 if re.search("[қүұәөғңһі]", stem) and (
                     plain := stem.translate(_KAZAKH_PLAIN)) not in ("казан", "караша")}


def propose_dates(text: str, letter_date: dt.date | None = None) -> list[Proposal]:
    found: list[Proposal] = []
    taken: list[tuple[int, int]] = []

    def add(code: str, start: int, end: int, confidence: float, rule: str) -> None:
        if any(s <= start < e for s, e in taken):
            return
        taken.append((start, end))
        # (and in Kazakh order, «2024 жылғы 28 қазан», under the signature)
        if letter_date is not None and code == letter_date.isoformat() and rule in (
                "full date", "month and year"):
            return  # the date the letter was written, at its top or bottom
        found.append(Proposal(code, code, text[start:end], start, end, confidence, rule))

    def year_of(found_year: str | None) -> int | None:
        if found_year:
            return int(found_year)
        return letter_date.year if letter_date is not None else None

    for m in _DAY_RANGE.finditer(text):
        month, year = _month(m.group(3)), year_of(m.group(4))
        if month is None or year is None:
            continue
        try:
            first, last = (dt.date(year, month, int(m.group(1))),
                           dt.date(year, month, int(m.group(2))))
        except ValueError:
            continue
        if first < last:
            add(first.isoformat(), m.start(1), m.end(1), 0.85, "date range")
            add(last.isoformat(), m.start(2), m.end(), 0.85, "date range")
    for m in [*_MONTH_RANGE.finditer(text), *_MONTH_RANGE_KK.finditer(text)]:
        kazakh = m.re is _MONTH_RANGE_KK
        range_year = m.group(1) if kazakh else m.group(3)
        start_month = _month(m.group(2) if kazakh else m.group(1))
        end_month = _month(m.group(3) if kazakh else m.group(2))
        if start_month and end_month and start_month < end_month:
            a, b = (2, 3) if kazakh else (1, 2)
            add(f"{range_year}-{start_month:02d}", m.start() if kazakh else m.start(a),
                m.end(a), 0.8, "date range")
            add(f"{range_year}-{end_month:02d}", m.start(b), m.end(), 0.8, "date range")
    for m in _DAY.finditer(text):
        try:
            if m.group(1):
                day = dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            else:
                day = dt.date(int(m.group(4)), int(m.group(5)), int(m.group(6)))
        except ValueError:
            continue
        add(day.isoformat(), m.start(), m.end(), 0.9, "full date")
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = _month(m.group(2))
        if month:
            try:
                day = dt.date(int(m.group(3)), month, int(m.group(1)))
            except ValueError:
                continue
            add(day.isoformat(), m.start(), m.end(), 0.9, "full date")
    for m in _YEAR_MONTH.finditer(text):
        month = _month(m.group(3))
        if not month:
            continue
        try:
            code = (dt.date(int(m.group(1)), month, int(m.group(2))).isoformat() if m.group(2)
                    else f"{m.group(1)}-{month:02d}")
        except ValueError:
            continue
        add(code, m.start(), m.end(), 0.85, "month and year")
    for m in _MONTH_YEAR.finditer(text):
        month = _month(m.group(1))
        if month:
            add(f"{m.group(2)}-{month:02d}", m.start(), m.end(), 0.85, "month and year")
    for m in _YEAR.finditer(text):
        if _BORN_AFTER.match(text, m.end(1)) or _BORN_BEFORE.search(text, 0, m.start()):
            taken.append((m.start(), m.end()))
            continue
        add(m.group(1), m.start(), m.end(), 0.7, "year")
    for m in _THAT_YEARS_MONTH.finditer(text):
        month = _month(m.group(1) or m.group(2))
        told = [p for p in found if p.end <= m.start()]
        if month and told:
            add(f"{max(told, key=lambda p: p.end).code[:4]}-{month:02d}", m.start(), m.end(),
                0.7, "month of a year told before")
    if letter_date is not None:
        for word, days in _RELATIVE.items():
            for m in re.finditer(rf"\b{word}\b", text, re.IGNORECASE):
                add((letter_date - dt.timedelta(days=days)).isoformat(), m.start(), m.end(),
                    0.6, "relative to the letter's date")
        for m in _LAST_YEARS_MONTH.finditer(text):
            month = _month(m.group(1) or m.group(3))
            if not month:
                continue
            code = f"{letter_date.year - 1}-{month:02d}"
            if m.group(2):  # "12 ноября прошлого года"
                try:
                    code = dt.date(letter_date.year - 1, month, int(m.group(2))).isoformat()
                except ValueError:
                    continue
            add(code, m.start(), m.end(), 0.6, "relative to the letter's date")
        for m in re.finditer(r"(в прошлом месяце|last month|өткен айда)", text, re.IGNORECASE):
            year, month = letter_date.year, letter_date.month - 1 or 12
            year -= 1 if letter_date.month == 1 else 0
            calendar.monthrange(year, month)
            add(f"{year}-{month:02d}", m.start(), m.end(), 0.6, "relative to the letter's date")
    return sorted(found, key=lambda p: p.start)
