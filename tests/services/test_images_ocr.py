"""Images, regions and OCR through the services and the command line, on files made by real tools."""

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from app.domain.errors import DocumentError, DomainError
from app.domain.links import Kind
from app.services import annotate
from app.services.commands import Command, delete
from app.services.documents import document_text
from app.services.ocr import ocr_command, prepare_ocr
from app.services.session import ProjectSession
from tests.documents.test_ocr import needs_tesseract
from tests.fixtures import images as im
from tests.fixtures.run import add_bytes, add_document, import_annotations, ocr_document
from tests.reliability.helpers import cli


@pytest.fixture
def project(tmp_path: Path) -> ProjectSession:
    session = ProjectSession.create(tmp_path / "Images.sourcemark", analyst="tester")
    yield session
    session.close()


def _add(session: ProjectSession, tmp_path: Path, name: str, data: bytes) -> str:
    return add_bytes(session, tmp_path, name, data)


def test_exif_is_stored_with_the_document_and_exported(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(project, tmp_path, "photo.jpg", im.jpeg_with_exif())
    project.close()
    with ProjectSession.open(project.folder, read_only=True) as again:
        exif = again.project.documents[doc_id].exif
        assert exif["make"] == "Canon" and exif["gps_latitude"] == im.LATITUDE
    result = cli("export", project.folder, "--format", "json")
    assert result.code == 0, result.err
    (doc,) = json.loads(result.out)["documents"]
    assert doc["kind"] == "image" and doc["exif"]["gps_longitude"] == im.LONGITUDE
    assert doc["exif"]["datetime_original"] == "2024:03:05 10:15:42"


def test_region_annotation_on_an_image_and_its_exports(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(project, tmp_path, "shot.png", im.png())
    command = annotate.create_region(project, doc_id, 0, 40, 40, 160.4, 120, note="the red box")
    project.execute(command)
    ann = command.ops[0].after
    assert ann.region and ann.start == ann.end == 0 and ann.exact == "" and ann.pages == (0,)
    assert ann.quads[0][1:] == (40, 40, 200.4, 160)
    # clipped to the image; empty or off-image rectangles refused
    clipped = annotate.create_region(project, doc_id, 0, 600, 400, 100, 100).ops[0].after
    assert clipped.quads[0][1:] == (600, 400, 640, 480)
    with pytest.raises(DomainError, match="empty or outside the page"):
        annotate.create_region(project, doc_id, 0, 700, 10, 50, 50)
    with pytest.raises(DomainError, match="has no page 2"):
        annotate.create_region(project, doc_id, 1, 0, 0, 5, 5)
    w3c = json.loads(cli("export", project.folder, "--format", "w3c").out)
    (item,) = w3c["first"]["items"]
    assert item["target"]["selector"] == {"type": "FragmentSelector", "conformsTo": "http://www.w3.org/TR/media-frags/",
                                          "value": "xywh=40,40,161,120"}
    from tests.exchange import w3c_validator

    if w3c_validator.available():
        assert w3c_validator.validate(w3c) == [] and w3c_validator.validate(item) == []
    rows = list(csv.DictReader(io.StringIO(cli("export", project.folder, "--format", "csv").out.lstrip("\ufeff"))))
    assert rows[0]["region_xywh"] == "40,40,160.4,120" and rows[0]["exact"] == "" and rows[0]["ocr"] == ""
    native = json.loads(cli("export", project.folder, "--format", "json").out)
    assert native["annotations"][0]["quads"] == [[0, 40.0, 40.0, 200.4, 160.0]]
    assert cli("check", project.folder).code == 0


def test_region_annotation_from_the_command_line(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(project, tmp_path, "shot.webp", im.webp())
    project.close()
    result = cli("annotate", project.folder, doc_id, "--region", "10,20,30,40", "--note", "logo")
    assert result.code == 0 and result.out.split("\t")[1:] == ["region", "page 1", "xywh=10,20,30,40\n"]
    bad = cli("annotate", project.folder, doc_id, "--region", "10,20,thirty")
    assert bad.code == 2 and bad.err.startswith("sourcemark: error: --region takes X,Y,W,H") and bad.err.count("\n") == 1
    neither = cli("annotate", project.folder, doc_id)
    assert neither.code == 2 and "--start and --end, or --region" in neither.err


@pytest.mark.slow
@needs_tesseract
def test_ocr_of_a_scanned_pdf_reanchors_and_labels_annotations(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(project, tmp_path, "scan.pdf", im.scanned_text_pdf())
    assert document_text(project, doc_id).text == ""
    region = annotate.create_region(project, doc_id, 0, 20, 20, 100, 40)
    project.execute(region)
    report, result = ocr_document(project, doc_id, "eng")
    assert report.counts.get("exact", 0) == 1  # the region stays where it was
    text = document_text(project, doc_id)
    assert "harbour was closed on Tuesday" in text.text and text.ocr_pages == frozenset({0})
    doc = project.project.documents[doc_id]
    assert doc.ocr_layer and "tesseract" in doc.extractor and "(eng)" in doc.extractor
    start = text.text.index("storm")
    command = annotate.create_annotation(project, doc_id, start, start + 5)
    project.execute(command)
    ann = command.ops[0].after
    assert ann.ocr and 0.5 < ann.ocr_confidence <= 1 and ann.quads and ann.pages == (0,)
    # exports label it
    items = json.loads(cli("export", project.folder, "--format", "w3c").out)["first"]["items"]
    ocr_item = next(i for i in items if isinstance(i["target"]["selector"], list)
                    and i["target"]["selector"][0].get("exact") == "storm")
    assert "tagging" in (ocr_item["motivation"] if isinstance(ocr_item["motivation"], list) else [ocr_item["motivation"]])
    assert any(b.get("value") == "ocr" for b in ocr_item["body"])
    native = json.loads(cli("export", project.folder, "--format", "json").out)
    exported = next(a for a in native["annotations"] if a["exact"] == "storm")
    assert exported["ocr"] is True and exported["ocr_confidence"] == ann.ocr_confidence
    rows = list(csv.DictReader(io.StringIO(cli("export", project.folder, "--format", "csv").out.lstrip("\ufeff"))))
    assert next(r for r in rows if r["exact"] == "storm")["ocr"] == "yes"
    # the text is rebuilt from the stored files alone (original + OCR layer) when the cache is gone
    for cached in (project.folder / "texts").glob("*.smtext"):
        cached.unlink()
    project.texts.clear()
    assert document_text(project, doc_id).text == text.text
    assert document_text(project, doc_id).ocr_words == text.ocr_words
    assert cli("check", project.folder).code == 0
    # OCR again: nothing left without text? No: the file's own pages still have none, so it re-runs and replaces
    report2, _ = ocr_document(project, doc_id, "eng")
    assert report2.counts.get("exact", 0) + report2.counts.get("moved", 0) == 2
    # undo (second OCR, the highlight, the first OCR) puts the text without OCR back
    for _ in range(3):
        project.undo()
    assert project.project.documents[doc_id].ocr_layer == ""
    assert document_text(project, doc_id).text == ""


@needs_tesseract
def test_cancelled_or_stale_ocr_changes_nothing(project: ProjectSession, tmp_path: Path) -> None:
    from app.documents.ocr.tesseract import OcrCancelled

    doc_id = _add(project, tmp_path, "shot.png", im.screenshot_png())
    before = project.project.documents[doc_id]
    job = prepare_ocr(project, doc_id, "eng")
    with pytest.raises(OcrCancelled):
        job.run(cancelled=lambda: True)
    assert project.project.documents[doc_id] == before
    result = job.run()
    other = _add(project, tmp_path, "shot2.png", im.png())
    with pytest.raises(DomainError, match="no document"):
        prepare_ocr(project, "missing", "eng")
    project.execute(Command("remove", tuple(delete(project.project, Kind.DOCUMENT, doc_id))))
    with pytest.raises(DomainError, match="replaced or removed while OCR ran"):
        ocr_command(project, job, result)
    assert other in project.project.documents


@pytest.mark.slow
@needs_tesseract
def test_ocr_from_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "Cli.sourcemark"
    assert cli("new", folder).code == 0
    scan = tmp_path / "scan.png"
    scan.write_bytes(im.screenshot_png())
    added = cli("add", folder, scan, "--ocr", "--lang", "eng")
    assert added.code == 0, added.err
    lines = added.out.splitlines()
    doc_id = lines[0].split("\t")[0]
    assert lines[1].startswith(f"{doc_id}\tocr\tpages 1\t") and "words" in lines[1]
    assert "harbour" in cli("text", folder, doc_id).out
    again = cli("ocr", folder, doc_id, "--lang", "eng+rus")
    assert again.code == 0 and "(eng+rus)" in json.loads(cli("list", folder, "documents", "--json").out)[0]["extractor"]
    bad = cli("ocr", folder, doc_id, "--lang", "klingon")
    assert bad.code == 2 and bad.err.startswith("sourcemark: error: OCR language klingon is not installed")
    txt = tmp_path / "a.txt"
    txt.write_text("Plain words here.")
    text_id = cli("add", folder, txt).out.split("\t")[0]
    refused = cli("ocr", folder, text_id)
    assert refused.code == 2 and "OCR reads images and scanned PDFs" in refused.err


@pytest.mark.parametrize("lang, message", [
    ("klingon", "OCR language klingon is not installed (installed: "),
    ("eng; rm", "'eng; rm' is not a list of OCR languages"),
    ("eng", "OCR needs Tesseract, which is not installed"),  # with SOURCEMARK_TESSERACT pointing nowhere
])
def test_add_ocr_with_a_language_it_cannot_use_adds_nothing(lang: str, message: str, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    if lang == "eng":
        monkeypatch.setenv("SOURCEMARK_TESSERACT", "/nonexistent/tesseract")
    elif shutil.which("tesseract") is None:
        pytest.skip("needs tesseract's list of languages")
    folder = tmp_path / "Lang.sourcemark"
    assert cli("new", folder).code == 0
    scans = []
    for name, data in (("a.png", im.screenshot_png()), ("b.pdf", im.scanned_text_pdf())):
        scans.append(tmp_path / name)
        scans[-1].write_bytes(data)
    before = sorted(p.name for p in (folder / "originals").iterdir()) if (folder / "originals").exists() else []
    result = cli("add", folder, *scans, "--ocr", "--lang", lang)
    assert result.code == 2 and result.out == "", result
    assert result.err.count("\n") == 1 and result.err.startswith(f"sourcemark: error: {message}"), result.err
    assert cli("list", folder, "documents").out == ""  # all or nothing: not even the first file
    after = sorted(p.name for p in (folder / "originals").iterdir()) if (folder / "originals").exists() else []
    assert after == before and "add" not in cli("history", folder).out


def test_the_rotation_ocr_found_is_named_in_the_extractor() -> None:
    from app.services.ocr import turned

    layer = {"pages": [{"index": 0, "rotation": 180, "words": []}, {"index": 1, "rotation": 0, "words": []},
                       {"index": 2, "rotation": 90, "words": []}, {"index": 3, "words": []}]}
    assert turned(layer) == ", turned upright: page 1 by 180°, page 3 by 90°"
    assert turned({"pages": [{"index": 0, "words": []}]}) == ""


@needs_tesseract
def test_an_upside_down_scan_is_read_and_its_turn_is_on_the_document(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = _add(project, tmp_path, "upside-down.pdf", im.scanned_text_pdf(turned=180))
    ocr_document(project, doc_id, "eng")
    doc = project.project.documents[doc_id]
    assert doc.extractor.endswith("(eng), turned upright: page 1 by 180°"), doc.extractor
    assert "harbour was closed on Tuesday" in document_text(project, doc_id).text
    listed = json.loads(cli("list", project.folder, "documents", "--json").out)
    assert listed[0]["extractor"] == doc.extractor


def test_missing_tesseract_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "No.sourcemark"
    cli("new", folder)
    scan = tmp_path / "scan.png"
    scan.write_bytes(im.screenshot_png())
    doc_id = cli("add", folder, scan).out.split("\t")[0]
    monkeypatch.setenv("SOURCEMARK_TESSERACT", "/nonexistent/tesseract")
    result = cli("ocr", folder, doc_id)
    assert result.code == 2 and result.err.count("\n") == 1
    assert result.err.startswith("sourcemark: error: OCR needs Tesseract, which is not installed")
    assert cli("check", folder).code == 0


def test_region_on_a_document_without_pages_is_refused(project: ProjectSession, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Some words.")
    doc_id = add_document(project, path).document.id
    with pytest.raises(DomainError, match="has no pages"):
        annotate.create_region(project, doc_id, 0, 0, 0, 10, 10)


def test_damaged_images_through_the_service_leave_the_project_untouched(project: ProjectSession, tmp_path: Path) -> None:
    for name, data in (("bomb.png", im.png_bomb()), ("cut.jpg", im.truncated_jpeg())):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(DocumentError):
            add_document(project, path)
    assert project.project.documents == {} and not list((project.folder / "originals").glob("*"))


def test_native_import_never_matches_two_images_by_their_empty_text(tmp_path: Path) -> None:
    """Two pictures without OCR both have the empty text; annotations of one must not land on the other."""
    first, second = tmp_path / "A.sourcemark", tmp_path / "B.sourcemark"
    for folder, data in ((first, im.png()), (second, im.webp())):
        cli("new", folder)
        path = tmp_path / f"{folder.stem}.img"
        path.write_bytes(data)
        doc_id = cli("add", folder, path).out.split("\t")[0]
        cli("annotate", folder, doc_id, "--region", "1,1,20,20")
    export = tmp_path / "a.json"
    assert cli("export", first, "--format", "json", "-o", export).code == 0
    cli("import", second, export)
    assert len(json.loads(cli("list", second, "annotations", "--json").out)) == 1  # only B's own region


def test_w3c_export_of_regions_and_ocr_quotes_imports_back(project: ProjectSession, tmp_path: Path) -> None:

    doc_id = _add(project, tmp_path, "shot.png", im.png())
    project.execute(annotate.create_region(project, doc_id, 0, 40, 40, 160, 120, note="red box"))
    [original] = project.project.annotations_of(doc_id)
    out = tmp_path / "w3c.jsonld"
    assert cli("export", project.folder, "--format", "w3c", "-o", out).code == 0
    assert import_annotations(project, out.read_bytes()).summary() == "0 new, 1 already present"
    project.undo()  # the region is gone; the export brings it back, matched to the image by its digest
    report = import_annotations(project, out.read_bytes())
    assert report.added == {"annotation": 1}
    [region] = project.project.annotations_of(doc_id)
    assert (region.id, region.quads, region.note, region.region) == (original.id, original.quads, "red box", True)
