"""Report crops show evidence as it is: the region is outlined, the pixels inside keep every channel."""

import pymupdf

from app.documents.output.report_pdf import OUTLINE, highlight_crops
from app.domain.annotations import Quad
from app.domain.documents import DocumentKind

SKY = (121, 160, 201)


def _photo(width: int = 200, height: int = 120) -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
    pix.set_rect(pix.irect, SKY)
    return pix.tobytes("png")


def _pixels(png: bytes) -> pymupdf.Pixmap:
    return pymupdf.Pixmap(png)


def test_a_region_on_a_photo_keeps_its_colours_and_gets_an_outline() -> None:
    crops = highlight_crops(_photo(), DocumentKind.IMAGE, "sky.png", {"a": (Quad(0, 50, 30, 150, 90),)}, zoom=2.0)
    pix = _pixels(crops["a"].png)
    # the crop starts PAD points left of the region: x = (50 - 3) -> pixel 0; the region is x 6..206, y 0..120
    inside = [pix.pixel(x, y) for x in (20, 100, 190) for y in (5, 60, 110)]
    assert set(inside) == {SKY}  # not multiplied by the category colour (a yellow highlight made it (121,160,0))
    assert pix.pixel(3, 60) == OUTLINE  # the frame just left of the region
    assert pix.pixel(1, 60) == SKY  # and only a frame: outside it the photo is as it was


def test_a_text_quote_on_a_pdf_page_is_framed_not_painted_over() -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=300, height=200)
    page.draw_rect(pymupdf.Rect(0, 0, 300, 200), color=None, fill=(0, 0, 1))  # a blue page: multiply would blacken it
    page.insert_text((40, 100), "The bridge was destroyed", color=(1, 1, 1))
    data = doc.tobytes()
    words = [w for w in page.get_text("words")]
    x0, y0 = min(w[0] for w in words), min(w[1] for w in words)
    x1, y1 = max(w[2] for w in words), max(w[3] for w in words)
    crops = highlight_crops(data, DocumentKind.PDF, "blue.pdf", {"q": (Quad(0, x0, y0, x1, y1),)})
    pix = _pixels(crops["q"].png)
    colours = {pix.pixel(x, y) for x in range(pix.width) for y in range(pix.height)}
    assert (0, 0, 255) in colours and OUTLINE in colours
    assert not any(r == g == b == 0 for r, g, b in colours)  # nothing darkened to black
