"""OrphansPanel: highlights that could not be found in a document's new text, to re-attach by hand."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.domain.annotations import AnchorStatus
from app.domain.changes import Changes
from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services import marking
from app.services.labels import short
from app.ui import bidi
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.vocabulary import term


class OrphansPanel(QWidget):
    rowSelected = Signal(str)
    """Fires with an annotation id when the user picks an orphan."""

    def __init__(self, bridge: SessionBridge, selection: Callable[[], marking.Selection | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._selection = selection
        self.hint = QLabel(self.tr("Select the new place of an orphan in the document, then re-attach it."), self)
        self.hint.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.currentItemChanged.connect(self._on_current)
        self.list.setAccessibleName(self.tr("Orphaned highlights"))
        self.button = QPushButton(self.tr("Re-attach to selection"), self)
        self.button.clicked.connect(self.reattach_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.button)
        bridge.projectChanged.connect(self._on_changes)
        self.refresh()

    def refresh(self) -> None:
        project = self.bridge.session.project
        self.list.clear()
        orphans = [a for a in project.annotations.values() if a.status is AnchorStatus.ORPHAN]  # few: sort only them
        for ann in sorted(orphans, key=lambda a: (a.document_id, a.start)):
            item = QListWidgetItem(f"{bidi.quoted(short(ann.exact, 70))} ({term(ann.category)})", self.list)
            item.setData(Qt.ItemDataRole.UserRole, ann.id)
        self.button.setEnabled(self.list.count() > 0 and not self.bridge.session.read_only)

    def _on_changes(self, changes: Changes) -> None:
        if changes.of(Kind.ANNOTATION) or changes.documents_text:
            self.refresh()

    def _on_current(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.rowSelected.emit(item.data(Qt.ItemDataRole.UserRole))

    def reattach_current(self) -> None:
        item = self.list.currentItem()
        selection = self._selection()
        if item is None:
            show_error(self, self.tr("Pick an orphan in the list first."))
        elif selection is None:
            show_error(self, self.tr("Select the new place of the highlight in the document first."))
        else:
            try:
                self.bridge.run(marking.reattach(self.bridge.session, item.data(Qt.ItemDataRole.UserRole), selection))
            except SourcemarkError as exc:
                show_error(self, str(exc))
