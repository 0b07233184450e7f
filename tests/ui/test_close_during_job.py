"""GUI third pass (issue 30): closing the window during OCR asks (it was silently ignored: a window-modal progress
box makes Qt drop the ✕), No keeps the job running, Yes stops it and closes; meanwhile the window takes no input.
The ✕ is sent as a window manager sends it (WM_DELETE_WINDOW), which is what a modal dialog used to swallow."""

import threading
import time
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from app.domain.errors import SourcemarkError

from .helpers import answer_boxes, wm_close


@dataclass
class SlowJob:
    """Stands in for an OCR job: runs until cancelled (the worker thread calls run)."""

    document_id: str
    title: str = "scan"
    lang: str = "eng"
    started: threading.Event = None  # type: ignore[assignment]

    def run(self, progress, cancelled):  # type: ignore[no-untyped-def]
        self.started.set()
        while not cancelled():
            progress(0, 3)
            time.sleep(0.02)
        raise SourcemarkError("cancelled")


@pytest.fixture
def ocr_running(qtbot, main_window, doc_id, monkeypatch):
    job = SlowJob(doc_id, started=threading.Event())
    monkeypatch.setattr("app.ui.jobs.ocr_runner.prepare_ocr", lambda *a, **k: job)
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    assert main_window.ocr.run(doc_id)
    assert job.started.wait(5)
    yield main_window
    main_window.ocr.stop()


@pytest.mark.xcb
def test_the_close_button_during_ocr_asks_and_no_keeps_it_running(qtbot, ocr_running, monkeypatch):
    window = ocr_running
    boxes = answer_boxes(monkeypatch, QMessageBox.StandardButton.No)
    wm_close(window)  # the title bar's ✕
    qtbot.waitUntil(lambda: bool(boxes))
    assert [title for title, _text in boxes] == ["Close Sourcemark?"] and "OCR" in boxes[0][1]
    assert window.isVisible() and window.ocr.busy
    boxes = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    wm_close(window)
    qtbot.waitUntil(lambda: bool(boxes))
    assert boxes and not window.isVisible() and not window.ocr.busy


@pytest.mark.xcb
def test_while_ocr_runs_the_window_takes_no_input(qtbot, ocr_running, ui_session):
    window = ocr_running
    view = window.view.text_view
    highlights = len(ui_session.project.annotations)
    view.select_range(0, 8)
    QTest.keyClick(view, Qt.Key.Key_H)  # Highlight: must not reach the project while OCR runs
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(ui_session.project.annotations) == highlights
    dialog = window.ocr.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(dialog.isActiveWindow)  # it took the keyboard when it showed
    QTest.keyClick(dialog, Qt.Key.Key_Escape)  # the progress box still answers: Esc cancels
    qtbot.waitUntil(lambda: not window.ocr.busy, timeout=5000)
    window.activateWindow()  # (a window manager does this when the box closes; bare Xvfb has none)
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(view, Qt.Key.Key_H)  # and after it, the window takes keys again
    qtbot.waitUntil(lambda: len(ui_session.project.annotations) == highlights + 1, timeout=2000)
