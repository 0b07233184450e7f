"""GUI for images: a drag draws a region on the picture, EXIF in Document details, OCR off the GUI thread with
a progress dialog and Cancel, the OCR languages setting."""

import os
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from app.services.documents import document_text
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.shell.settings import AppSettings
from tests.fixtures import images as im
from tests.fixtures.run import add_bytes

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None and not os.environ.get("CI"),
                                     reason="tesseract is not installed")


def _add(session: ProjectSession, tmp_path: Path, name: str, data: bytes) -> str:
    return add_bytes(session, tmp_path, name, data)


@pytest.fixture
def window(qtbot, session: ProjectSession, tmp_path: Path):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    bridge = SessionBridge(session)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(bridge, settings, CategoryColors())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.view.show_document(None)
    bridge.detach()


def _open(qtbot, win, doc_id: str) -> None:
    win.open_document(doc_id)
    pv = win.view.page_view
    qtbot.waitUntil(lambda: pv.page_count() > 0 and pv.item(0).image is not None, timeout=10_000)


def _drag(qtbot, win, a: tuple[float, float], b: tuple[float, float], shift: bool = False) -> None:
    pv = win.view.page_view
    pa = pv.mapFromScene(pv.page_origin(0) + QPointF(*a))
    pb = pv.mapFromScene(pv.page_origin(0) + QPointF(*b))
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.mousePress(pv.viewport(), Qt.MouseButton.LeftButton, mods, pos=pa)
    qtbot.mouseMove(pv.viewport(), pos=(pa + pb) / 2)
    qtbot.mouseMove(pv.viewport(), pos=pb)
    qtbot.mouseRelease(pv.viewport(), Qt.MouseButton.LeftButton, mods, pos=pb)


def test_drag_on_an_image_marks_a_region_and_h_saves_it(qtbot, window, session: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(session, tmp_path, "shot.png", im.png())
    _open(qtbot, window, doc_id)
    _drag(qtbot, window, (40, 40), (200, 160))
    region = window.view.region_selection()
    assert region is not None and region[0] == doc_id
    page, x, y, w, h = region[1]
    assert page == 0 and abs(x - 40) < 3 and abs(y - 40) < 3 and abs(w - 160) < 4 and abs(h - 120) < 4
    assert window.view.selection() is None and window.actions_by_name["highlight"].isEnabled()
    assert window.view.page_view.item(0).selection  # the rectangle is drawn
    aid = window.reader.highlight()
    ann = session.project.annotations[aid]
    assert ann.region and ann.quads[0].page == 0 and abs(ann.quads[0].x1 - 200) < 4
    assert window.bridge.undo_stack.count() == 1
    model = window.annotations_panel.model
    assert any("[region" in str(model.data(model.index(r, c))) for r in range(model.rowCount())
               for c in range(model.columnCount()))
    window.bridge.undo_stack.undo()
    assert aid not in session.project.annotations


def test_document_details_show_exif(qtbot, window, session: ProjectSession, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QLineEdit

    from app.ui.dialogs.document_dialog import DocumentDialog, exif_rows

    doc_id = _add(session, tmp_path, "photo.jpg", im.jpeg_with_exif())
    doc = session.project.documents[doc_id]
    rows = dict(exif_rows(doc.exif))
    assert rows["Camera make:"] == "Canon" and rows["Taken (EXIF):"].replace("\u202f", " ") == \
        "3/5/2024 10:15:42 AM camera-local (zone unknown)"  # the camera's clock, in the interface's locale (en_US)
    assert rows["Location (GPS):"] == f"{im.LATITUDE}, {im.LONGITUDE} · 179.0 m"
    dialog = DocumentDialog(doc, window)
    qtbot.addWidget(dialog)
    shown = [e.text() for e in dialog.findChildren(QLineEdit)]
    assert "Canon EOS 5D Mark IV" in shown and f"{im.LATITUDE}, {im.LONGITUDE} · 179.0 m" in shown


def test_ocr_languages_setting_persists(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.ocr_languages() == "eng"
    settings.set_ocr_languages("eng+rus+kor")
    settings.sync()
    assert AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).ocr_languages() == "eng+rus+kor"


@needs_tesseract
def test_ocr_runs_off_the_gui_thread_then_commits_one_undoable_step(qtbot, window, session: ProjectSession,
                                                                     tmp_path: Path, monkeypatch) -> None:
    from app.services import ocr as ocr_service

    doc_id = _add(session, tmp_path, "shot.png", im.screenshot_png())
    _open(qtbot, window, doc_id)
    threads: list[int] = []
    real_run = ocr_service.OcrJob.run

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        return real_run(self, *args, **kwargs)

    monkeypatch.setattr(ocr_service.OcrJob, "run", spy)
    with qtbot.waitSignal(window.ocr.finished, timeout=60_000) as done:
        assert window.ocr.run(doc_id)
        assert window.ocr.dialog is not None and window.ocr.dialog.isVisible()
    assert done.args[0].startswith("OCR (eng):") and "words recognised" in done.args[0]
    assert threads and threads[0] != threading.get_ident()
    assert "harbour" in document_text(session, doc_id).text
    assert window.ocr.worker is None and window.ocr.dialog is None
    assert window.bridge.undo_stack.count() == 1
    qtbot.waitUntil(lambda: window.view.page_view.text is not None and "harbour" in window.view.page_view.text.text,
                    timeout=10_000)
    window.view.open_find()  # OCR text is searchable and selectable in the view
    window.view.find_bar.edit.setText("Tuesday")
    assert window.view.find_status().endswith("of 1") and window.view.selection() is not None
    window.bridge.undo_stack.undo()
    assert document_text(session, doc_id).text == ""


@needs_tesseract
def test_cancel_leaves_the_document_unchanged(qtbot, window, session: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(session, tmp_path, "scan.pdf", im.scanned_text_pdf())
    before = session.project.documents[doc_id]
    with qtbot.waitSignal(window.ocr.finished, timeout=60_000) as done:
        assert window.ocr.run(doc_id)
        from PySide6.QtWidgets import QPushButton

        (button,) = window.ocr.dialog.findChildren(QPushButton)
        assert button.text() == "Cancel"
        button.click()
    assert done.args[0] == "OCR cancelled; nothing was changed."
    assert session.project.documents[doc_id] == before and window.bridge.undo_stack.count() == 0


def test_ocr_that_cannot_start_is_one_message(qtbot, window, session: ProjectSession, tmp_path: Path,
                                              monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr("app.ui.jobs.ocr_runner.show_error", lambda _parent, message: messages.append(message))
    monkeypatch.setenv("SOURCEMARK_TESSERACT", "/nonexistent/tesseract")
    doc_id = _add(session, tmp_path, "shot.png", im.png())
    assert not window.ocr.run(doc_id)
    assert messages == ["OCR cannot start: OCR needs Tesseract, which is not installed (on Debian: apt install "
                        "tesseract-ocr tesseract-ocr-eng)"]


def test_a_page_slower_than_the_paint_hold_does_not_freeze_the_view(qtbot, window) -> None:
    """The hold on painting ends when its timer runs out too (it used to end only when the page came first)."""
    from app.ui.document_view.document_view import HOLD_MS

    view = window.view
    view._hold_paint()
    assert not view._pages.updatesEnabled() and view._hold.isActive() and view._hold.interval() == HOLD_MS
    with qtbot.waitSignal(view._hold.timeout, timeout=60_000):  # wait for the timer's event, however late it comes
        pass
    assert view._pages.updatesEnabled()


def test_settings_dialog_edits_the_ocr_languages(qtbot) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog("Ana", {}, ocr_languages="eng+rus", installed=["eng", "kor", "rus"])
    qtbot.addWidget(dialog)
    assert dialog.ocr.text() == "eng+rus" and "eng, kor, rus" in dialog.ocr.toolTip()
    dialog.ocr.setText(" eng+kor ")
    assert dialog.ocr_languages() == "eng+kor" and dialog.values() == ("Ana", dialog.colors)
    dialog.ocr.setText("")
    assert dialog.ocr_languages() == "eng"


def test_shift_drag_marks_a_region_on_a_pdf_page(qtbot, window, session: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(session, tmp_path, "scan.pdf", im.scanned_text_pdf())
    _open(qtbot, window, doc_id)
    _drag(qtbot, window, (20, 20), (300, 90), shift=True)
    region = window.view.region_selection()
    assert region is not None and abs(region[1][3] - 280) < 4 and abs(region[1][4] - 70) < 4
    aid = window.reader.highlight()
    assert session.project.annotations[aid].region
    _drag(qtbot, window, (40, 30), (320, 100))  # a plain drag on a PDF selects text (none here), not a region
    assert window.view.region_selection() is None


def test_settings_dialog_refuses_ocr_languages_that_are_not_installed(qtbot) -> None:
    from app.ui.dialogs.settings_dialog import SettingsDialog

    dialog = SettingsDialog("Ana", {}, ocr_languages="eng", installed=["eng", "rus"])
    qtbot.addWidget(dialog)
    dialog.show()
    for bad, message in (("eng+klingon", "OCR language klingon is not installed (installed: eng, rus)"),
                         ("eng rus", "'eng rus' is not a list of OCR languages like eng or eng+rus")):
        dialog.ocr.setText(bad)
        dialog.accept()
        assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted  # still open: fix it here
        assert dialog.ocr_problem.isVisible() and dialog.ocr_problem.text() == message
    qtbot.keyClicks(dialog.ocr, "x")  # editing hides the stale message
    assert not dialog.ocr_problem.isVisible()
    dialog.ocr.setText("eng+rus")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.ocr_languages() == "eng+rus"
    unknown = SettingsDialog("Ana", {}, ocr_languages="eng", installed=[])  # Tesseract missing: form only
    qtbot.addWidget(unknown)
    unknown.ocr.setText("kor")
    unknown.accept()
    assert unknown.result() == unknown.DialogCode.Accepted


def test_document_details_name_the_pages_ocr_turned_upright(qtbot, session: ProjectSession, tmp_path: Path) -> None:
    from dataclasses import replace

    from PySide6.QtWidgets import QLineEdit

    from app.ui.dialogs.document_dialog import DocumentDialog

    doc = session.project.documents[_add(session, tmp_path, "scan.pdf", im.scanned_text_pdf(turned=180))]
    ocr_done = replace(doc, ocr_layer="a" * 64, extractor="pymupdf + tesseract 5.3.0 (eng), turned upright: page 1 by 180°")
    dialog = DocumentDialog(ocr_done)
    qtbot.addWidget(dialog)
    shown = [e.text() for e in dialog.findChildren(QLineEdit)]
    assert "OCR · pymupdf + tesseract 5.3.0 (eng), turned upright: page 1 by 180°" in shown


@needs_tesseract
def test_ocr_that_finds_no_words_says_so_in_its_message(qtbot, window, session: ProjectSession,
                                                         tmp_path: Path) -> None:
    from tests.fixtures import ocr_scans as sc

    doc_id = _add(session, tmp_path, "photo.pdf", sc.blank_photo_scan())
    _open(qtbot, window, doc_id)
    with qtbot.waitSignal(window.ocr.finished, timeout=60_000) as done:
        assert window.ocr.run(doc_id)
    assert done.args[0].startswith("OCR (eng): 0 words recognised;")
    assert " Page 1: OCR found no words; if it holds text, it may be in a language eng does not read " in done.args[0]
    assert window.bar.label.text().endswith("or too small or blurred.")  # the bar over the document keeps it


def test_document_details_show_iptc_and_xmp_beside_exif() -> None:
    from app.documents.registry import load_bytes
    from app.ui.dialogs.document_dialog import exif_rows
    from tests.fixtures import photo_metadata as pm

    rows = dict(exif_rows(load_bytes(pm.jpeg_with_iptc_and_xmp(), "bridge.jpg").exif))
    assert rows["By-line (IPTC):"] == "Oksana Petrenko" and rows["City (IPTC):"] == "Kharkiv"
    assert rows["Country (IPTC):"] == "Ukraine" and rows["Creator (XMP):"] == "Oksana Petrenko; Agency Pool"
    assert rows["Description (XMP):"] == "The destroyed bridge over the Lopan river."
    assert rows["Edited with (XMP):"] == "Adobe Photoshop 25.0 (Windows)" and rows["City (XMP):"] == "Kharkiv"


@needs_tesseract
def test_the_outcome_is_said_in_the_interface_language(qtbot, qapp, window, session: ProjectSession,
                                                       tmp_path: Path) -> None:
    """The sentence around the services' English counts is translated, with the count's plural form."""
    from app.ui import i18n
    from tests.fixtures import ocr_scans as sc

    doc_id = _add(session, tmp_path, "photo.pdf", sc.blank_photo_scan())
    assert i18n.apply(qapp, "uk")
    try:
        with qtbot.waitSignal(window.ocr.finished, timeout=60_000) as done:
            assert window.ocr.run(doc_id)
    finally:
        i18n.apply(qapp, "en")
    assert done.args[0].startswith("OCR (eng): розпізнано 0 слів; виділення:")
