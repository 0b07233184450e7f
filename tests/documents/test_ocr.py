"""OCR through the real Tesseract program: recognised words, their boxes in page units, and the merged text."""

import os
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.documents.ocr import tesseract as ocr
from app.documents.ocr.text_layer import apply_layer, dump_layer, parse_layer
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import documents as fx
from tests.fixtures import fake_tesseract
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


@pytest.fixture
def fake(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fake tesseract (tests/fixtures/fake_tesseract.py) in its own folder: the test decides when a page ends."""
    folder = tmp_path / "fake"
    folder.mkdir()
    monkeypatch.setenv("SOURCEMARK_TESSERACT", str(fake_tesseract.install(folder)))
    return folder


@pytest.mark.timeout(60)  # a Cancel that is not seen would hang on the gate: fail, don't stall CI
def test_cancel_during_a_page_kills_tesseract_and_removes_the_page_image(fake: Path) -> None:
    fake_tesseract.make_gate(fake)  # never released: only Cancel can end the page
    with pytest.raises(ocr.OcrCancelled, match="nothing was changed"):
        ocr.ocr_pages(fx.many_pages_pdf(2), DocumentKind.PDF, "scan.pdf", [0, 1], "eng",
                      cancelled=lambda: bool(fake_tesseract.runs(fake)))  # Cancel once Tesseract is at work
    ((pid, image, _args),) = fake_tesseract.runs(fake)  # one run, never finished, nothing after it
    with pytest.raises(ProcessLookupError):
        os.kill(int(pid), 0)  # killed and reaped
    assert not Path(image).exists() and not Path(image).parent.exists()


@pytest.mark.timeout(60)
def test_a_page_past_the_page_limit_is_one_sentence_and_tesseract_is_killed(fake: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    fake_tesseract.make_gate(fake)  # the page never ends by itself
    monkeypatch.setattr(ocr, "PAGE_TIMEOUT", 0)  # already past the limit at the first look
    started: list[subprocess.Popen[bytes]] = []
    real_popen = subprocess.Popen

    def popen(*args: Any, **kwargs: Any) -> subprocess.Popen[bytes]:
        started.append(real_popen(*args, **kwargs))
        return started[-1]

    monkeypatch.setattr(ocr.subprocess, "Popen", popen)
    with pytest.raises(DocumentError, match=r"^Tesseract took more than 0 s on one page\.$") as info:
        ocr.ocr_pages(fx.many_pages_pdf(1), DocumentKind.PDF, "scan.pdf", [0], "eng")
    assert not isinstance(info.value, ocr.OcrCancelled)
    (proc,) = [p for p in started if "stdout" in p.args]  # the first page run (orientation) hit the limit
    assert proc.returncode == -signal.SIGKILL  # killed and reaped, whether or not it had got to the gate


def test_a_page_osd_cannot_read_is_recognised_as_it_is(fake: Path) -> None:
    (fake / "osd-fails").touch()  # Tesseract's "Too few characters" for orientation detection
    layer = ocr.ocr_pages(fx.many_pages_pdf(1), DocumentKind.PDF, "scan.pdf", [0], "eng")
    assert layer["pages"][0]["rotation"] == 0 and [w[0] for w in layer["pages"][0]["words"]] == ["harbour"]


def test_cancel_between_pages_starts_no_other_page(fake: Path) -> None:
    progress: list[tuple[int, int]] = []
    with pytest.raises(ocr.OcrCancelled):
        ocr.ocr_pages(fx.many_pages_pdf(2), DocumentKind.PDF, "scan.pdf", [0, 1], "eng",
                      progress=lambda done, total: progress.append((done, total)),
                      cancelled=lambda: (1, 2) in progress)  # Cancel pressed as page 1 is done
    assert progress == [(0, 2), (1, 2)]
    runs = fake_tesseract.runs(fake)
    assert [r[2] for r in runs if len(r) == 3] == ["-l osd --psm 0", "-l eng --dpi 300 tsv"]  # page 1 only
    assert runs[-1][1] == "done"


@pytest.mark.timeout(60)
def test_a_page_that_waits_while_cancel_is_asked_finishes_when_tesseract_answers(fake: Path) -> None:
    gate = fake_tesseract.make_gate(fake)
    asked: list[bool] = []

    def cancelled() -> bool:  # asked during the page too: let the run that holds the gate go on
        asked.append(fake_tesseract.release(gate))
        return False

    layer = ocr.ocr_pages(fx.many_pages_pdf(1), DocumentKind.PDF, "one.pdf", [0], "eng", cancelled=cancelled)
    assert True in asked  # Cancel was looked at while a run was blocked, and the run was then let go
    (page,) = layer["pages"]
    assert page["rotation"] == 0 and [w[0] for w in page["words"]] == ["harbour"]
    assert page["words"][0][2:6] == [4.8, 9.6, 28.8, 16.8]  # 300 dpi pixels back in points


@pytest.mark.slow
@needs_tesseract
@pytest.mark.timeout(240)  # the guard: before the fix this page waited for the 600 s page limit
def test_a_slow_starting_tesseract_still_reads_a_full_page_scan(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.which("tesseract")
    assert real is not None
    wrapper = tmp_path / "bin" / "tesseract"  # what a loaded laptop does: Tesseract reads its input late
    wrapper.parent.mkdir()
    wrapper.write_text(f"#!/bin/sh\nsleep 0.5\nexec {real} \"$@\"\n", encoding="utf-8")
    wrapper.chmod(0o755)
    monkeypatch.setenv("PATH", f"{wrapper.parent}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.delenv("SOURCEMARK_TESSERACT", raising=False)
    assert ocr.tesseract() == str(wrapper)
    data = im.full_page_scan_pdf()
    layer = ocr.ocr_pages(data, DocumentKind.PDF, "scan.pdf", [0], "eng")
    words = [w[0] for w in layer["pages"][0]["words"]]
    assert words.count("harbour") >= 15 and "Line" in words


def test_the_page_image_is_bigger_than_a_pipe_buffer() -> None:
    from app.documents.formats.mupdf import open_document

    doc = open_document(im.full_page_scan_pdf(), DocumentKind.PDF, "scan.pdf", None)
    png, _ = ocr._page_png(doc, 0, DocumentKind.PDF)
    doc.close()
    assert len(png) > 4 * 65_536


@pytest.mark.slow
@needs_tesseract
@pytest.mark.parametrize("turned", [90, 180, 270])
def test_a_turned_scan_is_read_upright_and_its_words_sit_where_they_are_shown(turned: int) -> None:
    upright = _words(ocr.ocr_pages(im.scanned_text_pdf(), DocumentKind.PDF, "scan.pdf", [0], "eng"))
    data = im.scanned_text_pdf(turned=turned)
    layer = ocr.ocr_pages(data, DocumentKind.PDF, "turned.pdf", [0], "eng")
    assert layer["pages"][0]["rotation"] == turned  # turned back clockwise as far as the scanner turned it away
    text = apply_layer(load_bytes(data, "turned.pdf").text, parse_layer(dump_layer(layer)))
    assert text.text == "The harbour was closed on Tuesday\n\nafter the storm damaged the pier."
    # Where "Tuesday" is on the upright page (700 x 160 pt), and so where it must be on the turned one.
    x0, y0, x1, y1 = upright["Tuesday"][2:6]
    w, h = 700, 160
    expected = {90: (y0, w - x1, y1, w - x0), 180: (w - x1, h - y1, w - x0, h - y0), 270: (h - y1, x0, h - y0, x1)}
    found = _words(layer)["Tuesday"][2:6]
    assert found == pytest.approx(expected[turned], abs=3)
    start = text.text.index("Tuesday")
    first, last = text.quads(start, start + 1)[0], text.quads(start + 6, start + 7)[0]
    reading = {90: last.y1 <= first.y0 + 0.1, 180: last.x1 <= first.x0 + 0.1, 270: first.y1 <= last.y0 + 0.1}
    assert reading[turned], (first, last)  # "T" comes first in the direction the text runs on screen
    bx0, by0, bx1, by1 = (min(q.x0 for q in text.quads(start, start + 7)), min(q.y0 for q in text.quads(start, start + 7)),
                          max(q.x1 for q in text.quads(start, start + 7)), max(q.y1 for q in text.quads(start, start + 7)))
    assert (bx0, by0, bx1, by1) == pytest.approx(found, abs=0.5)


def test_osd_report_and_character_boxes_of_turned_pages() -> None:
    report = "Page number: 0\nOrientation in degrees: 270\nRotate: 90\nOrientation confidence: 6.67\nScript: Latin\n"
    assert ocr.parse_osd(report) == 90
    assert ocr.parse_osd(report.replace("6.67", "0.4")) == 0  # unsure: left as it is
    assert ocr.parse_osd("Too few characters. Skipping this page") == 0
    from app.documents.ocr.text_layer import page_text

    word = [["ab", 90, 10, 0, 20, 40, 1, 1, 1]]
    assert list(page_text(word, 90)[1]) == [10, 20, 20, 40, 10, 0, 20, 20]  # reads upward: "a" below "b"
    assert list(page_text(word, 270)[1]) == [10, 0, 20, 20, 10, 20, 20, 40]
    assert list(page_text(word, 180)[1]) == [15, 0, 20, 40, 10, 0, 15, 40]
    with pytest.raises(DocumentError, match="damaged"):
        parse_layer(b'{"pages": [{"index": 0, "rotation": 45, "words": []}]}')
