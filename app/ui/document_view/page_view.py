"""PageView: continuous vertical scrolling of a paged document (PDF/EPUB), rendered off the GUI thread.

The scene is laid out in PDF points and the view's transform is the zoom, so a zoom change is
instant (the old images are stretched) while the worker re-renders visible pages at the new scale.
Placeholders take the first page's size at once and every page's exact size once the worker has
measured them, after the first render.
"""

from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeyEvent, QPainter, QPalette, QResizeEvent, QTransform
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QWidget

from app.domain.annotations import Annotation
from app.domain.geometry import DocumentText
from app.ui.document_view.page_item import Mark, PageItem
from app.ui.document_view.render_worker import RenderWorker
from app.ui.document_view.text_loader import TextLoader
from app.ui.palette import CategoryColors

GAP = 14.0  # points between pages
MIN_ZOOM, MAX_ZOOM, STEP = 0.25, 8.0, 1.2
CACHE_BYTES = 160 * 2**20  # rendered page images kept; about 35 letter pages at 150 %


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
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        self.setDragMode(QGraphicsView.DragMode.NoDrag)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        self.setBackgroundBrush(QColor(38, 39, 43) if dark else QColor(226, 227, 230))
        self.items_: list[PageItem] = []
        self._tops: list[float] = []
        self._zoom, self._fit = 1.0, True
        self._cache: OrderedDict[int, QImage] = OrderedDict()
        self._worker: RenderWorker | None = None
        self._loader: TextLoader | None = None
        self._load_text: Callable[[], DocumentText] | None = None
        self.text: DocumentText | None = None
        self._current = -1
        self._marks: dict[int, list[Mark]] = {}  # kept for pages laid out later than the highlights arrive
        self._selected_id: str | None = None
        self.verticalScrollBar().valueChanged.connect(self._on_scrolled)

    # -- opening and closing -------------------------------------------------------------------------------------
    def open(self, factory: Callable[[], object], load_text: Callable[[], DocumentText]) -> None:
        """Start showing a document: the worker opens it; text is fetched once the first page is in."""
        self.close_document()
        self._load_text = load_text
        self._worker = RenderWorker(factory, self)
        self._worker.opened.connect(self._on_opened)
        self._worker.sizesReady.connect(self._on_sizes)
        self._worker.rendered.connect(self._on_rendered)
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
        self.text, self._load_text, self._current = None, None, -1
        self._marks, self._selected_id = {}, None
        self._cache.clear()
        self.scene().clear()
        self.items_, self._tops = [], []

    @property
    def worker(self) -> RenderWorker | None:
        return self._worker

    def page_count(self) -> int:
        return len(self.items_)

    # -- layout --------------------------------------------------------------------------------------------------
    def _on_opened(self, count: int, first: list[float]) -> None:
        self._layout([(first[0], first[1])] * count)
        self._fit_if_needed()
        self._request_visible()
        self._current = -1
        self._on_scrolled()  # announce the page count and current page
        self.laidOut.emit()

    def _on_sizes(self, sizes: list[list[float]]) -> None:
        self._layout([(w, h) for w, h in sizes])
        self._request_visible()

    def _layout(self, sizes: list[tuple[float, float]]) -> None:
        scene = self.scene()
        while len(self.items_) < len(sizes):
            item = PageItem(len(self.items_), *sizes[len(self.items_)])
            item.marks, item.selected_id = self._marks.get(item.index, []), self._selected_id
            scene.addItem(item)
            self.items_.append(item)
        y, tops = GAP, []
        for item, (w, h) in zip(self.items_, sizes):
            item.resize(w, h)
            item.setPos(-w / 2, y)
            tops.append(y)
            y += h + GAP
        self._tops = tops
        widest = max((w for w, _ in sizes), default=0.0)
        scene.setSceneRect(QRectF(-widest / 2 - GAP, 0, widest + 2 * GAP, y))

    def page_at_y(self, y: float) -> int:
        return min(max(bisect_right(self._tops, y) - 1, 0), max(len(self._tops) - 1, 0))

    def visible_pages(self) -> list[int]:
        if not self.items_:
            return []
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        return list(range(self.page_at_y(area.top()), self.page_at_y(area.bottom()) + 1))

    # -- rendering -----------------------------------------------------------------------------------------------
    def render_scale(self) -> float:
        return round(self._zoom * self.devicePixelRatioF(), 3)

    def _request_visible(self) -> None:
        if self._worker is None or not self.items_:
            return
        visible = self.visible_pages()
        around = [p for p in (visible[-1] + 1, visible[0] - 1) if 0 <= p < len(self.items_)]
        scale = self.render_scale()
        wanted = [(p, scale) for p in visible + around if self.items_[p].image_scale != scale]
        self._worker.request(wanted)

    def _on_rendered(self, page: int, scale: float, image: QImage, seconds: float) -> None:
        if page >= len(self.items_):
            return
        item = self.items_[page]
        if scale != self.render_scale() and item.image is not None:
            return  # a stale zoom: the page already shows something at least as useful
        item.set_image(image, scale)
        self._cache[page] = image
        self._cache.move_to_end(page)
        self._evict()
        self.pageRendered.emit(page, seconds)
        if self.text is None and self._loader is None and self._load_text is not None:
            self._loader = TextLoader(self._load_text, self)
            self._loader.loaded.connect(self._on_text)
            self._loader.start()

    def _evict(self) -> None:
        used = sum(img.sizeInBytes() for img in self._cache.values())
        visible = set(self.visible_pages())
        for page in list(self._cache):
            if used <= CACHE_BYTES:
                break
            if page in visible:
                continue
            used -= self._cache.pop(page).sizeInBytes()
            self.items_[page].set_image(None, 0.0)

    def _on_text(self, text: DocumentText) -> None:
        self.text = text
        self.textLoaded.emit()

    def _on_scrolled(self) -> None:
        self._request_visible()
        if self.items_:
            current = self.page_at_y(self.mapToScene(0, self.viewport().height() // 3).y())
            if current != self._current:
                self._current = current
                self.pageChanged.emit(current, len(self.items_))

    # -- zoom and navigation -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float, *, fit: bool = False) -> None:
        self._zoom, self._fit = min(max(zoom, MIN_ZOOM), MAX_ZOOM), fit
        self.setTransform(QTransform.fromScale(self._zoom, self._zoom))
        self.zoomChanged.emit(self._zoom)
        self._request_visible()

    def zoom_in(self) -> None:
        self.set_zoom(self._zoom * STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self._zoom / STEP)

    def fit_width(self) -> None:
        widest = max((item.width for item in self.items_), default=0.0)
        if widest > 0:
            room = self.viewport().width() - 2 * GAP - self.verticalScrollBar().sizeHint().width()
            self.set_zoom(max(room, 50) / (widest + 2 * GAP), fit=True)

    def _fit_if_needed(self) -> None:
        if self._fit:
            self.fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_if_needed()
        self._request_visible()

    def go_to_page(self, index: int) -> None:
        if not self.items_:
            return
        index = min(max(index, 0), len(self.items_) - 1)
        self.scroll_to_y(self._tops[index] - GAP / 2)

    def scroll_to_y(self, y: float) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + round((y - self.mapToScene(0, 0).y()) * self._zoom))

    def ensure_rect_visible(self, page: int, rect: QRectF) -> None:
        if 0 <= page < len(self.items_):
            self.centerOn(self.items_[page].mapToScene(rect.center()))

    def current_page(self) -> int:
        return max(self._current, 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        moves = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        if event.key() in moves:
            self.go_to_page(self.current_page() + moves[Qt.Key(event.key())])
        elif event.key() == Qt.Key.Key_Home:
            self.go_to_page(0)
        elif event.key() == Qt.Key.Key_End:
            self.go_to_page(len(self.items_) - 1)
        else:
            super().keyPressEvent(event)

    # -- highlights and selection ----------------------------------------------------------------------------
    def set_highlights(self, annotations: list[Annotation], selected: str | None = None) -> None:
        marks = self._marks = {}
        self._selected_id = selected
        for ann in annotations:
            color = self._colors.color(ann.category, alpha=150)  # multiplied: overlaps darken but stay legible
            for q in ann.quads:
                marks.setdefault(q.page, []).append(Mark(QRectF(q.x0, q.y0, q.x1 - q.x0, q.y1 - q.y0), color, ann.id))
        for item in self.items_:
            item.selected_id = selected
            if marks.get(item.index) or item.marks:
                item.set_marks(marks.get(item.index, []))

    def show_selection(self, rects_by_page: dict[int, list[QRectF]]) -> None:
        for item in self.items_:
            item.set_selection(rects_by_page.get(item.index, []))

    def page_point(self, view_pos: QPointF) -> tuple[int, float, float] | None:
        """(page, x, y) in points under a viewport position, clamped onto the nearest page (gaps included)."""
        if not self.items_:
            return None
        scene = self.mapToScene(view_pos.toPoint())
        item = self.items_[self.page_at_y(scene.y())]
        local = item.mapFromScene(scene)
        return item.index, min(max(local.x(), 0.0), item.width), min(max(local.y(), 0.0), item.height)

    def marks_at(self, view_pos: QPointF) -> list[str]:
        point = self.page_point(view_pos)
        return self.items_[point[0]].marks_at(QPointF(point[1], point[2])) if point else []
