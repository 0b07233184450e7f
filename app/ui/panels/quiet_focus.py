"""Item views that a keyboard user can tab through without side effects.

When a list without a current row gets the focus, Qt makes its first row current and selected; panels that
open a document or a highlight on selection would then open one just because the focus passed by.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView

# The mixin's base for the type checker only: at run time it is a plain class, placed before the view class.
if TYPE_CHECKING:
    _MixinBase = QAbstractItemView
else:
    _MixinBase = object


class QuietFocus(_MixinBase):
    """Mixin for QAbstractItemView subclasses: `entering` is True while Qt handles the focus arriving."""

    entering = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.entering = True
        try:
            super().focusInEvent(event)
        finally:
            self.entering = False

    def follow_current(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint) -> None:
        """Make a row current because the window's selection moved to it. Already current (the user's own click
        made it so): the selection stays as the click left it, several rows after a Ctrl or Shift+click
        (setCurrentIndex would apply the held modifier again, toggling the clicked row off). Else that row alone."""
        if self.currentIndex().row() != index.row():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index, hint)


class QuietTable(QuietFocus, QTableView):
    pass
