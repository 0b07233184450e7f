"""DocumentDialog: correct a document's title and metadata (what exports and ClaimReview cite)."""

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QWidget

from app.domain.documents import Document
from app.services.documents import METADATA_FIELDS

LABELS = {"author": "Author:", "publisher": "Publisher / site:", "published": "Published (YYYY-MM-DD):",
          "url": "URL:", "language": "Language:"}


EXIF_LABELS = {"make": "Camera make:", "model": "Camera model:", "lens_model": "Lens:",
               "datetime_original": "Taken (EXIF):", "datetime": "Modified (EXIF):", "software": "Software:",
               "artist": "Artist:"}


def exif_rows(exif: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) for the document details: camera, time, place (GPS as lat, lon), then the rest."""
    rows = [(label, exif[key]) for key, label in EXIF_LABELS.items() if exif.get(key)]
    if exif.get("gps_latitude") and exif.get("gps_longitude"):
        place = f"{exif['gps_latitude']}, {exif['gps_longitude']}"
        if exif.get("gps_altitude"):
            place += f" · {exif['gps_altitude']} m"
        rows.append(("Location (GPS):", place))
    shown = {*EXIF_LABELS, "gps_latitude", "gps_longitude", "gps_altitude"}
    rows += [(f"{key.replace('_', ' ').capitalize()}:", value) for key, value in sorted(exif.items()) if key not in shown]
    return rows


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
        if document.ocr_layer:
            form.addRow("Text:", QLineEdit(f"OCR · {document.extractor}", self, readOnly=True))
        for key, value in exif_rows(document.exif):
            form.addRow(key, QLineEdit(value, self, readOnly=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        """title plus every metadata field, as typed."""
        return {"title": self.title.text(), **{name: edit.text() for name, edit in self.fields.items()}}
