"""Disk full or a failing write at every step of a commit: a clear StoreError, no partial file, memory equal to
disk, and the session keeps working once the disk recovers."""

import errno
import io
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import StoreError
from app.domain.ids import new_id
from app.domain.links import Kind, Link, Relation
from app.services import commands as c
from app.services.annotate import new_annotation
from app.services.entities import create_claim
from app.services.session import ProjectSession
from app.store import delta, fsio
from app.store.transaction import Unfinished

from .helpers import new_text_project, tmp_files

TARGETS = ("os.write", "os.fsync", "os.replace", "file.write")


def _command(session: ProjectSession, doc_id: str, n: int) -> c.Command:
    """One command touching project.json, the document's annotations file and the audit log."""
    ann = new_annotation(session, doc_id, 10 + n % 500, 30 + n % 500, note=f"n{n}")
    _, claim = create_claim(session, f"claim {n}")
    link = Link(new_id(), Kind.ANNOTATION, ann.id, Kind.CLAIM, claim.id, Relation.STATES)
    return c.Command(f"step {n}", (c.insert(claim), c.insert(ann), c.insert(link)))


class Failing:
    """Wraps the real function; calls number `fail_from` .. `fail_to` raise ENOSPC."""

    def __init__(self, real: Callable[..., Any]) -> None:
        self.real, self.calls, self.fail_from, self.fail_to = real, 0, 0, 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        if self.fail_from <= self.calls <= self.fail_to:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return self.real(*args, **kwargs)


class _FailingFile(io.FileIO):
    counter: Failing

    def write(self, data: Any) -> int:  # type: ignore[override]
        return self.counter(super().write, data)


def _install(monkeypatch: pytest.MonkeyPatch, target: str) -> Failing:
    if target == "file.write":
        counter = Failing(lambda f, data: f(data))
        _FailingFile.counter = counter
        monkeypatch.setattr(fsio, "open", lambda path, mode="r": _FailingFile(path, mode.replace("b", "")), raising=False)
        return counter
    module, name = target.split(".")
    counter = Failing(getattr(os, name))
    monkeypatch.setattr(os, name, counter)
    return counter


def _disk_state(folder: Path) -> dict[Kind, dict[str, Any]]:
    with ProjectSession.open(folder, read_only=True) as fresh:
        return fresh.project.objects


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ProjectSession, str]]:
    folder = tmp_path_factory.mktemp("diskfull") / "Full.sourcemark"
    doc_id = new_text_project(folder)
    with ProjectSession.open(folder, analyst="tester") as session:
        yield session, doc_id


def _calls_per_commit(session: ProjectSession, doc_id: str, monkeypatch: pytest.MonkeyPatch, target: str) -> int:
    counter = _install(monkeypatch, target)
    session.execute(_command(session, doc_id, 0))
    monkeypatch.undo()
    return counter.calls


@pytest.mark.parametrize("persistent", [False, True], ids=["one-failure", "disk-stays-full"])
@pytest.mark.parametrize("target", TARGETS)
def test_failure_at_every_call_of_a_commit(project: tuple[ProjectSession, str], monkeypatch: pytest.MonkeyPatch,
                                           target: str, persistent: bool) -> None:
    session, doc_id = project
    folder = session.folder
    total = _calls_per_commit(session, doc_id, monkeypatch, target)
    assert total >= 1, f"a commit makes no {target} call"
    for n in range(1, total + 1):
        for action in ("execute", "undo"):
            before = _disk_state(folder)
            assert session.project.objects == before
            counter = _install(monkeypatch, target)
            counter.fail_from, counter.fail_to = n, (10**9 if persistent else n)
            undo_depth = len(session._undo)
            with pytest.raises(StoreError) as info:
                if action == "execute":
                    session.execute(_command(session, doc_id, n))
                else:
                    session.undo()
            monkeypatch.undo()  # the disk has room again
            message = str(info.value)
            assert "No space left on device" in message and "\n" not in message, message
            assert not tmp_files(folder), f"{target} #{n}: temp files left: {tmp_files(folder)}"
            if isinstance(info.value, Unfinished):  # could not even undo: the journal keeps the change, so does memory
                assert persistent and target in ("os.replace", "file.write", "os.fsync"), message
            else:
                assert len(session._undo) == undo_depth  # a failed command never lands on the undo stack
            assert session.project.objects == _disk_state(folder), f"{target} #{n} ({action}): memory differs from disk"
            # ... and the session keeps working
            session.execute(_command(session, doc_id, 1000 + n))
            assert session.project.objects == _disk_state(folder)
    assert not session.store.check()


@pytest.mark.parametrize("target", TARGETS)
def test_failure_at_every_call_of_a_commit_that_folds_its_delta(project: tuple[ProjectSession, str],
                                                                monkeypatch: pytest.MonkeyPatch, target: str) -> None:
    """As above, with every annotations change written whole and the document's delta deleted (store/delta.py)."""
    with pytest.MonkeyPatch.context() as folding:
        folding.setattr(delta, "fold_limit", lambda base: 0)
        test_failure_at_every_call_of_a_commit(project, monkeypatch, target, persistent=False)
        assert not list((project[0].folder / "annotations").glob("*.delta"))
