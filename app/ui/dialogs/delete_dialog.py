"""The confirmation of Delete… on a list's selected rows: what goes, and what goes with it (links, a document's
highlights), listed as the purge confirmation lists them (purge_dialog's building blocks). Plain text."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

from app.domain.project import Project
from app.services.deletion import Deletion
from app.ui.dialogs.purge_dialog import destructive_box, listing, pressed


def text(project: Project, deletion: Deletion, syncs: bool = False) -> str:
    """The box's text (read before the deletion runs: every object is still in the project)."""
    parts = [QCoreApplication.translate("DeleteDialog", "Delete from this project:"),
             *listing(project, list(deletion.asked))]
    if deletion.with_them:
        heading = (QCoreApplication.translate("PurgeDialog", "With it go the links and highlights that hang on it:")
                   if len(deletion.asked) == 1 else
                   QCoreApplication.translate("DeleteDialog", "With them go the links and highlights that hang on them:"))
        parts += ["", heading, *listing(project, deletion.with_them)]
    if deletion.documents():
        parts += ["", QCoreApplication.translate(
            "DeleteDialog", "A document open in the reader closes. Its original file stays in the project folder.")]
    if syncs:
        parts += ["", QCoreApplication.translate(
            "DeleteDialog", "The next sync deletes them on the team's server too, for every analyst.")]
    parts += ["", QCoreApplication.translate("DeleteDialog", "Undo (Ctrl+Z) brings everything back in one step.")]
    return "\n".join(parts)


def delete_box(parent: QWidget | None, project: Project, deletion: Deletion,
               syncs: bool = False) -> tuple[QMessageBox, QAbstractButton]:
    """The box (Cancel by default) and its "Delete" button."""
    return destructive_box(parent, QCoreApplication.translate("DeleteDialog", "Delete"),
                           text(project, deletion, syncs), QCoreApplication.translate("DeleteDialog", "Delete"))


def confirm(parent: QWidget | None, project: Project, deletion: Deletion, syncs: bool = False) -> bool:
    """Asked before anything is deleted: True when the analyst pressed "Delete"."""
    return pressed(*delete_box(parent, project, deletion, syncs))
