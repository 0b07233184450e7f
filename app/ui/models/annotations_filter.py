"""AnnotationsFilter: the proxy behind the Annotations panel's filters.

Filtering 50,000 rows must stay well inside 100 ms. A QSortFilterProxyModel asks a Python
`filterAcceptsRow` about every row on each change (50,000 calls through Shiboken were most of the
time), so this proxy keeps the list of accepted source rows itself: the matcher computes it in one
Python pass (services.annotation_criteria, which also keeps the casefolded text between keystrokes)
and Qt then asks only about the rows it shows.

It behaves as the QSortFilterProxyModel did: a new filter is a layout change (the current and selected
rows stay where they still pass; mapFromSource of a hidden row is invalid), rows the source inserts
or removes are inserted or removed here if they pass, and a change of data that changes which rows
pass (an edited note, a link added elsewhere for the 'linked to' filter) re-filters. The source's
columns are fixed and it never changes its layout (ObjectTableModel inserts, removes or resets).
"""

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractProxyModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from app.services.annotation_criteria import AnnotationCriteria, AnnotationMatcher
from app.ui.models.annotations_model import AnnotationsModel

__all__ = ["AnnotationCriteria", "AnnotationsFilter"]
Index = QModelIndex | QPersistentModelIndex


class AnnotationsFilter(QAbstractProxyModel):
    def __init__(self, source: AnnotationsModel, parent: Any = None, matcher: AnnotationMatcher | None = None) -> None:
        super().__init__(parent)
        self._model = source
        self.criteria = AnnotationCriteria()
        self._matcher = matcher or AnnotationMatcher()
        self._rows: list[int] = list(range(source.rowCount()))  # accepted source rows, ascending
        self._removing: tuple[int, int, bool] = (0, 0, False)  # proxy rows lo..hi being removed, signalled?
        self.setSourceModel(source)
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._on_reset)
        source.rowsInserted.connect(self._on_inserted)
        source.rowsAboutToBeRemoved.connect(self._on_about_to_remove)
        source.rowsRemoved.connect(self._on_removed)
        source.dataChanged.connect(self._on_data_changed)
        source.headerDataChanged.connect(self.headerDataChanged)

    # -- filtering -----------------------------------------------------------------------------------------------
    def set_criteria(self, criteria: AnnotationCriteria) -> None:
        self.criteria = criteria
        self._relayout(self._matching())

    def _matching(self, first: int = 0, last: int | None = None) -> list[int]:
        model = self._model
        return self._matcher.rows(model.project, self.criteria, model.ids, model.rows_by_id, first, last)

    def _relayout(self, rows: list[int]) -> None:
        """Show `rows` instead of the current ones, as a layout change that keeps persistent indexes."""
        if rows == self._rows:
            return
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        sources = [(self._rows[i.row()], i.column()) for i in before]
        self._rows = rows
        self.changePersistentIndexList(before, [self._proxy_index(row, column) for row, column in sources])
        self.layoutChanged.emit()

    # -- following the source ------------------------------------------------------------------------------------
    def _on_reset(self) -> None:
        self._matcher.reset()
        self._rows = self._matching()
        self.endResetModel()

    def _on_inserted(self, parent: Index, first: int, last: int) -> None:
        self._matcher.inserted(self._model.project, self._model.ids, first, last)
        count, rows = last - first + 1, self._rows
        at = bisect_left(rows, first)
        rows[at:] = [row + count for row in rows[at:]]  # first, so the rows shown map right when Qt is told
        passing = self._matching(first, last)
        if passing:
            self.beginInsertRows(QModelIndex(), at, at + len(passing) - 1)
            rows[at:at] = passing
            self.endInsertRows()

    def _on_about_to_remove(self, parent: Index, first: int, last: int) -> None:
        lo, hi = bisect_left(self._rows, first), bisect_left(self._rows, last + 1)
        if hi > lo:
            self.beginRemoveRows(QModelIndex(), lo, hi - 1)
        self._removing = (lo, hi, hi > lo)

    def _on_removed(self, parent: Index, first: int, last: int) -> None:
        self._matcher.removed(first, last)
        lo, hi, signalled = self._removing
        count, rows = last - first + 1, self._rows
        rows[lo:] = [row - count for row in rows[hi:]]
        if signalled:
            self.endRemoveRows()

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: Sequence[int] = ()) -> None:
        """Re-judge the changed rows (a note or a link may change which pass), then pass the change on."""
        first, last = top_left.row(), bottom_right.row()
        self._matcher.updated(first, last)
        lo, hi = bisect_left(self._rows, first), bisect_left(self._rows, last + 1)
        if not self.criteria.empty:  # with no filter every row passes, whatever changed
            passing = self._matching(first, last)
            if passing != self._rows[lo:hi]:
                self._relayout(self._rows[:lo] + passing + self._rows[hi:])
                hi = lo + len(passing)
        if hi > lo:
            self.dataChanged.emit(self.index(lo, top_left.column()), self.index(hi - 1, bottom_right.column()), list(roles))

    # -- mapping -------------------------------------------------------------------------------------------------
    def _proxy_index(self, source_row: int, column: int) -> QModelIndex:
        row = bisect_left(self._rows, source_row)
        if row < len(self._rows) and self._rows[row] == source_row:
            return self.createIndex(row, column)
        return QModelIndex()

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid() or source_index.model() is not self._model:
            return QModelIndex()
        return self._proxy_index(source_index.row(), source_index.column())

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        row = proxy_index.row()
        if not proxy_index.isValid() or proxy_index.model() is not self or row >= len(self._rows):
            return QModelIndex()  # the last: an index kept from before a change (persistent ones move)
        return self._model.index(self._rows[row], proxy_index.column())

    # -- the table -----------------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008 - Qt's default
        if parent.isValid() or not (0 <= row < len(self._rows) and 0 <= column < self._model.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column)

    def parent(self, child: Index | None = None) -> Any:
        if child is None:  # QObject.parent(), which the name hides
            return QObject.parent(self)
        return QModelIndex()  # a flat table

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._model.columnCount()

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        return self._model.data(self.mapToSource(index), role)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Vertical and 0 <= section < len(self._rows):
            section = self._rows[section]
        return self._model.headerData(section, orientation, role)
