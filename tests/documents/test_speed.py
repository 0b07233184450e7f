"""Extraction and render timings on a 1,000-page text PDF, printed with -s (tests/benchmarks measures speed).

No assertion on elapsed time: how long it takes depends on the machine and its load (issue 22); the
timeout mark only keeps a runaway extraction from stalling the suite."""

import time

import pytest

from app.documents.output.render import PageRenderer
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from tests.fixtures import documents as fx


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_thousand_page_pdf() -> None:
    data = fx.many_pages_pdf(1000)
    started = time.perf_counter()
    doc = load_bytes(data, "long.pdf")
    extract = time.perf_counter() - started
    with PageRenderer(data, DocumentKind.PDF) as renderer:
        started = time.perf_counter()
        image = renderer.render(500, 2.0)
        one_render = time.perf_counter() - started
    print(f"\n1,000 pages, {len(doc.text.text):,} chars: extraction {extract:.2f} s; render at zoom 2 {one_render * 1000:.1f} ms")
    assert doc.pages == 1000 and doc.text.pages[500].end > doc.text.pages[500].start and image.width > 1000
