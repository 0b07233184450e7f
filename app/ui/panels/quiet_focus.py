"""Item views that a keyboard user can tab through without side effects.

When a list without a current row gets the focus, Qt makes its first row current and selected; panels that
open a document or a highlight on selection would then open one just because the focus passed by.
"""

from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QTableView


class QuietFocus:
    """Mixin for QAbstractItemView subclasses: `entering` is True while Qt handles the focus arriving."""

    entering = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.entering = True
        try:
            super().focusInEvent(event)  # type: ignore[misc]
        finally:
            self.entering = False


class QuietTable(QuietFocus, QTableView):
    pass
