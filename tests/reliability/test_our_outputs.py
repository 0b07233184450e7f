"""Our own outputs as a way in: an export never overwrites a project's files (this project or any other), never
replaces a device, FIFO or symlink by a regular file, and a failed `add` leaves no stray original behind."""

import os
import stat
import threading
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.services import project_files
from app.services.session import ProjectSession
from app.store.project_store import ProjectStore
from tests.fixtures.run import add_document

from .helpers import cli, new_text_project

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and symlinks are POSIX")


@pytest.fixture(scope="module")
def two_projects(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("outputs")
    mine, other = root / "Mine.sourcemark", root / "Other.sourcemark"
    new_text_project(mine)
    new_text_project(other)
    return mine, other


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_exports_into_any_project_folder_are_refused(two_projects: tuple[Path, Path]) -> None:
    mine, other = two_projects
    before = {p: _snapshot(p) for p in two_projects}
    for project in two_projects:
        for inside in ("project.json", "originals/x.json", "annotations/new.json", "backups/b.json"):
            target = project / inside
            for args in (["export", mine, "--format", "json", "-o", target],
                         ["report", mine, "-o", target.with_suffix(".html")], ["manifest", mine, "-o", target]):
                result = cli(*args)
                assert result.code == 2, (args, result.out, result.err)
                assert "inside the project folder" in result.err and result.err.count("\n") == 1
    assert {p: _snapshot(p) for p in two_projects} == before
    assert cli("check", mine).code == 0


def test_a_symlink_into_a_project_is_resolved_and_refused(two_projects: tuple[Path, Path], tmp_path: Path) -> None:
    mine, other = two_projects
    link = tmp_path / "harmless.json"
    link.symlink_to(other / "project.json")
    folder_link = tmp_path / "exports"
    folder_link.symlink_to(other / "originals")
    before = _snapshot(other)
    for target in (link, folder_link / "x.json"):
        result = cli("export", mine, "--format", "json", "-o", target)
        assert result.code == 2 and "inside the project folder" in result.err
    assert _snapshot(other) == before and link.is_symlink()


def test_a_stray_project_json_does_not_make_a_plain_folder_a_project(two_projects: tuple[Path, Path], tmp_path: Path) -> None:
    mine, _ = two_projects
    exports = tmp_path / "exports"
    exports.mkdir()
    assert cli("export", mine, "--format", "json", "-o", exports / "project.json").code == 0
    assert cli("export", mine, "--format", "csv", "-o", exports / "rows.csv").code == 0
    assert sorted(p.name for p in exports.iterdir()) == ["project.json", "rows.csv"]


def test_a_symlink_is_followed_to_its_target(two_projects: tuple[Path, Path], tmp_path: Path) -> None:
    mine, _ = two_projects
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert cli("export", mine, "--format", "json", "-o", link).code == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text().startswith("{") and "old" not in real.read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []  # no temp file left


def _read_fifo(path: Path, into: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fifo:  # blocks until the export opens the other end; ends at its close
            into.append(fifo.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


def test_a_fifo_is_written_through_not_replaced(two_projects: tuple[Path, Path], tmp_path: Path) -> None:
    mine, _ = two_projects
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    thread = _read_fifo(fifo, received)
    result = cli("export", mine, "--format", "json", "-o", fifo)
    thread.join()
    assert result.code == 0, result.err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert received and received[0].startswith(b"{") and b"Mine" in received[0]


def test_a_character_device_is_written_through(two_projects: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """os.devnull, with the replacing path disabled first: even a regression could not replace the real device."""
    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("a device must never be replaced")

    monkeypatch.setattr(project_files.os, "replace", forbidden)
    monkeypatch.setattr(project_files.tempfile, "mkstemp", forbidden)
    mine, _ = two_projects
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)
    result = cli("export", mine, "--format", "json", "-o", os.devnull)
    assert result.code == 0, result.err
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_a_folder_as_output_is_one_line(two_projects: tuple[Path, Path], tmp_path: Path) -> None:
    mine, _ = two_projects
    result = cli("export", mine, "--format", "json", "-o", tmp_path)
    assert result.code == 2 and result.err.count("\n") == 1 and "not a file" in result.err


@pytest.mark.parametrize("step", ["text cache", "database"])
def test_a_failed_add_leaves_no_original_behind(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, step: str) -> None:
    folder = tmp_path / "P.sourcemark"
    new_text_project(folder)
    before = sorted(p.name for p in (folder / "originals").iterdir())
    src = tmp_path / "second.txt"
    src.write_text("A second article about the harbour, long enough to be a document of its own.\n" * 5)

    def fail(*args: object, **kwargs: object) -> None:
        raise StoreError("no space left on device")

    monkeypatch.setattr(ProjectStore, "put_text" if step == "text cache" else "commit", fail)
    with ProjectSession.open(folder) as session, pytest.raises(StoreError):
        add_document(session, src)
    assert sorted(p.name for p in (folder / "originals").iterdir()) == before
    monkeypatch.undo()
    assert cli("check", folder).code == 0
    with ProjectSession.open(folder) as session:  # and the same file adds cleanly afterwards
        add_document(session, src)
    assert len(list((folder / "originals").iterdir())) == len(before) + 1
