"""WelcomeWindow: shown when there is no project to open: New, Open, Demo, or a recent project."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import app_icon


class WelcomeWindow(QWidget):
    newRequested = Signal()
    """Fires when the user asks for a new project."""
    openRequested = Signal(str)
    """Fires with a recent project folder, or "" to choose one."""
    demoRequested = Signal()
    """Fires when the user asks for the demo project."""

    def __init__(self, recent: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome – Sourcemark"))
        self.setWindowIcon(app_icon())
        title = QLabel(self.tr("<h2>Sourcemark</h2><p>Highlight articles and PDFs, link what they say to claims, "
                       "actors and sources, and record your verdicts.</p>"), self)
        title.setWordWrap(True)
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAccessibleName(self.tr("Sourcemark logo"))
        head = QHBoxLayout()
        head.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(title, 1)
        buttons = QHBoxLayout()
        self.buttons: list[QPushButton] = []
        for text, slot in ((self.tr("&New project…"), self.newRequested.emit),
                           (self.tr("&Open project…"), lambda: self.openRequested.emit("")),
                           (self.tr("Try the &demo"), self.demoRequested.emit)):
            button = QPushButton(text, self)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
            self.buttons.append(button)
        self.default = self.buttons[2] if not recent else None  # a first start: the demo shows what it does
        self.recent = QListWidget(self)
        self.recent.addItems(recent)
        self.recent.setAccessibleName(self.tr("Recent projects"))
        self.recent.itemActivated.connect(lambda item: self.openRequested.emit(item.text()))
        if recent:
            self.recent.setCurrentRow(0)  # Enter reopens the last project
        if self.default is not None:
            self.default.setDefault(True)  # drawn as the default; Enter presses it (keyPressEvent)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Recent projects:") if recent else self.tr("No recent projects."), self))
        layout.addWidget(self.recent, 1)
        self.resize(560, 380)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The focus starts where Enter acts, so it is visible where the keyboard is from the first key.
        (self.default or self.recent).setFocus(Qt.FocusReason.TabFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # A plain window has no default button of its own (only dialogs do): Enter presses the focused button or
        # the default one; in the list, Enter opens the current project (itemActivated).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            target = focused if isinstance(focused, QPushButton) else self.default
            if target is not None:
                target.click()
                return
        super().keyPressEvent(event)
