"""InputGuard: while a long job (OCR, capture, sync) runs, its window takes no input: no click, key, shortcut, wheel
or drop reaches it; only its progress dialog answers. Unlike a window-modal dialog, the guard lets the window be
closed: Qt drops a close request to a window a modal dialog blocks, so the ✕ did nothing, silently, and the window
could not even say why. With the guard, the window's closeEvent runs and asks whether to stop the job.

The guard filters one window only: user input arrives at the window's QWindow (filtered there), a shortcut is
delivered to its QAction, QShortcut or widget (each filtered). No application-wide filter: PySide 6.11 crashed (a
dynamic_cast in getWrapperForQObject) when one met an object PySide was still wrapping.
"""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QShortcut
from PySide6.QtWidgets import QWidget

E = QEvent.Type
BLOCKED = frozenset({
    E.MouseButtonPress, E.MouseButtonRelease, E.MouseButtonDblClick, E.Wheel, E.KeyPress, E.KeyRelease,
    E.ShortcutOverride, E.Shortcut, E.ContextMenu, E.DragEnter, E.DragMove, E.Drop, E.TabletPress, E.TouchBegin,
})


class InputGuard(QObject):
    """Filters the input of one window while it lives (release() ends it)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        handle = window.windowHandle()
        owned = [obj for obj in (*window.findChildren(QAction), *window.findChildren(QShortcut), *window.actions())
                 if self._belongs(obj)]
        widgets = [w for w in window.findChildren(QWidget) if w.window() is window]  # not its dialogs
        self._watched: list[QObject] = [*([handle] if handle is not None else []), window, *widgets, *owned]
        for obj in self._watched:
            obj.installEventFilter(self)

    def release(self) -> None:
        watched, self._watched = self._watched, []
        for obj in watched:
            try:
                obj.removeEventFilter(self)
            except RuntimeError:  # deleted meanwhile (a panel rebuilt): its filter went with it
                pass

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return bool(self._watched) and event.type() in BLOCKED

    def _belongs(self, obj: QObject | None) -> bool:
        """An action or shortcut of the window (not of a dialog of its own: the progress dialog's Esc is not)."""
        while obj is not None and not isinstance(obj, QWidget):  # a QAction or QShortcut: the widget it belongs to
            obj = obj.parent()
        return obj is not None and obj.window() is self.window
