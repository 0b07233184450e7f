"""OCR says when it read nothing, little, or a script it was not asked for: in the result (the GUI shows it)
and as warning lines of `sourcemark ocr`."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.services.documents import document_text
from app.services.session import ProjectSession
from tests.documents.test_ocr import needs_tesseract
from tests.fixtures import ocr_scans as sc
from tests.fixtures.run import add_bytes, ocr_document
from tests.reliability.helpers import cli


@pytest.fixture
def project(tmp_path: Path) -> Iterator[ProjectSession]:
    session = ProjectSession.create(tmp_path / "Scans.sourcemark", analyst="tester")
    yield session
    session.close()


@needs_tesseract
def test_a_scan_in_another_script_names_the_language_to_use(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = add_bytes(project, tmp_path, "letter.pdf", sc.cyrillic_scan())
    _report, result = ocr_document(project, doc_id, "eng")
    assert len(result.findings) == 1
    assert result.findings[0].startswith("page 1: OCR read ") and result.findings[0].endswith(
        "but the page looks like Cyrillic script, which eng does not read: run OCR again with --lang rus")
    _report, again = ocr_document(project, doc_id, "rus")
    assert again.findings == () and "Министр заявил" in document_text(project, doc_id).text


@needs_tesseract
def test_the_command_line_warns_when_ocr_finds_no_words(project: ProjectSession, tmp_path: Path) -> None:
    doc_id = add_bytes(project, tmp_path, "photo.pdf", sc.blank_photo_scan())
    project.close()
    result = cli("ocr", project.folder, doc_id, "--lang", "eng")
    assert result.code == 0 and "\tocr\tpages 1\t0 words\t" in result.out
    assert result.err.startswith("sourcemark: warning: page 1: OCR found no words; if it holds text, it may be "
                                 "in a language eng does not read (installed: ")


@needs_tesseract
def test_a_page_in_a_font_without_unicode_map_is_read_by_ocr(project: ProjectSession, tmp_path: Path) -> None:
    from tests.fixtures import pdf_facts as pf

    doc_id = add_bytes(project, tmp_path, "cmap.pdf", pf.unmapped_font_pdf())
    assert document_text(project, doc_id).text == ""  # not 20 replacement characters
    _report, result = ocr_document(project, doc_id, "eng")
    assert document_text(project, doc_id).text == "Unmapped glyphs here" and result.findings == ()
