"""Text out of stored documents: plain text, PDF text layers, DOCX, and OCR of images.

Everything happens in memory: the decrypted bytes never touch the disk, and Tesseract reads
the image from a pipe (`tesseract stdin stdout`), not from a temporary file.
"""

from __future__ import annotations

import io
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass

from defusedxml import ElementTree
from django.conf import settings
from PIL import Image

from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import open_plaintext

Progress = Callable[[int], None]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_IN_MEMORY = 200 * 1024 * 1024  # documents read whole for extraction (PDF, DOCX, image)
MAX_DOCX_XML = 50 * 1024 * 1024  # decompressed document.xml: a zip bomb stops here
WORD = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class CannotExtract(Exception):
    """A plain-words reason, shown to people; never holds any of the document's text."""


@dataclass
class Extracted:
    text: str
    method: str
    metadata: dict[str, str] | None = None  # e.g. a PDF's Info dictionary


def extractable(media_type: str) -> bool:
    return media_type in ("text/plain", "application/pdf", DOCX) or media_type.startswith(
        "image/")


def extract(item: EvidenceItem, progress: Progress) -> Extracted:
    media = item.blob.media_type
    if item.blob.size > MAX_IN_MEMORY:
        raise CannotExtract("the file is too large to read its text")
    data = b"".join(open_plaintext(item.blob.storage_name, item.blob.data_key))
    if media == "text/plain":
        return Extracted(_decode(data), "plain text")
    if media == "application/pdf":
        text, info = _pdf(data, progress)
        return Extracted(text, "pdf text layer", info)
    if media == DOCX:
        return Extracted(_docx(data), "docx")
    if media.startswith("image/"):
        return Extracted(ocr(data), f"ocr ({settings.KUAGER_OCR_LANGUAGES})")
    raise CannotExtract("this kind of file holds no text Kuager can read")


def _decode(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


def _pdf(data: bytes, progress: Progress) -> tuple[str, dict[str, str]]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        info = {str(k).lstrip("/"): str(v)[:500] for k, v in (reader.metadata or {}).items()}
        pages = list(reader.pages)
        texts = []
        for number, page in enumerate(pages, start=1):
            texts.append(page.extract_text() or "")
            progress(int(100 * number / max(1, len(pages))))
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise CannotExtract(f"the PDF cannot be read ({type(exc).__name__})") from None
    text = "\n\n".join(texts).strip()
    if not text:
        raise CannotExtract("the PDF has no text layer (a scan): attach its pages as images "
                            "to read them with OCR")
    return text, info


def _docx(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                raise CannotExtract("the document is too large once unpacked")
            xml = archive.read(info)
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise CannotExtract(f"the DOCX cannot be read ({type(exc).__name__})") from None
    paragraphs = ["".join(t.text or "" for t in p.iter(f"{WORD}t")) for p in root.iter(f"{WORD}p")]
    return "\n".join(paragraphs).strip()


def ocr(data: bytes) -> str:
    """Tesseract with Debian's Russian, Kazakh and English data, through pipes only."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            buffer = io.BytesIO()
            image.convert("L").save(buffer, format="PNG")
    except Image.DecompressionBombError:
        raise CannotExtract("the image is too large to read safely") from None
    except (OSError, ValueError, SyntaxError) as exc:
        raise CannotExtract(f"the image cannot be read ({type(exc).__name__})") from None
    try:
        result = subprocess.run(  # noqa: S603 - fixed program, no shell
            [settings.TESSERACT, "stdin", "stdout", "-l", settings.KUAGER_OCR_LANGUAGES],
            input=buffer.getvalue(), capture_output=True, timeout=600, check=False,
        )
    except FileNotFoundError:
        raise CannotExtract("OCR needs Tesseract: apt-get install tesseract-ocr "
                            "tesseract-ocr-rus tesseract-ocr-kaz") from None
    except subprocess.TimeoutExpired:
        raise CannotExtract("OCR took too long") from None
    if result.returncode != 0:
        raise CannotExtract("Tesseract could not read the image")
    return result.stdout.decode("utf-8", errors="replace").strip()
