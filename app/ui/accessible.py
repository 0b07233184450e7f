"""Accessible names for the controls Qt cannot name itself: a screen reader says these instead of "edit" or "+".

Widgets name their own controls (setAccessibleName, with self.tr); these helpers cover the parts Qt adds
behind a widget's back (a line edit's clear button, a combo box's popup list, a tool bar's "more" button).
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QToolBar, QToolButton, QWidget


def name(widget: QWidget, text: str, description: str = "") -> QWidget:
    """Set the name (and description) a screen reader announces; returns the widget."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def name_line_edit(edit: QLineEdit, text: str) -> QLineEdit:
    """Name a line edit and, if it has one, its clear button ("Clear" plus the field's name)."""
    edit.setAccessibleName(text)
    for button in edit.findChildren(QToolButton):  # Qt's clear button: a QToolButton showing only an icon
        button.setAccessibleName(QCoreApplication.translate("Accessibility", "Clear: %1").replace("%1", text))
        button.setToolTip(button.accessibleName())
    return edit


def name_combo(combo: QComboBox, text: str) -> QComboBox:
    """Name a combo box and the list it pops up (a separate control for a screen reader)."""
    combo.setAccessibleName(text)
    combo.view().setAccessibleName(text)
    return combo


def name_tool_bar(bar: QToolBar) -> QToolBar:
    """Name the "more" button a tool bar shows when its tools do not fit."""
    for button in bar.findChildren(QToolButton, "qt_toolbar_ext_button"):
        button.setAccessibleName(QCoreApplication.translate("Accessibility", "More tools"))
    return bar


def plain_name(tooltip: str) -> str:
    """A tooltip without its key hint, as a button's name: "Zoom in (Ctrl+wheel)" -> "Zoom in"."""
    head = tooltip.split(" (", 1)[0].strip()
    return head or tooltip
