"""GUI third pass (issue 30), the sync conflict flow: the progress box is gone before the merge dialog opens,
the dialog works by keyboard (Tab, arrows, Enter, Esc), and its summary says what the sync already took."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLabel, QProgressDialog, QWidget

from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.jobs.sync_runner import SHOW_AFTER_MS, SyncRunner

from .helpers import run_sync


def _sync_from_the_event_loop(window) -> object:
    """File > Sync now as a user runs it: from inside the window's event loop, where the merge dialog's exec()
    is a nested loop (Qt defers deleting the finished progress box until the outer loop runs again)."""
    loop, result = QEventLoop(), []

    def ended(outcome: object) -> None:
        result.append(outcome)
        loop.quit()
    window.sync.syncEnded.connect(ended)
    QTimer.singleShot(0, lambda: window.sync.sync_now() or ended(None))
    loop.exec()
    window.sync.syncEnded.disconnect(ended)
    return result[0]


def _conflict_with_bo(session: ProjectSession, run: Callable, url: str, folder: Path) -> str:
    """Bo Kim adds an actor and sets the claim's verdict; this project sets it otherwise. Returns the claim id."""
    claim = next(iter(session.project.claims))
    sync.clone(url, folder, analyst="Bo Kim")
    with ProjectSession.open(folder, analyst="Bo Kim") as bo:
        bo.execute(entities.create_actor(bo, "No Gun Chol")[0])
        bo.execute(entities.edit_claim(bo, claim, verdict="misleading"))
        sync.sync(bo)
    run(entities.edit_claim(session, claim, verdict="false"))
    return claim


def test_the_merge_dialog_after_a_sync_says_what_already_came_in(qtbot, ui_bridge, ui_session, server, tmp_path):
    url = f"{server.url}/summary"
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []

    def answer(dialog: QDialog) -> int:
        shown.append(dialog.findChild(QLabel).text())
        return QDialog.DialogCode.Rejected

    runner = SyncRunner(ui_bridge, parent, run_dialog=answer, ask_url=lambda: url)
    assert run_sync(qtbot, runner) is not None
    _conflict_with_bo(ui_session, ui_bridge.run, url, tmp_path / "bo.sourcemark")
    run_sync(qtbot, runner)
    assert any(a.name == "No Gun Chol" for a in ui_session.project.actors.values())  # Bo's actor came in
    [summary] = shown
    assert "nothing new" not in summary and "nothing else" not in summary
    assert "1 change from Bo Kim came in" in summary and "1 conflict" in summary


@pytest.mark.xcb
def test_sync_with_a_conflict_opens_a_merge_dialog_that_answers_the_keyboard(qtbot, main_window, ui_session, server, tmp_path):
    window = main_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    url = f"{server.url}/keyboard"
    window.sync.ask_url = lambda: url
    assert run_sync(qtbot, window.sync) is not None
    claim = _conflict_with_bo(ui_session, window.bridge.run, url, tmp_path / "bo.sourcemark")
    seen: dict[str, object] = {}

    def progress_boxes() -> list[QWidget]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]

    def drive(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, MergeDialog) or not dialog.isActiveWindow():
            if tries:
                QTimer.singleShot(50, lambda: drive(tries - 1))
            return
        # Longer than the progress box's show delay: a stray box would be up by now, over the dialog.
        QTimer.singleShot(SHOW_AFTER_MS + 400, lambda: answer(dialog))

    def answer(dialog: MergeDialog) -> None:
        seen["boxes"] = progress_boxes()
        focus = QApplication.focusWidget()
        seen["focus_on_keep"] = isinstance(focus, QComboBox)
        if isinstance(focus, QComboBox):
            QTest.keyClick(focus, Qt.Key.Key_Down)
            QTest.keyClick(focus, Qt.Key.Key_Down)  # "Take the other's (B)"
            QTest.keyClick(focus, Qt.Key.Key_Return)  # every conflict decided: Enter merges
        if dialog.isVisible():
            dialog.reject()  # keep the test from hanging; the assertions below fail

    QTimer.singleShot(0, drive)
    report = _sync_from_the_event_loop(window)
    assert seen["boxes"] == [] and seen["focus_on_keep"] is True
    assert report is not None and report.conflicts == []
    assert ui_session.project.claims[claim].verdict.value == "misleading"
    assert progress_boxes() == []


@pytest.mark.xcb
def test_escape_cancels_the_merge_dialog_and_the_window_is_free_again(qtbot, main_window, ui_session, server, tmp_path):
    window = main_window
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    url = f"{server.url}/escape"
    window.sync.ask_url = lambda: url
    assert run_sync(qtbot, window.sync) is not None
    claim = _conflict_with_bo(ui_session, window.bridge.run, url, tmp_path / "bo.sourcemark")
    escaped: list[bool] = []

    def drive(tries: int = 100) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, MergeDialog) and dialog.isActiveWindow():
            QTimer.singleShot(SHOW_AFTER_MS + 400, lambda: escape(dialog))
        elif tries:
            QTimer.singleShot(50, lambda: drive(tries - 1))

    def escape(dialog: MergeDialog) -> None:
        QTest.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
        escaped.append(not dialog.isVisible())
        if dialog.isVisible():
            dialog.reject()

    QTimer.singleShot(0, drive)
    _sync_from_the_event_loop(window)
    assert escaped == [True]
    assert not window.sync.busy and QApplication.activeModalWidget() is None
    assert ui_session.project.claims[claim].verdict.value == "false"  # nothing decided: this project's kept
    assert "1 conflict" in window.sync.label.text()
