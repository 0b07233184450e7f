"""GUI third pass (issue 30), text from outside is plain text: a hostile server's reason phrase with a heading
and a link is shown as the characters it is, in the one error box, never rendered."""

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from app.ui.dialogs import errors
from app.ui.jobs.sync_runner import SyncRunner

from .helpers import run_sync

HOSTILE = "<h1>Session expired</h1><a href='https://evil.example/login'>Sign in again</a>"


@pytest.fixture
def hostile_server() -> Iterator[str]:
    """Answers every request with HTTP 500 and a CouchDB-style error whose reason is HTML."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _any(self) -> None:
            body = json.dumps({"error": "unknown", "reason": HOSTILE}).encode()
            self.send_response(500, HOSTILE)  # the reason phrase of the status line, too
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_PUT = do_POST = do_HEAD = _any

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/hostile"
    server.shutdown()
    server.server_close()


def test_a_hostile_reason_phrase_reaches_the_sync_error_box_as_plain_text(qtbot, ui_bridge, hostile_server, message_boxes):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = SyncRunner(ui_bridge, parent, ask_url=lambda: hostile_server)
    assert run_sync(qtbot, runner) is None
    [(kind, text)] = message_boxes  # the fixture also checks the box's format is PlainText
    assert kind == "warning" and text.startswith("Could not sync:") and HOSTILE in text


@pytest.mark.parametrize("show", [
    lambda parent, text: errors.show_error(parent, text),
    lambda parent, text: errors.inform(parent, "Sourcemark", text),
    lambda parent, text: errors.ask(parent, "Sourcemark", text),
])
def test_every_message_helper_shows_markup_as_text(qtbot, monkeypatch, show):
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(errors, "_exec", lambda box: boxes.append(box) or QMessageBox.StandardButton.Ok.value)
    parent = QWidget()
    qtbot.addWidget(parent)
    show(parent, f"Could not capture: {HOSTILE}")
    [box] = boxes
    assert box.textFormat() == Qt.TextFormat.PlainText and HOSTILE in box.text()


def test_labels_showing_outside_text_are_plain(qtbot):
    label = errors.plain_label(HOSTILE)
    qtbot.addWidget(label)
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HOSTILE


@pytest.mark.xcb
def test_the_error_box_on_screen_shows_the_tags_and_no_link(qtbot, ui_bridge, hostile_server, tmp_path):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    runner = SyncRunner(ui_bridge, parent, ask_url=lambda: hostile_server)
    seen: dict[str, object] = {}

    def read_box(tries: int = 100) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if tries:
                QTimer.singleShot(50, lambda: read_box(tries - 1))
            return
        label = box.findChild(QLabel, "qt_msgbox_label")
        seen["format"], seen["text"] = label.textFormat(), label.text()
        box.grab().save(str(tmp_path / "hostile_box.png"))  # to look at
        box.accept()

    QTimer.singleShot(0, read_box)
    run_sync(qtbot, runner)
    assert seen["format"] == Qt.TextFormat.PlainText and "<h1>Session expired</h1>" in str(seen["text"])

