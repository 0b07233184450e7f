"""W3C and Hypothesis imports: matched to documents by target, lossless for our own export, idempotent."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.actors import ActorKind
from app.domain.annotations import AnchorStatus
from app.domain.claims import Verdict
from app.domain.errors import DomainError
from app.domain.links import Kind, Relation
from app.services import annotate, documents, entities, import_export, linking
from app.services.session import ProjectSession
from tests.fixtures import run
from tests.fixtures.documents import BREAK_AFTER, page_break_pdf
from tests.fixtures.run import add_document

from .conftest import span


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    path = tmp_path / "bridge.pdf"
    path.write_bytes(page_break_pdf())
    return path


@pytest.fixture
def other(tmp_path: Path, story_file: Path, pdf_file: Path) -> Iterator[ProjectSession]:
    """A second project holding the same two files, added in the other order (so other document ids)."""
    s = ProjectSession.create(tmp_path / "Other.sourcemark", analyst="second")
    add_document(s, pdf_file)
    add_document(s, story_file)
    yield s
    s.close()


def _annotate(session: ProjectSession, text_id: str, pdf_id: str) -> None:
    cmd, actor = entities.create_actor(session, "No Kwang Chol", kind=ActorKind.STATE_BODY, wikidata_id="Q56235690")
    session.execute(cmd)
    session.execute(linking.annotate_and_link(session, text_id, *span(session, text_id, "No Gun Chol"), (Kind.ACTOR, actor.id)))
    _, claim = entities.create_claim(session, "Engineers clear mines near Kursk", verdict="unproven")
    session.execute(linking.annotate_and_link(session, text_id, *span(session, text_id, "clearing mines in the Kursk region"),
                                              (Kind.CLAIM, claim.id), new_object=claim, note="ask the ministry"))
    session.execute(annotate.create_annotation(session, text_id, *span(session, text_id, "Pyongyang on November 6"),
                                               category="question", note="which calendar?"))
    _, source = entities.create_source(session, "Ministry bulletin", url="https://mil.example/bulletin", reliability="B",
                                       credibility=2)
    session.execute(linking.annotate_and_link(session, pdf_id, *span(session, pdf_id, "reopen to traffic in May"),
                                              (Kind.SOURCE, source.id), "contradicts", new_object=source))
    session.execute(annotate.create_annotation(session, pdf_id, *span(session, pdf_id, BREAK_AFTER[:20]), note="page 2"))


def _links(session: ProjectSession) -> set[tuple[str, str, str, str]]:
    return {(k.subject_id, k.object_id, k.relation.value, k.as_written) for k in session.project.links.values()}


def test_w3c_round_trip_over_a_text_and_a_pdf_without_document(session: ProjectSession, doc_id: str, pdf_file: Path,
                                                                other: ProjectSession) -> None:
    pdf_id = add_document(session, pdf_file).document.id
    _annotate(session, doc_id, pdf_id)
    exported = import_export.export(session, "w3c")

    report = run.import_annotations(other, exported.encode())
    assert report.added == {"annotation": 5, "claim": 1, "actor": 1, "source": 1, "link": 3}
    assert report.not_in_project == 0 and report.orphans == 0 and not report.notes
    by_sha = {d.sha256: d.id for d in other.project.documents.values()}
    mine = session.project
    assert {a.id for a in other.project.annotations.values()} == set(mine.annotations)
    for ann in mine.annotations.values():
        theirs = other.project.annotations[ann.id]
        assert theirs.document_id == by_sha[mine.documents[ann.document_id].sha256]  # the same file, not "the" document
        assert (theirs.start, theirs.end, theirs.exact, theirs.category, theirs.note, theirs.pages) == (
            ann.start, ann.end, ann.exact, ann.category, ann.note, ann.pages)
        assert theirs.status is AnchorStatus.EXACT
    assert {(c.id, c.statement, c.verdict) for c in other.project.claims.values()} == {
        (c.id, c.statement, c.verdict) for c in mine.claims.values()}
    assert next(iter(other.project.claims.values())).verdict is Verdict.UNPROVEN
    [actor] = other.project.actors.values()
    assert (actor.id, actor.name, actor.kind, actor.wikidata_id) == (
        next(iter(mine.actors)), "No Kwang Chol", ActorKind.STATE_BODY, "Q56235690")
    [source] = other.project.sources.values()
    assert (source.id, source.title, source.url, source.grade) == (
        next(iter(mine.sources)), "Ministry bulletin", "https://mil.example/bulletin", "B2")  # the id via owl:sameAs
    assert {(s, o, r) for s, o, r, _ in _links(other)} == {(s, o, r) for s, o, r, _ in _links(session)}
    assert ("contradicts" in {r for _, _, r, _ in _links(other)})
    assert {w for *_, w in _links(other)} == {"", "No Gun Chol"}
    assert set(other.project.links) == set(mine.links)  # each body names its link: the link keeps its id

    again = import_export.import_annotations(other, exported.encode())
    assert again.command is None and again.summary() == "0 new, 5 already present"
    assert {d.title: d.line() for d in again.documents.values()} == {
        d.title or d.original_name: f"0 new, {len(list(mine.annotations_of(d.id)))} already present, 0 updated"
        for d in mine.documents.values()}


def _as_before_2026_12(data: dict) -> dict:  # type: ignore[type-arg]
    """Our export as it was: the body's id the object's urn, the name as written on the agent, no owl:sameAs."""
    for item in data["first"]["items"]:
        for body in item.get("body", []) if isinstance(item.get("body"), list) else [item.get("body", {})]:
            source = body.get("source") if isinstance(body, dict) else None
            if isinstance(source, dict) and body.get("type") == "SpecificResource":
                body["id"] = source.pop("owl:sameAs", {}).get("id", source["id"])
                if "nickname" in body:
                    source["nickname"] = body.pop("nickname")
    return data


def test_an_export_from_before_2026_12_imports_the_same(session: ProjectSession, doc_id: str, pdf_file: Path,
                                                         other: ProjectSession) -> None:
    _annotate(session, doc_id, add_document(session, pdf_file).document.id)
    data = json.loads(import_export.export(session, "w3c"))
    old = _as_before_2026_12(json.loads(json.dumps(data)))
    assert old != data and "owl:sameAs" not in json.dumps(old)
    report = run.import_annotations(other, json.dumps(old).encode())
    assert report.added == {"annotation": 5, "claim": 1, "actor": 1, "source": 1, "link": 3}
    mine = session.project
    assert set(other.project.actors) == set(mine.actors) and set(other.project.sources) == set(mine.sources)
    assert set(other.project.claims) == set(mine.claims)
    assert {w for *_, w in _links(other)} == {"", "No Gun Chol"}
    assert not set(other.project.links) & set(mine.links)  # the old bodies named the object, not the link
    assert run.import_annotations(other, json.dumps(data).encode()).summary() == "0 new, 5 already present"


def test_a_changed_foreign_annotation_updates_ours_in_one_undo_step(session: ProjectSession, doc_id: str,
                                                                    pdf_file: Path, other: ProjectSession) -> None:
    _annotate(session, doc_id, add_document(session, pdf_file).document.id)
    data = json.loads(import_export.export(session, "w3c"))
    run.import_annotations(other, json.dumps(data).encode())
    question = next(a for a in session.project.annotations.values() if a.category == "question")
    item = next(i for i in data["first"]["items"] if i["id"] == f"urn:uuid:{question.id}")
    item["body"][0]["value"] = "Gregorian, confirmed"
    item["body"][1]["value"] = "claim"  # the classifying body: the category
    assert run.import_annotations(other, json.dumps(data).encode()).command is None  # not modified later: ours stands
    item["modified"] = "2099-01-01T00:00:00Z"

    report = run.import_annotations(other, json.dumps(data).encode())
    assert report.summary() == "0 new, 4 already present, 1 updated" and report.command is not None
    changed = other.project.annotations[question.id]
    assert (changed.note, changed.category, changed.rev) == ("Gregorian, confirmed", "claim", 2)
    other.undo()
    assert (other.project.annotations[question.id].note, other.project.annotations[question.id].category) == (
        "which calendar?", "question")


def test_annotations_of_documents_not_in_the_project_are_counted_not_placed(
        session: ProjectSession, doc_id: str, pdf_file: Path, tmp_path: Path) -> None:
    pdf_id = add_document(session, pdf_file).document.id
    _annotate(session, doc_id, pdf_id)
    exported = import_export.export(session, "w3c")
    lonely = ProjectSession.create(tmp_path / "Lonely.sourcemark")
    try:
        add_document(lonely, pdf_file)  # the story is not in this project
        report = import_export.import_annotations(lonely, exported.encode())
        assert report.added["annotation"] == 2 and report.not_in_project == 3
        assert report.summary().startswith("2 new, 0 already present, 3 not in this project")
        assert any("not in this project: 3 annotations on urn:sha256:" in n for n in report.notes)
        assert report.command is not None and all(op.after.document_id == next(iter(lonely.project.documents))
                                                  for op in report.command.ops if op.kind is Kind.ANNOTATION)
        # --document stays an override: the single-document case of another tool's file
        forced = import_export.import_annotations(lonely, exported.encode(), document_id=next(iter(lonely.project.documents)))
        assert forced.not_in_project == 0
    finally:
        lonely.close()


def test_hypothesis_export_matched_by_url_and_imported_once(session: ProjectSession, doc_id: str) -> None:
    session.execute(documents.edit_document(session, doc_id, url="http://example.org/story"))
    row = {"id": "h1", "uri": "https://example.org/story/", "text": "check this", "tags": ["claim"],
           "user": "acct:ana@hypothes.is", "created": "2024-11-07T10:00:00+00:00", "updated": "2024-11-07T10:00:00+00:00",
           "document": {"link": [{"href": "https://example.org/story/"}]},
           "target": [{"source": "https://example.org/story/", "selector": [
               {"type": "TextQuoteSelector", "exact": "trained at Russian training centres"}]}]}
    elsewhere = dict(row, id="h2", uri="https://elsewhere.example/page",
                     target=[{"source": "https://elsewhere.example/page", "selector": row["target"][0]["selector"]}],
                     document={})
    data = json.dumps({"total": 2, "rows": [row, elsewhere]}).encode()
    report = run.import_annotations(session, data)  # one document in the project, yet h2 is not put on it
    assert report.summary() == "1 new, 0 already present, 1 not in this project"
    [ann] = session.project.annotations.values()
    assert (ann.exact, ann.note, ann.category, ann.analyst) == ("trained at Russian training centres", "check this", "claim", "ana")
    assert import_export.import_annotations(session, data).summary() == "0 new, 1 already present, 1 not in this project"
    row["text"] = "checked: true"
    row["updated"] = "2024-11-08T10:00:00+00:00"
    data = json.dumps({"total": 2, "rows": [row, elsewhere]}).encode()
    assert run.import_annotations(session, data).summary() == "0 new, 0 already present, 1 updated, 1 not in this project"
    assert session.project.annotations[ann.id].note == "checked: true"


def test_dry_run_plans_without_writing(session: ProjectSession, doc_id: str, tmp_path: Path, story_file: Path) -> None:
    _, claim = entities.create_claim(session, "Engineers clear mines near Kursk", verdict="false")
    session.execute(linking.annotate_and_link(session, doc_id, *span(session, doc_id, "Kursk region"),
                                              (Kind.CLAIM, claim.id), new_object=claim))
    exported = import_export.export(session, "w3c")
    target = ProjectSession.create(tmp_path / "T.sourcemark")
    try:
        add_document(target, story_file)
        before = len(target.store.read_audit())
        report = import_export.import_annotations(target, exported.encode())  # planned, not executed
        assert report.summary().startswith("1 new") and not target.project.annotations
        assert len(target.store.read_audit()) == before
        assert Relation.STATES in {op.after.relation for op in report.command.ops if op.kind is Kind.LINK}
    finally:
        target.close()


def test_hostile_bodies_leave_out_a_link_not_the_import(session: ProjectSession, doc_id: str) -> None:
    bodies = [
        {"type": "SpecificResource", "purpose": "assessing", "source": 5},
        {"type": "SpecificResource", "purpose": "identifying", "source": {"id": "urn:x", "label": "Y", "nickname": "n" * 2000}},
        {"type": "SpecificResource", "purpose": "assessing", "source": {"id": "urn:a", "label": "c" * 20000}},
        {"type": "SpecificResource", "purpose": "linking", "source": {"id": "urn:sourcemark:source:..%2F..", "label": "T"}},
        {"type": "TextualBody", "purpose": "classifying", "value": "x" * 100},
    ]
    item = {"type": "Annotation", "id": "urn:sourcemark:annotation:..%2Fescape", "body": bodies,
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "Kursk region"}}}
    report = run.import_annotations(session, json.dumps(item).encode())
    assert report.added == {"annotation": 1, "actor": 1, "source": 1, "link": 1}
    assert any("name as written is too long" in n for n in report.notes)
    assert any("claim statement is too long" in n for n in report.notes)
    [ann] = session.project.annotations.values()
    [source] = session.project.sources.values()
    assert ".." not in ann.id and ".." not in source.id and ann.category == "highlight"


def test_the_open_document_takes_only_annotations_that_name_none(session: ProjectSession, doc_id: str,
                                                                 pdf_file: Path, other: ProjectSession) -> None:
    pdf_id = add_document(session, pdf_file).document.id
    _annotate(session, doc_id, pdf_id)
    data = json.loads(import_export.export(session, "w3c"))
    data["first"]["items"].append({"type": "Annotation", "id": "bare",
                                   "target": {"selector": {"type": "TextQuoteSelector", "exact": "Kursk region"}}})
    by_sha = {d.sha256: d.id for d in other.project.documents.values()}
    open_pdf = by_sha[session.project.documents[pdf_id].sha256]
    with pytest.raises(DomainError, match="do not say which document"):
        import_export.import_annotations(other, json.dumps({"type": "Annotation", "target": data["first"]["items"][-1]["target"]}).encode())
    report = run.import_annotations(other, json.dumps(data).encode(), default_document=open_pdf)
    assert report.added["annotation"] == 6
    for ann in session.project.annotations.values():  # the named ones stay on their own documents
        assert other.project.annotations[ann.id].document_id == by_sha[session.project.documents[ann.document_id].sha256]
    bare = [a for a in other.project.annotations.values() if a.id not in session.project.annotations]
    assert [(a.document_id, a.status) for a in bare] == [(open_pdf, AnchorStatus.ORPHAN)]  # not in the PDF's text


def test_an_annotation_edited_here_is_not_overwritten_by_an_older_foreign_copy(session: ProjectSession, doc_id: str) -> None:
    session.execute(documents.edit_document(session, doc_id, url="https://example.org/story"))
    row = {"id": "h1", "uri": "https://example.org/story", "text": "first", "updated": "2024-11-07T10:00:00+00:00",
           "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "Kursk region"}]}]}
    data = json.dumps({"rows": [row]}).encode()
    run.import_annotations(session, data)
    [ann] = session.project.annotations.values()
    session.execute(annotate.edit_annotation(session, ann.id, note="corrected here"))
    report = run.import_annotations(session, data)
    assert report.summary() == "0 new, 1 already present" and report.command is None
    assert session.project.annotations[ann.id].note == "corrected here" and "kept this project's version" in report.notes[0]


def test_a_url_corrected_only_in_the_exporting_project_still_finds_the_file(
        session: ProjectSession, doc_id: str, other: ProjectSession) -> None:
    session.execute(documents.edit_document(session, doc_id, url="https://example.org/kursk"))
    session.execute(annotate.create_annotation(session, doc_id, *span(session, doc_id, "Kursk region")))
    data = json.loads(import_export.export(session, "w3c"))
    [item] = data["first"]["items"]
    assert item["target"]["source"] == "https://example.org/kursk"  # annotation clients see the page's address
    assert item["target"]["state"]["cached"] == f"urn:sha256:{session.project.documents[doc_id].sha256}"
    report = run.import_annotations(other, json.dumps(data).encode())  # other's copy of the story has no URL
    assert report.summary() == "1 new, 0 already present"


def test_an_address_naming_two_documents_is_left_for_document(session: ProjectSession, doc_id: str,
                                                              tmp_path: Path) -> None:
    twin = tmp_path / "twin.txt"
    twin.write_text("Another article on the Kursk region, from the same site.\n", encoding="utf-8")
    twin_id = add_document(session, twin).document.id
    for d in (doc_id, twin_id):
        session.execute(documents.edit_document(session, d, url="https://example.org/kursk"))
    rows = {"rows": [{"id": "h1", "uri": "https://example.org/kursk", "target": [{"selector": [
        {"type": "TextQuoteSelector", "exact": "Kursk region"}]}]}, {"id": "h2", "uri": "https://example.org/kursk",
        "target": [{"selector": [{"type": "TextQuoteSelector", "exact": "from the same site"}]}]}]}
    report = import_export.import_annotations(session, json.dumps(rows).encode())
    assert report.summary() == "1 new, 0 already present, 1 matching several documents"  # h2's quote picks the twin
    assert [op.after.document_id for op in report.command.ops] == [twin_id]
    assert "h1 matches 2 documents" in report.notes[0]


def test_a_link_id_taken_here_is_not_reused_for_another_relation(session: ProjectSession, doc_id: str,
                                                                  pdf_file: Path, other: ProjectSession) -> None:
    _annotate(session, doc_id, add_document(session, pdf_file).document.id)
    data = json.loads(import_export.export(session, "w3c"))
    run.import_annotations(other, json.dumps(data).encode())
    body = next(b for i in data["first"]["items"] for b in (i["body"] if isinstance(i.get("body"), list) else [i.get("body")])
                if isinstance(b, dict) and b.get("purpose") == "linking")
    body["label"] = "supports"  # the same link id, now with another relation
    report = run.import_annotations(other, json.dumps(data).encode())
    assert report.added == {"link": 1}
    relations = {k.id: k.relation for k in other.project.links.values() if k.object_kind is Kind.SOURCE}
    assert sorted(relations.values()) == [Relation.CONTRADICTS, Relation.SUPPORTS]
    assert relations[body["id"].removeprefix("urn:uuid:")] is Relation.CONTRADICTS  # the link that had the id keeps it
