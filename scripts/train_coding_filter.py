"""A learnt filter behind the coding rules: does it help on writers it has not seen?

    KUAGER_DATA_DIR=... .venv/bin/python scripts/train_coding_filter.py [--raw] [--out FILE]

Scores every region and method proposal of the tuning letters (probability that its code is
one the documenter chose) from the words around it, with L2-regularised logistic regression,
and reports grouped cross-validation (leave one writer batch out, and 10 folds by letter):
precision and recall per field and language, rules alone against rules with the filter, at a
threshold chosen inside the training folds. Only `evalset/tuning/` is read; the held-out
letters are for measuring whatever ships, not for choosing it.

`--raw` also trains on what the rules' own context checks dropped (places where someone lives,
denied or reported acts), for negatives the tuned rules no longer make on these letters.
`--out FILE` writes the model fitted on all tuning letters as JSON. scikit-learn is used here
only; applying the weights needs nothing but the JSON.

Against rules-5 the filter was not shipped: the rules were corrected on every tuning letter, so
they leave 2 false region and 19 false method proposals here, too few to learn from or to gain
on. With `--raw` the filter does learn context (homes, kin, hearsay against; detention words,
facilities, dates in the sentence for), which the third table measures on new writers.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
TUNING = ROOT / "kuager" / "coding" / "evalset" / "tuning"
FIELDS = ("regions", "methods")
LANGUAGES = ("kk", "ru", "en")
# Writers' batches (evalset/README.md): letters 1-10, 11-32 and 33-52 of each language.
BATCHES = ((1, 10), (11, 32), (33, 52))
WINDOW = 5
PREFIX = 6  # folded lemma or stem, cut: a cheap stemmer shared by the three languages
C_VALUES = (0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.05 * i, 2) for i in range(0, 20))
# A threshold may cost at most this much recall on the training folds' own out-of-fold scores.
RECALL_BUDGET = 0.02
MIN_LETTERS = 2  # a feature seen in fewer training letters is not kept
Gold = dict[str, dict[str, set[str]]]  # letter name → field → codes

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
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@dataclass
class Example:
    letter: str
    language: str
    field: str
    code: str
    features: list[str]
    label: int
    raw_only: bool  # dropped by the rules' own context checks; for training only


def batch_of(name: str) -> int:
    number = int(name.rsplit("-", 1)[1])
    return next(i for i, (low, high) in enumerate(BATCHES) if low <= number <= high)


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kuager.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


# --- features -------------------------------------------------------------------------------


def _class_of(word: str) -> list[str]:
    return [name for name, stems in CLASSES.items()
            if word in stems or any(len(s) > 2 and word.startswith(s) for s in stems)]


def _key(word: str) -> str:
    from kuager.lib.fold import word_keys

    keys = sorted(word_keys(word), key=lambda k: (len(k), k))
    return (keys[0] if keys else word)[:PREFIX]


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    return bisect.bisect_right(edges, value)


def features(words: list[Any], text: str, proposals: dict[str, list[Any]], field: str,
             proposal: Any, language: str) -> list[str]:
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
    span = {id(w) for w in words[first : last + 1]}
    sentence = [w for w in words[s_first : s_last + 1] if id(w) not in span]
    window = [w for w in words[max(0, first - WINDOW) : last + 1 + WINDOW] if id(w) not in span]
    clause = [w for w in sentence if w.clause in (words[first].clause, words[last].clause)]
    for scope, scoped in (("s", sentence), ("w", window), ("c", clause)):
        for w in scoped:
            found.add(f"{scope}:{_key(w.text)}")
            found.update(f"{scope}#{name}" for name in _class_of(w.text))
    before = words[max(0, first - 3) : first]
    found.update(f"b:{_key(w.text)}" for w in before if w.sentence == words[first].sentence)
    # Where the proposal stands: the letter's first or last lines say where it was written.
    found.add(f"pos={_bucket(proposal.start / max(1, len(text)), (0.1, 0.3, 0.7, 0.9))}")
    found.add(f"slen={_bucket(s_last - s_first, (5, 12, 25, 45))}")
    if words[first].note:
        found.add("bracketed")
    end = words[s_last].end if words else 0
    if text[end : end + 2].strip().startswith("?"):
        found.add("question")
    in_sentence = set(range(words[s_first].start, end + 1)) if words else set()
    for other_field, others in proposals.items():
        here = [p for p in others if p is not proposal and p.start in in_sentence]
        if here:
            found.add(f"same_sentence:{other_field}")
    same_code = sum(p.code == proposal.code for p in proposals[field])
    found.add(f"mentions={min(same_code, 3)}")
    return sorted(found)


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
        proposals = {f: getattr(each, f) for f in ("regions", "methods", "facilities", "dates",
                                                   "perpetrators")}
        for field in FIELDS:
            if field not in letter.gold:
                continue
            for proposal in proposals[field]:
                if loose_run and (field, proposal.code, proposal.start, proposal.end) in kept:
                    continue
                found.append(Example(
                    name, letter.language, field, proposal.code,
                    features(words, letter.text, proposals, field, proposal, letter.language),
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


@dataclass
class Model:
    weights: dict[str, float]
    threshold: float
    c: float

    def probability(self, names: list[str]) -> float:
        score = sum(self.weights.get(n, 0.0) for n in names)
        return 1 / (1 + math.exp(-score))


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
    model = LogisticRegression(C=c, fit_intercept=False, solver="lbfgs", max_iter=2000)
    model.fit(matrix, labels)
    return {n: round(float(w), 6) for n, w in zip(vocabulary, model.coef_[0], strict=True)
            if abs(w) > 1e-6}


def scores(weights: dict[str, float], test: list[Example]) -> list[float]:
    model = Model(weights, 0.0, 0.0)
    return [model.probability(e.features) for e in test]


def grouped_folds(letters: list[str], key: Callable[[str], int]
                  ) -> Iterator[tuple[set[str], set[str]]]:
    """(training letters, test letters) of each fold: no letter is in both."""
    for fold in sorted({key(name) for name in letters}):
        yield ({n for n in letters if key(n) != fold}, {n for n in letters if key(n) == fold})


def letter_fold(k: int) -> Callable[[str], int]:
    """Letters dealt to k folds by number, each language spread over every fold."""
    return lambda name: int(name.rsplit("-", 1)[1]) % k


def choose(examples: list[Example], field: str, letters: set[str], gold: Gold,
           loose: bool = False) -> Model:
    """C and threshold from out-of-fold scores on the training letters alone (5 folds by
    letter): the highest precision whose recall is within RECALL_BUDGET of the rules'."""
    train = [e for e in examples if e.field == field and e.letter in letters]
    # (precision, closeness of C to 1, C, threshold); no filter at all is always allowed.
    best: tuple[float, float, float, float] = (-1.0, -math.inf, 1.0, 0.0)
    for c in C_VALUES:
        scored: list[tuple[Example, float]] = []
        for inner_train, inner_test in grouped_folds(sorted(letters), letter_fold(5)):
            fitted = fit([e for e in train if e.letter in inner_train], c)
            test = [e for e in train if e.letter in inner_test and (loose or not e.raw_only)]
            scored.extend(zip(test, scores(fitted, test), strict=True))
        base = tally(scored, gold, field, letters, 0.0)
        for t in THRESHOLDS:
            now = tally(scored, gold, field, letters, t)
            if now.recall < base.recall - RECALL_BUDGET:
                break
            candidate = (now.precision, -abs(math.log(c)), c, t)
            if candidate[:2] > best[:2]:
                best = candidate
    _, _, c, t = best
    return Model(fit(train, c), t, c)


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


def tally(scored: list[tuple[Example, float]], gold: Gold, field: str, letters: set[str],
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


def cross_validate(examples: list[Example], gold: Gold, key: Callable[[str], int],
                   title: str, loose: bool = False) -> list[str]:
    """The table of one cross-validation. `loose`: the filter stands in for the rules' own
    context checks, on everything the loosened rules propose."""
    rules = "loose rules" if loose else "rules"
    lines = [f"## {title}", "",
             f"| field | lang | {rules} P | {rules} R | +filter P | +filter R | dropped codes "
             "(false/true) |", "|---|---|---|---|---|---|---|"]
    chosen = []
    per_field: dict[str, list[tuple[Example, float]]] = {f: [] for f in FIELDS}
    rules_only: dict[str, list[tuple[Example, float]]] = {f: [] for f in FIELDS}
    for field in FIELDS:
        for train_letters, test_letters in grouped_folds(sorted(gold), key):
            model = choose(examples, field, train_letters, gold, loose)
            chosen.append(f"{field}: C={model.c} t={model.threshold}")
            test = [e for e in examples
                    if e.field == field and e.letter in test_letters and (loose or not e.raw_only)]
            probabilities = scores(model.weights, test)
            # Below the fold's threshold a proposal scores 0: it is dropped.
            per_field[field].extend((e, p if p >= model.threshold else -1.0)
                                    for e, p in zip(test, probabilities, strict=True))
            rules_only[field].extend((e, 1.0) for e in test)
    for field in FIELDS:
        for language in (*LANGUAGES, None):
            letters = {n for n in gold if language in (None, n.split("-")[0])}
            base = tally(rules_only[field], gold, field, letters, 0.0)
            now = tally(per_field[field], gold, field, letters, 0.0)
            lines.append(
                f"| {field} | {language or 'all'} | {base.precision:.3f} | {base.recall:.3f} | "
                f"{now.precision:.3f} | {now.recall:.3f} | "
                f"{base.false_alarms - now.false_alarms}/{base.hits - now.hits} |")
    lines += ["", "Chosen in the training folds: " + "; ".join(chosen), ""]
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--raw", action="store_true",
                        help="also train on matches the rules' context checks dropped")
    parser.add_argument("--out", type=Path, help="write the model fitted on every letter")
    args = parser.parse_args()
    _setup()
    from kuager.coding.engine import Reference
    from kuager.coding.evaluation import load

    letters = load(TUNING)
    reference = Reference.load()
    examples = [e for letter in letters for e in examples_of(letter, reference, args.raw)]
    gold = {Path(letter.name).name: letter.gold for letter in letters}
    counts = Counter((e.field, e.raw_only, e.label) for e in examples)
    print("# Learnt filter: grouped cross-validation on evalset/tuning\n")
    print("Proposals (field, from the loosened rules only, label): "
          + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())) + "\n")
    for line in [*cross_validate(examples, gold, batch_of,
                                 "Leave one writer batch out (1-10, 11-32, 33-52)"),
                 *cross_validate(examples, gold, letter_fold(10), "10 folds by letter")]:
        print(line)
    if args.raw:
        for line in cross_validate(examples, gold, batch_of, "The filter instead of the rules' "
                                   "context checks, leave one writer batch out", loose=True):
            print(line)
    if args.out:
        models = {field: choose(examples, field, set(gold), gold) for field in FIELDS}
        args.out.write_text(json.dumps({
            "version": "filter-1",
            "fields": {f: {"threshold": m.threshold, "c": m.c, "weights": m.weights}
                       for f, m in models.items()},
        }, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
