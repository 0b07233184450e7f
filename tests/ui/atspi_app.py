"""The app side of the AT-SPI walk (tests/ui/test_atspi_walk.py): the main window on the demo project, with its
PDF open, under the xcb platform (`python atspi_app.py FOLDER`) with Qt's AT-SPI bridge on. Prints the phrase a screen reader must find on the
PDF's first page, then "READY", and runs until it is terminated. Run by the project's Python, not pytest."""

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from app.services.demo import build_demo_project
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.main_window import MainWindow
from app.ui.palette import CategoryColors
from app.ui.shell.settings import AppSettings


def main() -> int:
    app = QApplication(sys.argv[:1])
    app.setApplicationName("sourcemark-atspi-test")
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp(prefix="sourcemark-atspi-"))
    session = ProjectSession.open(build_demo_project(folder / "demo", analyst="tester"))
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(SessionBridge(session), settings, CategoryColors())
    window.resize(1280, 860)
    window.show()
    pdf = next(d for d in session.project.documents.values() if d.kind.paged)
    window.open_document(pdf.id)
    view = window.view.page_view

    def ready() -> None:
        if view.text is None:
            QTimer.singleShot(100, ready)
            return
        first = view.text.pages[0]
        words = view.text.text[first.start:first.end].split()
        print(" ".join(words[10:16]), flush=True)  # a phrase from the page's body
        print("READY", flush=True)

    ready()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
