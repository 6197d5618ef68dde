"""Text out of letters, scans and photos, found afterwards through search."""

import io
import json
import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from PIL import Image, ImageDraw, ImageFont

from kuager.cases.models import Case
from kuager.cases.search import Filters, matching_cases
from kuager.evidence.models import EvidenceItem
from kuager.testing import make_case

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("_isolated_vault")]
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")  # Debian's fonts-dejavu-core


def attach(case: Case, path: Path, capture: Any) -> EvidenceItem:
    with capture(execute=True):
        call_command("evidence", "add", case.number, str(path), stdout=io.StringIO(),
                     stderr=io.StringIO())
    return EvidenceItem.objects.get(case=case)


def found(query: str) -> set[str]:
    return set(matching_cases(Case.objects.all(), query, Filters()).values_list("number",
                                                                                  flat=True))


def docx_with(path: Path, text: str, xml_size_claim: int | None = None) -> Path:
    body = ("<?xml version='1.0' encoding='UTF-8'?><w:document xmlns:w="
            "'http://schemas.openxmlformats.org/wordprocessingml/2006/main'><w:body>"
            + "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in text.split("\n"))
            + "</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", body + (" " * (xml_size_claim or 0)))
    return path


def minimal_pdf(path: Path, text: str) -> Path:
    stream = f"BT /F1 18 Tf 40 700 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Author (Synthetic Court Clerk) /Title (Decision) >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def test_plain_letter_text_joins_the_search_index(tmp_path: Path,
                                                  django_capture_on_commit_callbacks: Any) -> None:
    case = make_case()
    letter = tmp_path / "letter.txt"
    letter.write_text("Начальник отряда Кипарисов угрожал мне карцером.", encoding="utf-8")
    item = attach(case, letter, django_capture_on_commit_callbacks)
    assert (item.text_state, item.text_progress, item.text_method) == ("done", 100, "plain text")
    assert "Кипарисов" in item.extracted_text
    assert found("Kiparisov") == {case.number}
    assert found("карцер") == {case.number}


def test_docx_text_is_read(tmp_path: Path, django_capture_on_commit_callbacks: Any) -> None:
    case = make_case()
    item = attach(case, docx_with(tmp_path / "appeal.docx", "Жалоба прокурору\nО пытках"),
                  django_capture_on_commit_callbacks)
    assert item.extracted_text == "Жалоба прокурору\nО пытках"
    assert found("прокурор") == {case.number}


def test_docx_bomb_is_refused_in_plain_words(tmp_path: Path,
                                             django_capture_on_commit_callbacks: Any) -> None:
    item = attach(make_case(), docx_with(tmp_path / "bomb.docx", "x", 60 * 1024 * 1024),
                  django_capture_on_commit_callbacks)
    assert item.text_state == "failed"
    assert "too large once unpacked" in item.text_note


def test_pdf_text_layer_is_read(tmp_path: Path, django_capture_on_commit_callbacks: Any) -> None:
    case = make_case()
    item = attach(case, minimal_pdf(tmp_path / "decision.pdf", "Refusal to open a case"),
                  django_capture_on_commit_callbacks)
    assert item.text_method == "pdf text layer"
    assert "Refusal to open a case" in item.extracted_text
    assert found("refusal") == {case.number}
    assert json.loads(item.metadata)["document"]["Author"] == "Synthetic Court Clerk"


@pytest.mark.skipif(not DEJAVU.exists(), reason="Debian's fonts-dejavu-core is not installed")
def test_ocr_of_a_russian_and_kazakh_scan_is_found_by_search(
    tmp_path: Path, django_capture_on_commit_callbacks: Any
) -> None:
    if shutil.which("tesseract") is None:
        if __import__("os").environ.get("CI"):
            pytest.fail("CI must have tesseract-ocr with the rus and kaz data")
        pytest.skip("tesseract-ocr is not installed")
    font = ImageFont.truetype(str(DEJAVU), 40)
    scan = Image.new("L", (1400, 260), 255)
    draw = ImageDraw.Draw(scan)
    draw.text((30, 30), "Меня избили в колонии Долинка", font=font, fill=0)
    draw.text((30, 130), "Қарағандыдағы түрмеде ұрып-соқты", font=font, fill=0)
    path = tmp_path / "scan.png"
    scan.save(path)
    case = make_case(narrative="")
    other = make_case(narrative="")
    item = attach(case, path, django_capture_on_commit_callbacks)
    assert item.text_state == "done", item.text_note
    assert item.text_method.startswith("ocr")
    assert found("избили") == {case.number}
    assert found("Dolinka") == {case.number}
    assert found("түрме") == {case.number}
    assert other.number not in found("Qaraghandy")


def test_missing_tesseract_is_explained(tmp_path: Path, settings: Any,
                                        django_capture_on_commit_callbacks: Any) -> None:
    settings.TESSERACT = str(tmp_path / "no-tesseract")
    photo = tmp_path / "photo.png"
    Image.new("RGB", (10, 10)).save(photo)
    item = attach(make_case(), photo, django_capture_on_commit_callbacks)
    assert item.text_state == "failed"
    assert "apt-get install tesseract-ocr" in item.text_note
