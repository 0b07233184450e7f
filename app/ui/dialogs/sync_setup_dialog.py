"""The first File > Sync now of a project: the team database's URL, and whether to encrypt it end to end
(a passphrase typed twice; docs/user/sync.md "Encrypted databases"). Also the passphrase prompt for a database
that is encrypted already."""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.ui import bidi

MIN_PASSPHRASE = 8  # as app.net.couch_crypto asks (the UI does not import app.net)


@dataclass(frozen=True)
class SyncSetup:
    url: str
    encrypt: bool = False
    passphrase: str = ""


class SyncSetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sync with the team's server"))
        self.url = QLineEdit("https://")
        self.url.setAccessibleName(self.tr("Database URL"))
        self.encrypt = QCheckBox(self.tr("Encrypt end to end (the server stores only ciphertext)"))
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for field, name in ((self.passphrase, self.tr("Passphrase")), (self.again, self.tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database URL:"), self.url)
        form.addRow("", QLabel(self.tr("http(s)://host:port/database; user:password@ is used, never stored")))
        form.addRow("", self.encrypt)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Again:"), self.again)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        for signal in (self.url.textChanged, self.passphrase.textChanged, self.again.textChanged):
            signal.connect(self._check)
        self.encrypt.toggled.connect(self._check)
        self._check()

    def _check(self) -> None:
        encrypt, phrase = self.encrypt.isChecked(), self.passphrase.text()
        self.passphrase.setEnabled(encrypt)
        self.again.setEnabled(encrypt)
        if not self.url.text().strip().removeprefix("https://").removeprefix("http://"):
            hint, ready = self.tr("Type the database URL."), False
        elif not encrypt:
            hint, ready = "", True
        elif len(phrase) < MIN_PASSPHRASE:
            hint, ready = self.tr("The passphrase needs at least %n character(s).", "", MIN_PASSPHRASE), False
        elif self.again.text() != phrase:
            hint, ready = self.tr("The two passphrases differ."), False
        else:
            hint, ready = self.tr("Everyone in the team needs this passphrase. If it is forgotten, nobody can read "
                                  "the server's copy again."), True
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def setup(self) -> SyncSetup:
        encrypt = self.encrypt.isChecked()
        return SyncSetup(self.url.text().strip(), encrypt, self.passphrase.text() if encrypt else "")


def ask_passphrase(parent: QWidget | None, url: str) -> str | None:
    """The passphrase of a database that is encrypted already (None: cancelled)."""
    text, ok = QInputDialog.getText(parent, QCoreApplication.translate("SyncSetupDialog", "Encrypted team database"),
                                    QCoreApplication.translate("SyncSetupDialog", "{url} is encrypted end to end. Its passphrase:").format(url=bidi.isolate(url)), QLineEdit.EchoMode.Password)
    return text if ok and text else None
