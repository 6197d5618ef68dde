"""How far two people agree when they code the same letters.

    python scripts/coding_agreement.py FIRST_DIR SECOND_DIR [--disagreements]

FIRST_DIR holds NAME.json codings (and the letters beside them); SECOND_DIR holds another
person's NAME.json for some of the same letters, made without seeing the first. Prints, per
field and language, the second person's precision and recall against the first (swap the
folders and the two figures swap; their harmonic mean is the same either way). This is the
ceiling for any program scored against one person's coding: where two careful people agree
at 0.80, no set of rules can be expected to reach 0.85 against either of them on letters
neither rule-writer nor annotator has seen.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from kuager.coding.evaluation import FIELDS, Tally, load_one


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--disagreements", action="store_true")
    args = parser.parse_args()
    tallies: dict[tuple[str, str], Tally] = {}
    rows = []
    for path in sorted(args.second.glob("*.json")):
        first_path = args.first / path.name
        if not first_path.exists():
            continue
        first = load_one(first_path)
        raw = json.loads(path.read_text(encoding="utf-8"))
        for name in FIELDS:
            if name not in first.gold or name not in raw:
                continue
            value = raw[name]
            second = ({"urgent"} if value else set()) if name == "urgent" else set(value)
            for language in (first.language, "all"):
                tallies.setdefault((name, language), Tally()).add(second, first.gold[name])
            if second != first.gold[name]:
                rows.append(f"{path.stem}: {name} first only {sorted(first.gold[name] - second)}"
                            f" second only {sorted(second - first.gold[name])}")
    print(f"{'field':13} {'lang':4} {'P':>5} {'R':>5} {'F1':>5} {'both':>5} {'2nd':>5} "
          f"{'1st':>5} letters")
    for (name, language), t in sorted(tallies.items(), key=lambda kv: (
            FIELDS.index(kv[0][0]), kv[0][1] == "all", kv[0][1])):
        p, r = t.precision or 0.0, t.recall or 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:13} {language:4} {p:5.2f} {r:5.2f} {f1:5.2f} {t.hits:5} "
              f"{t.false_alarms:5} {t.misses:5} {t.letters}")
    if args.disagreements:
        print("\n".join(rows))


if __name__ == "__main__":
    main()
