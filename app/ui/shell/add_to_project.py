"""Which project a document opened from the file manager goes into: the recent projects, the last one first
(the open one, if any, is the last), or a new project."""

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from app.ui.icons import app_icon

NEW_PROJECT = "new"


class AddToProjectDialog(QDialog):
    def __init__(self, document: Path, projects: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add to project – Sourcemark"))
        self.setWindowIcon(app_icon())
        self.choice: str | None = None
        label = QLabel(self.tr("Add <b>{name}</b> to which project?").format(name=escape(document.name)) if projects
                       else self.tr("No recent projects: add <b>{name}</b> to a new one?").format(name=escape(document.name)), self)
        label.setWordWrap(True)
        self.projects = QListWidget(self)
        self.projects.setAccessibleName(self.tr("Recent projects"))
        for folder in projects:
            self.projects.addItem(folder)
        self.projects.itemActivated.connect(lambda _item: self._pick())
        if projects:
            self.projects.setCurrentRow(0)
        buttons = QDialogButtonBox(self)
        self.add_button = buttons.addButton(self.tr("&Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.add_button.setEnabled(bool(projects))
        self.new_button: QPushButton = buttons.addButton(self.tr("&New project…"), QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.add_button.clicked.connect(self._pick)
        self.new_button.clicked.connect(self._new)
        buttons.rejected.connect(self.reject)
        (self.add_button if projects else self.new_button).setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.projects, 1)
        layout.addWidget(buttons)
        self.projects.setVisible(bool(projects))
        self.resize(520, 320 if projects else 120)

    def _pick(self) -> None:
        item = self.projects.currentItem()
        if item is not None:
            self.choice = item.text()
            self.accept()

    def _new(self) -> None:
        self.choice = NEW_PROJECT
        self.accept()


def choose_project(document: Path, projects: list[str], parent: QWidget | None = None) -> str | None:
    """A project folder, NEW_PROJECT, or None (cancelled)."""
    dialog = AddToProjectDialog(document, projects, parent)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
