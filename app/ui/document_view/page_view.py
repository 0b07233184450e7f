"""PageView: continuous vertical scrolling of a paged document (PDF/EPUB), rendered off the GUI thread.

The scene is laid out in PDF points and the view's transform is the zoom, so a zoom change is
instant (the old images are stretched) while the worker re-renders visible pages at the new scale.
Placeholders take the first page's size at once and every page's exact size once the worker has
measured them, after the first render. The worker renders the first page at the fit-width scale as
soon as it has opened the document, while the view lays out the placeholders.
"""

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import add, itemgetter

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPalette, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from app.domain.annotations import Annotation
from app.domain.geometry import DocumentText
from app.ui.document_view.page_item import Mark, PageItem, shadow_colors
from app.ui.document_view.render_worker import PageSource, RenderWorker
from app.ui.document_view.text_loader import TextLoader
from app.ui.palette import CategoryColors, cue

GAP = 14.0  # points between pages
MIN_ZOOM, MAX_ZOOM, STEP = 0.25, 8.0, 1.2
MIN_FIT_ZOOM = 0.02  # fitting goes below MIN_ZOOM: a 6,000-pixel scan without a resolution is 6,000 points wide
CACHE_BYTES = 48 * 2**20  # rendered page images kept: about 15 letter pages at 150 %, enough to scroll back
SETTLE_MS = 60  # after the first page image, before text loading and page measuring start
KEEP_ITEMS = 3  # scene items kept beyond the visible pages; the others are removed
# Flat scroll bars: Fusion's gradient groove costs 1.2-1.6 ms per paint of a full-height bar (every scroll
# step and the first page's paint); these cost about 15 us. Palette roles keep them right in dark mode.
SCROLL_BARS = """
QScrollBar { background: palette(window); margin: 0; }
QScrollBar:vertical { width: 14px; }
QScrollBar:horizontal { height: 14px; }
QScrollBar::handle { background: palette(mid); border-radius: 4px; }
QScrollBar::handle:vertical { min-height: 28px; margin: 2px 3px; }
QScrollBar::handle:horizontal { min-width: 28px; margin: 3px 2px; }
QScrollBar::handle:hover, QScrollBar::handle:pressed { background: palette(dark); }
QScrollBar::add-line, QScrollBar::sub-line { width: 0; height: 0; border: none; }
QScrollBar::add-page, QScrollBar::sub-page { background: none; }
"""


class PageView(QGraphicsView):
    pageChanged = Signal(int, int)
    """Fires with (current page index, page count) when the page under the top of the view changes."""
    zoomChanged = Signal(float)
    """Fires with the new zoom (1.0 = one point per logical pixel) after zooming or fitting."""
    textLoaded = Signal()
    """Fires once the canonical text has arrived; selection and find work from then on."""
    pageRendered = Signal(int, float)
    """Fires with page index and render seconds when a page image is shown (for benchmarks and status)."""
    failed = Signal(str)
    """Fires with a one-line message when the document cannot be rendered."""
    laidOut = Signal()
    """Fires once the worker has opened the document and the placeholders are in place."""

    def __init__(self, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self.setScene(QGraphicsScene(self))
        self.setAccessibleName(self.tr("Document pages"))  # its words are in PageText: scene items have none
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        for bar in (self.verticalScrollBar(), self.horizontalScrollBar()):
            bar.setStyleSheet(SCROLL_BARS)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        backdrop = QColor(38, 39, 43) if dark else QColor(226, 227, 230)
        self.setBackgroundBrush(backdrop)
        self._shadows = shadow_colors(backdrop)
        self._items: dict[int, PageItem] = {}
        self._sizes: list[tuple[float, float]] = []  # points, per page
        self._tops: list[float] = []  # scene y of each page's top edge
        self._zoom, self._fit = 1.0, True
        self._cache: OrderedDict[int, tuple[QImage, float]] = OrderedDict()  # page -> (image, scale), LRU
        self._worker: RenderWorker | None = None
        self._loader: TextLoader | None = None
        self._load_text: Callable[[], DocumentText] | None = None
        self.text: DocumentText | None = None
        self._current = -1
        self._settling = False  # the first page arrived; text and sizes are scheduled
        self._first_scale: Callable[[float, float], float] | None = None  # what the worker renders page 1 at
        self._first_job: tuple[int, float] | None = None  # that render, until it arrives: never requested twice
        self._first_unpainted = False  # the worker holds its queue until the first page image is painted
        # One owned timer rather than singleShot lambdas: close_document stops it, so it never fires late.
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._after_first_page)
        self._marks: dict[int, list[Mark]] = {}  # kept for pages laid out later than the highlights arrive
        self._selection: dict[int, list[QRectF]] = {}
        self._selected_id: str | None = None
        self._failed_pages: dict[int, str] = {}  # page -> why it could not be drawn
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- opening and closing -------------------------------------------------------------------------------------
    def open(self, factory: Callable[[], PageSource], load_text: Callable[[], DocumentText]) -> None:
        """Start showing a document: the worker opens it; text is fetched once the first page is in."""
        self.close_document()
        self._failed_pages = {}
        self._load_text = load_text
        self._first_scale = self._scale_for_width()
        self._first_unpainted = True
        self._worker = RenderWorker(factory, self, first_scale=self._first_scale)
        self._worker.opened.connect(self._on_opened)
        self._worker.sizesReady.connect(self._on_sizes)
        self._worker.rendered.connect(self._on_rendered)
        self._worker.pageFailed.connect(self._on_page_failed)
        self._worker.failed.connect(self.failed)
        self._worker.start()

    def close_document(self) -> None:
        for thread in (self._worker, self._loader):
            if thread is not None:
                thread.blockSignals(True)
                if isinstance(thread, RenderWorker):
                    thread.stop()
                else:
                    thread.wait()  # text extraction cannot be interrupted; it is read-only
        self._worker = self._loader = None
        self._settle.stop()
        self.text, self._load_text, self._current, self._settling = None, None, -1, False
        self._first_scale, self._first_job, self._first_unpainted = None, None, False
        self._marks, self._selection, self._selected_id = {}, {}, None
        self._cache.clear()
        self.scene().clear()
        self._items, self._sizes, self._tops = {}, [], []

    @property
    def worker(self) -> RenderWorker | None:
        return self._worker

    def page_count(self) -> int:
        return len(self._sizes)

    # -- layout: every page has a slot, only pages near the viewport have an item ------------------------------
    def _on_opened(self, count: int, width: float, height: float) -> None:
        if self._first_scale is not None and count:
            self._first_job = (0, self._first_scale(width, height))  # already being drawn by the worker
        self._layout([(width, height)] * count)
        if self._fit and count:
            self._apply_zoom(fit_zoom(self._room(), width), fit=True)  # every page is this wide for now
        self.verticalScrollBar().setValue(0)  # a new document starts at its first page, at its left edge
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().minimum())
        self._current = -1
        self._on_scrolled()  # once: creates the visible items, requests their images, announces the page count
        self.laidOut.emit()

    def _on_sizes(self) -> None:
        if self._worker is None or len(self._worker.sizes) != len(self._sizes):
            return
        self._layout(list(self._worker.sizes))
        self._on_scrolled()

    def _layout(self, sizes: list[tuple[float, float]]) -> None:
        # Page i's top is GAP plus the heights and gaps above it (C loops: the first page waits for this).
        tops = list(accumulate(map(add, map(itemgetter(1), sizes), repeat(GAP)), initial=GAP))
        y = tops.pop()
        self._sizes, self._tops = sizes, tops
        for index, item in self._items.items():
            item.resize(*sizes[index])
            item.setPos(-sizes[index][0] / 2, tops[index])
        widest = max((w for w, _ in sizes), default=0.0)
        self.scene().setSceneRect(QRectF(-widest / 2 - GAP, 0, widest + 2 * GAP, y))

    def item(self, index: int) -> PageItem:
        """The scene item of a page, created on demand (a 1,000-page document keeps only a handful)."""
        item = self._items.get(index)
        if item is None:
            w, h = self._sizes[index]
            item = PageItem(index, w, h)
            item.shadows = self._shadows
            item.setPos(-w / 2, self._tops[index])
            item.marks, item.selected_id = self._marks.get(index, []), self._selected_id
            item.selection = self._selection.get(index, [])
            item.error = self._failed_pages.get(index, "")
            if index in self._cache:
                item.image, item.image_scale = self._cache[index]
            self.scene().addItem(item)
            self._items[index] = item
        return item

    def _sync_items(self) -> list[int]:
        visible = self.visible_pages()
        if not visible:
            return []
        keep = range(max(visible[0] - KEEP_ITEMS, 0), min(visible[-1] + KEEP_ITEMS + 1, len(self._sizes)))
        for index in [i for i in self._items if i not in keep]:
            self.scene().removeItem(self._items.pop(index))
        for index in visible:
            self.item(index)
        return visible

    def page_at_y(self, y: float) -> int:
        return min(max(bisect_right(self._tops, y) - 1, 0), max(len(self._tops) - 1, 0))

    def page_origin(self, index: int) -> QPointF:
        """Scene position of a page's top-left corner."""
        return QPointF(-self._sizes[index][0] / 2, self._tops[index])

    def visible_pages(self) -> list[int]:
        if not self._sizes:
            return []
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        return list(range(self.page_at_y(area.top()), self.page_at_y(area.bottom()) + 1))

    # -- rendering -----------------------------------------------------------------------------------------------
    def render_scale(self) -> float:
        return round(self._zoom * self.devicePixelRatioF(), 3)

    def _request_visible(self, visible: list[int]) -> None:
        if self._worker is None or not visible:
            return
        around = [p for p in (visible[-1] + 1, visible[0] - 1) if 0 <= p < len(self._sizes)]
        scale = self.render_scale()
        self._worker.request([(p, scale) for p in visible + around
                              if self._cached_scale(p) != scale and (p, scale) != self._first_job])

    def _cached_scale(self, page: int) -> float:
        return self._cache[page][1] if page in self._cache else 0.0

    def _on_page_failed(self, page: int, message: str) -> None:
        self._failed_pages[page] = message
        if page in self._items:
            self._items[page].error = message
            self._items[page].update()

    def _on_rendered(self, page: int, scale: float, image: QImage, seconds: float) -> None:
        if (page, scale) == self._first_job:
            self._first_job = None
        if page >= len(self._sizes):
            return
        if scale != self.render_scale() and page in self._cache:
            return  # a stale zoom: the page already shows something at least as useful
        self._cache[page] = (image, scale)
        self._cache.move_to_end(page)
        if page in self._items:
            self._items[page].set_image(image, scale)
            if self._first_unpainted:
                self._items[page].painted = self._first_image_painted
        self._evict()
        self.pageRendered.emit(page, seconds)
        if not self._settling and self._loader is None and self._load_text is not None:
            # The first page is in: once it is on screen, fetch the text and measure all pages. Both
            # compete for the interpreter lock, so they wait until the first paint is done.
            self._settling = True
            self._settle.start()

    def _first_image_painted(self) -> None:
        # Called from inside the paint; the worker goes on once the whole paint event is over.
        if self._first_unpainted and self._worker is not None:
            self._first_unpainted = False
            QTimer.singleShot(0, self._worker.first_painted)

    def _after_first_page(self) -> None:
        if self._worker is not None:
            self._worker.measure_sizes()
        if self.text is None and self._loader is None and self._load_text is not None:
            self._loader = TextLoader(self._load_text, self)
            self._loader.loaded.connect(self._on_text)
            self._loader.start()

    def _evict(self) -> None:
        used = sum(img.sizeInBytes() for img, _ in self._cache.values())
        visible = set(self.visible_pages())
        for page in list(self._cache):
            if used <= CACHE_BYTES:
                break
            if page in visible:
                continue
            used -= self._cache.pop(page)[0].sizeInBytes()
            if page in self._items:
                self._items[page].set_image(None, 0.0)

    def _on_text(self) -> None:
        if self._loader is None or self._loader.text is None:
            return
        self.text = self._loader.text
        self.textLoaded.emit()

    def _on_scrolled(self) -> None:
        self._request_visible(self._sync_items())
        if self._sizes:
            current = self.page_at_y(self.mapToScene(0, self.viewport().height() // 3).y())
            if current != self._current:
                self._current = current
                self.pageChanged.emit(current, len(self._sizes))

    # -- zoom and navigation -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        self._apply_zoom(zoom, fit=fit)
        self._on_scrolled()

    def _apply_zoom(self, zoom: float, *, fit: bool) -> None:
        # a fit may go below MIN_ZOOM; zooming out from there stays there rather than jumping back to MIN_ZOOM
        floor = MIN_FIT_ZOOM if fit else min(MIN_ZOOM, self._zoom)
        self._zoom, self._fit = min(max(zoom, floor), MAX_ZOOM), fit
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))
        self.zoomChanged.emit(self._zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / STEP)

    def fit_width(self) -> None:
        widest = max((w for w, _ in self._sizes), default=0.0)
        if widest > 0:
            self.set_zoom(fit_zoom(self._room(), widest), fit=True)

    def _room(self) -> float:
        """Width available to pages, the same whether or not the vertical scroll bar is showing (so it
        appearing after the layout does not change the fit zoom and re-render everything)."""
        return self.maximumViewportSize().width() - 2 * GAP - self.verticalScrollBar().sizeHint().width()

    def _scale_for_width(self) -> Callable[[float, float], float]:
        """render_scale() as it will be once pages of this width are laid out (for the worker's first render)."""
        room, dpr, fit, zoom = self._room(), self.devicePixelRatioF(), self._fit, self._zoom

        def scale(width: float, height: float) -> float:
            return round((fit_zoom(room, width) if fit else zoom) * dpr, 3)

        return scale

    def _fit_if_needed(self) -> None:
        if self._fit:
            top = self.mapToScene(0, 0).y()  # a resize is not a scroll: the line at the top stays at the top
            self.fit_width()  # (the zoom alone keeps the view's centre, which moved a page opened at its top)
            self.scroll_to_y(top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_if_needed()
        self._on_scrolled()

    def go_to_page(self, index: int) -> None:
        if not self._sizes:
            return
        index = min(max(index, 0), len(self._sizes) - 1)
        self.scroll_to_y(self._tops[index] - GAP / 2)

    def scroll_to_y(self, y: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round((y - self.mapToScene(0, 0).y()) * self._zoom))

    def ensure_rect_visible(self, page: int, rect: QRectF) -> None:
        """Scroll a rectangle of a page into the middle of the view, only if it is not already in view."""
        if 0 <= page < len(self._sizes):
            target = rect.translated(self.page_origin(page))
            shown = self.mapToScene(self.viewport().rect()).boundingRect()
            if not shown.contains(target):
                self.centerOn(target.center())

    def current_page(self) -> int:
        return max(self._current, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if event.key() in moves:
            self.go_to_page(self.current_page() + moves[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to_page(len(self._sizes) - 1)
        else:
            super().keyPressEvent(event)

    # -- highlights and selection ----------------------------------------------------------------------------
    def set_highlights(self, annotations: list[Annotation], selected: str | None = None) -> None:
        marks = self._marks = {}
        self._selected_id = selected
        for ann in annotations:
            color = self._colors.color(ann.category, alpha=150)  # multiplied: overlaps darken but stay legible
            for q in ann.quads:
                marks.setdefault(q.page, []).append(Mark(QRectF(q.x0, q.y0, q.x1 - q.x0, q.y1 - q.y0), color, ann.id,
                                                         outlined=ann.region, cue=cue(ann.category)))
        for item in self._items.values():
            item.selected_id = selected
            if marks.get(item.index) or item.marks:
                item.set_marks(marks.get(item.index, []))

    def show_selection(self, rects_by_page: dict[int, list[QRectF]]) -> None:
        self._selection = rects_by_page
        for item in self._items.values():
            item.set_selection(rects_by_page.get(item.index, []))

    def page_point(self, view_pos: QPointF) -> tuple[int, float, float] | None:
        """(page, x, y) in points under a viewport position, clamped onto the nearest page (gaps included)."""
        if not self._sizes:
            return None
        scene = self.mapToScene(view_pos.toPoint())
        index = self.page_at_y(scene.y())
        local = scene - self.page_origin(index)
        w, h = self._sizes[index]
        return index, min(max(local.x(), 0.0), w), min(max(local.y(), 0.0), h)

    def page_size(self, index: int) -> tuple[float, float]:
        """Width and height of a laid-out page in points."""
        return self._sizes[index]

    def marks_at(self, view_pos: QPointF) -> list[str]:
        point = self.page_point(view_pos)
        return self.item(point[0]).marks_at(QPointF(point[1], point[2])) if point else []


def fit_zoom(room: float, widest: float) -> float:
    """The zoom at which pages `widest` points wide, plus the gaps, fill `room` pixels."""
    return min(max(max(room, 50) / (widest + 2 * GAP), MIN_FIT_ZOOM), MAX_ZOOM)
