"""Merge an OCR layer into a document's canonical text: pure, so the text can always be rebuilt.

An OCR'd page reads like a PDF page: words of a line and lines of a paragraph joined by one space,
paragraphs by a blank line; each character gets an equal share of its word's box. Pages that had a
text layer keep it unchanged. The words' ranges and confidences (0..1) go in DocumentText.ocr_words.
"""

import json
import unicodedata
from array import array
from typing import Any

from app.domain.errors import DocumentError
from app.domain.geometry import NO_BOX, DocumentText, OcrWord, PageLayout

MAX_LAYER_BYTES = 64 * 2**20
ROTATIONS = (0, 90, 180, 270)  # how far OCR turned a page clockwise to read it upright


def parse_layer(raw: bytes) -> dict[str, Any]:
    """A stored OCR layer, checked; DocumentError if it is damaged."""
    try:
        if len(raw) > MAX_LAYER_BYTES:
            raise ValueError("too large")
        layer = json.loads(raw)
        pages = layer["pages"]
        for page in pages:
            int(page["index"])
            if page.get("rotation", 0) not in ROTATIONS:
                raise ValueError("rotation")
            for word in page["words"]:
                text, conf, x0, y0, x1, y1, *_ = word
                if not isinstance(text, str):
                    raise ValueError("word text")
                float(conf), float(x0), float(y0), float(x1), float(y1)
        return layer
    except (ValueError, TypeError, KeyError) as exc:
        raise DocumentError("the stored OCR layer is damaged; run OCR again") from exc


def dump_layer(layer: dict[str, Any]) -> bytes:
    return json.dumps(layer, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")


def apply_layer(base: DocumentText, layer: dict[str, Any]) -> DocumentText:
    by_page = {int(p["index"]): p for p in layer["pages"]}
    parts: list[str] = []
    layouts: list[PageLayout] = []
    ocr: list[OcrWord] = []
    offset = 0
    for page in base.pages:
        own = base.text[page.start : page.end]
        if page.index in by_page and not own.strip():
            found = by_page[page.index]
            body, boxes, words = page_text(found["words"], found.get("rotation", 0))
        else:
            body, boxes, words = own, array("f", page.boxes), []
        joiner = "\n\n" if offset and body and not body[:1].isspace() and not parts[-1][-1:].isspace() else ""
        chunk = joiner + body
        all_boxes = array("f", [NO_BOX] * (4 * len(joiner)))
        all_boxes.extend(boxes)
        base_at = offset + len(joiner)
        ocr.extend(OcrWord(base_at + s, base_at + e, c) for s, e, c in words)
        layouts.append(PageLayout(page.index, offset, offset + len(chunk), page.width, page.height, page.rotation,
                                  all_boxes))
        if chunk:
            parts.append(chunk)
        offset += len(chunk)
    return DocumentText("".join(parts), tuple(layouts), tuple(ocr))


def page_text(words: list[list[Any]], rotation: int = 0) -> tuple[str, array, list[tuple[int, int, float]]]:
    """Text, per-character boxes and (start, end, confidence) per word for one page's OCR words.

    On a page OCR had to turn (`rotation` degrees clockwise), the text runs up (90), right to left (180) or
    down (270) as displayed, and each character's share of the word box is cut along that direction."""
    out: list[str] = []
    boxes = array("f")
    found: list[tuple[int, int, float]] = []
    at = 0
    last_par: tuple[Any, ...] | None = None
    for word in words:
        text = "".join(unicodedata.normalize("NFC", str(word[0])).split())
        if not text:
            continue
        par = tuple(word[6:8])
        if last_par is not None:
            sep = " " if par == last_par else "\n\n"
            out.append(sep)
            boxes.extend([NO_BOX] * (4 * len(sep)))
            at += len(sep)
        last_par = par
        boxes.extend(_char_boxes([float(v) for v in word[2:6]], len(text), rotation))
        found.append((at, at + len(text), round(max(0.0, min(100.0, float(word[1]))) / 100, 3)))
        out.append(text)
        at += len(text)
    return "".join(out), boxes, found


def _char_boxes(box: list[float], count: int, rotation: int) -> list[float]:
    x0, y0, x1, y1 = box
    out: list[float] = []
    for i in range(count):
        a, b = i / count, (i + 1) / count
        if rotation == 90:  # reads bottom to top
            out.extend((x0, y1 - b * (y1 - y0), x1, y1 - a * (y1 - y0)))
        elif rotation == 180:  # right to left
            out.extend((x1 - b * (x1 - x0), y0, x1 - a * (x1 - x0), y1))
        elif rotation == 270:  # top to bottom
            out.extend((x0, y0 + a * (y1 - y0), x1, y0 + b * (y1 - y0)))
        else:
            out.extend((x0 + a * (x1 - x0), y0, x0 + b * (x1 - x0), y1))
    return out
