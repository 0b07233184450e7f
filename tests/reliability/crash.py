"""Kill trials: a writer killed with SIGKILL at a random instant, then the project checked.

Used by test_crash.py (normal run) and tests/benchmarks/crash.py (many trials).
"""

import os
import random
import select
import signal
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

from app.domain.links import Kind
from app.services.session import ProjectSession
from app.store import deletions
from app.store.schema import JOURNAL_FILE

from .helpers import PYTHON, WRITER, cli, spawn
from .writer import run


@dataclass
class Trial:
    acknowledged: dict[str, set[str]] = field(default_factory=dict)
    killed_before_ready: bool = False
    required: int = 0  # acknowledged lines the trial waited for before its delay started
    lines: int = 0  # acknowledged lines the writer wrote before it died
    seconds: float = 0.0
    journal_left: bool = False

    @property
    def count(self) -> int:
        return sum(len(ids) for ids in self.acknowledged.values())


def _fork_writer(folder: Path, doc_id: str, seed: int) -> tuple[int, int]:
    """A forked child running writer.run, acknowledging on a pipe; (pid, read end)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        code = 0
        try:
            run(folder, doc_id, seed, lambda line: os.write(w, (line + "\n").encode()))
        except BaseException:  # noqa: BLE001 - a writer that fails must not run the parent's code
            code = 3
        os._exit(code)
    os.close(w)
    return pid, r


def _spawn_writer(folder: Path, doc_id: str, seed: int) -> tuple[int, int, object]:
    r, w = os.pipe()
    proc = spawn([PYTHON, str(WRITER), str(folder), doc_id, str(seed)], stdout=w, stdin=subprocess.DEVNULL)
    os.close(w)
    return proc.pid, r, proc


def kill_trial(folder: Path, doc_id: str, rng: random.Random, *, real_process: bool = False) -> Trial:
    """One writer, killed a random delay after it acknowledged a random number of commits (or while opening).

    The delay is counted from an event the writer reports (its start, or its n-th acknowledged line), never
    from a guess of how fast this machine commits: on a slow or loaded machine the kills still land while
    commits are flowing (issue 22)."""
    start = time.perf_counter()
    proc = None
    if real_process:
        pid, r, proc = _spawn_writer(folder, doc_id, rng.randrange(1 << 30))
    else:
        pid, r = _fork_writer(folder, doc_id, rng.randrange(1 << 30))
    trial = Trial()
    roll = rng.random()
    # A tenth are killed while opening (maybe rolling a journal forward); the rest after 0-3 acknowledged
    # lines and then 0-400 ms into the loop, a third of those within 20 ms.
    early = roll < 0.1
    trial.required = 0 if early else rng.randrange(4)
    delay = rng.uniform(0, 0.05) if early else (rng.uniform(0, 0.02) if roll < 0.4 else rng.uniform(0.02, 0.4))
    buf = b""
    armed_at = time.perf_counter() if early else None  # when the delay started counting
    while True:
        now = time.perf_counter()
        if armed_at is not None and now - armed_at >= delay:
            break
        timeout = None if armed_at is None else max(0.0, delay - (now - armed_at))
        readable, _, _ = select.select([r], [], [], timeout)  # None: until the writer says something
        if readable:
            chunk = os.read(r, 65536)
            if not chunk:
                break  # the writer died by itself: a bug, reported below
            buf += chunk
            lines = buf.split(b"\n")[:-1]
            if armed_at is None and b"ready" in lines and len(lines) - 1 - lines.index(b"ready") >= trial.required:
                armed_at = time.perf_counter()
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if proc is not None:
        proc.returncode = -9  # type: ignore[attr-defined]
    # Lines the writer finished before it died are acknowledged too: drain the pipe.
    while True:
        chunk = os.read(r, 65536)
        if not chunk:
            break
        buf += chunk
    os.close(r)
    assert os.WIFSIGNALED(status), f"the writer exited by itself (status {status}) before the kill"
    lines = buf.decode().split("\n")
    complete = lines[:-1]  # the last element is "" or a torn line
    trial.killed_before_ready = "ready" not in complete
    trial.lines = sum(1 for line in complete if line != "ready")
    for line in complete:
        if line != "ready":
            kind, oid = line.split(" ")
            if kind.startswith("-"):
                trial.acknowledged.get(kind[1:], set()).discard(oid)
            else:
                trial.acknowledged.setdefault(kind, set()).add(oid)
    trial.journal_left = (folder / JOURNAL_FILE).exists()
    trial.seconds = time.perf_counter() - start
    return trial


def verify(folder: Path, trial: Trial, *, cli_check: bool = True) -> None:
    """The project opens, `sourcemark check` passes, every acknowledged commit is there."""
    with ProjectSession.open(folder, analyst="verifier") as session:  # rolls an interrupted commit forward
        project = session.project
        for kind, ids in trial.acknowledged.items():
            objects = project.objects[Kind(kind)]
            missing = ids - set(objects)
            assert not missing, f"acknowledged {kind}s lost after the kill: {sorted(missing)[:3]}"
        problems = session.store.check()
        assert not problems, problems
        # the deletions store says what the audit log says: each line went in its deletion's own commit
        assert session.store.deleted() == deletions.parse(deletions.from_audit(folder)), "deletions.jsonl disagrees"
    assert not (folder / JOURNAL_FILE).exists()
    assert not [p for p in folder.rglob("*.tmp") if "backups" not in p.parts], "a temp file survived the reopen"
    if cli_check:
        result = cli("check", folder)
        assert result.code == 0 and result.out.strip() == "ok", (result.code, result.out, result.err)
