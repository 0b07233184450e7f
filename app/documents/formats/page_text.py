"""One page of PyMuPDF "rawdict" output -> reading-order text with one box per character.

Pure Python over plain dicts (no PyMuPDF import) so the ordering rules are unit-testable.

Reading order: blocks much wider than the text area's half ("wide": titles, full-width paragraphs)
cut the page into horizontal sections. Inside a section the narrow blocks are grouped into columns
by overlapping x ranges, columns whose heights overlap form a band read left to right, bands top to
bottom. So a two-column article reads column 1 then column 2, and a centred page number under the
columns stays last instead of landing between them.

Columns are also cut apart at gutters (column_gutters): a narrow centred block above or below them (an
affiliation, a footer) overlaps both columns but is then a section break of its own, so column 2 of an
ACL paper is no longer read inside the abstract heading column 1.

Joins: lines of a block with " ", blocks with "\n\n" (both synthetic, box NO_BOX). A line ending in
a soft hyphen loses it and joins the next line directly. A line ending in "-" after a letter joins
the next line directly but keeps the hyphen ("well-known" stays right, "Ex-isting" stays as printed):
removing real hyphens needs a dictionary; match_text reads a hyphen between letters both ways, so
search, Find, re-anchoring and mentions find "Existing" there while offsets stay in this text.
"""

import re
import unicodedata
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from app.documents import text_rules
from app.documents.formats.rtl_ligatures import logical_ligatures, may_hold_reversed_ligature
from app.domain.geometry import NO_BOX

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
WIDE_SHARE = 0.6  # a block wider than this share of the text area spans columns
GUTTER_SHARE = 0.25  # a gutter: x where blocks add up to at most this share of the fullest x's height...
COLUMN_SHARE = 0.5  # ...between x ranges where they add up to at least this share on both sides
MIN_GUTTER = 3.0  # points; narrower gaps are between words of a table row, not columns
_SPACE_LIKE = frozenset("\t\n\r\x0b\x0c\x85\u2028\u2029 ")
_DROP = frozenset("\x00\ufeff")
_NEEDS_CARE = re.compile(r"[\x00-\x1f\x7f-\x9f\ufeff\u2028\u2029]|  ")  # chars the slow path must see
_SENTENCE_END = frozenset(".!?…:;")
_CLOSERS = "\"'»”’)]"
T = TypeVar("T")
_NO_BOXES = (NO_BOX,) * 4


@dataclass(slots=True)
class _Line:
    chars: list[str]
    boxes: list[float]  # flat, 4 per char, unrotated page coordinates


@dataclass(slots=True)
class _Block:
    x0: float
    y0: float
    x1: float
    y1: float
    lines: list[_Line] = field(default_factory=list)
    level: bool = True  # its lines run left to right (columns and gutters are only looked for among these)


@dataclass(frozen=True, slots=True)
class PageText:
    text: str
    boxes: array  # 4 floats per character of text
    hidden: bool = False  # all of it invisible (render mode 3, GlyphLessFont): an OCR layer under a scan

    @property
    def ends_sentence(self) -> bool:
        tail = self.text.rstrip().rstrip(_CLOSERS)
        return not tail or tail[-1] in _SENTENCE_END


def page_text(raw: dict, matrix: Matrix = IDENTITY) -> PageText:
    """Text and boxes of one page; boxes are mapped through `matrix` (the page's rotation matrix)."""
    blocks = [b for b in (_block(block) for block in raw.get("blocks", ()) if block.get("type") == 0) if b]
    chars: list[str] = []
    boxes: list[float] = []
    for block in order_blocks(blocks):
        if chars:
            _synthetic(chars, boxes, "\n\n")
        for k, line in enumerate(block.lines):
            if k and not _join_directly(chars):
                _synthetic(chars, boxes, " ")
            elif k and chars[-1] == "\u00ad":
                chars.pop()
                del boxes[-4:]
            chars.extend(line.chars)
            boxes.extend(line.boxes)
    if chars and chars[-1] == "\u00ad":
        chars.pop()
        del boxes[-4:]
    if not unicodedata.is_normalized("NFC", "".join(chars)):
        chars, boxes = _nfc(chars, boxes)  # a line joined after a soft hyphen can start with a combining mark
    if matrix != IDENTITY:
        _transform_all(boxes, matrix)
    return PageText("".join(chars), array("f", boxes), bool(chars) and _invisible(raw))


def _invisible(raw: dict) -> bool:
    """Every span invisible: OCRmyPDF's and Tesseract's text layers under a scan (alpha 0, GlyphLessFont)."""
    spans = [span for block in raw.get("blocks", ()) if block.get("type") == 0
             for line in block.get("lines", ()) for span in line.get("spans", ())]
    return all(span.get("alpha", 255) == 0 or span.get("font") == "GlyphLessFont" for span in spans)


def order_blocks(blocks: list[_Block]) -> list[_Block]:
    if len(blocks) < 2:
        return blocks
    left, right = min(b.x0 for b in blocks), max(b.x1 for b in blocks)
    wide = WIDE_SHARE * (right - left)
    gutters = column_gutters([b for b in blocks if b.level])  # a page printed sideways has rows, not columns
    ordered: list[_Block] = []
    section: list[_Block] = []
    for block in sorted(blocks, key=lambda b: (b.y0, b.x0)):
        if block.x1 - block.x0 > wide or block.level and any(block.x0 <= g0 and block.x1 >= g1 for g0, g1 in gutters):
            ordered.extend(_order_section(section))
            section = []
            ordered.append(block)
        else:
            section.append(block)
    ordered.extend(_order_section(section))
    return ordered


def column_gutters(blocks: list[_Block]) -> list[tuple[float, float]]:
    """The x ranges between columns: strips where little text runs down the page, with much on both sides.

    "Little" is measured as the summed height of the blocks over each x (a column's paragraphs add up to
    most of the page; the title, an affiliation or a footer crossing the gutter to a small share), so a
    narrow centred block above or below the columns cannot glue them into one column.
    """
    edges = sorted({b.x0 for b in blocks} | {b.x1 for b in blocks})
    strips = [(x0, x1, sum(b.y1 - b.y0 for b in blocks if b.x0 <= x0 and b.x1 >= x1))
              for x0, x1 in zip(edges, edges[1:])]
    peak = max((cover for _, _, cover in strips), default=0.0)
    gutters: list[tuple[float, float]] = []
    k = 0
    while k < len(strips):
        if strips[k][2] > GUTTER_SHARE * peak:
            k += 1
            continue
        end = k
        while end + 1 < len(strips) and strips[end + 1][2] <= GUTTER_SHARE * peak:
            end += 1
        g0, g1 = strips[k][0], strips[end][1]
        before = max((c for _, _, c in strips[:k]), default=0.0)
        after = max((c for _, _, c in strips[end + 1:]), default=0.0)
        if g1 - g0 >= MIN_GUTTER and min(before, after) >= COLUMN_SHARE * peak:
            gutters.append((g0, g1))
        k = end + 1
    return gutters


def _order_section(blocks: list[_Block]) -> list[_Block]:
    columns = _merge(blocks, lambda b: (b.x0, b.x1))
    bands = _merge(columns, lambda col: (min(b.y0 for b in col), max(b.y1 for b in col)))
    out: list[_Block] = []
    for band in bands:
        for column in sorted(band, key=lambda col: min(b.x0 for b in col)):
            out.extend(sorted(column, key=lambda b: (b.y0, b.x0)))
    return out


def _merge(items: list[T], span: Callable[[T], tuple[float, float]]) -> list[list[T]]:
    """Groups of items whose [lo, hi] intervals overlap (transitively), ordered by lo."""
    groups: list[list[T]] = []
    hi_of_group = float("-inf")
    for item in sorted(items, key=lambda it: span(it)[0]):
        lo, hi = span(item)
        if groups and lo < hi_of_group - 1.0:  # 1 pt tolerance: touching columns stay apart
            groups[-1].append(item)
            hi_of_group = max(hi_of_group, hi)
        else:
            groups.append([item])
            hi_of_group = hi
    return groups


def _block(raw: dict) -> _Block | None:
    lines = [line for line in (_line(raw_line) for raw_line in raw.get("lines", ())) if line.chars]
    if not lines:
        return None
    x0, y0, x1, y1 = raw["bbox"]
    level = all(abs(line.get("dir", (1.0, 0.0))[1]) < 0.1 for line in raw.get("lines", ()))
    return _Block(x0, y0, x1, y1, lines, level)


def _line(raw: dict) -> _Line:
    chars: list[str] = []
    boxes: list[float] = []
    for span in raw.get("spans", ()):
        span_chars = span.get("chars", ())
        text = "".join([ch["c"] for ch in span_chars])
        if not _NEEDS_CARE.search(text) and (chars and chars[-1] != " " or text[:1] != " "):
            chars.extend(text)  # fast path: ordinary text with single inner spaces (nearly every span)
            boxes.extend([v for ch in span_chars for v in ch["bbox"]])
            continue
        for ch in span_chars:
            c = ch["c"]
            if c in _DROP:
                continue
            if c in _SPACE_LIKE or (c < "\xa0" and unicodedata.category(c) == "Cc"):
                if not chars or chars[-1] == " ":
                    continue  # no leading or doubled spaces: quotes typed by users have single spaces
                c = " "
            chars.append(c)
            boxes.extend(ch["bbox"])
    while chars and chars[-1] == " ":
        chars.pop()
        del boxes[-4:]
    text = "".join(chars)
    if may_hold_reversed_ligature(text) and text_rules.in_force() >= text_rules.LIGATURES_IN_ORDER:
        logical_ligatures(chars, boxes)
    if not unicodedata.is_normalized("NFC", text):
        chars, boxes = _nfc(chars, boxes)
    return _Line(chars, boxes)


def _nfc(chars: list[str], boxes: list[float]) -> tuple[list[str], list[float]]:
    """NFC per base+combining cluster; the cluster's characters share the union of its boxes."""
    out_chars: list[str] = []
    out_boxes: list[float] = []
    start = 0
    for end in range(1, len(chars) + 1):
        if end < len(chars) and unicodedata.combining(chars[end]):
            continue
        cluster = unicodedata.normalize("NFC", "".join(chars[start:end]))
        members = [boxes[k: k + 4] for k in range(4 * start, 4 * end, 4) if boxes[k] != NO_BOX]
        if members:
            union = [min(m[0] for m in members), min(m[1] for m in members),
                     max(m[2] for m in members), max(m[3] for m in members)]
        else:
            union = list(_NO_BOXES)  # only synthetic characters (joiners)
        out_chars.extend(cluster)
        out_boxes.extend(union * len(cluster))
        start = end
    return out_chars, out_boxes


def _transform_all(boxes: list[float], m: Matrix) -> None:
    """Map flat boxes in place from unrotated to displayed page coordinates; synthetic boxes stay."""
    a, b, c, d, e, f = m
    for k in range(0, len(boxes), 4):
        x0, y0, x1, y1 = boxes[k: k + 4]
        if x0 == NO_BOX and y0 == NO_BOX:
            continue
        ax, ay, bx, by = x0 * a + y0 * c + e, x0 * b + y0 * d + f, x1 * a + y1 * c + e, x1 * b + y1 * d + f
        boxes[k: k + 4] = (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))


def _join_directly(chars: list[str]) -> bool:
    if chars[-1] == "\u00ad":
        return True
    return chars[-1] == "-" and len(chars) > 1 and chars[-2].isalpha()


def _synthetic(chars: list[str], boxes: list[float], joiner: str) -> None:
    chars.extend(joiner)
    boxes.extend(_NO_BOXES * len(joiner))
