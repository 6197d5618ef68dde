"""`kuager link-tokens secret | export INPUT.csv --secret FILE --out TOKENS.csv |
overlap FIRST.csv SECOND.csv [--out PAIRS.csv] [--json]`: find the victim-incidents two
organisations share without exchanging names (see kuager/linkage/TOKENS.md first)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import DatabaseError

from kuager.linkage.places import PlaceKeys
from kuager.linkage.tokens import (
    TokenError,
    new_secret,
    overlap,
    read_secret,
    read_tokens,
    tokens_for_file,
    write_tokens,
)
from kuager.places.gazetteer import Gazetteer


class Command(BaseCommand):
    help = "Keyed-hash tokens for linking with a partner without sharing names."

    def add_arguments(self, parser: CommandParser) -> None:
        actions = parser.add_subparsers(dest="action", required=True)
        actions.add_parser("secret", help="Print a new random secret for one exchange.")
        export = actions.add_parser("export", help="Turn records into a token file.")
        export.add_argument("input", type=Path)
        export.add_argument("--secret", type=Path, required=True, metavar="FILE",
                            help="File holding the shared secret (never the secret itself).")
        export.add_argument("--out", type=Path, required=True)
        compare = actions.add_parser("overlap", help="Records two token files share.")
        compare.add_argument("first", type=Path)
        compare.add_argument("second", type=Path)
        compare.add_argument("--out", type=Path, help="Write the matched pairs to this CSV.")
        compare.add_argument("--json", action="store_true")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            if options["action"] == "secret":
                self.stdout.write(new_secret())
            elif options["action"] == "export":
                self._export(options["input"], options["secret"], options["out"])
            else:
                self._overlap(options["first"], options["second"], options["out"],
                              options["json"])
        except TokenError as exc:
            raise CommandError(str(exc)) from None

    def _export(self, path: Path, secret_file: Path, out: Path) -> None:
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        secret = read_secret(secret_file)
        try:
            places = PlaceKeys(Gazetteer.load())
        except DatabaseError:
            raise CommandError("The gazetteer could not be read (is the database migrated?): "
                               "tokens need its facility keys to agree with a partner's.") from None
        tokens = tokens_for_file(path, secret, places)
        try:
            count = write_tokens(tokens, out)
        except OSError as exc:
            raise CommandError(f"{out}: cannot be written ({exc.strerror or exc})") from None
        self.stdout.write(f"{count} tokens for {len({t.record_id for t in tokens})} records "
                          f"written to {out}.")

    def _overlap(self, first: Path, second: Path, out: Path | None, as_json: bool) -> None:
        found = overlap(read_tokens(first), read_tokens(second))
        if out is not None:
            try:
                with out.open("w", encoding="utf-8", newline="") as handle:
                    writer = csv.writer(handle)
                    writer.writerow(("first", "second", "kinds"))
                    writer.writerows((a, b, " ".join(kinds)) for a, b, kinds in found.pairs)
            except OSError as exc:
                raise CommandError(f"{out}: cannot be written ({exc.strerror or exc})") from None
        if as_json:
            self.stdout.write(json.dumps(found.as_dict(), indent=2))
        else:
            self.stdout.write(f"{found.first_matched} of {found.first_records} records in "
                              f"{first.name} and {found.second_matched} of "
                              f"{found.second_records} in {second.name} are in both.")
