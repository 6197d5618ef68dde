"""`kuager evidence add|verify|export`: the vault from the server's shell."""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import timezone

from kuager.audit.log import record
from kuager.cases.models import Case
from kuager.evidence.actions import EmptyFile, do_add_evidence
from kuager.evidence.exports import export_case
from kuager.evidence.models import Blob, EvidenceItem
from kuager.evidence.store import TooLarge, evidence_storage, open_plaintext, receive_stream
from kuager.lib.stream import StreamError


class Command(BaseCommand):
    help = "Add a file to a case, verify every stored file, or export a case's evidence."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="operation", required=True)
        add = sub.add_parser("add", help="Store FILE as evidence of CASE.")
        add.add_argument("case")
        add.add_argument("file", type=Path)
        add.add_argument("--kind", default=EvidenceItem.Kind.OTHER,
                         choices=EvidenceItem.Kind.values)
        add.add_argument("--method", default=EvidenceItem.Method.UPLOAD,
                         choices=EvidenceItem.Method.values)
        add.add_argument("--source", default="", help="From whom (kept encrypted).")
        verify = sub.add_parser("verify", help="Re-hash every stored file.")
        verify.add_argument("--repair", action="store_true",
                            help="Also delete stored files no item refers to (interrupted "
                            "uploads).")
        verify.add_argument("--grace-minutes", type=int, default=60,
                            help="With --repair: leave files younger than this (uploads "
                            "still in progress).")
        export = sub.add_parser("export", help="Originals, signed manifest and procedure.")
        export.add_argument("case")
        export.add_argument("folder", type=Path)

    def handle(self, *args: Any, **options: Any) -> None:
        getattr(self, f"_{options['operation']}")(options)

    def _case(self, number: str) -> Case:
        case = Case.objects.filter(number=number.upper()).first()
        if case is None:
            raise CommandError(f"No case {number}.")
        return case

    def _add(self, options: dict[str, Any]) -> None:
        case = self._case(options["case"])
        path: Path = options["file"]
        if not path.is_file():
            raise CommandError(f"{path}: no such file")
        try:
            with path.open("rb") as handle:
                received = receive_stream(handle)
            stored = do_add_evidence(None, case, received, path.name, options["kind"],
                                     options["method"], options["source"])
        except TooLarge:
            raise CommandError(f"{path}: larger than the configured limit") from None
        except EmptyFile:
            raise CommandError(f"{path}: the file is empty; nothing was stored") from None
        for note in stored.notes:
            self.stderr.write(f"note: {note}")
        same = " (same bytes as an earlier file: stored once)" if stored.duplicate else ""
        self.stdout.write(f"{stored.item.reference} {received.sha256}{same}")

    def _verify(self, options: dict[str, Any]) -> None:
        problems, checked = [], 0
        for blob in Blob.objects.order_by("id").iterator():
            items = list(blob.items.select_related("case"))
            names = ", ".join(f"{i.reference} ({i.case.number})" for i in items)
            digest = hashlib.sha256()
            try:
                for chunk in open_plaintext(blob.storage_name, blob.data_key):
                    digest.update(chunk)
                matches = digest.hexdigest() == blob.sha256
                fault = "" if matches else "SHA-256 differs from the intake hash"
            except (StreamError, OSError) as exc:
                matches, fault = False, str(exc)
            checked += 1
            with transaction.atomic():
                if matches:
                    Blob.objects.filter(pk=blob.pk).update(verified_at=timezone.now())
                else:
                    problems.append(f"{names}: {fault}")
                # Each item's chain of custody shows when its hash was checked again.
                for item in items:
                    record(None, "evidence.rehash", "evidence", item.reference,
                           case=item.case.number, matches=matches)
        removed = self._repair(options["grace_minutes"]) if options["repair"] else []
        with transaction.atomic():
            record(None, "evidence.verify", "evidence", "", checked=checked,
                   problems=len(problems), orphans_removed=len(removed))
        for problem in problems:
            self.stderr.write(f"MISMATCH: {problem}")
        for name in removed:
            self.stdout.write(f"removed orphan {name}")
        if problems:
            self.stderr.write(f"{len(problems)} of {checked} stored files do not verify.")
            sys.exit(1)
        self.stdout.write(f"All {checked} stored files match their intake hashes.")

    def _repair(self, grace_minutes: int) -> list[str]:
        storage = evidence_storage()
        known = set(Blob.objects.values_list("storage_name", flat=True))
        cutoff = timezone.now() - dt.timedelta(minutes=grace_minutes)
        removed = []
        for name in _walk(storage, "evidence"):
            if name in known:
                continue
            if storage.get_modified_time(name) <= cutoff:
                storage.delete(name)
                removed.append(name)
        return removed

    def _export(self, options: dict[str, Any]) -> None:
        case = self._case(options["case"])
        folder: Path = options["folder"]
        try:
            count = export_case(None, case, folder)
        except FileExistsError:
            raise CommandError(f"{folder}/files already exists: choose a new folder") from None
        self.stdout.write(f"Exported {count} files of {case.number} to {folder}; see "
                          "HOW-TO-CHECK.txt.")


def _walk(storage: Any, folder: str) -> list[str]:
    try:
        folders, files = storage.listdir(folder)
    except FileNotFoundError:
        return []
    found = [f"{folder}/{name}" for name in files]
    for sub in folders:
        found += _walk(storage, f"{folder}/{sub}")
    return found
