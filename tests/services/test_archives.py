"""Web captures in a project: one document per archived page, provenance stored, re-extracted per page,
exported (native JSON, CSV documents table, W3C TimeState), matched on import, and old projects intact."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from app.domain.documents import Provenance
from app.domain.links import Kind
from app.domain.records import from_record, from_trusted, to_record
from app.services import import_export
from app.services.annotate import create_annotation
from app.services.documents import archive_pages, document_text
from app.services.session import ProjectSession
from tests.exchange import w3c_validator
from tests.fixtures import archives as cap
from tests.fixtures.run import add_document, add_documents, import_annotations, replace_document

BRIDGE, LIBRARY = "https://news.example/bridge", "https://news.example/library"


@pytest.fixture
def warc_file(tmp_path: Path) -> Path:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(cap.warc())
    return path


@pytest.fixture
def project(tmp_path: Path) -> ProjectSession:
    session = ProjectSession.create(tmp_path / "Web.sourcemark", analyst="tester")
    yield session
    session.close()


def test_every_page_of_an_archive_is_a_document_added_in_one_step(project: ProjectSession, warc_file: Path) -> None:
    results = add_documents(project, warc_file)
    assert [r.added for r in results] == [True, True]
    bridge, library = (r.document for r in results)
    assert bridge.sha256 == library.sha256 and bridge.record_key != library.record_key
    assert (bridge.provenance.source_url, library.provenance.source_url) == (BRIDGE, LIBRARY)
    assert project.undo_label == "Add 2 pages of “crawl.warc.gz”"
    project.undo()
    assert project.project.documents == {}
    project.redo()
    assert len(project.project.documents) == 2
    again = add_documents(project, warc_file)  # the same pages again: reported, not duplicated
    assert [r.added for r in again] == [False, False] and len(project.project.documents) == 2
    one = add_document(project, warc_file, record=LIBRARY)
    assert not one.added and one.document.id == library.id


def test_choosing_pages(project: ProjectSession, warc_file: Path) -> None:
    pages = archive_pages(warc_file)
    assert [p.url for p in pages] == [BRIDGE, LIBRARY]
    results = add_documents(project, warc_file, records=[pages[1].record])
    assert [r.document.provenance.source_url for r in results] == [LIBRARY]
    assert add_document(project, warc_file).document.provenance.source_url == BRIDGE  # no choice: the first


def test_provenance_survives_reopening_and_text_is_extracted_again_per_page(project: ProjectSession,
                                                                            warc_file: Path) -> None:
    docs = [r.document for r in add_documents(project, warc_file)]
    texts = {doc.id: document_text(project, doc.id).text for doc in docs}
    folder = project.folder
    project.close()
    shutil.rmtree(folder / "texts")  # force re-extraction from the stored archive
    with ProjectSession.open(folder, read_only=True) as again:
        for doc in docs:
            stored = again.project.documents[doc.id]
            assert stored.provenance == doc.provenance and stored.provenance.digest_check == "verified"
            text = document_text(again, doc.id).text
            assert text == texts[doc.id]
            assert ("tolls will not rise" in text) == (doc.provenance.source_url == BRIDGE)
        assert again.store.check() == []


def test_a_project_from_before_provenance_opens_unchanged() -> None:
    old = {"id": "d1", "title": "Story", "kind": "html", "original_name": "story.html", "sha256": "a" * 64,
           "text_sha256": "b" * 64, "pages": None, "metadata": {}, "extractor": "", "imported_at": "",
           "encoding": "utf-8", "previous_sha256": []}
    for doc in (from_record(Kind.DOCUMENT, old), from_trusted(Kind.DOCUMENT, old)):
        assert doc.provenance is None and doc.record_key == ""
    record = to_record(from_record(Kind.DOCUMENT, old))
    assert record["provenance"] is None
    prov = Provenance(source_url=BRIDGE, captured_at="2026-11-30T08:15:00Z", archive_record="<urn:uuid:1>",
                      extra={"warc_file": "archive/data.warc.gz"})
    new = {**old, "provenance": to_record_value(prov)}
    assert from_record(Kind.DOCUMENT, new).provenance == prov == from_trusted(Kind.DOCUMENT, new).provenance
    with pytest.raises(Exception, match="provenance"):
        from_record(Kind.DOCUMENT, {**old, "provenance": {"extra": {"k": 3}}})


def to_record_value(prov: Provenance) -> dict[str, object]:
    from dataclasses import asdict

    return asdict(prov)


def test_exports_carry_the_provenance(project: ProjectSession, warc_file: Path, tmp_path: Path) -> None:
    docs = [r.document for r in add_documents(project, warc_file)]
    mhtml = tmp_path / "saved.mhtml"
    mhtml.write_bytes(cap.mhtml(url=LIBRARY))
    docs.append(add_document(project, mhtml).document)
    for doc in docs:
        text = document_text(project, doc.id).text
        start = text.index("the") if "the" in text else 0
        project.execute(create_annotation(project, doc.id, start, start + 20))

    native = json.loads(import_export.export(project, "json"))
    by_id = {d["id"]: d for d in native["documents"]}
    prov = by_id[docs[0].id]["provenance"]
    assert prov["source_url"] == BRIDGE and prov["captured_at"] == "2026-11-30T08:15:00Z"
    assert prov["captured_at_source"] == "WARC-Date header" and prov["archive_digest"].startswith("sha1:")
    assert by_id[docs[2].id]["provenance"]["captured_at_source"] == "MHTML Date header"

    rows = list(csv.DictReader(io.StringIO(import_export.export(project, "csv", table="documents").lstrip("\ufeff"))))
    assert {(r["captured_url"], r["archive_format"], r["annotations"]) for r in rows} == {
        (BRIDGE, "warc", "1"), (LIBRARY, "warc", "1"), (LIBRARY, "mhtml", "1")}
    assert all(r["sha256"] and r["payload_sha256"] for r in rows)

    w3c = json.loads(import_export.export(project, "w3c"))
    targets = sorted((i["target"]["source"], i["target"]["state"]["sourceDate"]) for i in w3c["first"]["items"])
    assert targets == [(BRIDGE, "2026-11-30T08:15:00Z"), (LIBRARY, "2026-11-30T08:15:00Z"),
                       (LIBRARY, "2026-11-30T09:15:00+01:00")]  # the WARC's time; the MHTML's own
    assert all(i["target"]["state"]["type"] == "TimeState" for i in w3c["first"]["items"])
    if w3c_validator.available():
        assert w3c_validator.validate(w3c) == []


def test_importing_an_export_finds_each_page_of_the_archive(project: ProjectSession, warc_file: Path) -> None:
    docs = [r.document for r in add_documents(project, warc_file)]
    for doc in docs:
        project.execute(create_annotation(project, doc.id, 0, 10))
    data = import_export.export(project, "json").encode()
    by_doc = {a.document_id: a.id for a in project.project.annotations.values()}
    report = import_annotations(project, data)
    assert report.conflicts == [] and sorted(by_doc) == sorted(d.id for d in docs)
    for ann in project.project.annotations.values():
        assert by_doc[ann.document_id] == ann.id  # each annotation stayed on its own page


def test_a_new_capture_replaces_the_page_with_the_same_url(project: ProjectSession, warc_file: Path,
                                                          tmp_path: Path) -> None:
    library = add_document(project, warc_file, record=LIBRARY).document
    text = document_text(project, library.id).text
    start = text.index("central library")
    project.execute(create_annotation(project, library.id, start, start + len("central library")))
    newer = tmp_path / "crawl-later.warc.gz"
    newer.write_bytes(cap.warc(date="2026-12-01T07:00:00Z"))
    report = replace_document(project, library.id, newer)
    doc = project.project.documents[library.id]
    assert doc.provenance.source_url == LIBRARY and doc.provenance.captured_at == "2026-12-01T07:00:00Z"
    assert report.counts["exact"] == 1


def test_w3c_import_tells_two_captures_of_one_url_apart(project: ProjectSession, warc_file: Path, tmp_path: Path) -> None:
    mhtml = tmp_path / "saved.mhtml"
    mhtml.write_bytes(cap.mhtml(url=LIBRARY))  # the same page as one of the WARC's, captured at another time
    docs = [r.document for r in add_documents(project, warc_file)] + [add_document(project, mhtml).document]
    for doc in docs:
        project.execute(create_annotation(project, doc.id, 0, 12, note=f"on {doc.provenance.archive_format}"))
    exported = import_export.export(project, "w3c").encode()
    other = ProjectSession.create(tmp_path / "Other.sourcemark")
    try:
        add_document(other, mhtml)
        add_documents(other, warc_file)
        report = import_annotations(other, exported)
        assert report.summary() == "3 new, 0 already present" and not report.notes
        for ann in project.project.annotations.values():
            mine = project.project.documents[ann.document_id]
            theirs = other.project.documents[other.project.annotations[ann.id].document_id]
            assert (theirs.sha256, theirs.record_key, theirs.provenance.captured_at) == (
                mine.sha256, mine.record_key, mine.provenance.captured_at)
    finally:
        other.close()
