"""Merging a colleague's project brings every file its objects need, and nothing it cannot prove.

The OCR layer is hand-made (no Tesseract needed): what matters here is that the layer and the text made
from it travel with the merge, and that a swapped text cache or a forged quote does not.
"""

import json
import shutil
from pathlib import Path

import pytest

from app.documents.fingerprint import sha256_text
from app.domain.annotations import AnchorStatus
from app.domain.errors import DomainError
from app.domain.links import Kind
from app.services import annotate, evidence
from app.services.documents import document_text, original_bytes
from app.services.merge import merging
from app.services.ocr import OcrJob, OcrResult, ocr_command
from app.services.session import ProjectSession
from app.store import texts
from tests.fixtures import images as im
from tests.fixtures.run import add_bytes, add_document
from tests.reliability.helpers import cli

from .conftest import STORY

WORDS = [["harbour", 91, 10, 10, 60, 30, 1, 1], ["closed", 88, 70, 10, 120, 30, 1, 1],
         ["Tuesday", 95, 130, 10, 190, 30, 1, 1]]


def _fake_ocr(session: ProjectSession, doc_id: str) -> None:
    doc = session.project.documents[doc_id]
    job = OcrJob(doc.id, doc.title, doc.original_name, doc.sha256, doc.kind, original_bytes(session, doc.id), None, "eng")
    layer = {"engine": "tesseract", "lang": "eng", "pages": [{"index": 0, "words": WORDS}]}
    report = ocr_command(session, job, OcrResult(document_text(session, doc_id), layer))
    session.execute(report.command)


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns("lock"))
    return dst


def test_merging_ocr_work_brings_the_layer_and_text_so_text_and_check_pass(tmp_path: Path) -> None:
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    doc_id = add_bytes(a, tmp_path, "scan.pdf", im.scanned_text_pdf())
    a.close()
    b = ProjectSession.open(_copy(tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"), analyst="boris")
    _fake_ocr(b, doc_id)
    text = document_text(b, doc_id).text
    start = text.index("closed")
    b.execute(annotate.create_annotation(b, doc_id, start, start + len("closed")))
    b.close()

    result = cli("--analyst", "ana", "merge", tmp_path / "A.sourcemark", tmp_path / "B.sourcemark")
    assert result.code == 0, result.err
    merged = cli("text", tmp_path / "A.sourcemark", doc_id)
    assert merged.code == 0 and merged.out == "harbour closed Tuesday", merged.err
    checked = cli("check", tmp_path / "A.sourcemark")
    assert checked.code == 0 and checked.out.strip() == "ok", checked.out
    rows = json.loads(cli("list", tmp_path / "A.sourcemark", "annotations", "--json").out)
    assert [(r["exact"], r["status"]) for r in rows] == [("closed", "exact")]


@pytest.fixture
def pair(tmp_path: Path, story_file: Path):
    """A with the story; B a copy, where the colleague adds an annotation (to be tampered with)."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    a.close()
    b = ProjectSession.open(_copy(tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"), analyst="boris")
    doc_id = add_document(b, story_file).document.id
    start = STORY.index("engineers from North Korea")
    b.execute(annotate.create_annotation(b, doc_id, start, start + len("engineers from North Korea")))
    b.close()
    return tmp_path / "A.sourcemark", tmp_path / "B.sourcemark", doc_id


def _edit_records(folder: Path, rel: str, table: str, change) -> None:  # type: ignore[no-untyped-def]
    path = folder / rel
    data = json.loads(path.read_text(encoding="utf-8"))
    for record in data[table].values():
        change(record)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_a_swapped_text_cache_with_its_hash_updated_is_left_out_and_check_sees_it(pair, tmp_path: Path) -> None:
    a, b, doc_id = pair
    forged = STORY.replace("North Korea", "Narnia")
    with ProjectSession.open(b, read_only=True) as other:
        real = other.store.get_text(other.project.documents[doc_id].text_sha256)
    forged_text = type(real)(forged, real.pages, real.ocr_words)
    forged_sha = sha256_text(forged)
    (b / "texts" / f"{forged_sha}.smtext").write_bytes(texts.encode(forged_text))
    _edit_records(b, "project.json", "documents", lambda r: r.update(text_sha256=forged_sha))

    problems = cli("check", b)  # the colleague's own folder: check re-derives the text and sees the swap
    assert problems.code == 1 and f"document {doc_id}: its text does not match what its original gives" in problems.out

    with ProjectSession.open(a, analyst="ana") as session:
        preview = merging.preview_merge(session, b)
        assert any("does not match what its original gives" in line for line in preview.plan.dropped)
        command = merging.merge_command(session, preview)
        if command.ops:
            session.execute(command)
        assert doc_id not in session.project.documents and not session.project.annotations
        assert not (a / "texts" / f"{forged_sha}.smtext").exists()
    assert cli("check", a).code == 0


def test_a_forged_exact_quote_is_re_anchored_before_it_counts(pair) -> None:
    a, b, doc_id = pair

    def forge(record: dict) -> None:
        record["exact"] = "engineers from South Korea"  # not in the text; still marked exact

    _edit_records(b, f"annotations/{doc_id}.json", "annotations", forge)
    problems = cli("check", b)
    assert problems.code == 1 and "marked exact but its quote “engineers from South Korea”" in problems.out

    with ProjectSession.open(a, analyst="ana") as session:
        preview = merging.preview_merge(session, b)
        assert any("re-anchored" in line for line in preview.lines())
        session.execute(merging.merge_command(session, preview))
        (ann,) = session.project.annotations.values()
        text = document_text(session, doc_id).text
        assert ann.status is not AnchorStatus.EXACT
        assert ann.status is AnchorStatus.ORPHAN or text[ann.start : ann.end] == ann.exact
        assert list(evidence.check_evidence(session)) == []
    assert cli("check", a).code == 0


def test_a_tampered_original_refuses_the_merge(pair) -> None:
    a, b, _doc_id = pair
    (original,) = [p for p in (b / "originals").iterdir() if not p.name.startswith(".")]
    original.write_bytes(original.read_bytes().replace(b"North Korea", b"Narnia"))
    with ProjectSession.open(a, analyst="ana") as session:
        with pytest.raises(DomainError, match="does not match its sha256"):
            merging.preview_merge(session, b)
        assert not session.project.documents


def test_an_id_of_another_kind_is_refused_on_merge(tmp_path: Path) -> None:
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    from app.services import entities

    command, actor = entities.create_actor(a, "Ana Example")
    a.execute(command)
    a.close()
    b = ProjectSession.create(tmp_path / "B.sourcemark", analyst="boris")
    command, claim = entities.create_claim(b, "The bridge reopens in May")
    b.execute(command)
    b.close()
    _edit_records(tmp_path / "B.sourcemark", "project.json", "claims", lambda r: r.update(id=actor.id))

    result = cli("--analyst", "ana", "merge", tmp_path / "A.sourcemark", tmp_path / "B.sourcemark")
    assert result.code == 2 and result.err.count("\n") == 1
    assert f"id {actor.id}" in result.err and "nothing was merged" in result.err
    with ProjectSession.open(tmp_path / "A.sourcemark", read_only=True) as session:
        assert not session.project.claims and session.project.find(Kind.ACTOR, actor.id) is not None


def test_a_text_hash_borrowed_from_a_document_of_ours_is_not_believed(pair, tmp_path: Path) -> None:
    """Their new document claims the text of one we already hold (so a cache for it exists here)."""
    a, b, doc_id = pair
    other_file = tmp_path / "other.txt"
    other_file.write_text("A council statement about the bridge, unrelated to the story.\n", encoding="utf-8")
    with ProjectSession.open(a, analyst="ana") as session:
        ours = add_document(session, other_file).document
    _edit_records(b, "project.json", "documents", lambda r: r.update(text_sha256=ours.text_sha256))
    with ProjectSession.open(a, analyst="ana") as session:
        preview = merging.preview_merge(session, b)
        command = merging.merge_command(session, preview)
        if command.ops:
            session.execute(command)
        # matched to our document by that text hash: their annotation is judged against our text, not believed
        assert doc_id not in session.project.documents
        assert all(ann.document_id == ours.id for ann in session.project.annotations.values())
        assert list(evidence.check_evidence(session)) == []
    assert cli("check", a).code == 0
