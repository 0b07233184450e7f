"""First run: ask the analyst's name once, prefilled from the account's full name.

Every highlight, verdict and audit entry carries the analyst's name; without asking, a desk machine
would record "root" or a login name nobody reads. The answer goes into the settings, so this asks once.
"""

import getpass
import os
from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


def full_name_from_gecos(gecos: str) -> str:
    """The full-name part of a passwd GECOS field ("Ana Kovač,Room 4,,", "&" stands for the login name)."""
    return gecos.split(",", 1)[0].strip()


def account_full_name(login: str = "") -> str:
    """The account's full name (pwd's GECOS), else its login name, else ""."""
    try:
        import pwd  # POSIX only

        entry = pwd.getpwuid(os.getuid())
        name = full_name_from_gecos(entry.pw_gecos).replace("&", entry.pw_name.capitalize())
        return name or entry.pw_name
    except (ImportError, KeyError, OSError):
        try:
            return login or getpass.getuser()
        except Exception:  # noqa: BLE001 - no user name on this system
            return ""


class AnalystNameDialog(QDialog):
    def __init__(self, suggested: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Sourcemark"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Your name is recorded on every highlight, verdict and entry of the audit log. "
                       "You can change it later in Settings."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.name = QLineEdit(suggested, self)
        self.name.setPlaceholderText(self.tr("Analyst name"))
        self.name.setAccessibleName(self.tr("Analyst name"))
        self.name.selectAll()
        layout.addWidget(self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.name.textChanged.connect(lambda text: buttons.setEnabled(bool(text.strip())))

    def value(self) -> str:
        return self.name.text().strip()


def ask_analyst_name(suggested: str, run: Callable[[AnalystNameDialog], int] = lambda d: d.exec()) -> str | None:
    """The name the user confirmed, or None if the dialog was closed without one."""
    dialog = AnalystNameDialog(suggested)
    accepted = run(dialog) == QDialog.DialogCode.Accepted
    value = dialog.value()
    dialog.deleteLater()
    return value if accepted and value else None
