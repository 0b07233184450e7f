"""FindBar: the inline Find bar above the reader (Ctrl+F); incremental, "3 of 17", Enter next, Esc closes.

The bar only collects the query and shows the count; DocumentView owns the TextFinder and selects the
match in whichever reader (text or pages) is shown. F3 / Shift+F3 are the window's Find next/previous
actions, so this widget binds no keys of its own beyond Enter and Esc in its line edit.
"""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QWidget

from app.ui.accessible import name_line_edit
from app.ui.dialogs.errors import plain_label
from app.ui.tool_buttons import add_tool_buttons


class FindBar(QWidget):
    queryChanged = Signal(str)
    """Fires on every edit of the query (incremental search)."""
    stepRequested = Signal(bool)
    """Fires with True for the next match (Enter, ↓), False for the previous one (Shift+Enter, ↑)."""
    findClosed = Signal()
    """Fires when the bar is closed (Esc or ×), so the reader can take the focus back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in document"))
        self.edit.setAccessibleName(self.tr("Find in document"))
        self.edit.setClearButtonEnabled(True)
        name_line_edit(self.edit, self.edit.accessibleName())  # and its clear button
        self.edit.installEventFilter(self)
        self.count = plain_label("", self)
        self.count.setMinimumWidth(90)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        add_tool_buttons(self, layout, (("↑", self.tr("Previous match (Shift+F3)"), lambda: self.stepRequested.emit(False)),
                                        ("↓", self.tr("Next match (Enter, F3)"), lambda: self.stepRequested.emit(True)),
                                        ("×", self.tr("Close (Esc)"), self.close_bar)))
        self.edit.textChanged.connect(self.queryChanged)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.findClosed.emit()

    def query(self) -> str:
        return self.edit.text()

    def set_status(self, text: str) -> None:
        self.count.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.stepRequested.emit(not event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                return True
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)
