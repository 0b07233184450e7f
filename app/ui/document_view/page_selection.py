"""PageSelector: mouse selection, clicks and tooltips on a PageView, in canonical-text offsets.

A drag maps its two ends to (page, x, y) in PDF points and asks the services for the reading-order
range between them, so a drag from page 3 to page 4 selects across the page break. The selection
is drawn from the document geometry (DocumentText.quads), the same boxes highlights are made of.

In region mode (images; Shift+drag on other pages, plain drag with Shift on images selects OCR text)
a drag draws a rectangle on one page instead: `region` is (page, x, y, width, height) in page points.
Shift+click (no drag) with text selected extends the selection to the clicked character.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip

from app.domain.errors import SourcemarkError
from app.ui.document_view.page_view import PageView

Point = tuple[int, float, float]
DRAG_PX = 4  # a press and release closer than this is a click


class PageSelector(QObject):
    selectionChanged = Signal()
    """Fires when the selected range changes (drag, find, clear)."""
    annotationClicked = Signal(str)
    """Fires with an annotation id when the user clicks a highlight without dragging."""
    tooltipRequested = Signal(list, object)
    """Fires with the annotation ids under the mouse and the global position."""

    def __init__(self, view: PageView, range_from_points: Callable[[Point, Point], tuple[int, int]]) -> None:
        super().__init__(view)
        self._view = view
        self._range_from_points = range_from_points
        self._anchor: Point | None = None
        self._press: QPointF | None = None
        self._dragging = False
        self.range: tuple[int, int] | None = None
        self.region: tuple[int, float, float, float, float] | None = None
        self.region_mode = False  # set per document: True for images
        self._drawing_region = False
        view.viewport().installEventFilter(self)

    def set_region(self, region: tuple[int, float, float, float, float] | None) -> None:
        if region == self.region:
            return
        self.range, self.region = None, region
        by_page = {} if region is None else {region[0]: [QRectF(*region[1:])]}
        self._view.show_selection(by_page)
        self.selectionChanged.emit()

    def set_range(self, rng: tuple[int, int] | None, *, scroll: bool = False) -> None:
        text = self._view.text
        if self.region is not None:
            self.region = None
            if rng is None:
                self._view.show_selection({})
                self.selectionChanged.emit()
                return
        if rng == self.range:
            return
        self.range = rng if text is not None else None
        by_page: dict[int, list[QRectF]] = {}
        if self.range is not None and text is not None:
            quads = text.quads(*self.range)
            for q in quads:
                by_page.setdefault(q.page, []).append(QRectF(q.x0, q.y0, q.x1 - q.x0, q.y1 - q.y0))
            if scroll and quads:
                self._view.ensure_rect_visible(quads[0].page, by_page[quads[0].page][0])
        self._view.show_selection(by_page)
        self.selectionChanged.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            return self._pressed(event)
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) and self._press is not None:
            return self._moved(event)
        if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent) and self._press is not None:
            return self._released(event)
        if kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hits = self._view.marks_at(QPointF(event.pos()))
            if hits:
                self.tooltipRequested.emit(hits, event.globalPos())
            else:
                QToolTip.hideText()
            return True
        return False

    def _pressed(self, event: QMouseEvent) -> bool:
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._view.setFocus()
        self._press, self._dragging = event.position(), False
        self._anchor = self._view.page_point(event.position())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self._drawing_region = self.region_mode != shift
        if self.region is not None and not self._drawing_region:
            self.set_region(None)  # a new text selection starts: the old rectangle goes
        return True

    def _moved(self, event: QMouseEvent) -> bool:
        assert self._press is not None
        if not self._dragging and (event.position() - self._press).manhattanLength() < DRAG_PX:
            return True
        self._dragging = True
        here = self._view.page_point(event.position())
        if self._drawing_region:
            self._drag_region(here)
            return True
        if self._anchor is None or here is None or self._view.text is None:
            return True  # the text is still loading: nothing to select yet
        try:
            self.set_range(self._range_from_points(self._anchor, here))
        except SourcemarkError:
            self.set_range(None)
        return True

    def _extend_to(self, here: Point | None) -> None:
        """Grow (or, clicked inside it, shorten) the selected range so it ends at the character under `here`;
        the selection's start stays put unless the click lies before it."""
        if here is None or self.range is None or self._view.text is None:
            return
        try:
            at, after = self._range_from_points(here, here)  # the character (or OCR word) clicked
        except SourcemarkError:
            return
        lo, hi = self.range
        self.set_range((at, hi) if at < lo else (lo, after))

    def _drag_region(self, here: Point | None) -> None:
        if self._anchor is None or here is None:
            return
        page, x0, y0 = self._anchor
        if here[0] != page:  # a region stays on the page it started on
            w, h = self._view.page_size(page)
            x1, y1 = here[1], (h if here[0] > page else 0.0)
            x1 = min(max(x1, 0.0), w)
        else:
            x1, y1 = here[1], here[2]
        self.set_region((page, min(x0, x1), min(y0, y1), abs(x1 - x0), abs(y1 - y0)))

    def _released(self, event: QMouseEvent) -> bool:
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if not self._dragging and shift and self.range is not None:
            self._extend_to(self._anchor)  # Shift+click extends the text selection, as in every text editor
        elif not self._dragging:
            self.set_range(None)
            hits = self._view.marks_at(event.position())
            if hits:
                self.annotationClicked.emit(hits[0])
        self._press, self._anchor, self._dragging = None, None, False
        return True
