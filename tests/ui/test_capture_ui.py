"""File › Capture web page…: the dialog, the fetch off the GUI thread with a progress dialog and Cancel, one undo step."""

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.dialogs.capture_dialog import CaptureDialog, CaptureRequest
from app.ui.shell.settings import AppSettings
from tests.fixtures import web_server


@pytest.fixture
def window(qtbot, session: ProjectSession, tmp_path: Path):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    bridge = SessionBridge(session)
    settings = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    win = MainWindow(bridge, settings, CategoryColors())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.view.show_document(None)
    bridge.detach()


def _request(url: str, **kwargs: object) -> CaptureRequest:
    values = {"timeout": 30.0, "max_mb": 100.0, "user_agent": "", "rendered": False, "tsq": "", **kwargs}
    return CaptureRequest(url, **values)  # type: ignore[arg-type]


def test_capture_runs_off_the_gui_thread_then_adds_one_undoable_step(qtbot, window, session, monkeypatch,
                                                                     tmp_path) -> None:
    from app.services.capture import web as capture_web

    threads: list[threading.Thread] = []
    real_run = capture_web.CaptureJob.run

    def spy(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return real_run(self, *args, **kwargs)

    monkeypatch.setattr(capture_web.CaptureJob, "run", spy)
    with web_server.site() as site:
        with qtbot.waitSignal(window.capture.finished, timeout=60_000) as done:
            assert window.capture.run(_request(site.url("/"), tsq=str(tmp_path / "page.tsq")))
            assert window.capture.dialog is not None and window.capture.dialog.isVisible()
    assert threads and threads[0] is not threading.main_thread()
    assert done.args[0].startswith(f"Captured {site.url('/')}: 1 document(s) added")
    [doc] = session.project.documents.values()
    assert doc.title == "Council closes library" and doc.provenance.extra["final_url"] == site.url("/")
    assert window.view.current_document() == doc.id  # the captured page is opened
    assert bytes.fromhex(doc.sha256) in (tmp_path / "page.tsq").read_bytes()  # the request covers the WARC
    assert window.capture.worker is None and window.capture.dialog is None
    assert window.bridge.undo_stack.count() == 1
    window.bridge.undo_stack.undo()
    assert session.project.documents == {}


def test_cancel_adds_nothing_even_while_the_server_keeps_silent(qtbot, window, session) -> None:
    with web_server.silent_server() as silent:
        with qtbot.waitSignal(window.capture.finished, timeout=10_000) as done:
            assert window.capture.run(_request(silent.url))
            qtbot.waitUntil(silent.connected.is_set, timeout=10_000)  # the worker now waits for an answer
            (button,) = window.capture.dialog.findChildren(QPushButton)
            assert button.text() == "Cancel"
            button.click()
        assert done.args[0] == "Capture cancelled; nothing was added."
        assert window.capture.dialog is None and window.capture.busy  # the worker still waits on its socket
    qtbot.waitUntil(lambda: not window.capture.busy, timeout=30_000)  # the server hung up: the worker ends
    assert session.project.documents == {} and window.bridge.undo_stack.count() == 0


def test_a_failed_capture_is_one_message_and_adds_nothing(qtbot, window, session, monkeypatch) -> None:
    messages: list[str] = []
    monkeypatch.setattr("app.ui.jobs.capture_runner.show_error", lambda _parent, message: messages.append(message))
    with web_server.site() as site:
        with qtbot.waitSignal(window.capture.finished, timeout=60_000):
            assert window.capture.run(_request(site.url("/missing")))
    assert messages == [f"Capture failed: {site.url('/missing')} answered 404 Not Found; nothing was captured."]
    assert not window.capture.run(_request("ftp://example.org/x"))
    assert messages[-1].startswith("Cannot capture: only http:// and https://")
    assert session.project.documents == {}


def test_a_capture_past_its_time_limit_is_one_line_naming_the_dialog_s_field_and_adds_nothing(qtbot, window, session,
                                                                               monkeypatch) -> None:
    """The server sends its headers and a byte, then holds until the test releases it: only the limit ends it."""
    messages: list[str] = []
    monkeypatch.setattr("app.ui.jobs.capture_runner.show_error", lambda _parent, message: messages.append(message))
    with web_server.trickle_server() as slow:
        with qtbot.waitSignal(window.capture.finished, timeout=60_000) as done:
            assert window.capture.run(_request(slow.url, time_limit=1.0))
        assert not slow.released.is_set()
    line = f"{slow.url} took longer than the capture's time limit of 1 s (Time limit setting); nothing was captured."
    assert messages == [f"Capture failed: {line}"] and done.args[0] == f"Capture failed: {line}"
    assert window.capture.worker is None and window.capture.dialog is None and not window.capture.busy
    assert session.project.documents == {} and window.bridge.undo_stack.count() == 0


@pytest.mark.parametrize(("request_values", "shown"), [
    ({"timeout": 0.3}, "did not answer within 0.3 s (Time-out setting); nothing was captured."),
    ({"timeout": -1.0}, "Cannot capture: The Time-out setting must be a positive number of seconds"),
    ({"max_mb": -1.0}, "Cannot capture: The Size limit setting must be a positive number of megabytes"),
])
def test_capture_errors_in_the_gui_name_no_cli_flags(qtbot, window, monkeypatch, request_values, shown) -> None:
    messages: list[str] = []
    monkeypatch.setattr("app.ui.jobs.capture_runner.show_error", lambda _parent, message: messages.append(message))
    with web_server.silent_server() as silent:
        if window.capture.run(_request(silent.url, **request_values)):
            with qtbot.waitSignal(window.capture.finished, timeout=60_000):
                pass
    [message] = messages
    assert message.endswith(shown) and "--" not in message


def test_the_dialog_offers_chromium_only_where_it_is_installed(qtbot) -> None:
    without = CaptureDialog(chromium_missing="Rendered capture needs Chromium (…), which is not installed.",
                            user_agent="Desk 1", default_agent="Sourcemark/x")
    qtbot.addWidget(without)
    assert not without.rendered.isEnabled() and not without.chromium_note.isHidden()
    without.url.setText("  https://news.example/a ")
    assert without.request() == CaptureRequest("https://news.example/a", 30.0, 100.0, "Desk 1", False, "", 300.0)
    without.time_limit.setValue(45)
    assert without.request().time_limit == 45.0
    with_it = CaptureDialog()
    qtbot.addWidget(with_it)
    assert with_it.rendered.isEnabled() and with_it.chromium_note.isHidden()


def test_the_time_limit_comes_from_settings_and_is_remembered(qtbot, window, monkeypatch) -> None:
    from app.ui.dialogs import capture_dialog

    assert window.settings.capture_time_limit() == 300.0  # the default, as `capture --time-limit`
    window.settings.set_capture_time_limit(90)
    seen: list[float] = []

    def exec_(dialog) -> int:  # type: ignore[no-untyped-def]
        seen.append(dialog.time_limit.value())
        dialog.url.setText("ftp://refused.example/")  # refused before any fetch: nothing runs
        dialog.time_limit.setValue(120)
        return capture_dialog.CaptureDialog.DialogCode.Accepted.value

    monkeypatch.setattr(capture_dialog.CaptureDialog, "exec", exec_)
    monkeypatch.setattr("app.ui.jobs.capture_runner.show_error", lambda *_: None)
    window.capture_web_page()
    assert seen == [90.0] and window.settings.capture_time_limit() == 120.0
    window.settings._s.setValue("capture/time_limit", "junk")
    assert window.settings.capture_time_limit() == 300.0


def test_the_user_agent_setting_persists(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.capture_user_agent() == ""
    settings.set_capture_user_agent("  Desk   browser 2 ")
    settings._s.sync()
    assert AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)).capture_user_agent() == "Desk browser 2"
