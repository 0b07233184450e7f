"""Issue 32: text on every category's highlight meets WCAG AA (4.5:1) in the light and the dark scheme, and each
category has a second cue besides colour (a line style), in the article reader and on PDF pages."""

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleFactory, QStyleOptionGraphicsItem

from app.domain.annotations import Annotation
from app.domain.contrast import AA_TEXT, contrast, multiplied, over
from app.ui.document_view.page_item import Mark, PageItem
from app.ui.document_view.text_view import TextView
from app.ui.palette import CUES, DEFAULTS, CategoryColors, cue
from app.ui.shell.application import _dark_palette


def _rgb(c: QColor) -> tuple[int, int, int]:
    return c.red(), c.green(), c.blue()


def _schemes() -> dict[str, QPalette]:
    return {"light": QStyleFactory.create("Fusion").standardPalette(), "dark": _dark_palette()}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("category", sorted(DEFAULTS))
def test_text_on_every_category_highlight_meets_aa(qapp, scheme: str, category: str) -> None:
    palette = _schemes()[scheme]
    page, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    tint = CategoryColors().reading_color(category, page, ink)
    shown = over(_rgb(tint), tint.alpha(), _rgb(page))
    assert contrast(_rgb(ink), shown) >= AA_TEXT
    assert tint.alpha() >= (255 if scheme == "light" else 80)  # still plainly a highlight


def test_a_users_too_dark_colour_is_toned_down_to_stay_legible(qapp) -> None:
    palette = _schemes()["light"]
    page, ink = palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
    tint = CategoryColors({"claim": "#400000"}).reading_color("claim", page, ink)
    assert tint.alpha() < 255
    assert contrast(_rgb(ink), over(_rgb(tint), tint.alpha(), _rgb(page))) >= AA_TEXT


@pytest.mark.parametrize("category", sorted(DEFAULTS))
def test_ink_on_a_pdf_highlight_meets_aa(qapp, category: str) -> None:
    tint = CategoryColors().color(category, alpha=150)  # as PageView multiplies it onto the (white) page
    assert contrast((0, 0, 0), multiplied(_rgb(tint), tint.alpha(), (255, 255, 255))) >= AA_TEXT


def test_each_category_has_its_own_line_style() -> None:
    styles = [cue(c) for c in ("claim", "actor", "source", "question")]
    assert len(set(styles)) == 4 and Qt.PenStyle.NoPen not in styles
    assert cue("highlight") == Qt.PenStyle.NoPen and set(CUES) == set(DEFAULTS)


def _dashes(row: list[bool]) -> int:
    """How many separate inked runs a row of pixels holds."""
    return sum(1 for i, inked in enumerate(row) if inked and (i == 0 or not row[i - 1]))


def _underline_runs(image: QImage, rect: QRectF, background: QColor) -> int:
    """The most inked runs on any of the bottom rows of `rect` (the cue is drawn along the bottom edge)."""
    best = 0
    for y in range(int(rect.bottom()) - 3, int(rect.bottom()) + 1):
        row = [image.pixelColor(x, y).lightness() < background.lightness() - 60
               for x in range(int(rect.left()) + 2, int(rect.right()) - 2)]
        best = max(best, _dashes(row))
    return best


def test_the_pdf_page_draws_a_different_line_under_each_category_in_one_colour(qapp) -> None:
    grey = QColor(200, 200, 200, 150)  # the same colour for all: only the line style can tell them apart
    rows = {c: QRectF(10, 20 + 30 * i, 200, 14) for i, c in enumerate(("claim", "actor", "source", "highlight"))}
    item = PageItem(0, 240, 160)
    item.set_marks([Mark(r, grey, c, cue=cue(c)) for c, r in rows.items()])
    image = QImage(240, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.end()
    runs = {c: _underline_runs(image, r, QColor("white")) for c, r in rows.items()}
    assert runs["highlight"] == 0 and runs["claim"] == 1  # none; one solid line
    assert runs["actor"] > runs["source"] > 1  # dots are more and shorter than dashes


def test_the_article_reader_draws_a_different_line_under_each_category(qtbot) -> None:
    words = ["alpha bravo charlie delta echo", "foxtrot golf hotel india juliet", "kilo lima mike november oscar"]
    view = TextView(CategoryColors({c: "#c8c8c8" for c in DEFAULTS}))  # one colour for every category
    qtbot.addWidget(view)
    view.resize(900, 300)
    view.show()
    qtbot.waitExposed(view)
    text = "\n".join(words)
    view.set_text(text)
    categories = ("claim", "actor", "source")
    anns = []
    for i, category in enumerate(categories):
        start = text.index(words[i])
        anns.append(Annotation(id=category, document_id="d", start=start, end=start + len(words[i]), exact=words[i],
                               category=category))
    view.set_highlights(anns)
    image = view.viewport().grab().toImage()
    background = view.palette().color(QPalette.ColorRole.Base)
    runs = {a.category: _underline_runs(image, view._rects(view.offsets().to_qt(a.start),
                                                               view.offsets().to_qt(a.end))[0], background)
            for a in anns}
    assert runs["claim"] == 1 and runs["actor"] > runs["source"] > 1
