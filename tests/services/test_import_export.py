"""Export and import through the services: round trip, W3C/Hypothesis anchoring, all-or-nothing."""

import json
from pathlib import Path

import pytest

from app.domain.annotations import AnchorStatus
from app.domain.errors import ImportFormatError
from app.domain.links import Kind
from app.services import annotate, documents, entities, import_export, linking
from app.services.session import ProjectSession
from tests.fixtures import run
from tests.fixtures.run import add_document

from .conftest import span


def _annotate_story(session: ProjectSession, doc_id: str) -> None:
    cmd, actor = entities.create_actor(session, "No Kwang Chol")
    session.execute(cmd)
    session.execute(linking.annotate_and_link(session, doc_id, *span(session, doc_id, "No Gun Chol"), (Kind.ACTOR, actor.id), reason="misspelling"))
    _, claim = entities.create_claim(session, "Engineers clear mines near Kursk", verdict="mostly true")
    session.execute(linking.annotate_and_link(session, doc_id, *span(session, doc_id, "clearing mines in the Kursk region"), (Kind.CLAIM, claim.id), new_object=claim))
    session.execute(annotate.create_annotation(session, doc_id, *span(session, doc_id, "Pyongyang on November 6"), note="=HYPERLINK(\"x\")"))


def test_native_round_trip_into_a_project_with_the_same_file(
    session: ProjectSession, doc_id: str, story_file: Path, tmp_path: Path
) -> None:
    _annotate_story(session, doc_id)
    exported = import_export.export(session, "json")
    other = ProjectSession.create(tmp_path / "Other.sourcemark")
    try:
        add_document(other, story_file)
        report = run.import_annotations(other, exported.encode())
        assert report.added["annotation"] == 3 and not report.conflicts
        again = json.loads(import_export.export(other, "json"))
        first = json.loads(exported)
        key = lambda a: a["id"]  # noqa: E731
        strip = lambda a: {k: v for k, v in a.items() if k != "document_id"}  # noqa: E731
        assert [strip(a) for a in sorted(again["annotations"], key=key)] == [strip(a) for a in sorted(first["annotations"], key=key)]
        assert sorted(again["links"], key=key) == sorted(first["links"], key=key)
        # importing the same file twice adds nothing
        assert run.import_annotations(other, exported.encode()).added == {}
    finally:
        other.close()


def test_w3c_export_imported_into_its_own_project_is_already_present(session: ProjectSession, doc_id: str) -> None:
    _annotate_story(session, doc_id)
    w3c = import_export.export(session, "w3c")
    before = dict(session.project.annotations)
    for override in (doc_id, None):  # with --document and without, the same annotations are recognised
        report = run.import_annotations(session, w3c.encode(), document_id=override)
        assert report.command is None and report.summary() == "0 new, 3 already present"
    assert session.project.annotations == before


def test_hypothesis_rows_anchor_or_become_orphans(session: ProjectSession, doc_id: str) -> None:
    session.execute(documents.edit_document(session, doc_id, url="https://example.org/story"))
    rows = {"total": 2, "rows": [
        {"id": "h1", "uri": "https://example.org/story", "text": "check this", "tags": ["claim"], "user": "acct:ana@hypothes.is",
         "created": "2024-11-07T10:00:00+00:00", "updated": "2024-11-07T10:00:00+00:00",
         "target": [{"source": "https://example.org/story", "selector": [
             {"type": "TextQuoteSelector", "exact": "trained at Russian training centres", "prefix": "The engineers ", "suffix": ", the paper"}]}]},
        {"id": "h2", "uri": "https://example.org/story", "text": "", "tags": [], "user": "acct:ana@hypothes.is",
         "created": "2024-11-07T10:00:00+00:00", "updated": "2024-11-07T10:00:00+00:00",
         "target": [{"source": "https://example.org/story", "selector": [
             {"type": "TextQuoteSelector", "exact": "a sentence that was never in this article at all", "prefix": "", "suffix": ""}]}]},
    ]}
    report = run.import_annotations(session, json.dumps(rows).encode())
    assert report.added["annotation"] == 2 and report.orphans == 1
    statuses = sorted(a.status.value for a in session.project.annotations.values())
    assert statuses == [AnchorStatus.MOVED.value, AnchorStatus.ORPHAN.value]  # no position given: found by quote
    anchored = next(a for a in session.project.annotations.values() if a.status is not AnchorStatus.ORPHAN)
    assert anchored.exact == "trained at Russian training centres" and anchored.category == "claim" and anchored.note == "check this"


@pytest.mark.parametrize("payload", [b"", b"{", b"[1, 2", b'{"schema": "sourcemark/1", "annotations": [{"id": 5}]}', b"\xff\xfe\x00junk"])
def test_malformed_imports_change_nothing(session: ProjectSession, payload: bytes) -> None:
    before = len(session.store.read_audit())
    with pytest.raises(ImportFormatError):
        run.import_annotations(session, payload)
    assert len(session.store.read_audit()) == before and not session.project.annotations


def test_csv_export_neutralises_formulas(session: ProjectSession, doc_id: str) -> None:
    _annotate_story(session, doc_id)
    text = import_export.export(session, "csv")
    assert "'=HYPERLINK" in text and ',"=HYPERLINK' not in text
    assert "No Kwang Chol (as written: No Gun Chol)" in text


def test_native_round_trip_keeps_corrected_document_details(
    session: ProjectSession, doc_id: str, story_file: Path, tmp_path: Path
) -> None:
    _annotate_story(session, doc_id)
    session.execute(documents.edit_document(session, doc_id, title="Kursk wire story", author="A. Writer",
                                            url="https://example.org/kursk", published="2024-11-07"))
    exported = import_export.export(session, "json")
    other = ProjectSession.create(tmp_path / "Other.sourcemark")
    try:
        add_document(other, story_file)
        [theirs] = other.project.documents.values()
        report = run.import_annotations(other, exported.encode())
        assert report.added["document detail"] == 1
        [doc] = other.project.documents.values()
        mine = session.project.documents[doc_id]
        assert (doc.id, doc.title, doc.metadata) == (theirs.id, "Kursk wire story", mine.metadata)
        assert run.import_annotations(other, exported.encode()).command is None  # the second time: nothing to do
        # corrected on both sides, differently: the project's own correction stays, the difference is reported
        other.execute(documents.edit_document(other, doc.id, author="B. Editor"))
        session.execute(documents.edit_document(session, doc_id, author="C. Author"))
        report = run.import_annotations(other, import_export.export(session, "json").encode())
        assert other.project.documents[doc.id].metadata.author == "B. Editor"
        assert report.conflicts == [f"document {doc.id}: details differ in author"]
    finally:
        other.close()
