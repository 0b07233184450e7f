"""TeamWork: File > Merge project… and Tools > Agreement with another project…, with dialogs and message boxes."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.domain.errors import SourcemarkError
from app.services.agreement import AgreementReport, agreement_with
from app.services.merge import merging
from app.ui.bridge import SessionBridge
from app.ui.dialogs.agreement_dialog import AgreementDialog
from app.ui.dialogs.errors import inform, show_error
from app.ui.dialogs.merge_dialog import MergeDialog


class TeamWork:
    def __init__(self, bridge: SessionBridge, parent: QWidget,
                 run_dialog: Callable[[QDialog], int] | None = None) -> None:
        self.bridge = bridge
        self.parent = parent
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())  # tests answer the dialog instead

    def _choose(self, title: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(self.parent, title)
        return Path(folder) if folder else None

    def merge(self, folder: Path | None = None) -> bool:
        """Preview, let the analyst decide each conflict, then run the merge as one undoable command."""
        folder = folder or self._choose(QCoreApplication.translate("TeamWork", "Merge another analyst's project"))
        if folder is None:
            return False
        try:
            preview = merging.preview_merge(self.bridge.session, folder)
            dialog = MergeDialog(preview, self.parent)
            if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
            command = merging.merge_command(self.bridge.session, preview, dialog.choices())
            if command.ops:
                self.bridge.run(command)
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("TeamWork", "Could not merge: {exc}").format(exc=exc))
            return False
        changes = len(command.ops)
        inform(self.parent, QCoreApplication.translate("TeamWork", "Merge project"),
               QCoreApplication.translate("TeamWork", "Merged %n change(s) from {other_name} in one step (Undo reverts it).", "",
                                          changes).format(other_name=preview.other_name))
        return True

    def agreement(self, folder: Path | None = None) -> AgreementReport | None:
        folder = folder or self._choose(QCoreApplication.translate("TeamWork", "Compare with another analyst's project"))
        if folder is None:
            return None
        try:
            report = agreement_with(self.bridge.session, folder)
        except SourcemarkError as exc:
            show_error(self.parent, QCoreApplication.translate("TeamWork", "Could not compare: {exc}").format(exc=exc))
            return None
        self.run_dialog(AgreementDialog(report, self.parent))
        return report
