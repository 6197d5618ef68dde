"""Benchmark: proposals for letters of about 2,000 characters, on one core.

    .venv/bin/python bench/code_letter.py [--letters 200]

Target (issue 6): median under 100 ms per letter. Letters are synthetic demo narratives
(Russian, Kazakh, English) joined to about 2,000 characters; the gazetteer and vocabulary
labels are asked for per letter, as every caller does (Reference.load: kept between letters
while its stamp and row counts are unchanged, so a letter pays for a few small queries); the
rules and the sentence model both read each letter, as every caller in Kuager has them do.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--letters", type=int, default=200)
    args = parser.parse_args()
    os.environ.update({"KUAGER_DATA_DIR": tempfile.mkdtemp(prefix="kuager-bench-code-"),
                       "DJANGO_SETTINGS_MODULE": "kuager.settings"})
    os.environ.pop("DATABASE_URL", None)
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import django

    django.setup()
    from django.core.management import call_command

    from kuager.cases.demo_rows import generate_rows
    from kuager.coding.engine import propose

    call_command("migrate", verbosity=0)
    rows = generate_rows(args.letters * 30)
    letters = []
    for _ in range(args.letters):
        text = ""
        while len(text) < 2000:
            text += next(rows)["narrative"] + "\n"
        letters.append(text[:2000])
    propose(letters[0], learnt=True)  # warm the morphology, the gazetteer and the model
    timings = []
    for text in letters:
        started = time.perf_counter()
        propose(text, learnt=True)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(f"{len(letters)} letters of 2,000 characters: median {statistics.median(timings):.1f} "
          f"ms, p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, max {timings[-1]:.1f} ms")


if __name__ == "__main__":
    main()
