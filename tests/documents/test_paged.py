"""PDF and EPUB through PyMuPDF: reading order, geometry, page joins, metadata, encryption, damage."""

import pymupdf
import pytest

from app.documents.formats import mupdf
from app.documents.model import LoadedDocument
from app.documents.output.writer import text_to_pdf
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError, PasswordRequired
from app.domain.normalize import canonical_text
from tests.fixtures import documents as fx


def _assert_geometry_consistent(doc: LoadedDocument) -> None:
    pages = doc.text.pages
    assert doc.pages == len(pages)
    assert [p.index for p in pages] == list(range(len(pages)))
    assert pages[0].start == 0 and pages[-1].end == len(doc.text.text)
    for before, after in zip(pages, pages[1:]):
        assert before.end == after.start  # pages tile the text
    for page in pages:
        assert len(page.boxes) == 4 * (page.end - page.start)
    assert canonical_text(doc.text.text) == doc.text.text


def _union(doc: LoadedDocument, start: int, end: int) -> tuple[float, float, float, float]:
    boxes = [b for off in range(start, end) if (b := doc.text.pages[doc.text.page_at(off)].box(off))]
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def test_two_columns_read_column_by_column() -> None:
    doc = load_bytes(fx.two_column_pdf(), "columns.pdf")
    text = doc.text.text
    positions = [text.index(s) for s in (*fx.LEFT_COLUMN, *fx.RIGHT_COLUMN)]
    assert positions == sorted(positions)
    assert text.startswith("Bridge repairs: a full-width headline")
    _assert_geometry_consistent(doc)


def test_metadata_and_title_from_the_pdf() -> None:
    doc = load_bytes(fx.two_column_pdf(), "columns.pdf")
    assert doc.kind is DocumentKind.PDF and doc.pages == 1
    assert doc.title == "Bridge repairs"
    assert (doc.metadata.author, doc.metadata.published) == ("Jane Roe", "2024-03-05")
    assert doc.extractor == f"pymupdf {pymupdf.__version__}"
    assert doc.encoding == "" and doc.warnings == ()


def test_word_boxes_match_search_for() -> None:
    data = fx.two_column_pdf()
    doc = load_bytes(data, "columns.pdf")
    word = "disputed"
    start = doc.text.text.index(word)
    with pymupdf.open("pdf", data) as pdf:
        (expected,) = pdf[0].search_for(word)
    assert _union(doc, start, start + len(word)) == pytest.approx(tuple(expected), abs=0.01)


def test_rotated_page_boxes_are_in_rendered_coordinates() -> None:
    data = fx.rotated_pdf()
    doc = load_bytes(data, "rotated.pdf")
    page = doc.text.pages[1]
    assert (page.width, page.height, page.rotation) == (842.0, 595.0, 90)
    for k in range(0, len(page.boxes), 4):
        if page.boxes[k] != -1:
            x0, y0, x1, y1 = page.boxes[k: k + 4]
            assert 0 <= x0 <= x1 <= page.width and 0 <= y0 <= y1 <= page.height
    start = doc.text.text.index(fx.ROTATED_WORD)
    with pymupdf.open("pdf", data) as pdf:
        (found,) = pdf[1].search_for(fx.ROTATED_WORD)
        expected = found * pdf[1].rotation_matrix
    assert _union(doc, start, start + len(fx.ROTATED_WORD)) == pytest.approx(tuple(expected), abs=0.01)
    assert expected.height > expected.width  # the word runs down the rendered page


def test_sentence_across_a_page_break_is_one_quote() -> None:
    doc = load_bytes(fx.page_break_pdf(), "break.pdf")
    quote = f"{fx.BREAK_BEFORE} {fx.BREAK_AFTER}"
    start = doc.text.text.index(quote)
    assert doc.text.pages_of(start, start + len(quote)) == (0, 1)
    assert "ends properly.\n\nThe minister" in doc.text.text  # a finished sentence still ends a paragraph
    assert "repairs.\n\nA new paragraph" in doc.text.text
    _assert_geometry_consistent(doc)


def test_long_two_column_document_from_the_writer() -> None:
    sentences = [f"Sentence number {n} is here to fill the column with enough words." for n in range(160)]
    data = text_to_pdf("Report", "\n\n".join(sentences), columns=2, author="A. Writer", created="2023-12-01")
    doc = load_bytes(data, "report.pdf")
    positions = [doc.text.text.index(f"Sentence number {n} is") for n in range(160)]
    assert positions == sorted(positions)
    assert doc.pages and doc.pages > 1
    assert doc.metadata.published == "2023-12-01"
    _assert_geometry_consistent(doc)


def test_cyrillic_pdf_text() -> None:
    body = fx.RUSSIAN.replace("\n", "\n\n")
    doc = load_bytes(text_to_pdf("Мост", body), "ru.pdf")
    assert "Министр заявил, что мост откроют в мае." in doc.text.text
    assert doc.title == "Мост"


def test_encrypted_needs_the_password() -> None:
    data = fx.encrypted_pdf()
    with pytest.raises(PasswordRequired, match=r"^secret\.pdf is encrypted; give its password\.$"):
        load_bytes(data, "secret.pdf")
    with pytest.raises(PasswordRequired, match=r"^Wrong password for secret\.pdf\.$"):
        load_bytes(data, "secret.pdf", password="guess")
    doc = load_bytes(data, "secret.pdf", password=fx.PASSWORD)
    assert doc.text.text == "Confidential briefing notes."


def test_repaired_file_loads_with_a_warning() -> None:
    doc = load_bytes(fx.damaged_xref_pdf(), "repaired.pdf")
    assert fx.LEFT_COLUMN[0] in doc.text.text
    assert doc.warnings and "repaired" in doc.warnings[0]


def test_truncated_file_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"^cut\.pdf is damaged"):
        load_bytes(fx.truncated_pdf(), "cut.pdf")


def test_scan_without_text_loads_with_a_warning() -> None:
    doc = load_bytes(fx.scanned_pdf(), "scan.pdf")
    assert doc.text.text == "" and doc.pages == 1
    assert any("no text layer" in w for w in doc.warnings)
    _assert_geometry_consistent(doc)


def test_epub_is_paged_with_geometry() -> None:
    doc = load_bytes(fx.epub(), "archive.epub")
    assert doc.kind is DocumentKind.EPUB
    assert fx.EPUB_SENTENCE in doc.text.text
    assert (doc.title, doc.metadata.author) == ("Flood Archive", "Ann Archivist")
    _assert_geometry_consistent(doc)
    page = doc.text.pages[0]
    assert (page.width, page.height) == (mupdf.EPUB_PAGE.width, mupdf.EPUB_PAGE.height)


def test_zip_bomb_epub_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(mupdf, "MAX_UNZIPPED", 2**20)
    with pytest.raises(DocumentError, match=r"^bomb\.epub unpacks to 4 MB"):
        load_bytes(fx.bomb_epub(4 * 2**20), "bomb.epub")


def test_epub_with_a_lying_size_header_is_refused() -> None:
    data = bytearray(fx.epub())
    at = data.index(b"OEBPS/ch1.xhtml", data.index(b"PK\x01\x02"))  # central directory entry
    header = at - 46
    data[header + 24: header + 28] = (10).to_bytes(4, "little")  # claims 10 bytes uncompressed
    with pytest.raises(DocumentError, match=r"^liar\.epub is (damaged|a damaged)"):
        load_bytes(bytes(data), "liar.epub")


def test_ligatures_are_expanded_so_quotes_match() -> None:
    pdf = pymupdf.open()
    page = pdf.new_page()
    writer = pymupdf.TextWriter(page.rect)
    writer.append((72, 100), "The \ufb01nal of\ufb01ce", font=pymupdf.Font("tiro"), fontsize=12)
    writer.write_text(page)
    doc = load_bytes(pdf.tobytes(), "ligatures.pdf")
    assert doc.text.text == "The final office"
    _assert_geometry_consistent(doc)
