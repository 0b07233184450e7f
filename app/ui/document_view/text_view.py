"""TextView: a read-only reader for the canonical text of text/HTML documents, with painted highlights.

The widget holds the canonical text exactly, so a document position is a text offset; only the
unit differs (Qt counts UTF-16, the project counts code points), which `OffsetMap` converts.
Highlights are painted under the text rather than set as character formats: overlapping
highlights are drawn as stacked horizontal bands, one per annotation, so each stays visible.
"""

from bisect import bisect_left
from typing import NamedTuple, cast

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from app.domain.annotations import Annotation
from app.domain.word_snap import snap_to_words
from app.ui.document_view.offsets import OffsetMap
from app.ui.palette import CategoryColors, cue

_XAndPosition = tuple[float, int]  # what QTextLine.cursorToX returns

COLUMN_WIDTH = 760  # px: about 75 characters of the reading font, a comfortable line length
READING_FONT = ("Georgia", "Noto Serif", "DejaVu Serif", "Liberation Serif", "serif")
POINT_SIZE = 12
CUE_WIDTH = 1.5  # px: the underline that tells categories apart without colour


class _Span(NamedTuple):  # a tuple: tens of thousands are built each time a big document opens
    start: int  # UTF-16 positions, ready for the layout
    end: int
    annotation_id: str
    color: QColor
    cue: Qt.PenStyle  # the line under it: the category's second cue besides colour


class TextView(QPlainTextEdit):
    annotationClicked = Signal(str)
    """Fires with an annotation id when the user clicks (without dragging) on a highlight."""
    tooltipRequested = Signal(list, object)
    """Fires with the annotation ids under the mouse and the global position, for the host to show links."""

    def __init__(self, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colors = colors
        self._map = OffsetMap("")
        self._text = ""
        self._spans: list[_Span] = []  # sorted by start
        self._starts: list[int] = []
        self._longest = 0
        self._selected: str | None = None
        self._press: QPointF | None = None
        self._annotations: list[Annotation] = []
        self.setReadOnly(True)
        self.setAccessibleName(self.tr("Document text"))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFrameShape(QPlainTextEdit.Shape.NoFrame)
        font = QFont()
        font.setFamilies(list(READING_FONT))
        font.setPointSize(POINT_SIZE)
        self.setFont(font)
        self.document().setDocumentMargin(28)
        # The side margins that centre the column are painted with the window role: make it the page colour.
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, pal.color(QPalette.ColorRole.Base))
        self.setPalette(pal)
        self.setAutoFillBackground(True)

    # -- content -------------------------------------------------------------------------------------------------
    def set_text(self, text: str) -> None:
        self._map = OffsetMap(text)
        self._text = text  # the canonical text, for word snapping in code points
        self._spans, self._starts, self._selected = [], [], None
        self.setPlainText(text)

    def offsets(self) -> OffsetMap:
        return self._map

    def set_highlights(self, annotations: list[Annotation]) -> None:
        self._annotations = annotations  # kept to recolour when the light/dark scheme changes
        to_qt = self._map.to_qt
        colors: dict[str, QColor] = {}  # one QColor per category, not one per highlight
        # On a dark page the light text needs a dark-tinted highlight: the full colour would leave
        # white letters on amber. Translucent over the dark base keeps the hue and the contrast (4.5:1).
        page, ink = self.palette().color(QPalette.ColorRole.Base), self.palette().color(QPalette.ColorRole.Text)

        def color(category: str) -> QColor:
            found = colors.get(category)
            if found is None:
                found = colors[category] = self._colors.reading_color(category, page, ink)
            return found

        spans = [
            _Span(to_qt(a.start), to_qt(a.end), a.id, color(a.category), cue(a.category))
            for a in annotations
            if 0 <= a.start < a.end <= self._map.length
        ]
        spans.sort()  # by start, then end (ids break ties; colours are never compared)
        self._spans = spans
        self._starts = [s.start for s in spans]
        self._longest = max((s.end - s.start for s in spans), default=0)
        self.viewport().update()

    def set_selected_annotation(self, annotation_id: str | None) -> None:
        self._selected = annotation_id
        span = next((s for s in self._spans if s.annotation_id == annotation_id), None)
        if span is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(span.start)
            bar = self.verticalScrollBar()
            before = bar.value()
            self.setTextCursor(cursor)
            bar.setValue(before)  # the reader stays put (link, undo, click) ...
            if not self.viewport().rect().contains(self.cursorRect(cursor)):
                self.centerCursor()  # ... unless the highlight is off-screen
        self.viewport().update()

    # -- selection in code points ------------------------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return self._map.from_qt(cursor.selectionStart()), self._map.from_qt(cursor.selectionEnd())

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_qt(start))
        cursor.setPosition(self._map.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def cursor_offset(self) -> int:
        return self._map.from_qt(self.textCursor().position())

    def reset_zoom(self) -> None:
        font = self.font()
        font.setPointSize(POINT_SIZE)
        self.setFont(font)

    # -- geometry ------------------------------------------------------------------------------------------------
    def _visible_spans(self) -> list[_Span]:
        block = self.firstVisibleBlock()
        if not block.isValid():
            return []
        top = block.position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position() + 1
        first = bisect_left(self._starts, top - self._longest)
        last = bisect_left(self._starts, bottom)
        return [s for s in self._spans[first:last] if s.end > top]

    def _rects(self, start: int, end: int) -> list[QRectF]:
        """Viewport rectangles, one per line, covering UTF-16 range [start, end)."""
        out: list[QRectF] = []
        doc, offset = self.document(), self.contentOffset()
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            geo = self.blockBoundingGeometry(block).translated(offset)
            if geo.top() > self.viewport().height():
                break
            layout, base = block.layout(), block.position()
            origin = layout.position()
            # Start at the line holding `start` (a binary search in Qt) rather than at the block's first
            # line: a long paragraph has thousands of lines, and this runs per highlight per paint.
            first = layout.lineForTextPosition(max(start, base) - base)
            i = first.lineNumber() if first.isValid() else 0
            while i < layout.lineCount():
                line = layout.lineAt(i)
                i += 1
                ls, le = base + line.textStart(), base + line.textStart() + line.textLength()
                if ls >= end:
                    break
                s, e = max(start, ls), min(end, le)
                if s >= e:
                    continue
                # PySide returns (x, position); its stubs say `object`
                x0 = cast(_XAndPosition, line.cursorToX(s - base))[0]
                x1 = cast(_XAndPosition, line.cursorToX(e - base))[0]
                out.append(QRectF(geo.left() + origin.x() + x0, geo.top() + origin.y() + line.y(), x1 - x0,
                                  line.height()))
            block = block.next()
        return out

    def annotations_at(self, pos: QPointF) -> list[str]:
        """Ids of the highlights under a viewport point, shortest (innermost) first."""
        hits = [s for s in self._visible_spans() if any(r.contains(pos) for r in self._rects(s.start, s.end))]
        hits.sort(key=lambda s: s.end - s.start)
        return [s.annotation_id for s in hits]

    # -- painting ------------------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        spans = self._visible_spans()
        if spans:
            painter = QPainter(self.viewport())
            self._paint_highlights(painter, spans)
            painter.end()
        super().paintEvent(event)  # the text, drawn over the highlights

    def _paint_highlights(self, painter: QPainter, spans: list[_Span]) -> None:
        # Cut the visible spans into elementary segments; a segment covered by k highlights gets k
        # bands of 1/k of the line height, in the order the highlights start, so none hides another.
        cuts = sorted({p for s in spans for p in (s.start, s.end)})
        for a, b in zip(cuts, cuts[1:]):
            covering = [s for s in spans if s.start <= a and s.end >= b]
            if not covering:
                continue
            for rect in self._rects(a, b):
                band = rect.height() / len(covering)
                for k, span in enumerate(covering):
                    painter.fillRect(QRectF(rect.left(), rect.top() + k * band, rect.width(), band), span.color)
        self._paint_cues(painter, spans)
        if self._selected:
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            for span in spans:
                if span.annotation_id == self._selected:
                    for rect in self._rects(span.start, span.end):
                        painter.drawRect(rect.adjusted(-1, 0, 1, 0))

    def _paint_cues(self, painter: QPainter, spans: list[_Span]) -> None:
        """Each highlight's line style along its bottom edge, in the text colour: the cue that is not colour."""
        ink = self.palette().color(QPalette.ColorRole.Text)
        for span in spans:
            if span.cue == Qt.PenStyle.NoPen:
                continue
            painter.setPen(QPen(ink, CUE_WIDTH, span.cue, Qt.PenCapStyle.FlatCap))
            for rect in self._rects(span.start, span.end):
                y = rect.bottom() - CUE_WIDTH / 2
                painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))

    # -- layout and input ------------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        side = max(0, (self.width() - COLUMN_WIDTH) // 2)
        self.setViewportMargins(side, 0, side, 0)
        super().resizeEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if press is not None and (event.position() - press).manhattanLength() < 4:
            hits = self.annotations_at(event.position())
            if hits:
                self.annotationClicked.emit(hits[0])
        elif press is not None and event.button() == Qt.MouseButton.LeftButton:
            self.snap_selection()

    def snap_selection(self) -> None:
        """After a drag: whole words, without the trailing comma or space (a keyboard selection is left exact)."""
        selected = self.selection()
        if selected is None:
            return
        snapped = snap_to_words(self._text, *selected)
        if snapped != selected:
            cursor = QTextCursor(self.document())
            forward = self.textCursor().position() >= self.textCursor().anchor()
            first, last = (snapped if forward else snapped[::-1])
            cursor.setPosition(self._map.to_qt(first))
            cursor.setPosition(self._map.to_qt(last), QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._annotations:
            self.set_highlights(self._annotations)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            hits = self.annotations_at(QPointF(event.pos()))
            if hits:
                self.tooltipRequested.emit(hits, event.globalPos())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- coming back -----------------------------------------------------------------------------------------------
    def top_offset(self) -> int:
        """The text offset (code points) at the top of the view: a place that holds whatever the window width."""
        return self._map.from_qt(self.cursorForPosition(self.viewport().rect().topLeft()).position())

    def scroll_to_offset(self, offset: int) -> None:
        """Scroll so the line holding `offset` is at the top (the caret goes there; nothing is selected)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self._map.to_qt(max(offset, 0)), self.document().characterCount() - 1))
        bar = self.verticalScrollBar()
        bar.setValue(bar.maximum())  # from the bottom, making the caret visible brings its line to the top
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
