"""Exporting a PDF with the project's highlights written in as PDF annotations other readers show."""

from pathlib import Path

import pymupdf
import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services.documents import document_text
from app.services.import_export import annotated_pdf
from app.services.session import ProjectSession
from tests.fixtures import documents as fx
from tests.fixtures.run import add_bytes, add_document


def _add(session: ProjectSession, tmp_path: Path, name: str, data: bytes) -> str:
    return add_bytes(session, tmp_path, name, data)


@pytest.mark.parametrize("fixture, word", [(fx.two_column_pdf, None), (fx.rotated_pdf, fx.ROTATED_WORD)])
def test_highlights_land_on_the_quoted_words_with_their_links_as_notes(session, tmp_path, fixture, word) -> None:
    doc_id = _add(session, tmp_path, "doc.pdf", fixture())
    text = document_text(session, doc_id).text
    words = [w for w in text.split() if len(w) > 6 and w.isalpha()]
    quote = word or words[len(words) // 2]  # on the rotated page for the rotated fixture
    start = text.index(quote)
    _, claim = entities.create_claim(session, "A checkable statement", verdict="false")
    session.execute(linking.annotate_and_link(session, doc_id, start, start + len(quote), (Kind.CLAIM, claim.id), new_object=claim))
    out = pymupdf.open(stream=annotated_pdf(session, doc_id).data, filetype="pdf")
    annots = [(page, a) for page in out for a in page.annots()]
    assert len(annots) == 1
    page, annot = annots[0]
    assert annot.type[1] == "Highlight" and annot.info["title"] == "tester"
    assert "Claim: A checkable statement [False]" in annot.info["content"]
    # the annotation covers the quoted word where MuPDF itself finds it
    found = page.search_for(quote)
    assert found and any(annot.rect.intersects(r) and (annot.rect & r).get_area() > 0.5 * r.get_area() for r in found)


def test_only_pdfs_can_carry_pdf_highlights(session, tmp_path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Plain text article.", encoding="utf-8")
    doc_id = add_document(session, path).document.id
    session.execute(annotate.create_annotation(session, doc_id, 0, 5))
    with pytest.raises(DomainError, match="only PDFs"):
        annotated_pdf(session, doc_id)
