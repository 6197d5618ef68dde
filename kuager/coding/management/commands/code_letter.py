"""`kuager code-letter FILE [--lang ru|kk|en] [--json]`: propose how to code a letter.

`kuager code-letter --evaluate DIR [--errors]`: precision and recall per field and language
against letters people have coded (see kuager.coding.evaluation for the folder's layout)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DEFAULT_DB_ALIAS, connections
from django.db.migrations.executor import MigrationExecutor

from kuager.coding.engine import propose
from kuager.coding.evaluation import FIELDS, LANGUAGES, EvaluationError, evaluate, load


class Command(BaseCommand):
    help = "Propose regions, facilities, dates, methods, purposes, perpetrators and urgency."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path, nargs="?")
        parser.add_argument("--lang", choices=["ru", "kk", "en"])
        parser.add_argument("--json", action="store_true")
        parser.add_argument("--letter-date", type=dt.date.fromisoformat,
                            help="The letter's date (YYYY-MM-DD), for 'yesterday' and the like.")
        parser.add_argument("--evaluate", type=Path, metavar="DIR",
                            help="Score the proposals against the coded letters in DIR.")
        parser.add_argument("--rules-only", action="store_true",
                            help="Propose by the rules alone, without the sentence model.")
        parser.add_argument("--errors", action="store_true",
                            help="With --evaluate: list each letter's misses and false alarms.")

    def handle(self, *args: Any, **options: Any) -> None:
        _require_migrated()
        if options["evaluate"]:
            self._evaluate(options["evaluate"], options["json"], options["errors"],
                           not options["rules_only"])
            return
        path: Path | None = options["file"]
        if path is None:
            raise CommandError("Give a letter to code, or --evaluate DIR.")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{path}: cannot be read as UTF-8 text ({exc})") from None
        result = propose(text, options["letter_date"], options["lang"],
                         learnt=not options["rules_only"])
        if options["json"]:
            self.stdout.write(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
            return
        for name in ("regions", "facilities", "dates", "methods", "purposes", "perpetrators",
                     "urgency_reasons"):
            for p in getattr(result, name):
                self.stdout.write(f"{name:<14} {p.code:<14} {p.label:<40} «{p.text}» "
                                  f"{p.confidence:.2f} [{p.rule}]")
        self.stdout.write(f"urgent: {'YES' if result.urgent else 'no'}")

    def _evaluate(self, directory: Path, as_json: bool, errors: bool, learnt: bool) -> None:
        try:
            report = evaluate(load(directory), learnt=learnt)
        except EvaluationError as exc:
            raise CommandError(str(exc)) from None
        if as_json:
            self.stdout.write(json.dumps(report.as_dict(), indent=2))
            return

        def percent(value: float | None) -> str:
            return "—" if value is None else f"{value:.2f}"

        self.stdout.write(f"proposals of {report.version}"
                          + ("" if learnt else " (the rules alone)"))
        self.stdout.write(f"{'field':<13} {'lang':<4} {'precision':>9} {'recall':>7} "
                          f"{'hits':>5} {'false':>6} {'missed':>6} {'letters':>7}")
        for name in FIELDS:
            for language in (*LANGUAGES, "all"):
                tally = report.tallies.get((language, name))
                if tally is None:
                    continue
                self.stdout.write(
                    f"{name:<13} {language:<4} {percent(tally.precision):>9} "
                    f"{percent(tally.recall):>7} {tally.hits:>5} {tally.false_alarms:>6} "
                    f"{tally.misses:>6} {tally.letters:>7}")
        if errors:
            for letter, name, missed, extra in report.errors:
                self.stdout.write(f"{letter}: {name} missed {sorted(missed)} "
                                  f"false {sorted(extra)}")


# The apps whose tables the rules read (kuager.coding.engine.Reference).
_READS = ("vocab", "places")


def _require_migrated() -> None:
    """The rules read the vocabularies and the gazetteer from the database: on a data
    directory that was never migrated, say so instead of failing on a missing table. Only
    the migrations they need count, so a pending one of another app does not stop them."""
    executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
    needed = [node for node in executor.loader.graph.leaf_nodes() if node[0] in _READS]
    if executor.migration_plan(needed):
        raise CommandError("The database has no vocabularies or gazetteer yet (it is not "
                           "migrated). Run `kuager migrate` first.")
