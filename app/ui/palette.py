"""Highlight colours per annotation category, for light and dark schemes; user overrides come from settings."""

from PySide6.QtGui import QColor

from app.domain.annotations import CATEGORY_COLORS, FALLBACK_COLOR

DEFAULTS: dict[str, str] = CATEGORY_COLORS
FALLBACK = FALLBACK_COLOR


class CategoryColors:
    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        self.overrides = dict(overrides or {})

    def color(self, category: str, *, alpha: int = 110) -> QColor:
        c = QColor(self.overrides.get(category) or DEFAULTS.get(category, FALLBACK))
        c.setAlpha(alpha)
        return c
