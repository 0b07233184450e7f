"""DocumentDialog: correct a document's title and metadata (what exports and ClaimReview cite)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.domain.documents import Document
from app.services.documents import METADATA_FIELDS

LABELS = {"author": "Author:", "publisher": "Publisher / site:", "published": "Published (YYYY-MM-DD):",
          "url": "URL:", "language": "Language:"}


class DocumentDialog(QDialog):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Document details")
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title = QLineEdit(document.title, self)
        form.addRow("Title:", self.title)
        self.fields: dict[str, QLineEdit] = {}
        for name in METADATA_FIELDS:
            edit = QLineEdit(getattr(document.metadata, name), self)
            self.fields[name] = edit
            form.addRow(LABELS[name], edit)
        form.addRow("File:", QLineEdit(f"{document.original_name} · sha256 {document.sha256[:16]}…", self, readOnly=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        """title plus every metadata field, as typed."""
        return {"title": self.title.text(), **{name: edit.text() for name, edit in self.fields.items()}}
