"""F6 / Shift+F6: move the keyboard focus between panes (the reader and each visible dock), as browsers and Zotero do.

Tab moves between the widgets inside a pane; F6 jumps over a whole pane, so from any list the reader is one or two
keys away however many fields the docks hold.
"""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

PanesFn = Callable[[], list[QWidget]]


def install(window: QWidget, panes: PanesFn) -> None:
    """F6 focuses the next pane of `panes()` (in order, visible ones only), Shift+F6 the previous one."""
    for key, step in (("F6", 1), ("Shift+F6", -1)):
        shortcut = QShortcut(QKeySequence(key), window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda s=step: cycle(panes(), s))


def cycle(panes: list[QWidget], step: int) -> QWidget | None:
    """Focus the first focusable widget of the pane `step` away from the one holding the focus; returns it."""
    shown = [p for p in panes if p.isVisible() and first_focusable(p) is not None]
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
