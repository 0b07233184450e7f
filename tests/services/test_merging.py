"""Merging two analysts' copies of one project: the four edit cases, deletes, new documents, one command."""

import shutil
from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.services import annotate, documents, entities
from app.services.merge import merging
from app.services.session import ProjectSession
from tests.fixtures.run import add_document, replace_document

from .conftest import STORY


def _ex(session: ProjectSession, command) -> None:
    session.execute(command)


@pytest.fixture
def pair(tmp_path: Path, story_file: Path):
    """Project A with four claims, an annotation and a link; B is a copy of it (as a colleague would get)."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    doc = add_document(a, story_file).document.id
    ids = {}
    for name in ("neither", "mine", "theirs", "both", "gone-here", "gone-there", "edit-vs-delete"):
        command, claim = entities.create_claim(a, f"Claim {name}")
        _ex(a, command)
        ids[name] = claim.id
    start = STORY.index("engineers from North Korea")
    ann_cmd = annotate.create_annotation(a, doc, start, start + len("engineers from North Korea"))
    ann = a.execute(ann_cmd).created[Kind.ANNOTATION][0]
    a.close()
    shutil.copytree(tmp_path / "A.sourcemark", tmp_path / "B.sourcemark", ignore=shutil.ignore_patterns("lock"))
    a = ProjectSession.open(tmp_path / "A.sourcemark", analyst="ana")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    yield a, b, ids, doc, ann
    a.close()
    b.close()


def _edit(session: ProjectSession, claim_id: str, verdict: str) -> None:
    _ex(session, entities.edit_claim(session, claim_id, verdict=verdict))


def _diverge(a: ProjectSession, b: ProjectSession, ids: dict[str, str]) -> None:
    _edit(a, ids["mine"], "false")
    _edit(b, ids["theirs"], "true")
    _edit(a, ids["both"], "false")
    _edit(b, ids["both"], "misleading")
    _ex(a, entities.delete(a, Kind.CLAIM, ids["gone-here"]))
    _ex(b, entities.delete(b, Kind.CLAIM, ids["gone-there"]))
    _ex(a, entities.delete(a, Kind.CLAIM, ids["edit-vs-delete"]))
    _edit(b, ids["edit-vs-delete"], "true")


def test_preview_classifies_the_four_edit_cases_and_deletes(pair) -> None:
    a, b, ids, _doc, _ann = pair
    _diverge(a, b, ids)
    b.close()
    preview = merging.preview_merge(a, b.folder)
    changes = {ch.oid: ch for ch in preview.plan.changes}
    assert changes[ids["theirs"]].after.verdict.value == "true"  # only B edited: B's version comes in
    assert changes[ids["gone-there"]].after is None  # B deleted, A left it alone: deleted here too
    assert ids["mine"] not in changes and ids["neither"] not in changes
    assert ids["gone-here"] not in changes and preview.plan.kept_deleted == 1
    conflicts = {cf.oid: cf for cf in preview.plan.conflicts}
    assert set(conflicts) == {ids["both"], ids["edit-vs-delete"]}
    both = conflicts[ids["both"]]
    assert (both.mine["verdict"], both.theirs["verdict"]) == ("false", "misleading")
    assert "verdict: false | misleading" in both.describe()
    assert conflicts[ids["edit-vs-delete"]].mine is None
    assert preview.counts == {"claim": {"added": 0, "updated": 1, "removed": 1}}
    assert preview.analysts == ["ana", "boris"]


def test_merge_is_one_undoable_command_and_conflicts_need_a_choice(pair) -> None:
    a, b, ids, _doc, _ann = pair
    _diverge(a, b, ids)
    b.close()
    preview = merging.preview_merge(a, b.folder)
    with pytest.raises(DomainError, match="need a decision"):
        merging.merge_command(a, preview)
    choices = {(Kind.CLAIM, ids["both"]): "theirs", (Kind.CLAIM, ids["edit-vs-delete"]): "theirs"}
    before = {k: dict(v) for k, v in a.project.objects.items()}
    audit_before = len(a.store.read_audit())
    a.execute(merging.merge_command(a, preview, choices))
    claims = a.project.claims
    assert claims[ids["theirs"]].verdict.value == "true"
    assert claims[ids["mine"]].verdict.value == "false"
    assert claims[ids["both"]].verdict.value == "misleading"
    assert claims[ids["edit-vs-delete"]].verdict.value == "true"  # B's edit brought it back
    assert ids["gone-there"] not in claims and ids["gone-here"] not in claims
    audit = a.store.read_audit()
    assert len(audit) == audit_before + 1
    assert audit[-1]["analysts"] == ["ana", "boris"] and audit[-1]["analyst"] == "ana"
    a.undo()
    assert {k: dict(v) for k, v in a.project.objects.items()} == before


def test_a_resolved_conflict_is_not_asked_again(pair) -> None:
    a, b, ids, _doc, _ann = pair
    _edit(a, ids["both"], "false")
    _edit(b, ids["both"], "misleading")
    b.close()
    a.execute(merging.merge_command(a, merging.preview_merge(a, b.folder), prefer="mine"))
    again = merging.preview_merge(a, b.folder)
    assert again.plan.conflicts == [] and again.plan.changes == []
    # and from B's side, A's resolution is simply newer: it comes in without a question
    b2 = ProjectSession.open(b.folder, analyst="boris")
    try:
        back = merging.preview_merge(b2, a.folder)
        assert back.plan.conflicts == []
        assert [ch.after.verdict.value for ch in back.plan.changes] == ["false"]
    finally:
        b2.close()


def test_new_documents_come_with_their_original_and_annotations(pair, tmp_path: Path) -> None:
    a, b, _ids, _doc, _ann = pair
    other = tmp_path / "second.txt"
    other.write_text("A second report on the Kursk engineers.\n", encoding="utf-8")
    new_doc = add_document(b, other).document
    start = 2
    b.execute(annotate.create_annotation(b, new_doc.id, start, start + 6))
    b.close()
    preview = merging.preview_merge(a, b.folder)
    assert preview.counts["document"]["added"] == 1 and preview.counts["annotation"]["added"] == 1
    a.execute(merging.merge_command(a, preview))
    assert new_doc.id in a.project.documents
    assert a.store.original_path(new_doc.sha256) is not None
    assert len(a.project.annotations_of(new_doc.id)) == 1
    a.undo()
    assert new_doc.id not in a.project.documents


def test_merging_a_project_with_itself_or_a_non_project_is_refused(pair, tmp_path: Path) -> None:
    a, *_ = pair
    with pytest.raises(DomainError, match="itself"):
        merging.preview_merge(a, a.folder)
    with pytest.raises(DomainError, match="not a Sourcemark project"):
        merging.preview_merge(a, tmp_path)


def test_a_document_the_other_analyst_replaced_comes_with_its_new_original(pair, tmp_path: Path) -> None:
    a, b, _ids, doc, ann = pair
    new_version = tmp_path / "story-v2.txt"
    new_version.write_text("Correction appended.\n\n" + STORY, encoding="utf-8")
    report = replace_document(b, doc, new_version)
    new_sha = report.document.sha256
    moved = b.project.annotations[ann]
    b.close()
    preview = merging.preview_merge(a, b.folder)
    command = merging.merge_command(a, preview)
    assert command.text_changed == {doc}
    a.execute(command)
    assert a.project.documents[doc].sha256 == new_sha and a.store.original_path(new_sha) is not None
    assert a.project.annotations[ann].start == moved.start  # the re-anchored annotation came too
    assert documents.document_text(a, doc).text.startswith("Correction appended.")
