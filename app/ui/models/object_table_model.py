"""ObjectTableModel: a thin QAbstractTableModel over one collection of the open project.

The model owns no data: it keeps only the order of ids and reads every cell from
`bridge.session.project`. It listens to `bridge.projectChanged` and refreshes only what the change
set flags: dataChanged for updated ids, insert/remove rows for a few structural changes, a reset
for many (cheaper than thousands of single-row signals).
"""

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.domain.changes import Changes
from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.domain.project import Project
from app.services.commands import Command
from app.ui.bridge import SessionBridge

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the object's id, for views and proxies
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a sortable value (numbers stay numbers)
RESET_THRESHOLD = 32  # more structural changes than this -> one model reset
Index = QModelIndex | QPersistentModelIndex
_SERVED = frozenset({Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, SORT_ROLE, ID_ROLE,
                     Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.DecorationRole})


@dataclass(frozen=True)
class Column:
    title: str
    display: Callable[[Any], Any]
    edit: Callable[[Any], Any] | None = None  # value for the editor; None = read-only
    commit: Callable[[str, Any], Command] | None = None  # builds the command that stores an edited value
    tooltip: Callable[[Any], str] | None = None


class ObjectTableModel(QAbstractTableModel):
    kind: Kind
    #: other kinds whose changes alter this model's cells (e.g. links change mention counts)
    depends_on: tuple[Kind, ...] = (Kind.LINK,)

    def __init__(self, bridge: SessionBridge, parent: Any = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.columns = self.make_columns()
        self._ids: list[str] = []
        self._rows: dict[str, int] = {}
        self._load()
        bridge.projectChanged.connect(self._on_changes)

    # -- to override ---------------------------------------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def ordered_ids(self) -> list[str]:
        return list(self.project.objects[self.kind])

    def decoration(self, obj: Any, column: int) -> Any:
        return None

    # -- reading -------------------------------------------------------------------------------------------------
    @property
    def project(self) -> Project:
        return self.bridge.session.project

    def id_at(self, row: int) -> str:
        return self._ids[row]

    @property
    def ids(self) -> Sequence[str]:
        """Every row's id, in row order (the model's own list: read, never change)."""
        return self._ids

    @property
    def rows_by_id(self) -> Mapping[str, int]:
        """Every id's row (the model's own index: read, never change)."""
        return self._rows

    def row_of(self, oid: str) -> int | None:
        return self._rows.get(oid)

    def index_of(self, oid: str, column: int = 0) -> QModelIndex:
        row = self._rows.get(oid)
        return QModelIndex() if row is None else self.index(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        column = self.columns[index.column()]
        if column.commit is not None and not self.bridge.session.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _SERVED or not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None  # views ask every cell for a dozen roles (font, alignment, colours...) this model leaves to them
        obj = self.project.objects[self.kind].get(self._ids[index.row()])
        if obj is None:
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(obj)
            return value if isinstance(value, (int, float)) else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit(obj) if column.edit else column.display(obj)
        if role == SORT_ROLE:
            value = column.display(obj)
            return value if isinstance(value, (int, float)) else str(value).casefold()
        if role == ID_ROLE:
            return obj.id
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(obj)
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(obj, index.column())
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        column = self.columns[index.column()]
        if column.commit is None:
            return False
        try:
            self.bridge.run(column.commit(self._ids[index.row()], value))
        except SourcemarkError as exc:
            self.bridge.errorOccurred.emit(str(exc))
            return False
        return True  # the change set emits dataChanged

    # -- refreshing ----------------------------------------------------------------------------------------------
    def _load(self) -> None:
        self._ids = self.ordered_ids()
        self._rows = {oid: i for i, oid in enumerate(self._ids)}

    def reset(self) -> None:
        self.beginResetModel()
        self._load()
        self.endResetModel()

    def _on_changes(self, changes: Changes) -> None:
        delta = changes.of(self.kind)
        removed = [oid for oid in delta.removed if oid in self._rows]
        added = [oid for oid in delta.added if oid not in self._rows]
        if len(removed) + len(added) > RESET_THRESHOLD:
            self.reset()
            return
        for oid in sorted(removed, key=self._rows.__getitem__, reverse=True):
            self._remove(oid)
        for oid in added:
            self._insert(oid)
        if any(changes.of(kind) for kind in self.depends_on) or changes.documents_text:
            self._touch(range(len(self._ids)))
        elif delta.updated:
            self._touch(self._rows[oid] for oid in delta.updated if oid in self._rows)

    def _remove(self, oid: str) -> None:
        row = self._rows[oid]
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        del self._rows[oid]
        self._renumber(row)
        self.endRemoveRows()

    def _insert(self, oid: str) -> None:
        row = self.insert_position(oid)
        self.beginInsertRows(QModelIndex(), row, row)
        self._ids.insert(row, oid)
        self._renumber(row)
        self.endInsertRows()

    def _renumber(self, first: int) -> None:
        for i in range(first, len(self._ids)):  # only the rows after the change move
            self._rows[self._ids[i]] = i

    def insert_position(self, oid: str) -> int:
        """Where a new object goes; the end by default (views sort through their proxy)."""
        return len(self._ids)

    def _touch(self, rows: Iterable[int]) -> None:
        rows = sorted(rows)
        if rows and self.columns:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], len(self.columns) - 1))
