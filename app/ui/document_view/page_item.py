"""PageItem: one page in the page view's scene, in PDF points (origin top-left, like the quads).

It paints a white sheet with a soft shadow, the rendered page image (or nothing yet: the sheet is
the placeholder), highlights as translucent quads multiplied onto the page so the ink stays dark,
and the current text selection.
"""

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QTransform
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

SHADOW = 6.0  # points of shadow drawn right and below the sheet
SHADOW_BANDS = ((SHADOW, 18), (SHADOW / 2, 30), (SHADOW / 5, 45))  # (spread, alpha of black), outermost first
SELECTION = QColor(60, 120, 216, 90)
SELECTED_OUTLINE = QColor(25, 90, 200)
CUE_INK = QColor(32, 32, 32)  # the cue lines on a (white) page
CUE_WIDTH = 1.5  # px at every zoom


def region_outline(color: QColor) -> QColor:
    """The opaque, darker category colour a region is framed in: visible on light and dark photos alike."""
    frame = QColor(color).darker(140)
    frame.setAlpha(255)
    return frame


@dataclass(frozen=True, slots=True)
class Mark:
    rect: QRectF  # page points
    color: QColor
    annotation_id: str
    outlined: bool = False  # a region of a photo: a fill alone barely changes a busy image, the frame shows it
    cue: Qt.PenStyle = Qt.PenStyle.NoPen  # the category's line style (palette.CUES): a cue besides colour


class PageItem(QGraphicsItem):
    def __init__(self, index: int, width: float, height: float) -> None:
        super().__init__()
        self.index = index
        self.width, self.height = width, height
        self.image: QImage | None = None
        self.image_scale = 0.0  # the scale the image was rendered at (device pixels per point)
        self.marks: list[Mark] = []
        self.selection: list[QRectF] = []
        self.selected_id: str | None = None
        self.painted: Callable[[], None] | None = None  # called once, after the next paint that shows the image
        self.error = ""  # set when the page could not be drawn: shown on the blank sheet
        self.shadows = shadow_colors(QColor(226, 227, 230))  # the view sets them for its own backdrop
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)

    def resize(self, width: float, height: float) -> None:
        if (width, height) != (self.width, self.height):
            self.prepareGeometryChange()
            self.width, self.height = width, height

    def page_rect(self) -> QRectF:
        return QRectF(0, 0, self.width, self.height)

    def boundingRect(self) -> QRectF:
        return QRectF(-SHADOW, -SHADOW, self.width + 3 * SHADOW, self.height + 3 * SHADOW)

    def set_image(self, image: QImage | None, scale: float) -> None:
        self.image, self.image_scale = image, scale
        self.update()

    def set_marks(self, marks: list[Mark]) -> None:
        self.marks = marks
        self.update()

    def set_selection(self, rects: list[QRectF]) -> None:
        if rects or self.selection:
            self.selection = rects
            self.update()

    def marks_at(self, point: QPointF) -> list[str]:
        """Annotation ids whose quads contain `point` (page points), smallest first."""
        hits = [m for m in self.marks if m.rect.adjusted(-1, -1, 1, 1).contains(point)]
        hits.sort(key=lambda m: m.rect.width() * m.rect.height())
        return [m.annotation_id for m in hits]

    # -- painting ------------------------------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        page = self.page_rect()
        for (spread, _), color in zip(SHADOW_BANDS, self.shadows, strict=True):
            # Opaque bands, each inner one over the outer: translucent fills cost about 80 ns per scan
            # line however narrow they are (0.5 ms for the side bands of one page), opaque ones a memset.
            for band in _ring(page, page.adjusted(-spread / 3, -spread / 4, spread, spread)):
                painter.fillRect(band, color)
        if self.image is None or not self._blit_image(painter, page):
            painter.fillRect(page, Qt.GlobalColor.white)  # the sheet shows until the image arrives
            if self.image is not None:
                self._paint_stretched(painter, page)
            elif self.error:
                painter.setPen(QColor(150, 40, 40))
                painter.drawText(page.adjusted(24, 24, -24, -24), int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                                 self.error)
        if self.image is not None and self.painted is not None:
            painted, self.painted = self.painted, None
            painted()
        if self.marks:
            painter.save()
            # Multiply keeps black text black under a highlight and makes overlaps visibly darker.
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
            for mark in self.marks:
                painter.fillRect(mark.rect, mark.color)
            painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
            for mark in self.marks:
                if mark.outlined:
                    pen = QPen(region_outline(mark.color), 2.5, mark.cue if mark.cue != Qt.PenStyle.NoPen
                               else Qt.PenStyle.SolidLine)
                    pen.setCosmetic(True)  # the same width in pixels at every zoom
                    painter.setPen(pen)
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRect(mark.rect)
                elif mark.cue != Qt.PenStyle.NoPen:
                    pen = QPen(CUE_INK, CUE_WIDTH, mark.cue, Qt.PenCapStyle.FlatCap)
                    pen.setCosmetic(True)
                    painter.setPen(pen)
                    painter.drawLine(mark.rect.bottomLeft(), mark.rect.bottomRight())
            painter.restore()
        if self.selected_id:
            painter.setPen(QPen(SELECTED_OUTLINE, 0))  # cosmetic 1 px pen whatever the zoom
            for mark in self.marks:
                if mark.annotation_id == self.selected_id:
                    painter.drawRect(mark.rect.adjusted(-1, -1, 1, 1))
        for rect in self.selection:
            painter.fillRect(rect, SELECTION)

    def _blit_image(self, painter: QPainter, page: QRectF) -> bool:
        """Blit the image if it was rendered for exactly this zoom (it covers the sheet); False otherwise."""
        assert self.image is not None
        target = painter.worldTransform().mapRect(page)
        dpr = painter.device().devicePixelRatioF() if painter.device() else 1.0
        w, h = self.image.width() / dpr, self.image.height() / dpr
        if abs(w - target.width()) > 1.0 or abs(h - target.height()) > 1.0 or not _axis_aligned(painter):
            return False
        # Unscaled and pixel-aligned, so text stays crisp; the opaque page needs no white sheet under it.
        painter.save()
        painter.resetTransform()
        self.image.setDevicePixelRatio(dpr)
        painter.drawImage(QPointF(round(target.left()), round(target.top())), self.image)
        painter.restore()
        return True

    def _paint_stretched(self, painter: QPainter, page: QRectF) -> None:
        # A different zoom (the new render is on its way): stretch the old image meanwhile.
        assert self.image is not None
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(page, self.image, QRectF(self.image.rect()))
        painter.restore()


def shadow_colors(backdrop: QColor) -> tuple[QColor, ...]:
    """The shadow bands' colours: black at each band's alpha, composited over the bands outside it."""
    colors: list[QColor] = []
    r, g, b = float(backdrop.red()), float(backdrop.green()), float(backdrop.blue())
    for _, alpha in SHADOW_BANDS:
        keep = 1 - alpha / 255
        r, g, b = r * keep, g * keep, b * keep
        colors.append(QColor(round(r), round(g), round(b)))
    return tuple(colors)


def _ring(inner: QRectF, outer: QRectF) -> tuple[QRectF, ...]:
    """`outer` minus `inner` (which it contains) as four non-overlapping bands."""
    return (
        QRectF(outer.left(), outer.top(), outer.width(), inner.top() - outer.top()),
        QRectF(outer.left(), inner.bottom(), outer.width(), outer.bottom() - inner.bottom()),
        QRectF(outer.left(), inner.top(), inner.left() - outer.left(), inner.height()),
        QRectF(inner.right(), inner.top(), outer.right() - inner.right(), inner.height()),
    )


def _axis_aligned(painter: QPainter) -> bool:
    return painter.worldTransform().type().value <= QTransform.TransformationType.TxScale.value
