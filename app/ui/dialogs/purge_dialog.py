"""The confirmation of Edit > Delete and purge from server: what goes here, what the next sync does on the team's
server, and what a server that cannot purge keeps (the wording of services.sync.purge and docs/user/sync.md,
"Deleting sensitive content"). Plain text: names and quotes come from the analysts."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QMessageBox, QWidget

from app.domain.links import Kind
from app.domain.project import Project
from app.services.labels import object_name, quote_label, short
from app.services.sync.purge import Deletion
from app.ui import bidi
from app.ui.dialogs import errors
from app.ui.vocabulary import term

SHOWN = 8  # objects listed by name; the rest are counted
WIDTH_CHARS = 72  # a message box is narrow; this one holds a list and four paragraphs


def describe(project: Project, kind: Kind, oid: str) -> str:
    """One object as the dialog lists it: its kind and its words (a link: its two ends and its relation, read in
    order in a right-to-left interface too: ui.bidi)."""
    obj = project.find(kind, oid)
    if kind is Kind.LINK and obj is not None:
        ends = [describe(project, k, i) for k, i in ((obj.subject_kind, obj.subject_id), (obj.object_kind, obj.object_id))]
        return f"{term(kind)}: {bidi.chain(ends[0], term(obj.relation), ends[1])}"
    words = quote_label(obj, 60) if kind is Kind.ANNOTATION and obj is not None else short(object_name(obj, oid), 60)
    if kind is Kind.DOCUMENT and obj is not None:  # the file tells apart the .txt and .pdf of one story
        words = f"{short(obj.title, 60)} · {obj.original_name}" if obj.title != obj.original_name else words
    return f"{term('highlight' if kind is Kind.ANNOTATION else kind)} {bidi.quoted(words)}"


def listing(project: Project, objects: list[tuple[Kind, str]]) -> list[str]:
    """One line per object, the first SHOWN of them, then how many more."""
    lines = [f"  • {describe(project, kind, oid)}" for kind, oid in objects[:SHOWN]]
    more = len(objects) - SHOWN  # a plain name: lupdate reads only those as the count
    if more > 0:
        lines.append("  • " + QCoreApplication.translate("PurgeDialog", "and %Ln more", "", more))
    return lines


def text(project: Project, deletion: Deletion) -> str:
    """The dialog's whole text (read before the deletion runs: every object is still in the project)."""
    parts = [QCoreApplication.translate("PurgeDialog", "Delete here, and purge from the team's server at the next sync:"),
             *listing(project, list(deletion.asked))]
    if deletion.with_them:
        parts += ["", QCoreApplication.translate("PurgeDialog", "With it go the links and highlights that hang on it:"),
                  *listing(project, deletion.with_them)]
    parts += [
        "", QCoreApplication.translate("PurgeDialog", "Server: {url}").format(url=bidi.isolate(deletion.url)), "",
        QCoreApplication.translate(
            "PurgeDialog", "The next sync removes every revision of them from the server, where the server allows it "
            "(CouchDB's _purge, which CouchDB allows database admins only). A server without _purge keeps their "
            "earlier revisions until an admin compacts the database, and their ids for good; the sync then says so."),
        "", QCoreApplication.translate(
            "PurgeDialog", "Only the server forgets them: each project that had them, this one included, keeps them in "
            "its audit log."),
        "", QCoreApplication.translate(
            "PurgeDialog", "Undo brings them back here and cancels the purge, if the next sync has not run yet; after "
            "it, they go up to the server again."),
    ]
    return "\n".join(parts)


def purge_box(parent: QWidget | None, project: Project, deletion: Deletion) -> tuple[QMessageBox, QAbstractButton]:
    """The box (Cancel by default) and its "Delete and purge" button."""
    return destructive_box(parent, QCoreApplication.translate("PurgeDialog", "Delete and purge from the server"),
                           text(project, deletion), QCoreApplication.translate("PurgeDialog", "Delete and purge"))


def destructive_box(parent: QWidget | None, title: str, body: str, name: str) -> tuple[QMessageBox, QAbstractButton]:
    """A warning box wide enough for a list, Cancel by default (Enter deletes nothing), and its button `name`."""
    box = errors.message_box(parent, QMessageBox.Icon.Warning, title, body, errors.Button.Cancel, errors.Button.Cancel)
    label = box.findChild(QLabel, "qt_msgbox_label")  # Qt's name for the box's text
    if label is not None:
        label.setMinimumWidth(label.fontMetrics().averageCharWidth() * WIDTH_CHARS)
    icon = box.findChild(QLabel, "qt_msgboxex_icon_label")  # a screen reader would call it "graphic"
    if icon is not None:
        icon.setAccessibleName(QCoreApplication.translate("PurgeDialog", "Warning"))
    button = box.addButton(name, QMessageBox.ButtonRole.DestructiveRole)
    button.setAccessibleName(name)
    return box, button


def confirm(parent: QWidget | None, project: Project, deletion: Deletion) -> bool:
    """Asked before anything is deleted: True when the analyst pressed "Delete and purge"."""
    return pressed(*purge_box(parent, project, deletion))


def pressed(box: QMessageBox, button: QAbstractButton) -> bool:
    """Show the box; True when `button` was pressed."""
    errors._exec(box)  # one place the tests answer every box
    return box.clickedButton() is button
