"""OcrRunner: Document › Recognise text (OCR) — Tesseract off the GUI thread, with a progress bar and Cancel.

The worker thread only runs `OcrJob.run` (it reads the bytes handed to it and calls Tesseract); it never
touches the session or the store. The GUI thread prepares the job, and when the worker is done it
builds the command and runs it through the bridge, so OCR is one undoable step like any other change.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.domain.errors import SourcemarkError
from app.services.labels import short
from app.services.ocr import OcrJob, OcrResult, ocr_command, prepare_ocr, words_recognised
from app.ui import bidi
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.jobs.job_worker import JobWorker
from app.ui.jobs.progress_dialog import end_job, progress_dialog


class OcrWorker(JobWorker):
    progressed = Signal(int, int)
    """Fires (on the worker thread, delivered queued) with pages done and pages in all."""


class OcrRunner(QObject):
    finished = Signal(str)
    """Fires with a one-line outcome when a run ends (done, cancelled or failed); for tests and the status bar."""
    recognised = Signal(str, str)
    """Fires with (document id, what OCR found) when a run's text was saved."""

    def __init__(self, bridge: SessionBridge, languages: Callable[[], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.languages = languages  # the setting, read at each run
        self.parent_widget = parent
        self.worker: OcrWorker | None = None
        self.dialog: QProgressDialog | None = None

    def run(self, document_id: str | None) -> bool:
        """Start OCR of the document's pages without text; False if it could not start."""
        if self.worker is not None:
            show_error(self.parent_widget, self.tr("OCR is already running."))
            return False
        if not document_id:
            show_error(self.parent_widget, self.tr("Open an image or a scanned PDF first."))
            return False
        try:
            job = prepare_ocr(self.bridge.session, document_id, self.languages())
        except SourcemarkError as exc:
            show_error(self.parent_widget, self.tr("OCR cannot start: {exc}").format(exc=exc))
            return False
        self.dialog = dialog = progress_dialog(self.parent_widget, self.tr("OCR"),
                                               self.tr("Recognising the text of “{title}” ({lang})…").format(title=bidi.isolate(job.title), lang=job.lang), self.cancel)
        self.worker = worker = OcrWorker(job, self)
        worker.progressed.connect(self._progress)
        worker.succeeded.connect(lambda result: self._done(job, result))
        worker.failed.connect(self._failed)
        worker.start()
        dialog.show()
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_event.set()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def stop(self) -> None:
        """Cancel and wait for the worker (it stops at the next page): the window closes with nothing running."""
        if self.worker is not None:
            self.cancel()
            self._finish()

    def _progress(self, done: int, total: int) -> None:
        dialog = self.dialog  # setValue on a modal dialog processes events: the run may end inside it
        if dialog is not None:
            dialog.setLabelText(self.tr("Recognising page {page} of {total}…").format(page=min(done + 1, total), total=total))
            dialog.setMaximum(max(total, 1))
            dialog.setValue(done)

    def _finish(self) -> None:
        end_job(self.worker, self.dialog)
        self.worker, self.dialog = None, None

    def _failed(self, message: str) -> None:
        if self.worker is None:  # stopped (the window closed): nothing more to say
            return
        cancelled = self.worker is not None and self.worker.cancel_event.is_set()
        self._finish()
        if cancelled:
            self.finished.emit(self.tr("OCR cancelled; nothing was changed."))
            return
        failed = self.tr("OCR failed: {message}").format(message=message)
        show_error(self.parent_widget, failed)
        self.finished.emit(failed)

    def _done(self, job: OcrJob, result: OcrResult) -> None:
        if self.worker is None:  # stopped (the window closed): the result is dropped, as Cancel promises
            return
        if self.worker.cancel_event.is_set():  # Cancel won the race: keep the promise
            self._failed("cancelled")
            return
        self._finish()
        try:
            report = ocr_command(self.bridge.session, job, result)
            if report.command is not None:
                self.bridge.run(report.command)
        except SourcemarkError as exc:
            unsaved = self.tr("OCR could not be saved: {exc}").format(exc=exc)
            show_error(self.parent_widget, unsaved)
            self.finished.emit(unsaved)
            return
        # the counts and the highlights' summary come from services in English (the rule: the GUI translates the
        # sentence around them); the title is isolated for right-to-left reading
        findings = "".join(f" {finding[:1].upper()}{finding[1:]}." for finding in result.findings)
        words, summary = words_recognised(result), report.summary()
        self.recognised.emit(job.document_id, self.tr(
            "OCR ({lang}) recognised %n words on {title}; highlights: {summary}.{findings}", "", words).format(
            lang=job.lang, title=bidi.quoted(short(job.title, 50)), summary=summary,
            findings=findings))
        self.finished.emit(self.tr("OCR ({lang}): %n words recognised; highlights: {summary}.{findings}", "", words)
                           .format(lang=job.lang, summary=summary, findings=findings))
