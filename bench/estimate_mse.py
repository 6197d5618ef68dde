"""Benchmark: multiple systems estimation on the published tables, on one core.

    .venv/bin/python bench/estimate_mse.py [--repeats 5]

Times BMA over the 822 decomposable graphs on five lists (Madigan and York's example),
the exhaustive AIC search on five lists (1,024 models, each checked by linear
programming), and stepwise, AIC and BIC on the six-list UK 2013 table, each with its
profile-likelihood interval. The statistics need no database; Django is not set up.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kuager" / "estimates" / "tests" / "data"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from kuager.estimates.bma import bma, decomposable_graphs
    from kuager.estimates.histories import CaptureTable, read_histories
    from kuager.estimates.mse import Method, estimate

    def table(name: str) -> CaptureTable:
        return read_histories((DATA / name).read_bytes()).table

    five, uk = table("madigan_york_5.csv"), table("uk_2013.csv")
    decomposable_graphs(5)  # enumerated once per process, as in use
    cases: list[tuple[str, Callable[[], object]]] = [
        ("BMA, 5 lists, 822 graphs, 300 unseen values (dga's example grid)",
         lambda: bma(five, delta=0.5, unseen=range(1, 301))),
        ("BMA, 5 lists, 822 graphs, grid grown to the posterior's tail",
         lambda: estimate(five, Method.BMA)),
        ("AIC, 5 lists, all 1,024 two-list models + interval", lambda: estimate(five, Method.AIC)),
        ("stepwise, UK 6 lists + interval", lambda: estimate(uk, Method.STEPWISE)),
        ("AIC, UK 6 lists (greedy) + interval", lambda: estimate(uk, Method.AIC)),
        ("BIC, UK 6 lists (greedy) + interval", lambda: estimate(uk, Method.BIC)),
    ]
    started = time.perf_counter()
    decomposable_graphs.cache_clear()
    decomposable_graphs(5)
    print(f"{'enumerate the 822 decomposable graphs on 5 lists':<66} "
          f"{(time.perf_counter() - started) * 1000:8.1f} ms")
    for name, run in cases:
        timings = []
        for _ in range(args.repeats):
            started = time.perf_counter()
            run()
            timings.append((time.perf_counter() - started) * 1000)
        print(f"{name:<66} {statistics.median(timings):8.1f} ms (median of {args.repeats})")


if __name__ == "__main__":
    main()
