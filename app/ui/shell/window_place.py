"""Saving and restoring the window's place and dock layout across screens and scale factors.

Under QT_SCALE_FACTOR=2 a window saved at one scale restored larger than the screen at another, and dock sizes
saved at 2× came back at 1×. The saved state now names the scale it was saved at (device pixel ratio and logical
screen size); the geometry is always clamped to the screen's available area, and the dock state is restored only
at the scale it was saved at (otherwise the docks keep their default shares of the window, ui/dock_layout).
"""

from PySide6.QtCore import QRect, QTimer
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from app.ui.dock_layout import RESTORED
from app.ui.shell.settings import AppSettings


def screen_key(screen: QScreen | None) -> str:
    """'2@800x500': the device pixel ratio and the logical size of the screen ('' if there is none)."""
    if screen is None:
        return ""
    size = screen.size()
    return f"{screen.devicePixelRatio():g}@{size.width()}x{size.height()}"


def _scale(key: str) -> str:
    return key.partition("@")[0]


def save(window: QMainWindow, settings: AppSettings) -> None:
    settings.set_window_state(window.saveGeometry(), window.saveState(), screen_key(window.screen()))


def restore(window: QMainWindow, settings: AppSettings) -> bool:
    """Restore what was saved; True if the dock state was restored too (saved at this scale)."""
    geometry, state = settings.window_state()
    if geometry is not None:
        window.restoreGeometry(geometry)
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        clamp_to(window, screen.availableGeometry())
        # again once shown: the first layout may grow the window to fit the docks' restored or default sizes
        QTimer.singleShot(0, window, lambda: clamp_to(window, screen.availableGeometry()))
    saved = settings.window_screen()
    if state is None or not saved or _scale(saved) != _scale(screen_key(screen)):
        return False  # saved at another scale (or by a version that did not say): its dock sizes do not fit
    restored = bool(window.restoreState(state))
    window.setProperty(RESTORED, restored)  # ui/dock_layout then keeps these sizes when the window is shown
    return restored


def clamp_to(window: QMainWindow, area: QRect) -> None:
    """Shrink and move the window so its frame lies inside `area` (a maximised window is left to the system)."""
    if window.isMaximized() or window.isFullScreen() or area.isEmpty():
        return
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()  # title bar and borders
    width = min(inner.width(), area.width() - extra_w)
    height = min(inner.height(), area.height() - extra_h)
    if (width, height) != (inner.width(), inner.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(max(x, area.x()), max(y, area.y()))
