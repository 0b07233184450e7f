"""The GUI's first sync set-up offers end-to-end encryption (a passphrase typed twice); a project syncing with an
encrypted database asks for the passphrase once, and a timed sync never asks."""

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from app.services.sync import encryption
from app.services.sync import replicator as sync
from app.ui.dialogs.sync_setup_dialog import SyncSetup, SyncSetupDialog
from app.ui.jobs.sync_runner import SyncRunner
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import http

from .accessible_tree import unnamed
from .helpers import run_sync

PHRASE = "a long team passphrase"


@pytest.fixture(autouse=True)
def _fresh_keys(monkeypatch):
    monkeypatch.delenv("SOURCEMARK_SYNC_PASSPHRASE", raising=False)
    encryption.forget()
    yield
    encryption.forget()


def test_the_set_up_dialog_takes_a_passphrase_only_when_typed_twice_alike(qtbot) -> None:
    dialog = SyncSetupDialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and not dialog.passphrase.isEnabled()
    dialog.url.setText("https://couch.example.org/team")
    assert ok.isEnabled() and dialog.setup() == SyncSetup("https://couch.example.org/team")
    dialog.encrypt.setChecked(True)
    assert not ok.isEnabled() and dialog.passphrase.isEnabled()
    dialog.passphrase.setText(PHRASE)
    dialog.again.setText(PHRASE + "x")
    assert not ok.isEnabled() and "differ" in dialog.hint.text()
    dialog.again.setText(PHRASE)
    assert ok.isEnabled() and dialog.setup() == SyncSetup("https://couch.example.org/team", True, PHRASE)
    assert "forgotten" in dialog.hint.text()
    assert unnamed(dialog) == []  # every control has a name a screen reader can say


def test_encrypted_set_up_then_the_passphrase_is_asked_once_on_the_gui_thread(
        qtbot, ui_bridge, ui_session, server: PouchServer, tmp_path: Path, message_boxes) -> None:
    url = f"{server.url}/guienc"
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = SyncRunner(ui_bridge, parent, ask_url=lambda: SyncSetup(url, True, PHRASE),
                        ask_passphrase=lambda u: pytest.fail("the set-up gave the passphrase"))
    report = run_sync(qtbot, runner)
    assert report is not None and report.pushed > 0 and report.encrypted and message_boxes == []
    assert "Anna Kovac" not in str(http(f"{url}/_all_docs?include_docs=true"))
    assert runner.label.toolTip() == f"{url} (end-to-end encrypted)"
    encryption.forget()  # as a new session of the app
    asked: list[tuple[str, bool]] = []
    runner.ask_passphrase = lambda u: asked.append((u, threading.current_thread() is threading.main_thread())) or PHRASE
    said: list[str] = []
    runner.syncReported.connect(said.append)
    assert run_sync(qtbot, runner, interactive=False) is None and asked == []  # a timer never asks
    assert said[-1].startswith("Sync failed:") and "passphrase is needed" in said[-1] and message_boxes == []
    assert run_sync(qtbot, runner) is not None and asked == [(url, True)]  # asked on the GUI thread, then synced
    assert run_sync(qtbot, runner, interactive=False) is not None and len(asked) == 1  # keys kept for the session
    runner.ask_passphrase = lambda u: None  # cancelled: nothing sent, one message
    encryption.forget()
    assert run_sync(qtbot, runner) is None and "passphrase is needed" in message_boxes[-1][1]
    sync.clone(url, tmp_path / "B.sourcemark", passphrase=lambda u, new: PHRASE)
    assert (tmp_path / "B.sourcemark").is_dir()
