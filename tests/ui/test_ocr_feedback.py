"""Feedback: adding a scan offers OCR in the one summary of the files added; after OCR
the bar says what OCR found, and it goes when another document opens."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.documents.test_ocr import needs_tesseract
from tests.fixtures import images as im

from .helpers import write_article


def _press_in_summary(label_start: str, seen: list[str]) -> None:
    """Once the summary box is up (its own event loop runs), note its text and press a button of it."""
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    seen.append(box.text())
    next(b for b in box.buttons() if b.text().replace("&", "").startswith(label_start)).click()


def test_adding_a_scan_and_a_text_is_one_summary_offering_ocr(main_window, tmp_path, monkeypatch, message_boxes) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(im.scanned_text_pdf())
    started: list[str] = []
    monkeypatch.setattr(main_window.io, "run_ocr", started.append)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _press_in_summary("Recognise text", seen))
    added = main_window.io.add_files([scan, write_article(tmp_path, "note.txt", "A note.\n")])
    assert len(added) == 2 and len(seen) == 1 and not message_boxes  # one box, no other
    assert "Added 2 of 2 files." in seen[0] and "No text layer (a scan?) in scan.pdf" in seen[0] and "OCR" in seen[0]
    assert started == [added[0]]  # the button starts OCR of the scan


def test_closing_the_summary_runs_nothing(main_window, tmp_path, monkeypatch) -> None:
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(im.scanned_text_pdf())
    started: list[str] = []
    monkeypatch.setattr(main_window.io, "run_ocr", started.append)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _press_in_summary("Close", seen))
    main_window.io.add_files([scan])
    assert len(seen) == 1 and started == []


def test_good_files_need_no_summary(main_window, tmp_path, message_boxes) -> None:
    added = main_window.io.add_files([write_article(tmp_path, f"n{i}.txt", f"Note {i}.\n") for i in range(3)])
    assert len(added) == 3 and not message_boxes


@needs_tesseract
def test_after_ocr_the_bar_says_what_was_found_and_goes_with_the_document(qtbot, main_window, ui_session, doc_id,
                                                                          tmp_path) -> None:
    from tests.fixtures.run import add_bytes

    scan = add_bytes(ui_session, tmp_path, "scan.pdf", im.scanned_text_pdf())
    main_window.open_document(scan)
    with qtbot.waitSignal(main_window.ocr.finished, timeout=60_000):
        assert main_window.ocr.run(scan)
    bar = main_window.bar
    assert bar.isVisible() and bar.document_id == scan
    assert bar.label.text().startswith("OCR (eng) recognised") and "words" in bar.label.text()
    assert "replaced by a new version" not in bar.label.text()
    main_window.open_document(doc_id)
    assert not bar.isVisible()


def test_a_pdf_with_some_scanned_pages_is_offered_ocr_and_its_pages_named(main_window, tmp_path, monkeypatch) -> None:
    from tests.fixtures import pdf_facts as pf

    report = tmp_path / "report.pdf"
    report.write_bytes(pf.mixed_scan_pdf(scanned_pages=(1, 2), pages=3))
    started: list[str] = []
    monkeypatch.setattr(main_window.io, "run_ocr", started.append)
    seen: list[str] = []
    QTimer.singleShot(0, lambda: _press_in_summary("Recognise text", seen))
    added = main_window.io.add_files([report])
    assert seen == ["report.pdf: pages 2, 3 have no text layer (scanned); search and quotes miss them until you run "
                    "OCR.\nThe text of those pages can be quoted once it is recognised (OCR)."]
    assert started == added
