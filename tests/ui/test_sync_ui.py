"""File > Sync now, the status-bar indicator, the merge dialog for sync conflicts, the timed sync."""

from pathlib import Path

from PySide6.QtWidgets import QDialog, QWidget

from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.ui.jobs.sync_runner import SyncRunner
from tests.fixtures.couch_server import PouchServer, free_port

from .helpers import run_sync


def test_sync_now_asks_the_url_once_then_shows_status_and_decides_conflicts_in_the_merge_dialog(
        qtbot, ui_bridge, ui_session: ProjectSession, server: PouchServer, tmp_path: Path, message_boxes) -> None:
    url = f"{server.url}/gui"
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    answers: list[QDialog] = []

    def answer(dialog: QDialog) -> int:
        answers.append(dialog)
        assert runner.sync_now(interactive=False) is False  # the timer firing meanwhile does not re-enter
        dialog.set_choice(0, "theirs")
        return QDialog.DialogCode.Accepted

    runner = SyncRunner(ui_bridge, parent, run_dialog=answer, ask_url=lambda: asked.append(url) or url)
    assert runner.label.text() == "Not synced"
    assert run_sync(qtbot, runner) is not None and asked == [url]
    assert runner.label.text().startswith("Synced ") and "waiting" not in runner.label.text()

    claim = next(iter(ui_session.project.claims))
    sync.clone(url, tmp_path / "B.sourcemark", analyst="boris")
    with ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris") as b:
        b.execute(entities.edit_claim(b, claim, verdict="misleading"))
        sync.sync(b)
    ui_bridge.run(entities.edit_claim(ui_session, claim, verdict="false"))
    runner.refresh()
    assert "1 change waiting" in runner.label.text()

    report = run_sync(qtbot, runner)
    assert len(answers) == 1 and answers[0].table.rowCount() == 1  # the merge dialog, one row per conflict
    assert report is not None and report.conflicts == [] and asked == [url]
    assert ui_session.project.claims[claim].verdict.value == "misleading"
    assert ui_bridge.undo_stack.undoText().startswith("Sync with")  # the pull is one undo step
    assert runner.label.text().startswith("Synced ") and "conflict" not in runner.label.text()


def test_a_failed_sync_is_one_message_and_a_timed_sync_never_asks(qtbot, ui_bridge, ui_session, message_boxes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[int] = []
    runner = SyncRunner(ui_bridge, parent, ask_url=lambda: asked.append(1) or f"http://127.0.0.1:{free_port()}/x")
    assert runner.sync_now(interactive=False) is False and asked == []  # no URL yet: a timer does nothing
    assert run_sync(qtbot, runner) is None
    assert len(message_boxes) == 1 and "cannot reach" in message_boxes[0][1]
    runner.set_interval(5)
    assert runner.timer.isActive() and runner.timer.interval() == 5 * 60_000
    runner.set_interval(0)
    assert not runner.timer.isActive()


def test_a_server_named_inside_a_received_project_is_asked_about_and_a_timer_never_sends(
        qtbot, ui_bridge, ui_session: ProjectSession, server: PouchServer, message_boxes) -> None:
    """A sync.json that came with the folder (not confirmed on this machine): the timed sync sends nothing; File >
    Sync now asks first, and No sends nothing either."""
    from app.store import sync_state

    url = f"{server.url}/planted"
    state = sync_state.read(ui_session.folder)
    state.url = url
    sync_state.write(ui_session.folder, state)
    parent = QWidget()
    qtbot.addWidget(parent)
    asked: list[str] = []
    answers = [False, True]
    runner = SyncRunner(ui_bridge, parent, confirm_url=lambda u: asked.append(u) or answers.pop(0))
    assert "server not confirmed" in runner.label.text()
    assert runner.sync_now(interactive=False) is False and asked == []
    assert runner.sync_now() is False and asked == [url]
    assert sync.status(ui_session).last_sync == ""  # nothing went to the server
    report = run_sync(qtbot, runner)
    assert report is not None and asked == [url, url] and report.pushed > 0
    assert run_sync(qtbot, runner) is not None and len(asked) == 2  # confirmed once
