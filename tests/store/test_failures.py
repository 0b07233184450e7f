"""A commit that fails leaves the previous state on disk: StoreError, no partial or temp file."""

import errno
import os
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.domain.project import Project
from app.store.project_store import ProjectStore

from .conftest import annotation, document, populate, put, same


def _enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def _snapshot(folder: Path) -> dict[str, bytes]:
    skip = ("backups", "lock")
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] not in skip
    }


def _multi_file_change(project: Project):  # type: ignore[no-untyped-def]
    doc = document()
    old_doc = next(iter(project.documents))
    return put(project, doc, annotation(doc.id), annotation(old_doc, start=50))


@pytest.mark.parametrize("target", ["os.replace", "os.fsync"])
def test_disk_full_leaves_the_previous_state(store: ProjectStore, folder: Path, monkeypatch, target: str) -> None:
    populate(store)
    before = _snapshot(folder)
    project = store.load()
    changes = _multi_file_change(project)
    monkeypatch.setattr(target, _enospc)
    with pytest.raises(StoreError, match="No space left on device"):
        store.commit(project, changes, {"label": "x"})
    monkeypatch.undo()
    assert _snapshot(folder) == before  # no temp file, no journal, nothing replaced
    store.close()
    with ProjectStore.open(folder) as again:
        assert len(again.read_audit()) == 1
        assert len(again.load().annotations) == 1


def test_failure_after_some_files_were_replaced_is_undone(store: ProjectStore, folder: Path, monkeypatch) -> None:
    populate(store)
    before = _snapshot(folder)
    project = store.load()
    changes = _multi_file_change(project)
    real, calls = os.replace, []

    def second_fails(src: object, dst: object) -> None:
        calls.append(dst)
        if len(calls) == 2:
            _enospc()
        real(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr("os.replace", second_fails)
    with pytest.raises(StoreError):
        store.commit(project, changes)
    monkeypatch.undo()
    assert len(calls) >= 2
    after = _snapshot(folder)
    assert after.keys() == before.keys()
    store.close()
    with ProjectStore.open(folder) as again:
        assert len(again.load().annotations) == 1 and len(again.read_audit()) == 1


def test_memory_state_survives_a_failed_commit(store: ProjectStore, folder: Path, monkeypatch) -> None:
    """After a failure the store still writes the right files: its in-memory images were not changed."""
    populate(store)
    project = store.load()
    monkeypatch.setattr("os.replace", _enospc)
    with pytest.raises(StoreError):
        store.commit(project, _multi_file_change(project))
    monkeypatch.undo()
    project = store.load()
    doc_id = next(iter(project.documents))
    store.commit(project, put(project, annotation(doc_id, start=70)))
    store.close()
    with ProjectStore.open(folder) as again:
        assert same(again.load(), project)


def test_an_audit_entry_json_cannot_hold_is_refused_before_writing(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    before = _snapshot(folder)
    with pytest.raises(StoreError):
        store.commit(project, put(project, annotation(next(iter(project.documents)), 5)), {"bad": object()})
    assert _snapshot(folder) == before
