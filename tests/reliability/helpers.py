"""Shared helpers of the reliability suite: projects, the CLI in-process and as a measured subprocess."""

import contextlib
import io
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from app.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
SOURCEMARK = [PYTHON, "-m", "app"]
WRITER = Path(__file__).with_name("writer.py")

ARTICLE = (
    "The regional governor said on Monday that the bridge over the river would reopen in May. "
    "Engineers from the ministry disputed the date in a letter seen by reporters. "
    "The repairs have cost four million euros so far, according to the council. "
    "Residents told local radio that the detour adds forty minutes to every journey. "
) * 12


@dataclass
class Result:
    code: int
    out: str
    err: str
    seconds: float = 0.0
    max_rss_mb: float = 0.0


def cli(*args: object) -> Result:
    """`sourcemark ARGS` in this process (app.cli.main.main), with stdout and stderr captured."""
    out, err = io.StringIO(), io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([str(a) for a in args])
    return Result(code, out.getvalue(), err.getvalue(), time.perf_counter() - start)


def spawn(args: list[str], **kw: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "SOURCEMARK_ANALYST": "tester", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(args, cwd=ROOT, env=env, **kw)  # type: ignore[call-overload]


def run_measured(args: list[str], timeout: float = 120.0) -> Result:
    """Run a command as a child process; its exit code, output, time and peak RSS.

    The peak is the child's own VmHWM, polled from /proc while it runs. wait4's ru_maxrss is not
    used: Linux carries the parent's high-water mark across fork+exec into it, so a child of a big
    pytest process would be charged for the parent's memory.
    """
    import tempfile

    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = spawn(args, stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        peak_kb = 0
        while True:
            peak_kb = max(peak_kb, _vm_hwm_kb(proc.pid))
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() - start > timeout:
                proc.kill()
                os.wait4(proc.pid, 0)
                proc.returncode = -9
                raise AssertionError(f"{args} hung (still running after {timeout} s)")
            time.sleep(0.02)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        return Result(proc.returncode, out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                      seconds, peak_kb / 1024)


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii", errors="replace") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass  # exited between polls, or a zombie without memory
    return 0


def sourcemark(*args: object, timeout: float = 120.0) -> Result:
    return run_measured([*SOURCEMARK, *map(str, args)], timeout)


def assert_refused_or_ok(result: Result, what: str) -> None:
    """Exit 0, or exit 2 with exactly one `sourcemark: error:` line on stderr; never a traceback."""
    assert "Traceback" not in result.err, f"{what}: traceback\n{result.err}"
    assert "internal error" not in result.err, f"{what}: {result.err}"
    if result.code == 0:
        return
    assert result.code == 2, f"{what}: exit {result.code}\n{result.err}"
    lines = [line for line in result.err.splitlines() if line.strip() and not line.startswith("sourcemark: warning:")]
    assert len(lines) == 1 and lines[0].startswith("sourcemark: error: "), f"{what}: stderr {result.err!r}"


def tmp_files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*.tmp")]


def new_text_project(folder: Path, text: str = ARTICLE) -> str:
    """A project with one plain-text document; returns the document id."""
    from app.services.session import ProjectSession
    from tests.fixtures.run import add_document

    src = folder.parent / f"{folder.name}-article.txt"
    src.write_text(text, encoding="utf-8")
    with ProjectSession.create(folder, analyst="tester") as session:
        return add_document(session, src).document.id
