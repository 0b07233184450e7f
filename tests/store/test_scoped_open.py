"""A store opened with `documents=` reads only those annotations files, and never writes a partial view."""

import json
from pathlib import Path

import pytest

from app.domain.claims import Claim
from app.domain.errors import StoreError
from app.domain.ids import new_id
from app.domain.links import Kind, Relation
from app.store import backups
from app.store.project_store import ProjectStore
from app.store.schema import annotations_file, delta_file

from .conftest import annotation, document, link, populate, put, remove


def _two_documents(store: ProjectStore) -> tuple[str, str]:
    """populate() plus a second document with two annotations, one linked to the claim."""
    project = populate(store)
    first = next(iter(project.documents))
    claim = next(iter(project.claims.values()))
    doc = document()
    anns = [annotation(doc.id), annotation(doc.id, 10)]
    store.commit(project, put(project, doc, *anns, link(anns[0], claim, Relation.STATES)))
    return first, doc.id


def _problems(store: ProjectStore) -> list[str]:
    return [p for p in store.check() if "stored copy" not in p]  # these fixtures store no originals


def _files(folder: Path) -> dict[str, bytes]:
    return {rel: (folder / rel).read_bytes() for rel in backups.database_files(folder)}


def test_a_store_opened_without_documents_reads_no_annotations_and_keeps_them_all(store: ProjectStore, folder: Path) -> None:
    first, second = _two_documents(store)
    store.close()
    (folder / annotations_file(second)).write_text('{"annotations": {"1": [}')  # not read: the open still works
    with ProjectStore.open(folder, read_only=True, documents=()) as scoped:
        assert not scoped.complete
        project = scoped.load()
        assert set(project.documents) == {first, second} and len(project.claims) == 1 and not project.annotations
        assert all(link.subject_kind is Kind.CLAIM for link in project.links.values())


def test_a_scoped_commit_changes_only_its_files_and_a_full_open_sees_everything(store: ProjectStore, folder: Path) -> None:
    first, second = _two_documents(store)
    store.close()
    before = _files(folder)
    with ProjectStore.open(folder, documents=(second,)) as scoped:
        project = scoped.load()
        assert {a.document_id for a in project.annotations.values()} == {second}
        claim = Claim(new_id(), "A new claim")
        ann = annotation(second, 20)
        scoped.commit(project, put(project, claim, ann, link(ann, claim, Relation.STATES)))
    after = _files(folder)
    assert after[annotations_file(first)] == before[annotations_file(first)]  # never read, never written
    with ProjectStore.open(folder) as full:
        project = full.load()
        assert full.complete and len(project.annotations) == 4 and len(project.claims) == 2
        assert len(project.links_of(claim.id)) == 1 and len(project.links) == 5
        assert _problems(full) == []


def test_a_scoped_store_appends_new_annotations_to_a_file_it_did_not_read(store: ProjectStore, folder: Path) -> None:
    first, second = _two_documents(store)
    store.close()
    before = _files(folder)
    with ProjectStore.open(folder, documents=()) as scoped:
        project = scoped.load()
        ann = annotation(second, 30)
        claim = next(iter(project.claims))
        scoped.commit(project, put(project, ann, link(ann, project.claims[claim], Relation.STATES)))
        assert not scoped.complete and not project.annotations.keys() - {ann.id}
    after = _files(folder)
    assert after[annotations_file(second)] == before[annotations_file(second)]  # appended to, not read or rewritten
    assert ann.id.encode() in after[delta_file(second)]
    with ProjectStore.open(folder) as full:
        project = full.load()
        assert len(project.annotations) == 4 and project.annotations[ann.id].start == 30
        assert [lk.object_id for lk in project.links_of(ann.id)] == [claim]
        assert _problems(full) == []


def test_a_scoped_store_refuses_a_change_that_needs_a_file_it_did_not_read(store: ProjectStore, folder: Path) -> None:
    first, second = _two_documents(store)
    store.close()
    before = _files(folder)
    with ProjectStore.open(folder, documents=(second,)) as scoped:
        project = scoped.load()
        claim = next(iter(project.claims))
        for link_id in [link.id for link in project.links_of(claim)]:
            project.remove(Kind.LINK, link_id)  # only the links this view can see
        with pytest.raises(StoreError, match="needs the whole project"):
            scoped.commit(project, remove(project, Kind.CLAIM, claim))  # first's annotation still links to it
    assert {rel: data for rel, data in _files(folder).items() if rel != "audit.jsonl"} == {
        rel: data for rel, data in before.items() if rel != "audit.jsonl"
    }
    with ProjectStore.open(folder) as full:
        assert _problems(full) == []


def test_a_scoped_writable_open_never_backs_up_a_damaged_file(store: ProjectStore, folder: Path) -> None:
    _first, second = _two_documents(store)
    store.close()
    ProjectStore.open(folder).close()
    good = backups.list_backups(folder)
    (folder / annotations_file(second)).write_text('{"annotations": {"1": [}')
    with pytest.raises(StoreError, match=rf"{annotations_file(second)} is damaged.*a backup exists"):
        ProjectStore.open(folder, documents=())
    assert backups.list_backups(folder) == good


def test_read_all_completes_a_scoped_store(store: ProjectStore, folder: Path) -> None:
    _two_documents(store)
    store.close()
    with ProjectStore.open(folder, documents=()) as scoped:
        scoped.read_all()
        project = scoped.load()
        assert scoped.complete and len(project.annotations) == 3
        claim = next(iter(project.claims))
        for link_id in [link.id for link in project.links_of(claim)]:
            scoped.commit(project, remove(project, Kind.LINK, link_id))
        scoped.commit(project, remove(project, Kind.CLAIM, claim))
    with ProjectStore.open(folder) as full:
        assert not full.load().claims and _problems(full) == []


def test_a_scoped_open_of_an_older_project_migrates_every_file(store: ProjectStore, folder: Path) -> None:
    first, second = _two_documents(store)
    store.close()
    for path in [folder / "project.json", *(folder / "annotations").glob("*.json")]:  # what schema 1 wrote
        data = json.loads(path.read_text())
        for table, rows in data.items():
            for row in rows.values():
                if table == "meta":
                    row["schema_version"] = 1
                else:
                    row.pop("rev", None)
        path.write_text(json.dumps(data))
    with ProjectStore.open(folder, documents=()) as scoped:
        assert scoped.schema_version == 3
    for doc in (first, second):
        written = json.loads((folder / annotations_file(doc)).read_text())
        assert all(row["rev"] == 1 for rows in written.values() for row in rows.values())
    with ProjectStore.open(folder) as full:
        assert len(full.load().annotations) == 3 and _problems(full) == []
