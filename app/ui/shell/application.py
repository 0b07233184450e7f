"""The QApplication: names for QSettings, icon, style, and following the system light/dark scheme."""

import sys

from PySide6.QtCore import QCoreApplication, QMessageLogContext, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from app import __version__
from app.ui.icons import app_icon

# Messages Qt's offscreen platform prints for every window it cannot resize like a real screen; noise
# in --screenshot runs and tests, not something a user can act on.
_IGNORED_MESSAGES = ("This plugin does not support propagateSizeHints()",)


def _message_handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message in _IGNORED_MESSAGES:
        return
    print(message, file=sys.stderr)


def make_application(argv: list[str] | None = None) -> QApplication:
    qInstallMessageHandler(_message_handler)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("Sourcemark")
    QCoreApplication.setApplicationName("Sourcemark")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("sourcemark")
    app.setWindowIcon(app_icon())
    if "Fusion" in QStyleFactory.keys():
        app.setStyle("Fusion")  # the same look on every platform, and a palette we can switch for dark mode
    apply_scheme(app)
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_scheme(app))
    return app


_scheme = {"preference": "system"}  # the user's setting: "system", "light" or "dark"


def apply_scheme(app: QApplication, preference: str | None = None) -> bool:
    """Light or dark palette: as the user set it, or following the system (QStyleHints.colorScheme).
    Returns True when the dark palette is in use."""
    if preference is not None:
        _scheme["preference"] = preference
    chosen = _scheme["preference"]
    dark = chosen == "dark" or (chosen == "system" and app.styleHints().colorScheme() == Qt.ColorScheme.Dark)
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    app.setStyleSheet(DARK_INDICATORS if dark else "")
    return dark


# Fusion draws radio and check box outlines a little darker than the window: invisible on a dark one.
DARK_INDICATORS = """
QRadioButton::indicator { width: 11px; height: 11px; border: 1px solid #9a9da3; border-radius: 6px; background: #1e1f22; }
QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
    stop:0 #7ab0f5, stop:0.5 #7ab0f5, stop:0.6 #1e1f22); }
QCheckBox::indicator { width: 11px; height: 11px; border: 1px solid #9a9da3; background: #1e1f22; }
QCheckBox::indicator:checked { background: #7ab0f5; }
"""


def _dark_palette() -> QPalette:
    pal = QPalette()
    roles = QPalette.ColorRole
    for role, color in [
        (roles.Window, "#2b2d30"), (roles.WindowText, "#e6e6e6"), (roles.Base, "#1e1f22"),
        (roles.AlternateBase, "#26282b"), (roles.Text, "#e6e6e6"), (roles.Button, "#32353a"),
        (roles.ButtonText, "#e6e6e6"), (roles.Highlight, "#3d6fb4"), (roles.HighlightedText, "#ffffff"),
        (roles.ToolTipBase, "#32353a"), (roles.ToolTipText, "#e6e6e6"), (roles.PlaceholderText, "#8c8c8c"),
        (roles.Link, "#7ab0f5"), (roles.Mid, "#4a4d52"), (roles.Dark, "#18191b"), (roles.Light, "#44474c"),
    ]:
        pal.setColor(role, QColor(color))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.Text, QColor("#7a7a7a"))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.ButtonText, QColor("#7a7a7a"))
    pal.setColor(QPalette.ColorGroup.Disabled, roles.WindowText, QColor("#7a7a7a"))
    return pal
