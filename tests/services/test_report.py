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
