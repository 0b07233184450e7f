"""JobWorker: runs one service job off the GUI thread (OCR, web capture) and reports how it ended.

The job gets the worker's `progressed.emit` and a cancel check; it never touches the session or the store.
Subclasses declare `progressed` with the arguments their job reports.
"""

import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from app.domain.errors import SourcemarkError


class JobWorker(QThread):
    succeeded = Signal(object)
    """Fires with the job's result when it ran to the end."""
    failed = Signal(str)
    """Fires with a one-line message when the job failed or was cancelled."""
    progressed: Signal  # declared by each subclass, with the arguments its job reports

    def __init__(self, job: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.job = job
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.job.run(self.progressed.emit, self.cancel_event.is_set)
        except SourcemarkError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a bug must not kill the thread silently
            self.failed.emit(f"internal error: {type(exc).__name__}: {exc}")
            return
        self.succeeded.emit(result)
