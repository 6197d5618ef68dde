"""Can a learnt component added to rules-17 raise methods recall on unseen letters?

A per-code multi-instance classifier over character n-gram TF-IDF: instances are the letter's
sentences, a letter's score for a code is its best sentence's probability, and that sentence is
the span shown. Proposals are added to the rules' methods only for codes the rules did not
propose, from a sentence in which the rules proposed nothing, and never a parent code beside a
more specific one.

Run against the repository as it was when the experiment was made (rules-17, f38abdb, whose
`held-out/` held letters 263..282); stages write under $KUAGER_EXPERIMENT_DIR (default
/tmp/learnt), nothing else is modified:

    git worktree add /tmp/r17ref f38abdb
    export KUAGER_EXPERIMENT_REF=/tmp/r17ref KUAGER_DATA_DIR=<a migrated data dir>
    PY=".venv/bin/python scripts/learnt_methods_experiment.py"
    $PY rules  # rule engines' proposals on the tuning letters (cached JSON):
               # rules-17 and, per batch, the rules version measured once on it
               # before anyone corrected rules on it (rules-11..16, extracted
               # with `git archive` from /tmp/r17ref's history into old/)
    $PY cv     # out-of-fold scores on letters 1..262 (folds 1-52, 53-102,
               # 103-162, 163-222, 223-262) for a small grid, the choice of
               # setting and thresholds, report -> results/cv.json
    $PY final  # fit on all of 1..262, export weights (model/), run ONCE on
               # held-out 263..282 with rules-17 -> results/heldout.json
               # (refuses to run twice unless --again)
    $PY timing # inference cost with the exported weights (numpy only)

Protocol. Every choice (model variant, C, window, thresholds, the precision bar) is made on
letters 1..262 only. The rules were corrected on all of them, so their union with rules-17
there says little; the choice therefore uses, besides the component's own out-of-fold
precision per code, the honest rules: for letters 163..262 the rules version that was run once
on each batch before being corrected on it (rules-11 on 163-182, rules-12 on 183-202, rules-13
on 203-222, rules-15 on 223-242, rules-16 on 243-262), whose errors there are real errors on
unseen letters. Out-of-fold figures are also given "nested" (thresholds chosen on the other
four folds' out-of-fold scores), which the threshold choice does not flatter.

Run time needs only numpy and the exported weights (model/weights.npz, model/meta.json):
`LearntMethods.load(dir).propose(text, rule_spans)`; scikit-learn is used to fit only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pickle
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any, Literal, NotRequired, TypedDict

import numpy as np
import numpy.typing as npt

# Where the stages write their caches, results and weights.
HERE = Path(os.environ.get("KUAGER_EXPERIMENT_DIR", Path(tempfile.gettempdir()) / "learnt"))
CACHE, RESULTS, MODEL, OLD = HERE / "cache", HERE / "results", HERE / "model", HERE / "old"
# The repository at the rules commit the experiment was run against (f38abdb, rules-17), e.g.
# a `git worktree add DIR f38abdb`; its evalset supplies the letters.
REF = Path(os.environ.get("KUAGER_EXPERIMENT_REF", Path(__file__).resolve().parent.parent))
EVALSET = REF / "kuager" / "coding" / "evalset"
TUNING, HELD_OUT = EVALSET / "tuning", EVALSET / "held-out"
PYTHON = sys.executable
ENV = {"KUAGER_DATA_DIR": os.environ.get("KUAGER_DATA_DIR", str(REF / "data")),
       "DJANGO_SETTINGS_MODULE": "kuager.settings"}
LANGS = ("kk", "ru", "en")
# Folds by number range: a writers' batch is never split.
FOLDS = ((1, 52), (53, 102), (103, 162), (163, 222), (223, 262))
# The rules version run once on each batch before rules were corrected on it (git history).
HONEST_RULES = {(163, 182): ("r11", "bbe5a96"), (183, 202): ("r12", "881ed9b"),
                (203, 222): ("r13", "7b100a8"), (223, 242): ("r15", "f7daa5f"),
                (243, 262): ("r16", "6101253")}
MIN_LETTERS = 25        # a code needs this many tuning letters to get a model
MIN_PROPOSALS = 10      # a threshold's precision is read over at least this many letters
BARS = (0.8, 0.85, 0.9)  # out-of-fold precision a code's threshold must reach
# Grid: (kind, C, window, witnesses k). window 1 = sentences, 2 = also sentence pairs.
GRID = (("letter", 10.0, 1, 1), ("mil", 3.0, 1, 1), ("mil", 10.0, 1, 1), ("mil", 30.0, 1, 1),
        ("mil", 10.0, 2, 1), ("mil", 10.0, 1, 2))
ROUNDS = 2
# The setting chosen must keep the honest union's precision within this of the rules' own.
PRECISION_SLACK = 0.01

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
Span = tuple[int, int]  # (start, end) character offsets in a letter's text
# Per code: a letter's score and the window shown.
LetterScores = dict[str, tuple[float, Span]]


class RuleProposal(TypedDict):
    """One method proposed by a rule engine, as RUNNER writes it."""
    code: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str


class RulesRun(TypedDict):
    """A rule engine's run over letters, as RUNNER writes it."""
    version: str
    letters: dict[str, list[RuleProposal]]
    median_ms: float


class Tally(TypedDict):
    P: float
    R: float
    hits: int
    false_alarms: int
    misses: int


class CodeReport(TypedDict):
    letters: int
    threshold: float | None
    P: NotRequired[float]
    R: NotRequired[float]


class AddedCount(TypedDict):
    right: int
    wrong: int


class Config(TypedDict):
    kind: str
    C: float
    window: int
    k: int


TallyName = Literal["learnt_alone_oof", "learnt_alone_oof_nested", "honest_rules_163_262",
                    "honest_rules_plus_learnt_nested", "rules17_tuning_biased",
                    "rules17_plus_learnt_tuning_biased"]


class Setting(TypedDict):
    """One grid row of results/cv.json."""
    bar: float
    codes: list[str]
    per_code: dict[str, CodeReport]
    learnt_alone_oof: dict[str, Tally]
    learnt_alone_oof_nested: dict[str, Tally]
    honest_rules_163_262: dict[str, Tally]
    honest_rules_plus_learnt_nested: dict[str, Tally]
    honest_added_nested: dict[str, AddedCount]
    honest_added_examples: list[tuple[str, str, bool, str]]
    rules17_tuning_biased: dict[str, Tally]
    rules17_plus_learnt_tuning_biased: dict[str, Tally]
    config: NotRequired[Config]
    addition_precision: NotRequired[float | None]


class Addition(TypedDict):
    """A learnt proposal added to rules-17 on a held-out letter."""
    letter: str
    code: str
    right: bool
    score: float
    span: str


class HeldOutReport(TypedDict):
    """results/heldout.json."""
    config: Config
    bar: float
    codes_with_threshold: list[str]
    rules17: dict[str, Tally]
    rules17_plus_learnt: dict[str, Tally]
    learnt_alone: dict[str, Tally]
    added: list[Addition]
    missed_by_both: list[tuple[str, str]]
    thresholds: dict[str, float]
    scores: dict[str, dict[str, list[float | list[int]]]]


# ================================================================ letters

@dataclass
class Letter:
    name: str
    lang: str
    num: int
    text: str
    date: str | None
    gold: set[str]


def load_letters(directory: Path) -> list[Letter]:
    out = []
    for j in sorted(directory.glob("*.json")):
        raw = json.loads(j.read_text(encoding="utf-8"))
        out.append(Letter(j.stem, raw["language"], int(j.stem.split("-")[1]),
                          j.with_suffix(".txt").read_text(encoding="utf-8"),
                          raw.get("letter_date"), set(raw.get("methods", []))))
    return out


def fold_of(num: int) -> int:
    return next(i for i, (a, b) in enumerate(FOLDS) if a <= num <= b)


# ================================================================ run-time part (numpy only)

_END = re.compile(r"[.!?…]+[\"»”')\]]*(?=\s)|\n\s*\n|\n(?=\s*(?:\d+[.)]|[-–—•*])\s)")
MIN_CHARS = 25


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of sentences: ends at . ! ? … before a space, a blank line, or a new line
    opening a numbered or bulleted item; pieces shorter than MIN_CHARS join the next."""
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    pending = None
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s >= e:
            continue
        if pending is not None:
            s, pending = pending, None
        if e - s < MIN_CHARS:
            pending = s
            continue
        out.append((s, e))
    if pending is not None:
        if out:
            out[-1] = (out[-1][0], len(text.rstrip()))
        elif text.strip():
            out.append((pending, len(text.rstrip())))
    return out or [(0, len(text))]


def windows(text: str, size: int) -> list[tuple[int, int]]:
    sents = sentences(text)
    return sents + ([(a[0], b[1]) for a, b in pairwise(sents)] if size >= 2 else [])


_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LOOKALIKE = str.maketrans("aceopxykmthb", "асеорхукмтнв")
_CYR = re.compile("[а-яё]")
_KAZ_PLAIN = str.maketrans("әғқңөұүһіё", "агкноуухие")


def _normalise_word(w: str) -> str:
    w = w.lower()
    if _CYR.search(w) or _CYR.search(w.translate(_KAZ_PLAIN)):
        w = w.translate(_LATIN_LOOKALIKE)
    return w.translate(_KAZ_PLAIN)


def analyse(text: str, lo: int = 3, hi: int = 5) -> list[str]:
    """Character 3- to 5-grams inside words padded with a space, after folding case, Kazakh
    letters (scans lose them) and Latin look-alikes inside Cyrillic words; a '0' in Cyrillic text
    is read as 'о'. One analyser for the three languages."""
    grams: list[str] = []
    if _CYR.search(text.lower()):
        text = text.replace("0", "о")
    for w in _WORD.findall(text):
        w = " " + _normalise_word(w) + " "
        n_w = len(w)
        for n in range(lo, hi + 1):
            if n > n_w:
                break
            grams.extend(w[i:i + n] for i in range(n_w - n + 1))
    return grams


def _vector(vocab: dict[str, int], idf: FloatArray, text: str) -> tuple[IntArray, FloatArray]:
    """Sparse TF-IDF row (sublinear tf, l2 norm): indices and values."""
    c = Counter(i for i in map(vocab.get, analyse(text)) if i is not None)
    if not c:
        return np.zeros(0, dtype=np.int64), np.zeros(0)
    idx = np.fromiter(c.keys(), dtype=np.int64, count=len(c))
    v = (1 + np.log(np.fromiter(c.values(), dtype=np.float64, count=len(c)))) * idf[idx]
    return idx, v / np.linalg.norm(v)


@dataclass
class LearntProposal:
    code: str
    text: str
    start: int
    end: int
    confidence: float
    rule: str = "learnt"


class LearntMethods:
    """The exported component: vocabulary, idf, one weight column and intercept per code, a
    threshold per code. `propose` needs the rules' method codes and spans of the same letter."""

    # Set on first use by `scores` (word -> vocabulary indices of its n-grams).
    _word_cache: dict[str, list[int]]
    # Set by `fit_model` only ('letter' or 'mil'); `letter_scores` reads it with getattr.
    kind: str

    def __init__(self, vocab: dict[str, int], idf: FloatArray, W: FloatArray, b: FloatArray,
                 codes: list[str], thresholds: Mapping[str, float], confidence: float,
                 window: int = 1) -> None:
        self.vocab, self.idf, self.W, self.b = vocab, idf, W, b
        self.codes, self.window = codes, window
        self.th: FloatArray = np.array([thresholds.get(c, np.inf) for c in codes])
        self.confidence = confidence

    @classmethod
    def load(cls, directory: Path) -> LearntMethods:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        z = np.load(directory / "weights.npz")
        vocab = {g: i for i, g in enumerate(meta["vocabulary"])}
        return cls(vocab, z["idf"].astype(np.float64), z["W"].astype(np.float64), z["b"],
                   meta["codes"], meta["thresholds"],
                   meta["confidence"], meta["window"])

    def _grams(self, text: str) -> tuple[list[int], bool]:
        """Vocabulary indices of `analyse(text)`, with a per-word cache (words repeat); and
        whether the text is Cyrillic (which decides how a '0' is read)."""
        cyrillic = bool(_CYR.search(text.lower()))
        if cyrillic:
            text = text.replace("0", "о")
        cache = self._word_cache
        found: list[int] = []
        for w in _WORD.findall(text):
            g = cache.get(w)
            if g is None:
                g = [i for i in map(self.vocab.get, analyse(w)) if i is not None]
                if len(cache) < 200_000:
                    cache[w] = g
            found.extend(g)
        return found, cyrillic

    def scores(self, text: str) -> tuple[FloatArray, list[Span], npt.NDArray[np.intp]]:
        """Per window and code, the linear score; windows; per code, the best window. All
        windows are scored in one product over the letter's distinct n-grams; a pair's counts
        are its two sentences' counts added (the same as analysing the pair's text)."""
        if not hasattr(self, "_word_cache"):
            self._word_cache = {}
        sents = sentences(text)
        grams = [self._grams(text[s:e]) for s, e in sents]
        spans = list(sents)
        extra = []  # pairs whose sentences differ in script: analysed as one text (rare)
        if self.window >= 2:
            for k, (a, b) in enumerate(pairwise(sents)):
                spans.append((a[0], b[1]))
                if grams[k][1] != grams[k + 1][1]:
                    extra.append((len(spans) - 1, self._grams(text[a[0]:b[1]])[0]))
        lists = [g for g, _ in grams] + [g for _, g in extra]
        lens = np.array([len(g) for g in lists])
        flat = np.fromiter((i for g in lists for i in g), dtype=np.int64, count=int(lens.sum()))
        U, inv = np.unique(flat, return_inverse=True)
        rows = np.repeat(np.arange(len(lists)), lens)
        C = np.bincount(rows * len(U) + inv, minlength=len(lists) * len(U)).reshape(
            len(lists), len(U)).astype(np.float64)
        n = len(sents)
        M = C[:n]
        if self.window >= 2:
            pairs = C[:n - 1] + C[1:n]
            for j, (at, _) in enumerate(extra):
                pairs[at - n] = C[n + j]
            M = np.vstack([M, pairs])
        T = np.zeros_like(M)
        nz = M > 0
        T[nz] = 1 + np.log(M[nz])
        T *= self.idf[U]
        norm = np.linalg.norm(T, axis=1, keepdims=True)
        T /= np.where(norm > 0, norm, 1)
        S = T @ self.W[U] + self.b
        return S, spans, S.argmax(axis=0)

    def propose(self, text: str, rule_codes: AbstractSet[str] = frozenset(),
                rule_spans: Sequence[Span] = ()) -> list[LearntProposal]:
        S, spans, best = self.scores(text)
        P = 1 / (1 + np.exp(-S.max(axis=0)))
        found = [j for j in np.flatnonzero(P >= self.th)
                 if self.codes[j] not in rule_codes
                 and all(e <= spans[best[j]][0] or s >= spans[best[j]][1] for s, e in rule_spans)]
        codes = set(rule_codes) | {self.codes[j] for j in found}
        out = []
        for j in found:
            c = self.codes[j]
            if covered_by_specific(c, codes):
                continue
            s, e = spans[best[j]]
            out.append(LearntProposal(c, text[s:e], s, e, self.confidence))
        return out


def prefix(code: str) -> str:
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


def covered_by_specific(code: str, codes: set[str]) -> bool:
    """The guide codes the most specific code, not its parent as well."""
    p = prefix(code)
    return any(c != code and c.startswith(p) for c in codes)


# ================================================================ fitting (scikit-learn)

class Featuriser:
    vocab: dict[str, int]
    idf: FloatArray

    def __init__(self, min_df: int = 2) -> None:
        self.min_df = min_df

    def fit(self, docs: Sequence[str]) -> Featuriser:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(analyse(d)))
        vocab = sorted(g for g, c in df.items() if c >= self.min_df)
        self.vocab = {g: i for i, g in enumerate(vocab)}
        n = len(docs)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in vocab])
        return self

    def transform(self, docs: Sequence[str]) -> Any:  # scipy.sparse.csr_matrix (untyped)
        from scipy.sparse import csr_matrix
        indptr, indices, data = [0], [], []
        for d in docs:
            idx, v = _vector(self.vocab, self.idf, d)
            indices.extend(idx.tolist())
            data.extend(v.tolist())
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(docs), len(self.vocab)))


def _lr(C: float) -> Any:
    # scikit-learn ships no type hints: imported by name, its objects are Any.
    LogisticRegression = importlib.import_module("sklearn.linear_model").LogisticRegression
    return LogisticRegression(C=C, solver="liblinear", dual=True, class_weight="balanced",
                              max_iter=2000)


def fit_model(kind: str, C: float, win: int, k: int, codes: Sequence[str],
              texts: Sequence[str], golds: Sequence[AbstractSet[str]]) -> LearntMethods:
    """kind 'letter': one logistic regression per code over the whole letter, the span being
    the window whose vector its weights score highest. kind 'mil': instances are windows; the
    positives are the top-k windows of each letter coded with the code (chosen first by a
    letter-level model's weights, then ROUNDS times by the instance model itself); every window
    of a letter not coded with it is a negative (MI-SVM style); a letter's score is its best
    window's."""
    from scipy.sparse import vstack
    f = Featuriser().fit(texts)
    Xl = f.transform(texts)
    W = np.zeros((Xl.shape[1], len(codes)))
    b = np.zeros(len(codes))
    if kind == "mil":
        inst: list[str] = []
        owners: list[int] = []
        for i, t in enumerate(texts):
            for s, e in windows(t, win):
                inst.append(t[s:e])
                owners.append(i)
        Xi = f.transform(inst)
        owner = np.array(owners)
        groups = [np.flatnonzero(owner == i) for i in range(len(texts))]
    for j, c in enumerate(codes):
        y = np.array([c in g for g in golds])
        m = _lr(C).fit(Xl, y)
        if kind == "mil":
            s = Xi @ m.coef_[0]
            neg = np.concatenate([groups[i] for i in np.flatnonzero(~y)])
            for _ in range(ROUNDS + 1):
                pos = np.concatenate([groups[i][np.argsort(-s[groups[i]])[:k]]
                                      for i in np.flatnonzero(y)])
                m = _lr(C).fit(vstack([Xi[pos], Xi[neg]]),
                               np.r_[np.ones(len(pos)), np.zeros(len(neg))])
                s = Xi @ m.coef_[0] + m.intercept_[0]
        W[:, j], b[j] = m.coef_[0], m.intercept_[0]
    model = LearntMethods(f.vocab, f.idf, W, b, list(codes), {}, 0.0, win)
    model.kind = kind
    return model


def letter_scores(model: LearntMethods, text: str) -> LetterScores:
    """Per code: the letter's score and the window shown."""
    if getattr(model, "kind", "mil") == "letter":
        idx, v = _vector(model.vocab, model.idf, text)
        p = 1 / (1 + np.exp(-(v @ model.W[idx] + model.b)))
        S, spans, best = model.scores(text)
    else:
        S, spans, best = model.scores(text)
        p = 1 / (1 + np.exp(-S.max(axis=0)))
    return {c: (float(p[j]), spans[best[j]]) for j, c in enumerate(model.codes)}


# ================================================================ scoring helpers

def prf(h: int, f: int, m: int) -> tuple[float, float]:
    return (h / (h + f) if h + f else float("nan"), h / (h + m) if h + m else float("nan"))


def tally(letters: Sequence[Letter], proposed: Mapping[str, AbstractSet[str]]
          ) -> dict[str, Tally]:
    t: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for letter in letters:
        p = proposed[letter.name]
        for key in (letter.lang, "all"):
            t[key][0] += len(p & letter.gold)
            t[key][1] += len(p - letter.gold)
            t[key][2] += len(letter.gold - p)
    return {key: {"P": round(prf(*v)[0], 3), "R": round(prf(*v)[1], 3), "hits": v[0],
                  "false_alarms": v[1], "misses": v[2]} for key, v in sorted(t.items())}


def choose_threshold(pairs: Sequence[tuple[float, bool]], bar: float,
                     min_n: int = MIN_PROPOSALS) -> float | None:
    """The lowest score whose letters at or above it have precision >= bar (at least min_n)."""
    pairs = sorted(pairs, key=lambda x: -x[0])
    best: float | None = None
    hits = 0
    for n, (s, g) in enumerate(pairs, 1):
        hits += g
        if n >= min_n and hits / n >= bar and (n == len(pairs) or pairs[n][0] < s):
            best = s
    return best


def thresholds(scores: Mapping[str, LetterScores], letters: Sequence[Letter],
               codes: Sequence[str], bar: float) -> dict[str, float]:
    th: dict[str, float] = {}
    for c in codes:
        t = choose_threshold([(scores[letter.name][c][0], c in letter.gold)
                              for letter in letters], bar)
        if t is not None:
            th[c] = t
    return th


def learnt_codes(score: LetterScores, th: Mapping[str, float],
                 rule_spans: Sequence[Span] | None = None) -> set[str]:
    """Codes over threshold; with rule_spans, only those whose window the rules left uncoded."""
    return {c for c, t in th.items() if score[c][0] >= t and (rule_spans is None or all(
        e <= score[c][1][0] or s >= score[c][1][1] for s, e in rule_spans))}


def union(rule_codes: set[str], learnt: set[str]) -> tuple[set[str], set[str]]:
    add = {c for c in learnt - rule_codes if not covered_by_specific(c, rule_codes | learnt)}
    return rule_codes | add, add


# ================================================================ stage: rules

RUNNER = r'''
import json, sys, time, datetime as dt
from pathlib import Path
import django; django.setup()
from kuager.coding.engine import Reference, propose
import kuager.coding.engine as E
ref = Reference.load(); out = {"version": E.VERSION, "letters": {}}; times = []
for d in sys.argv[2:]:
    for j in sorted(Path(d).glob("*.json")):
        raw = json.loads(j.read_text()); text = j.with_suffix(".txt").read_text()
        ld = dt.date.fromisoformat(raw["letter_date"]) if raw.get("letter_date") else None
        t = time.perf_counter(); r = propose(text, ld, reference=ref)
        times.append(time.perf_counter() - t)
        out["letters"][j.stem] = [dict(code=p.code, text=p.text, start=p.start, end=p.end,
            confidence=p.confidence, rule=p.rule) for p in r.methods]
times.sort(); out["median_ms"] = 1000 * times[len(times) // 2]
Path(sys.argv[1]).write_text(json.dumps(out, ensure_ascii=False))
'''


def run_rules(code_dir: Path, out: Path, *dirs: Path) -> RulesRun:
    if not out.exists():
        script = CACHE / "run_rules_snippet.py"
        script.write_text(RUNNER)
        # (our own interpreter on our own script and folders)
        subprocess.run([PYTHON, str(script), str(out), *map(str, dirs)], check=True,  # noqa: S603
                       cwd=str(code_dir), env={**os.environ, **ENV, "PYTHONPATH": str(code_dir)})
    run: RulesRun = json.loads(out.read_text(encoding="utf-8"))
    return run


def stage_rules() -> None:
    CACHE.mkdir(exist_ok=True)
    OLD.mkdir(exist_ok=True)
    run_rules(REF, CACHE / "r17_tuning.json", TUNING)
    for (a, b), (tag, commit) in HONEST_RULES.items():
        d = OLD / tag
        if not d.exists():
            d.mkdir()
            # (git and tar on this repository's own history)
            archive = subprocess.run(["git", "-C", str(REF), "archive", commit, "kuager"],  # noqa: S603, S607
                                     check=True, capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(d)], input=archive, check=True)  # noqa: S603, S607
        r = run_rules(d, CACHE / f"{tag}_tuning.json", TUNING)
        print(tag, r["version"], "on", a, "-", b)


def rules_from(path: Path) -> tuple[dict[str, set[str]], dict[str, list[Span]]]:
    run: RulesRun = json.loads(path.read_text(encoding="utf-8"))
    raw = run["letters"]
    return ({n: {p["code"] for p in v} for n, v in raw.items()},
            {n: [(p["start"], p["end"]) for p in v] for n, v in raw.items()})


def honest_rules(letters: Sequence[Letter]
                 ) -> tuple[dict[str, set[str]], dict[str, list[Span]]]:
    codes: dict[str, set[str]] = {}
    spans: dict[str, list[Span]] = {}
    for (a, b), (tag, _) in HONEST_RULES.items():
        c, s = rules_from(CACHE / f"{tag}_tuning.json")
        for letter in letters:
            if a <= letter.num <= b:
                codes[letter.name], spans[letter.name] = c[letter.name], s[letter.name]
    return codes, spans


# ================================================================ stage: cv

def config_key(kind: str, C: float, win: int, k: int) -> str:
    return (f"letter_C{C}_win{win}" if kind == "letter"
            else f"mil_C{C}_k{k}_rounds{ROUNDS}_win{win}")


def oof_scores(letters: Sequence[Letter], codes: Sequence[str], kind: str, C: float, win: int,
               k: int) -> dict[str, LetterScores]:
    path = CACHE / f"oof_{config_key(kind, C, win, k)}.pkl"
    scores: dict[str, LetterScores]
    if path.exists():
        scores = pickle.loads(path.read_bytes())  # noqa: S301 (our own cache file)
        return scores
    scores, t0 = {}, time.time()
    for f in range(len(FOLDS)):
        tr = [letter for letter in letters if fold_of(letter.num) != f]
        m = fit_model(kind, C, win, k, codes, [letter.text for letter in tr],
                      [letter.gold for letter in tr])
        for letter in letters:
            if fold_of(letter.num) == f:
                scores[letter.name] = letter_scores(m, letter.text)
    print(config_key(kind, C, win, k), f"{time.time() - t0:.0f} s", file=sys.stderr)
    path.write_bytes(pickle.dumps(scores))
    return scores


def evaluate_setting(scores: Mapping[str, LetterScores], letters: Sequence[Letter],
                     codes: Sequence[str], bar: float, honest: Mapping[str, set[str]],
                     honest_spans: Mapping[str, list[Span]], r17: Mapping[str, set[str]],
                     r17_spans: Mapping[str, list[Span]]) -> Setting:
    th = thresholds(scores, letters, codes, bar)
    alone = {letter.name: learnt_codes(scores[letter.name], th) for letter in letters}
    nested: dict[str, set[str]] = {}
    th_fold: dict[int, dict[str, float]] = {}
    for f in range(len(FOLDS)):
        th_fold[f] = thresholds(scores, [letter for letter in letters
                                         if fold_of(letter.num) != f], codes, bar)
        for letter in letters:
            if fold_of(letter.num) == f:
                nested[letter.name] = learnt_codes(scores[letter.name], th_fold[f])
    per_code: dict[str, CodeReport] = {}
    for c in codes:
        n_gold = sum(c in letter.gold for letter in letters)
        if c in th:
            hits = sum(c in alone[letter.name] and c in letter.gold for letter in letters)
            found = sum(c in alone[letter.name] for letter in letters)
            per_code[c] = {"letters": n_gold, "threshold": round(th[c], 3),
                           "P": round(hits / found, 3), "R": round(hits / n_gold, 3)}
        else:
            per_code[c] = {"letters": n_gold, "threshold": None}
    hl = [letter for letter in letters if letter.name in honest]
    U: dict[str, set[str]] = {}
    added: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    examples: list[tuple[str, str, bool, str]] = []
    for letter in hl:  # thresholds nested: chosen without this letter's fold
        learnt = learnt_codes(scores[letter.name], th_fold[fold_of(letter.num)],
                              honest_spans[letter.name])
        U[letter.name], add = union(honest[letter.name], learnt)
        for c in add:
            added[c][c not in letter.gold] += 1
            s, e = scores[letter.name][c][1]
            examples.append((letter.name, c, c in letter.gold, letter.text[s:e][:200]))
    U17 = {letter.name: union(r17[letter.name], learnt_codes(scores[letter.name], th,
                                                              r17_spans[letter.name]))[0]
           for letter in letters}
    return {
        "bar": bar, "codes": sorted(th), "per_code": per_code,
        "learnt_alone_oof": tally(letters, alone),
        "learnt_alone_oof_nested": tally(letters, nested),
        "honest_rules_163_262": tally(hl, honest),
        "honest_rules_plus_learnt_nested": tally(hl, U),
        "honest_added_nested": {c: {"right": v[0], "wrong": v[1]}
                                for c, v in sorted(added.items())},
        "honest_added_examples": examples,
        "rules17_tuning_biased": tally(letters, r17),
        "rules17_plus_learnt_tuning_biased": tally(letters, U17),
    }


def stage_cv() -> None:
    letters = load_letters(TUNING)
    counts = Counter(c for letter in letters for c in letter.gold)
    codes = sorted(c for c, n in counts.items() if n >= MIN_LETTERS)
    r17, r17_spans = rules_from(CACHE / "r17_tuning.json")
    honest, honest_spans = honest_rules(letters)
    rows: list[Setting] = []
    for kind, C, win, k in GRID:
        scores = oof_scores(letters, codes, kind, C, win, k)
        for bar in BARS:
            r = evaluate_setting(scores, letters, codes, bar, honest, honest_spans, r17, r17_spans)
            r["config"] = {"kind": kind, "C": C, "window": win, "k": k}
            rows.append(r)
            a, an = r["learnt_alone_oof"]["all"], r["learnt_alone_oof_nested"]["all"]
            h, u = r["honest_rules_163_262"]["all"], r["honest_rules_plus_learnt_nested"]["all"]
            ok = sum(v["right"] for v in r["honest_added_nested"].values())
            bad = sum(v["wrong"] for v in r["honest_added_nested"].values())
            print(f"{config_key(kind, C, win, k):26s} bar {bar:.2f} codes {len(r['codes']):2d} | "
                  f"alone OOF {a['P']:.2f}/{a['R']:.2f} nested {an['P']:.2f}/{an['R']:.2f} | "
                  f"honest rules {h['P']:.3f}/{h['R']:.3f} + learnt {u['P']:.3f}/{u['R']:.3f} "
                  f"(+{ok} right, +{bad} wrong)")
    # The choice: most honest-union recall whose precision stays within PRECISION_SLACK of the
    # honest rules' own (thresholds nested), among settings whose codes reach the bar.
    base = rows[0]["honest_rules_163_262"]["all"]["P"]
    ok_rows = [r for r in rows
               if r["honest_rules_plus_learnt_nested"]["all"]["P"] >= base - PRECISION_SLACK]
    chosen = max(ok_rows, key=lambda r: (r["honest_rules_plus_learnt_nested"]["all"]["R"],
                                         r["honest_rules_plus_learnt_nested"]["all"]["P"]))
    added = chosen["honest_added_nested"]
    right = sum(v["right"] for v in added.values())
    total = right + sum(v["wrong"] for v in added.values())
    chosen["addition_precision"] = round(right / total, 2) if total else None
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "cv.json").write_text(json.dumps({"grid": rows, "chosen": chosen, "codes": codes,
                                                 "counts": {c: counts[c] for c in codes}},
                                                ensure_ascii=False, indent=1))
    c = chosen["config"]
    print("\nchosen:", config_key(c["kind"], c["C"], c["window"], c["k"]), "bar", chosen["bar"],
          "codes", len(chosen["codes"]), "| honest additions right",
          chosen["addition_precision"])
    names: tuple[TallyName, ...] = (
        "learnt_alone_oof", "learnt_alone_oof_nested", "honest_rules_163_262",
        "honest_rules_plus_learnt_nested", "rules17_tuning_biased",
        "rules17_plus_learnt_tuning_biased")
    for name in names:
        print(f"  {name:36s}", "  ".join(f"{k} {v['P']:.3f}/{v['R']:.3f}"
                                          for k, v in chosen[name].items()))
    print("  per code (OOF, thresholds on all folds):")
    for code, v in chosen["per_code"].items():
        ad = added.get(code, {"right": 0, "wrong": 0})
        print(f"    {code} letters {v['letters']:3d} " + (
            f"t {v['threshold']:.2f} P {v['P']:.2f} R {v['R']:.2f} | honest additions "
            f"+{ad['right']} right +{ad['wrong']} wrong" if v["threshold"] is not None else "--"))


# ================================================================ stage: final

def export(model: LearntMethods, th: dict[str, float], confidence: float | None,
           directory: Path) -> None:
    directory.mkdir(exist_ok=True)
    inv = sorted(model.vocab, key=model.vocab.__getitem__)
    np.savez_compressed(directory / "weights.npz", idf=model.idf.astype(np.float32),
                        W=model.W.astype(np.float32), b=model.b)
    (directory / "meta.json").write_text(json.dumps({
        "codes": model.codes, "thresholds": th, "confidence": confidence,
        "window": model.window, "vocabulary": inv, "analyser": "char 3-5 in words, folded",
    }, ensure_ascii=False))


def stage_final(again: bool) -> None:
    out = RESULTS / "heldout.json"
    if out.exists() and not again:
        sys.exit(f"{out} exists: the held-out letters were already used once (--again to redo)")
    cv = json.loads((RESULTS / "cv.json").read_text(encoding="utf-8"))
    chosen: Setting = cv["chosen"]
    codes: list[str] = cv["codes"]
    c = chosen["config"]
    letters = load_letters(TUNING)
    scores = oof_scores(letters, codes, c["kind"], c["C"], c["window"], c["k"])
    th = thresholds(scores, letters, codes, chosen["bar"])
    model = fit_model(c["kind"], c["C"], c["window"], c["k"], codes,
                      [letter.text for letter in letters], [letter.gold for letter in letters])
    export(model, th, chosen["addition_precision"], MODEL)
    runtime = LearntMethods.load(MODEL)
    held = load_letters(HELD_OUT)
    raw = run_rules(REF, CACHE / "r17_heldout.json", HELD_OUT)["letters"]
    rules = {n: {p["code"] for p in v} for n, v in raw.items()}
    spans = {n: [(p["start"], p["end"]) for p in v] for n, v in raw.items()}
    union_codes: dict[str, set[str]] = {}
    alone: dict[str, set[str]] = {}
    added: list[Addition] = []
    all_scores: dict[str, dict[str, list[float | list[int]]]] = {}
    for letter in held:
        props = runtime.propose(letter.text, rules[letter.name], spans[letter.name])
        union_codes[letter.name] = rules[letter.name] | {p.code for p in props}
        sc = letter_scores(runtime, letter.text)
        alone[letter.name] = learnt_codes(sc, th)
        all_scores[letter.name] = {k: [round(v[0], 4), list(v[1])] for k, v in sc.items()}
        added += [{"letter": letter.name, "code": p.code, "right": p.code in letter.gold,
                   "score": round(sc[p.code][0], 3), "span": p.text} for p in props]
    report: HeldOutReport = {
        "config": c, "bar": chosen["bar"], "codes_with_threshold": sorted(th),
        "rules17": tally(held, rules), "rules17_plus_learnt": tally(held, union_codes),
        "learnt_alone": tally(held, alone), "added": added,
        "missed_by_both": sorted((letter.name, code) for letter in held
                                 for code in letter.gold - union_codes[letter.name]),
        "thresholds": th, "scores": all_scores,
    }
    RESULTS.mkdir(exist_ok=True)
    out.write_text(json.dumps(report, ensure_ascii=False, indent=1))
    names: tuple[Literal["rules17", "rules17_plus_learnt", "learnt_alone"], ...] = (
        "rules17", "rules17_plus_learnt", "learnt_alone")
    for name in names:
        print(f"{name:22s}", "  ".join(f"{k} {v['P']:.2f}/{v['R']:.2f} "
                                       f"(+{v['hits']} -{v['false_alarms']} m{v['misses']})"
                                       for k, v in report[name].items()))
    for a in added:
        print("RIGHT" if a["right"] else "WRONG", a["letter"], a["code"], a["score"],
              repr(a["span"][:160]))


# ================================================================ stage: timing

def stage_timing() -> None:
    model = LearntMethods.load(MODEL)
    letters = load_letters(TUNING)
    run: RulesRun = json.loads((CACHE / "r17_tuning.json").read_text(encoding="utf-8"))
    raw = run["letters"]
    t_load = time.perf_counter()
    LearntMethods.load(MODEL)
    t_load = time.perf_counter() - t_load
    per_2000 = []
    for letter in letters:
        codes = {p["code"] for p in raw[letter.name]}
        spans = [(p["start"], p["end"]) for p in raw[letter.name]]
        t = time.perf_counter()
        model.propose(letter.text, codes, spans)
        per_2000.append((time.perf_counter() - t) * 1000 * 2000 / max(len(letter.text), 1))
    size = sum(f.stat().st_size for f in MODEL.iterdir())
    print(f"load {t_load * 1000:.0f} ms once; median {statistics.median(per_2000):.2f} ms per "
          f"2,000 characters (p90 {sorted(per_2000)[int(0.9 * len(per_2000))]:.2f}); "
          f"vocabulary {len(model.vocab)} n-grams x {len(model.codes)} codes; "
          f"files {size / 1e6:.1f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stage", choices=("rules", "cv", "final", "timing"))
    ap.add_argument("--again", action="store_true")
    a = ap.parse_args()
    stages: dict[str, Callable[[], None]] = {
        "rules": stage_rules, "cv": stage_cv, "timing": stage_timing,
        "final": lambda: stage_final(a.again)}
    stages[a.stage]()
