"""Help › About Sourcemark: name, version, icon, what the app is for, and the versions it runs on."""

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from app import __version__
from app.ui.icons import app_icon

ICON_SIZE = 64


def about_box(parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AboutDialog", "About Sourcemark"))
    box.setWindowIcon(app_icon())
    icon = app_icon()
    if not icon.isNull():
        box.setIconPixmap(icon.pixmap(ICON_SIZE, ICON_SIZE))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(QCoreApplication.translate("AboutDialog", "<h3>Sourcemark {version}</h3>").format(version=__version__))
    box.setInformativeText(
        QCoreApplication.translate("AboutDialog", "A desktop workbench for source verification: highlight spans of articles and PDFs, and link them to claims with verdicts, actors and graded sources.<br><br>Python {python_version} · Qt {qVersion} · PySide6 {pyside_version}<br>MIT licence").format(python_version=platform.python_version(), qVersion=qVersion(), pyside_version=pyside_version)
    )
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    return box
