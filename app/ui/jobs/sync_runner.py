"""SyncRunner: File > Sync now, the status-bar sync indicator, and the optional sync every N minutes.

The sync runs on the GUI thread (the session has one writer); each of its HTTP requests runs on a helper
thread while this thread keeps handling events (BlockingCall), so the window repaints during a 26 s
first push. File > Sync now shows a window-modal progress dialog after half a second, with the phase,
the counts and Cancel (the sync stops at the next request boundary, consistent; the user cannot edit
the project meanwhile). A timed sync shows its progress in the status-bar indicator only, takes no user
input while it runs, and is skipped while another sync runs. Pulled changes go through the undo stack as
one step. Conflicts open the merge dialog; a timed sync never asks, it leaves them for the indicator.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QProgressDialog, QWidget

from app.domain.errors import SourcemarkError
from app.services.sync import replicator
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.jobs.blocking_call import BlockingCall
from app.ui.jobs.progress_dialog import end_job, progress_dialog
from app.ui.locale_format import format_datetime, format_number

AskUrl = Callable[[], str | None]
SHOW_AFTER_MS = 500  # a sync that moves a few changes ends before its dialog would flash


class SyncRunner(QObject):
    sig_synced = Signal(str)
    """Fires with a one-line summary after each sync (or its error), for the status bar."""

    def __init__(self, bridge: SessionBridge, parent: QWidget, *, run_dialog: Callable[[QDialog], int] | None = None,
                 ask_url: AskUrl | None = None, confirm_url: Callable[[str], bool] | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.parent_widget = parent
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())  # tests answer the dialog instead
        self.ask_url = ask_url or self._ask_url
        self.confirm_url = confirm_url or self._confirm_url  # a URL that came inside the project folder
        self._busy = False
        self._cancel_asked = False
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
        self.label.setToolTip(status.url or self.tr("File > Sync now to sync with the team's server"))

    @property
    def busy(self) -> bool:
        """A sync (or its merge dialog) is running: the window waits for it before it closes."""
        return self._busy

    def cancel(self) -> None:
        """Stop the running sync at its next request boundary (Cancel in the progress dialog)."""
        self._cancel_asked = True
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def sync_now(self, *, interactive: bool = True) -> replicator.SyncReport | None:
        if self._busy:  # a timer firing while a sync or this sync's merge dialog is open
            return None
        self._busy = True
        try:
            return self._sync_now(interactive)
        finally:
            self._busy = False

    def _sync_now(self, interactive: bool) -> replicator.SyncReport | None:
        session = self.bridge.session
        url = None
        status = replicator.status(session)
        if not status.url:
            if not interactive:
                return None
            url = self.ask_url()
            if not url:
                return None
        elif not status.confirmed:  # nothing is sent to a server the user of this machine did not choose
            if not interactive or not self.confirm_url(status.url):
                return None
            url = status.url
        try:
            report = self._run(url, interactive=interactive)
            if any(cf.decidable for cf in report.conflicts) and interactive:
                report = self._decide(report)
        except replicator.SyncCancelled as exc:  # what the analyst asked for: said in the status bar, no message box
            self.refresh()
            self.sig_synced.emit(str(exc))
            return None
        except SourcemarkError as exc:
            self.sig_synced.emit(f"Sync failed: {exc}")
            if interactive:
                show_error(self.parent_widget, self.tr("Could not sync: {exc}").format(exc=exc))
            self.refresh()
            return None
        self.refresh()
        self.sig_synced.emit(report.lines()[0] + (f"; {len(report.conflicts)} conflict(s) left" if report.conflicts else ""))
        return report

    def _run(self, url: str | None, choices: dict | None = None, *, interactive: bool = True) -> replicator.SyncReport:
        self._cancel_asked = False
        if interactive:
            self.dialog = self._progress_dialog()
        waiting = BlockingCall(accept_input=self._dialog_up, cancelled=lambda: self._cancel_asked,
                               on_cancel=lambda: replicator.SyncCancelled("cancelled"))
        try:
            return replicator.sync(self.bridge.session, url, choices=choices, execute=self.bridge.run,
                             progress=self._progress, cancelled=lambda: self._cancel_asked, blocking=waiting)
        finally:
            end_job(None, self.dialog)
            self.dialog = None

    def _progress_dialog(self) -> QProgressDialog:
        dialog = progress_dialog(self.parent_widget, self.tr("Sync"), self.tr("Connecting to the server…"), self.cancel,
                                 show_after_ms=SHOW_AFTER_MS, guard=False)  # window-modal: see progress_dialog
        dialog.setValue(0)  # starts the dialog's own timer: it shows itself then, if the sync still runs
        return dialog

    def _dialog_up(self) -> bool:
        """User input may be handled: the window-modal dialog keeps it away from the project."""
        return self.dialog is not None and self.dialog.isVisible()

    def _progress(self, phase: str, done: int, total: int) -> None:
        """Between two requests: show where the sync is, and let the window repaint and see Cancel."""
        phase = self.tr(phase)  # services.sync.progress's phases, marked in PHASES below
        counts = (self.tr(" ({done} of {total})").format(done=format_number(done), total=format_number(total)) if total
                  else f" ({format_number(done)})" if done else "")
        dialog = self.dialog
        if dialog is not None:
            if not self._cancel_asked:
                dialog.setLabelText(f"{phase}…{counts}")
            dialog.setMaximum(total)
            value = min(done, total) if total else 0
            if value > dialog.minimum() or dialog.isVisible():  # setValue(minimum) would restart its show timer
                dialog.setValue(value)
        else:
            self.label.setText(self.tr("Syncing: {phase}{counts}").format(phase=phase.lower(), counts=counts))
        flags = QEventLoop.ProcessEventsFlag.AllEvents
        if not self._dialog_up():
            flags |= QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        QCoreApplication.processEvents(flags)

    def _decide(self, report: replicator.SyncReport) -> replicator.SyncReport:
        """The merge dialog for what both sides edited; the choices then go up with a second sync."""
        dialog = MergeDialog(replicator.conflict_preview(report), self.parent_widget, incoming=_incoming(report),
                             title=self.tr("Sync: decide the conflicts"))
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return report
        return self._run(None, dialog.choices())

    def _confirm_url(self, url: str) -> bool:
        answer = QMessageBox.question(
            self.parent_widget, self.tr("Sync with this server?"),
            self.tr("This project names a sync server you have not confirmed on this computer:\n\n{url}\n\nSyncing sends the project, and the sync credentials set on this computer, to it. Sync with it?").format(url=url))
        return answer == QMessageBox.StandardButton.Yes

    def _ask_url(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget, self.tr("Sync with the team's server"),
            self.tr("Database URL (http(s)://host:port/database; user:password@ is used, never stored):"),
            QLineEdit.EchoMode.Normal, "https://")
        return text.strip() if ok and text.strip() else None


def _incoming(report: replicator.SyncReport) -> str:
    """What this sync already took (everything that did not conflict), said before the conflicts."""
    by = QCoreApplication.translate("SyncRunner", " from {analysts}").format(analysts=", ".join(report.analysts[1:])) if len(report.analysts) > 1 else ""
    if not report.pulled:
        return QCoreApplication.translate("SyncRunner", "Synced with {url}: nothing else came in{by}.").format(url=report.url, by=by)
    pulled = report.pulled
    return QCoreApplication.translate("SyncRunner", "Synced with {url}: %Ln change(s){by} came in and are already in "
                                      "this project.", "", pulled).format(url=report.url, by=by)


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
    if not status.confirmed:
        parts.append(QCoreApplication.translate("SyncRunner", "server not confirmed: File > Sync now"))
    return " · ".join(parts)


PHASES = (QT_TRANSLATE_NOOP("SyncRunner", "Checking the server"), QT_TRANSLATE_NOOP("SyncRunner", "Receiving changes"),
          QT_TRANSLATE_NOOP("SyncRunner", "Comparing what came in"), QT_TRANSLATE_NOOP("SyncRunner", "Fetching files"),
          QT_TRANSLATE_NOOP("SyncRunner", "Comparing with the last sync"), QT_TRANSLATE_NOOP("SyncRunner", "Sending files"),
          QT_TRANSLATE_NOOP("SyncRunner", "Sending changes"))
