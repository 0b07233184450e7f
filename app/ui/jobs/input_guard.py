"""InputGuard: while a long job (OCR, capture, sync) runs, its window takes no input: no click, key, shortcut, wheel
or drop reaches it; only its progress dialog answers. Unlike a window-modal dialog, the guard lets the window be
closed: Qt drops a close request to a window a modal dialog blocks, so the ✕ did nothing, silently, and the window
could not even say why. With the guard, the window's closeEvent runs and asks whether to stop the job.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

E = QEvent.Type
BLOCKED = frozenset({
    E.MouseButtonPress, E.MouseButtonRelease, E.MouseButtonDblClick, E.Wheel, E.KeyPress, E.KeyRelease,
    E.ShortcutOverride, E.Shortcut, E.ContextMenu, E.DragEnter, E.DragMove, E.Drop, E.TabletPress, E.TouchBegin,
})


class InputGuard(QObject):
    """Installed on the application while it lives (release() ends it); filters the input of one window."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        app = QApplication.instance()
        self._app = app
        if app is not None:
            app.installEventFilter(self)

    def release(self) -> None:
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in BLOCKED and self._belongs(watched)

    def _belongs(self, obj: QObject | None) -> bool:
        """A widget of the window (not of a dialog of its own), or an action or shortcut the window owns."""
        while obj is not None and not isinstance(obj, QWidget):  # a QAction or QShortcut: the widget it belongs to
            obj = obj.parent()
        return obj is not None and obj.window() is self.window  # the progress dialog's own Esc shortcut is not
