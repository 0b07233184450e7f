"""SOURCEMARK_STARTUP_PROBE: `sourcemark --demo` reports when its main window is on screen, then quits (benchmarks)."""

import os
import subprocess
import sys
import time
from pathlib import Path

from app.ui.shell.startup_probe import ENV, PREFIX

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> tuple[subprocess.CompletedProcess[str], float, float]:
    env = {**os.environ, ENV: "1", "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / ".config")}
    before = time.time()
    out = subprocess.run([sys.executable, "-m", "app", *args], env=env, capture_output=True, text=True, cwd=ROOT, timeout=120)
    return out, before, time.time()


def test_demo_window_reports_when_shown_and_quits(tmp_path: Path) -> None:
    out, before, after = _run(tmp_path, "--demo")
    assert out.returncode == 0, out.stderr
    lines = [line for line in out.stdout.splitlines() if line.startswith(PREFIX)]
    assert len(lines) == 1
    shown = float(lines[0].split()[1])
    assert before < shown < after


def test_no_window_is_a_failure_not_a_hang(tmp_path: Path) -> None:
    out, _, _ = _run(tmp_path, str(tmp_path / "missing.sourcemark"))
    assert out.returncode == 2
    assert PREFIX not in out.stdout
