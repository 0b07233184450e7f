"""Delete… on the rows selected in a list (a panel's context menu, the Delete key): a confirmation naming what goes
and what goes with it, then one undo step for the whole selection (services.deletion).

A deleted document closes in the reader (the view drops it itself) and stops being the selection's document;
when an undo brings it back, the reader opens it again, as the analyst left it.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.changes import Changes
from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services import deletion as deleting
from app.ui.bridge import SessionBridge
from app.ui.dialogs import delete_dialog
from app.ui.dialogs.errors import show_error

Confirm = Callable[[deleting.Deletion], bool]


class ListDeletion(QObject):
    def __init__(self, bridge: SessionBridge, parent: QWidget, syncs: Callable[[], bool],
                 open_document: Callable[[str], None], confirm: Confirm | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.parent_widget, self.open_document = bridge, parent, open_document
        self.confirm = confirm or (lambda d: delete_dialog.confirm(parent, bridge.session.project, d, syncs()))
        self._closed: str | None = None  # the document a deletion closed in the reader, reopened if it comes back
        bridge.projectChanged.connect(self._on_changes)

    def run(self, ids: list[str]) -> bool:
        """Ask, then delete these objects and what hangs on them; False when nothing was deleted."""
        if not ids or self.bridge.session.read_only:
            return False
        try:
            planned = deleting.plan(self.bridge.session, ids)
        except SourcemarkError as exc:
            show_error(self.parent_widget, str(exc))
            return False
        if not self.confirm(planned):
            return False
        try:
            self.bridge.run(planned.command)
        except SourcemarkError as exc:
            show_error(self.parent_widget, str(exc))
            return False
        return True

    def _on_changes(self, changes: Changes) -> None:
        project, chosen = self.bridge.session.project, self.bridge.selection
        documents = changes.of(Kind.DOCUMENT)
        if chosen.document is not None and chosen.document in documents.removed:
            self._closed = chosen.document
            current = chosen.current if chosen.current and project.find(*chosen.current) is not None else None
            chosen.show(document=None, current=current)
        elif self._closed is not None and self._closed in documents.added and chosen.document is None:
            closed, self._closed = self._closed, None
            self.open_document(closed)
