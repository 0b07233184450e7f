"""RenderWorker: renders PDF/EPUB pages off the GUI thread (QualCoder's worker design).

- The worker builds its own PageRenderer from the factory inside `run`, so its PyMuPDF handle is
  created and used on one thread only.
- The GUI replaces the whole pending list on every scroll (`request`), so pages the user has
  scrolled past are never rendered: only the newest wishes count.
- Pixels are copied into a QImage that owns them before the image crosses threads.
- Huge renders are capped by PageRenderer itself (pixels per side and in area), so a zoom of
  800 % on a poster cannot exhaust memory.
"""

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtGui import QImage

from app.domain.raster import RawImage

SIZE_CHUNK = 50  # pages measured between two looks at the render queue


def to_qimage(raw: RawImage) -> QImage:
    """A QImage that owns its pixels, in the format the raster engine blits without converting.

    convertToFormat allocates new pixels (the format differs), so like .copy() it detaches the image
    from the Python bytes; doing it here keeps the per-paint RGB888 -> RGB32 conversion off the GUI thread.
    """
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
    """Fires with page index, scale, image and the seconds the render took (PageRenderer + QImage copy)."""
    failed = Signal(str)
    """Fires with a one-line message when the document cannot be opened in the worker."""

    def __init__(self, factory: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._cond = threading.Condition()
        self._pending: list[tuple[int, float]] = []
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
            self._pending = list(pages)
            self._cond.notify()

    def measure_sizes(self) -> None:
        """Measure every page when idle (the GUI asks once the first page is on screen)."""
        with self._cond:
            self._sizes_wanted = True
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
            count = renderer.page_count  # type: ignore[attr-defined]
            w, h = renderer.page_size(0) if count else (0.0, 0.0)  # type: ignore[attr-defined]
            self.opened.emit(count, float(w), float(h))
        except Exception as exc:  # noqa: BLE001 - any loader error becomes a message in the view
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        sizes: list[tuple[float, float]] = []
        try:
            while True:
                # Block for work unless page sizes are owed; renders always go first.
                job = self._next(block=not self._sizes_wanted)
                if self._stopping:
                    return
                if job is None:
                    # Measure in small chunks so a render request never waits long behind this.
                    sizes += [renderer.page_size(i)  # type: ignore[attr-defined]
                              for i in range(len(sizes), min(len(sizes) + SIZE_CHUNK, count))]
                    if len(sizes) == count:
                        self._sizes_wanted = False
                        self.sizes = sizes
                        self.sizesReady.emit()
                    continue
                page, scale = job
                started = time.perf_counter()
                raw: RawImage = renderer.render(page, scale)  # type: ignore[attr-defined]
                image = to_qimage(raw)
                self.render_thread_ids.add(threading.get_ident())
                self.rendered.emit(page, scale, image, time.perf_counter() - started)
        finally:
            renderer.close()  # type: ignore[attr-defined]

    def _next(self, *, block: bool) -> tuple[int, float] | None:
        with self._cond:
            while block and not self._pending and not self._stopping and not self._sizes_wanted:
                self._cond.wait()
            if self._stopping or not self._pending:
                return None
            return self._pending.pop(0)

