"""A large scan (an image of 4,000×3,000 pixels without a resolution: 4,000 points wide) opens fitted to the
reader's width and at its top-left, not at the 25 % floor of manual zoom with the view scrolled to the middle."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.document_view.page_view import MIN_ZOOM
from app.ui.shell.settings import AppSettings
from tests.fixtures import images as im
from tests.fixtures.run import add_bytes


def test_a_large_scan_opens_fit_to_width_at_the_top(qtbot, session: ProjectSession, tmp_path: Path) -> None:
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    doc = add_bytes(session, tmp_path, "scan.png", im.encode(im.picture((4000, 3000)), "PNG"))
    win = MainWindow(SessionBridge(session), AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                     CategoryColors())
    qtbot.addWidget(win)
    win.show()
    win.resize(1024, 700)
    qtbot.waitUntil(lambda: win.width() == 1024, timeout=2000)
    win.open_document(doc)
    pv = win.view.page_view
    qtbot.waitUntil(lambda: pv.page_count() == 1 and pv.item(0).image is not None, timeout=10_000)
    page_width = pv.scene().sceneRect().width() * pv.zoom()
    assert pv.zoom() < MIN_ZOOM  # fitted, below the manual floor
    fitted_before = pv.zoom()
    assert page_width <= pv.viewport().width() + 1  # the whole width in view: nothing to scroll sideways
    hbar, vbar = pv.horizontalScrollBar(), pv.verticalScrollBar()
    assert hbar.value() == hbar.minimum() and vbar.value() == 0
    win.resize(1280, 700)  # the reader widens under the page (as when the docks are refitted after the first show)
    qtbot.waitUntil(lambda: win.width() == 1280, timeout=2000)
    QApplication.processEvents()
    assert pv.zoom() > fitted_before  # fitted again, larger
    assert vbar.value() == 0, "a resize scrolled the fitted page away from its top"
    top_left = pv.mapToScene(0, 0)
    assert top_left.y() <= 14.5  # the page's top (after the gap above it) is in view
    fitted = pv.zoom()
    pv.zoom_out()  # from below the floor, zooming out does not jump back up to 25 %
    assert pv.zoom() <= fitted
    pv.zoom_in()
    assert fitted < pv.zoom() < MIN_ZOOM
    win.view.show_document(None)
