"""A second reader for methods: per-code sentence classifiers that check the rules' methods and
add the ones the rules miss.

The rules read a letter word by word and explain every proposal, but on letters nobody tuned
them on they miss acts told in ordinary words (a window left open in winter, a door banged all
night) and propose some acts that a sentence's sense denies. A classifier per HURIDOCS method
code, fitted on the team's coded letters (`scripts/learnt_methods_experiment.py`), scores every
sentence of the letter and every pair of neighbouring sentences. Its scores are used twice:

- a method the rules proposed is withdrawn when every sentence it was found in scores under the
  code's lower threshold (never a threat, nor a general code such as "beating" beside specific
  ones);
- a method the rules did not propose is added, pointing at the best-scoring sentence or pair
  of sentences, when that window scores at or over the code's upper threshold, unless the rules
  set the same or a related act aside there (denied, asked about, feared, an idiom, a threat to
  do it, "this will teach you"), or kept a threat there, or a more specific code is proposed;
  a threat against the family only from a window that names someone of the family.

Both thresholds were chosen per code on letters the rules had not been corrected on, by cross
validation over writers' batches (docs/benchmarks.md). Written here because no packaged model
reads Kazakh, Russian and English prison letters: the features are character 3- to 5-grams
inside words, after folding case, Kazakh letters that scans lose, Latin look-alikes and OCR
zeros, and pairs of neighbouring words' first five letters, so one small linear model serves
three languages. Only numpy is needed at run time; the
weights ship in `learnt_model/` inside the package and nothing is downloaded.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from kuager.coding.lexicon import FAMILY

MODEL_DIR = Path(__file__).resolve().parent / "learnt_model"

# Threats are never withdrawn: the model reads a sentence's words, not who said them or what
# was promised, and threats to kill make a letter urgent. Sexual threats are threats too.
NEVER_WITHDRAWN = frozenset({"032201000000", "032202000000", "032301000000", "032302000000",
                             "030602000000"})

FloatArray = npt.NDArray[np.float64]
Span = tuple[int, int]  # (start, end) character offsets in a letter's text

# Sentence ends: . ! ? … before a space, a blank line, or a new line opening a numbered or
# bulleted item. Pieces shorter than MIN_CHARS join the next.
_END = re.compile(r"[.!?…]+[\"»”')\]]*(?=\s)|\n\s*\n|\n(?=\s*(?:\d+[.)]|[-–—•*])\s)")
MIN_CHARS = 25
_WORD = re.compile(r"[^\W\d_]+")
_LATIN_LOOKALIKE = str.maketrans("aceopxykmthb", "асеорхукмтнв")
_CYR = re.compile("[а-яё]")
_KAZ_PLAIN = str.maketrans("әғқңөұүһіё", "агкноуухие")


def sentences(text: str) -> list[Span]:
    """The letter's sentences as (start, end), never empty for a non-empty text."""
    spans, start = [], 0
    for m in _END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    out: list[Span] = []
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


def windows(text: str, size: int) -> list[Span]:
    """Sentences, and with size 2 also each pair of neighbouring sentences after them."""
    sents = sentences(text)
    return sents + ([(a[0], b[1]) for a, b in pairwise(sents)] if size >= 2 else [])


def _normalise_word(w: str) -> str:
    w = w.lower()
    if _CYR.search(w) or _CYR.search(w.translate(_KAZ_PLAIN)):
        w = w.translate(_LATIN_LOOKALIKE)
    return w.translate(_KAZ_PLAIN)


def analyse(text: str, lo: int = 3, hi: int = 5, stem_pairs: bool = False) -> list[str]:
    """Character 3- to 5-grams inside words padded with a space, after folding case, Kazakh
    letters (scans lose them) and Latin look-alikes inside Cyrillic words; a '0' in Cyrillic
    text is read as 'о'. One analyser for the three languages. With stem_pairs, also each two
    neighbouring words' first five letters ("не_били", "did_not", "not_beat"), which carry
    what n-grams inside words cannot: a denial, or "threatened to"."""
    grams: list[str] = []
    if _CYR.search(text.lower()):
        text = text.replace("0", "о")
    words = [_normalise_word(w) for w in _WORD.findall(text)]
    for w in words:
        w = " " + w + " "
        n_w = len(w)
        for n in range(lo, hi + 1):
            if n > n_w:
                break
            grams.extend(w[i:i + n] for i in range(n_w - n + 1))
    if stem_pairs:
        grams.extend(_stem_pairs(words))
    return grams


def _stem_pairs(words: list[str]) -> list[str]:
    return [f"{a[:5]}_{b[:5]}" for a, b in pairwise(words)]


def weigh(found: list[int], idf: FloatArray) -> tuple[npt.NDArray[np.int64], FloatArray]:
    """A window's n-gram indices as TF-IDF (sublinear counts times idf, unit length): the
    distinct indices and their values. Fitting and reading both weigh through here."""
    idx, counts = np.unique(np.asarray(found, dtype=np.int64), return_counts=True)
    t = (1 + np.log(counts)) * idf[idx]
    norm = np.linalg.norm(t)
    return idx, (t / norm if norm > 0 else t)


def span_score(P: npt.NDArray[np.floating], windows: list[Span], j: int,
               found: list[Span]) -> float:
    """Code j's best probability over the windows that hold any of these spans; 1.0 (never
    withdrawn) for a span that no window holds."""
    return max((float(P[row, j]) for s, e in found
                for row, (ws, we) in enumerate(windows) if ws <= s and e <= we), default=1.0)


def prefix(code: str) -> str:
    """A HURIDOCS code without its trailing zero pairs: 030100000000 -> 0301."""
    while code.endswith("00") and len(code) > 2:
        code = code[:-2]
    return code


_THREATS = ("0322", "0323")


def related(a: str, b: str) -> bool:
    """The same act, or one the other's more general or more specific code; and any two
    threats, whose kinds (against him or his family, to kill or not) the rules tell apart by
    who is named and what is promised, which the model does not read."""
    pa, pb = prefix(a), prefix(b)
    return pa.startswith(pb) or pb.startswith(pa) or (
        a.startswith(_THREATS) and b.startswith(_THREATS))


# A threat against his family names someone of it. The model reads the words of a threat, not
# whom it names, so a window that names no kin adds no threat against the family.
_KIN_CODES = frozenset({"032202000000", "032302000000"})


# Food, sleep, care or medicine kept from him is something not given: a window that says
# nothing is refused or missing ("The doctor looked at the ear and gave drops") adds none.
_REFUSED_CODES = frozenset({"031501000000", "031502000000", "031503000000", "031504000000"})
_NOT = frozenset({"не", "нет", "без", "ни", "никто", "ничего", "никого", "жоқ", "емес",
                  "not", "no", "without", "never", "nobody", "nothing", "didn", "don", "doesn",
                  "wasn", "weren", "won", "wouldn", "isn", "aren", "haven", "hasn", "hadn",
                  "couldn", "cannot"})
_REFUSING = ("отказ", "лиш", "отобр", "забра", "изъя", "refus", "deni", "withh",
             "took", "taken", "confiscat", "deprived", "ждал", "waited",
             "тартып", "алып")
# A Kazakh verb denied by its -ма/-ме suffix: «бермеді», «апармады», «ұйықтатпады»,
# «берілмеген», «бермей»
_KAZAKH_DENIED = re.compile(r"(?:ма|ме|ба|бе|па|пе)(?:ды|ді|й|йды|йді|ған|ген|ғанда|генде|с|"
                            r"йтын|йтін|ймын|ймін|йсың|йсің|ймыз|йміз|ңыз|ңіз|сын|сін|у)$")


def may_add(code: str, window: str) -> bool:
    """Whether the model may add `code` from this window of text."""
    if code in _KIN_CODES:
        return any(w.startswith(FAMILY) for w in _WORD.findall(window.lower()))
    if code in _REFUSED_CODES:
        return any(w in _NOT or w.startswith(_REFUSING) or _KAZAKH_DENIED.search(w)
                   for w in _WORD.findall(window.lower()))
    return True


def best_window(P: FloatArray, spans: list[Span], j: int, code: str, text: str) -> int | None:
    """The row of the window that scores highest for the code among those it may be added
    from, or None when there is none."""
    if code not in _KIN_CODES and code not in _REFUSED_CODES:
        return int(P[:, j].argmax())
    order = np.argsort(-P[:, j], kind="stable")
    return next((int(r) for r in order if may_add(code, text[spans[r][0]:spans[r][1]])), None)


def withdrawable(code: str, codes: Iterable[str]) -> bool:
    """Threats are never withdrawn, nor a general code with more specific ones beside it:
    its model learnt from letters that code only the specific act, so it doubts a plain
    "they beat me" that the guide codes as the general one. (A model that learnt the general
    code from its specific ones too still withdrew a plain "The guards beat me in the cell
    last night"; docs/benchmarks.md, learnt-2.)"""
    return code not in NEVER_WITHDRAWN and not covered_by_specific(code, codes)


def covered_by_specific(code: str, codes: Iterable[str]) -> bool:
    """The guide codes the most specific code, not its parent as well."""
    p = prefix(code)
    return any(c != code and c.startswith(p) for c in codes)


class SentenceModel:
    """Vocabulary, idf, one weight column and intercept per code, and per code a lower
    threshold (to withdraw a rule's proposal) and an upper one (to add a proposal)."""

    def __init__(self, vocab: dict[str, int], idf: FloatArray, W: FloatArray, b: FloatArray,
                 codes: list[str], window: int, low: dict[str, float] | None = None,
                 high: dict[str, float] | None = None, version: str = "learnt",
                 stem_pairs: bool = False) -> None:
        self.vocab, self.idf, self.W, self.b = vocab, idf, W, b
        self.stem_pairs = stem_pairs
        self.codes, self.window, self.version = codes, window, version
        self.low, self.high = low or {}, high or {}
        self.column = {c: j for j, c in enumerate(codes)}
        self._word_cache: dict[str, list[int]] = {}

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> SentenceModel:
        meta = json.loads((directory / "meta.json").read_text(encoding="utf-8"))
        with np.load(directory / "weights.npz") as z:
            idf, W, b = (z["idf"].astype(np.float64), z["W"].astype(np.float64),
                         z["b"].astype(np.float64))
        vocab = {g: i for i, g in enumerate(meta["vocabulary"])}
        return cls(vocab, idf, W, b, meta["codes"], meta["window"], meta["low"], meta["high"],
                   meta["version"], meta.get("stem_pairs", False))

    def _grams(self, text: str) -> tuple[list[int], bool]:
        """Vocabulary indices of `analyse(text)`, with a per-word cache (words repeat); and
        whether the text is Cyrillic (which decides how a '0' is read)."""
        cyrillic = bool(_CYR.search(text.lower()))
        if cyrillic:
            text = text.replace("0", "о")
        found: list[int] = []
        words = _WORD.findall(text)
        for w in words:
            g = self._word_cache.get(w)
            if g is None:
                g = [i for i in map(self.vocab.get, analyse(w)) if i is not None]
                if len(self._word_cache) < 200_000:
                    self._word_cache[w] = g
            found.extend(g)
        if self.stem_pairs:
            pairs = _stem_pairs([_normalise_word(w) for w in words])
            found.extend(i for i in map(self.vocab.get, pairs) if i is not None)
        return found, cyrillic

    def scores(self, text: str) -> tuple[FloatArray, list[Span]]:
        """Per window (rows: sentences, then pairs) and code, the probability; the windows.
        A pair's n-grams are its two sentences' (the same as analysing the pair's text), except
        where the seam makes a word pair or the sentences differ in script: then the pair's text
        is analysed, as in fitting. Each window is scored on its own n-grams, so memory grows
        with the letter, not with its square (a 2-million-character scan must not exhaust a
        worker)."""
        sents = sentences(text)
        grams = [self._grams(text[s:e]) for s, e in sents]
        rows = [g for g, _ in grams]
        spans = list(sents)
        if self.window >= 2:
            for k, (a, b) in enumerate(pairwise(sents)):
                spans.append((a[0], b[1]))
                if grams[k][1] != grams[k + 1][1] or self.stem_pairs:
                    rows.append(self._grams(text[a[0]:b[1]])[0])
                else:
                    rows.append(grams[k][0] + grams[k + 1][0])
        S = np.empty((len(rows), len(self.codes)))
        for r, found in enumerate(rows):
            idx, t = weigh(found, self.idf)
            S[r] = t @ self.W[idx] + self.b
        return 1 / (1 + np.exp(-S)), spans


@dataclass
class Reading:
    """What the sentence model makes of a letter's methods."""

    withdrawn: set[str]  # codes the rules proposed whose every sentence scores under `low`
    added: list[tuple[str, int, int, float]]  # (code, start, end, probability)


def read(model: SentenceModel, text: str, proposed: list[tuple[str, int, int]],
         set_aside: list[tuple[str, int, int]]) -> Reading:
    """proposed: the rules' methods (code, start, end); set_aside: acts the rules found and
    did not propose as such (denied, asked, feared, idioms, threats to do it)."""
    if not text.strip():
        return Reading(set(), [])
    P, spans = model.scores(text)
    spans_of: dict[str, list[Span]] = {}
    for code, s, e in proposed:
        spans_of.setdefault(code, []).append((s, e))

    withdrawn = {code for code, found in spans_of.items()
                 if code in model.low and withdrawable(code, model.codes)
                 and span_score(P, spans, model.column[code], found) < model.low[code]}
    # The model adds nothing where the rules set the same act aside, nor a threat where they
    # kept one (a more specific act beside their general one is added: the general one then
    # gives way, as it does to theirs).
    blocking = set_aside + [(c, s, e) for c, s, e in proposed
                            if c not in withdrawn and c.startswith(_THREATS)]
    added: list[tuple[str, int, int, float]] = []
    for code, threshold in model.high.items():
        if code in spans_of:
            continue
        j = model.column[code]
        row = best_window(P, spans, j, code, text)
        if row is None:
            continue
        p = float(P[row, j])
        if p < threshold:
            continue
        ws, we = spans[row]
        if any(related(code, c) and s < we and ws < e for c, s, e in blocking):
            continue
        added.append((code, ws, we, p))
    kept = set(spans_of) - withdrawn
    codes = kept | {a[0] for a in added}
    added = [a for a in added if not covered_by_specific(a[0], codes)]
    return Reading(withdrawn, added)


@cache
def packaged() -> SentenceModel:
    """The model shipped inside the package, loaded once per process."""
    return SentenceModel.load(MODEL_DIR)
