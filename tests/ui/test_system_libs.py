"""A missing system library is named with the packages that provide it, one line each, before Qt loads.

The machine has every library, so a copy of Qt's xcb platform plugin is made to need two that do not exist
(its DT_NEEDED names patched in place, same length): libxcb-cursor.so.9 and libxkbcommon-x11.so.9.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.ui.shell import system_libs

QT = Path(system_libs._plugin_dir() or "").parent
PATCHES = {b"libxcb-cursor.so.0\0": b"libxcb-cursor.so.9\0", b"libxkbcommon-x11.so.0\0": b"libxkbcommon-x11.so.9\0"}


@pytest.fixture
def broken_plugins(tmp_path: Path) -> Path:
    """A plugin folder whose xcb plugin lacks two system libraries; Qt's own libraries are found beside it."""
    qt = tmp_path / "Qt"
    (qt / "plugins" / "platforms").mkdir(parents=True)
    (qt / "lib").symlink_to(QT / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    data = (QT / "plugins" / "platforms" / "libqxcb.so").read_bytes()
    for old, new in PATCHES.items():
        assert data.count(old) == 1
        data = data.replace(old, new)
    (qt / "plugins" / "platforms" / "libqxcb.so").write_bytes(data)
    return qt / "plugins"


def test_the_missing_libraries_are_named_with_apt_and_dnf_packages(broken_plugins: Path, monkeypatch) -> None:
    monkeypatch.setenv("QT_PLUGIN_PATH", str(broken_plugins))
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    assert system_libs.platform_plugin() == broken_plugins / "platforms" / "libqxcb.so"
    assert system_libs.missing_report() == [
        "sourcemark: missing system library libxcb-cursor.so.9: apt install libxcb-cursor0  |  dnf install xcb-util-cursor",
        "sourcemark: missing system library libxkbcommon-x11.so.9: apt install libxkbcommon-x11-0  |  dnf install libxkbcommon-x11",
    ]


def test_the_gui_stops_with_those_lines_and_exit_2(broken_plugins: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_PLUGIN_PATH": str(broken_plugins), "QT_QPA_PLATFORM": "xcb", "DISPLAY": ":404",
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "app", "--demo"], env=env, cwd=tmp_path, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 2
    assert out.stderr.splitlines() == [line for line in system_libs.describe(["libxcb-cursor.so.9", "libxkbcommon-x11.so.9"])]


def test_a_complete_system_passes_and_unknown_libraries_still_get_a_line(monkeypatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert system_libs.missing_report() == []
    assert system_libs.describe(["libfoo.so.3"]) == [
        "sourcemark: missing system library libfoo.so.3: install the package that provides it"]


def test_install_sh_names_them_too(broken_plugins: Path, tmp_path: Path) -> None:
    """install.sh checks the bundle it installs with the same table (a stand-in bundle: the layout, no app)."""
    root = Path(__file__).resolve().parents[2]
    bundle = tmp_path / "bundle"
    internal = bundle / "_internal"
    (internal / "PySide6").mkdir(parents=True)
    shutil.move(str(broken_plugins.parent), internal / "PySide6" / "Qt")
    (internal / "app").mkdir()
    (internal / "app" / "assets").symlink_to(root / "resources")
    (bundle / "share" / "applications").mkdir(parents=True)
    shutil.copy(root / "packaging" / "org.sourcemark.Sourcemark.desktop", bundle / "share" / "applications")
    (bundle / "sourcemark").write_text("#!/bin/sh\n", encoding="utf-8")
    shutil.copy(root / "packaging" / "install.sh", bundle / "install.sh")
    out = subprocess.run(["sh", str(bundle / "install.sh"), "--prefix", str(tmp_path / "prefix")], capture_output=True,
                         text=True, timeout=120, env={**os.environ, "HOME": str(tmp_path)})
    assert out.returncode == 0, out.stderr
    assert out.stderr.splitlines() == system_libs.describe(["libxcb-cursor.so.9", "libxkbcommon-x11.so.9"])
