"""scratch_writes(): the demo's throwaway project is written without fsync, still atomically; nothing else is."""

import os
import threading
from pathlib import Path

import pytest

from app.services.project_files import create_project
from app.store.fsio import atomic_write, scratch_writes


@pytest.fixture
def fsyncs(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = os.fsync

    def counting(fd: int) -> None:
        calls.append(fd)
        real(fd)

    monkeypatch.setattr(os, "fsync", counting)
    return calls


def test_commits_fsync_outside_the_block(tmp_path: Path, fsyncs: list[int]) -> None:
    with create_project(tmp_path / "p.sourcemark", analyst="t"):
        pass
    assert fsyncs


def test_no_fsync_inside_the_block_and_files_complete(tmp_path: Path, fsyncs: list[int]) -> None:
    target = tmp_path / "file.json"
    with scratch_writes():
        atomic_write(target, b"new content")
        with create_project(tmp_path / "p.sourcemark", analyst="t") as session:
            assert session.project is not None
    assert fsyncs == []
    assert target.read_bytes() == b"new content"
    assert not list(tmp_path.glob(".*.tmp"))
    atomic_write(target, b"after")  # the block is over: durable again
    assert fsyncs


def test_other_threads_stay_durable(tmp_path: Path, fsyncs: list[int]) -> None:
    with scratch_writes():
        worker = threading.Thread(target=atomic_write, args=(tmp_path / "other.json", b"x"))
        worker.start()
        worker.join()
    assert fsyncs  # the render/extraction threads of the GUI never inherit the demo's setting
