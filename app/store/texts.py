"""texts/<text_sha256>.smtext: canonical text + page geometry, so re-opening never re-extracts.

Layout: b"SMTXT1\n" + 4-byte little-endian header length + header JSON + payload, where the payload is
the UTF-8 text followed by each page's boxes as little-endian float32. The header holds the sizes and
the payload's sha256; any mismatch on read means the cache is corrupt and the caller re-extracts.
"""

import hashlib
import json
import struct
import sys
from array import array
from pathlib import Path
from typing import Any

from app.domain.errors import StoreError
from app.domain.geometry import DocumentText, OcrWord, PageLayout
from app.store import safe_files

MAGIC = b"SMTXT1\n"
_LEN = struct.Struct("<I")


def encode(text: DocumentText) -> bytes:
    body = text.text.encode("utf-8")
    pages: list[list[Any]] = []
    blobs = [body]
    for p in text.pages:
        boxes = array("f", p.boxes)
        if sys.byteorder == "big":
            boxes.byteswap()
        blobs.append(boxes.tobytes())
        pages.append([p.index, p.start, p.end, p.width, p.height, p.rotation, len(boxes)])
    payload = b"".join(blobs)
    fields: dict[str, Any] = {"text_bytes": len(body), "pages": pages, "sha256": hashlib.sha256(payload).hexdigest()}
    if text.ocr_words:  # only then: caches of texts without OCR stay as they were
        fields["ocr"] = [list(w) for w in text.ocr_words]
    header = json.dumps(fields)
    head = header.encode()
    return MAGIC + _LEN.pack(len(head)) + head + payload


def decode(raw: bytes, text_sha256: str) -> DocumentText | None:
    """The cached text, or None if the file is not exactly what encode() wrote for this text hash."""
    try:
        if not raw.startswith(MAGIC):
            return None
        pos = len(MAGIC)
        (size,) = _LEN.unpack_from(raw, pos)
        header = json.loads(raw[pos + _LEN.size : pos + _LEN.size + size])
        payload = memoryview(raw)[pos + _LEN.size + size :]
        if hashlib.sha256(payload).hexdigest() != header["sha256"]:
            return None
        n = int(header["text_bytes"])
        body = bytes(payload[:n])
        if hashlib.sha256(body).hexdigest() != text_sha256:
            return None
        pages, at = [], n
        for index, start, end, width, height, rotation, count in header["pages"]:
            boxes = array("f")
            boxes.frombytes(payload[at : at + 4 * count])
            if sys.byteorder == "big":
                boxes.byteswap()
            at += 4 * count
            pages.append(PageLayout(int(index), int(start), int(end), float(width), float(height), int(rotation), boxes))
        if at != len(payload):
            return None
        ocr = tuple(OcrWord(int(a), int(b), float(c)) for a, b, c in header.get("ocr", ()))
        return DocumentText(body.decode("utf-8"), tuple(pages), ocr)
    except (ValueError, TypeError, KeyError, struct.error, UnicodeDecodeError):
        return None


def read_cache(path: Path, text_sha256: str) -> DocumentText | None:
    """The text cached at `path`, or None if it is missing or damaged (safe on any thread: no shared state)."""
    try:
        return decode(safe_files.read(path, path.parent.parent, safe_files.MAX_TEXT_CACHE), text_sha256)
    except (OSError, StoreError):  # missing, or not a file we would read: the caller re-extracts
        return None
