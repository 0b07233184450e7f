"""File > Sync now with a request held by the fault proxy: the progress dialog appears, the window keeps
handling timers and paints while the request is held (the test's own timer is what lets it go), Cancel
ends the sync at once with a line in the status bar and no message box, and the next sync completes."""

import json
import urllib.request
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.ui.bridge import SessionBridge
from app.ui.jobs.sync_runner import SyncRunner
from tests.fixtures.couch_server import FaultProxy, PouchServer

from .helpers import run_sync


@pytest.fixture
def proxy(server: PouchServer) -> Iterator[FaultProxy]:
    p = FaultProxy(server.port)
    p.rule = lambda method, path: "wait" if "_bulk_docs" in path and not p.release.is_set() else None
    yield p
    p.stop()


class PaintCounter(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        self.paints += 1


class WhileHeld:
    """A timer of the test's own: it can only fire if the window handles events while the request is held.
    Each tick repaints a widget; once the progress dialog is up, `act(dialog)` runs once."""

    def __init__(self, proxy: FaultProxy, runner: SyncRunner, counter: PaintCounter, act) -> None:
        self.proxy, self.runner, self.counter, self.act = proxy, runner, counter, act
        self.ticks = self.paints_at_first_tick = 0
        self.label = ""
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(20)

    def tick(self) -> None:
        if not self.proxy.held.is_set() or self.label:
            return
        self.ticks += 1
        if self.ticks == 1:
            self.paints_at_first_tick = self.counter.paints
        self.counter.update()
        dialog = self.runner.dialog
        if dialog is not None and dialog.isVisible() and self.counter.paints > self.paints_at_first_tick:
            self.label = dialog.labelText()
            self.act(dialog)


@pytest.fixture
def window(qtbot) -> PaintCounter:
    counter = PaintCounter()
    qtbot.addWidget(counter)
    counter.show()
    return counter


def _server_ids(url: str) -> set[str]:
    with urllib.request.urlopen(f"{url}/_all_docs") as r:
        return {row["id"] for row in json.loads(r.read())["rows"]}


def test_the_dialog_shows_progress_and_the_window_stays_alive_while_a_request_is_held(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, window: PaintCounter,
        message_boxes) -> None:
    url = f"{proxy.url}/held"
    runner = SyncRunner(ui_bridge, window, ask_url=lambda: url)
    held = WhileHeld(proxy, runner, window, lambda dialog: proxy.release.set())
    report = run_sync(qtbot, runner)
    held.timer.stop()
    assert held.label.startswith("Sending files…")  # the phase, while the first `_bulk_docs` was held
    assert held.ticks >= 1 and window.paints > held.paints_at_first_tick
    assert report is not None and report.pushed == 6 and message_boxes == []
    assert runner.dialog is None and runner.label.text().startswith("Synced ")
    assert len(_server_ids(url)) == 6  # the document, its two files, the actor, the claim, the source


def test_cancel_ends_the_sync_at_once_and_the_next_sync_completes(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, window: PaintCounter,
        message_boxes) -> None:
    url = f"{proxy.url}/cancelled"
    runner = SyncRunner(ui_bridge, window, ask_url=lambda: url)
    said: list[str] = []
    runner.syncReported.connect(said.append)
    audit = ui_session.store.read_audit()

    def press_cancel(dialog: QProgressDialog) -> None:
        button = dialog.findChild(QPushButton)
        assert button is not None and button.text() == "Cancel"
        button.click()

    held = WhileHeld(proxy, runner, window, press_cancel)
    assert run_sync(qtbot, runner) is None  # ended without the held request ever being answered
    held.timer.stop()
    assert held.label and not proxy.release.is_set()
    assert said == ["Sync cancelled; 0 of 6 documents sent, the next sync sends the rest"]
    assert message_boxes == [] and runner.dialog is None
    assert ui_session.store.read_audit() == audit

    proxy.release.set()  # the request cancelled in flight reaches the server now: the next sync is told so
    report = run_sync(qtbot, runner)
    assert report is not None and report.conflicts == [] and message_boxes == []
    assert len(_server_ids(url)) == 6 and sync.status(ui_session).waiting == 0


def test_a_timed_sync_shows_no_dialog_and_another_sync_waits_for_it(
        qtbot, ui_bridge: SessionBridge, ui_session: ProjectSession, proxy: FaultProxy, window: PaintCounter,
        message_boxes) -> None:
    url = f"{proxy.url}/timed"
    runner = SyncRunner(ui_bridge, window)
    proxy.rule = lambda method, path: None
    assert runner.sync_now(interactive=False) is False  # no URL yet: a timed sync never asks
    sync.sync(ui_session, url)
    ui_session.execute(entities.create_claim(ui_session, "New")[0])
    proxy.rule = lambda method, path: "wait" if "_bulk_docs" in path and not proxy.release.is_set() else None
    seen: list[tuple[object, str, object]] = []

    def tick() -> None:
        if proxy.held.is_set() and not seen:
            seen.append((runner.dialog, runner.label.text(), runner.sync_now()))  # the File menu meanwhile
            proxy.release.set()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    report = run_sync(qtbot, runner, interactive=False)
    timer.stop()
    assert seen == [(None, "Syncing: sending changes (0 of 1)", False)]
    assert report is not None and report.pushed == 1 and message_boxes == []
    assert runner.label.text().startswith("Synced ")


def test_closing_the_window_during_a_sync_cancels_it_and_keeps_the_window(
        qtbot, main_window, ui_session: ProjectSession, proxy: FaultProxy, message_boxes) -> None:
    url = f"{proxy.url}/closing"
    rule = proxy.rule
    proxy.rule = lambda method, path: None
    sync.sync(ui_session, url)
    ui_session.execute(entities.create_claim(ui_session, "New")[0])
    proxy.rule = rule
    closed: list[bool] = []

    def tick() -> None:
        if proxy.held.is_set() and not closed:
            closed.append(main_window.close())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(20)
    assert run_sync(qtbot, main_window.sync) is None
    timer.stop()
    assert closed == [False] and main_window.isVisible() and message_boxes == []
    assert main_window.statusBar().currentMessage().startswith("Sync cancelled; 0 of 1 documents sent")
    assert not main_window.sync.busy
