"""Page pixels for the UI's render worker: RGB888 RawImage, no Qt, no PyMuPDF types leaking out.

Each PageRenderer owns its own Document handle (QualCoder's render-worker design); calls into
MuPDF hold MUPDF_LOCK because PyMuPDF is not safe to use from several threads at once.
"""

import pymupdf

from app.documents.mupdf import MUPDF_LOCK, open_document
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from app.domain.raster import RawImage

MAX_SIDE = 12_000  # pixels; larger requests are scaled down to fit
MAX_PIXELS = 40_000_000  # ~120 MB of RGB; bounds memory for one image whatever the page shape


class PageRenderer:
    def __init__(self, data: bytes, kind: DocumentKind, password: str | None = None, *, name: str = "document"):
        if not kind.paged:
            raise DocumentError(f"{name} has no pages to render.")
        self._name = name
        self._doc: pymupdf.Document | None = open_document(data, kind, name, password)
        self.page_count: int = self._doc.page_count

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height in points, as displayed (rotation applied)."""
        with MUPDF_LOCK:
            rect = self._page(index).rect
        return rect.width, rect.height

    def render(self, index: int, zoom: float) -> RawImage:
        with MUPDF_LOCK:
            page = self._page(index)
            zoom = capped_zoom(page.rect.width, page.rect.height, zoom)
            try:
                pix = page.get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), colorspace=pymupdf.csRGB, alpha=False)
            except Exception as exc:  # noqa: BLE001 - damaged page content
                raise DocumentError(f"Page {index + 1} of {self._name} could not be drawn.") from exc
            return RawImage(pix.width, pix.height, pix.stride, bytes(pix.samples))

    def close(self) -> None:
        if self._doc is not None:
            with MUPDF_LOCK:
                self._doc.close()
            self._doc = None

    def __enter__(self) -> "PageRenderer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _page(self, index: int) -> pymupdf.Page:
        if self._doc is None:
            raise DocumentError(f"{self._name} is closed.")
        if not 0 <= index < self.page_count:
            raise DocumentError(f"{self._name} has no page {index + 1}.")
        return self._doc.load_page(index)


def capped_zoom(width: float, height: float, zoom: float) -> float:
    """`zoom`, reduced so the image stays within MAX_SIDE per side and MAX_PIXELS in area."""
    zoom = max(zoom, 0.01)
    zoom = min(zoom, MAX_SIDE / max(width, height, 1.0))
    return min(zoom, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
