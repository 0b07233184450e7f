import json
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.store import backups
from app.store.project_store import ProjectStore
from app.store.schema import annotations_file, delta_file

from .conftest import annotation, document, populate, put


def _reopen(folder: Path) -> ProjectStore:
    return ProjectStore.open(folder)


def test_open_backs_up_only_when_something_changed(store: ProjectStore, folder: Path) -> None:
    assert len(store.backups()) == 1  # taken when create() opened it
    project = populate(store)
    store.close()
    _reopen(folder).close()
    _reopen(folder).close()
    found = backups.list_backups(folder)
    assert len(found) == 2
    assert json.loads((found[0] / "project.json").read_text())["claims"]
    assert (found[0] / annotations_file(next(iter(project.documents)))).is_file()
    assert (found[0] / "audit.jsonl").read_bytes() == (folder / "audit.jsonl").read_bytes()


def test_a_backup_copies_only_what_changed_and_links_the_rest_to_the_previous_backup(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    docs = [document(), document()]
    store.commit(project, put(project, *docs, annotation(docs[0].id), annotation(docs[1].id)))
    store.close()
    _reopen(folder).close()
    with _reopen(folder) as s:
        project = s.load()
        s.commit(project, put(project, annotation(docs[0].id, 50)))
    _reopen(folder).close()
    new, old = backups.list_backups(folder)[:2]
    changed = delta_file(docs[0].id)  # the new annotation was appended there; the document's file is as it was
    assert (new / changed).read_bytes() == (folder / changed).read_bytes() and not (old / changed).exists()
    for unchanged in (annotations_file(docs[0].id), annotations_file(docs[1].id)):
        assert (new / unchanged).stat().st_ino == (old / unchanged).stat().st_ino  # one copy shared by both backups
    for rel in backups.backup_files(new):  # never a link to the live files, which a bug could write in place
        assert (new / rel).stat().st_ino != (folder / rel).stat().st_ino
        assert (new / rel).read_bytes() == (folder / rel).read_bytes()


def test_only_the_last_five_are_kept(store: ProjectStore, folder: Path) -> None:
    store.close()
    for i in range(8):
        with _reopen(folder) as s:
            project = s.load() if i else populate(s)
            s.commit(project, put(project, annotation(next(iter(project.documents)), 100 + i)))
    assert len(backups.list_backups(folder)) == backups.KEEP


def test_corrupt_project_file_is_refused_naming_the_backup(store: ProjectStore, folder: Path) -> None:
    populate(store)
    store.close()
    _reopen(folder).close()
    newest = backups.list_backups(folder)[0]
    damaged = (folder / "project.json").read_bytes()[:-40]
    (folder / "project.json").write_bytes(damaged)
    for read_only in (False, True):
        with pytest.raises(StoreError, match=rf"project.json is damaged.*a backup exists: backups/{newest.name}"):
            ProjectStore.open(folder, read_only=read_only)
    assert (folder / "project.json").read_bytes() == damaged  # unreadable data is never overwritten
    assert backups.list_backups(folder)[0] == newest  # nor backed up over a good backup
    with ProjectStore.recover(folder, newest) as recovered:
        assert len(recovered.load().annotations) == 1
        assert recovered.read_audit()[-1]["action"] == "restore"


def test_corrupt_annotations_file_is_refused(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    store.close()
    (folder / annotations_file(next(iter(project.documents)))).write_text('{"annotations": {"1": [}')
    with pytest.raises(StoreError, match=r"annotations/.*\.json is damaged: invalid JSON"):
        _reopen(folder)


def test_restore_backup_goes_back_and_can_be_undone(store: ProjectStore, folder: Path) -> None:
    project = populate(store)
    store.close()
    with _reopen(folder) as s:
        good = s.backups()[0]
        project = s.load()
        s.commit(project, put(project, annotation(next(iter(project.documents)), 200)))
        s.restore_backup(good)
        assert len(s.load().annotations) == 1
        assert len(s.backups()) >= 2  # the state before the restore was kept
        with pytest.raises(StoreError, match="is not a backup"):
            s.restore_backup(folder / "annotations")
