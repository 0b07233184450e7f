"""Crash recovery: a complete journal is rolled forward exactly once; a torn one is discarded."""

from pathlib import Path

from app.store import delta, journal
from app.store.journal import Journal
from app.store.project_store import ProjectStore
from app.store.schema import JOURNAL_FILE, annotations_file

from .conftest import annotation, populate, put


def _crash_before_applying(store: ProjectStore, folder: Path) -> tuple[Journal, str]:
    """Build the journal a commit would write, write it, and 'die' before touching any file."""
    project = store.load()
    doc_id = next(iter(project.documents))
    ann = annotation(doc_id, start=40)
    changes = put(project, ann)
    from app.store.plan import plan

    p = plan(store._db, store._where, project, changes)
    files = p.files(2, store._sizes)
    entry = Journal(2, 1, {"label": "crashed", "seq": 2}, files.writes, files.deletes, files.appends)
    journal.write(folder, entry)
    store.close()
    return entry, ann.id


def test_complete_journal_is_rolled_forward_once(store: ProjectStore, folder: Path) -> None:
    populate(store)
    _, ann_id = _crash_before_applying(store, folder)
    for _ in range(2):
        with ProjectStore.open(folder) as again:
            assert ann_id in again.load().annotations
            assert [e["seq"] for e in again.read_audit()] == [1, 2]
        assert not (folder / JOURNAL_FILE).exists()


def test_roll_forward_after_files_but_before_the_audit_line(store: ProjectStore, folder: Path) -> None:
    populate(store)
    entry, ann_id = _crash_before_applying(store, folder)
    for rel, data in entry.writes.items():  # the files were replaced, then the crash
        (folder / rel).write_bytes(data)
    for rel, (offset, data) in entry.appends.items():
        with open(folder / rel, "ab") as f:
            assert f.tell() == offset
            f.write(data)
    with ProjectStore.open(folder) as again:
        assert ann_id in again.load().annotations
        assert [e["label"] for e in again.read_audit()] == ["populate", "crashed"]
    _assert_appended_once(folder, entry, ann_id)


def test_a_torn_append_is_cut_and_written_again_once(store: ProjectStore, folder: Path) -> None:
    populate(store)
    entry, ann_id = _crash_before_applying(store, folder)
    assert entry.appends and not entry.writes.keys() - {"project.json"}  # one annotation: appended, not rewritten
    for rel, (offset, data) in entry.appends.items():
        with open(folder / rel, "ab") as f:
            f.write(data[: len(data) // 2])  # the crash came mid-append
    with ProjectStore.open(folder, read_only=True) as reader:  # sees the journal's state, not the torn line
        assert ann_id in reader.load().annotations
    with ProjectStore.open(folder) as again:
        assert ann_id in again.load().annotations
    _assert_appended_once(folder, entry, ann_id)


def _assert_appended_once(folder: Path, entry: Journal, ann_id: str) -> None:
    for rel, (offset, data) in entry.appends.items():
        raw = (folder / rel).read_bytes()
        assert raw[offset:] == data and raw.count(ann_id.encode()) == 1
        assert len(delta.parse(raw)) == 1


def test_torn_journal_is_discarded(store: ProjectStore, folder: Path) -> None:
    populate(store)
    _crash_before_applying(store, folder)
    raw = (folder / JOURNAL_FILE).read_bytes()
    (folder / JOURNAL_FILE).write_bytes(raw[: len(raw) - 10])
    with ProjectStore.open(folder) as again:
        assert len(again.load().annotations) == 1
        assert len(again.read_audit()) == 1
    assert not (folder / JOURNAL_FILE).exists()


def test_read_only_open_sees_a_pending_journal_without_writing(store: ProjectStore, folder: Path) -> None:
    populate(store)
    _, ann_id = _crash_before_applying(store, folder)
    with ProjectStore.open(folder, read_only=True) as reader:
        assert ann_id in reader.load().annotations
    assert (folder / JOURNAL_FILE).exists()


def test_journal_cannot_name_a_file_outside_the_database(store: ProjectStore, folder: Path) -> None:
    populate(store)
    bad = journal.encode(Journal(9, 1, None, {"../evil.json": b"{}"}))
    assert journal.decode(bad) is None
    ok = journal.encode(Journal(9, 1, None, {annotations_file("d1"): b"{}"}))
    assert journal.decode(ok) is not None


def test_an_append_must_name_a_delta_file_at_a_sane_offset() -> None:
    ok = Journal(9, 3, None, appends={"annotations/d1.delta": (10, b"{}\n")})
    assert journal.decode(journal.encode(ok)).appends == ok.appends
    for appends in ({"../evil.delta": (0, b"x")}, {"annotations/d1.delta": (-1, b"x")},
                    {"annotations/d1.delta": (1 << 40, b"x")}):
        assert journal.decode(journal.encode(Journal(9, 3, None, appends=appends))) is None
