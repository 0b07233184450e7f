"""A layout saved at 1× restores inside the screen under QT_SCALE_FACTOR=2 (a 1600×1000 screen is 800×500 there),
and dock sizes saved at one scale are dropped at the other (the docks take their default shares); at the same
scale the saved dock sizes come back. Each scale is its own process (the scale factor is read once, when the
QApplication starts), on an offscreen screen of 1600×1000 pixels."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.main_window import MainWindow
from app.ui.palette import CategoryColors
from app.ui.shell import window_place
from app.ui.shell.settings import AppSettings

mode, folder, ini = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
session = ProjectSession.open(folder, analyst="t") if folder.exists() else ProjectSession.create(folder, analyst="t")
settings = AppSettings(QSettings(ini, QSettings.Format.IniFormat))
win = MainWindow(SessionBridge(session), settings, CategoryColors())
restored = window_place.restore(win, settings) if mode == "restore" else None
win.show()
for _ in range(5):
    app.processEvents()
if mode == "save":
    win.resize(1500, 950)
    for _ in range(5):
        app.processEvents()
    win.resizeDocks([win.docks["project"]], [333], Qt.Orientation.Horizontal)
    for _ in range(5):
        app.processEvents()
    window_place.save(win, settings)
    settings.sync()
screen = win.screen().availableGeometry()
print(json.dumps({"frame": win.frameGeometry().getRect(), "screen": screen.getRect(), "restored": restored,
                  "project": win.docks["project"].width(), "dpr": win.devicePixelRatioF(),
                  "saved_screen": settings.window_screen()}))
win.view.show_document(None)
session.close()
"""


def _run(tmp_path: Path, mode: str, scale: str) -> dict:
    screens = tmp_path / "screens.json"
    screens.write_text(json.dumps({"screens": [{"name": "desk", "x": 0, "y": 0, "width": 1600, "height": 1000,
                                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screens}", "QT_SCALE_FACTOR": scale,
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode, str(tmp_path / "p.sourcemark"), str(tmp_path / "s.ini")],
                          env=env, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def _inside(frame: list[int], screen: list[int]) -> bool:
    x, y, w, h = frame
    sx, sy, sw, sh = screen
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def test_a_layout_saved_at_1x_restores_inside_the_screen_at_2x_without_its_dock_sizes(tmp_path: Path) -> None:
    saved = _run(tmp_path, "save", "1")
    assert saved["dpr"] == 1 and saved["saved_screen"] == "1@1600x1000" and saved["project"] == 333
    back = _run(tmp_path, "restore", "2")
    assert back["dpr"] == 2 and back["screen"] == [0, 0, 800, 500]
    assert _inside(back["frame"], back["screen"]), back  # clamped: not larger than the screen
    assert back["restored"] is False and back["project"] != 333  # 1x dock sizes are not carried over


def test_dock_sizes_saved_at_2x_are_dropped_at_1x(tmp_path: Path) -> None:
    saved = _run(tmp_path, "save", "2")
    assert saved["saved_screen"] == "2@800x500" and saved["project"] == 333
    back = _run(tmp_path, "restore", "1")
    assert _inside(back["frame"], back["screen"]), back
    assert back["restored"] is False and back["project"] != 333


def test_a_layout_saved_at_1x_restores_its_docks_at_1x(tmp_path: Path) -> None:
    saved = _run(tmp_path, "save", "1")
    assert saved["project"] == 333
    back = _run(tmp_path, "restore", "1")
    assert _inside(back["frame"], back["screen"]), back
    assert back["restored"] is True and abs(back["project"] - 333) <= 2
