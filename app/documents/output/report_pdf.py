"""The PyMuPDF half of the verification report: page crops of highlighted regions, and HTML -> PDF.

The PDF is laid out by MuPDF's own HTML engine (pymupdf.Story): no browser, no network; images come
from an in-memory archive only.
"""

import io
import re
from dataclasses import dataclass
from html import escape
from typing import Any

import pymupdf

from app.documents.formats.mupdf import MUPDF_LOCK, open_document
from app.domain.annotations import Quad
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError

PAD = 3.0  # points around the highlighted lines
MAX_WIDTH = 480.0  # points: what fits an A4 page between the report's margins
A4 = pymupdf.paper_rect("a4")
MARGIN = 50.0
OUTLINE = (214, 64, 0)  # a deep orange: stands out from paper, text and most photos
OUTLINE_PX = 3  # pixels of the rendered crop (at zoom 2: 1.5 points)


@dataclass(frozen=True)
class CropImage:
    png: bytes
    width: float  # points, as it should be displayed


def highlight_crops(data: bytes, kind: DocumentKind, name: str, requests: dict[str, tuple[Quad, ...]],
                    password: str | None = None, zoom: float = 2.0) -> dict[str, CropImage]:
    """For each key, a PNG of the region around its quads on their first page, each quad outlined.

    Evidence is shown as it is: the outline is drawn around the quads on the rendered pixels, never over
    them (a highlight annotation multiplies, turning a blue sky olive). Keys whose quads lie off the
    document's pages are left out.
    """
    doc = open_document(data, kind, name, password)
    out: dict[str, CropImage] = {}
    try:
        with MUPDF_LOCK:
            for key, quads in requests.items():
                crop = _crop(doc, quads, zoom)
                if crop is not None:
                    out[key] = crop
    except DocumentError:
        raise
    except Exception as exc:  # noqa: BLE001 - MuPDF errors on odd pages become one message
        raise DocumentError(f"the highlighted regions of {name} could not be drawn.") from exc
    finally:
        with MUPDF_LOCK:
            doc.close()
    return out


def _crop(doc: pymupdf.Document, quads: tuple[Quad, ...], zoom: float) -> CropImage | None:
    if not quads or not 0 <= quads[0].page < doc.page_count:
        return None
    page = doc[quads[0].page]
    rects = [pymupdf.Rect(q.x0, q.y0, q.x1, q.y1) for q in quads if q.page == quads[0].page]
    area = pymupdf.Rect(rects[0])
    for r in rects[1:]:
        area |= r
    area = (_with_context(page, area) + (-PAD, 0, PAD, 0)) & page.rect
    if area.is_empty:
        return None
    clip = area * page.derotation_matrix if page.rotation else area
    pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), clip=clip, alpha=False)
    for r in rects:
        _outline(pix, (r - (area.x0, area.y0, area.x0, area.y0)) * zoom + (pix.x, pix.y, pix.x, pix.y))
    png = pix.tobytes("png")
    return CropImage(png, min(area.width, MAX_WIDTH))


def _outline(pix: pymupdf.Pixmap, box: pymupdf.Rect) -> None:
    """A frame just outside `box` (pixmap pixels), clipped to the pixmap; the pixels inside stay untouched."""
    inner = box.round()
    outer = pymupdf.IRect(inner.x0 - OUTLINE_PX, inner.y0 - OUTLINE_PX, inner.x1 + OUTLINE_PX, inner.y1 + OUTLINE_PX)
    for side in (pymupdf.IRect(outer.x0, outer.y0, outer.x1, inner.y0), pymupdf.IRect(outer.x0, inner.y1, outer.x1, outer.y1),
                 pymupdf.IRect(outer.x0, inner.y0, inner.x0, inner.y1), pymupdf.IRect(inner.x1, inner.y0, outer.x1, inner.y1)):
        side &= pix.irect
        if not side.is_empty:
            pix.set_rect(side, OUTLINE)


def _with_context(page: pymupdf.Page, area: pymupdf.Rect) -> pymupdf.Rect:
    """`area` grown to whole text lines, plus the line before and the line after it in the same paragraph,
    so a crop shows the quote in context. Lines are matched by their middle: MuPDF's line boxes overlap
    their neighbours a little, so any vertical padding would show slivers of the next line."""
    lines = [(n, pymupdf.Rect(line["bbox"])) for n, block in enumerate(page.get_text("dict")["blocks"])
             if block.get("type") == 0 for line in block["lines"]]

    def middle(r: pymupdf.Rect) -> float:
        return (r.y0 + r.y1) / 2

    hits = [(n, r) for n, r in lines if area.y0 <= middle(r) <= area.y1 and r.x0 < area.x1 and r.x1 > area.x0]
    if not hits:
        return area
    grown = pymupdf.Rect(area)
    for _, r in hits:
        grown |= r
    h = min(r.height for _, r in hits)
    blocks = {n for n, _ in hits}
    column = [r for n, r in lines if n in blocks]
    above = [r for r in column if grown.y0 - 1.5 * h < middle(r) < grown.y0]
    below = [r for r in column if grown.y1 < middle(r) < grown.y1 + 1.5 * h]
    for edge in (max(above, key=middle, default=None), min(below, key=middle, default=None)):
        if edge is not None:
            grown |= edge
    return grown


FOOTER_CSS = "* {font-family: sans-serif; font-size: 7.5pt; color: #555; text-align: center;}"


def html_to_pdf(html: str, images: dict[str, bytes], *, title: str = "", author: str = "", footer: str = "",
                page_of: str = "page {number} of {count}") -> bytes:
    """A4 pages laid out from `html` (its <style> included); `images` maps the names <img src> uses to bytes.

    Every page gets a footer: `footer` and "page n of m". Fonts are subset to the glyphs used: MuPDF
    embeds whole fallback fonts otherwise (a report with CJK and emoji text was 2.2 MB, 0.13 MB subset).
    """
    archive = pymupdf.Archive()
    for name, data in images.items():
        archive.add(data, name)
    with MUPDF_LOCK:
        try:
            pdf = _keep_headings_with_text(html, archive)
            doc = pymupdf.open("pdf", pdf)
            try:
                _add_footers(doc, footer, page_of)
                doc.set_metadata({"title": title, "author": author, "creator": "Sourcemark", "producer": "Sourcemark"})
                doc.subset_fonts()
                return doc.tobytes(garbage=3, deflate=True)
            finally:
                doc.close()
        except Exception as exc:  # noqa: BLE001 - layout errors become one message
            raise DocumentError(f"the report could not be laid out as a PDF ({exc}).") from exc



def _keep_headings_with_text(html: str, archive: pymupdf.Archive) -> bytes:
    """Lay out `html`; a heading left at the foot of a page (KEEP points or less below it) starts the next page
    instead, and the layout is made again. MuPDF's engine ignores `page-break-after: avoid` but honours
    `page-break-before: always`, so headings are moved by that, found by their order in the HTML."""
    broken: set[int] = set()
    for _ in range(MAX_PASSES):
        pdf, stranded = _layout(_break_before(html, broken), archive)
        if not stranded - broken:
            return pdf
        broken |= stranded
    return pdf


KEEP = 60.0  # points: about four lines of body text
MAX_PASSES = 4
_HEADING = re.compile(r"<h[1-3](?=[\s>])")


def _break_before(html: str, headings: set[int]) -> str:
    """`html` with a page break before its n-th heading (h1-h3, counted from 0) for each n in `headings`."""
    count = -1

    def mark(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group(0) + ' style="page-break-before: always"' if count in headings else match.group(0)

    return _HEADING.sub(mark, html) if headings else html


def _layout(html: str, archive: pymupdf.Archive) -> tuple[bytes, set[int]]:
    """The PDF, and the headings (by order, from 0) that ended within KEEP points of a page's foot."""
    buffer = io.BytesIO()
    story = pymupdf.Story(html=html, archive=archive)
    writer = pymupdf.DocumentWriter(buffer)
    where = A4 + (MARGIN, MARGIN, -MARGIN, -MARGIN)
    headings: list[float] = []  # the bottom of each heading, in order
    stranded: set[int] = set()

    def seen(position: Any) -> None:
        if position.heading and position.heading <= 3 and position.open_close & 1:
            headings.append(position.rect[3])
            if position.rect[3] > where.y1 - KEEP:
                stranded.add(len(headings) - 1)

    more = True
    while more:
        device = writer.begin_page(A4)
        more, _ = story.place(where)
        story.element_positions(seen)
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue(), stranded


def _add_footers(doc: pymupdf.Document, footer: str, page_of: str = "page {number} of {count}") -> None:
    """`footer · page n of m` under the text of every page (HTML box: the project name may be any script);
    `page_of` is the report's language's wording, with {number} and {count}."""
    count = doc.page_count
    box = pymupdf.Rect(MARGIN, A4.height - MARGIN + 12, A4.width - MARGIN, A4.height - 14)
    for number, page in enumerate(doc.pages(), start=1):
        text = " · ".join(part for part in (footer, page_of.format(number=number, count=count)) if part)
        page.insert_htmlbox(box, f"<p>{escape(text)}</p>", css=FOOTER_CSS)
