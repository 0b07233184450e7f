"""`sourcemark sync` and `clone`: exit codes 0 / 1 (conflicts named, left alone) / 2 (one line), and a
sync killed with SIGKILL in the middle of its push, after which the next sync completes."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fixtures.couch_server import FaultProxy, PouchServer, free_port
from tests.fixtures.run import run_cli as run

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def two(tmp_path: Path, server: PouchServer, capsys, request) -> tuple[Path, Path, str, str]:
    url = f"{server.url}/c{abs(hash(request.node.name)) % 10**8}"
    a, b = tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"
    assert run(capsys, "new", a)[0] == 0
    claim = run(capsys, "claim", a, "The bridge reopens in May", "--verdict", "false")[1].strip()
    code, out, err = run(capsys, "--analyst", "ana", "sync", a, url)
    assert (code, err) == (0, "") and out.startswith(f"synced with {url}: 0 change(s) in, 1 revision(s) out")
    code, out, err = run(capsys, "--analyst", "boris", "clone", url, b)
    assert (code, err) == (0, "") and "1 change(s) in" in out
    return a, b, claim, url


def test_conflicts_exit_1_named_then_prefer_settles_them(two, capsys) -> None:
    a, b, claim, _url = two
    assert run(capsys, "--analyst", "ana", "verdict", a, claim, "misleading")[0] == 0
    assert run(capsys, "--analyst", "boris", "verdict", b, claim, "mostly false")[0] == 0
    assert run(capsys, "--analyst", "ana", "sync", a)[0] == 0  # the URL is remembered
    code, out, err = run(capsys, "--analyst", "boris", "sync", b)
    assert code == 1 and err.count("\n") == 1 and "1 conflict(s) need a decision" in err
    assert f"claim {claim}: verdict: mostly false | misleading" in out
    code, out, err = run(capsys, "--analyst", "boris", "sync", b, "--prefer", "theirs")
    assert (code, err) == (0, "")
    code, out, _ = run(capsys, "list", b, "claims")
    assert "misleading" in out


def test_faults_exit_2_or_4_with_one_line(tmp_path: Path, capsys) -> None:
    """Bad input is 2; a server that cannot be reached is a network fault, 4 (docs/user/cli-exit-codes-and-scripting.md)."""
    a = tmp_path / "A.sourcemark"
    assert run(capsys, "new", a)[0] == 0
    code, out, err = run(capsys, "sync", a)
    assert code == 2 and err.count("\n") == 1 and "give the database URL once" in err
    code, out, err = run(capsys, "sync", a, f"http://127.0.0.1:{free_port()}/team")
    assert code == 4 and err.count("\n") == 1 and "cannot reach" in err and "Traceback" not in err
    code, out, err = run(capsys, "clone", f"http://127.0.0.1:{free_port()}/team", tmp_path / "C.sourcemark")
    assert code == 4 and err.count("\n") == 1 and not (tmp_path / "C.sourcemark").exists()
    code, out, err = run(capsys, "clone", "http://u:pw@127.0.0.1:1/", tmp_path / "D.sourcemark")
    assert code == 2 and "not a database URL" in err and "pw" not in err


def test_kill_9_during_a_push_then_the_next_sync_completes(two, server: PouchServer, capsys) -> None:
    a, b, claim, url = two
    for n in range(5):
        assert run(capsys, "claim", a, f"Claim number {n}")[0] == 0
    assert run(capsys, "--analyst", "ana", "verdict", a, claim, "misleading")[0] == 0
    proxy = FaultProxy(server.port)
    try:
        proxy.rule = lambda method, path: "hold" if "_bulk_docs" in path else None
        db = url.rsplit("/", 1)[1]
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen([sys.executable, "-m", "app", "--analyst", "ana", "sync", str(a), f"{proxy.url}/{db}"],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert proxy.held.wait(120), "the sync never reached its push"
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait(60)
        assert child.returncode == -signal.SIGKILL
    finally:
        proxy.stop()
    code, out, err = run(capsys, "--analyst", "ana", "sync", a, url)
    assert (code, err) == (0, "")
    assert run(capsys, "check", a)[0] == 0
    code, out, err = run(capsys, "--analyst", "boris", "sync", b)
    assert (code, err) == (0, "") and "6 change(s) in" in out
    assert "misleading" in run(capsys, "list", b, "claims")[1]


def test_ctrl_c_cancels_at_the_next_request_with_exit_2_then_the_next_sync_completes(two, server: PouchServer,
                                                                                       capsys) -> None:
    a, b, claim, url = two
    for n in range(3):
        assert run(capsys, "claim", a, f"Claim number {n}")[0] == 0
    assert run(capsys, "--analyst", "ana", "sync", a)[0] == 0
    audit = (b / "audit.jsonl").read_bytes()
    before = run(capsys, "list", b, "claims")[1]
    proxy = FaultProxy(server.port)
    try:
        proxy.rule = lambda method, path: "wait" if "_changes" in path and not proxy.release.is_set() else None
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen([sys.executable, "-m", "app", "--analyst", "boris", "sync", str(b),
                                  f"{proxy.url}/{url.rsplit('/', 1)[1]}"],
                                 cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert proxy.held.wait(120), "the sync never read the changes feed"
            child.send_signal(signal.SIGINT)  # while the request is held: the sync stops once it is answered
            proxy.release.set()
            out, err = child.communicate(timeout=120)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    finally:
        proxy.stop()
    assert child.returncode == 2 and out == ""
    assert err == "sourcemark: error: Sync cancelled; nothing was changed here, the next sync starts again\n"
    assert run(capsys, "list", b, "claims")[1] == before
    assert (b / "audit.jsonl").read_bytes() == audit
    code, out, err = run(capsys, "--analyst", "boris", "sync", b, url)
    assert (code, err) == (0, "") and "3 change(s) in" in out


def test_a_terminal_sees_one_progress_line_cleared_at_the_end(two, capsys, monkeypatch) -> None:
    a, _b, _claim, _url = two
    assert run(capsys, "claim", a, "Another claim")[0] == 0
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "--analyst", "ana", "sync", a)
    assert code == 0 and out.startswith("synced with ")
    assert "\r\x1b[KSending changes… [1/1]" in err and err.endswith("\r\x1b[K") and "\n" not in err


def test_a_cancelled_clone_leaves_no_folder(two, tmp_path: Path, capsys, monkeypatch) -> None:
    import threading
    from contextlib import contextmanager

    from app.cli import sync_commands

    @contextmanager
    def pressed_at_once():
        stop = threading.Event()
        stop.set()
        yield stop

    monkeypatch.setattr(sync_commands, "_ctrl_c_cancels", pressed_at_once)
    code, out, err = run(capsys, "clone", two[3], tmp_path / "C.sourcemark")
    assert (code, out) == (2, "") and err == f"sourcemark: error: Clone cancelled; {tmp_path / 'C.sourcemark'} was not created\n"
    assert not (tmp_path / "C.sourcemark").exists()


def test_kill_9_during_a_clone_leaves_no_project_and_the_next_clone_resumes(two, server: PouchServer,
                                                                            tmp_path: Path, capsys) -> None:
    a, _b, claim, url = two
    for n in range(3):
        assert run(capsys, "claim", a, f"Claim number {n}")[0] == 0
    assert run(capsys, "--analyst", "ana", "sync", a)[0] == 0
    target = tmp_path / "C.sourcemark"
    proxy = FaultProxy(server.port)
    try:
        # held when the clone first reads the server's documents (a kind at a time, `_all_docs`)
        proxy.rule = lambda method, path: "hold" if "_all_docs" in path and not proxy.release.is_set() else None
        db_url = f"{proxy.url}/{url.rsplit('/', 1)[1]}"
        env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
        child = subprocess.Popen([sys.executable, "-m", "app", "--analyst", "cem", "clone", db_url, str(target)],
                                 cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            assert proxy.held.wait(120), "the clone never read the server's documents"
            child.send_signal(signal.SIGKILL)
        finally:
            child.wait(60)
        assert child.returncode == -signal.SIGKILL
        assert not target.exists()  # no project that looks whole (and empty) where the clone was going
        assert (tmp_path / ".C.sourcemark.cloning").is_dir()
        proxy.release.set()
        code, out, err = run(capsys, "--analyst", "cem", "clone", db_url, target)
        assert (code, err) == (0, "") and "4 change(s) in" in out  # the first claim and the three more
    finally:
        proxy.stop()
    assert not (tmp_path / ".C.sourcemark.cloning").exists()
    assert claim in run(capsys, "list", target, "claims")[1]
    code, _out, err = run(capsys, "--analyst", "cem", "sync", target, url)
    assert (code, err) == (0, "")


def test_a_clone_with_a_damaged_document_on_the_server_takes_the_rest_and_exits_1(two, tmp_path: Path, capsys) -> None:
    import json
    import urllib.request

    a, _b, claim, url = two
    other = run(capsys, "claim", a, "The bridge reopens in June")[1].strip()
    assert run(capsys, "--analyst", "ana", "sync", a)[0] == 0
    with urllib.request.urlopen(f"{url}/claim:{claim}") as r:
        doc = json.loads(r.read())
    doc["verdict"] = "banana"
    urllib.request.urlopen(urllib.request.Request(f"{url}/claim:{claim}", data=json.dumps(doc).encode(), method="PUT",
                                                  headers={"Content-Type": "application/json"})).close()
    code, out, err = run(capsys, "--analyst", "cem", "clone", url, tmp_path / "C.sourcemark")
    assert code == 1 and f"  left out: claim:{claim} on the server:" in out and "banana" in out
    assert err.count("\n") == 1 and "could not be read" in err
    listed = run(capsys, "list", tmp_path / "C.sourcemark", "claims")[1]
    assert other in listed and claim not in listed
    code, out, _err = run(capsys, "--analyst", "ana", "sync", a)
    assert code == 1 and f"claim:{claim}" in out  # named to every analyst, and to the one who had it too
