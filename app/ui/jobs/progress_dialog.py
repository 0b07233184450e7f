"""The progress dialog of a long job (OCR, web capture, sync), and its ending.

While the dialog lives, an InputGuard keeps the user's input away from the window (the project must not change
under the job), yet lets the window's ✕ through so it can ask whether to stop the job; a window-modal dialog
would have the close dropped silently. The runners close the dialog themselves when the result is in (not when
the bar is full), and a job that ends must also release its worker thread: one way to do both, for every runner.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.jobs.input_guard import InputGuard


class JobProgressDialog(QProgressDialog):
    """Takes the keyboard when it shows (Esc cancels), as a modal dialog would: the window behind takes none."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.raise_()
        self.activateWindow()


def progress_dialog(parent: QWidget, title: str, label: str, on_cancel: Callable[[], object], *,
                    show_after_ms: int = 0) -> QProgressDialog:
    """A busy bar with Cancel over `parent`, shown after `show_after_ms` of work (0: as soon as it runs); the
    window's input is guarded from now on (InputGuard), even before the dialog shows."""
    dialog = JobProgressDialog(label, QCoreApplication.translate("ProgressDialog", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.NonModal)  # the guard blocks the window's input instead
    input_guard = InputGuard(parent.window())
    dialog.setProperty("guard", input_guard)  # lives as long as the dialog; end_job releases it
    dialog.destroyed.connect(input_guard.release)
    dialog.setMinimumDuration(show_after_ms)
    dialog.setAutoReset(False)  # the runner closes it when the result is in, not when the bar is full
    dialog.setAutoClose(False)
    dialog.canceled.connect(on_cancel)
    return dialog


def end_job(worker: QThread | None, dialog: QProgressDialog | None) -> None:
    """Wait for the job's worker to end and close its dialog; both are deleted once control is back in Qt."""
    if worker is not None:
        worker.wait()
        worker.deleteLater()
    if dialog is not None:
        guard = dialog.property("guard")
        if isinstance(guard, InputGuard):
            guard.release()
        dialog.canceled.disconnect()  # closing a progress dialog emits canceled: it must not cancel what is done
        # reset() stops the dialog's show-after timer: a job quicker than `show_after_ms` would otherwise have
        # its closed box pop up later, window-modal, over the merge dialog that followed it (a deadlock).
        dialog.reset()
        dialog.close()
        dialog.deleteLater()
