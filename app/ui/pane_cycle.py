"""F6 / Shift+F6: move the keyboard focus between panes (the reader and each visible dock), as browsers and Zotero do.

Tab moves between the widgets inside a pane; F6 jumps over a whole pane, so from any list the reader is one or two
keys away however many fields the docks hold. A pane counts only when it is on screen: a dock behind another's
tab is "visible" to Qt but covered, and typing into it would change what nobody sees. The pane F6 lands on gets
a frame in the highlight colour (PaneMark) while the focus stays in it: a text field's cursor alone is easy to miss.
"""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence, QPainter, QPaintEvent, QPalette, QPen, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

PanesFn = Callable[[], list[QWidget]]


class PaneMark(QWidget):
    """A thin frame in the highlight colour over the pane F6 moved to, until the focus leaves that pane."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("paneMark")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pane: QWidget | None = None
        self.hide()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def mark(self, pane: QWidget) -> None:
        self.clear()
        self.pane = pane
        pane.installEventFilter(self)
        self._place()
        self.show()
        self.raise_()

    def clear(self) -> None:
        if self.pane is not None:
            self.pane.removeEventFilter(self)
        self.pane = None
        self.hide()

    def _place(self) -> None:
        parent = self.parentWidget()
        if self.pane is not None and parent is not None:
            self.setGeometry(QRect(self.pane.mapTo(parent, QPoint(0, 0)), self.pane.size()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move):
            self._place()
        elif event.type() == QEvent.Type.Hide:
            self.clear()
        return False

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.pane is not None and not (new is not None and (new is self.pane or self.pane.isAncestorOf(new))):
            self.clear()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
        painter.drawRect(self.rect().adjusted(1, 1, -1, -1))


def install(window: QWidget, panes: PanesFn) -> PaneMark:
    """F6 focuses the next pane of `panes()` (in order, on-screen ones only), Shift+F6 the previous one."""
    mark = PaneMark(window)

    def step_to(step: int) -> None:
        target = cycle(panes(), step)
        pane = next((p for p in panes() if target is not None and (p is target or p.isAncestorOf(target))), None)
        if pane is not None:
            mark.mark(pane)

    for key, step in (("F6", 1), ("Shift+F6", -1)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda s=step: step_to(s))
    return mark


def on_screen(pane: QWidget) -> bool:
    """Shown and not covered: a dock behind another dock's tab stays isVisible() but has nothing on screen.
    (A pane its children cover whole has an empty region of its own: any visible part of it counts.)"""
    return pane.isVisible() and any(w.isVisible() and not w.visibleRegion().isEmpty()
                                    for w in (pane, *pane.findChildren(QWidget)))


def cycle(panes: list[QWidget], step: int) -> QWidget | None:
    """Focus the first focusable widget of the pane `step` away from the one holding the focus; returns it."""
    shown = [p for p in panes if on_screen(p) and first_focusable(p) is not None]
    if not shown:
        return None
    focus = QApplication.focusWidget()
    here = next((i for i, p in enumerate(shown) if focus is not None and (focus is p or p.isAncestorOf(focus))), -1)
    if here < 0 and step < 0:
        here = 0  # from outside every pane, Shift+F6 goes to the last one
    target = first_focusable(shown[(here + step) % len(shown)])
    if target is not None:
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    return target


def first_focusable(pane: QWidget) -> QWidget | None:
    """The pane itself or its first descendant in the focus chain that takes focus by Tab and is shown."""
    widget = pane
    for _ in range(10_000):  # the focus chain is a ring through the whole window: once round is enough
        if (widget is pane or pane.isAncestorOf(widget)) and _takes_tab_focus(widget):
            return widget
        following = widget.nextInFocusChain()
        if following is None or following is pane:
            break
        widget = following
    return None


def _takes_tab_focus(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()
