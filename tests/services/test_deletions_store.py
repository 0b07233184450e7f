"""The deletions store (app.store.deletions): written by the deletion's own commit, built once from the audit log
for a project from before it, and what sync and merge read instead of parsing the audit log."""

import json
from pathlib import Path

import pytest

from app.domain.links import Kind
from app.domain.records import to_record
from app.domain.revisions import record_hash
from app.services import entities
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.store import audit, deletions, project_store, transaction
from app.store.schema import AUDIT_FILE, DELETIONS_FILE, JOURNAL_FILE
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import http


class Killed(BaseException):
    pass


def _claims(session: ProjectSession, *texts: str) -> list[str]:
    ids = []
    for text in texts:
        command, claim = entities.create_claim(session, text)
        session.execute(command)
        ids.append(claim.id)
    return ids


def test_a_deletion_is_recorded_with_its_record_in_its_own_commit(session: ProjectSession) -> None:
    keep, gone = _claims(session, "Kept", "Deleted")
    record = to_record(session.project.claims[gone])
    assert session.store.deleted() == {}
    session.execute(entities.delete(session, Kind.CLAIM, gone))
    lines = (session.folder / DELETIONS_FILE).read_bytes().splitlines()
    assert len(lines) == 1 and session.store.deleted() == {("claim", gone): record}
    assert merging.deleted_here(session) == {(Kind.CLAIM, gone): record}
    session.undo()  # back here: no longer a deletion of this project (the undo itself deleted nothing)
    assert merging.deleted_here(session) == {} and keep in session.project.claims


def test_an_old_project_gets_the_store_built_once_from_its_audit_log(session: ProjectSession) -> None:
    first, second = _claims(session, "One", "Two")
    records = {oid: to_record(session.project.claims[oid]) for oid in (first, second)}
    session.execute(entities.delete(session, Kind.CLAIM, first))
    (session.folder / DELETIONS_FILE).unlink()  # a project from before the store: only its audit log knows
    assert merging.deleted_here(session) == {(Kind.CLAIM, first): records[first]}
    assert (session.folder / DELETIONS_FILE).exists()
    session.execute(entities.delete(session, Kind.CLAIM, second))  # appended after what was migrated
    assert session.store.deleted() == {("claim", first): records[first], ("claim", second): records[second]}
    lines = (session.folder / DELETIONS_FILE).read_bytes().splitlines()  # two deletions, and how far the build read
    assert len(lines) == 3 and lines[1] == b'{"seq":%d}' % (json.loads(lines[2])["seq"] - 1)


def test_a_commit_killed_after_its_files_keeps_one_deletion_line(session: ProjectSession,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Killed between the files and the audit line: the journal finishes it on the next open, exactly once."""
    (oid,) = _claims(session, "Doomed")
    record = to_record(session.project.claims[oid])

    def killed(path: Path, line: bytes) -> None:
        raise Killed  # stands for a kill: nothing after this point runs

    with monkeypatch.context() as patch:
        patch.setattr(transaction.audit, "append", killed)
        with pytest.raises(Killed):
            session.execute(entities.delete(session, Kind.CLAIM, oid))
    folder = session.folder
    assert (folder / JOURNAL_FILE).exists()
    session.close()
    for _ in range(2):
        with ProjectSession.open(folder) as again:
            assert oid not in again.project.claims and again.store.deleted() == {("claim", oid): record}
    assert len((folder / DELETIONS_FILE).read_bytes().splitlines()) == 1


def test_a_damaged_store_is_named_not_guessed(session: ProjectSession) -> None:
    (oid,) = _claims(session, "Doomed")
    session.execute(entities.delete(session, Kind.CLAIM, oid))
    (session.folder / DELETIONS_FILE).write_bytes(b"not json\n")
    with pytest.raises(Exception, match="deletions.jsonl is damaged"):
        session.store.deleted()
    assert deletions.parse(b'{"kind": "claim", "id": "x", "before": {"id": "x"}}\n{"torn') == {("claim", "x"): {"id": "x"}}


def _delete_as_the_previous_release(session: ProjectSession, kind: Kind, oid: str,
                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A deletion by an app of the previous release (same schema 3): its commit writes the project and the audit
    log, and knows nothing of deletions.jsonl."""
    with monkeypatch.context() as patch:
        patch.setattr(project_store.deletion_log, "add_to", lambda folder, appends, entry: None)
        session.execute(entities.delete(session, kind, oid))


def test_deletions_an_older_app_logged_are_read_from_the_audit_log_and_written_by_the_next_commit(
        session: ProjectSession, monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = _claims(session, "One", "Two")
    records = {oid: to_record(session.project.claims[oid]) for oid in (first, second)}
    session.execute(entities.delete(session, Kind.CLAIM, first))
    _delete_as_the_previous_release(session, Kind.CLAIM, second, monkeypatch)
    assert deletions.parse((session.folder / DELETIONS_FILE).read_bytes()) == {("claim", first): records[first]}
    expected = {("claim", first): records[first], ("claim", second): records[second]}
    assert session.store.deleted() == expected  # the tail of the audit log, past the store's last line
    _claims(session, "Three")  # the next commit of this app writes what it missed
    assert deletions.parse((session.folder / DELETIONS_FILE).read_bytes()) == expected
    assert session.store.deleted() == expected


def test_a_long_run_of_commits_without_deletions_leaves_a_mark(session: ProjectSession) -> None:
    """The reader goes back through the audit log only to the store's last line: commits that delete nothing add a
    mark now and then, so that tail stays short."""
    (oid,) = _claims(session, "Doomed")
    session.execute(entities.delete(session, Kind.CLAIM, oid))
    _claims(session, *(f"Claim {n}" for n in range(deletions.MARK_EVERY + 1)))
    raw = (session.folder / DELETIONS_FILE).read_bytes()
    assert len(raw.splitlines()) == 2 and deletions.parse(raw) == session.store.deleted()
    last = audit.last_seq(session.folder / AUDIT_FILE)
    assert audit.entries_after(session.folder / AUDIT_FILE, audit.last_seq(session.folder / DELETIONS_FILE))[1] < 2
    assert audit.entries_after(session.folder / AUDIT_FILE, last - 3)[1] == 3


def test_a_deletion_an_older_app_made_is_pushed_by_the_next_command_sync(
        server: PouchServer, session: ProjectSession, monkeypatch: pytest.MonkeyPatch) -> None:
    """`sourcemark sync` reads the deletions store to find what to delete on the server (sync.scope): a deletion
    the previous release made goes up too, with the record it had."""
    url = f"{server.url}/old-app-deletion"
    keep, gone, first = _claims(session, "Kept", "Deleted by the previous release", "Deleted by this one")
    record = to_record(session.project.claims[gone])
    sync.sync(session, url)
    session.execute(entities.delete(session, Kind.CLAIM, first))  # the store is in use (not built afresh later)
    sync.sync(session)
    _delete_as_the_previous_release(session, Kind.CLAIM, gone, monkeypatch)
    folder = session.folder
    session.close()
    with ProjectSession.open(folder, documents=()) as scoped:  # as the command opens it
        assert sync.sync(scoped).pushed == 1
    tomb = http(f"{url}/claim:{gone}?open_revs=all")
    assert [leaf["ok"].get("_deleted") for leaf in tomb] == [True]
    assert tomb[0]["ok"]["content_hash"] == record_hash(record)
    assert http(f"{url}/claim:{keep}")["statement"] == "Kept"
