"""Facts a reader checks by eye on a PDF: reading order of papers (compared with pdftotext), publication
dates that are placeholders, pages whose font has no Unicode map, scanned pages among text pages."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from app.documents.formats.page_text import _Block, column_gutters, order_blocks
from app.documents.registry import load_bytes
from tests.fixtures import pdf_facts as pf

PHRASES = re.compile(r"Reading Order|Sometown|ABSTRACTSTART|ABSTRACTEND|COLONE\d|COLTWO\d|Manuscript")
RIGHT_ORDER = ["Reading Order", "Sometown", "ABSTRACTSTART", "ABSTRACTEND", *(f"COLONE{k}" for k in range(1, 7)),
               *(f"COLTWO{k}" for k in range(1, 7))]
LAYOUTS = [{}, {"abstract_in_column": True}, {"footer": "Manuscript received 3 March 2024; (c) the authors."},
           {"abstract_in_column": True, "gutter": 6.0, "footer": "Manuscript received 3 March 2024."}]
needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None and not os.environ.get("CI"),
                                     reason="pdftotext (poppler-utils) is not installed; packaging/dev.sh installs it")


def _expected(layout: dict) -> list[str]:  # type: ignore[type-arg]
    return RIGHT_ORDER + (["Manuscript"] if layout.get("footer") else [])


@pytest.mark.parametrize("layout", LAYOUTS, ids=["full-width-abstract", "abstract-in-column-1", "centred-footer",
                                                  "narrow-gutter"])
def test_a_two_column_paper_reads_abstract_then_column_1_then_column_2(layout: dict) -> None:  # type: ignore[type-arg]
    text = load_bytes(pf.paper_pdf(**layout), "paper.pdf").text.text
    assert PHRASES.findall(text) == _expected(layout)


@needs_pdftotext
@pytest.mark.parametrize("layout", LAYOUTS)
def test_reading_order_is_at_least_as_good_as_pdftotext(tmp_path: Path, layout: dict) -> None:  # type: ignore[type-arg]
    data = pf.paper_pdf(**layout)
    (tmp_path / "paper.pdf").write_bytes(data)
    theirs = subprocess.run(["pdftotext", str(tmp_path / "paper.pdf"), "-"], capture_output=True, text=True,
                            check=True).stdout
    ours = load_bytes(data, "paper.pdf").text.text
    # pdftotext reads some of these wrong (column 2 first when the abstract heads column 1); we read all right
    assert PHRASES.findall(ours) == _expected(layout)
    assert set(PHRASES.findall(theirs)) == set(_expected(layout))  # it sees the same phrases: a fair comparison


def test_a_narrow_centred_block_above_the_columns_does_not_glue_them_together() -> None:
    affiliation = _Block(220, 94, 375, 140)
    heading, abstract = _Block(56, 148, 290, 166), _Block(71, 170, 275, 330)
    column1, column2 = _Block(56, 340, 290, 770), _Block(305, 155, 539, 770)
    assert column_gutters([affiliation, heading, abstract, column1, column2]) == [(290, 305)]
    assert order_blocks([column2, abstract, column1, affiliation, heading]) == [affiliation, heading, abstract,
                                                                                 column1, column2]


def test_one_column_pages_and_tables_have_no_gutter() -> None:
    paragraphs = [_Block(56, 100 + 60 * k, 539, 150 + 60 * k) for k in range(8)]
    assert column_gutters(paragraphs) == []
    # a short two-cell row under long paragraphs: too little on each side to be columns
    assert column_gutters([*paragraphs, _Block(56, 700, 150, 712), _Block(300, 700, 400, 712)]) == []


@pytest.mark.parametrize(("written", "published"), [
    ("D:00000101000000Z", ""), ("D:19700101000000Z", ""), ("D:20241301000000Z", ""), ("D:20240230120000Z", ""),
    ("D:99990101000000Z", ""), ("garbage", ""), ("D:2024", ""), ("D:20240305101500+01'00'", "2024-03-05"),
    ("D:19960229", "1996-02-29")])
def test_a_date_that_is_not_a_date_is_no_publication_date(written: str, published: str) -> None:
    assert load_bytes(pf.dated_pdf(written), "memo.pdf").metadata.published == published


def test_a_page_in_a_font_without_unicode_map_needs_ocr_instead_of_replacement_characters() -> None:
    doc = load_bytes(pf.unmapped_font_pdf(), "cmap.pdf")
    assert doc.text.text == "" and doc.title == "cmap.pdf"
    assert doc.warnings == ("cmap.pdf: the text of page 1 cannot be read (a font without a Unicode map) and is "
                            "left out; run OCR on it as on a scan.",)


def test_scanned_pages_among_text_pages_are_named_in_a_warning() -> None:
    doc = load_bytes(pf.mixed_scan_pdf(scanned_pages=(1, 2, 3), pages=4), "report.pdf")
    assert doc.text.text.startswith("sw | \\ +\n\nPage 1 has a real text layer.")
    assert doc.title == "Page 1 has a real text layer."  # never the chart's labels
    assert doc.warnings == ("report.pdf: pages 2, 3, 4 have no text layer (scanned); search and quotes miss "
                            "them until you run OCR.",)
    one = load_bytes(pf.mixed_scan_pdf(scanned_pages=(0,), pages=2), "two.pdf")
    assert one.warnings == ("two.pdf: page 1 has no text layer (scanned); search and quotes miss it until you "
                            "run OCR.",)


@pytest.mark.parametrize(("first_page", "title"), [
    ("sw | \\ +\n~~ 12 %", "noise.pdf"), ("x 1 2 3\nQuarterly Report 2024", "Quarterly Report 2024"),
    ("Отчёт о ремонте", "Отчёт о ремонте"), ("关于红军长征", "关于红军长征"), ("大 正 十 三 年", "大 正 十 三 年"),
    ("abc", "abc")])
def test_a_title_is_never_taken_from_chart_labels_or_ocr_noise(first_page: str, title: str) -> None:
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page()
    chinese = any("\u4e00" <= ch <= "\u9fff" for ch in first_page)
    font = {"fontname": "china-s"} if chinese else {"fontname": "dv", "fontfile": pf.DEJAVU}
    for k, line in enumerate(first_page.split("\n")):
        page.insert_text((72, 100 + 40 * k), line, fontsize=11, **font)
    assert load_bytes(doc.tobytes(), "noise.pdf").title == title


def test_a_repaired_scan_is_kept_as_a_scan_not_refused_as_truncated() -> None:
    from tests.fixtures import images as im

    data = im.scanned_text_pdf()
    broken = data[: data.rfind(b"startxref")] + b"startxref\n999999\n%%EOF\n"  # MuPDF repairs the xref on open
    doc = load_bytes(broken, "scan.pdf")
    assert doc.text.text == "" and doc.pages == 1
    assert doc.warnings == ("scan.pdf was damaged and has been repaired; check quotes against the original.",
                            "scan.pdf has no text layer (a scan?); its pages can be viewed but not quoted.")


def test_a_page_printed_sideways_keeps_its_lines_in_order() -> None:
    """pdfminer's zen_of_python_corrupted.pdf: a landscape printout on a portrait page, lines running up the
    page as blocks side by side. They are rows, not columns: the gutter search must not cut them apart."""
    tops = [671, 656, 671, 647, 685, 680, 723, 550, 651, 647, 685, 541, 483, 498, 695, 584, 536, 507, 507]
    lines = [_Block(59 + 8 * k, top, 67 + 8 * k, 815, level=False) for k, top in enumerate(tops)]
    header, printed = _Block(45, 436, 56, 809, level=False), _Block(26, 24, 35, 66, level=False)
    assert order_blocks([*reversed(lines), header, printed]) == [printed, header, *lines]
    upright = [_Block(b.x0, b.y0, b.x1, b.y1) for b in (printed, header, *lines)]
    assert order_blocks(upright) != upright  # read as left-to-right text, the same boxes would be cut apart


def test_an_invisible_ocr_layer_is_kept_named_and_never_the_title() -> None:
    doc = load_bytes(pf.ocr_layered_pdf(), "chart.pdf")
    assert "The harbour was closed on Tuesday" in doc.text.text  # searchable, as the other program meant
    assert doc.title == "chart.pdf"  # not "300 —esupport"
    assert doc.warnings == ("chart.pdf: the text of page 1 is an invisible OCR layer another program added: a "
                            "machine reading of the scan, to be checked against the page image.",)
