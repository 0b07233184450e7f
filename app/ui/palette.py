"""Highlight colours per annotation category, for light and dark schemes; user overrides come from settings."""

from PySide6.QtGui import QColor

DEFAULTS: dict[str, str] = {
    "highlight": "#ffd54f",  # amber
    "claim": "#ff8a65",  # coral
    "actor": "#64b5f6",  # blue
    "source": "#81c784",  # green
    "question": "#ba68c8",  # violet
}
FALLBACK = "#b0bec5"


class CategoryColors:
    def __init__(self, overrides: dict[str, str] | None = None) -> None:
        self.overrides = dict(overrides or {})

    def color(self, category: str, *, alpha: int = 110) -> QColor:
        c = QColor(self.overrides.get(category) or DEFAULTS.get(category, FALLBACK))
        c.setAlpha(alpha)
        return c
