"""EPUB text MuPDF's page layout loses is taken from the XHTML: fixed-layout pages and tables wider than the page."""

from app.documents.registry import load_bytes
from app.domain.geometry import NO_BOX
from tests.fixtures import documents as fx
from tests.fixtures import epubs


def test_a_fixed_layout_books_svg_text_is_read_in_reading_order() -> None:
    doc = load_bytes(epubs.picture_book(), "fox.epub")
    text = doc.text.text
    assert "The fox ran across the frozen river\n\nand hid in the reeds until dawn." in text
    assert "When the sun rose\n\nthe hunters had gone home.\n\nThe fox slept." in text  # by line, then left to right
    assert text.index("frozen river") < text.index("When the sun rose")  # page 1 before page 2
    assert any("fixed-layout page(s) was taken from the book's XHTML" in w for w in doc.warnings)
    page = doc.text.pages[0]
    assert page.box(text.index("frozen")) is None  # no position on the page: its highlight is not drawn


def test_a_table_wider_than_the_page_is_taken_whole_where_it_stands() -> None:
    doc = load_bytes(epubs.wide_table_book(), "figures.epub")
    text = doc.text.text
    rows = [" | ".join(row) for row in epubs.TABLE_ROWS]
    assert "\n".join(rows) in text
    assert text.index("Casualty figures by region.") < text.index(rows[0]) < text.index("Source: the regional ministry.")
    assert "Colu " not in text and "headi\n" not in text  # the cut columns are gone
    assert all(f"Kharkiv3region{c}" in text for c in range(9))
    assert any("table(s) wider than the page" in w for w in doc.warnings)
    first = text.index("Casualty")
    assert doc.text.pages[0].box(first) is not None and doc.text.pages[0].box(first)[0] != NO_BOX  # MuPDF's own text keeps its boxes


def test_a_table_cut_between_two_columns_is_taken_whole_too() -> None:
    text = load_bytes(epubs.wide_table_book(epubs.NARROW_COLUMNS), "narrow.epub").text.text
    assert "\n".join(" | ".join(row) for row in epubs.NARROW_COLUMNS) in text
    assert text.index("Casualty figures") < text.index("c0 | c1") < text.index("Source: the regional ministry.")
    assert "\nc1\n" not in text and "r2x13\n" not in text  # the cut column-per-line heads and rows are gone


def test_a_book_mupdf_reads_whole_is_unchanged() -> None:
    doc = load_bytes(fx.epub(), "book.epub")
    assert fx.EPUB_SENTENCE in doc.text.text and not doc.warnings
