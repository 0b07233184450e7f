"""The status bar has one message slot: a new message replaces the export notice for good (it does not come back
when the message ends), the notice expires by itself, and the permanent labels leave room for messages and do not
overlap, even at 1024 px with a long project path."""

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.shell.settings import AppSettings


def _window(qtbot, tmp_path: Path):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    folder = tmp_path / ("a-rather-long-folder-name-for-the-team-case-files" * 2) / "Kursk investigation.sourcemark"
    folder.parent.mkdir(parents=True)
    session = ProjectSession.create(folder, analyst="t")
    win = MainWindow(SessionBridge(session), AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)),
                     CategoryColors())
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win, session


def test_a_new_message_replaces_the_export_notice_and_it_never_comes_back(qtbot, tmp_path: Path) -> None:
    win, session = _window(qtbot, tmp_path)
    notice = win.export_notice
    notice.show_written("Claims as CSV", tmp_path / "out" / "claims.csv")
    assert notice.isVisible()
    win.messages.say("OCR (eng): 120 words recognised", 50)
    assert not notice.isVisible() and win.statusBar().currentMessage().startswith("OCR (eng)")
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == "", timeout=2000)
    qtbot.wait(50)
    assert not notice.isVisible()  # the stale export message is not restored
    win.statusBar().showMessage("a menu's hint")  # as hovering a menu does
    win.statusBar().clearMessage()
    assert not notice.isVisible()
    session.close()


def test_the_export_notice_expires_and_stays_gone(qtbot, tmp_path: Path) -> None:
    win, session = _window(qtbot, tmp_path)
    notice = win.export_notice
    notice.show_written("Claims as CSV", tmp_path / "claims.csv")
    win.statusBar().showMessage("a menu's hint")  # hides it for now; it is still current
    win.statusBar().clearMessage()
    assert notice.isVisible()
    notice.expiry.start(20)
    qtbot.waitUntil(lambda: not notice.isVisible(), timeout=2000)
    win.statusBar().showMessage("another hint")
    win.statusBar().clearMessage()
    assert not notice.isVisible()
    session.close()


def test_permanent_labels_leave_room_and_do_not_overlap_at_1024(qtbot, tmp_path: Path) -> None:
    win, session = _window(qtbot, tmp_path)
    bar = win.statusBar()
    win.export_notice.show_written("Claims as CSV", tmp_path / ("deep" * 30) / "claims.csv")
    QApplication.processEvents()
    parts = [win.export_notice, win.sync.label, win.status]
    rects = [w.geometry() for w in parts]
    for i, a in enumerate(rects):
        assert bar.rect().contains(a), (i, a, bar.rect())
        for b in rects[i + 1:]:
            assert not a.intersects(b), (a, b)
    # The counts and folder are elided, not cut: the whole text is in the tooltip.
    assert win.status.elided() != win.status.text() and "…" in win.status.elided()
    assert str(session.folder) in win.status.text()
    win.status.repaint()
    assert win.status.toolTip() == win.status.text()
    win.messages.say("Sync cancelled; 0 of 1 documents sent")
    QApplication.processEvents()
    room = min(win.sync.label.x(), win.status.x())
    assert room >= 0.3 * bar.width()  # a message has at least a third of the bar
    width = bar.fontMetrics().horizontalAdvance(bar.currentMessage())
    assert width < room
    session.close()
