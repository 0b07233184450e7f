"""OCR through the real Tesseract program: recognised words, their boxes in page units, and the merged text."""

import os
import shutil

import pytest

from app.documents import ocr
from app.documents.ocr_text import apply_layer, dump_layer, parse_layer
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import images as im

# CI installs tesseract through packaging/dev.sh, so there the test must run; skip only on a bare dev machine.
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                     reason="tesseract is not installed (bash packaging/dev.sh setup installs it)")


def _words(layer: dict) -> dict[str, list]:  # type: ignore[type-arg]
    return {w[0]: w for page in layer["pages"] for w in page["words"]}


@needs_tesseract
def test_scanned_pdf_words_and_boxes_in_points() -> None:
    layer = ocr.ocr_pages(im.scanned_text_pdf(), DocumentKind.PDF, "scan.pdf", [0], "eng")
    assert layer["lang"] == "eng" and layer["engine"].startswith("tesseract")
    words = _words(layer)
    for word in "The harbour was closed on Tuesday after the storm damaged".split():
        assert word in words, (word, sorted(words))
    # The image was drawn at 2 px per point, text from x = 60 px (30 pt), lines at y = 60 and 160 px.
    text, conf, x0, y0, x1, y1, *_ = words["harbour"]
    assert 60 < x0 < 90 and 25 < y0 < 45 and x1 - x0 > 40 and 10 < y1 - y0 < 25 and conf > 80
    assert 70 < words["storm"][3] < 95  # second line, in points


@needs_tesseract
def test_image_words_are_in_pixels_and_merge_into_the_canonical_text() -> None:
    data = im.screenshot_png()
    layer = ocr.ocr_pages(data, DocumentKind.IMAGE, "shot.png", [0], "eng")
    words = _words(layer)
    x0, y0, x1, y1 = words["Tuesday"][2:6]
    assert 500 < x0 < 700 and 60 < y0 < 85 and 110 < x1 - x0 < 200  # pixels of the 1400 px wide image
    base = load_bytes(data, "shot.png").text
    text = apply_layer(base, parse_layer(dump_layer(layer)))
    assert text.text == "The harbour was closed on Tuesday\n\nafter the storm damaged the pier."
    start = text.text.index("Tuesday")
    quads = text.quads(start, start + len("Tuesday"))
    assert len(quads) == 1 and abs(quads[0].x0 - x0) < 1 and abs(quads[0].x1 - x1) < 1
    assert text.ocr_pages == frozenset({0})
    assert 0.8 < text.ocr_confidence(start, start + 7) <= 1.0  # type: ignore[operator]
    assert text.range_in_rect(0, x0 - 2, y0 - 2, x1 + 2, y1 + 2) == (start, start + 7)


def test_layer_merge_keeps_pages_that_have_text() -> None:
    from array import array

    from app.domain.geometry import DocumentText, PageLayout

    base = DocumentText("Page one text.", (PageLayout(0, 0, 14, 100, 100, 0, array("f", [1.0] * 56)),
                                           PageLayout(1, 14, 14, 100, 100)))
    layer = {"engine": "tesseract 5", "lang": "eng", "pages": [
        {"index": 0, "words": [["Ignored", 90, 0, 0, 10, 10, 1, 1, 1]]},  # page 0 has text: left alone
        {"index": 1, "words": [["Scanned", 90, 10, 10, 80, 20, 1, 1, 1], ["page", 50, 85, 10, 99, 20, 1, 1, 1]]},
    ]}
    text = apply_layer(base, layer)
    assert text.text == "Page one text.\n\nScanned page"
    assert [(p.start, p.end) for p in text.pages] == [(0, 14), (14, 28)]
    assert text.ocr_pages == frozenset({1})
    assert text.ocr_confidence(0, 14) is None and text.ocr_confidence(16, 28) == 0.7
    assert text.quads(16, 23)[0][1:] == pytest.approx((10, 10, 80, 20))


def test_damaged_layer_is_one_sentence() -> None:
    for raw in (b"", b"{}", b'{"pages": [{"index": 0, "words": [[1, 2]]}]}', b"\xff" * 10):
        with pytest.raises(DocumentError, match="OCR layer is damaged"):
            parse_layer(raw)


def test_missing_tesseract_and_unknown_language_are_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEMARK_TESSERACT", "/nonexistent/tesseract")
    with pytest.raises(DocumentError, match=r"^OCR needs Tesseract, which is not installed"):
        ocr.ocr_pages(im.screenshot_png(), DocumentKind.IMAGE, "shot.png", [0], "eng")
    monkeypatch.delenv("SOURCEMARK_TESSERACT")
    with pytest.raises(DocumentError, match="not a list of OCR languages"):
        ocr.check_languages("eng; rm -rf /")
    if shutil.which("tesseract"):
        with pytest.raises(DocumentError, match=r"OCR language xyz is not installed \(installed: .*eng"):
            ocr.check_languages("eng+xyz")


@needs_tesseract
def test_cancel_stops_between_and_during_pages() -> None:
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 1

    with pytest.raises(ocr.OcrCancelled):
        ocr.ocr_pages(im.scanned_text_pdf(), DocumentKind.PDF, "scan.pdf", [0], "eng", cancelled=cancelled)
