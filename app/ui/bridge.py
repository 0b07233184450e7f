"""SessionBridge: re-emits the session's change sets as a Qt signal, and runs commands with undo."""

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from app.domain.changes import Changes
from app.domain.errors import SourcemarkError
from app.services.commands import Command, Executed
from app.services.session import ProjectSession
from app.ui.selection import Selection


class SessionBridge(QObject):
    projectChanged = Signal(object)
    """Fires with a `Changes` after every command, undo or redo that reached the disk."""
    errorOccurred = Signal(str)
    """Fires with a one-line message when an undo or redo could not be written."""

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.undo_stack = QUndoStack(self)
        self.selection = Selection(self)  # what the window is on; the panels follow it
        self._initiator: object = None
        session.subscribe(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        changes.initiator = self._initiator
        self.projectChanged.emit(changes)

    def run(self, command: Command, initiator: object = None, moved: Callable[[bool], None] | None = None) -> Executed:
        """Execute first, then push: a command that fails (bad input, full disk) never lands on the stack.

        This is the GUI's one mutation path: every use case returns a command built by services. The
        `initiator` (the view that asked) rides on the Changes, so that view need not rebuild from its own edit.
        `moved(redone)` hears each later undo (False) and redo (True) of the command that reached the disk, for
        what follows the command outside the project (a purge wish in sync.json).
        """
        self._initiator = initiator
        try:
            executed = self.session.execute(command)
        finally:
            self._initiator = None
        self.undo_stack.push(_UndoableCommand(self, command, moved))
        return executed

    def _history_failed(self, exc: SourcemarkError) -> None:
        # Qt has already moved its index; the session has not. Start both histories afresh so they
        # agree again (the project on disk is intact either way).
        self.errorOccurred.emit(str(exc))
        self.session.clear_history()
        QTimer.singleShot(0, self.undo_stack.clear)

    def detach(self) -> None:
        self.session.unsubscribe(self._on_changes)


class _UndoableCommand(QUndoCommand):
    """QUndoStack front end over the session's own undo history (which owns the real state)."""

    def __init__(self, bridge: SessionBridge, command: Command, moved: Callable[[bool], None] | None) -> None:
        super().__init__(command.label)
        self.command = command  # the adapter holds its command (the session's history replays it)
        self._bridge = bridge
        self._moved = moved
        self._first = True

    def redo(self) -> None:
        if self._first:  # already executed by SessionBridge.run
            self._first = False
            return
        try:
            self._bridge.session.redo()
        except SourcemarkError as exc:
            self._bridge._history_failed(exc)
            return
        if self._moved is not None:
            self._moved(True)

    def undo(self) -> None:
        try:
            self._bridge.session.undo()
        except SourcemarkError as exc:
            self._bridge._history_failed(exc)
            return
        if self._moved is not None:
            self._moved(False)
