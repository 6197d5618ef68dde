"""The vault: encrypted at rest, hashed on intake, verifiable, exportable with a signature."""

import hashlib
import io
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from PIL import Image

from kuager.audit.models import AuditEntry
from kuager.evidence.models import Blob, EvidenceItem
from kuager.evidence.store import Intake, evidence_storage
from kuager.testing import make_case

pytestmark = pytest.mark.django_db

LETTER = ("Меня избили в камере ШИЗО, надели пакет на голову. " * 2000).encode()


def add(case_number: str, path: Path, *extra: str) -> str:
    out = io.StringIO()
    call_command("evidence", "add", case_number, str(path), *extra, stdout=out,
                 stderr=io.StringIO())
    return out.getvalue().strip()


def stored_path(item: EvidenceItem) -> Path:
    return Path(evidence_storage().path(item.blob.storage_name))


def verify(*extra: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("evidence", "verify", *extra, stdout=out, stderr=err)
    except SystemExit as stop:
        return int(stop.code or 0), err.getvalue()
    return 0, out.getvalue()


@pytest.fixture(autouse=True)
def _own_storage(tmp_path: Path, settings: object) -> None:
    """Each test gets its own vault folder."""
    storages = dict(settings.STORAGES)  # type: ignore[attr-defined]
    storages["evidence"] = {"BACKEND": "django.core.files.storage.FileSystemStorage",
                            "OPTIONS": {"location": tmp_path / "vault"}}
    settings.STORAGES = storages  # type: ignore[attr-defined]


@pytest.fixture
def letter(tmp_path: Path) -> Path:
    path = tmp_path / "letter.txt"
    path.write_bytes(LETTER)
    return path


def test_add_prints_id_and_the_sha256_of_the_original(letter: Path) -> None:
    case = make_case()
    reference, digest = add(case.number, letter, "--kind", "letter", "--method", "post").split()
    assert digest == hashlib.sha256(LETTER).hexdigest()
    item = EvidenceItem.objects.get()
    assert reference == item.reference
    assert (item.blob.size, item.blob.media_type, item.kind) == (len(LETTER), "text/plain",
                                                                 "letter")
    assert AuditEntry.objects.filter(action="evidence.receive", target_ref=reference).exists()


def test_stored_bytes_hold_no_plaintext_and_no_plain_hash(letter: Path) -> None:
    add(make_case().number, letter)
    item = EvidenceItem.objects.get()
    raw = stored_path(item).read_bytes()
    assert "избили".encode() not in raw and b"\xd0\xb8\xd0\xb7" * 3 not in raw
    assert len(raw) > len(LETTER)
    with __import__("django.db").db.connection.cursor() as cursor:
        cursor.execute("SELECT sha256, lookup FROM evidence_blob")
        sha_cell, lookup = cursor.fetchone()
    plain = hashlib.sha256(LETTER).hexdigest()
    assert plain.encode() not in bytes(sha_cell) and lookup != plain


def test_same_bytes_twice_are_stored_once_and_linked_twice(
    letter: Path, tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    first, second = make_case(), make_case()
    add(first.number, letter)
    copy = tmp_path / "copy-of-letter.txt"
    shutil.copy(letter, copy)
    with django_capture_on_commit_callbacks(execute=True):
        add(second.number, copy)
    assert Blob.objects.count() == 1
    assert EvidenceItem.objects.count() == 2
    files = [p for p in Path(evidence_storage().path(".")).rglob("*") if p.is_file()]
    assert len(files) == 1


def test_flipped_byte_in_storage_fails_verify_and_names_the_item(letter: Path) -> None:
    case = make_case()
    reference = add(case.number, letter).split()[0]
    assert verify()[0] == 0
    path = stored_path(EvidenceItem.objects.get())
    data = bytearray(path.read_bytes())
    data[5000] ^= 0x01
    path.write_bytes(bytes(data))
    code, report = verify()
    assert code == 1
    assert reference in report and case.number in report
    assert AuditEntry.objects.filter(action="evidence.verify").exists()
    rehashes = AuditEntry.objects.filter(action="evidence.rehash", target_ref=reference)
    assert [e.detail["matches"] for e in rehashes.order_by("seq")] == [True, False]


def test_signed_export_verifies_and_fails_after_any_edit(letter: Path, tmp_path: Path) -> None:
    case = make_case()
    add(case.number, letter)
    folder = tmp_path / "export"
    call_command("evidence", "export", case.number, str(folder), stdout=io.StringIO())
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["files"][0]["sha256"] == hashlib.sha256(LETTER).hexdigest()
    assert [e["event"] for e in manifest["files"][0]["custody"]] == ["receive", "export"]
    assert "HOW-TO-CHECK.txt" in os.listdir(folder)
    out = io.StringIO()
    call_command("verify_manifest", str(folder), stdout=out)
    assert "Verified: 1 files" in out.getvalue()

    if shutil.which("sha256sum"):
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=folder, check=True,
                       capture_output=True)
    if shutil.which("openssl"):
        result = subprocess.run(
            ["openssl", "pkeyutl", "-verify", "-pubin", "-inkey", "public-key.pem", "-rawin",
             "-in", "manifest.json", "-sigfile", "manifest.sig"],
            cwd=folder, capture_output=True, text=True)
        assert "Signature Verified Successfully" in result.stdout

    edited = (folder / "manifest.json").read_text().replace('"receive"', '"received"')
    (folder / "manifest.json").write_text(edited)
    with pytest.raises(SystemExit):
        call_command("verify_manifest", str(folder), stderr=io.StringIO())
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2,
                                                     sort_keys=True))
    call_command("verify_manifest", str(folder), stdout=io.StringIO())
    original = next((folder / "files").iterdir())
    original.write_bytes(original.read_bytes() + b" ")
    err = io.StringIO()
    with pytest.raises(SystemExit):
        call_command("verify_manifest", str(folder), stderr=err)
    assert "does not match its SHA-256" in err.getvalue()


def test_empty_and_oversized_files_are_refused_and_leave_nothing(tmp_path: Path,
                                                                 settings: object) -> None:
    case = make_case()
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    with pytest.raises(CommandError, match="empty"):
        add(case.number, empty)
    settings.KUAGER_MAX_EVIDENCE_BYTES = 1000  # type: ignore[attr-defined]
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(5000))
    with pytest.raises(CommandError, match="limit"):
        add(case.number, big)
    assert EvidenceItem.objects.count() == 0
    location = Path(evidence_storage().path("."))
    assert not [p for p in location.rglob("*") if p.is_file()]


def test_spoofed_type_is_kept_as_what_the_bytes_are(tmp_path: Path) -> None:
    fake = tmp_path / "decision.pdf"
    Image.new("RGB", (8, 8), "red").save(fake, format="PNG")
    add(make_case().number, fake)
    item = EvidenceItem.objects.get()
    assert item.blob.media_type == "image/png"
    assert json.loads(item.metadata)["claimed_type"] == "application/pdf"


def test_tricky_names_are_made_harmless(tmp_path: Path) -> None:
    from kuager.evidence.inspect import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\photo.jpg") == "photo.jpg"
    assert safe_name("ev\x00il.txt") == "evil.txt"
    assert safe_name("photo\u202egpj.exe") == "photogpj.exe"
    assert len(safe_name("a" * 5000 + ".jpg")) == 200
    assert safe_name("../") == "unnamed"


def test_image_bomb_is_stored_without_decoding_its_pixels(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    Image.new("1", (20000, 20000)).save(bomb, format="PNG")  # 400 Mpx, tiny on disk
    add(make_case().number, bomb)
    metadata = json.loads(EvidenceItem.objects.get().metadata)
    assert "safety limit" in metadata["image"]["warning"]


def test_exif_including_gps_is_kept_encrypted(tmp_path: Path) -> None:
    photo = tmp_path / "photo.jpg"
    image = Image.new("RGB", (16, 16), "blue")
    exif = Image.Exif()
    exif[0x010F] = "SyntheticCam"  # Make
    exif.get_ifd(0x8825)[2] = (43.0, 15.0, 0.0)  # GPSLatitude
    image.save(photo, format="JPEG", exif=exif)
    add(make_case().number, photo, "--kind", "photo")
    metadata = json.loads(EvidenceItem.objects.get().metadata)["image"]
    assert metadata["Make"] == "SyntheticCam"
    assert "GPSLatitude" in metadata["GPSInfo"]


def test_interrupted_upload_leaves_an_orphan_that_repair_removes(letter: Path) -> None:
    intake = Intake()
    intake.write(b"half of a video")  # the process dies here: no finish, no database row
    intake._file.close()
    assert Path(evidence_storage().path(intake.name)).exists()
    code, _ = verify("--repair", "--grace-minutes", "0")
    assert code == 0
    assert not Path(evidence_storage().path(intake.name)).exists()
    assert EvidenceItem.objects.count() == 0


def test_publication_copy_drops_gps_and_leaves_the_original(tmp_path: Path) -> None:
    from kuager.evidence.derive import do_publication_copy
    from kuager.evidence.store import open_plaintext

    photo = tmp_path / "photo.jpg"
    exif = Image.Exif()
    exif[0x010F] = "SyntheticCam"
    exif.get_ifd(0x8825)[2] = (43.0, 15.0, 0.0)
    Image.new("RGB", (32, 32), "green").save(photo, format="JPEG", exif=exif)
    add(make_case().number, photo, "--kind", "photo")
    original = EvidenceItem.objects.get()
    before = hashlib.sha256(photo.read_bytes()).hexdigest()
    copy = do_publication_copy(None, original).item
    data = b"".join(open_plaintext(copy.blob.storage_name, copy.blob.data_key))
    with Image.open(io.BytesIO(data)) as image:
        assert not image.getexif()
        assert image.size == (32, 32)
    assert copy.derived_from == original and "metadata removed" in copy.transformation
    original.refresh_from_db()
    assert original.blob.sha256 == before
    assert verify()[0] == 0
    assert AuditEntry.objects.filter(action="evidence.derive",
                                     detail__original=original.reference).exists()
