"""The verification report from a real project (the demo: an HTML article and a PDF): HTML and PDF files."""

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.services.demo import build_demo_project
from app.services.report import render_report, report_model, write_report
from app.services.session import ProjectSession


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ProjectSession]:
    folder = build_demo_project(tmp_path_factory.mktemp("report") / "Demo.sourcemark", analyst="Ana Analyst")
    with ProjectSession.open(folder, read_only=True) as session:
        yield session


def _squash(text: str) -> str:
    """Text without whitespace or soft hyphens (line breaks fall in different places in a PDF), ligatures
    unfolded (MuPDF sets "fi" as one glyph, which pypdf reads back as U+FB01)."""
    return re.sub(r"[\s\u00ad]+", "", unicodedata.normalize("NFKC", text))


def test_the_pdf_holds_every_claim_and_every_quote(demo: ProjectSession, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    write_report(demo, out, "pdf")
    reader = PdfReader(out)
    text = _squash("".join(page.extract_text() for page in reader.pages))
    model = report_model(demo)
    assert len(model.claims) == 3 and len(reader.pages) >= 2
    for claim in model.claims:
        assert _squash(claim.statement) in text, claim.statement
        if claim.rationale:
            assert _squash(claim.rationale) in text
    for quote in model.quotes():
        assert _squash(quote.exact) in text, quote.exact
    for source in model.sources:
        assert _squash(source.title) in text and source.grade in text
    for doc in model.documents:
        assert doc.sha256 in text and doc.text_sha256 in text
    assert reader.metadata is not None and "Demo" in str(reader.metadata.title)


def test_pdf_quotes_come_with_a_crop_of_the_highlighted_region(demo: ProjectSession) -> None:
    html = render_report(demo, "html").decode("utf-8")
    pdf_quotes = [q for q in report_model(demo).quotes() if q.pages]  # quotes from the newspaper PDF
    images = re.findall(r'<img src="data:image/png;base64,[A-Za-z0-9+/=]+"', html)
    assert pdf_quotes and len(images) == len(pdf_quotes)
    assert "http://" not in html.replace("https://example.org/northern-observatory/halsk", "")
    pdf = render_report(demo, "pdf")
    assert pdf.count(b"/Subtype /Image") + pdf.count(b"/Subtype/Image") >= 1


def test_one_claim_only(demo: ProjectSession) -> None:
    claim = next(c for c in demo.project.claims.values() if c.statement.startswith("Northern Shield"))
    html = render_report(demo, "html", [claim.id]).decode("utf-8")
    assert claim.statement in html and "1 selected claim" in html
    others = [c.statement for c in demo.project.claims.values() if c.id != claim.id]
    assert not any(s in html for s in others)


def test_every_pdf_page_has_the_footer_with_page_n_of_m(demo: ProjectSession) -> None:
    reader = PdfReader(__import__("io").BytesIO(render_report(demo, "pdf")))
    count = len(reader.pages)
    project = report_model(demo).project
    for n, page in enumerate(reader.pages, start=1):
        text = _squash(page.extract_text())
        assert _squash(f"page {n} of {count}") in text and _squash(f"Verification report – {project}") in text


def test_a_highlight_across_a_page_break_shows_both_parts_framed_with_captions(tmp_path: Path) -> None:
    from app.domain.links import Kind
    from app.services import annotate, entities, linking
    from app.services.documents import document_text
    from tests.fixtures.documents import many_pages_pdf
    from tests.fixtures.run import add_document

    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(many_pages_pdf(2, lines_per_page=6))
    with ProjectSession.create(tmp_path / "break.sourcemark", analyst="Ana") as session:
        doc = add_document(session, pdf).document.id
        text = document_text(session, doc)
        page2 = text.pages[1].start
        command = annotate.create_annotation(session, doc, page2 - 40, page2 + 30, category="claim")
        session.execute(command)
        aid = next(iter(session.project.annotations))
        assert {q.page for q in session.project.annotations[aid].quads} == {0, 1}
        command, claim = entities.create_claim(session, "The convoy passed at dawn.",
                                               rationale="Two witnesses.\n\nNo photographs.")
        session.execute(command)
        session.execute(linking.link(session, (Kind.ANNOTATION, aid), (Kind.CLAIM, claim.id)))
        html = render_report(session, "html").decode("utf-8")
        assert len(re.findall(r'<div class="crop"><img src="data:image/png', html)) == 2
        assert re.search(r'class="caption"[^>]*>[^<]*, p\. 1 \(1 of 2\)', html)
        assert re.search(r'class="caption"[^>]*>[^<]*, p\. 2 \(2 of 2\)', html)
        assert "Two witnesses.<br><br>No photographs." in html  # paragraph breaks kept
        reader = PdfReader(__import__("io").BytesIO(render_report(session, "pdf")))
        text_pdf = "\n".join(page.extract_text() for page in reader.pages)
        assert re.search(r"Two witnesses\.\s*\n\s*\n?\s*No photographs\.", text_pdf)


def test_fonts_are_subset_so_cjk_and_emoji_do_not_embed_whole_fonts(tmp_path: Path) -> None:
    from app.services import entities

    folder = build_demo_project(tmp_path / "cjk.sourcemark", analyst="Ana")
    with ProjectSession.open(folder) as session:
        command, _ = entities.create_claim(session, "北朝鮮の兵士がクルスクに到着した 😀🚀 — 한국어 문장도 있습니다",
                                           rationale="中文 🙂")
        session.execute(command)
        pdf = render_report(session, "pdf")
    assert len(pdf) <= 400_000  # 2.2 MB with the whole fallback fonts embedded
    assert b"+" in pdf.split(b"/BaseFont", 1)[1][:20]  # a subset font's name carries its "ABCDEF+" tag
