"""The letters of one Arabic ligature glyph put back in logical order after MuPDF reversed them.

A right-to-left line is usually drawn in visual order (its last letter first, leftmost). MuPDF turns the line
round into logical order, and with it the letters one glyph stands for: a presentation-form ligature it
decomposes (U+FCCB lam-khah, U+FEFB lam-alef) or a ToUnicode entry of two letters. They come out last letter
first, "الخطوط" as "اخلطوط": the trailing letters with a zero-width box at the glyph's right edge, then the
first letter with the glyph's box. Such a run is turned round when, turned round, it is the decomposition
(NFKC, which is logical order) of an Arabic presentation-form ligature: the boxes say it came reversed, the
ligature check keeps a letter that merely has no width (a font without widths) where it is.
Each character keeps its own box.
"""

import re
import unicodedata

from app.domain.geometry import NO_BOX

_TOLERANCE = 0.01  # points: the zero-width boxes sit exactly at the glyph's edge, up to float rounding
_ARABIC = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
# Presentation Forms-A and -B that stand for two letters or more, by their letters in logical order. Forms with
# a mark (U+FD3C alef-fathatan) are left out: MuPDF gives a mark a zero-width box of its own, and a mark drawn
# before the letter it sits on would otherwise be moved behind the next letter.
LIGATURES = frozenset(
    letters for code in [*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)]
    if len(letters := unicodedata.normalize("NFKC", chr(code))) > 1 and all(unicodedata.category(c) == "Lo" for c in letters)
)


def may_hold_reversed_ligature(text: str) -> bool:
    return _ARABIC.search(text) is not None


def logical_ligatures(chars: list[str], boxes: list[float]) -> None:
    """Turn round, in place, each ligature's letters MuPDF gave last letter first (see the module's note)."""
    k = 0
    while k < len(chars):
        x = boxes[4 * k]
        if x == NO_BOX or abs(boxes[4 * k + 2] - x) > _TOLERANCE:
            k += 1
            continue
        glyph = k + 1  # after the zero-width letters at x: the letter with the glyph's box, ending at x
        while glyph < len(chars) and abs(boxes[4 * glyph] - x) <= _TOLERANCE and abs(boxes[4 * glyph + 2] - x) <= _TOLERANCE:
            glyph += 1
        if glyph < len(chars) and abs(boxes[4 * glyph + 2] - x) <= _TOLERANCE and boxes[4 * glyph] < x - _TOLERANCE:
            run = "".join(chars[k: glyph + 1])
            if run[::-1] in LIGATURES:  # (the boxes tell the order: "مج" and "جم" are both ligatures)
                chars[k: glyph + 1] = chars[k: glyph + 1][::-1]
                cells = [boxes[4 * i: 4 * i + 4] for i in range(glyph, k - 1, -1)]
                boxes[4 * k: 4 * glyph + 4] = [v for cell in cells for v in cell]
                k = glyph + 1
                continue
        k += 1
