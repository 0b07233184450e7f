"""Rows of small flat text buttons (find bar, page bar, graph panel): one way to make them."""

from collections.abc import Callable, Iterable

from PySide6.QtWidgets import QBoxLayout, QToolButton, QWidget

from app.ui.accessible import plain_name

ButtonSpec = tuple[str, str, Callable[[], object]]  # text, tooltip, what a click does


def add_tool_buttons(parent: QWidget, layout: QBoxLayout, specs: Iterable[ButtonSpec]) -> list[QToolButton]:
    """Append an auto-raised QToolButton per spec to `layout`; returns them in order."""
    buttons = []
    for text, tip, slot in specs:
        button = QToolButton(parent)
        button.setText(text)
        button.setToolTip(tip)
        button.setAccessibleName(plain_name(tip))  # a screen reader says "Zoom in", not "plus"
        button.setAutoRaise(True)
        button.clicked.connect(lambda _checked=False, s=slot: s())
        layout.addWidget(button)
        buttons.append(button)
    return buttons
