"""Dock sizes that leave the reader most of a small window (1024×700: the reader had 290 px).

The side docks take a share of the window's width, not fixed pixels; the bottom docks (Annotations, with the
evidence graph in a tab) sit under the reader only, not across the whole window, so an empty graph never takes a
full-width strip and the side docks keep the window's height; combo boxes in docks shrink to a few characters
instead of widening their dock to their longest entry (a claim's statement). When a window is resized (or
restored) so small that the reader would get less than half of it, the docks are fitted again.
"""

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QDockWidget, QMainWindow, QWidget

READER_SHARE = 0.5  # below this share of the window's width, a resize fits the docks again
LEFT, RIGHT, BOTTOM = 0.2, 0.22, 0.25  # shares of the width (side docks) and height (bottom docks)
COMBO_CHARACTERS = 8
RESTORED = "sourcemarkDockStateRestored"  # a window property set by shell/window_place when it restored the docks


def _clamp(value: float, low: int, high: int) -> int:
    return max(low, min(high, int(value)))


def fit(window: QMainWindow, docks: dict[str, QDockWidget]) -> None:
    """Side docks and the bottom strip in proportion to the window; the reader gets the rest."""
    width, height = window.width(), window.height()
    horizontal, vertical = Qt.Orientation.Horizontal, Qt.Orientation.Vertical
    window.resizeDocks([docks["project"], docks["inspector"]],
                       [_clamp(width * LEFT, 170, 380), _clamp(width * RIGHT, 190, 420)], horizontal)
    window.resizeDocks([docks["project"], docks["claims"]], [_clamp(height * 0.22, 110, 200), height], vertical)
    window.resizeDocks([docks["inspector"], docks["actors"]], [height // 2, height // 2], vertical)
    window.resizeDocks([docks["annotations"]], [_clamp(height * BOTTOM, 120, 280)], vertical)


class _Refit(QObject):
    """Fits the docks again after a resize that leaves the reader less than READER_SHARE of the window."""

    def __init__(self, window: QMainWindow, docks: dict[str, QDockWidget], reader: QWidget) -> None:
        super().__init__(window)
        self.window, self.docks, self.reader = window, docks, reader
        self.timer = QTimer(self)  # after the layout has settled: the reader's width is known then
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.check)
        self.shown = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Show and not self.shown:
            self.shown = True
            if not self.window.property(RESTORED):  # a restored dock state is the user's: kept
                fit(self.window, self.docks)  # now, before anything is laid out in the reader at other sizes
        elif event.type() == QEvent.Type.Resize:
            self.timer.start()
        return False

    def check(self) -> None:
        if self.window.isVisible() and self.reader.width() < READER_SHARE * self.window.width():
            fit(self.window, self.docks)


def sides(window: QWidget) -> tuple[Qt.DockWidgetArea, Qt.DockWidgetArea]:
    """The areas for the navigation docks (project, claims) and the detail docks (inspector, actors). Qt mirrors
    widgets right to left but not dock areas, so in Arabic the navigation goes to the right, where reading starts."""
    start, end = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    return (end, start) if window.layoutDirection() == Qt.LayoutDirection.RightToLeft else (start, end)


def corners(window: QMainWindow) -> None:
    """The side dock areas take the bottom corners: call before any dock is added (set later, the bottom
    area's tab bar was left behind over the left docks)."""
    window.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
    window.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)


def install(window: QMainWindow, docks: dict[str, QDockWidget], reader: QWidget) -> None:
    for dock in docks.values():
        for combo in dock.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_CHARACTERS)
            # its minimum size hint still measures the longest entry: an explicit minimum width overrides it
            combo.setMinimumWidth(combo.sizeHint().width())
    fit(window, docks)
    refit = _Refit(window, docks, reader)
    window.installEventFilter(refit)
    reader.installEventFilter(refit)  # the reader is resized once the window's layout has settled
