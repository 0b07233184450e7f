"""Annotating PDFs through the geometry: rectangles, drags across a page break, quads stored."""

from pathlib import Path

import pytest

from app.services import annotate
from app.services.documents import document_text
from app.services.session import ProjectSession
from tests.fixtures import documents as fx
from tests.fixtures.run import add_document


@pytest.fixture
def pdf_session(tmp_path: Path) -> tuple[ProjectSession, str]:
    path = tmp_path / "break.pdf"
    path.write_bytes(fx.page_break_pdf())
    session = ProjectSession.create(tmp_path / "P.sourcemark", analyst="tester")
    doc_id = add_document(session, path).document.id
    yield session, doc_id
    session.close()


def test_rectangle_selection_maps_to_the_words_inside(pdf_session: tuple[ProjectSession, str]) -> None:
    session, doc_id = pdf_session
    text = document_text(session, doc_id)
    start = text.text.index("First paragraph")
    q = text.quads(start, start + len("First paragraph"))[0]
    found = text.range_in_rect(q.page, q.x0 - 1, q.y0 - 1, q.x1 + 1, q.y1 + 1)
    assert found is not None and text.text[found[0]:found[1]] == "First paragraph"
    assert text.range_in_rect(0, 0, 0, 5, 5) is None  # an empty corner of the page


def test_drag_across_a_page_break_makes_one_annotation_on_two_pages(pdf_session: tuple[ProjectSession, str]) -> None:
    session, doc_id = pdf_session
    text = document_text(session, doc_id)
    sentence = fx.BREAK_BEFORE + " " + fx.BREAK_AFTER
    start = text.text.index(sentence)
    end = start + len(sentence)
    first = text.quads(start, start + 1)[0]
    last = text.quads(end - 1, end)[0]
    lo, hi = annotate.range_from_points(
        session, doc_id, (first.page, first.x0 + 0.5, (first.y0 + first.y1) / 2), (last.page, last.x1 - 0.5, (last.y0 + last.y1) / 2)
    )
    assert (lo, hi) == (start, end)
    command = annotate.create_annotation(session, doc_id, lo, hi)
    session.execute(command)
    ann = command.ops[0].after
    assert ann.pages == (0, 1)
    assert {q.page for q in ann.quads} == {0, 1}
    with ProjectSession.open(session.folder, read_only=True) as other:
        stored = other.project.annotations[ann.id]
        assert stored.quads == ann.quads and stored.exact == sentence
