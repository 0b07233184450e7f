"""Inspector: details of the selected highlight (quote, note, links, anchor) or claim/actor/source.

Its text fields save themselves when the focus leaves them or the selection moves on, one undo step each
(there is no Save button); a refresh from another change keeps what is being typed.
"""

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.annotations import Annotation
from app.domain.changes import Changes
from app.domain.claims import Verdict
from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services import annotate, entities, linking, marking
from app.services.commands import Command
from app.services.labels import document_label, object_name, quote_label, short
from app.ui import bidi
from app.ui.accessible import name_combo, plain_name
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.link_dialog import LinkDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.locale_format import format_datetime
from app.ui.panels.committing_edit import CommittingEdit
from app.ui.vocabulary import label, term


def describe(bridge: SessionBridge, kind: Kind, oid: str) -> str:
    """Rich text describing a claim, actor or source."""
    obj = bridge.session.project.find(kind, oid)
    if obj is None:
        return ""
    if kind is Kind.CLAIM:
        # The wording, the verdict and the rationale are in the fields below, not repeated here.
        return "<b>" + QCoreApplication.translate("Inspector", "Claim") + "</b>"
    if kind is Kind.ACTOR:
        aliases = ", ".join(escape(bidi.isolate(a)) for a in obj.aliases) or "—"
        aliases = QCoreApplication.translate("Inspector", "Aliases: {aliases}").format(aliases=aliases)
        return (f"<b>{escape(bidi.isolate(obj.name))}</b> ({escape(term(obj.kind))})<p>{aliases}</p>"
                f"<p>{escape(obj.country)}</p>")
    source = QCoreApplication.translate("Inspector", "Source")
    grade = QCoreApplication.translate("Inspector", "Grade <b>{grade}</b>").format(grade=obj.grade)
    return (f"<b>{source}</b><p{bidi.html_dir()}>{escape(bidi.isolate(obj.title))}</p><p>{grade}"
            f" · {escape(bidi.isolate(obj.publisher))} {escape(bidi.isolate(obj.published))}</p><p>{escape(obj.url)}</p>")


# The free-text field the inspector edits for each kind of object, and its placeholder.
FREE_TEXT: dict[Kind, tuple[str, str]] = {
    Kind.CLAIM: ("rationale", QT_TRANSLATE_NOOP("Inspector", "Rationale: how the verdict was reached, with the evidence…")),
    Kind.ACTOR: ("description", QT_TRANSLATE_NOOP("Inspector", "Description…")),
    Kind.SOURCE: ("notes", QT_TRANSLATE_NOOP("Inspector", "Notes on this source…")),
}
EDITORS: dict[Kind, Callable[..., Command]] = {
    Kind.CLAIM: entities.edit_claim, Kind.ACTOR: entities.edit_actor, Kind.SOURCE: entities.edit_source,
}


class Inspector(QWidget):
    objectActivated = Signal(str, str)
    """Fires with (kind, id) of the other end of a link the user double-clicks (or presses Enter on)."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.annotation_id: str | None = None
        self.object: tuple[Kind, str] | None = None
        self.header = QLabel(self.tr("Select a highlight or an object to see its details."), self)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Never squeeze the header below its text: the links list, which scrolls, gives way instead.
        self.header.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.statement = CommittingEdit(self)  # a claim's wording: editable after it is made
        self.statement.setPlaceholderText(self.tr("The claim, as you will check it…"))
        self.statement.setMaximumHeight(64)
        self.statement.setAccessibleName(self.tr("Claim wording"))
        self.statement.commitRequested.connect(lambda: self._commit(self.statement))
        self.note = CommittingEdit(self)
        self.note.setPlaceholderText(self.tr("Note…"))
        self.note.setMaximumHeight(64)
        self.note.setAccessibleName(self.tr("Note"))
        self.note.commitRequested.connect(lambda: self._commit(self.note))
        self.links = QListWidget(self)
        self.links.setWordWrap(True)
        self.links.setAccessibleName(self.tr("Links"))
        self.links.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.links.itemActivated.connect(self._follow)
        self.unlink = QPushButton(self.tr("Unlink"), self)
        self.unlink.clicked.connect(self._unlink)
        self.delete = QPushButton(self.tr("Delete highlight"), self)
        self.delete.clicked.connect(self._delete)
        # A claim is checked against sources and attributed to actors: link them from here.
        self.link_source = QPushButton(self.tr("Link source…"), self)
        self.link_source.clicked.connect(lambda: self._link_claim(Kind.SOURCE))
        self.link_actor = QPushButton(self.tr("Link actor…"), self)
        self.link_actor.clicked.connect(lambda: self._link_claim(Kind.ACTOR))
        self.verdict = QComboBox(self)  # the verdict is what a claim is for: editable here, not only in the table
        for verdict in Verdict:
            self.verdict.addItem(label(verdict), verdict.value)
        self.verdict.activated.connect(self._set_verdict)  # the user's choice only, not our own setCurrentIndex
        self.verdict_label = QLabel(self.tr("&Verdict:"), self)
        self.verdict_label.setBuddy(self.verdict)
        name_combo(self.verdict, self.tr("Verdict"))
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.verdict_label)
        verdict_row.addWidget(self.verdict, 1)
        claim_row = QHBoxLayout()
        claim_row.addWidget(self.link_source)
        claim_row.addWidget(self.link_actor)
        claim_row.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.unlink)
        row.addWidget(self.delete)
        self._editing = False
        self._followers: list[Callable[[], None]] = []  # buttons of window actions (add_action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(self.statement)
        layout.addLayout(verdict_row)
        layout.addWidget(self.note)
        layout.addWidget(self.links, 1)
        layout.addLayout(claim_row)
        layout.addLayout(row)
        bridge.projectChanged.connect(self._on_changes)
        self._show_nothing()

    def add_action(self, action: QAction, text: str) -> QPushButton:
        """A button under Delete for a window action on what the inspector shows (Delete and purge): enabled as
        the action is, shown while the inspector shows something and the action is visible. A row of its own: the
        dock keeps its narrow width at 1024×700."""
        button = QPushButton(text, self)
        button.setAccessibleName(plain_name(text))
        button.clicked.connect(action.trigger)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

        def follow() -> None:
            button.setEnabled(action.isEnabled())
            button.setToolTip(action.toolTip())
            button.setVisible(self._editing and action.isVisible())

        action.changed.connect(follow)
        self._followers.append(follow)
        follow()
        return button

    def commit(self) -> None:
        """Save what was typed and not saved yet (before the selection moves on, or the window closes)."""
        for editor in (self.statement, self.note):
            self._commit(editor)

    def show_annotation(self, annotation_id: str | None) -> None:
        self.commit()
        self.annotation_id, self.object = annotation_id, None
        self._show_annotation("load")

    def _show_annotation(self, mode: str) -> None:
        ann = self.bridge.session.project.annotations.get(self.annotation_id or "")
        if ann is None:
            self._show_nothing()
            return
        self.header.setText(self._annotation_html(ann))
        self.note.setPlaceholderText(self.tr("Note… (saved when you leave the field)"))
        self.delete.setText(self.tr("Delete highlight"))
        self._fill(self.note, (Kind.ANNOTATION, ann.id, "note"), ann.note, mode)
        self.links.clear()
        for link, other in self._linked(ann):
            item = QListWidgetItem(other, self.links)
            item.setData(Qt.ItemDataRole.UserRole, link)
        self._set_editing(True)

    def show_object(self, kind: Kind, oid: str) -> None:
        """A claim, actor or source: its details, its free-text field to edit, and its links."""
        self.commit()
        self.annotation_id, self.object = None, (kind, oid)
        self._show_object("load")

    def _show_object(self, mode: str) -> None:
        assert self.object is not None
        kind, oid = self.object
        obj = self.bridge.session.project.find(kind, oid)
        if obj is None:
            self._show_nothing()
            return
        self.header.setText(describe(self.bridge, kind, oid))
        if kind is Kind.CLAIM:
            self.verdict.setCurrentIndex(max(self.verdict.findData(obj.verdict.value), 0))
            self._fill(self.statement, (kind, oid, "statement"), obj.statement, mode)
        field, placeholder = FREE_TEXT[kind]
        self.note.setPlaceholderText(self.tr(placeholder))
        self._fill(self.note, (kind, oid, field), getattr(obj, field), mode)
        self.delete.setText(self.tr("Delete {value}").format(value=term(kind)))
        self.links.clear()
        for link_id, text in self._object_links(oid):
            item = QListWidgetItem(text, self.links)
            item.setData(Qt.ItemDataRole.UserRole, link_id)
        self._set_editing(True)

    @staticmethod
    def _fill(editor: CommittingEdit, target: tuple[Kind, str, str], text: str, mode: str) -> None:
        """"load" another object's text; "refresh" the same one's without taking what is being typed; "keep"
        the field as it is after our own edit of it (the cursor stays where the user left it)."""
        if mode == "load" or editor.target != target:
            editor.load(target, text)
        elif mode == "refresh":
            editor.refresh(text)

    def _object_links(self, oid: str) -> list[tuple[str, str]]:
        project = self.bridge.session.project
        out: list[tuple[str, str]] = []
        for link in project.links_of(oid):
            outgoing = link.subject_id == oid
            kind, other_id = (link.object_kind, link.object_id) if outgoing else (link.subject_kind, link.subject_id)
            other = project.find(kind, other_id)
            name = (getattr(other, "statement", None) or getattr(other, "name", None) or getattr(other, "title", None)
                    or (quote_label(other) if other is not None and hasattr(other, "exact") else "?"))
            arrow = bidi.chain(term(link.relation), term(kind)) if outgoing else f"{term(kind)} {term(link.relation)}"
            text = f"{arrow}: {bidi.isolate(short(name, 60))}"
            if link.as_written and link.as_written != name:
                text += self.tr("  (as written “{written}”)").format(written=bidi.isolate(link.as_written))
            out.append((link.id, text))
        return out

    def _annotation_html(self, ann: Annotation) -> str:
        doc = self.bridge.session.project.documents.get(ann.document_id)
        anchor = term(ann.status) + (f" ({QLocale().toString(round(ann.score * 100))} %)" if ann.score is not None and ann.status.value == "fuzzy" else "")
        pages = self.tr(" · page {pages}").format(pages=", ".join(QLocale().toString(p + 1) for p in ann.pages)) if ann.pages else ""
        anchored = self.tr("anchor {state}").format(state=anchor)
        quote = bidi.quoted(short(ann.exact, 400)) + (" (OCR)" if ann.ocr else "") if not ann.region else quote_label(ann)
        return (f"<p style='font-size:large'{bidi.html_dir()}>{escape(quote)}</p>"
                f"<p><b>{escape(term(ann.category))}</b> · {anchored}{pages}<br>"
                f"{escape(bidi.isolate(document_label(doc)) if doc else '')}<br>"
                f"<small>{escape(bidi.isolate(ann.analyst))} {escape(format_datetime(ann.modified))}</small></p>")

    def _linked(self, ann: Annotation) -> list[tuple[str, str]]:
        project = self.bridge.session.project
        out: list[tuple[str, str]] = []
        for link in project.links_of(ann.id):
            other = project.find(link.object_kind, link.object_id)
            name = object_name(other, "?")
            text = f"{bidi.chain(term(link.relation), term(link.object_kind))}: {bidi.isolate(short(name, 60))}"
            if link.as_written and link.as_written != name:
                written = bidi.isolate(link.as_written) + (", " + term(link.reason) if link.reason.value else "")
                text += self.tr("  (as written “{written}”)").format(written=written)
            out.append((link.id, text))
        return out

    def _show_nothing(self) -> None:
        self.header.setText(self.tr("Select a highlight or an object to see its details."))
        self.annotation_id, self.object = None, None
        for editor in (self.statement, self.note):
            editor.load(None, "")
        self.links.clear()
        self._set_editing(False)

    def _set_editing(self, on: bool) -> None:
        writable = on and not self.bridge.session.read_only
        self._editing = on
        for follow in self._followers:
            follow()
        for widget in (self.note, self.unlink, self.delete):
            widget.setVisible(on)
            widget.setEnabled(writable)
        self.links.setVisible(on)
        is_claim = on and self.object is not None and self.object[0] is Kind.CLAIM
        for control in (self.statement, self.link_source, self.link_actor, self.verdict, self.verdict_label):
            control.setVisible(is_claim)
            control.setEnabled(is_claim and writable)

    def follow_document(self, document_id: str | None) -> None:
        """Another document was opened: a highlight of the previous one is no longer what the reader shows."""
        ann = self.bridge.session.project.annotations.get(self.annotation_id or "")
        if ann is not None and ann.document_id != document_id:
            self.show_annotation(None)

    def _set_verdict(self, index: int) -> None:
        if self.object and self.object[0] is Kind.CLAIM:
            oid, value = self.object[1], self.verdict.itemData(index)
            self._run(lambda: entities.edit_claim(self.bridge.session, oid, verdict=value))

    def _link_claim(self, kind: Kind) -> None:
        if not self.object or self.object[0] is not Kind.CLAIM:
            return
        claim = self.bridge.session.project.find(Kind.CLAIM, self.object[1])
        if claim is None:
            return
        dialog = LinkDialog(self.bridge.session.project, kind, claim.statement, self, subject=Kind.CLAIM)
        if dialog.exec() == LinkDialog.DialogCode.Accepted:
            try:
                self.bridge.run(marking.link_claim(self.bridge.session, claim.id, dialog.choice()))
            except SourcemarkError as exc:
                show_error(self, str(exc))

    def _on_changes(self, changes: Changes) -> None:
        # Our own field edit changed nothing the fields do not already show: leave the cursor where it is.
        mode = "keep" if changes.initiator is self else "refresh"
        if self.annotation_id and (changes.of(Kind.ANNOTATION) or changes.of(Kind.LINK) or changes.documents_text):
            self._show_annotation(mode)
        elif self.object and (changes.of(self.object[0]) or changes.of(Kind.LINK)):
            self._show_object(mode)

    def _run(self, build: Callable[[], Command]) -> bool:
        try:
            self.bridge.run(build(), initiator=self)
        except SourcemarkError as exc:
            show_error(self, str(exc))
            return False
        return True

    def _commit(self, editor: CommittingEdit) -> None:
        """Save one field's text as one undo step, to the object it was loaded from."""
        if not editor.dirty() or editor.target is None:
            return
        kind, oid, field = editor.target
        text = editor.toPlainText()
        obj = self.bridge.session.project.find(kind, oid)  # type: ignore[arg-type]
        if obj is None or getattr(obj, field) == text:
            editor.mark_saved()
            return
        if kind is Kind.ANNOTATION:
            saved = self._run(lambda: annotate.edit_annotation(self.bridge.session, oid, note=text))
        else:
            saved = self._run(lambda: EDITORS[kind](self.bridge.session, oid, **{field: text}))  # type: ignore[index]
        if saved:
            editor.mark_saved()

    def _unlink(self) -> None:
        item = self.links.currentItem()
        if item is not None:
            link_id = item.data(Qt.ItemDataRole.UserRole)
            self._run(lambda: linking.unlink(self.bridge.session, link_id))

    def _follow(self, item: QListWidgetItem) -> None:
        link = self.bridge.session.project.links.get(item.data(Qt.ItemDataRole.UserRole))
        here = self.annotation_id or (self.object[1] if self.object else None)
        if link is None or here is None:
            return
        kind, oid = (link.object_kind, link.object_id) if link.subject_id == here else (link.subject_kind, link.subject_id)
        self.objectActivated.emit(kind.value, oid)

    def _delete(self) -> None:
        if self.annotation_id:
            aid = self.annotation_id
            self._run(lambda: annotate.delete_annotation(self.bridge.session, aid))
        elif self.object:
            kind, oid = self.object
            self._run(lambda: entities.delete(self.bridge.session, kind, oid))  # its links go too; undo restores both
