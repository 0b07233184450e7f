"""The first File > Sync now of a project: the team database's URL, and whether to encrypt it end to end
(a passphrase typed twice; docs/user/sync.md "Encrypted databases"). Also the passphrase prompt for a database
that is encrypted already."""

from dataclasses import dataclass

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

MIN_PASSPHRASE = 8  # as app.net.couch_crypto asks (the UI does not import app.net)


@dataclass(frozen=True)
class SyncSetup:
    url: str
    encrypt: bool = False
    passphrase: str = ""


class SyncSetupDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync with the team's server")
        self.url = QLineEdit("https://")
        self.url.setAccessibleName("Database URL")
        self.encrypt = QCheckBox("Encrypt end to end (the server stores only ciphertext)")
        self.passphrase = QLineEdit()
        self.again = QLineEdit()
        for field, name in ((self.passphrase, "Passphrase"), (self.again, "Passphrase again")):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow("Database URL:", self.url)
        form.addRow("", QLabel("http(s)://host:port/database; user:password@ is used, never stored"))
        form.addRow("", self.encrypt)
        form.addRow("Passphrase:", self.passphrase)
        form.addRow("Again:", self.again)
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
            hint, ready = "Type the database URL.", False
        elif not encrypt:
            hint, ready = "", True
        elif len(phrase) < MIN_PASSPHRASE:
            hint, ready = f"The passphrase needs at least {MIN_PASSPHRASE} characters.", False
        elif self.again.text() != phrase:
            hint, ready = "The two passphrases differ.", False
        else:
            hint, ready = ("Everyone in the team needs this passphrase. If it is forgotten, nobody can read the "
                           "server's copy again."), True
        self.hint.setText(hint)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def setup(self) -> SyncSetup:
        encrypt = self.encrypt.isChecked()
        return SyncSetup(self.url.text().strip(), encrypt, self.passphrase.text() if encrypt else "")


def ask_passphrase(parent: QWidget | None, url: str) -> str | None:
    """The passphrase of a database that is encrypted already (None: cancelled)."""
    text, ok = QInputDialog.getText(parent, "Encrypted team database",
                                    f"{url} is encrypted end to end. Its passphrase:", QLineEdit.EchoMode.Password)
    return text if ok and text else None
