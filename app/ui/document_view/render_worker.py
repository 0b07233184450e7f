"""RenderWorker: renders PDF/EPUB pages off the GUI thread (QualCoder's worker design).

- The worker builds its own PageRenderer from the factory inside `run`, so its PyMuPDF handle is
  created and used on one thread only.
- The GUI replaces the whole pending list on every scroll (`request`), so pages the user has
  scrolled past are never rendered: only the newest wishes count.
- The first page is rendered straight after opening, at the scale the view will want (the view
  passes `first_scale`), without a round trip to the GUI thread; the worker then holds further
  renders until the view has painted it (or briefly at most), because PyMuPDF keeps the interpreter
  lock while drawing and would otherwise delay that paint by a page or two.
- MuPDF draws straight into the pixels of the QImage that crosses threads (ARGB32_Premultiplied,
  MuPDF's BGRA on little-endian machines), which the raster engine blits without converting: no
  copy of the page's bytes anywhere. A page drawn while scrolling finds its memory out of the CPU
  caches, so every pass over 4 MB of pixels that is saved shows.
- Huge renders are capped by PageRenderer itself (pixels per side and in area), so a zoom of
  800 % on a poster cannot exhaust memory.
"""

import sys
import threading
import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from app.domain.raster import RawImage

SIZE_CHUNK = 50  # pages measured between two looks at the render queue
FIRST_PAINT_WAIT = 0.1  # seconds the worker waits at most for the view to paint the first page
LITTLE_ENDIAN = sys.byteorder == "little"  # MuPDF's BGRA bytes are Qt's ARGB32 words only there


class PageSource(Protocol):
    """What the worker uses of a PageRenderer (app.documents.render, which the UI does not import)."""

    page_count: int

    def page_size(self, index: int) -> tuple[float, float]: ...
    def render(self, index: int, zoom: float) -> RawImage: ...
    def render_bgra_into(self, index: int, zoom: float, pixels: Callable[[int, int], memoryview]) -> tuple[int, int]: ...
    def close(self) -> None: ...


def draw_qimage(renderer: PageSource, page: int, scale: float) -> QImage:
    """Page `page` at `scale`, drawn by MuPDF into a new ARGB32_Premultiplied image's own pixels."""
    image = QImage()

    def pixels(width: int, height: int) -> memoryview:
        nonlocal image
        image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        if image.isNull():
            raise MemoryError(f"no memory for a {width} x {height} page image")
        return memoryview(image.bits())  # rows of 4 * width bytes: 32-bit pixels are always aligned

    renderer.render_bgra_into(page, scale, pixels)
    return image


def to_qimage(raw: RawImage) -> QImage:
    """A QImage in the format the raster engine blits without converting, keeping its pixels alive.

    RGB888 (from `render`) is converted, which allocates pixels the image owns. BGRA bytes (from
    `render_bgra`, stride 4 * width) are wrapped as they are: PySide keeps a reference to the bytes
    object for as long as the QImage (or any implicitly shared copy) exists, and bytes never change.
    """
    if raw.format == "BGRA_PREMULTIPLIED":
        return QImage(raw.samples, raw.width, raw.height, raw.stride, QImage.Format.Format_ARGB32_Premultiplied)
    image = QImage(raw.samples, raw.width, raw.height, raw.stride, QImage.Format.Format_RGB888)
    return image.convertToFormat(QImage.Format.Format_RGB32)


class RenderWorker(QThread):
    # Signals carry only Qt/scalar types: Python containers sent through queued connections from
    # this thread crashed PySide 6.12 ("deallocating None"), so results wait in attributes instead.
    opened = Signal(int, float, float)
    """Fires once the worker's document is open, with the page count and the first page's width and height."""
    sizesReady = Signal()
    """Fires when `sizes` holds every page's (w, h) in points (after `measure_sizes`, between renders)."""
    rendered = Signal(int, float, QImage, float)
    """Fires with page index, scale, image and the seconds the render took (MuPDF drawing into the image)."""
    failed = Signal(str)
    """Fires with a one-line message when the document cannot be opened in the worker."""
    pageFailed = Signal(int, str)
    """Fires with a page index and a one-line message when that page cannot be drawn; the others go on."""

    def __init__(self, factory: Callable[[], PageSource], parent: QObject | None = None, *,
                 first_scale: Callable[[float, float], float] | None = None) -> None:
        """`first_scale(width, height)` gives the scale to render page 1 at as soon as the document is
        open (called on the worker thread with page 1's size in points; it must not touch widgets)."""
        super().__init__(parent)
        self._factory = factory
        self._first_scale = first_scale
        self._held = False  # renders wait until the view has painted the first page (first_painted)
        self._cond = threading.Condition()
        self._pending: list[tuple[int, float]] = []
        self._drawing: tuple[int, float] | None = None  # the job being rendered: not queued again
        self._stopping = False
        self._sizes_wanted = False
        self.render_thread_ids: set[int] = set()  # for tests: which threads ran renders
        self.dropped = 0  # requests replaced before they were rendered
        self.sizes: list[tuple[float, float]] = []  # every page's size, once sizesReady has fired

    # -- GUI thread ------------------------------------------------------------------------------------------
    def request(self, pages: list[tuple[int, float]]) -> None:
        """Replace the pending queue: render these (page, scale) pairs, in this order, and nothing else."""
        with self._cond:
            self.dropped += sum(1 for p in self._pending if p not in pages)
            self._pending = [p for p in pages if p != self._drawing]  # its image is on its way
            self._cond.notify()

    def measure_sizes(self) -> None:
        """Measure every page when idle (the GUI asks once the first page is on screen)."""
        with self._cond:
            self._sizes_wanted = True
            self._cond.notify()

    def first_painted(self) -> None:
        """The view has painted the first page: go on with the queue."""
        with self._cond:
            self._held = False
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._pending = []
            self._cond.notify()
        self.wait()

    # -- worker thread -------------------------------------------------------------------------------------
    def run(self) -> None:
        try:
            renderer = self._factory()
            count = renderer.page_count
            w, h = renderer.page_size(0) if count else (0.0, 0.0)
            self.opened.emit(count, float(w), float(h))
        except Exception as exc:  # noqa: BLE001 - any loader error becomes a message in the view
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        if LITTLE_ENDIAN:
            def render(page: int, scale: float) -> QImage:
                return draw_qimage(renderer, page, scale)
        else:
            def render(page: int, scale: float) -> QImage:
                return to_qimage(renderer.render(page, scale))
        sizes: list[tuple[float, float]] = []
        try:
            if self._first_scale is not None and count:
                # No round trip: the view lays out the placeholders while this page is drawn.
                with self._cond:
                    self._held = True
                self._render(render, 0, self._first_scale(float(w), float(h)))
                with self._cond:  # hold the queue until it is painted: drawing holds the GIL
                    self._cond.wait_for(lambda: not self._held or self._stopping, timeout=FIRST_PAINT_WAIT)
                    self._held = False
            while True:
                # Block for work unless page sizes are owed; renders always go first.
                job = self._next(block=not self._sizes_wanted)
                if self._stopping:
                    return
                if job is None:
                    # Measure in small chunks so a render request never waits long behind this.
                    sizes += [renderer.page_size(i)
                              for i in range(len(sizes), min(len(sizes) + SIZE_CHUNK, count))]
                    if len(sizes) == count:
                        self._sizes_wanted = False
                        self.sizes = sizes
                        self.sizesReady.emit()
                    continue
                try:
                    self._render(render, *job)
                finally:
                    with self._cond:
                        self._drawing = None
        finally:
            renderer.close()

    def _render(self, render: Callable[[int, float], QImage], page: int, scale: float) -> None:
        started = time.perf_counter()
        try:
            image = render(page, scale)
        except Exception as exc:  # noqa: BLE001 - one damaged page must not stop the other pages
            self.pageFailed.emit(page, str(exc) or type(exc).__name__)
            return
        self.render_thread_ids.add(threading.get_ident())
        self.rendered.emit(page, scale, image, time.perf_counter() - started)

    def _next(self, *, block: bool) -> tuple[int, float] | None:
        with self._cond:
            while block and not self._pending and not self._stopping and not self._sizes_wanted:
                self._cond.wait()
            if self._stopping or not self._pending:
                return None
            self._drawing = self._pending.pop(0)
            return self._drawing

