"""A learnt filter behind the coding rules, trained on letters the rules were not fitted to.

    KUAGER_DATA_DIR=... .venv/bin/python scripts/train_coding_filter.py [--nested] [--out FILE]

Scores every region and method proposal (probability that its code is one the documenter
chose) from the words around it, with L2-regularised logistic regression. Letters come from
`evalset/tuning/` and, while it exists, `evalset/incoming/`.

Letters 63-82 of each language were written after rules-5 by writers who never saw the rules,
and rules-5 was not corrected on them: its errors there are its real errors on new writers.
Cross-validation tests on them alone, in nine folds (language × numbers 63-69, 70-76, 77-82)
that never split a letter; training is always every letter 1-52 plus the other folds. Three
variants:

- A: rules-5, then the filter, trained on what rules-5 proposes;
- A+raw: the same, also trained on what the rules' own context checks drop (homes, headings,
  denials, hearsay, fears), as extra negatives;
- B: the rules with those checks loosened, then the filter (trained as A+raw).

C and the threshold (per field and variant) are chosen on the out-of-fold scores of letters
63-82: the highest precision whose recall is within RECALL_BUDGET of rules-5's. `--nested`
also chooses them inside each fold's training letters only, an estimate the choice does not
flatter. Only `evalset/tuning/` and `evalset/incoming/` are read; the held-out letters are for
measuring whatever ships, not for choosing it. `--out FILE` writes the chosen models fitted
on every letter as JSON. scikit-learn is used here only.

Against rules-5 the filter was not shipped (twice). Trained on letters 1-52 alone it gained
nothing: the rules were corrected on all of them. With letters 63-82, the chosen models
(regions B, methods A+raw C=0.1 t=0.65) gained 0.08 and 0.07 precision out-of-fold, but
chosen inside the folds only 0.01 for regions (recall -0.03) and 0.05 for methods (recall
-0.03), 0.03 when a whole language is left out. And the methods model learnt that a proposal
is right when a long letter gives it dates, perpetrators and detention words beside it: short
plain accounts fall under its threshold ("Меня избили в ИВС." 0.19, "He threatened to hang
me." 0.58), which would break the rules' own behaviour tests and drop true acts from notes.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from unittest import mock

if TYPE_CHECKING:
    from kuager.coding.engine import Proposal, Token

ROOT = Path(__file__).resolve().parent.parent
EVALSET = ROOT / "kuager" / "coding" / "evalset"
SOURCES = (EVALSET / "tuning", EVALSET / "incoming")
FIELDS = ("regions", "methods")
LANGUAGES = ("kk", "ru", "en")
# Writers' batches (evalset/README.md): letters 1-10, 11-32, 33-52 and 63-82 of each language.
BATCHES = ((1, 10), (11, 32), (33, 52), (63, 82))
# Letters written after rules-5 by writers who never saw the rules: the only test letters.
UNSEEN = (63, 82)
UNSEEN_RANGES = ((63, 69), (70, 76), (77, 82))
C_VALUES = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 20))
# A threshold may cost at most this much recall against rules-5 on letters 63-82.
RECALL_BUDGET = 0.02
MIN_LETTERS = 2  # a feature seen in fewer training letters is not kept
Gold = dict[str, dict[str, set[str]]]  # letter name → field → codes
Scored = list[tuple["Example", float]]

# Word classes, features and the probability: all a filter inside propose() would need.
CONTEXT_FIELDS = ("regions", "methods", "facilities", "dates", "perpetrators")
WINDOW = 5
PREFIX = 6  # folded lemma or stem, cut: a cheap stemmer shared by the three languages

# Word classes that say what a sentence is about, shared across languages. Stems.
CLASSES: dict[str, tuple[str, ...]] = {
    "home": ("живу", "живет", "живём", "живем", "живут", "прожива", "тұрам", "тұрад", "тұрат",
             "live", "lives", "living", "resid", "житель", "тұрғын", "дома", "home", "үйде",
             "үйім", "house", "квартир"),
    "birth": ("туған", "уроженец", "уроженк", "родом", "родил", "born", "native", "вырос",
              "grew"),
    "kin": ("мама", "мать", "матер", "маме", "мамы", "отец", "отца", "родител", "анам", "әкем",
            "mother", "mum", "mom", "father", "parents", "dad", "сестр", "брат", "sister",
            "brother", "жена", "жены", "жене", "wife", "husband", "муж", "әйел", "дочь",
            "daughter", "сын", "son", "бала", "child", "дет", "ағам", "інім", "қарындас",
            "тетя", "aunt", "uncle", "дядя", "родствен", "relative", "туыс", "бабушк", "grand"),
    "detention": ("сизо", "колони", "ивс", "зон", "изолятор", "шизо", "отряд", "лагер", "тюрьм",
                  "учрежден", "мекеме", "camp", "colony", "prison", "detention", "sizo", "ivs",
                  "facility", "cell", "камер", "түрме", "абақты", "карцер", "пкт", "jail",
                  "отдел", "полици", "police", "station"),
    "moved": ("перевел", "перевез", "этап", "transfer", "moved", "brought", "ауыстыр", "увез",
              "доставил", "задерж", "detain", "arrest", "ұстад", "арест", "held", "отбыва",
              "serving", "содерж", "сидит", "сижу", "отырмын", "отыр"),
    "violence": ("бил", "бьют", "избил", "ударил", "ұрд", "ұрып", "ұра", "beat", "hit",
                 "punch", "kick", "пыт", "tortur", "азапта", "душил", "strangl", "пакет", "bag",
                 "ток", "shock", "изнасил", "rape"),
    "hearsay": ("слух", "слышал", "телевизор", "фильм", "новост", "интернет", "сериал", "film",
                "tv", "news", "heard", "rumour", "rumor", "говорят", "рассказыва", "естіді",
                "естуім", "теледидар", "watched", "story"),
    "speech": ("сказал", "говорил", "said", "told", "says", "tells", "айтты", "деді", "деп",
               "пишет", "writes", "wrote", "написал", "жазды", "жазады"),
    "first": ("я", "меня", "мне", "мной", "мой", "моя", "мои", "i", "me", "my", "мен", "мені",
              "маған", "менің", "біз", "бізді", "we", "us", "our", "мы", "нас", "нам"),
    "third": ("он", "его", "ему", "him", "he", "his", "ол", "оны", "оған", "оның", "она", "её",
              "she", "her", "они", "их", "they", "them", "олар", "оларды"),
    "negation": ("не", "нет", "ни", "никто", "никогда", "not", "never", "no", "nobody", "жоқ",
                 "емес", "ешкім"),
    "future": ("will", "would", "будут", "будет", "буду", "хочу", "want", "planning", "плани",
               "надеюсь", "hope", "келеді", "барамыз"),
    "work": ("работ", "work", "job", "жұмыс", "учит", "study", "school", "школ", "мектеп",
             "университ", "college"),
    "time_now": ("сейчас", "қазір", "now", "currently", "теперь", "today", "сегодня", "бүгін"),
}


@cache
def _classes_of(word: str) -> tuple[str, ...]:
    return tuple(name for name, stems in CLASSES.items()
                 if word in stems or any(len(s) > 2 and word.startswith(s) for s in stems))


@cache
def _key(word: str) -> str:
    from kuager.lib.fold import word_keys

    keys = sorted(word_keys(word), key=lambda k: (len(k), k))
    return (keys[0] if keys else word)[:PREFIX]


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return bisect.bisect_right(edges, value)


def features(words: list[Token], text: str, proposals: dict[str, list[Proposal]], field: str,
             proposal: Proposal, language: str) -> list[str]:
    """The proposal's context as feature names: words and word classes around its span, its
    rule, its language, where it stands in the letter and what else is proposed beside it."""
    from kuager.coding.engine import sentence_of

    starts = [w.start for w in words]
    first = max(0, bisect.bisect_right(starts, proposal.start) - 1)
    last = max(first, bisect.bisect_left(starts, proposal.end) - 1)
    s_first, s_last = sentence_of(words, first) if words else (0, 0)
    found = {"bias", f"rule={proposal.rule}", f"lang={language}",
             f"rule={proposal.rule}|lang={language}"}
    if field == "methods":
        found.add(f"code={proposal.code[:4]}")
    if not words:
        return sorted(found)
    span = range(first, last + 1)
    sentence = [i for i in range(s_first, s_last + 1) if i not in span]
    window = [i for i in range(max(0, first - WINDOW), min(len(words), last + 1 + WINDOW))
              if i not in span]
    clauses = (words[first].clause, words[last].clause)
    clause = [i for i in sentence if words[i].clause in clauses]
    for scope, scoped in (("s", sentence), ("w", window), ("c", clause)):
        for i in scoped:
            found.add(f"{scope}:{_key(words[i].text)}")
            found.update(f"{scope}#{name}" for name in _classes_of(words[i].text))
    found.update(f"b:{_key(w.text)}" for w in words[max(0, first - 3) : first]
                 if w.sentence == words[first].sentence)
    # Where the proposal stands: the letter's first or last lines say where it was written.
    found.add(f"pos={_bucket(proposal.start / max(1, len(text)), (0.1, 0.3, 0.7, 0.9))}")
    found.add(f"slen={_bucket(s_last - s_first, (5, 12, 25, 45))}")
    if words[first].note:
        found.add("bracketed")
    begin, end = words[s_first].start, words[s_last].end
    if text[end : end + 2].strip().startswith("?"):
        found.add("question")
    for other_field, others in proposals.items():
        if any(p is not proposal and begin <= p.start <= end for p in others):
            found.add(f"same_sentence:{other_field}")
    same_code = sum(p.code == proposal.code for p in proposals[field])
    found.add(f"mentions={min(same_code, 3)}")
    return sorted(found)


def probability(weights: dict[str, float], names: list[str]) -> float:
    score = sum(weights.get(n, 0.0) for n in names)
    return 1 / (1 + math.exp(-score))


@dataclass(frozen=True)
class Variant:
    name: str
    raw: bool  # trained also on what the rules' context checks drop
    loose: bool  # applied to the loosened rules' proposals, not rules-5's


VARIANTS = (Variant("A", False, False), Variant("A+raw", True, False), Variant("B", True, True))


@dataclass
class Example:
    letter: str
    language: str
    field: str
    code: str
    features: list[str]
    label: int
    raw_only: bool  # dropped by the rules' own context checks


@dataclass(frozen=True)
class Choice:
    variant: Variant
    c: float
    threshold: float
    precision: float
    recall: float


def number_of(name: str) -> int:
    return int(name.rsplit("-", 1)[1])


def batch_of(name: str) -> int:
    number = number_of(name)
    return next(i for i, (low, high) in enumerate(BATCHES) if low <= number <= high)


def unseen(name: str) -> bool:
    return UNSEEN[0] <= number_of(name) <= UNSEEN[1]


def writer_fold(name: str) -> int:
    """Letters 63-82 in nine folds: language × number range."""
    number = number_of(name)
    part = next(i for i, (low, high) in enumerate(UNSEEN_RANGES) if low <= number <= high)
    return LANGUAGES.index(name.split("-")[0]) * len(UNSEEN_RANGES) + part


def language_fold(name: str) -> int:
    return LANGUAGES.index(name.split("-")[0])


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kuager.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- examples -------------------------------------------------------------------------------


def examples_of(letter: Any, reference: Any, raw: bool) -> list[Example]:
    from kuager.coding.engine import propose, tokens

    result = propose(letter.text, letter.letter_date, reference=reference)
    words = tokens(letter.text)
    name = Path(letter.name).name
    found = []
    kept = {(f, p.code, p.start, p.end) for f in FIELDS for p in getattr(result, f)}
    results = [(result, False)]
    if raw:
        with _without_context_checks():
            loose = propose(letter.text, letter.letter_date, reference=reference)
        results.append((loose, True))
    for each, loose_run in results:
        proposals = {f: getattr(each, f) for f in CONTEXT_FIELDS}
        for field in FIELDS:
            if field not in letter.gold:
                continue
            for proposal in proposals[field]:
                if loose_run and (field, proposal.code, proposal.start, proposal.end) in kept:
                    continue
                found.append(Example(
                    name, letter.language, field, proposal.code,
                    features(words, letter.text, proposals, field, proposal, each.language),
                    int(proposal.code in letter.gold[field]), loose_run))
    return found


def _without_context_checks() -> ExitStack:
    """The rules without the checks that drop a match for its context: homes, headings,
    denials, questions, hearsay, fears."""
    from kuager.coding import engine, places

    stack = ExitStack()
    for target, name, value in (
            (places, "_home", lambda *a: False), (places, "_heading", lambda *a: False),
            (engine, "_an_account", lambda *a: True), (engine, "_feared", lambda *a: False),
            (engine, "_negated", lambda *a, **k: False)):
        stack.enter_context(mock.patch.object(target, name, value))
    return stack


# --- the model ------------------------------------------------------------------------------


def fit(train: list[Example], c: float) -> dict[str, float]:
    from scipy.sparse import csr_matrix
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    letters: dict[str, set[str]] = {}
    for e in train:
        for n in e.features:
            letters.setdefault(n, set()).add(e.letter)
    vocabulary = sorted(n for n, seen in letters.items() if len(seen) >= MIN_LETTERS)
    column = {n: i for i, n in enumerate(vocabulary)}
    rows, cols = [], []
    for r, e in enumerate(train):
        for n in e.features:
            if n in column:
                rows.append(r)
                cols.append(column[n])
    matrix = csr_matrix(([1.0] * len(rows), (rows, cols)), shape=(len(train), len(vocabulary)))
    labels = [e.label for e in train]
    if len(set(labels)) < 2:
        return {"bias": 10.0 if labels and labels[0] else -10.0}
    # "bias" is a feature of every example, so the intercept is regularised like the rest.
    model = LogisticRegression(C=c, fit_intercept=False, solver="lbfgs", max_iter=5000)
    model.fit(matrix, labels)
    return {n: round(float(w), 6) for n, w in zip(vocabulary, model.coef_[0], strict=True)
            if abs(w) > 1e-6}


def scores(weights: dict[str, float], test: list[Example]) -> list[float]:
    return [probability(weights, e.features) for e in test]


def grouped_folds(letters: list[str], key: Callable[[str], int]
                  ) -> Iterator[tuple[set[str], set[str]]]:
    """(training letters, test letters) of each fold: no letter is in both."""
    for fold in sorted({key(name) for name in letters}):
        yield ({n for n in letters if key(n) != fold}, {n for n in letters if key(n) == fold})


def letter_fold(k: int) -> Callable[[str], int]:
    """Letters dealt to k folds by number, each language spread over every fold."""
    return lambda name: number_of(name) % k


def training(examples: list[Example], field: str, letters: set[str], variant: Variant
             ) -> list[Example]:
    return [e for e in examples if e.field == field and e.letter in letters
            and (variant.raw or not e.raw_only)]


def testing(examples: list[Example], field: str, letters: set[str], variant: Variant
            ) -> list[Example]:
    return [e for e in examples if e.field == field and e.letter in letters
            and (variant.loose or not e.raw_only)]


def out_of_fold(examples: list[Example], field: str, tested: list[str], always: set[str],
                key: Callable[[str], int], variant: Variant, c: float) -> Scored:
    """Scores of the tested letters' proposals, each by a model fitted on `always` and the
    tested letters of the other folds."""
    scored: Scored = []
    for train_letters, test_letters in grouped_folds(tested, key):
        weights = fit(training(examples, field, always | train_letters, variant), c)
        test = testing(examples, field, test_letters, variant)
        scored.extend(zip(test, scores(weights, test), strict=True))
    return scored


def choose(examples: list[Example], field: str, gold: Gold, tested: list[str],
           always: set[str], key: Callable[[str], int],
           variants: tuple[Variant, ...] = VARIANTS) -> Choice:
    """The variant, C and threshold whose out-of-fold precision on the tested letters is
    highest with recall within RECALL_BUDGET of rules-5's; rules-5 alone if none gains."""
    letters = set(tested)
    rules = [(e, 1.0) for e in testing(examples, field, letters, VARIANTS[0])]
    base = tally(rules, gold, field, letters, 0.0)
    best = Choice(VARIANTS[0], 1.0, 0.0, base.precision, base.recall)
    for variant in variants:
        for c in C_VALUES:
            scored = out_of_fold(examples, field, tested, always, key, variant, c)
            for t in THRESHOLDS:
                now = tally(scored, gold, field, letters, t)
                if now.recall < base.recall - RECALL_BUDGET:
                    continue
                # Ties go to the plainer variant, the C nearer 1 and the lower threshold.
                if now.precision > best.precision + 1e-9:
                    best = Choice(variant, c, t, now.precision, now.recall)
    return best


# --- scoring as evaluation.py does it: the set of codes per letter -------------------------


@dataclass
class Tally:
    hits: int = 0
    false_alarms: int = 0
    misses: int = 0

    @property
    def precision(self) -> float:
        found = self.hits + self.false_alarms
        return self.hits / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.hits + self.misses
        return self.hits / wanted if wanted else 1.0


def tally(scored: Scored, gold: Gold, field: str, letters: set[str],
          threshold: float) -> Tally:
    """The field's codes kept per letter (a code stays when any of its proposals scores at
    least the threshold), against the letter's gold codes, over the given letters, those
    with nothing proposed included."""
    kept: dict[str, set[str]] = {}
    for e, p in scored:
        if e.letter in letters and p >= threshold:
            kept.setdefault(e.letter, set()).add(e.code)
    total = Tally()
    for letter in sorted(letters):
        if field not in gold[letter]:
            continue
        found, wanted = kept.get(letter, set()), gold[letter][field]
        total.hits += len(found & wanted)
        total.false_alarms += len(found - wanted)
        total.misses += len(wanted - found)
    return total


# --- reports --------------------------------------------------------------------------------


def table(title: str, rows: dict[str, tuple[Scored, Scored]], gold: Gold, tested: set[str],
          extra: list[str]) -> list[str]:
    """Rules-5 against rules with the filter, per field and language; `rows` maps a field
    to (rules-5's proposals, the filtered proposals with dropped ones scored -1)."""
    lines = [f"## {title}", "",
             "| field | lang | rules-5 P | rules-5 R | +filter P | +filter R | "
             "false codes dropped | true codes lost |", "|---|---|---|---|---|---|---|---|"]
    for field, (rules, filtered) in rows.items():
        for language in (*LANGUAGES, None):
            letters = {n for n in tested if language in (None, n.split("-")[0])}
            base = tally(rules, gold, field, letters, 0.0)
            now = tally(filtered, gold, field, letters, 0.0)
            lines.append(
                f"| {field} | {language or 'all'} | {base.precision:.3f} | {base.recall:.3f} | "
                f"{now.precision:.3f} | {now.recall:.3f} | "
                f"{base.false_alarms - now.false_alarms} | {base.hits - now.hits} |")
    return [*lines, "", *extra, ""]


def grid(examples: list[Example], gold: Gold, tested: list[str], always: set[str],
         key: Callable[[str], int]) -> tuple[list[str], dict[str, Choice]]:
    """Every variant and C on the tested letters' out-of-fold scores, with the threshold each
    would take, and the choice per field."""
    lines = ["## Variants and C, out-of-fold on letters 63-82 (nine folds)", "",
             "| field | variant | C | threshold | P | R |", "|---|---|---|---|---|---|"]
    letters = set(tested)
    chosen = {}
    for field in FIELDS:
        rules = [(e, 1.0) for e in testing(examples, field, letters, VARIANTS[0])]
        base = tally(rules, gold, field, letters, 0.0)
        lines.append(f"| {field} | rules-5 | | | {base.precision:.3f} | {base.recall:.3f} |")
        for variant in VARIANTS:
            if variant.loose:
                loose = [(e, 1.0) for e in testing(examples, field, letters, variant)]
                now = tally(loose, gold, field, letters, 0.0)
                lines.append(f"| {field} | loosened rules | | | {now.precision:.3f} | "
                             f"{now.recall:.3f} |")
            for c in C_VALUES:
                one = choose_from(out_of_fold(examples, field, tested, always, key, variant, c),
                                  gold, field, letters, base)
                lines.append(f"| {field} | {variant.name} | {c} | {one[0]} | {one[1]:.3f} | "
                             f"{one[2]:.3f} |")
        chosen[field] = choose(examples, field, gold, tested, always, key)
    return lines, chosen


def choose_from(scored: Scored, gold: Gold, field: str, letters: set[str], base: Tally
                ) -> tuple[float, float, float]:
    """(threshold, precision, recall) of the best threshold within the recall budget."""
    best = (0.0, *_pr(tally(scored, gold, field, letters, 0.0)))
    for t in THRESHOLDS:
        now = tally(scored, gold, field, letters, t)
        if now.recall >= base.recall - RECALL_BUDGET and now.precision > best[1] + 1e-9:
            best = (t, now.precision, now.recall)
    return best


def _pr(t: Tally) -> tuple[float, float]:
    return t.precision, t.recall


def cross_validate(examples: list[Example], gold: Gold, tested: list[str], always: set[str],
                   key: Callable[[str], int], chosen: dict[str, Choice], title: str
                   ) -> list[str]:
    """The table of the chosen variant, C and threshold per field, out-of-fold."""
    rows = {}
    for field, choice in chosen.items():
        letters = set(tested)
        rules = [(e, 1.0) for e in testing(examples, field, letters, VARIANTS[0])]
        scored = out_of_fold(examples, field, tested, always, key, choice.variant, choice.c)
        rows[field] = (rules, [(e, p if p >= choice.threshold else -1.0) for e, p in scored])
    extra = ["Chosen: " + "; ".join(f"{f}: {c.variant.name}, C={c.c}, t={c.threshold}"
                                    for f, c in chosen.items())]
    return table(title, rows, gold, set(tested), extra)


def nested(examples: list[Example], gold: Gold, tested: list[str], always: set[str],
           key: Callable[[str], int]) -> list[str]:
    """Each fold's variant, C and threshold chosen on the other folds' letters alone."""
    rows: dict[str, tuple[Scored, Scored]] = {}
    picks = []
    for field in FIELDS:
        rules: Scored = []
        filtered: Scored = []
        for train_letters, test_letters in grouped_folds(tested, key):
            choice = choose(examples, field, gold, sorted(train_letters), always, key)
            picks.append(f"{field}: {choice.variant.name} C={choice.c} t={choice.threshold}")
            weights = fit(training(examples, field, always | train_letters, choice.variant),
                          choice.c)
            test = testing(examples, field, test_letters, choice.variant)
            filtered.extend((e, p if p >= choice.threshold else -1.0)
                            for e, p in zip(test, scores(weights, test), strict=True))
            rules.extend((e, 1.0) for e in testing(examples, field, test_letters, VARIANTS[0]))
        rows[field] = (rules, filtered)
    return table("Nested: chosen inside each fold's training letters", rows, gold,
                 set(tested), ["Chosen per fold: " + "; ".join(picks)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--nested", action="store_true",
                        help="also choose variant, C and threshold inside each fold")
    parser.add_argument("--out", type=Path, help="write the chosen model fitted on every letter")
    parser.add_argument("--fields", nargs="+", choices=FIELDS, default=list(FIELDS),
                        help="the fields whose model --out writes")
    args = parser.parse_args()
    _setup()
    from kuager.coding.engine import Reference
    from kuager.coding.evaluation import load

    letters = [letter for source in SOURCES if source.is_dir() for letter in load(source)]
    reference = Reference.load()
    examples = [e for letter in letters for e in examples_of(letter, reference, True)]
    gold = {Path(letter.name).name: letter.gold for letter in letters}
    tested = sorted(n for n in gold if unseen(n))
    always = {n for n in gold if not unseen(n)}
    counts = Counter((e.field, "63-82" if unseen(e.letter) else "1-52", e.raw_only, e.label)
                     for e in examples)
    print("# Learnt filter: trained on letters 1-52 and 63-82, tested on 63-82\n")
    print("Proposals (field, letters, from the loosened rules only, label): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + "\n")
    lines, chosen = grid(examples, gold, tested, always, writer_fold)
    print("\n".join(lines) + "\n")
    for line in cross_validate(examples, gold, tested, always, writer_fold, chosen,
                               "Chosen, out-of-fold on letters 63-82 (nine folds)"):
        print(line)
    for line in cross_validate(examples, gold, tested, always, language_fold, chosen,
                               "Chosen, leave one language of letters 63-82 out"):
        print(line)
    if args.nested:
        print("\n".join(nested(examples, gold, tested, always, writer_fold)))
    if args.out:
        every = set(gold)
        # propose() has no loosened mode for a filter to stand behind.
        loose = [f for f in args.fields if chosen[f].variant.loose]
        if loose:
            parser.error(f"variant B was chosen for {', '.join(loose)}; the engine runs rules-5")
        args.out.write_text(json.dumps({
            "version": "filter-1",
            "fields": {f: {"variant": c.variant.name, "threshold": c.threshold, "c": c.c,
                           "weights": fit(training(examples, f, every, c.variant), c.c)}
                       for f, c in chosen.items() if c.threshold > 0 and f in args.fields},
        }, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
