"""SyncRunner: File > Sync now, the status-bar sync indicator, and the optional sync every N minutes.

The sync runs on the GUI thread (the session has one writer) under a wait cursor: a sync that moves a
few changes takes a fraction of a second on a LAN. Its pulled changes go through the undo stack as
one step. Conflicts open the merge dialog; a timed sync never asks, it leaves them for the indicator.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QLineEdit, QWidget

from app.domain.errors import SourcemarkError
from app.services import sync
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.merge_dialog import MergeDialog

AskUrl = Callable[[], str | None]


class SyncRunner(QObject):
    sig_synced = Signal(str)
    """Fires with a one-line summary after each sync (or its error), for the status bar."""

    def __init__(self, bridge: SessionBridge, parent: QWidget, *, run_dialog: Callable[[QDialog], int] | None = None,
                 ask_url: AskUrl | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.parent_widget = parent
        self.run_dialog = run_dialog or (lambda dialog: dialog.exec())  # tests answer the dialog instead
        self.ask_url = ask_url or self._ask_url
        self._busy = False
        self.label = QLabel(parent)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(interactive=False))
        self._refresh_soon = QTimer(self)  # edits come in bursts: count what waits once they settle
        self._refresh_soon.setSingleShot(True)
        self._refresh_soon.setInterval(500)
        self._refresh_soon.timeout.connect(self.refresh)
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
            status = sync.status(self.bridge.session)
        except SourcemarkError as exc:
            self.label.setText(f"Sync: {exc}")
            return
        self.label.setText(describe(status))
        self.label.setToolTip(status.url or "File > Sync now to sync with the team's server")

    def sync_now(self, *, interactive: bool = True) -> sync.SyncReport | None:
        if self._busy:  # a timer firing while this sync's merge dialog is open
            return None
        self._busy = True
        try:
            return self._sync_now(interactive)
        finally:
            self._busy = False

    def _sync_now(self, interactive: bool) -> sync.SyncReport | None:
        session = self.bridge.session
        url = None
        if not sync.status(session).url:
            if not interactive:
                return None
            url = self.ask_url()
            if not url:
                return None
        try:
            report = self._run(url)
            if report.conflicts and interactive:
                report = self._decide(report)
        except SourcemarkError as exc:
            self.sig_synced.emit(f"Sync failed: {exc}")
            if interactive:
                show_error(self.parent_widget, f"Could not sync: {exc}")
            self.refresh()
            return None
        self.refresh()
        self.sig_synced.emit(report.lines()[0] + (f"; {len(report.conflicts)} conflict(s) left" if report.conflicts else ""))
        return report

    def _run(self, url: str | None, choices: dict | None = None) -> sync.SyncReport:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return sync.sync(self.bridge.session, url, choices=choices, execute=self.bridge.run)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _decide(self, report: sync.SyncReport) -> sync.SyncReport:
        """The merge dialog for what both sides edited; the choices then go up with a second sync."""
        dialog = MergeDialog(sync.conflict_preview(report), self.parent_widget)
        if self.run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return report
        return self._run(None, dialog.choices())

    def _ask_url(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.parent_widget, "Sync with the team's server",
            "Database URL (http(s)://host:port/database; user:password@ is used, never stored):",
            QLineEdit.EchoMode.Normal, "https://")
        return text.strip() if ok and text.strip() else None


def describe(status: sync.SyncStatus) -> str:
    """The indicator's text: when it last synced, what waits to go up, what needs a decision."""
    if not status.url:
        return "Not synced"
    parts = [f"Synced {status.last_sync.replace('T', ' ')[:16]}" if status.last_sync else "Never synced"]
    if status.waiting:
        parts.append(f"{status.waiting} change{'s' * (status.waiting != 1)} waiting")
    if status.conflicts:
        parts.append(f"{status.conflicts} conflict{'s' * (status.conflicts != 1)}")
    return " · ".join(parts)
