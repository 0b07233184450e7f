"""Page rendering: RGB888 pixels of the right size, rotation applied, size capped, clear errors."""

import threading

import pytest

from app.documents.output import render
from app.documents.output.render import PageRenderer
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError, PasswordRequired
from tests.fixtures import documents as fx


def test_render_size_and_format() -> None:
    with PageRenderer(fx.rotated_pdf(), DocumentKind.PDF) as renderer:
        assert renderer.page_count == 2
        assert renderer.page_size(0) == (595.0, 842.0)
        assert renderer.page_size(1) == (842.0, 595.0)  # rotation applied
        image = renderer.render(1, 2.0)
    assert (image.width, image.height) == (1684, 1190)
    assert image.stride == 3 * image.width
    assert len(image.samples) == image.stride * image.height
    assert image.samples[:3] == b"\xff\xff\xff"  # white paper, no alpha channel


def test_render_shows_text_as_dark_pixels() -> None:
    with PageRenderer(fx.two_column_pdf(), DocumentKind.PDF) as renderer:
        image = renderer.render(0, 1.0)
    assert min(image.samples) < 100


def test_zoom_is_capped() -> None:
    with PageRenderer(fx.rotated_pdf(), DocumentKind.PDF) as renderer:
        image = renderer.render(0, 1000.0)
    assert max(image.width, image.height) <= render.MAX_SIDE
    assert image.width * image.height <= render.MAX_PIXELS * 1.01


def test_epub_pages_render() -> None:
    with PageRenderer(fx.epub(), DocumentKind.EPUB) as renderer:
        image = renderer.render(0, 1.0)
    assert (image.width, image.height) == (420, 595)


def test_errors() -> None:
    with pytest.raises(PasswordRequired):
        PageRenderer(fx.encrypted_pdf(), DocumentKind.PDF, name="secret.pdf")
    PageRenderer(fx.encrypted_pdf(), DocumentKind.PDF, password=fx.PASSWORD).close()
    with pytest.raises(DocumentError, match="has no pages to render"):
        PageRenderer(b"text", DocumentKind.TEXT, name="a.txt")
    renderer = PageRenderer(fx.two_column_pdf(), DocumentKind.PDF, name="c.pdf")
    with pytest.raises(DocumentError, match=r"^c\.pdf has no page 5\.$"):
        renderer.render(4, 1.0)
    renderer.close()
    renderer.close()  # idempotent
    with pytest.raises(DocumentError, match="is closed"):
        renderer.render(0, 1.0)


def test_render_thread_alongside_extraction() -> None:
    """A render worker with its own handle while the main thread extracts: no crash, right results."""
    from app.documents.registry import load_bytes

    data = fx.many_pages_pdf(20)
    sizes: list[tuple[int, int]] = []

    def worker() -> None:
        with PageRenderer(data, DocumentKind.PDF) as renderer:
            for index in range(renderer.page_count):
                image = renderer.render(index, 0.5)
                sizes.append((image.width, image.height))

    thread = threading.Thread(target=worker)
    thread.start()
    doc = load_bytes(data, "long.pdf")
    thread.join()
    assert doc.pages == 20 and len(sizes) == 20
