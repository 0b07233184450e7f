"""Start-up: the --screenshot command, clear failures with exit code 2, and the exception hook."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from app.ui.palette import DEFAULTS


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), TMPDIR=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_STATE_HOME=str(tmp_path / "state"), XDG_CACHE_HOME=str(tmp_path / "cache"))
    return subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, timeout=120)


def _has_color(image: QImage, hex_color: str, tolerance: int = 12, step: int = 2) -> bool:
    target = QColor(hex_color)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = image.pixelColor(x, y)
            if (abs(c.red() - target.red()) <= tolerance and abs(c.green() - target.green()) <= tolerance
                    and abs(c.blue() - target.blue()) <= tolerance):
                return True
    return False


@pytest.mark.slow
def test_demo_screenshot_is_a_png_of_the_window_with_highlights(tmp_path, qapp):
    out = tmp_path / "shot.png"
    result = _run(tmp_path, "--demo", "--screenshot", str(out))
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1440, 900)
    assert _has_color(image, DEFAULTS["claim"]) and _has_color(image, DEFAULTS["actor"])


def test_a_missing_project_fails_with_exit_code_2_and_one_line(tmp_path):
    result = _run(tmp_path, str(tmp_path / "nowhere"), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "does not exist" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_excepthook_logs_and_shows_a_short_message(monkeypatch, tmp_path, message_boxes):
    from app.ui.dialogs import errors

    monkeypatch.setattr(errors, "log_file", lambda: tmp_path / "sourcemark.log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook(lambda: None)
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "RuntimeError: boom" in (tmp_path / "sourcemark.log").read_text()
    (kind, text), = message_boxes
    assert kind == "warning" and "Your project is safe" in text and "Traceback" not in text


@pytest.mark.slow
def test_no_display_is_one_line_and_exit_2_but_screenshot_still_works(tmp_path):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    gui = subprocess.run([sys.executable, "-m", "app", "--demo"], env=env, capture_output=True, text=True, timeout=60)
    assert gui.returncode == 2 and gui.stderr.count("\n") == 1 and "no display" in gui.stderr
    out = tmp_path / "shot.png"
    shot = subprocess.run([sys.executable, "-m", "app", "--demo", "--screenshot", str(out)], env=env,
                          capture_output=True, text=True, timeout=120)
    assert shot.returncode == 0, shot.stderr
    assert out.read_bytes()[:4] == b"\x89PNG" and shot.stderr == ""


def test_a_damaged_project_offers_its_newest_good_backup(qtbot, tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from app.services import annotate
    from app.services.session import ProjectSession
    from app.ui.shell.launch import Launcher
    from app.ui.shell.settings import AppSettings
    from tests.fixtures.run import add_document

    folder = tmp_path / "case.sourcemark"
    article = tmp_path / "a.txt"
    article.write_text("The minister said the bridge will open in June.", encoding="utf-8")
    with ProjectSession.create(folder, analyst="t") as session:
        doc = add_document(session, article).document.id
        session.execute(annotate.create_annotation(session, doc, 4, 12))
    ProjectSession.open(folder).close()  # an open for writing takes the backup
    (folder / "project.json").write_bytes(b'{"truncated": ')
    from .helpers import answer_boxes

    boxes = answer_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    launcher = Launcher(AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)), "t", headless=False)
    window = launcher.open(folder)
    assert boxes and "Restore the newest good backup" in boxes[0][1]
    assert window is not None
    qtbot.addWidget(window)
    assert len(window.bridge.session.project.annotations) == 1
    launcher.shutdown()
