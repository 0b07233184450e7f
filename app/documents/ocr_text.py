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


def parse_layer(raw: bytes) -> dict[str, Any]:
    """A stored OCR layer, checked; DocumentError if it is damaged."""
    try:
        if len(raw) > MAX_LAYER_BYTES:
            raise ValueError("too large")
        layer = json.loads(raw)
        pages = layer["pages"]
        for page in pages:
            int(page["index"])
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
    by_page = {int(p["index"]): p["words"] for p in layer["pages"]}
    parts: list[str] = []
    layouts: list[PageLayout] = []
    ocr: list[OcrWord] = []
    offset = 0
    for page in base.pages:
        own = base.text[page.start : page.end]
        if page.index in by_page and not own.strip():
            body, boxes, words = page_text(by_page[page.index])
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


def page_text(words: list[list[Any]]) -> tuple[str, array, list[tuple[int, int, float]]]:
    """Text, per-character boxes and (start, end, confidence) per word for one page's OCR words."""
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
        x0, y0, x1, y1 = (float(v) for v in word[2:6])
        step = (x1 - x0) / len(text)
        for i in range(len(text)):
            boxes.extend((x0 + i * step, y0, x0 + (i + 1) * step, y1))
        found.append((at, at + len(text), round(max(0.0, min(100.0, float(word[1]))) / 100, 3)))
        out.append(text)
        at += len(text)
    return "".join(out), boxes, found
