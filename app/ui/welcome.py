"""WelcomeWindow: shown when there is no project to open: New, Open, Demo, or a recent project."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import app_icon


class WelcomeWindow(QWidget):
    sig_new_requested = Signal()
    """Fires when the user asks for a new project."""
    sig_open_requested = Signal(str)
    """Fires with a recent project folder, or "" to choose one."""
    sig_demo_requested = Signal()
    """Fires when the user asks for the demo project."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome – Sourcemark")
        self.setWindowIcon(app_icon())
        title = QLabel("<h2>Sourcemark</h2><p>Highlight articles and PDFs, link what they say to claims, "
                       "actors and sources, and record your verdicts.</p>", self)
        title.setWordWrap(True)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        buttons = QHBoxLayout()
        for text, slot in (("New project…", self.sig_new_requested.emit),
                           ("Open project…", lambda: self.sig_open_requested.emit("")),
                           ("Try the demo", self.sig_demo_requested.emit)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        self.recent = QListWidget(self)
        self.recent.addItems(recent)
        self.recent.itemActivated.connect(lambda item: self.sig_open_requested.emit(item.text()))
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(QLabel("Recent projects:" if recent else "No recent projects.", self))
        layout.addWidget(self.recent, 1)
        self.resize(560, 380)
