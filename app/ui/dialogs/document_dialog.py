"""DocumentDialog: correct a document's title and metadata (what exports and ClaimReview cite); a web
capture's provenance is shown read-only below (it is what the archive states, not ours to edit)."""

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.capture_times import doubtful_published
from app.domain.digest_verdicts import MISMATCH, NOTE, digest_verdict
from app.domain.documents import Document, Provenance
from app.services.documents import METADATA_FIELDS
from app.services.times import readable_time
from app.ui.dialogs.errors import plain_label
from app.ui.dialogs.keep_typed import AskBeforeDiscard

LABELS = {"author": "Author:", "publisher": "Publisher / site:", "published": "Published (YYYY-MM-DD):",
          "url": "URL:", "language": "Language:"}


EXIF_LABELS = {"make": "Camera make:", "model": "Camera model:", "lens_model": "Lens:",
               "datetime_original": "Taken (EXIF):", "datetime": "Modified (EXIF):", "software": "Software:",
               "artist": "Artist:", "iptc_byline": "By-line (IPTC):", "iptc_caption": "Caption (IPTC):",
               "xmp_creator": "Creator (XMP):", "xmp_description": "Description (XMP):",
               "xmp_creator_tool": "Edited with (XMP):"}
_SOURCES = {"iptc": "IPTC", "xmp": "XMP"}
# provenance.extra keys (documents/web_page.capture_facts, services/capture/web, documents/archives/pages) in words;
# a key not listed reads as its words, capitalised. The raw key stays in the row's tooltip (it is what JSON says).
EXTRA_LABELS = {"http_status": "HTTP status", "requested_url": "Requested URL", "final_url": "Final URL",
                "content_type": "Content type", "server_address": "Server address",
                "captured_at_local": "Captured at (local time)", "user_agent": "User agent",
                "resources_recorded": "Resources recorded", "capture_tool": "Captured with", "redirects": "Redirects",
                "refused_addresses": "Refused addresses", "warc_sha256": "WARC SHA-256", "warc_file": "WARC file",
                "date_as_written": "Date as written", "saved_date_as_written": "Saved date as written",
                "datapackage_hash": "Data package hash", "frame_of": "Frame of", "rendering": "Rendering",
                "rendered_at": "Rendered at", "rendered_from": "Rendered from", "browser": "Browser",
                "recorded_for_rendering": "Recorded for rendering", "not_answered": "Not answered",
                "capture_document": "Capture document", "subject": "Subject"}


def exif_rows(exif: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) for the document details: camera, time, place (GPS as lat, lon), then the rest."""
    rows = [(label, _exif_value(exif, key)) for key, label in EXIF_LABELS.items() if exif.get(key)]
    if exif.get("gps_latitude") and exif.get("gps_longitude"):
        place = f"{exif['gps_latitude']}, {exif['gps_longitude']}"
        if exif.get("gps_altitude"):
            place += f" · {exif['gps_altitude']} m"
        rows.append(("Location (GPS):", place))
    shown = {*EXIF_LABELS, "gps_latitude", "gps_longitude", "gps_altitude"}
    rows += [(_label(key), _exif_value(exif, key)) for key in sorted(exif) if key not in shown]
    return rows


def _label(key: str) -> str:
    """'iptc_city' -> 'City (IPTC):'; an EXIF key as it is, readable."""
    source, _, rest = key.partition("_")
    if source in _SOURCES and rest:
        return f"{rest.replace('_', ' ').capitalize()} ({_SOURCES[source]}):"
    if key in EXTRA_LABELS:
        return f"{EXTRA_LABELS[key]}:"
    words = key.replace("_", " ").capitalize()
    for short in ("url", "http", "sha256", "warc", "gps", "id"):  # initialisms stay upper case
        words = " ".join(w.upper() if w.lower() == short else w for w in words.split(" "))
    return f"{words.replace('SHA256', 'SHA-256')}:"


def _exif_value(exif: dict[str, str], key: str) -> str:
    """EXIF times read as the camera's clock (its zone only if the camera recorded one); the rest as stored."""
    if key.startswith("datetime"):
        return readable_time(exif[key], camera=True, offset=exif.get("offset_time", ""))
    return exif[key]


def hidden_label(count: int) -> str:
    return f"Hidden, left out of the text ({count} passage{'s' if count != 1 else ''}):"


class DocumentDialog(AskBeforeDiscard):
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
        if document.provenance is not None:
            self.provenance = ProvenanceBox(document.provenance, self)
            form.addRow(self.provenance)
            self.setMinimumWidth(720)
        self.date_doubt = doubtful_published(document)
        if self.date_doubt:  # computed, not stored: correcting the date above clears it
            doubt = plain_label(f"Doubtful date: {self.date_doubt}.", self)
            doubt.setWordWrap(True)
            doubt.setStyleSheet("color: #c62828")
            form.addRow(doubt)
        if document.ocr_layer:
            form.addRow("Text:", QLineEdit(f"OCR · {document.extractor}", self, readOnly=True))
        for key, value in exif_rows(document.exif):
            form.addRow(key, QLineEdit(value, self, readOnly=True))
        if document.hidden_passages:  # what the page hid from visitors and the text leaves out
            self.hidden = QPlainTextEdit("\n\n".join(document.hidden_passages), self, readOnly=True)
            self.hidden.setMaximumHeight(120)
            form.addRow(hidden_label(len(document.hidden_passages)), self.hidden)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, str]:
        """title plus every metadata field, as typed."""
        return {"title": self.title.text(), **{name: edit.text() for name, edit in self.fields.items()}}


class ProvenanceBox(QGroupBox):
    """Where and when a captured page was saved, as its archive states it; read-only but selectable."""

    def __init__(self, provenance: Provenance, parent: QWidget | None = None) -> None:
        super().__init__("Capture (as the archive states it)", parent)
        form = QFormLayout(self)
        self.rows: dict[str, str] = {}
        p = provenance
        check = digest_verdict(p) or ("not checked" if p.archive_digest else "")
        archive = " · ".join(x for x in (p.archive_format.upper(), f"record {p.archive_record}" if p.archive_record else "") if x)
        for label, value, key in (("Captured URL", p.source_url, "source_url"),
                                  ("Captured at", readable_time(p.captured_at), "captured_at"),
                                  ("Time taken from", p.captured_at_source, "captured_at_source"),
                                  ("Archive", archive, "archive_format"), ("Archive digest", p.archive_digest, "archive_digest"),
                                  ("Digest check", check, "digest_check"), ("Page SHA-256", p.payload_sha256, "payload_sha256"),
                                  *sorted((_label(k).rstrip(":"), v, k) for k, v in p.extra.items() if k != NOTE)):
            if value:
                edit = QLineEdit(value, self, readOnly=True)
                edit.setCursorPosition(0)
                edit.setToolTip(key)  # the field's name in exports and `sourcemark` JSON
                if label == "Digest check" and p.digest_check == MISMATCH:
                    edit.setStyleSheet("color: #c62828; font-weight: bold")
                form.addRow(f"{label}:", edit)
                self.rows[label] = value
