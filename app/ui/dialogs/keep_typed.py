"""AskBeforeDiscard: a dialog whose Cancel, Esc or ✕ would drop typed text asks first ("nothing typed is lost").

The text of every editable field is noted when the dialog is first shown; a reject with different text asks
"Discard what you typed?", and Keep editing leaves the dialog open with the text as it was.
"""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

from app.ui.dialogs.errors import Button, ask


def typed_text(dialog: QWidget) -> tuple[str, ...]:
    """The text of each field the user can type in (read-only fields and combo boxes' editors aside)."""
    out = []
    for field in dialog.findChildren(QWidget):
        if isinstance(field, QLineEdit) and not field.isReadOnly() and field.echoMode() == QLineEdit.EchoMode.Normal:
            out.append(field.text())
        elif isinstance(field, (QPlainTextEdit, QTextEdit)) and not field.isReadOnly():
            out.append(field.toPlainText())
    return tuple(out)


def confirm_discard(parent: QWidget) -> bool:
    answer = ask(parent, QCoreApplication.translate("KeepTyped", "Discard what you typed?"), QCoreApplication.translate("KeepTyped", "You typed text in this dialog. Close it and discard the text?"),
                 Button.Discard | Button.Cancel, Button.Cancel)
    return answer == Button.Discard


class AskBeforeDiscard(QDialog):
    """Base for dialogs with text fields: reject() asks when the fields hold text the user typed."""

    _typed_at_start: tuple[str, ...] | None = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._typed_at_start is None:
            self._typed_at_start = typed_text(self)
        super().showEvent(event)

    def reject(self) -> None:
        start = self._typed_at_start
        if start is not None and typed_text(self) != start and not confirm_discard(self):
            return
        super().reject()
