"""SyncRunner: File > Sync now, the status-bar sync indicator, and the optional sync every N minutes.

Sync is shaped like capture (docs/architecture.md, threading rules): the GUI thread prepares the run (the checks,
the state, a snapshot of the project: `replicator.prepare`), a worker plans the pull (`plan_pull`: the network and
the decisions, against the snapshot), the GUI thread applies it through the bridge as one undo step (`apply_pull`),
and a worker pushes (`push_changes`). No nested event loop: progress comes as queued signals, Cancel is an event
the worker reads between requests (a request in flight is left to end on its own, `progress.interruptible`).
File > Sync now shows a progress dialog after half a second, with the phase, the counts and Cancel, and the window
takes no input meanwhile (the InputGuard of OCR and capture). A timed sync shows its progress in the status-bar
indicator only and takes no input away: an edit made while it waits on the server makes its pull be refused whole
(nothing is lost; the next sync takes it in). A timed sync is skipped while another runs. Conflicts open the merge
dialog once the progress dialog has closed; a timed sync never asks, it leaves them for the indicator.
"""

import dataclasses
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from app.domain.errors import SourcemarkError
from app.services.sync import encryption, purge, replicator
from app.services.sync.progress import interruptible
from app.ui import bidi
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.dialogs.sync_setup_dialog import SyncSetup, SyncSetupDialog
from app.ui.dialogs.sync_setup_dialog import ask_passphrase as ask_passphrase_dialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.jobs import sync_summary
from app.ui.jobs.job_worker import JobWorker
from app.ui.jobs.progress_dialog import end_job, progress_dialog
from app.ui.locale_format import format_datetime, format_number

AskUrl = Callable[[], str | SyncSetup | None]  # the URL, or the set-up dialog's answer (URL, encrypt, passphrase)
_PLAIN = SyncSetup("")  # a URL known already: no set-up answers
Stage = Callable[[replicator.SyncRun], object]
SHOW_AFTER_MS = 500  # a sync that moves a few changes ends before its dialog would flash


class SyncStage:
    """One worker stage of a run (`plan_pull` or `push_changes`): its result is the exception it ended with, if any,
    as `replicator.failed` words it (a cancel says what went through), so the GUI thread can tell a cancel apart."""

    def __init__(self, run: replicator.SyncRun, stage: Stage) -> None:
        self.sync_run, self.stage = run, stage

    def run(self, _progress: object, _cancelled: object) -> BaseException | None:
        try:
            self.stage(self.sync_run)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which says it
            return replicator.failed(self.sync_run, exc)
        return None


class SyncWorker(JobWorker):
    progressed = Signal(str, int, int)
    """Unused: the run's Ticker reports through SyncRunner.stageProgressed (one connection for both stages)."""


class SyncRunner(QObject):
    syncReported = Signal(str)
    """Fires with a one-line summary after each sync (or its error), for the status bar."""
    syncEnded = Signal(object)
    """Fires when a sync ends (merge dialog included): its SyncReport, or None (cancelled, failed, not started)."""
    stageProgressed = Signal(str, int, int)
    """Emitted by the worker between two requests (phase, done, total); delivered queued on the GUI thread."""

    def __init__(self, bridge: SessionBridge, parent: QWidget, *, run_dialog: Callable[[QDialog], int] | None = None,
                 ask_url: AskUrl | None = None, confirm_url: Callable[[str], bool] | None = None,
                 ask_passphrase: Callable[[str], str | None] | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.parent_widget = parent
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())  # tests answer the dialog instead
        self.ask_url = ask_url or self._ask_url
        self.confirm_url = confirm_url or self._confirm_url  # a URL that came inside the project folder
        # an encrypted database's passphrase when neither the environment nor the keyring has it (asked here, on the
        # GUI thread, then the sync starts again; the keys are kept for the session: a timed sync never asks)
        self.ask_passphrase = ask_passphrase or (lambda url: ask_passphrase_dialog(self.parent_widget, url))
        self._setup = _PLAIN  # this sync's set-up answers (the first sync of a project)
        self._url: str | None = None
        self._busy = False
        self._interactive = True
        self._cancel = threading.Event()
        self.worker: SyncWorker | None = None
        self.dialog: QProgressDialog | None = None  # while File > Sync now runs
        self.label = QLabel(parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(interactive=False))
        self._refresh_soon = QTimer(self)  # edits come in bursts: count what waits once they settle
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(500)
        self._refresh_soon.timeout.connect(lambda: None if self._busy else self.refresh())  # a sync refreshes at its end
        bridge.projectChanged.connect(lambda _changes: self._refresh_soon.start())
        self.stageProgressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)
        self.refresh()

    def set_interval(self, minutes: int) -> None:
        """Sync every `minutes` (0: only on request)."""
        if minutes > 0 and not self.bridge.session.read_only:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def refresh(self) -> None:
        try:
            status = replicator.status(self.bridge.session)
        except SourcemarkError as exc:
            self.label.setText(self.tr("Sync: {exc}").format(exc=exc))
            return
        self.label.setText(describe(status))
        self.label.setToolTip((status.url + (self.tr(" (end-to-end encrypted)") if status.encrypted else ""))
                              or self.tr("File > Sync now to sync with the team's server"))

    @property
    def busy(self) -> bool:
        """A sync (or its merge dialog) is running: the window waits for it before it closes."""
        return self._busy

    def cancel(self) -> None:
        """Stop the running sync at its next request boundary, or at once if it waits on the server (Cancel)."""
        self._cancel.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def sync_now(self, *, interactive: bool = True) -> bool:
        """Start a sync; False if none started (one runs, no server, the user said no). `syncEnded` says how it ended."""
        if self._busy:  # a timer firing while a sync or this sync's merge dialog is open
            return False
        self._setup = _PLAIN
        url = self._server(interactive)
        if url is None:
            return False
        self._busy, self._interactive, self._url = True, interactive, url or None
        self._start(self._url)
        return True

    def _server(self, interactive: bool) -> str | None:
        """The URL to name ("" for the one the project holds), or None when there is nothing to sync with."""
        status = replicator.status(self.bridge.session)
        if not status.url:
            answer = self.ask_url() if interactive else None
            self._setup = SyncSetup(answer) if isinstance(answer, str) else answer or _PLAIN
            return self._setup.url or None
        if not status.confirmed:  # nothing is sent to a server the user of this machine did not choose
            return status.url if interactive and self.confirm_url(status.url) else None
        return ""

    def _start(self, url: str | None, choices: dict | None = None) -> None:
        self._cancel.clear()
        try:
            run = replicator.prepare(self.bridge.session, url, choices=choices, progress=self.stageProgressed.emit,
                                     cancelled=self._cancel.is_set, blocking=interruptible(self._cancel.is_set),
                                     threaded=True, encrypt=self._setup.encrypt,
                                     passphrase=lambda _url, _new: self._setup.passphrase or None)  # (no dialog there)
        except SourcemarkError as exc:
            self._end(exc)
            return
        if self._interactive:  # a timed sync takes no input away: an edit meanwhile only makes its pull wait
            self.dialog = progress_dialog(self.parent_widget, self.tr("Sync"), self.tr("Connecting to the server…"), self.cancel,
                                          show_after_ms=SHOW_AFTER_MS)
            self.dialog.setValue(0)  # starts the dialog's own timer: it shows itself then, if the sync still runs
        self._stage(run, replicator.plan_pull, self._pulled)

    def _stage(self, run: replicator.SyncRun, stage: Stage, then: Callable[[replicator.SyncRun], None]) -> None:
        self.worker = worker = SyncWorker(SyncStage(run, stage))
        worker.succeeded.connect(lambda error: self._staged(worker, run, error, then))
        worker.start()

    def _staged(self, worker: SyncWorker, run: replicator.SyncRun, error: BaseException | None,
                then: Callable[[replicator.SyncRun], None]) -> None:
        worker.wait()
        worker.deleteLater()
        self.worker = None
        if error is None:
            then(run)
        else:
            run.close()
            self._finish(error)

    def _pulled(self, run: replicator.SyncRun) -> None:
        """On the GUI thread: the planned pull goes in through the undo stack, then the push starts."""
        try:
            replicator.apply_pull(run, self.bridge.run)
        except BaseException as exc:  # noqa: BLE001 - worded by the replicator, said by _finish
            run.close()
            self._finish(replicator.failed(run, exc))
            return
        self._stage(run, replicator.push_changes, self._pushed)

    def _pushed(self, run: replicator.SyncRun) -> None:
        run.close()
        self._finish(run.report)

    def _finish(self, outcome: replicator.SyncReport | BaseException) -> None:
        """The progress box closes first; then the merge dialog, if this analyst has conflicts to decide."""
        end_job(None, self.dialog)
        self.dialog = None
        if isinstance(outcome, encryption.PassphraseNeeded) and self._interactive and not self._setup.passphrase:
            phrase = self.ask_passphrase(outcome.url)  # on the GUI thread; the worker only said it was needed
            if phrase:
                self._setup = dataclasses.replace(self._setup, passphrase=phrase)
                self._start(self._url)
                return
        if isinstance(outcome, replicator.SyncReport) and self._interactive \
                and any(cf.decidable for cf in outcome.conflicts):
            choices = self._decide(outcome)
            if choices is not None:
                self._start(None, choices)
                return
        self._end(outcome)

    def _end(self, outcome: replicator.SyncReport | BaseException) -> None:
        self._busy = False
        self.refresh()
        if isinstance(outcome, replicator.SyncCancelled):  # what the analyst asked for: no message box
            self.syncReported.emit(sync_summary.cancelled(outcome))
        elif isinstance(outcome, SourcemarkError):
            self.syncReported.emit(self.tr("Sync failed: {exc}").format(exc=outcome))
            if self._interactive:
                show_error(self.parent_widget, self.tr("Could not sync: {outcome}").format(outcome=outcome))
        elif isinstance(outcome, replicator.SyncReport):
            conflicts = len(outcome.conflicts)  # a plain name: lupdate reads only those as the count
            left = self.tr("; %Ln conflict(s) left", "", conflicts) if conflicts else ""
            left += purge_summary(outcome)
            self.syncReported.emit(sync_summary.summary(outcome) + left)  # lines() stay the CLI's English
        self.syncEnded.emit(outcome if isinstance(outcome, replicator.SyncReport) else None)
        if isinstance(outcome, BaseException) and not isinstance(outcome, SourcemarkError):
            raise outcome  # a bug: as loud as it was on the GUI thread (the excepthook's box)

    def _progress(self, phase: str, done: int, total: int) -> None:
        """Between two requests (queued from the worker): show where the sync is."""
        if not self._busy:
            return  # a report from a stage that ended meanwhile
        phase = self.tr(phase)  # services.sync.progress's phases, marked in PHASES below
        counts = (self.tr(" ({done} of {total})").format(done=format_number(done), total=format_number(total)) if total
                  else f" ({format_number(done)})" if done else "")
        dialog = self.dialog
        if dialog is not None:
            if not self._cancel.is_set():
                dialog.setLabelText(f"{phase}…{counts}")
            dialog.setMaximum(total)
            value = min(done, total) if total else 0
            if value > dialog.minimum() or dialog.isVisible():  # setValue(minimum) would restart its show timer
                dialog.setValue(value)
        elif not self._interactive:
            self.label.setText(self.tr("Syncing: {phase}{counts}").format(phase=phase.lower(), counts=counts))

    def _decide(self, report: replicator.SyncReport) -> dict | None:
        """The merge dialog for what both sides edited; its choices (for a second sync), or None if dismissed."""
        dialog = MergeDialog(replicator.conflict_preview(report), self.parent_widget, incoming=_incoming(report),
                             title=self.tr("Sync: decide the conflicts"))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.choices()

    def _confirm_url(self, url: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Sync with this server?"),
            self.tr("This project names a sync server you have not confirmed on this computer:\n\n{url}\n\nSyncing sends the project, and the sync credentials set on this computer, to it. Sync with it?").format(url=url))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_url(self) -> SyncSetup | None:
        dialog = SyncSetupDialog(self.parent_widget)
        return dialog.setup() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _incoming(report: replicator.SyncReport) -> str:
    """What this sync already took (everything that did not conflict), said before the conflicts."""
    by = QCoreApplication.translate("SyncRunner", " from {analysts}").format(analysts=bidi.listed(report.analysts[1:])) if len(report.analysts) > 1 else ""
    url = bidi.isolate(report.url)
    if not report.pulled:
        return QCoreApplication.translate("SyncRunner", "Synced with {url}: nothing else came in{by}.").format(url=url, by=by)
    pulled = report.pulled
    return QCoreApplication.translate("SyncRunner", "Synced with {url}: %Ln change(s){by} came in and are already in "
               "this project.", "", pulled).format(url=url, by=by)


def describe(status: replicator.SyncStatus) -> str:
    """The indicator's text: when it last synced, what waits to go up, what needs a decision."""
    if not status.url:
        return QCoreApplication.translate("SyncRunner", "Not synced")
    parts = [QCoreApplication.translate("SyncRunner", "Synced {when}").format(when=format_datetime(status.last_sync)) if status.last_sync
             else QCoreApplication.translate("SyncRunner", "Never synced")]
    waiting, conflicts = status.waiting, status.conflicts  # plain names: lupdate reads only those as the count
    if waiting:
        parts.append(QCoreApplication.translate("SyncRunner", "%Ln change(s) waiting", "", waiting))
    if conflicts:
        parts.append(QCoreApplication.translate("SyncRunner", "%Ln conflict(s)", "", conflicts))
    purging = status.purging
    if purging:
        parts.append(QCoreApplication.translate("SyncRunner", "%Ln to purge from the server", "", purging))
    if not status.confirmed:
        parts.append(QCoreApplication.translate("SyncRunner", "server not confirmed: File > Sync now"))
    return " · ".join(parts)


def purge_summary(report: replicator.SyncReport) -> str:
    """What the sync's purge did, for the status bar: how many left the server, or why none could."""
    purged = len(report.purged)
    said = QCoreApplication.translate("SyncRunner", "; %Ln purged from the server", "", purged) if purged else ""
    if report.purge_note:
        why = {purge.UNSUPPORTED: QCoreApplication.translate(
                   "SyncRunner", "the server does not support _purge: earlier revisions stay there until an admin "
                   "compacts the database"),
               purge.REFUSED: QCoreApplication.translate(
                   "SyncRunner", "the server refused _purge (CouchDB allows it to database admins only): earlier "
                   "revisions stay there until an admin purges or compacts the database")}
        said += QCoreApplication.translate("SyncRunner", "; not purged: {note}").format(
            note=why.get(report.purge_note, report.purge_note))
    return said


PHASES = (QT_TRANSLATE_NOOP("SyncRunner", "Checking the server"), QT_TRANSLATE_NOOP("SyncRunner", "Receiving changes"),
          QT_TRANSLATE_NOOP("SyncRunner", "Comparing what came in"), QT_TRANSLATE_NOOP("SyncRunner", "Fetching files"),
          QT_TRANSLATE_NOOP("SyncRunner", "Comparing with the last sync"), QT_TRANSLATE_NOOP("SyncRunner", "Sending files"),
          QT_TRANSLATE_NOOP("SyncRunner", "Sending changes"))
