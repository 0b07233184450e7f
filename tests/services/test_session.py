"""Commands through the session: on disk when the call returns, undo/redo, audit, failed writes."""

import errno
from pathlib import Path

import pytest

from app.domain.errors import DomainError, StoreError
from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services.session import ProjectSession

from .conftest import reopen, span


def test_highlight_is_on_disk_and_undo_removes_it(session: ProjectSession, doc_id: str) -> None:
    start, end = span(session, doc_id, "General No Gun Chol")
    command = annotate.create_annotation(session, doc_id, start, end, note="misspelled")
    session.execute(command)
    ann_id = command.ops[0].oid
    with reopen(session) as other:
        stored = other.project.annotations[ann_id]
        assert (stored.start, stored.end, stored.exact, stored.note) == (start, end, "General No Gun Chol", "misspelled")
        assert stored.analyst == "tester"
    session.undo()
    with reopen(session) as other:
        assert ann_id not in other.project.annotations
    session.redo()
    with reopen(session) as other:
        assert ann_id in other.project.annotations


def test_audit_log_records_do_undo_redo_with_before_and_after(session: ProjectSession, doc_id: str) -> None:
    cmd, claim = entities.create_claim(session, "North Korean engineers clear mines in Kursk")
    session.execute(cmd)
    session.execute(entities.edit_claim(session, claim.id, verdict="mostly true", rationale="two sources"))
    session.undo()
    session.redo()
    audit = session.store.read_audit()
    assert [e["action"] for e in audit[-4:]] == ["do", "do", "undo", "redo"]
    verdict_change = audit[-3]["changes"][0]
    assert verdict_change["before"]["verdict"] == "unverified"
    assert verdict_change["after"]["verdict"] == "mostly true"
    undo_change = audit[-2]["changes"][0]
    assert undo_change["after"]["verdict"] == "unverified"
    assert all(e["analyst"] == "tester" for e in audit)


def test_failed_write_leaves_memory_and_disk_unchanged(
    session: ProjectSession, doc_id: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    start, end = span(session, doc_id, "Krasnaya Zvezda")
    before = dict(session.project.annotations)

    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", disk_full)
    with pytest.raises(StoreError):
        session.execute(annotate.create_annotation(session, doc_id, start, end))
    monkeypatch.undo()
    assert session.project.annotations == before
    assert (session.undo_label or "").startswith("Add document")  # the failed command is not on the stack
    with reopen(session) as other:
        assert other.project.annotations == before
    session.execute(annotate.create_annotation(session, doc_id, start, end))  # the session still works
    assert len(session.project.annotations) == len(before) + 1


def test_new_claim_from_selection_is_one_undoable_step(session: ProjectSession, doc_id: str) -> None:
    start, end = span(session, doc_id, "engineers from North Korea are clearing mines in the Kursk region")
    _, claim = entities.create_claim(session, "North Korean engineers clear mines in Kursk")
    session.execute(linking.annotate_and_link(session, doc_id, start, end, (Kind.CLAIM, claim.id), new_object=claim))
    ann = next(iter(session.project.annotations.values()))
    assert ann.category == "claim"
    [(link, found)] = list(session.project.linked(ann.id, Kind.CLAIM))
    assert found == claim and link.relation == "states"
    session.undo()
    assert not session.project.annotations and not session.project.claims and not session.project.links


def test_deleting_a_claim_removes_its_links_and_undo_restores_them(session: ProjectSession, doc_id: str) -> None:
    start, end = span(session, doc_id, "clearing mines")
    _, claim = entities.create_claim(session, "Mines are being cleared")
    session.execute(linking.annotate_and_link(session, doc_id, start, end, (Kind.CLAIM, claim.id), new_object=claim))
    session.execute(entities.delete(session, Kind.CLAIM, claim.id))
    assert not session.project.links and claim.id not in session.project.claims
    session.undo()
    assert claim.id in session.project.claims and len(session.project.links) == 1
    with reopen(session) as other:
        assert len(other.project.links) == 1


def test_bad_input_raises_a_domain_error_and_changes_nothing(session: ProjectSession, doc_id: str) -> None:
    with pytest.raises(DomainError):
        annotate.create_annotation(session, doc_id, 10, 10)
    with pytest.raises(DomainError):
        annotate.create_annotation(session, doc_id, 0, 10**9)
    with pytest.raises(DomainError):
        entities.create_claim(session, "   ")
    with pytest.raises(DomainError):
        entities.create_claim(session, "x", verdict="sort of")
    with pytest.raises(DomainError):
        entities.edit_source(session, "nope", reliability="B")
    assert not session.project.annotations


def test_read_only_session_refuses_commands(session: ProjectSession, doc_id: str) -> None:
    with reopen(session) as other:
        with pytest.raises(DomainError):
            other.execute(annotate.create_annotation(other, doc_id, 0, 5))


def test_second_writer_is_refused(session: ProjectSession, tmp_path: Path) -> None:
    from app.domain.errors import ProjectLocked

    with pytest.raises(ProjectLocked):
        ProjectSession.open(session.folder)


def test_execute_returns_changes_and_created_ids_and_undo_restores_the_revision(session) -> None:
    from app.domain.links import Kind
    from app.services import entities

    command, claim = entities.create_claim(session, "The bridge reopens in May")
    executed = session.execute(command)
    assert executed.created == {Kind.CLAIM: (claim.id,)}
    assert claim.id in executed.changes.of(Kind.CLAIM).added
    assert session.project.claims[claim.id].rev == 1
    session.execute(entities.edit_claim(session, claim.id, verdict="false"))
    assert session.project.claims[claim.id].rev == 2
    session.undo()
    assert session.project.claims[claim.id].rev == 1 and session.project.claims[claim.id].history == ()
    session.redo()
    assert session.project.claims[claim.id].rev == 2


def test_undo_and_redo_entries_are_chained(session: ProjectSession, doc_id: str) -> None:
    from app.store import audit

    session.execute(annotate.create_annotation(session, doc_id, 0, 10))
    session.undo()
    session.redo()
    entries = session.store.read_audit()
    assert [e["action"] for e in entries[-3:]] == ["do", "undo", "redo"]
    assert all(e["prev"] == before["hash"] for before, e in zip(entries, entries[1:]))
    assert audit.verify(session.folder / "audit.jsonl").problem is None


def test_release_after_close_drops_the_project_and_the_parsed_files(session: ProjectSession, doc_id: str) -> None:
    session.execute(annotate.create_annotation(session, doc_id, *span(session, doc_id, "minister")))
    folder = session.folder
    session.close()
    session.release()
    assert not session.project.annotations and not session.project.documents
    assert not session.texts and session.undo_label is None
    assert not session.store.load().annotations  # the store kept no parsed records either
    with ProjectSession.open(folder) as again:  # nothing on disk was touched
        assert len(again.project.annotations) == 1
