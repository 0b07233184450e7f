"""OCR of scans as they come: a tiny page holding a very high resolution scan, pages fed askew, an
orientation Tesseract is unsure of, and pages where OCR reads nothing or reads a script it was not asked
for. Real Tesseract (eng, rus, osd), images drawn with Pillow."""

import os
import re
import shutil

import pytest
from PIL import Image

from app.documents.formats.mupdf import open_document
from app.documents.ocr import deskew
from app.documents.ocr import tesseract as ocr
from app.documents.ocr.checks import Osd, page_findings, parse_osd_report
from app.domain.documents import DocumentKind
from tests.fixtures import ocr_scans as sc

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                     reason="tesseract is not installed (bash packaging/dev.sh setup installs it)")
WORDS = " ".join(sc.PARAGRAPHS).split()


def _read(data: bytes, lang: str = "eng") -> dict:  # type: ignore[type-arg]
    return ocr.ocr_pages(data, DocumentKind.PDF, "scan.pdf", [0], lang)["pages"][0]


def _text(page: dict) -> list[str]:  # type: ignore[type-arg]
    return [w[0] for w in page["words"]]


@pytest.mark.slow
@needs_tesseract
def test_a_tiny_page_is_rendered_at_its_scans_own_resolution() -> None:
    data = sc.tiny_page_hires_scan()
    doc = open_document(data, DocumentKind.PDF, "card.pdf")
    png, _ = ocr._page_png(doc, 0, DocumentKind.PDF)
    doc.close()
    with Image.open(__import__("io").BytesIO(png)) as image:
        assert image.width == pytest.approx(3400, abs=2)  # not 425 px (300 dpi of a 102-point page)
    page = _read(data)
    assert _text(page) == WORDS and page["rotation"] == 0


@pytest.mark.parametrize(("pixels", "points", "dpi"), [
    ((12_000, 9_000), (600, 450), 409),  # 1440 dpi: as many pixels as an A4 page at 300 dpi, no more
    ((4_960, 7_016), (595, 842), 300),  # an A4 scan at 600 dpi is read at 300: no better, 4x slower
    ((1_240, 1_754), (595, 842), 300),  # a 150 dpi scan is enlarged to 300
    ((3_400, 780), (102, 23.4), 2400)])  # a 1.4-inch card at 2400 dpi: all its pixels
def test_a_scan_is_rendered_at_its_own_resolution_within_limits(pixels: tuple[int, int],
                                                                points: tuple[float, float], dpi: int) -> None:
    doc = open_document(sc.pdf_of(Image.new("L", pixels, 255), points), DocumentKind.PDF, "scan.pdf")
    zoom = ocr._zoom(doc, 0, DocumentKind.PDF)
    doc.close()
    assert round(72 * zoom) == pytest.approx(dpi, abs=1)


@pytest.mark.parametrize("degrees", [-4.0, -1.5, 0.0, 0.7, 2.5, 5.0])
def test_skew_is_measured_within_a_tenth_of_a_degree(degrees: float) -> None:
    image = sc.text_page().rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    assert deskew.skew_angle(image) == pytest.approx(degrees, abs=0.11)


def test_a_page_without_lines_of_text_is_not_turned() -> None:
    assert deskew.skew_angle(Image.new("L", (800, 600), 255)) == 0.0
    photo = Image.new("L", (800, 600), 180)
    photo.paste(40, (100, 100, 500, 400))
    assert deskew.skew_angle(photo) == 0.0


def test_boxes_on_the_levelled_image_map_back_onto_the_tilted_one() -> None:
    # a point right of centre on an image turned 90 degrees clockwise came from above the centre
    assert deskew.unskew_box([150, 50, 150, 50], 90.0, (200, 100)) == pytest.approx([100, 0, 100, 0], abs=1e-9)
    assert deskew.unskew_box([10, 20, 30, 40], 0.0, (200, 100)) == pytest.approx([10, 20, 30, 40])


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("degrees", [2.0, -3.0, 4.0])
def test_a_skewed_scan_is_levelled_and_read_in_order(degrees: float) -> None:
    page = _read(sc.skewed_scan(degrees))
    assert _text(page) == WORDS
    assert page["skew"] == pytest.approx(degrees, abs=0.11)
    # every word box, mapped back onto the tilted page as shown, sits on that word's ink (200 dpi: 200/72 px a point)
    tilted = sc.text_page().rotate(degrees, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    for word in page["words"]:
        x0, y0, x1, y1 = (v * 200 / 72 for v in word[2:6])
        middle = tilted.crop((round(x0 + (x1 - x0) / 3), round(y0 + (y1 - y0) / 3),
                              round(x1 - (x1 - x0) / 3), round(y1 - (y1 - y0) / 3)))
        ink = sum(1 for v in middle.tobytes() if v < 128) / max(1, middle.width * middle.height)
        assert ink > 0.08, (word[0], ink)


@pytest.mark.slow
@needs_tesseract
def test_an_unsure_turn_is_checked_by_reading_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    # What OSD said of an upright page rendered too small: "Rotate: 180" with confidence 3.15
    monkeypatch.setattr(ocr, "orientation", lambda png, cancelled: Osd(180, 3.15, "Latin", 20.0))
    page = _read(sc.skewed_scan(0.0))
    assert page["rotation"] == 0 and _text(page) == WORDS
    upside_down = sc.pdf_of(sc.text_page().rotate(180), (1700 * 72 / 200, 500 * 72 / 200))
    page = _read(upside_down)
    assert page["rotation"] == 180 and _text(page) == WORDS


def test_a_sure_turn_is_trusted_and_a_weak_one_ignored() -> None:
    report = "Rotate: 180\nOrientation confidence: {}\nScript: Latin\nScript confidence: 2.5\n"
    assert parse_osd_report(report.format("9.5")).sure and parse_osd_report(report.format("9.5")).turn == 180
    assert not parse_osd_report(report.format("3.15")).sure and parse_osd_report(report.format("3.15")).turn == 180
    assert parse_osd_report(report.format("2.0")).turn == 0
    assert parse_osd_report(report.format("9.5")).known_script == ""  # script confidence 2.5: not named


@needs_tesseract
def test_a_page_in_a_script_the_language_does_not_read_names_the_pack() -> None:
    page = _read(sc.cyrillic_scan(), "eng")
    assert page["script"] == "Cyrillic"
    layer = {"lang": "eng", "pages": [page]}
    (finding,) = page_findings(layer, ["eng", "rus"])
    assert re.fullmatch(r"page 1: OCR read (little \(12 words, \d+ with confidence\)|12 words), but the page looks "
                        r"like Cyrillic script, which eng does not read: run OCR again with --lang rus", finding), finding
    assert page_findings(layer, ["eng"])[0].endswith(
        "install its language pack (Debian: apt install tesseract-ocr-rus) and run OCR with --lang rus")
    right = _read(sc.cyrillic_scan(), "rus")
    assert " ".join(_text(right)) == " ".join(sc.CYRILLIC)
    assert page_findings({"lang": "rus", "pages": [right]}, ["eng", "rus"]) == []


@needs_tesseract
def test_a_page_where_ocr_finds_nothing_says_so() -> None:
    page = _read(sc.blank_photo_scan())
    assert page["words"] == []
    assert page_findings({"lang": "eng", "pages": [page]}, ["eng", "kor"]) == [
        "page 1: OCR found no words; if it holds text, it may be in a language eng does not read (installed: "
        "eng, kor), or too small or blurred"]


def test_chinese_and_korean_pages_name_their_packs() -> None:
    pages = [{"index": 0, "script": "Han", "words": []}, {"index": 4, "script": "Hangul",
                                                          "words": [["x", 20, 0, 0, 1, 1, 1, 1, 1]]}]
    assert page_findings({"lang": "eng", "pages": pages}, ["eng", "kor"]) == [
        "page 1: OCR found no words, but the page looks like Han script, which eng does not read: install its "
        "language pack (Debian: apt install tesseract-ocr-chi-sim) and run OCR with --lang chi_sim",
        "page 5: OCR read little (1 word, 0 with confidence), but the page looks like Hangul script, which eng "
        "does not read: run OCR again with --lang kor"]


def test_a_short_page_read_with_confidence_is_no_finding_and_guesses_are() -> None:
    sure = [["Unmapped", 96, 0, 0, 1, 1, 1, 1, 1], ["glyphs", 95, 0, 0, 1, 1, 1, 1, 1]]
    guesses = [["sw", 20, 0, 0, 1, 1, 1, 1, 1], ["|", 31, 0, 0, 1, 1, 1, 1, 1], ["+", 88, 0, 0, 1, 1, 1, 1, 1]]
    layer = {"lang": "eng", "pages": [{"index": 0, "script": "Latin", "words": sure},
                                      {"index": 1, "script": "", "words": guesses}]}
    assert page_findings(layer, ["eng"]) == [
        "page 2: OCR read little (3 words, 1 with confidence); if it holds text, it may be in a language eng does "
        "not read (installed: eng), or too small or blurred"]


@needs_tesseract
def test_a_blank_page_is_not_read_and_not_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_tesseract(*args: object, **kwargs: object) -> None:
        raise AssertionError("Tesseract ran on a blank page")

    monkeypatch.setattr(ocr, "_run_on_image", no_tesseract)
    page = _read(sc.pdf_of(Image.new("L", (1200, 1600), 250), (432, 576)))
    assert page["blank"] is True and page["words"] == []
    assert page_findings({"lang": "eng", "pages": [page]}, ["eng"]) == []
    assert deskew.has_ink(Image.new("L", (10, 10), 250)) is False
    assert deskew.has_ink(sc.text_page()) is True
