"""ReaderController: the Highlight / Claim / Actor / Source gestures on the view's selection, with dialogs."""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QWidget

from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.domain.mentions import Mention
from app.services import entities, linking, marking
from app.services.commands import Command
from app.services.documents import document_text
from app.services.labels import document_label
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import Button, ask, inform, show_error
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.document_view.document_view import DocumentView
from app.ui.locale_format import format_number


class ReaderController:
    def __init__(self, bridge: SessionBridge, view: DocumentView, parent: QWidget, select: Callable[[str], None]) -> None:
        self.bridge = bridge
        self.view = view
        self.parent = parent
        self.select = select  # shows a new highlight in the view and the panels

    def _selection(self) -> marking.Selection | None:
        selection = self.view.selection()
        if selection is None:
            show_error(self.parent, QCoreApplication.translate("ReaderController", "Select some text in the document (or drag a rectangle on an image) first."))
        return selection

    def _selected_text(self, selection: marking.Selection) -> str:
        doc, start, end = selection
        return document_text(self.bridge.session, doc).text[start:end]

    def _new_annotation(self, command: Command) -> str:
        """Run a command that marks one new highlight; its id."""
        return self.bridge.run(command).created[Kind.ANNOTATION][0]

    def highlight(self) -> str | None:
        region = self.view.region_selection()
        selection = None if region is not None else self._selection()
        try:
            if region is not None:
                aid = self._new_annotation(marking.highlight_region(self.bridge.session, region))
            elif selection is not None:
                aid = self._new_annotation(marking.highlight(self.bridge.session, selection))
            else:
                return None
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return None
        self.select(aid)
        return aid

    def link(self, kind: Kind) -> str | None:
        """Open the link dialog for the selection, or else for the selected highlight (a second link to it);
        returns the annotation id, None if cancelled."""
        region = self.view.region_selection()
        highlight = self.view.selected_annotation() if region is None and self.view.selection() is None else None
        selection = None if region is not None or highlight is not None else self._selection()
        if region is None and selection is None and highlight is None:
            return None
        try:
            if highlight is not None:
                quote = self.bridge.session.project.annotations[highlight].exact
            else:
                quote = self._selected_text(selection) if selection else ""
            dialog = LinkDialog(self.bridge.session.project, kind, quote, self.parent)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            session = self.bridge.session
            if highlight is not None:
                self.bridge.run(marking.link_annotation(session, highlight, dialog.choice()))
                aid = highlight
            elif region is not None:
                aid = self._new_annotation(marking.link_region(session, region, dialog.choice()))
            elif selection is not None:
                aid = self._new_annotation(marking.link_selection(session, selection, dialog.choice()))
            else:  # not reached: one of them is set (checked above)
                return None
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return None
        self.select(aid)
        return aid

    def find_mentions(self, actor_id: str | None) -> dict[str, int]:
        """Mark the actor's unmarked mentions in every document, as one step; the reader stays where it is.
        Says which documents it touched; returns how many it marked in each."""
        if not actor_id:
            show_error(self.parent, QCoreApplication.translate("ReaderController", "Pick an actor in the Actors panel first."))
            return {}
        project = self.bridge.session.project
        name = project.actors[actor_id].name
        try:
            near = [m for found in linking.near_mentions_everywhere(self.bridge.session, actor_id).values() for m in found]
            include = bool(near) and self._confirm_near(name, near)
            command, counts = linking.find_mentions_everywhere(self.bridge.session, actor_id, include_near=include)
            if command is not None:
                self.bridge.run(command)
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
            return {}
        n = sum(counts.values())
        if not n:
            documents = len(project.documents)
            inform(self.parent, QCoreApplication.translate("ReaderController", "Find all mentions"),
                   QCoreApplication.translate("ReaderController", "No unmarked mentions of {name} in the %n document(s) of this project.", "", documents).format(name=name))
            return counts
        touched = "\n".join(f"  • {document_label(project.documents[d])}: {format_number(k)}" for d, k in counts.items())
        len_counts = len(counts)
        inform(self.parent, QCoreApplication.translate("ReaderController", "Find all mentions"),
               QCoreApplication.translate("ReaderController", "Marked %n new mention(s) of {name}", "", n).format(name=name)
               + QCoreApplication.translate("ReaderController", " in %n document(s):\n\n{touched}\n\nUndo removes them all.", "", len_counts).format(touched=touched))
        return counts

    def _confirm_near(self, name: str, near: list[Mention]) -> bool:
        """Ask before marking likely misspellings: they are guesses, the analyst decides."""
        forms = sorted({m.as_written for m in near})
        listed = "\n".join(f"  • {form}" for form in forms[:12]) + ("\n  • …" if len(forms) > 12 else "")
        answer = ask(self.parent, QCoreApplication.translate("ReaderController", "Possible misspellings"),
                     QCoreApplication.translate("ReaderController", "These look like misspellings of {name}:\n\n{listed}\n\nMark them as mentions too (reason: misspelling)?").format(name=name, listed=listed))
        return answer == Button.Yes

    def merge(self, actor_ids: list[str]) -> None:
        if len(actor_ids) < 2:
            show_error(self.parent, QCoreApplication.translate("ReaderController", "Select two or more actors in the Actors panel (Ctrl+click) to merge them."))
            return
        actors = self.bridge.session.project.actors
        names = [actors[a].name for a in actor_ids]
        keep, ok = QInputDialog.getItem(self.parent, QCoreApplication.translate("ReaderController", "Merge actors"), QCoreApplication.translate("ReaderController", "Keep this actor (the others become its aliases):"), names, 0, False)
        if not ok:
            return
        keep_id = actor_ids[names.index(keep)]
        try:
            self.bridge.run(entities.merge_actors(self.bridge.session, keep_id, *actor_ids))
        except SourcemarkError as exc:
            show_error(self.parent, str(exc))
