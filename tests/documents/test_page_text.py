"""Reading order and joining rules on hand-made rawdict pages (no PyMuPDF needed)."""

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from app.documents.formats.page_text import page_text
from app.domain.normalize import canonical_text


def _line(text: str, x: float, y: float, width: float = 6.0) -> dict:
    chars = [{"c": c, "bbox": (x + i * width, y, x + (i + 1) * width, y + 12)} for i, c in enumerate(text)]
    return {"bbox": (x, y, x + len(text) * width, y + 12), "spans": [{"chars": chars}]}


def _block(*lines: dict) -> dict:
    boxes = [line["bbox"] for line in lines]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    return {"type": 0, "bbox": bbox, "lines": list(lines)}


def _boxes_ok(page) -> None:
    assert len(page.boxes) == 4 * len(page.text)


def test_columns_read_one_after_the_other_and_page_number_last() -> None:
    raw = {"blocks": [
        _block(_line("Left one", 50, 100), _line("left two", 50, 114)),
        _block(_line("Right one", 300, 100), _line("right two", 300, 114)),
        _block(_line("A headline that runs across the whole page width", 50, 60, 10.0)),
        _block(_line("7", 280, 800)),
    ]}
    page = page_text(raw)
    assert page.text == ("A headline that runs across the whole page width\n\nLeft one left two\n\n"
                         "Right one right two\n\n7")
    _boxes_ok(page)


def test_hyphens_and_soft_hyphens_at_line_ends() -> None:
    raw = {"blocks": [_block(_line("a well-", 50, 100), _line("known exam\u00ad", 50, 114), _line("ple.", 50, 128))]}
    page = page_text(raw)
    assert page.text == "a well-known example."
    _boxes_ok(page)
    assert page.ends_sentence


def test_whitespace_is_collapsed_and_synthetic_chars_have_no_box() -> None:
    raw = {"blocks": [_block(_line("  two   spaces\t ", 50, 100)), _block(_line("next", 50, 200))]}
    page = page_text(raw)
    assert page.text == "two spaces\n\nnext"
    joiner = page.text.index("\n")
    assert list(page.boxes[4 * joiner: 4 * joiner + 8]) == [-1.0] * 8
    assert page.boxes[0] == 50 + 2 * 6  # the first kept char is the "t" after two dropped spaces


def test_decomposed_accents_become_nfc_with_one_box_each() -> None:
    raw = {"blocks": [_block(_line("cafe\u0301 ok", 50, 100))]}
    page = page_text(raw)
    assert page.text == "café ok"
    _boxes_ok(page)
    assert tuple(page.boxes[12:16]) == (68.0, 100.0, 80.0, 112.0)  # "é" covers "e" and the accent


def test_rotation_matrix_maps_boxes() -> None:
    raw = {"blocks": [_block(_line("ab", 10, 20))]}
    page = page_text(raw, (0.0, 1.0, -1.0, 0.0, 842.0, 0.0))  # /Rotate 90 on an A4 page
    assert tuple(page.boxes[:4]) == (842 - 32, 10.0, 842 - 20, 16.0)


_chars = st.text(alphabet=st.sampled_from(list("ab -\u00ad\u0301\t\r\n\x00\ufeffé\u2029Я")), max_size=12)


@given(st.lists(st.lists(_chars, min_size=1, max_size=3), max_size=4))
def test_any_page_gives_canonical_text_and_one_box_per_char(blocks: list[list[str]]) -> None:
    raw = {"blocks": [_block(*(_line(t or "x", 50 + 300 * (b % 2), 100 + 20 * k + 100 * b) for k, t in enumerate(lines)))
                      for b, lines in enumerate(blocks)]}
    page = page_text(raw)
    _boxes_ok(page)
    assert canonical_text(page.text) == page.text
    assert unicodedata.is_normalized("NFC", page.text)
