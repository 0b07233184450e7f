"""ReaderController: the Highlight / Claim / Actor / Source gestures on the view's selection, with dialogs."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget

from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.domain.mentions import Mention
from app.services import linking
from app.services.documents import document_text
from app.ui import gestures
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.document_view.document_view import DocumentView


class ReaderController:
    def __init__(self, bridge: SessionBridge, view: DocumentView, parent: QWidget, select: Callable[[str], None]) -> None:
        self.bridge = bridge
        self.view = view
        self.parent = parent
        self.select = select  # shows a new highlight in the view and the panels

    def _selection(self) -> gestures.Selection | None:
        selection = self.view.selection()
        if selection is None:
            show_error(self.parent, "Select some text in the document (or drag a rectangle on an image) first.")
        return selection

    def _selected_text(self, selection: gestures.Selection) -> str:
        doc, start, end = selection
        return document_text(self.bridge.session, doc).text[start:end]

    def highlight(self) -> str | None:
        region = self.view.region_selection()
        selection = None if region is not None else self._selection()
        try:
            if region is not None:
                aid = gestures.highlight_region(self.bridge, region)
            elif selection is not None:
                aid = gestures.highlight(self.bridge, selection)
            else:
                return None
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return None
        self.select(aid)
        return aid

    def link(self, kind: Kind) -> str | None:
        """Open the link dialog for the selection; returns the new annotation id, None if cancelled."""
        region = self.view.region_selection()
        selection = None if region is not None else self._selection()
        if region is None and selection is None:
            return None
        try:
            quote = self._selected_text(selection) if selection else ""
            dialog = LinkDialog(self.bridge.session.project, kind, quote, self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            if region is not None:
                aid = gestures.link_region(self.bridge, region, dialog.choice())
            elif selection is not None:
                aid = gestures.link_selection(self.bridge, selection, dialog.choice())
            else:  # not reached: one of them is set (checked above)
                return None
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return None
        self.select(aid)
        return aid

    def find_mentions(self, actor_id: str | None) -> None:
        document_id = self.view.current_document()
        if not actor_id or not document_id:
            show_error(self.parent, "Open a document and pick an actor in the Actors panel first.")
            return
        name = self.bridge.session.project.actors[actor_id].name
        try:
            near = linking.near_mentions(self.bridge.session, actor_id, document_id)
            include = bool(near) and self._confirm_near(name, near)
            n = gestures.find_mentions(self.bridge, actor_id, document_id, include_near=include)
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return
        message = f"Marked {n} new mention{'s' * (n != 1)} of {name}." if n else f"No unmarked mentions of {name} here."
        QMessageBox.information(self.parent, "Find all mentions", message)

    def _confirm_near(self, name: str, near: list[Mention]) -> bool:
        """Ask before marking likely misspellings: they are guesses, the analyst decides."""
        # Angle brackets out: QMessageBox would take text with a tag in it for rich text.
        safe = str.maketrans("<>", "‹›")
        forms = sorted({m.as_written.translate(safe) for m in near})
        listed = "\n".join(f"  • {form}" for form in forms[:12]) + ("\n  • …" if len(forms) > 12 else "")
        answer = QMessageBox.question(
            self.parent, "Possible misspellings",
            f"These look like misspellings of {name.translate(safe)}:\n\n{listed}\n\n"
            "Mark them as mentions too (reason: misspelling)?",
        )
        return answer == QMessageBox.StandardButton.Yes

    def merge(self, actor_ids: list[str]) -> None:
        if len(actor_ids) < 2:
            show_error(self.parent, "Select two or more actors in the Actors panel (Ctrl+click) to merge them.")
            return
        actors = self.bridge.session.project.actors
        names = [actors[a].name for a in actor_ids]
        keep, ok = QInputDialog.getItem(self.parent, "Merge actors", "Keep this actor (the others become its aliases):", names, 0, False)
        if not ok:
            return
        keep_id = actor_ids[names.index(keep)]
        try:
            gestures.merge_actors(self.bridge, keep_id, actor_ids)
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
