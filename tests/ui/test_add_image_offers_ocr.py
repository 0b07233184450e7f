"""The summary after adding an image says "run OCR": it carries the button that starts that OCR (the same job as
Document › Recognise text), and presses through to a text layer on the image."""

from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.services.documents import document_text
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.shell.settings import AppSettings
from tests.fixtures import images as im
from tests.ui.test_images_ocr_ui import needs_tesseract


def _window(qtbot, session: ProjectSession, tmp_path: Path):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    win = MainWindow(SessionBridge(session), AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                     CategoryColors())
    qtbot.addWidget(win)
    return win


def _press_ocr_in_summary(seen: list[tuple[str, list[str]]]) -> None:
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.objectName() == "AddSummary"
               and w.isVisible())
    buttons = [b.text() for b in box.buttons()]
    seen.append((box.text(), buttons))
    next(b for b in box.buttons() if "OCR" in b.text()).click()


@needs_tesseract
def test_adding_an_image_offers_the_ocr_button_and_it_runs_ocr(qtbot, session: ProjectSession, tmp_path: Path) -> None:
    win = _window(qtbot, session, tmp_path)
    path = tmp_path / "notice.png"
    path.write_bytes(im.screenshot_png())
    seen: list[tuple[str, list[str]]] = []
    QTimer.singleShot(0, lambda: _press_ocr_in_summary(seen))
    with qtbot.waitSignal(win.ocr.finished, timeout=60_000) as done:
        (doc_id,) = win.io.add_files([path])
    text, buttons = seen[0]
    assert "run OCR to quote its text" in text and "(a scan?)" not in text and "those pages" not in text
    assert any("Recognise" in b and "OCR" in b for b in buttons)
    assert done.args[0].startswith("OCR (eng):")
    assert "words recognised" in done.args[0]
    assert document_text(session, doc_id).text.strip()  # the image now has a text layer
