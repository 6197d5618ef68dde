"""Fit the sentence model behind the rules (kuager.coding.learnt) and measure it honestly.

A per-code multi-instance classifier over character n-gram TF-IDF: instances are a letter's
sentences (and, with window 2, pairs of neighbouring sentences), a letter's score for a code is
its best instance's probability, and that instance is the span shown. Its scores withdraw a
rule's method when every sentence it came from scores under the code's lower threshold, and add
a method the rules missed when the best sentence reaches the upper threshold.

History: a first version (2026-12-02, against rules-17, only additions, letters 1..262) gained
4 points of recall for 0.6 of precision on 263..282 and was not shipped; this one (2026-12-03,
rules-24, letters 1..402) also withdraws, and ships as learnt-1; learnt-2 (2026-12-03, letters
1..442, 403..442 judged against rules-24) adds the kin gate and weights 1.0 / 1.0, and row 5
(general codes learnt from their specific ones) was tried and not shipped; learnt-3
(2026-12-03, letters 1..482, 443..482 judged against rules-25) adds the refusal gate (food,
sleep, care or medicine withheld is added only from words that say something was not given;
`joint --no-refusal-gate` measures without it) (docs/benchmarks.md).
Stages write under $KUAGER_EXPERIMENT_DIR
(default /tmp/learnt) except `export`, which writes kuager/coding/learnt_model/:

    export KUAGER_DATA_DIR=<a migrated data dir>
    PY=".venv/bin/python scripts/learnt_methods_experiment.py"
    $PY rules          # the rules now, and per batch the rules version run once on it before
                       # anyone corrected rules on it (HONEST_RULES, from `git archive` of
                       # this repository's history into old/), on the tuning letters
    $PY oof --only N   # out-of-fold scores of GRID[N] over FOLDS (a writers' batch is never
                       # split); rows can run in parallel, one per core (~15-30 min each)
    $PY joint          # for every row computed: thresholds chosen on the other folds'
                       # honest rules (nested), P/R per language for a grid of weights
    $PY export --only N --drop W --add W  # fit GRID[N] on every tuning letter, choose the
                       # thresholds on every honest letter, write the shipped model
    $PY timing         # the shipped model's cost per letter

Protocol. Every choice (variant, C, window, weights) is made on the tuning letters only, and
judged against the honest rules: for each batch from 163 on, the rules version that was run
once on it before being corrected on it, whose errors there are errors on unseen letters. The
held-out letters are then read once, by `kuager code-letter --evaluate`, with the exported
model. scikit-learn fits; run time needs numpy only.
"""

from __future__ import annotations

import argparse
import importlib
import json
import math
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypedDict

import numpy as np
import numpy.typing as npt

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kuager.coding.learnt import (
    MODEL_DIR,
    SentenceModel,
    analyse,
    best_window,
    covered_by_specific,
    span_score,
    weigh,
    windows,
    withdrawable,
)

# Where the stages write their caches and results.
HERE = Path(os.environ.get("KUAGER_EXPERIMENT_DIR", Path(tempfile.gettempdir()) / "learnt"))
CACHE, OLD = HERE / "cache", HERE / "old"
REF = Path(__file__).resolve().parent.parent
EVALSET = REF / "kuager" / "coding" / "evalset"
TUNING = EVALSET / "tuning"
PYTHON = sys.executable
ENV = {"KUAGER_DATA_DIR": os.environ.get("KUAGER_DATA_DIR", str(REF / "data")),
       "DJANGO_SETTINGS_MODULE": "kuager.settings"}
# Folds by number range: a writers' batch is never split.
FOLDS = ((1, 52), (53, 102), (103, 162), (163, 222), (223, 262), (263, 302), (303, 342),
         (343, 382), (383, 402), (403, 442), (443, 482), (483, 522), (523, 562))
# The rules version run once on each batch before rules were corrected on it (git history).
HONEST_RULES = {(163, 182): ("r11", "bbe5a96"), (183, 202): ("r12", "881ed9b"),
                (203, 222): ("r13", "7b100a8"), (223, 242): ("r15", "f7daa5f"),
                (243, 262): ("r16", "6101253"), (263, 282): ("r17", "de02f30^"),
                (283, 302): ("r18", "7ed2e3c^"), (303, 322): ("r19", "57ee7bb^"),
                (323, 342): ("r20", "a5e9a0d^"), (343, 362): ("r21", "a199033^"),
                (363, 382): ("r22", "9184d64^"), (383, 402): ("r23", "b20326f^"),
                (403, 442): ("r24", "8013b2c"), (443, 482): ("r25", "e36c97c"),
                (483, 522): ("r26", "f002285"), (523, 562): ("r27", "0f00dea")}
MIN_LETTERS = 25   # a code needs this many tuning letters to get a model
MIN_TAKEN = 3      # a threshold must withdraw or add at least this many right
# Grid: (C, window, witnesses k, stem pairs, family). Window 1 = sentences, 2 = also sentence
# pairs. Family: a general code's model (beating, asphyxiation, forced postures…) learns from
# letters coded with it or with any more specific code of its own (a kick is a beating too).
GRID = ((10.0, 2, 1, False, False), (10.0, 1, 1, False, False), (3.0, 2, 1, False, False),
        (10.0, 1, 1, True, False), (10.0, 2, 1, True, False), (10.0, 2, 1, True, True))
ROUNDS = 2
# Weights of a wrong decision against a right one, for withdrawing and for adding.
DROP_WEIGHTS = (1.0, 1.5, 2.0)
ADD_WEIGHTS = (0.5, 0.75, 1.0, 1.5)
VERSION = "learnt-3"

FloatArray = npt.NDArray[np.float64]
Span = tuple[int, int]
# Per code: a letter's score and the window shown.
LetterScores = dict[str, tuple[float, Span]]
# A letter's windows: probability per window and code, and the windows.
WindowScores = tuple[npt.NDArray[np.float32], list[Span]]


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


def modelled_codes(letters: Sequence[Letter]) -> list[str]:
    counts = Counter(c for letter in letters for c in letter.gold)
    return sorted(c for c, n in counts.items() if n >= MIN_LETTERS)


# ================================================================ fitting (scikit-learn)

class Featuriser:
    vocab: dict[str, int]
    idf: FloatArray

    def __init__(self, min_df: int = 2, stem_pairs: bool = False) -> None:
        self.min_df, self.stem_pairs = min_df, stem_pairs

    def fit(self, docs: Sequence[str]) -> Featuriser:
        df: Counter[str] = Counter()
        for d in docs:
            df.update(set(analyse(d, stem_pairs=self.stem_pairs)))
        vocab = sorted(g for g, c in df.items() if c >= self.min_df)
        self.vocab = {g: i for i, g in enumerate(vocab)}
        n = len(docs)
        self.idf = np.array([math.log((1 + n) / (1 + df[g])) + 1 for g in vocab])
        return self

    def transform(self, docs: Sequence[str]) -> Any:  # scipy.sparse.csr_matrix (untyped)
        from scipy.sparse import csr_matrix
        indptr, indices, data = [0], [], []
        for d in docs:
            idx, v = _vector(self.vocab, self.idf, d, self.stem_pairs)
            indices.extend(idx.tolist())
            data.extend(v.tolist())
            indptr.append(len(indices))
        return csr_matrix((data, indices, indptr), shape=(len(docs), len(self.vocab)))


def _lr(C: float) -> Any:
    # scikit-learn ships no type hints: imported by name, its objects are Any.
    LogisticRegression = importlib.import_module("sklearn.linear_model").LogisticRegression
    # liblinear's dual solver visits examples in a random order: seeded, a refit gives the
    # same weights (learnt-1 was fitted before the seed was set).
    return LogisticRegression(C=C, solver="liblinear", dual=True, class_weight="balanced",
                              max_iter=2000, random_state=0)


def _vector(vocab: dict[str, int], idf: FloatArray, text: str, stem_pairs: bool
            ) -> tuple[Any, FloatArray]:
    """Sparse TF-IDF row, weighed as the run-time model weighs a window."""
    return weigh([i for i in map(vocab.get, analyse(text, stem_pairs=stem_pairs))
                  if i is not None], idf)


def fit_model(C: float, win: int, k: int, pairs: bool, family: bool, codes: Sequence[str],
              texts: Sequence[str], golds: Sequence[AbstractSet[str]]) -> SentenceModel:
    """Instances are windows; the positives are the top-k windows of each letter coded with
    the code (chosen first by a letter-level model's weights, then ROUNDS times by the instance
    model itself); every window of a letter not coded with it is a negative (MI-SVM style)."""
    from scipy.sparse import vstack
    f = Featuriser(stem_pairs=pairs).fit(texts)
    Xl = f.transform(texts)
    W = np.zeros((Xl.shape[1], len(codes)))
    b = np.zeros(len(codes))
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
        y = np.array([c in g or (family and covered_by_specific(c, g)) for g in golds])
        m = _lr(C).fit(Xl, y)
        s = Xi @ m.coef_[0]
        neg = np.concatenate([groups[i] for i in np.flatnonzero(~y)])
        for _ in range(ROUNDS + 1):
            pos = np.concatenate([groups[i][np.argsort(-s[groups[i]])[:k]]
                                  for i in np.flatnonzero(y)])
            m = _lr(C).fit(vstack([Xi[pos], Xi[neg]]),
                           np.r_[np.ones(len(pos)), np.zeros(len(neg))])
            s = Xi @ m.coef_[0] + m.intercept_[0]
        W[:, j], b[j] = m.coef_[0], m.intercept_[0]
    return SentenceModel(f.vocab, f.idf, W, b, list(codes), win, version=VERSION,
                         stem_pairs=pairs)


def letter_scores(P: FloatArray, spans: list[Span], codes: Sequence[str], text: str
                  ) -> LetterScores:
    """Per code: the letter's score (its best window's that the code may be added from, 0
    when none) and that window."""
    found: LetterScores = {}
    for j, c in enumerate(codes):
        row = best_window(P, spans, j, c, text)
        found[c] = (0.0, (0, 0)) if row is None else (float(P[row, j]), spans[row])
    return found


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


def gain_threshold(pairs: Sequence[tuple[float, bool]], weight: float, min_right: int,
                   above: bool) -> float | None:
    """The threshold that maximises right - weight * wrong among the items taken: those at or
    above it (above=True, for additions) or those below it (above=False, for what a filter
    drops, where right and wrong swap roles). None when nothing is worth taking."""
    pairs = sorted(pairs, reverse=above)
    best, gain, good, bad = None, 0.0, 0, 0
    for n, (p, ok) in enumerate(pairs):
        good += ok if above else not ok
        bad += (not ok) if above else ok
        nxt = pairs[n + 1][0] if n + 1 < len(pairs) else (0.0 if above else 1.0)
        if nxt != p and good >= min_right and good - weight * bad > gain:
            best, gain = (p + nxt) / 2, good - weight * bad
    return best


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
    CACHE.mkdir(parents=True, exist_ok=True)
    OLD.mkdir(exist_ok=True)
    run_rules(REF, CACHE / "now_tuning.json", TUNING)
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


# ================================================================ stage: oof

def config_key(C: float, win: int, k: int, pairs: bool, family: bool) -> str:
    return f"mil_C{C}_k{k}_rounds{ROUNDS}_win{win}" + ("_pairs" if pairs else "") + (
        "_family" if family else "")


def stage_oof(row: int) -> None:
    """Out-of-fold window probabilities of GRID[row] for every tuning letter."""
    letters = load_letters(TUNING)
    codes = modelled_codes(letters)
    C, win, k, pairs, family = GRID[row]
    path = CACHE / f"oofwin_{config_key(*GRID[row])}.pkl"
    if path.exists():
        return
    out: dict[str, WindowScores] = {}
    t0 = time.time()
    for f in range(len(FOLDS)):
        tr = [letter for letter in letters if fold_of(letter.num) != f]
        m = fit_model(C, win, k, pairs, family, codes, [letter.text for letter in tr],
                      [letter.gold for letter in tr])
        for letter in letters:
            if fold_of(letter.num) == f:
                P, spans = m.scores(letter.text)
                out[letter.name] = (P.astype(np.float32), spans)
    print(config_key(*GRID[row]), f"{time.time() - t0:.0f} s", file=sys.stderr)
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(out))


# ================================================================ stage: joint

def rule_probs(letters: Sequence[Letter], codes: Sequence[str],
               raw: Mapping[str, list[RuleProposal]], win: Mapping[str, WindowScores]
               ) -> dict[str, dict[str, float]]:
    """Per letter and proposed code with a model, the learnt probability of its sentence(s)."""
    col = {c: j for j, c in enumerate(codes)}
    out: dict[str, dict[str, float]] = {}
    for letter in letters:
        by_code: defaultdict[str, list[Span]] = defaultdict(list)
        for p in raw[letter.name]:
            by_code[p["code"]].append((p["start"], p["end"]))
        P, wins = win[letter.name]
        out[letter.name] = {c: span_score(P, wins, col[c], sp)
                            for c, sp in by_code.items() if c in col}
    return out


@dataclass
class Honest:
    letters: list[Letter]             # the tuning letters an honest rules version ran on
    codes: dict[str, set[str]]        # its methods per letter
    probs: dict[str, dict[str, float]]  # per letter, its methods' sentence probabilities
    scores: dict[str, LetterScores]   # per letter, every modelled code's best window


def honest(row: int, letters: Sequence[Letter], codes: Sequence[str]) -> Honest:
    win = pickle.loads((CACHE / f"oofwin_{config_key(*GRID[row])}.pkl").read_bytes())  # noqa: S301
    h = Honest([], {}, {}, {})
    for (a, b), (tag, _) in HONEST_RULES.items():
        raw = json.loads((CACHE / f"{tag}_tuning.json").read_text(encoding="utf-8"))["letters"]
        batch = [letter for letter in letters if a <= letter.num <= b]
        h.letters += batch
        h.probs |= rule_probs(batch, codes, raw, win)
        h.codes |= {letter.name: {p["code"] for p in raw[letter.name]} for letter in batch}
    h.scores = {letter.name: letter_scores(win[letter.name][0], win[letter.name][1], codes,
                                           letter.text)
                for letter in h.letters}
    return h


def choose(h: Honest, train: Sequence[Letter], codes: Sequence[str], w_drop: float,
           w_add: float) -> tuple[dict[str, float], dict[str, float]]:
    """Per code, the lower (withdraw) and upper (add) thresholds on these letters."""
    low: dict[str, float] = {}
    high: dict[str, float] = {}
    for c in codes:
        t = gain_threshold([(h.probs[x.name][c], c in x.gold) for x in train
                            if c in h.probs[x.name]], w_drop, MIN_TAKEN, above=False)
        if t is not None and withdrawable(c, codes):
            low[c] = t
        t = gain_threshold([(h.scores[x.name][c][0], c in x.gold) for x in train
                            if c not in h.codes[x.name]], w_add, MIN_TAKEN, above=True)
        if t is not None:
            high[c] = t
    return low, high


def apply(h: Honest, letter: Letter, low: Mapping[str, float], high: Mapping[str, float]
          ) -> tuple[set[str], set[str], set[str]]:
    """The honest rules' codes after the model, and what it withdrew and added."""
    probs, rules = h.probs[letter.name], h.codes[letter.name]
    drop = {c for c, p in probs.items() if p < low.get(c, 0.0)}
    add = {c for c, t in high.items() if c not in rules and h.scores[letter.name][c][0] >= t}
    final, added = union(rules - drop, add)
    return final, drop, added


def choose_by_language(h: Honest, train: Sequence[Letter], codes: Sequence[str],
                       w_drop: float, w_add: float
                       ) -> dict[str, tuple[dict[str, float], dict[str, float]]]:
    """Thresholds per language, each chosen on that language's letters alone, falling back to
    the pooled one where a language's letters choose none."""
    low, high = choose(h, train, codes, w_drop, w_add)
    found = {}
    for lang in ("kk", "ru", "en"):
        lo, hi = choose(h, [x for x in train if x.lang == lang], codes, w_drop, w_add)
        found[lang] = ({**low, **lo}, {**high, **hi})
    return found


def stage_joint(per_language: bool = False) -> None:
    letters = load_letters(TUNING)
    codes = modelled_codes(letters)
    for row in range(len(GRID)):
        if not (CACHE / f"oofwin_{config_key(*GRID[row])}.pkl").exists():
            continue
        h = honest(row, letters, codes)
        folds = sorted({fold_of(letter.num) for letter in h.letters})
        print(config_key(*GRID[row]), "honest rules", fmt(tally(h.letters, h.codes)))
        for w_drop in DROP_WEIGHTS:
            for w_add in ADD_WEIGHTS:
                out: dict[str, set[str]] = {}
                n_drop, n_add = [0, 0], [0, 0]
                for f in folds:
                    train = [x for x in h.letters if fold_of(x.num) != f]
                    by_lang = choose_by_language(h, train, codes, w_drop, w_add) \
                        if per_language else None
                    low, high = choose(h, train, codes, w_drop, w_add)
                    for letter in h.letters:
                        if fold_of(letter.num) == f:
                            if by_lang is not None:
                                low, high = by_lang[letter.lang]
                            out[letter.name], drop, added = apply(h, letter, low, high)
                            n_drop[0] += len(drop & letter.gold)
                            n_drop[1] += len(drop - letter.gold)
                            n_add[0] += len(added & letter.gold)
                            n_add[1] += len(added - letter.gold)
                print(f"  withdraw w {w_drop} add w {w_add}: withdrew {n_drop[0]} right "
                      f"{n_drop[1]} wrong, added {n_add[0]} right {n_add[1]} wrong -> "
                      f"{fmt(tally(h.letters, out))}")


def fmt(t: Mapping[str, Tally]) -> str:
    return "  ".join(f"{k} {v['P']:.3f}/{v['R']:.3f}" for k, v in t.items())


# ================================================================ stage: export

def stage_export(row: int, w_drop: float, w_add: float) -> None:
    """Fit GRID[row] on every tuning letter; thresholds from every honest letter's
    out-of-fold scores; write the model Kuager ships."""
    letters = load_letters(TUNING)
    codes = modelled_codes(letters)
    C, win, k, pairs, family = GRID[row]
    h = honest(row, letters, codes)
    low, high = choose(h, h.letters, codes, w_drop, w_add)
    model = fit_model(C, win, k, pairs, family, codes, [letter.text for letter in letters],
                      [letter.gold for letter in letters])
    MODEL_DIR.mkdir(exist_ok=True)
    # Half precision: a weight's error is under 1e-3 of itself, far below what moves a
    # probability across a threshold, and the package carries half the bytes.
    W = model.W.astype(np.float16)
    np.savez_compressed(MODEL_DIR / "weights.npz", idf=model.idf.astype(np.float32), W=W,
                        b=model.b)
    inv = sorted(model.vocab, key=model.vocab.__getitem__)
    (MODEL_DIR / "meta.json").write_text(json.dumps({
        "version": VERSION, "codes": model.codes, "window": win, "stem_pairs": pairs,
        "low": low, "high": high,
        "vocabulary": inv, "fitted": {"letters": len(letters), "C": C, "k": k, "family": family,
                                      "rounds": ROUNDS, "withdraw_weight": w_drop,
                                      "add_weight": w_add},
    }, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(codes)} codes, {len(low)} with a lower threshold, {len(high)} with an upper "
          f"one, vocabulary {len(inv)}")


# ================================================================ stage: timing

def stage_timing() -> None:
    from kuager.coding.learnt import read
    t = time.perf_counter()
    model = SentenceModel.load()
    t_load = time.perf_counter() - t
    per_2000 = []
    for letter in load_letters(TUNING):
        t = time.perf_counter()
        read(model, letter.text, [], [])
        per_2000.append((time.perf_counter() - t) * 1000 * 2000 / max(len(letter.text), 1))
    size = sum(f.stat().st_size for f in MODEL_DIR.iterdir())
    print(f"load {t_load * 1000:.0f} ms once; median {statistics.median(per_2000):.2f} ms per "
          f"2,000 characters (p90 {sorted(per_2000)[int(0.9 * len(per_2000))]:.2f}); "
          f"vocabulary {len(model.vocab)} n-grams x {len(model.codes)} codes; "
          f"files {size / 1e6:.1f} MB")


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("stage", choices=("rules", "oof", "joint", "export", "timing"))
    ap.add_argument("--only", type=int, default=0, help="oof, export: the GRID row")
    ap.add_argument("--drop", type=float, default=1.0, help="export: the withdraw weight")
    ap.add_argument("--add", type=float, default=0.5, help="export: the add weight")
    ap.add_argument("--per-language", action="store_true",
                    help="joint: thresholds chosen per language")
    ap.add_argument("--no-kin-gate", action="store_true",
                    help="joint: let a window that names no kin add a threat to the family")
    ap.add_argument("--no-refusal-gate", action="store_true",
                    help="joint: let a window that says nothing is refused add food, sleep, "
                         "care or medicine withheld")
    a = ap.parse_args()
    if a.no_kin_gate:
        import kuager.coding.learnt as learnt
        learnt._KIN_CODES = frozenset()
    if a.no_refusal_gate:
        import kuager.coding.learnt as learnt
        learnt._REFUSED_CODES = frozenset()
    stages: dict[str, Callable[[], None]] = {
        "rules": stage_rules, "oof": lambda: stage_oof(a.only),
        "joint": lambda: stage_joint(a.per_language),
        "export": lambda: stage_export(a.only, a.drop, a.add), "timing": stage_timing}
    stages[a.stage]()
