"""The window-modal progress dialog of a long job (OCR, web capture, sync), and its ending.

The runners close the dialog themselves when the result is in (not when the bar is full), and a job that
ends must also release its worker thread: one way to do both, for every runner.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QProgressDialog, QWidget


def progress_dialog(parent: QWidget, title: str, label: str, on_cancel: Callable[[], object], *,
                    show_after_ms: int = 0) -> QProgressDialog:
    """A busy bar with Cancel over `parent`, shown after `show_after_ms` of work (0: as soon as it runs)."""
    dialog = QProgressDialog(label, "Cancel", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
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
        dialog.canceled.disconnect()  # closing a progress dialog emits canceled: it must not cancel what is done
        dialog.close()
        dialog.deleteLater()
