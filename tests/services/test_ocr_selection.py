"""A drag over OCR text selects whole words (issue 20: "Ivan Petrov sai" was stored)."""

from pathlib import Path

from app.services.annotate import range_from_points
from app.services.documents import document_text
from app.services.session import ProjectSession
from tests.documents.test_ocr import needs_tesseract
from tests.fixtures import images as im
from tests.fixtures.run import add_bytes, ocr_document


def _centre(text, offset: int) -> tuple[int, float, float]:
    q = text.quads(offset, offset + 1)[0]
    return q.page, (q.x0 + q.x1) / 2, (q.y0 + q.y1) / 2


@needs_tesseract
def test_a_drag_ending_inside_an_ocr_word_selects_the_whole_word(tmp_path: Path) -> None:
    session = ProjectSession.create(tmp_path / "Scan.sourcemark", analyst="tester")
    try:
        doc_id = add_bytes(session, tmp_path, "scan.pdf", im.scanned_text_pdf())
        ocr_document(session, doc_id, "eng")
        text = document_text(session, doc_id)
        start = text.text.index("harbour")
        inside = text.text.index("closed") + 2  # the "o" of "closed"
        lo, hi = range_from_points(session, doc_id, _centre(text, start + 1), _centre(text, inside))
        assert text.text[lo:hi] == "harbour was closed"
    finally:
        session.close()
