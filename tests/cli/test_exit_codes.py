"""Distinct exit codes a script can act on: 0 ok, 1 attention, 2 bad input, 3 locked, 4 network, 70 internal."""

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import exit_codes
from tests.fixtures import web_server
from tests.fixtures.couch_server import free_port
from tests.fixtures.run import run_cli as run


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "P.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def test_the_codes_are_distinct_and_documented() -> None:
    codes = [exit_codes.OK, exit_codes.ATTENTION, exit_codes.BAD_INPUT, exit_codes.LOCKED, exit_codes.NETWORK,
             exit_codes.INTERNAL]
    assert codes == [0, 1, 2, 3, 4, 70] and set(exit_codes.MEANINGS) == set(codes)
    doc = (Path(__file__).parents[2] / "docs/user/cli-exit-codes-and-scripting.md").read_text(encoding="utf-8")
    for code in codes:
        assert f"| {code} " in doc, f"exit code {code} is not in the reference table"


def test_a_usage_error_is_2(capsys) -> None:
    code, out, err = run(capsys, "list")
    assert code == 2 and out == "" and err.count("\n") == 1 and err.startswith("sourcemark: error:")


def test_a_problem_found_by_check_is_1(project: Path, capsys) -> None:
    (project / "originals").mkdir(exist_ok=True)
    story = project.parent / "s.txt"
    story.write_text("A short story about a bridge.\n", encoding="utf-8")
    assert run(capsys, "add", project, story)[0] == 0
    for original in (project / "originals").iterdir():
        original.write_bytes(b"tampered")
    code, out, err = run(capsys, "check", project)
    assert code == 1 and out and "problem" in err


def test_a_locked_project_is_3_and_unchanged(project: Path, capsys) -> None:
    from app.store.lock import ProjectLock

    lock = ProjectLock.acquire(project)  # as a GUI holding the project open would
    try:
        code, out, err = run(capsys, "claim", project, "The bridge was shelled")
    finally:
        lock.release()
    assert code == 3 and out == "" and err.count("\n") == 1 and "open in another Sourcemark" in err
    assert run(capsys, "list", project, "claims")[1] == ""


def test_an_unreachable_server_is_4(project: Path, capsys) -> None:
    code, out, err = run(capsys, "sync", project, f"http://127.0.0.1:{free_port()}/team")
    assert code == 4 and out == "" and err.count("\n") == 1 and "cannot reach" in err


def test_a_silent_web_server_is_4_and_a_404_is_2(project: Path, capsys) -> None:
    with web_server.silent_server() as silent:
        code, out, err = run(capsys, "capture", project, silent.url, "--timeout", "0.3")
    assert code == 4 and out == "" and "did not answer" in err
    with web_server.site() as site:
        code, out, err = run(capsys, "capture", project, site.url("/missing"))
    assert code == 2 and "answered 404" in err


def test_a_server_refusing_credentials_is_bad_input_not_network() -> None:
    from app.net.couch import SyncError

    try:
        raise SyncError("http://h/db refused access (HTTP 401)")
    except SyncError as exc:
        assert exit_codes.for_error(exc) == 2


def test_a_bug_is_70_in_one_line(project: Path, capsys, monkeypatch) -> None:
    from app.services import project_files

    def broken(*args: object, **kwargs: object) -> None:
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(project_files, "open_project", broken)
    code, out, err = run(capsys, "claim", project, "x")
    assert code == 70 and out == ""
    assert err == "sourcemark: error: internal error: ZeroDivisionError: division by zero (run with --debug for details)\n"


def test_a_real_process_exits_with_the_code(project: Path) -> None:
    from app.store.lock import ProjectLock

    lock = ProjectLock.acquire(project)
    try:
        done = subprocess.run([sys.executable, "-m", "app", "actor", str(project), "Ana"], capture_output=True,
                              text=True, timeout=60)
    finally:
        lock.release()
    assert done.returncode == 3 and "Traceback" not in done.stderr
