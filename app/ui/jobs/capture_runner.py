"""CaptureRunner: File › Capture web page… — the fetch off the GUI thread, with a progress bar and Cancel.

The worker thread only runs `CaptureJob.run` (network, WARC, reading the page, Chromium); it never touches the
session or the store. When it is done, the GUI thread builds the command and runs it through the bridge: the
capture is one undoable step with one audit entry, like any other change.

Cancel takes effect at once: a server that never answers keeps the worker inside a socket read until the
time-out, so the runner lets go of that worker (its result is dropped, it holds nothing of the project) and
keeps a reference only until its thread ends. Without Cancel the capture still ends at its time limit (the
dialog's, remembered in settings; as `capture --time-limit`), with the same one-line message as the CLI.
"""

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.errors import SourcemarkError
from app.services.capture.web import (
    CaptureResult,
    capture_command,
    dialog_message,
    prepare_capture,
    write_timestamp_request,
)
from app.ui.bridge import SessionBridge
from app.ui.dialogs.capture_dialog import CaptureRequest
from app.ui.dialogs.errors import show_error
from app.ui.jobs.job_worker import JobWorker
from app.ui.jobs.progress_dialog import end_job, progress_dialog


class CaptureWorker(JobWorker):
    progressed = Signal(str, int, int)
    """Fires (delivered queued) with what is being fetched, resources done and resources known."""


class CaptureRunner(QObject):
    finished = Signal(str)
    """Fires with a one-line outcome when a capture ends (added, cancelled or failed); for tests and the status bar."""
    documentAdded = Signal(str)
    """Fires with the id of the captured page's document once it is in the project."""

    def __init__(self, bridge: SessionBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.parent_widget = parent
        self.worker: CaptureWorker | None = None
        self.dialog: QProgressDialog | None = None
        self.tsq = ""  # the running capture's time-stamp request file, if asked
        self.abandoned: set[CaptureWorker] = set()  # cancelled workers still inside a network call

    def run(self, request: CaptureRequest) -> bool:
        """Start capturing; False (and one message) if it could not start."""
        if self.worker is not None:
            show_error(self.parent_widget, self.tr("A capture is already running."))
            return False
        try:
            job = prepare_capture(request.url, timeout=request.timeout, max_mb=request.max_mb,
                                  user_agent=request.user_agent, rendered=request.rendered,
                                  time_limit=request.time_limit)
        except SourcemarkError as exc:
            show_error(self.parent_widget, self.tr("Cannot capture: {dialog_message}").format(dialog_message=dialog_message(str(exc))))
            return False
        self.tsq = request.tsq
        self.dialog = dialog = progress_dialog(self.parent_widget, self.tr("Capture web page"), self.tr("Capturing {url}…").format(url=job.url[:100]),
                                               self.cancel)
        self.worker = worker = CaptureWorker(job)  # no parent: a cancelled worker may outlive this runner's wait
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(lambda result: self._done(worker, result))
        worker.failed.connect(lambda message: self._failed(worker, message))
        worker.start()
        dialog.show()
        return True

    def cancel(self) -> None:
        """Stop now: nothing is added, whatever the worker is waiting for."""
        worker = self.worker
        if worker is None:
            return
        worker.cancel_event.set()
        for signal in (worker.progressed, worker.succeeded, worker.failed):
            signal.disconnect()
        self.abandoned.add(worker)
        worker.finished.connect(lambda: self._forget(worker))
        if worker.isFinished():
            self._forget(worker)
        self.worker = None
        self._finish()
        self.finished.emit("Capture cancelled; nothing was added.")

    def _forget(self, worker: CaptureWorker) -> None:
        if worker in self.abandoned:
            self.abandoned.discard(worker)
            worker.deleteLater()

    @property
    def busy(self) -> bool:
        """A capture runs, or a cancelled one has not yet let go of its connection."""
        return self.worker is not None or bool(self.abandoned)

    def _progress(self, what: str, done: int, total: int) -> None:
        dialog = self.dialog  # setValue on a modal dialog processes events: the run may end inside it
        if dialog is not None:
            dialog.setLabelText(what)
            dialog.setMaximum(total)  # 0: a busy bar while the page itself arrives
            dialog.setValue(min(done, total))

    def _finish(self) -> None:
        end_job(self.worker, self.dialog)
        self.worker, self.dialog = None, None

    def _failed(self, worker: CaptureWorker, message: str) -> None:
        if worker is not self.worker:  # cancelled meanwhile: the user was told already
            return
        self._finish()
        message = dialog_message(message)  # the dialog's names, not the CLI's flags
        show_error(self.parent_widget, self.tr("Capture failed: {message}").format(message=message))
        self.finished.emit(f"Capture failed: {message}")

    def _done(self, worker: CaptureWorker, result: CaptureResult) -> None:
        if worker is not self.worker:  # cancelled meanwhile: nothing is added, as promised
            return
        self._finish()
        try:
            report = capture_command(self.bridge.session, result)
            if self.tsq:
                write_timestamp_request(result, Path(self.tsq))  # before the commit: a failed write adds nothing
            self.bridge.run(report.command)
        except SourcemarkError as exc:
            message = dialog_message(str(exc))
            show_error(self.parent_widget, self.tr("The capture could not be saved: {message}").format(message=message))
            self.finished.emit(f"The capture could not be saved: {message}")
            return
        page = report.documents[0]
        self.documentAdded.emit(page.id)
        notes = f" ({'; '.join(report.warnings)})" if report.warnings else ""
        self.finished.emit(f"Captured {result.capture.final_url[:120]}: {len(report.documents)} document(s) added{notes}.")
