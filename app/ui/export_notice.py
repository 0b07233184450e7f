"""ExportNotice: the status bar's "Wrote Kursk-claims.csv to ~/exports  [Show in folder]" after an export."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from app.ui.status_slot import ElidedLabel

NOTICE_MS = 120_000  # long enough to reach for Show in folder; after that it is stale and does not come back


def open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ExportNotice(QWidget):
    """Stays for NOTICE_MS, until the next status message or export replaces it, or the user closes it."""

    def __init__(self, parent: QWidget | None = None, opener: Callable[[Path], object] = open_folder) -> None:
        super().__init__(parent)
        self._opener = opener
        self._path: Path | None = None
        self.label = ElidedLabel(self, widest=10_000)  # the folder's path elides in the middle; plain text
        self.expiry = QTimer(self)
        self.expiry.setSingleShot(True)
        self.expiry.timeout.connect(self.hide)
        self.show_button = QPushButton(self.tr("Show in folder"), self)
        self.show_button.setToolTip(self.tr("Open the folder the file was written to"))
        self.show_button.clicked.connect(self.show_in_folder)
        close = QPushButton("×", self)
        close.setFlat(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.setFixedWidth(24)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.show_button)
        layout.addWidget(close)
        self.hide()

    def show_written(self, what: str, path: Path) -> None:
        self._path = path
        self.label.setText(self.tr("{what} written: {name} in {parent}").format(what=what, name=path.name, parent=path.parent))
        self.show()
        self.expiry.start(NOTICE_MS)

    def show_in_folder(self) -> None:
        if self._path is not None:
            self._opener(self._path.parent)
