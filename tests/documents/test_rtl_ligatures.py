"""An Arabic ligature's letters, which MuPDF gives last letter first in a right-to-left line, come out in
logical order (hand-made rawdict lines as MuPDF gives them: logical order, boxes running right to left)."""

import unicodedata

from app.documents.formats.page_text import page_text
from app.documents.formats.rtl_ligatures import LIGATURES, logical_ligatures
from app.domain.geometry import NO_BOX

LAM, KHAH, ALEF, TAH, WAW, BEH, TEH, FATHATAN = "\u0644", "\u062e", "\u0627", "\u0637", "\u0648", "\u0628", "\u062a", "\u064b"


def _rtl_page(cells: list[tuple[str, float]], right: float = 200.0) -> dict:
    """One line; each (char, width) from the right edge leftwards; width 0 is a zero-width box where the pen is."""
    chars = []
    x = right
    for c, width in cells:
        chars.append({"c": c, "bbox": (x - width, 100.0, x, 112.0)})
        x -= width
    line = {"bbox": (x, 100.0, right, 112.0), "dir": (1.0, 0.0), "spans": [{"chars": chars}]}
    return {"blocks": [{"type": 0, "bbox": line["bbox"], "lines": [line]}]}


def test_the_decomposition_of_lam_khah_is_lam_then_khah() -> None:  # what the fix relies on: NFKC is logical order
    assert unicodedata.normalize("NFKC", "\ufccb") == LAM + KHAH and LAM + KHAH in LIGATURES
    assert unicodedata.normalize("NFKC", "\ufefb") == LAM + ALEF and LAM + ALEF in LIGATURES


def test_lam_khah_given_khah_first_reads_lam_khah_and_each_letter_keeps_its_box() -> None:
    # "الخطوط" as MuPDF 1.28 gives U+FCCB drawn in visual order: khah (zero width at the glyph's right edge), then lam
    page = page_text(_rtl_page([(ALEF, 10), (KHAH, 0), (LAM, 30), (TAH, 27), (WAW, 21), (TAH, 32)]))
    assert page.text == ALEF + LAM + KHAH + TAH + WAW + TAH == "الخطوط"
    boxes = [tuple(page.boxes[4 * i: 4 * i + 4]) for i in range(3)]
    assert boxes == [(190.0, 100.0, 200.0, 112.0), (160.0, 100.0, 190.0, 112.0), (190.0, 100.0, 190.0, 112.0)]


def test_lam_alef_given_alef_first_reads_lam_alef() -> None:
    page = page_text(_rtl_page([(BEH, 10), (ALEF, 0), (LAM, 14), (TEH, 10)]))
    assert page.text == BEH + LAM + ALEF + TEH


def test_letters_in_logical_order_or_without_a_ligature_are_left_as_they_are() -> None:
    assert page_text(_rtl_page([(LAM, 14), (ALEF, 0), (TEH, 10)])).text == LAM + ALEF + TEH  # glyph box first: logical
    assert page_text(_rtl_page([(BEH, 0), (TEH, 10)])).text == BEH + TEH  # "تب" is no ligature: a letter without width
    assert page_text(_rtl_page([(FATHATAN, 0), (ALEF, 10)])).text == FATHATAN + ALEF  # a mark: which letter it sits on is unknown
    assert page_text(_rtl_page([(ALEF, 0), (LAM, 14)], right=300)).text == LAM + ALEF  # at the line's start too


def test_nothing_but_the_ligature_changes_in_a_line() -> None:
    chars = list("ab" + ALEF + LAM + "c")
    boxes = [0, 0, 5, 9, 5, 0, 10, 9, 30, 0, 30, 9, 16, 0, 30, 9, NO_BOX, NO_BOX, NO_BOX, NO_BOX]
    logical_ligatures(chars, boxes)
    assert "".join(chars) == "ab" + LAM + ALEF + "c"
    assert boxes == [0, 0, 5, 9, 5, 0, 10, 9, 16, 0, 30, 9, 30, 0, 30, 9, NO_BOX, NO_BOX, NO_BOX, NO_BOX]
