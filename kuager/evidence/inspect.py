"""What a file is, judged by its bytes, and the metadata it carries; names made harmless."""

from __future__ import annotations

import io
import unicodedata
from typing import Any

import filetype
from PIL import ExifTags, Image, UnidentifiedImageError

MAX_NAME = 200
# Bidirectional overrides and isolates turn "gpj.exe" into "exe.jpg" on screen.
_BIDI = {"\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068",
         "\u2069", "\u200e", "\u200f"}


def safe_name(name: str) -> str:
    """The last path component, without control, bidi or NUL characters, at most 200 long."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    cleaned = "".join(c for c in base if c not in _BIDI and unicodedata.category(c)[0] != "C")
    cleaned = cleaned.strip(" .")
    if len(cleaned) > MAX_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        cleaned = (stem[: MAX_NAME - len(ext) - 1] + dot + ext) if dot and len(ext) < 10 else (
            cleaned[:MAX_NAME])
    return cleaned or "unnamed"


def media_type(head: bytes) -> str:
    """From the content's first bytes, never from the name."""
    guess = filetype.guess(head)
    if guess is not None:
        return str(guess.mime)
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # not just a character cut at the end of the sample
            return "application/octet-stream"
    return "text/plain"


def claimed_type(name: str) -> str | None:
    import mimetypes

    return mimetypes.guess_type(name)[0]


def image_metadata(head: bytes) -> dict[str, Any]:
    """EXIF of an image, read from its first megabyte without decoding the pixels."""
    try:
        with Image.open(io.BytesIO(head)) as image:
            found: dict[str, Any] = {"width": image.width, "height": image.height,
                                     "format": image.format}
            exif = image.getexif()
            for tag, value in exif.items():
                found[ExifTags.TAGS.get(tag, str(tag))] = _plain(value)
            gps = exif.get_ifd(ExifTags.IFD.GPSInfo)
            if gps:
                found["GPSInfo"] = {ExifTags.GPSTAGS.get(k, str(k)): _plain(v)
                                    for k, v in gps.items()}
            return found
    except Image.DecompressionBombError:
        return {"warning": "image dimensions exceed the safety limit; pixels were not read"}
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError):
        return {}


def _plain(value: Any) -> Any:
    if isinstance(value, bytes):
        return value[:200].hex()
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if isinstance(value, int | str | float) or value is None:
        return value if not isinstance(value, str) else value[:500]
    return str(value)[:500]
