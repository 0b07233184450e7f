"""Highlight colours per annotation category, for light and dark schemes; user overrides come from settings.

Colour is never the only cue: each category also has a line style (CUES), drawn under its highlights in the
reader and on PDF pages, so a reader who cannot tell pink from green still tells an actor from a source.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from app.domain.annotations import CATEGORY_COLORS, FALLBACK_COLOR
from app.domain.contrast import legible_alpha

DEFAULTS: dict[str, str] = CATEGORY_COLORS
FALLBACK = FALLBACK_COLOR
DARK_TINT = 110  # most alpha of a highlight on a dark page: light letters on full amber would be unreadable

# The second cue: claims solid, actors dotted, sources dashed, questions dash-dot; a plain highlight has none.
CUES: dict[str, Qt.PenStyle] = {
    "highlight": Qt.PenStyle.NoPen,
    "claim": Qt.PenStyle.SolidLine,
    "actor": Qt.PenStyle.DotLine,
    "source": Qt.PenStyle.DashLine,
    "question": Qt.PenStyle.DashDotLine,
}


def cue(category: str) -> Qt.PenStyle:
    """The line style drawn under a category's highlights (besides its colour)."""
    return CUES.get(category, Qt.PenStyle.NoPen)


def _rgb(color: QColor) -> tuple[int, int, int]:
    return color.red(), color.green(), color.blue()


class CategoryColors:
    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        self.overrides = dict(overrides or {})

    def color(self, category: str, *, alpha: int = 110) -> QColor:
        c = QColor(self.overrides.get(category) or DEFAULTS.get(category, FALLBACK))
        c.setAlpha(alpha)
        return c

    def reading_color(self, category: str, page: QColor, text: QColor) -> QColor:
        """The colour painted under `text` on a `page` background: opaque on a light page, a tint on a dark one,
        and in both as strong as keeps the text at WCAG AA contrast (4.5:1), user-chosen colours included."""
        start = DARK_TINT if page.lightness() < 128 else 255
        top = self.color(category, alpha=255)
        return self.color(category, alpha=legible_alpha(_rgb(top), _rgb(page), _rgb(text), start=start))
