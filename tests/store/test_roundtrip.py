import json
from dataclasses import replace
from pathlib import Path

from tinydb import TinyDB

from app.domain.links import Kind
from app.store.project_store import ProjectStore
from app.store.schema import SCHEMA_VERSION, annotations_file
from app.store.storage import AtomicJSONStorage

from .conftest import annotation, populate, put, remove, same


def test_every_kind_round_trips(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    assert all(project.count(kind) for kind in Kind)
    store.close()
    with ProjectStore.open(folder) as again:
        assert again.name == "Kursk"
        assert same(again.load(), project)


def test_files_are_plain_tinydb_databases(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    doc_id = next(iter(project.documents))
    with TinyDB(folder / annotations_file(doc_id), storage=AtomicJSONStorage) as db:
        assert {r["id"] for r in db.table("annotations").all()} == set(project.annotations)
        assert len(db.table("links").all()) == 2  # the two links whose subject is an annotation
    with TinyDB(folder / "project.json", storage=AtomicJSONStorage) as db:
        assert db.table("meta").all()[0]["schema_version"] == SCHEMA_VERSION
        assert len(db.table("links").all()) == 1
        assert db.table("claims").all()[0]["verdict"] == "misleading"


def test_update_and_remove(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    ann = next(iter(project.annotations.values()))
    store.commit(project, put(project, replace(ann, note="changed")))
    for link in project.links_of(ann.id):
        store.commit(project, remove(project, Kind.LINK, link.id))
    extra = annotation(ann.document_id, start=10)
    store.commit(project, put(project, extra))
    store.commit(project, remove(project, Kind.ANNOTATION, ann.id))
    store.close()
    with ProjectStore.open(folder) as again:
        loaded = again.load()
    assert same(loaded, project)
    assert set(loaded.annotations) == {extra.id}
    assert loaded.count(Kind.LINK) == 1


def test_commit_touches_only_the_files_of_its_changes(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    doc_id = next(iter(project.documents))
    before = (folder / "project.json").stat().st_ino
    store.commit(project, put(project, annotation(doc_id, start=20)))
    assert (folder / "project.json").stat().st_ino == before
    assert not (folder / "journal.json").exists()


def test_removing_the_last_annotation_deletes_its_file(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    doc_id = next(iter(project.documents))
    for link in list(project.links.values()):
        store.commit(project, remove(project, Kind.LINK, link.id))
    store.commit(project, remove(project, Kind.ANNOTATION, *project.annotations))
    assert not (folder / annotations_file(doc_id)).exists()
    store.commit(project, remove(project, Kind.SOURCE, *project.sources))
    store.commit(project, remove(project, Kind.DOCUMENT, doc_id))
    store.close()
    with ProjectStore.open(folder) as again:
        assert same(again.load(), project)


def test_audit_entries_are_numbered(store: ProjectStore) -> None:
    populate(store)
    project = store.load()
    doc_id = next(iter(project.documents))
    store.commit(project, put(project, annotation(doc_id, 30)), {"label": "highlight", "analyst": "ann"})
    entries = store.read_audit()
    assert [e["seq"] for e in entries] == [1, 2]
    assert entries[1]["label"] == "highlight" and entries[1]["time"]
    assert json.loads((store.folder / "audit.jsonl").read_text().splitlines()[0])["label"] == "populate"


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    import pytest

    from app.domain.errors import StoreError

    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "file").write_text("hi")
    with pytest.raises(StoreError, match="not empty"):
        ProjectStore.create(tmp_path / "x", "x")
    with pytest.raises(StoreError, match="is not a Sourcemark project"):
        ProjectStore.open(tmp_path / "x")
