"""Finding vocabulary terms by code or by label in any of the three languages."""

from __future__ import annotations

from dataclasses import dataclass, field

from kuager.lib.fold import skeleton, words
from kuager.vocab.models import Term


def label_key(text: str) -> tuple[str, ...]:
    return tuple(skeleton(w) for w in words(text))


@dataclass
class TermLookup:
    """Terms of one vocabulary keyed by code and by folded label; retired terms still resolve
    for old data but are flagged so new records can refuse them."""

    vocabulary: str
    by_code: dict[str, Term] = field(default_factory=dict)
    by_label: dict[tuple[str, ...], list[Term]] = field(default_factory=dict)

    @classmethod
    def load(cls, vocabulary: str) -> TermLookup:
        found = cls(vocabulary)
        for term in Term.objects.of(vocabulary).select_related("vocabulary"):
            found.by_code[term.code] = term
            for label in {term.label_en, term.label_ru, term.label_kk}:
                found.by_label.setdefault(label_key(label), []).append(term)
        return found

    def find(self, text: str) -> Term | None:
        value = text.strip()
        if value.isdigit():
            return self.by_code.get(value.ljust(12, "0"))
        candidates = [t for t in self.by_label.get(label_key(value), []) if t.retired_at is None]
        return candidates[0] if len(candidates) == 1 else None
