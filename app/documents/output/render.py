"""Page pixels for the UI's render worker: RawImage (RGB888, or BGRX), no Qt, no PyMuPDF types leaking out.

Each PageRenderer owns its own Document handle (QualCoder's render-worker design); calls into
MuPDF hold MUPDF_LOCK because PyMuPDF is not safe to use from several threads at once.
"""

from collections.abc import Callable

import pymupdf
import pymupdf.mupdf as fz

from app.documents.formats.mupdf import MUPDF_LOCK, open_document
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
        # Pixels were checked when the file was imported: an image is not decoded a second time here.
        self._doc: pymupdf.Document | None = open_document(data, kind, name, password, check_pixels=False)
        self.page_count: int = self._doc.page_count
        self._last: tuple[int, pymupdf.Page] | None = None  # the page loaded last: size-then-render loads it once

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

    def render_bgra(self, index: int, zoom: float) -> RawImage:
        """Like `render`, but 4 bytes a pixel: B, G, R, A, premultiplied (MuPDF's own pixel layout).

        On little-endian machines that is Qt's ARGB32_Premultiplied word, which the raster engine
        blits without converting, so the UI can wrap the bytes as they are. The paper is opaque white
        (alpha 255; MuPDF's group blending may leave 254 on an antialiased edge, which premultiplied
        alpha represents exactly). MuPDF draws straight into the pixmap, as `fz_new_pixmap_from_page`
        does (page contents, annotations and widgets, rotation applied), without PyMuPDF's display
        list, and the pixels are copied once, as `Pixmap.samples` does.
        """
        with MUPDF_LOCK:
            pix = self._draw_bgra(index, zoom, None)
            width, height, stride = pix.w(), pix.h(), pix.stride()
            samples = bytes(fz.fz_pixmap_samples_memoryview(pix))  # copied while the pixmap is alive
        return RawImage(width, height, stride, samples, "BGRA_PREMULTIPLIED")

    def render_bgra_into(self, index: int, zoom: float, pixels: Callable[[int, int], memoryview]) -> tuple[int, int]:
        """Like `render_bgra`, but MuPDF draws straight into memory the caller owns: no copy at all.

        `pixels(width, height)` is called once the size is known and returns a writable buffer of at
        least width * height * 4 bytes, rows of 4 * width bytes (an image's own pixels, say); it must
        stay alive until this returns. Returns (width, height). Compared with `render_bgra`, this
        saves writing and reading the page's bytes once more, which costs most when they are not in
        the CPU caches (a page drawn while scrolling, after the CPU did other work).
        """
        with MUPDF_LOCK:
            pix = self._draw_bgra(index, zoom, pixels)
            return pix.w(), pix.h()

    def _draw_bgra(self, index: int, zoom: float, pixels: Callable[[int, int], memoryview] | None) -> fz.FzPixmap:
        page = self._page(index)
        zoom = capped_zoom(page.rect.width, page.rect.height, zoom)
        ctm = fz.FzMatrix(zoom, 0, 0, zoom, 0, 0)
        try:
            bbox = fz.fz_round_rect(fz.fz_transform_rect(fz.fz_bound_page(page.this), ctm))
        except Exception as exc:  # noqa: BLE001 - damaged page content
            raise DocumentError(f"Page {index + 1} of {self._name} could not be drawn.") from exc
        data = None
        if pixels is not None:
            width, height = bbox.x1 - bbox.x0, bbox.y1 - bbox.y0
            buffer = memoryview(pixels(width, height))  # kept referenced until the drawing is done
            if buffer.readonly or buffer.nbytes < width * height * 4:
                raise ValueError(f"pixels({width}, {height}) gave no writable buffer of {width * height * 4} bytes")
            data = fz.python_mutable_buffer_data(buffer)  # MuPDF neither frees nor keeps it
        try:
            if data is None:
                pix = fz.fz_new_pixmap_with_bbox(fz.fz_device_bgr(), bbox, fz.FzSeparations(), 1)
            else:
                pix = fz.fz_new_pixmap_with_bbox_and_data(fz.fz_device_bgr(), bbox, fz.FzSeparations(), 1, data)
            fz.fz_clear_pixmap_with_value(pix, 0xFF)  # white paper, alpha 255 everywhere
            device = fz.fz_new_draw_device(fz.FzMatrix(), pix)
            try:
                fz.fz_run_page(page.this, device, ctm, fz.FzCookie())
            finally:
                fz.fz_close_device(device)
        except Exception as exc:  # noqa: BLE001 - damaged page content
            raise DocumentError(f"Page {index + 1} of {self._name} could not be drawn.") from exc
        return pix

    def close(self) -> None:
        if self._doc is not None:
            with MUPDF_LOCK:
                self._doc.close()
            self._doc, self._last = None, None

    def __enter__(self) -> "PageRenderer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _page(self, index: int) -> pymupdf.Page:
        if self._doc is None:
            raise DocumentError(f"{self._name} is closed.")
        if not 0 <= index < self.page_count:
            raise DocumentError(f"{self._name} has no page {index + 1}.")
        if self._last is None or self._last[0] != index:
            self._last = (index, self._doc.load_page(index))
        return self._last[1]


def capped_zoom(width: float, height: float, zoom: float) -> float:
    """`zoom`, reduced so the image stays within MAX_SIDE per side and MAX_PIXELS in area."""
    zoom = max(zoom, 0.01)
    zoom = min(zoom, MAX_SIDE / max(width, height, 1.0))
    return min(zoom, (MAX_PIXELS / max(width * height, 1.0)) ** 0.5)
