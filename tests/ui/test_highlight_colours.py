"""Regions on photos are framed, and no category looks like the selection."""

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QStyleFactory, QStyleOptionGraphicsItem

from app.ui.document_view.page_item import SELECTION, Mark, PageItem, region_outline
from app.ui.palette import DEFAULTS, CategoryColors
from app.ui.shell.application import _dark_palette

RED = QColor(200, 30, 30)


def _paint(marks: list[Mark]) -> QImage:
    item = PageItem(0, 100, 100)
    photo = QImage(100, 100, QImage.Format.Format_RGB32)
    photo.fill(RED)
    item.set_image(photo, 1.0)
    item.set_marks(marks)
    out = QImage(100, 100, QImage.Format.Format_RGB32)
    out.fill(QColor("white"))
    painter = QPainter(out)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    return out


def _distance(a: QColor, b: QColor) -> int:
    return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3]))


def test_a_region_on_a_red_photo_gets_a_frame_in_its_category_colour(qapp) -> None:
    colour = CategoryColors().color("highlight", alpha=150)  # amber over red: the fill alone changes a few levels
    image = _paint([Mark(QRectF(20, 20, 60, 60), colour, "r1", outlined=True)])
    edge = image.pixelColor(20, 50)
    assert _distance(edge, region_outline(colour)) < 40
    assert _distance(edge, RED) > 150  # plainly visible against the photo
    assert _distance(image.pixelColor(5, 5), RED) == 0  # outside the region the photo is untouched


def test_a_text_highlight_gets_no_frame(qapp) -> None:
    colour = CategoryColors().color("highlight", alpha=150)
    image = _paint([Mark(QRectF(20, 20, 60, 60), colour, "t1")])
    assert _distance(image.pixelColor(20, 50), image.pixelColor(50, 50)) < 10


def _hue_gap(a: QColor, b: QColor) -> int:
    gap = abs(a.hsvHue() - b.hsvHue()) % 360
    return min(gap, 360 - gap)


def test_every_category_colour_differs_clearly_from_the_selection_in_light_and_dark(qapp) -> None:
    light = QStyleFactory.create("Fusion").standardPalette().highlight().color()
    dark = _dark_palette().highlight().color()
    for category, colour in DEFAULTS.items():
        for selection in (SELECTION, light, dark):
            assert _hue_gap(QColor(colour), selection) >= 60, (category, selection.name())
