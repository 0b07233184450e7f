"""AnnotationsPanel: every highlight, filterable by text, category, anchor status and linked object."""

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.actors import Actor
from app.domain.annotations import AnchorStatus, Category
from app.domain.changes import Changes
from app.domain.claims import Claim
from app.domain.links import Kind
from app.domain.sources import Source
from app.services.labels import short
from app.ui import bidi, vocabulary
from app.ui.accessible import name_combo, name_line_edit
from app.ui.models.annotations_filter import AnnotationCriteria, AnnotationsFilter
from app.ui.models.annotations_model import AnnotationsModel
from app.ui.models.object_table_model import ID_ROLE
from app.ui.panels.quiet_focus import QuietTable


class AnnotationsPanel(QWidget):
    rowSelected = Signal(str)
    """Fires with an annotation id when the user makes a row current."""

    def __init__(self, model: AnnotationsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = AnnotationsFilter(model, self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("Filter quotes and notes…"))
        self.text.setClearButtonEnabled(True)
        name_line_edit(self.text, self.tr("Filter annotations"))
        self.category = self._combo(self.tr("Any category"), [(vocabulary.label(c), c.value) for c in Category])
        self.status = self._combo(self.tr("Any anchor"), [(vocabulary.label(s), s.value) for s in AnchorStatus])
        self.linked = self._combo(self.tr("Linked to anything"), [])
        for combo, label in ((self.category, self.tr("Filter by category")), (self.status, self.tr("Filter by anchor")),
                             (self.linked, self.tr("Filter by linked object"))):
            name_combo(combo, label)
        self.view = QuietTable(self)  # a table, not a tree: measured 5x faster to re-filter 50,000 rows
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Annotations"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table (arrows move): passing by opens no document
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Delete… takes them all
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a document's file name ends its label: keep it
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        # Quote, link and document share the width (fixed widths for the last two left the quote a few letters
        # in a docked table); category and anchor are short words
        for column, mode in enumerate((QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents,
                                       QHeaderView.ResizeMode.Stretch)):
            header.setSectionResizeMode(column, mode)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        self.text.textChanged.connect(self.apply_filter)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.text, 2)
        filters.addWidget(self.category, 1)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.linked, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        self.refresh_link_choices()
        model.bridge.projectChanged.connect(self._on_changes)

    def _combo(self, anything: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.addItem(anything, None)
        for label, value in items:
            combo.addItem(label, value)
        combo.currentIndexChanged.connect(self.apply_filter)
        return combo

    def refresh_link_choices(self) -> None:
        """The 'linked to' filter lists every claim, actor and source."""
        project = self.model.project
        current = self.linked.currentData()
        self.linked.blockSignals(True)
        self.linked.clear()
        self.linked.addItem(self.tr("Linked to anything"), None)
        named: tuple[tuple[Kind, Iterable[Claim | Actor | Source], Callable[[Any], str]], ...] = (  # kind, its objects, name
            (Kind.CLAIM, project.claims.values(), lambda o: o.statement),
            (Kind.ACTOR, project.actors.values(), lambda o: o.name),
            (Kind.SOURCE, project.sources.values(), lambda o: o.title),
        )
        for kind, objs, name in named:
            for obj in sorted(objs, key=lambda o: name(o).casefold()):
                self.linked.addItem(f"{vocabulary.label(kind)}: {bidi.isolate(short(name(obj), 50))}", (kind.value, obj.id))
        position = self._linked_position(current)
        self.linked.setCurrentIndex(max(position, 0))
        self.linked.blockSignals(False)
        if position < 0 and current is not None:  # the object filtered by is gone: so is the filter
            self.apply_filter()

    def _on_changes(self, changes: Changes) -> None:
        if any(changes.of(k).added or changes.of(k).removed for k in (Kind.CLAIM, Kind.ACTOR, Kind.SOURCE)):
            self.refresh_link_choices()

    def show_linked_to(self, kind: Kind, oid: str) -> None:
        """Filter to the highlights linked to one claim, actor or source."""
        position = self._linked_position((kind.value, oid))
        if position >= 0:
            self.linked.setCurrentIndex(position)

    def _linked_position(self, data: tuple[str, str] | None) -> int:
        """The 'linked to' entry holding `data`; findData would compare the tuples by identity (never equal)."""
        return next((i for i in range(self.linked.count()) if self.linked.itemData(i) == data), -1)

    def criteria(self) -> AnnotationCriteria:
        linked = self.linked.currentData()
        return AnnotationCriteria(
            text=self.text.text(),
            category=self.category.currentData() or "",
            status=self.status.currentData() or "",
            linked_to=(Kind(linked[0]), linked[1]) if linked else None,
        )

    def apply_filter(self, *_: object) -> None:
        self.proxy.set_criteria(self.criteria())

    def select(self, annotation_id: str) -> None:
        """Make an annotation current (e.g. after a click on its highlight) without re-emitting."""
        index = self.proxy.mapFromSource(self.model.index_of(annotation_id))
        if not index.isValid():
            return
        self.blockSignals(True)
        try:
            self.view.follow_current(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        finally:
            self.blockSignals(False)

    def current_id(self) -> str | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _on_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        if self.view.entering:
            return  # the focus passing by is not a choice
        oid = self.current_id()
        if oid:
            self.rowSelected.emit(oid)

    def row_count(self) -> int:
        return self.proxy.rowCount(QModelIndex())

