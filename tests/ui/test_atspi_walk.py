"""Issue 32: the AT-SPI tree a screen reader (Orca) reads names every control and holds a PDF page's words.

The app runs on the demo project with its PDF open, under Xvfb (the `xcb` pass of packaging/dev.sh test) in a
D-Bus session of its own with Qt's AT-SPI bridge forced on; Debian's pyatspi (system python3) walks the tree.
On CI (CI=true) missing tools fail the test: it must really run there. Elsewhere they skip it, saying what to install.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xcb

SYSTEM_PYTHON = "/usr/bin/python3"
WALKER = Path(__file__).with_name("atspi_walk.py")


def _missing_tools() -> str:
    if shutil.which("dbus-run-session") is None:
        return "dbus-run-session (Debian package dbus)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False) \
        if Path(SYSTEM_PYTHON).exists() else None
    if probe is None or probe.returncode != 0:
        return "pyatspi for /usr/bin/python3 (Debian packages python3-pyatspi, at-spi2-core)"
    return ""


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> dict:
    missing = _missing_tools()
    if missing:
        if os.environ.get("CI"):  # as the tesseract tests: CI sets it
            pytest.fail(f"CI must run the AT-SPI walk, but {missing} is missing: packaging/dev.sh setup installs it")
        pytest.skip(f"needs {missing}; packaging/dev.sh setup installs it")
    folder = tmp_path_factory.mktemp("atspi")
    run = subprocess.run(["dbus-run-session", "--", SYSTEM_PYTHON, str(WALKER), "--launch", sys.executable,
                          str(folder / "project")], capture_output=True, text=True, timeout=240, check=False)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_every_control_in_the_atspi_tree_has_a_word_name(tree: dict) -> None:
    assert tree["nodes"] > 200  # the whole window was walked, not an empty shell
    assert tree["unnamed"] == []


def test_the_words_of_the_open_pdf_page_are_in_the_atspi_tree(tree: dict) -> None:
    phrase = tree["phrase"]
    assert len(phrase.split()) >= 4
    assert phrase in " ".join(tree["text"].split())
