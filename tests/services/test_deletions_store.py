"""The deletions store (app.store.deletions): written by the deletion's own commit, built once from the audit log
for a project from before it, and what sync and merge read instead of parsing the audit log."""

from pathlib import Path

import pytest

from app.domain.links import Kind
from app.domain.records import to_record
from app.services import entities
from app.services.merge import merging
from app.services.session import ProjectSession
from app.store import deletions, transaction
from app.store.schema import DELETIONS_FILE, JOURNAL_FILE


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
    assert len((session.folder / DELETIONS_FILE).read_bytes().splitlines()) == 2


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
