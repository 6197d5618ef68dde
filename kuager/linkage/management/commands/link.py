"""`kuager link INPUT.csv --out CLUSTERS.csv [--json]`: which records are the same
victim-incident, within Kuager's records and across partners' lists.

INPUT (CSV or XLSX) has the columns record_id, source, name, birth_year, facility, region,
incident_date; only record_id and source must be filled. CLUSTERS gets record_id, cluster_id,
confidence. --pairs also writes the candidate pairs with their match probabilities, and
--decisions reads people's verdicts on pairs (left,right,same with same = 1 or 0).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from kuager.lib.spreadsheet import neutralise
from kuager.linkage.engine import DEFAULT_THRESHOLD, Decision, Linkage, link
from kuager.linkage.places import PlaceKeys
from kuager.linkage.records import InputError, read_records
from kuager.places.gazetteer import Gazetteer

OUTPUT_COLUMNS = ("record_id", "cluster_id", "confidence")
PAIR_COLUMNS = ("left", "right", "probability", "match_weight", "decided")


def _probability(text: str) -> float:
    value = float(text)
    if not 0 < value < 1:
        raise ValueError(text)
    return value


class Command(BaseCommand):
    help = "Link victim-incident records: the same person in the same incident, in any script."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("input", type=Path)
        parser.add_argument("--out", type=Path, required=True, metavar="CLUSTERS.csv")
        parser.add_argument("--json", action="store_true", help="Print a summary as JSON.")
        parser.add_argument("--threshold", type=_probability, default=DEFAULT_THRESHOLD,
                            help="Match probability from which a pair is one incident "
                                 f"(default {DEFAULT_THRESHOLD}).")
        parser.add_argument("--pairs", type=Path, metavar="PAIRS.csv",
                            help="Also write the candidate pairs with their probabilities.")
        parser.add_argument("--decisions", type=Path, metavar="DECISIONS.csv",
                            help="People's verdicts on pairs: columns left, right, same (1/0).")

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["input"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            records = read_records(path)
        except InputError as exc:
            raise CommandError(f"{path}: {exc}") from None
        decisions = _read_decisions(options["decisions"]) if options["decisions"] else []
        places, gazetteer = _places()
        if not gazetteer:
            self.stderr.write("The gazetteer could not be read (is the database migrated?): "
                              "places are compared by their spelling only.")
        linkage = link(records, places=places, decisions=decisions,
                       threshold=options["threshold"])
        _write(options["out"], OUTPUT_COLUMNS, (
            (neutralise(r), linkage.cluster_of[r], f"{linkage.confidence[r]:.4f}")
            for r in linkage.record_ids))
        if options["pairs"]:
            _write(options["pairs"], PAIR_COLUMNS, (
                (neutralise(p.left), neutralise(p.right), f"{p.probability:.6f}",
                 f"{p.match_weight:.3f}", int(p.decided)) for p in linkage.pairs))
        summary = {**linkage.summary(), "gazetteer": gazetteer, "output": str(options["out"])}
        if options["json"]:
            self.stdout.write(json.dumps(summary, ensure_ascii=False, indent=2))
        else:
            self._report(linkage)

    def _report(self, linkage: Linkage) -> None:
        summary = linkage.summary()
        self.stdout.write(
            f"{summary['records']} records in {summary['clusters']} victim-incidents "
            f"({summary['linked_records']} records linked, largest cluster "
            f"{summary['largest_cluster']}); {summary['pairs_to_review']} pairs worth a "
            f"review; {summary['seconds']} s.")


def _places() -> tuple[PlaceKeys, bool]:
    try:
        return PlaceKeys(Gazetteer.load()), True
    except DatabaseError:
        return PlaceKeys(), False


def _write(path: Path, header: tuple[str, ...], rows: Any) -> None:
    try:
        with path.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(header)
            writer.writerows(rows)
    except OSError as exc:
        raise CommandError(f"{path}: cannot be written ({exc.strerror or exc})") from None


def _read_decisions(path: Path) -> list[Decision]:
    verdicts = {"1": True, "0": False, "true": True, "false": False, "yes": True, "no": False,
                "confirmed": True, "rejected": False}
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise CommandError(f"{path}: cannot be read as CSV ({exc})") from None
    decisions = []
    for line, row in enumerate(rows, start=2):
        same = verdicts.get((row.get("same") or "").strip().lower())
        left, right = (row.get("left") or "").strip(), (row.get("right") or "").strip()
        if same is None or not left or not right:
            raise CommandError(f"{path}, line {line}: needs left, right and same (1 or 0)")
        decisions.append(Decision(left, right, same))
    return decisions
