"""The audit log as a hash chain: every entry holds the hash of the one before; check names the first break."""

import json
from pathlib import Path

from app.store import audit
from app.store.project_store import ProjectStore

from .conftest import annotation, populate, put


def _commits(store: ProjectStore, n: int) -> None:
    project = populate(store)
    doc = next(iter(project.documents))
    for i in range(n):
        store.commit(project, put(project, annotation(doc, 10 + i)), {"label": f"step {i}", "action": "do"})


def _audit_problems(store: ProjectStore) -> list[str]:
    return [p for p in store.check() if p.startswith("audit log")]  # these projects hold no originals


def _lines(folder: Path) -> list[bytes]:
    return (folder / "audit.jsonl").read_bytes().splitlines(keepends=True)


def _write(folder: Path, lines: list[bytes]) -> None:
    (folder / "audit.jsonl").write_bytes(b"".join(lines))


def test_every_entry_holds_the_hash_of_the_one_before(store: ProjectStore, folder: Path) -> None:
    _commits(store, 3)
    entries = store.read_audit()
    assert entries[0]["prev"] == audit.GENESIS
    assert [e["prev"] for e in entries[1:]] == [e["hash"] for e in entries[:-1]]
    report = audit.verify(folder / "audit.jsonl")
    assert (report.entries, report.chained, report.problem, report.head) == (4, 4, None, entries[-1]["hash"])
    assert _audit_problems(store) == []


def test_a_tampered_label_is_named(store: ProjectStore, folder: Path) -> None:
    _commits(store, 3)
    lines = _lines(folder)
    lines[2] = lines[2].replace(b'"step 1"', b'"step X"')
    _write(folder, lines)
    assert "audit log: entry 3 does not match its hash" in _audit_problems(store)


def test_a_tampered_entry_with_a_recomputed_hash_breaks_the_next_link(store: ProjectStore, folder: Path) -> None:
    _commits(store, 3)
    lines = _lines(folder)
    entry = json.loads(lines[2])
    entry["label"] = "step X"
    lines[2] = audit.encode(audit.chained(entry, entry["prev"]))
    _write(folder, lines)
    problems = _audit_problems(store)
    assert any(p.startswith("audit log: entry 4 does not follow the entry before it") for p in problems), problems


def test_a_deleted_line_is_named(store: ProjectStore, folder: Path) -> None:
    _commits(store, 3)
    lines = _lines(folder)
    del lines[1]
    _write(folder, lines)
    assert any(p.startswith("audit log: entry 3 (line 2) does not follow") for p in _audit_problems(store))


def test_reordered_lines_are_named(store: ProjectStore, folder: Path) -> None:
    _commits(store, 3)
    lines = _lines(folder)
    lines[1], lines[2] = lines[2], lines[1]
    _write(folder, lines)
    assert any(p.startswith("audit log: entry 3 (line 2) does not follow") for p in _audit_problems(store))


def test_a_legacy_log_checks_clean_and_the_chain_covers_it(tmp_path: Path) -> None:
    folder = tmp_path / "Old.sourcemark"
    with ProjectStore.create(folder, "Old") as store:
        project = populate(store)
    legacy = [json.loads(line) for line in _lines(folder)]
    for entry in legacy:
        entry.pop("prev"), entry.pop("hash")  # as an app before the chain wrote it
    legacy.append({**legacy[0], "seq": 2, "label": "second legacy"})
    _write(folder, [audit.encode(e) for e in legacy])
    assert audit.verify(folder / "audit.jsonl").chained == 0
    with ProjectStore.open(folder) as store:
        assert _audit_problems(store) == []
        project = store.load()
        store.commit(project, put(project, annotation(next(iter(project.documents)), 40)), {"label": "chained"})
        assert _audit_problems(store) == []
    report = audit.verify(folder / "audit.jsonl")
    assert (report.entries, report.chained) == (3, 1)
    # The first chained entry covers the legacy lines: altering one of them breaks it.
    lines = _lines(folder)
    lines[0] = lines[0].replace(b'"populate"', b'"populated"')
    _write(folder, lines)
    with ProjectStore.open(folder, read_only=True) as store:
        assert any(p.startswith("audit log: entry 3 does not follow") for p in _audit_problems(store))


def test_an_unchained_line_after_the_chain_started_is_named(store: ProjectStore, folder: Path) -> None:
    _commits(store, 1)
    audit.append(folder / "audit.jsonl", audit.encode({"seq": 3, "label": "sneaked in"}))
    assert "audit log: entry 3 has no hash, but the chain starts at line 1" in _audit_problems(store)


def test_the_chain_continues_after_a_torn_last_line(store: ProjectStore, folder: Path) -> None:
    _commits(store, 1)
    with open(folder / "audit.jsonl", "ab") as f:
        f.write(b'{"seq":3,"label":"tor')  # killed mid-append
    assert _audit_problems(store) == []
    project = store.load()
    store.commit(project, put(project, annotation(next(iter(project.documents)), 50)), {"label": "after"})
    entries = store.read_audit()
    assert [e["seq"] for e in entries] == [1, 2, 3] and entries[2]["prev"] == entries[1]["hash"]
    assert _audit_problems(store) == []


def test_head_reads_the_last_line_or_walks_a_legacy_log(tmp_path: Path) -> None:
    path = tmp_path / "audit.jsonl"
    assert audit.head(path) == audit.GENESIS
    audit.append(path, audit.encode({"seq": 1, "label": "legacy"}))
    walked = audit.head(path)
    assert walked != audit.GENESIS and walked == audit.verify(path).head
    entry = audit.chained({"seq": 2, "pad": "x" * 200_000}, walked)
    audit.append(path, audit.encode(entry))
    assert audit.head(path) == entry["hash"]


def test_a_restore_continues_the_backups_chain(folder: Path) -> None:
    with ProjectStore.create(folder, "Kursk") as store:
        _commits(store, 2)
    with ProjectStore.open(folder) as store:  # opening for writing takes a backup of this state
        project = store.load()
        store.commit(project, put(project, annotation(next(iter(project.documents)), 90)), {"label": "after backup"})
        backup = store.backups()[0]
        store.restore_backup(backup)
        entries = store.read_audit()
        assert entries[-1]["action"] == "restore" and entries[-1]["prev"] == entries[-2]["hash"]
        assert "after backup" not in [e.get("label") for e in entries]
        assert _audit_problems(store) == []
        project = store.load()
        store.commit(project, put(project, annotation(next(iter(project.documents)), 95)), {"label": "after restore"})
        assert _audit_problems(store) == []
