"""EntityPanel: a searchable, sortable table of one kind of object (documents, claims, actors, sources)."""

from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.domain.links import Kind
from app.ui.accessible import name_line_edit, plain_name
from app.ui.models.object_table_model import ID_ROLE, ObjectTableModel
from app.ui.models.search_filter import SearchFilter
from app.ui.panels.quiet_focus import QuietFocus


class EntityTree(QuietFocus, QTreeView):
    """The panel's table. Tabbing into it opens nothing (see quiet_focus), and F2 or Enter edits `edit_column`
    of the current row (the verdict of a claim) whichever cell is current; double-click still activates."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit_column: int | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        keys = (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter)  # Enter too: what people try first
        if event.key() in keys and self.edit_column is not None and index.isValid() and not event.modifiers():
            self.setCurrentIndex(index.siblingAtColumn(self.edit_column))
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)


RESIZE_ROWS = 100  # column widths from the first rows, not every row (Qt's default: 1,000 rows, every role)


class EntityPanel(QWidget):
    rowSelected = Signal(str)
    """Fires with an object id when the current row changes to that object."""
    rowActivated = Signal(str)
    """Fires with an object id when the user double-clicks (or presses Enter on) a row."""

    def __init__(self, model: ObjectTableModel, placeholder: str, parent: QWidget | None = None, *, stretch: int = 0) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = SearchFilter(self)
        self.proxy.setSourceModel(model)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.view_name = _view_name(model.kind)
        name_line_edit(self.search, self.tr("Search %1").replace("%1", self.view_name.lower()))
        self.search.textChanged.connect(self.proxy.set_search)
        self.view = EntityTree(self)
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.view_name)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        # Keep the model's order until asked: with no sort indicator, enabling sorting sorts nothing (it sorted
        # by the first column first, ~9,000 Python data() calls for 500 documents on every open).
        self.view.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.view.setSortingEnabled(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setResizeContentsPrecision(RESIZE_ROWS)
        # One column takes the spare room: the statement/title, or the last (aliases) so names stay whole.
        header.setStretchLastSection(stretch < 0)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.view.activated.connect(self._on_activated)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addLayout(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

    def add_button(self, text: str, tooltip: str, slot: Any) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tooltip)
        button.setAccessibleName(plain_name(tooltip) if len(text.strip()) < 2 else text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_ids(self) -> list[str]:
        rows = self.view.selectionModel().selectedRows()
        return [r.data(ID_ROLE) for r in sorted(rows, key=lambda r: r.row())]

    def select(self, oid: str) -> None:
        """Make `oid` current without emitting rowSelected (the caller already knows)."""
        source = self.model.index_of(oid)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():
            return
        self.blockSignals(True)
        try:
            self.view.follow_current(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self.blockSignals(False)

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.view.entering:
            return
        oid = self.current_id()
        if oid:
            self.rowSelected.emit(oid)

    def _on_activated(self, index: QModelIndex) -> None:
        oid = index.data(ID_ROLE)
        if oid:
            self.rowActivated.emit(oid)


def _view_name(kind: Kind) -> str:
    """The list's name for a screen reader: "Claims", "Actors"…"""
    translate = QCoreApplication.translate  # with literal arguments, so lupdate finds them
    names = {Kind.DOCUMENT: translate("EntityPanel", "Documents"), Kind.CLAIM: translate("EntityPanel", "Claims"),
             Kind.ACTOR: translate("EntityPanel", "Actors"), Kind.SOURCE: translate("EntityPanel", "Sources")}
    return names.get(kind) or translate("EntityPanel", "Objects")
