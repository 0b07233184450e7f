"""annotations/<doc>.delta: commits append there, fold into the TinyDB file past the limit, and older projects open."""

import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from app.domain.changes import Changes
from app.domain.errors import StoreError
from app.domain.links import Kind
from app.domain.project import Project
from app.store import backups, delta
from app.store.project_store import ProjectStore
from app.store.schema import SCHEMA_VERSION, annotations_file, delta_file

from .conftest import annotation, document, populate, put


def _drop(project: Project, *ann_ids: str) -> Changes:
    """Remove annotations with their links, as one change."""
    changes = Changes()
    for oid in ann_ids:
        for lk in list(project.links_of(oid)):
            changes.note(Kind.LINK, lk.id, project.remove(Kind.LINK, lk.id), None)
        changes.note(Kind.ANNOTATION, oid, project.remove(Kind.ANNOTATION, oid), None)
    return changes


def _doc_with_one(store: ProjectStore) -> str:
    project = populate(store)
    return next(iter(project.documents))


def test_a_new_annotation_is_appended_and_the_documents_file_is_not_rewritten(store: ProjectStore, folder: Path) -> None:
    doc = _doc_with_one(store)
    before = (folder / annotations_file(doc)).read_bytes()
    project = store.load()
    ann = annotation(doc, 40)
    store.commit(project, put(project, ann))
    assert (folder / annotations_file(doc)).read_bytes() == before
    [line] = delta.parse((folder / delta_file(doc)).read_bytes())
    assert [r["id"] for r in line["put"]["annotations"]] == [ann.id] and line["del"] == {}
    store.close()
    with ProjectStore.open(folder) as again:
        assert again.load().annotations[ann.id] == project.annotations[ann.id]


def test_updates_and_deletes_are_appended_and_read_back_in_order(store: ProjectStore, folder: Path) -> None:
    doc = _doc_with_one(store)
    project = store.load()
    first = next(iter(project.annotations))
    extra = annotation(doc, 40)
    store.commit(project, put(project, extra))
    store.commit(project, put(project, replace(extra, note="edited")))
    store.commit(project, _drop(project, first))
    assert len(delta.parse((folder / delta_file(doc)).read_bytes())) == 3
    store.close()
    with ProjectStore.open(folder) as again:
        loaded = again.load().annotations
        assert set(loaded) == {extra.id} and loaded[extra.id].note == "edited"


def test_past_the_fold_limit_the_file_is_written_whole_and_the_delta_deleted(store: ProjectStore, folder: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delta, "FOLD_MIN", 1500)
    doc = _doc_with_one(store)
    project = store.load()
    added, folded = [], False
    for n in range(12):
        ann = annotation(doc, 50 + n)
        added.append(ann.id)
        store.commit(project, put(project, ann))
        if not (folder / delta_file(doc)).exists():
            folded = True
            break
        assert (folder / delta_file(doc)).stat().st_size <= delta.fold_limit((folder / annotations_file(doc)).stat().st_size)
    assert folded
    written = json.loads((folder / annotations_file(doc)).read_text())
    assert set(added) <= {row["id"] for row in written["annotations"].values()}
    store.close()
    with ProjectStore.open(folder) as again:
        assert set(added) <= set(again.load().annotations) and again.load().annotations.keys() == project.annotations.keys()


def test_emptying_a_document_deletes_its_file_and_its_delta(store: ProjectStore, folder: Path) -> None:
    doc = _doc_with_one(store)
    project = store.load()
    extra = annotation(doc, 40)
    store.commit(project, put(project, extra))
    store.commit(project, _drop(project, *[a for a in project.annotations if a != extra.id]))
    store.commit(project, _drop(project, extra.id))
    assert not (folder / annotations_file(doc)).exists() and not (folder / delta_file(doc)).exists()


def test_a_damaged_delta_refuses_the_open_and_the_backup_restores(store: ProjectStore, folder: Path) -> None:
    doc = _doc_with_one(store)
    project = store.load()
    store.commit(project, put(project, annotation(doc, 40)))
    store.close()
    ProjectStore.open(folder).close()  # the backup now holds the delta
    path = folder / delta_file(doc)
    path.write_bytes(b"{not json\n" + path.read_bytes())
    with pytest.raises(StoreError, match=rf"{delta_file(doc)} is damaged: line 1 is not JSON.*sourcemark restore"):
        ProjectStore.open(folder)
    with ProjectStore.recover(folder, backups.newest_good(folder)) as restored:
        assert len(restored.load().annotations) == 2


def test_a_line_still_being_appended_is_not_read() -> None:
    line = delta.encode(3, {"annotations": [{"id": "a"}]}, {})
    assert delta.parse(line + line[:10]) == delta.parse(line) == [{"seq": 3, "put": {"annotations": [{"id": "a"}]}, "del": {}}]
    with pytest.raises(ValueError, match="line 1 is not a delta entry"):
        delta.parse(b'{"put": {"annotations": [{"no": "id"}]}, "del": {}}\n')


def test_a_schema_2_project_opens_upgraded_and_then_appends(tmp_path: Path) -> None:
    """A project as schema 2 wrote it (no deltas, version 2) upgrades on open, after a backup."""
    folder = tmp_path / "Old.sourcemark"
    with ProjectStore.create(folder, "Old") as store:
        doc = _doc_with_one(store)
    data = json.loads((folder / "project.json").read_text())
    data["meta"]["1"]["schema_version"] = 2
    (folder / "project.json").write_text(json.dumps(data))
    assert not list((folder / "annotations").glob("*.delta"))
    with ProjectStore.open(folder) as store:
        assert store.schema_version == SCHEMA_VERSION == 3
        assert store.read_audit()[-1]["action"] == "upgrade"
        project = store.load()
        assert len(project.annotations) == 1
        newest = store.backups()[0]
        assert json.loads((newest / "project.json").read_text())["meta"]["1"]["schema_version"] == 2
        store.commit(project, put(project, annotation(doc, 40), document()))
    assert (folder / delta_file(doc)).is_file()
    with ProjectStore.open(folder) as again:
        assert len(again.load().annotations) == 2 and again.schema_version == 3


def test_a_scoped_store_folds_an_unread_document_whose_delta_is_past_its_limit(store: ProjectStore, folder: Path,
                                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(delta, "FOLD_MIN", 1500)
    doc = _doc_with_one(store)
    store.close()
    added, sizes = [], []
    for n in range(12):
        with ProjectStore.open(folder, documents=()) as scoped:
            project = scoped.load()
            ann = annotation(doc, 50 + n)
            added.append(ann.id)
            scoped.commit(project, put(project, ann))
        path = folder / delta_file(doc)
        sizes.append(path.stat().st_size if path.exists() else 0)
    assert 0 in sizes and max(sizes) > delta.FOLD_MIN  # past the limit once, folded by the next commit
    with ProjectStore.open(folder) as full:
        assert set(added) <= set(full.load().annotations) and len(full.load().annotations) == 13


def test_another_analysts_delta_is_read_safely(store: ProjectStore, folder: Path, tmp_path: Path) -> None:
    """An untrusted folder's .delta goes through safe_files: a pipe or a link out is refused, never read."""
    doc = _doc_with_one(store)
    store.close()
    path = folder / delta_file(doc)
    os.mkfifo(path)
    with pytest.raises(StoreError, match=rf"{delta_file(doc)} is not a regular file"):
        ProjectStore.open(folder, untrusted=True)
    path.unlink()
    (tmp_path / "outside").write_bytes(delta.encode(2, {"annotations": [{"id": "x"}]}, {}))
    path.symlink_to(tmp_path / "outside")
    with pytest.raises(StoreError, match="leads outside the project folder"):
        ProjectStore.open(folder, untrusted=True)
