"""CommittingEdit: a text field that saves itself when the focus leaves it (there is no Save button).

It knows which object and field it was loaded from (`target`), so the text goes to that object even when
the selection has moved on by the time it is saved, and whether the user changed it (`dirty`), so a refresh
from someone else's change never overwrites what is being typed.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

Target = tuple[object, str, str]  # (kind, object id, field name)


class CommittingEdit(QPlainTextEdit):
    commitRequested = Signal()
    """Fires when the text should be saved: the focus left, or Ctrl+Enter was pressed. Only when dirty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)  # Tab leaves the field (and saves it), as in every other field
        self.target: Target | None = None
        self._saved = ""

    def load(self, target: Target | None, text: str) -> None:
        """Show another object's text: what was typed for the previous one must have been committed first."""
        self.target = target
        self._saved = text
        if self.toPlainText() != text:
            self.setPlainText(text)

    def refresh(self, text: str) -> None:
        """The same object changed elsewhere (undo, sync): take its text unless the user is changing it."""
        if self.dirty():
            self._saved = text  # the user's text wins when it is committed; it is compared with the new value
            return
        self.load(self.target, text)

    def dirty(self) -> bool:
        return self.target is not None and self.toPlainText() != self._saved

    def mark_saved(self) -> None:
        self._saved = self.toPlainText()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        # A menu or a context menu opening takes the focus for a moment: saving then would be early, not wrong.
        if self.dirty():
            self.commitRequested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if self.dirty():
                self.commitRequested.emit()
            return
        super().keyPressEvent(event)
