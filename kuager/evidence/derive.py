"""Publication copies: the same picture or document without the metadata that can identify
who made it or where (EXIF GPS, camera owner, PDF author). The original is never touched."""

from __future__ import annotations

import io

from django.db import transaction

from kuager.audit.log import Actor, record
from kuager.evidence.actions import Stored, do_add_evidence
from kuager.evidence.models import EvidenceItem
from kuager.evidence.store import open_plaintext, receive_stream


class CannotCopy(Exception):
    """A plain-words reason why no publication copy can be made."""


STRIPPABLE = ("image/jpeg", "image/png", "image/webp", "application/pdf")


def strip_image(data: bytes, media_type: str) -> bytes:
    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            # A new image with only the pixels: EXIF, XMP, ICC names and text chunks stay
            # behind. Palette images become RGB(A) to keep their colours.
            pixels = image.convert("RGBA" if image.mode in ("P", "LA", "RGBA") else "RGB")
            clean = Image.new(pixels.mode, pixels.size)
            clean.paste(pixels)
    except (Image.DecompressionBombError, OSError, ValueError, SyntaxError) as exc:
        raise CannotCopy(f"the image cannot be re-drawn ({type(exc).__name__})") from None
    out = io.BytesIO()
    fmt = {"image/jpeg": "JPEG", "image/png": "PNG", "image/webp": "WEBP"}[media_type]
    if fmt == "JPEG" and clean.mode == "RGBA":
        clean = clean.convert("RGB")
    clean.save(out, format=fmt, **({"quality": 95} if fmt != "PNG" else {}))
    return out.getvalue()


def strip_pdf(data: bytes) -> bytes:
    from pypdf import PdfReader, PdfWriter
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        writer = PdfWriter()
        for page in reader.pages:
            writer.add_page(page)
    except (PdfReadError, ValueError, KeyError, TypeError) as exc:
        raise CannotCopy(f"the PDF cannot be copied ({type(exc).__name__})") from None
    writer.add_metadata({"/Producer": "Kuager publication copy"})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def do_publication_copy(actor: Actor, original: EvidenceItem) -> Stored:
    media = original.blob.media_type
    if media not in STRIPPABLE:
        raise CannotCopy("Kuager can make publication copies of JPEG, PNG, WebP and PDF "
                            "files only")
    data = b"".join(open_plaintext(original.blob.storage_name, original.blob.data_key))
    clean = strip_pdf(data) if media == "application/pdf" else strip_image(data, media)
    received = receive_stream(io.BytesIO(clean))
    with transaction.atomic():
        stored = do_add_evidence(actor, original.case, received,
                                 f"publication-copy-{original.reference}", original.kind,
                                 EvidenceItem.Method.OTHER, incident=original.incident)
        stored.item.derived_from = original
        stored.item.transformation = "metadata removed for publication"
        stored.item.save(update_fields=["derived_from", "transformation"])
        record(actor, "evidence.derive", "evidence", stored.item.reference,
               case=original.case.number, original=original.reference,
               transformation="metadata removed")
    return stored
