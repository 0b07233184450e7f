"""Sync shaped like capture (issue 33): the pull is planned and the push sent on a worker thread, the pull's command
is applied on the GUI thread through the undo stack, progress and Cancel go through signals, and nothing spins the
event loop by hand. While it runs the main window takes no input (the per-window InputGuard), yet Cancel works."""

import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from app.domain.links import Kind
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.ui.bridge import SessionBridge
from app.ui.jobs.sync_runner import SyncRunner
from tests.fixtures.couch_server import FaultProxy, PouchServer

from .helpers import run_sync


class PressCounter(QObject):
    """Counts the mouse presses that reach a widget."""

    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        self.presses += event.type() == QEvent.Type.MouseButtonPress
        return False


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def proxy(server: PouchServer) -> Iterator[FaultProxy]:
    p = FaultProxy(server.port)
    p.rule = lambda method, path: None
    yield p
    p.release.set()
    p.stop()


def _hold(proxy: FaultProxy, what: str) -> None:
    proxy.release.clear()
    proxy.held.clear()
    proxy.rule = lambda method, path: "wait" if what in path and not proxy.release.is_set() else None


def _boris_makes_a_claim_misleading(session: ProjectSession, url: str, tmp_path) -> str:  # noqa: ANN001
    """The project goes up to `url`; a clone of it (Boris) sets a claim's verdict and syncs: our next pull has it."""
    sync.sync(session, url)
    claim = next(iter(session.project.claims))
    sync.clone(url, tmp_path / "B.sourcemark", analyst="boris")
    with ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris") as b:
        b.execute(entities.edit_claim(b, claim, verdict="misleading"))
        sync.sync(b)
    return claim


def test_the_network_runs_on_a_worker_and_the_command_on_the_gui_thread_without_process_events(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, parent, tmp_path,
        monkeypatch) -> None:
    url = f"{proxy.url}/threads"
    claim = _boris_makes_a_claim_misleading(ui_session, url, tmp_path)
    ui_bridge.run(entities.create_claim(ui_session, "Ours, to push")[0])

    spun: list[str] = []  # app code spinning the event loop by hand (the test's own waiting does, legitimately)
    process_events = QCoreApplication.processEvents

    def spy(*args: object) -> None:
        caller = sys._getframe(1).f_globals.get("__name__", "")
        if caller.startswith("app."):
            spun.append(caller)
        process_events(*args)
    monkeypatch.setattr(QCoreApplication, "processEvents", staticmethod(spy))
    gui = threading.current_thread()
    phases: list[tuple[str, bool]] = []
    original_plan, original_push = sync.plan_pull, sync.push_changes
    monkeypatch.setattr(sync, "plan_pull", lambda run: phases.append(("plan", threading.current_thread() is gui))
                        or original_plan(run))
    monkeypatch.setattr(sync, "push_changes", lambda run: phases.append(("push", threading.current_thread() is gui))
                        or original_push(run))
    executed: list[bool] = []
    ui_bridge.projectChanged.connect(lambda _changes: executed.append(threading.current_thread() is gui))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    _hold(proxy, "_changes")  # the pull waits on the server: the GUI thread's timer must keep firing meanwhile

    def release_when_ticked() -> None:
        if proxy.held.is_set() and len(ticks) >= 5:
            proxy.release.set()
    releaser = QTimer()
    releaser.timeout.connect(release_when_ticked)
    releaser.start(10)
    report = run_sync(qtbot, SyncRunner(ui_bridge, parent))
    timer.stop()
    releaser.stop()
    assert spun == []
    assert phases == [("plan", False), ("push", False)]  # both network stages off the GUI thread
    assert executed and all(executed)  # the pull's command ran on the GUI thread
    assert report is not None and report.pulled == 1 and report.pushed == 1 and len(ticks) >= 5
    assert ui_session.project.claims[claim].verdict.value == "misleading"
    assert ui_bridge.undo_stack.undoText().startswith("Sync with")  # one undo step


def test_cancel_mid_pull_leaves_the_project_unchanged_and_the_next_sync_takes_it_in(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, parent, tmp_path,
        message_boxes) -> None:
    url = f"{proxy.url}/midpull"
    claim = _boris_makes_a_claim_misleading(ui_session, url, tmp_path)
    audit, verdict = ui_session.store.read_audit(), ui_session.project.claims[claim].verdict
    runner = SyncRunner(ui_bridge, parent)
    said: list[str] = []
    runner.syncReported.connect(said.append)
    _hold(proxy, "_changes")
    cancel = QTimer()
    cancel.timeout.connect(lambda: runner.cancel() if proxy.held.is_set() else None)
    cancel.start(10)
    assert run_sync(qtbot, runner) is None
    cancel.stop()
    assert said == ["Sync cancelled; nothing was changed here, the next sync starts again"] and message_boxes == []
    assert ui_session.store.read_audit() == audit and ui_session.project.claims[claim].verdict == verdict
    assert not runner.busy and runner.dialog is None
    proxy.release.set()
    report = run_sync(qtbot, runner)
    assert report is not None and report.pulled == 1
    assert ui_session.project.claims[claim].verdict.value == "misleading"


def test_while_a_sync_runs_the_reader_takes_no_keys_or_clicks_and_cancel_works(
        qtbot, main_window, ui_session: ProjectSession, proxy: FaultProxy, message_boxes) -> None:
    window = main_window
    url = f"{proxy.url}/guarded"
    sync.sync(ui_session, url)
    window.bridge.run(entities.create_claim(ui_session, "Waiting to go up")[0])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.view.text_view
    handle = window.windowHandle()
    highlights = len(ui_session.project.annotations)
    counter = PressCounter()
    view.viewport().installEventFilter(counter)
    _hold(proxy, "_bulk_docs")
    seen: list[tuple[int, int]] = []

    def during() -> None:
        dialog = window.sync.dialog
        if seen or not proxy.held.is_set() or dialog is None or not dialog.isVisible():
            return
        view.setFocus()
        view.select_range(0, 8)
        QTest.keyClick(handle, Qt.Key.Key_H)  # as the keyboard sends it: to the window, then the shortcut map
        centre = view.viewport().mapTo(window, view.viewport().rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, centre)
        seen.append((len(ui_session.project.annotations), counter.presses))
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()

    timer = QTimer()
    timer.timeout.connect(during)
    timer.start(20)
    assert run_sync(qtbot, window.sync) is None
    timer.stop()
    assert seen == [(highlights, 0)]  # neither the key nor the click reached the reader
    assert window.statusBar().currentMessage().startswith("Sync cancelled; 0 of 1 documents sent")
    assert not window.sync.busy and message_boxes == []
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view.setFocus()
    view.select_range(0, 8)
    QTest.keyClick(handle, Qt.Key.Key_H)  # the same key once the sync is over: it highlights
    qtbot.waitUntil(lambda: len(ui_session.project.annotations) == highlights + 1, timeout=2000)
    QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     view.viewport().mapTo(window, view.viewport().rect().center()))
    assert counter.presses == 1  # and a click reaches the reader again


def test_an_edit_during_a_timed_sync_is_kept_and_only_makes_its_pull_wait(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, parent, tmp_path,
        message_boxes) -> None:
    url = f"{proxy.url}/timed-edit"
    claim = _boris_makes_a_claim_misleading(ui_session, url, tmp_path)
    runner = SyncRunner(ui_bridge, parent)
    said: list[str] = []
    runner.syncReported.connect(said.append)
    _hold(proxy, "_changes")
    typed: list[str] = []

    def type_meanwhile() -> None:  # the analyst keeps working while the timer's sync waits on the server
        if proxy.held.is_set() and not typed:
            typed.append(ui_bridge.run(entities.create_claim(ui_session, "Typed meanwhile")[0]).created[Kind.CLAIM][0])
            proxy.release.set()
    timer = QTimer()
    timer.timeout.connect(type_meanwhile)
    timer.start(10)
    assert run_sync(qtbot, runner, interactive=False) is None
    timer.stop()
    assert said == ["Sync failed: the project changed while the sync was waiting for the server; nothing was taken "
                    "in, sync again"] and message_boxes == []  # a timed sync never opens a box
    assert ui_session.project.claims[typed[0]].statement == "Typed meanwhile"
    assert ui_session.project.claims[claim].verdict.value != "misleading"
    report = run_sync(qtbot, runner, interactive=False)
    assert report is not None and report.pulled == 1 and report.pushed == 1
    assert ui_session.project.claims[claim].verdict.value == "misleading"
