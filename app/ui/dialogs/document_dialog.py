"""DocumentDialog: correct a document's title and metadata (what exports and ClaimReview cite); a web
capture's provenance is shown read-only below (it is what the archive states, not ours to edit)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QGroupBox, QLineEdit, QPlainTextEdit, QWidget

from app.domain.capture_times import doubtful_published
from app.domain.digest_verdicts import MISMATCH, NOTE, digest_verdict
from app.domain.documents import Document, Provenance
from app.services.documents import METADATA_FIELDS
from app.ui.dialogs.errors import plain_label
from app.ui.dialogs.keep_typed import AskBeforeDiscard
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.locale_format import format_camera_time, format_datetime

LABELS = {"author": QT_TRANSLATE_NOOP("DocumentDialog", "Author:"), "publisher": QT_TRANSLATE_NOOP("DocumentDialog", "Publisher / site:"), "published": QT_TRANSLATE_NOOP("DocumentDialog", "Published (YYYY-MM-DD):"),
          "url": QT_TRANSLATE_NOOP("DocumentDialog", "URL:"), "language": QT_TRANSLATE_NOOP("DocumentDialog", "Language:")}


EXIF_LABELS = {"make": QT_TRANSLATE_NOOP("DocumentDialog", "Camera make:"), "model": QT_TRANSLATE_NOOP("DocumentDialog", "Camera model:"), "lens_model": QT_TRANSLATE_NOOP("DocumentDialog", "Lens:"),
               "datetime_original": QT_TRANSLATE_NOOP("DocumentDialog", "Taken (EXIF):"), "datetime": QT_TRANSLATE_NOOP("DocumentDialog", "Modified (EXIF):"), "software": QT_TRANSLATE_NOOP("DocumentDialog", "Software:"),
               "artist": QT_TRANSLATE_NOOP("DocumentDialog", "Artist:"), "iptc_byline": QT_TRANSLATE_NOOP("DocumentDialog", "By-line (IPTC):"), "iptc_caption": QT_TRANSLATE_NOOP("DocumentDialog", "Caption (IPTC):"),
               "xmp_creator": QT_TRANSLATE_NOOP("DocumentDialog", "Creator (XMP):"), "xmp_description": QT_TRANSLATE_NOOP("DocumentDialog", "Description (XMP):"),
               "xmp_creator_tool": QT_TRANSLATE_NOOP("DocumentDialog", "Edited with (XMP):")}
_SOURCES = {"iptc": "IPTC", "xmp": "XMP"}
# provenance.extra keys (documents/web_page.capture_facts, services/capture/web, documents/archives/pages) in words;
# a key not listed reads as its words, capitalised. The raw key stays in the row's tooltip (it is what JSON says).
EXTRA_LABELS = {"http_status": QT_TRANSLATE_NOOP("DocumentDialog", "HTTP status"), "requested_url": QT_TRANSLATE_NOOP("DocumentDialog", "Requested URL"), "final_url": QT_TRANSLATE_NOOP("DocumentDialog", "Final URL"),
                "content_type": QT_TRANSLATE_NOOP("DocumentDialog", "Content type"), "server_address": QT_TRANSLATE_NOOP("DocumentDialog", "Server address"),
                "captured_at_local": QT_TRANSLATE_NOOP("DocumentDialog", "Captured at (local time)"), "user_agent": QT_TRANSLATE_NOOP("DocumentDialog", "User agent"),
                "resources_recorded": QT_TRANSLATE_NOOP("DocumentDialog", "Resources recorded"), "capture_tool": QT_TRANSLATE_NOOP("DocumentDialog", "Captured with"), "redirects": QT_TRANSLATE_NOOP("DocumentDialog", "Redirects"),
                "refused_addresses": QT_TRANSLATE_NOOP("DocumentDialog", "Refused addresses"), "warc_sha256": QT_TRANSLATE_NOOP("DocumentDialog", "WARC SHA-256"), "warc_file": QT_TRANSLATE_NOOP("DocumentDialog", "WARC file"),
                "date_as_written": QT_TRANSLATE_NOOP("DocumentDialog", "Date as written"), "saved_date_as_written": QT_TRANSLATE_NOOP("DocumentDialog", "Saved date as written"),
                "datapackage_hash": QT_TRANSLATE_NOOP("DocumentDialog", "Data package hash"), "frame_of": QT_TRANSLATE_NOOP("DocumentDialog", "Frame of"), "rendering": QT_TRANSLATE_NOOP("DocumentDialog", "Rendering"),
                "rendered_at": QT_TRANSLATE_NOOP("DocumentDialog", "Rendered at"), "rendered_from": QT_TRANSLATE_NOOP("DocumentDialog", "Rendered from"), "browser": QT_TRANSLATE_NOOP("DocumentDialog", "Browser"),
                "recorded_for_rendering": QT_TRANSLATE_NOOP("DocumentDialog", "Recorded for rendering"), "not_answered": QT_TRANSLATE_NOOP("DocumentDialog", "Not answered"),
                "capture_document": QT_TRANSLATE_NOOP("DocumentDialog", "Capture document"), "subject": QT_TRANSLATE_NOOP("DocumentDialog", "Subject")}


def exif_rows(exif: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) for the document details: camera, time, place (GPS as lat, lon), then the rest."""
    rows = [(QCoreApplication.translate("DocumentDialog", label), _exif_value(exif, key)) for key, label in EXIF_LABELS.items() if exif.get(key)]
    if exif.get("gps_latitude") and exif.get("gps_longitude"):
        place = f"{exif['gps_latitude']}, {exif['gps_longitude']}"
        if exif.get("gps_altitude"):
            place += f" · {exif['gps_altitude']} m"
        rows.append((QCoreApplication.translate("DocumentDialog", "Location (GPS):"), place))
    shown = {*EXIF_LABELS, "gps_latitude", "gps_longitude", "gps_altitude"}
    rows += [(_label(key), _exif_value(exif, key)) for key in sorted(exif) if key not in shown]
    return rows


def _label(key: str) -> str:
    """'iptc_city' -> 'City (IPTC):'; an EXIF key as it is, readable."""
    source, _, rest = key.partition("_")
    if source in _SOURCES and rest:
        return f"{rest.replace('_', ' ').capitalize()} ({_SOURCES[source]}):"
    if key in EXTRA_LABELS:
        return QCoreApplication.translate("DocumentDialog", EXTRA_LABELS[key]) + ":"
    words = key.replace("_", " ").capitalize()
    for short in ("url", "http", "sha256", "warc", "gps", "id"):  # initialisms stay upper case
        words = " ".join(w.upper() if w.lower() == short else w for w in words.split(" "))
    return f"{words.replace('SHA256', 'SHA-256')}:"


def _exif_value(exif: dict[str, str], key: str) -> str:
    """EXIF times read as the camera's clock (its zone only if the camera recorded one); the rest as stored."""
    if key.startswith("datetime"):
        return format_camera_time(exif[key], exif.get("offset_time", ""))
    return exif[key]


def hidden_label(count: int) -> str:
    return QCoreApplication.translate("DocumentDialog", "Hidden, left out of the text (%Ln passage(s)):", "", count)


class DocumentDialog(AskBeforeDiscard):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document details"))
        self.setMinimumWidth(520)
        form = QFormLayout(self)
        self.title = QLineEdit(document.title, self)
        form.addRow(self.tr("Title:"), self.title)
        self.fields: dict[str, QLineEdit] = {}
        for name in METADATA_FIELDS:
            edit = QLineEdit(getattr(document.metadata, name), self)
            self.fields[name] = edit
            form.addRow(QCoreApplication.translate("DocumentDialog", LABELS[name]), edit)
        form.addRow(self.tr("File:"), QLineEdit(f"{document.original_name} · sha256 {document.sha256[:16]}…", self, readOnly=True))
        if document.provenance is not None:
            self.provenance = ProvenanceBox(document.provenance, self)
            form.addRow(self.provenance)
            self.setMinimumWidth(720)
        self.date_doubt = doubtful_published(document)
        if self.date_doubt:  # computed, not stored: correcting the date above clears it
            doubt = plain_label(self.tr("Doubtful date: {date_doubt}.").format(date_doubt=self.date_doubt), self)
            doubt.setWordWrap(True)
            doubt.setStyleSheet("color: #c62828")
            form.addRow(doubt)
        if document.ocr_layer:
            form.addRow(self.tr("Text:"), QLineEdit(f"OCR · {document.extractor}", self, readOnly=True))
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
        super().__init__(QCoreApplication.translate("ProvenanceBox", "Capture (as the archive states it)"), parent)
        form = QFormLayout(self)
        self.rows: dict[str, str] = {}
        p = provenance
        check = digest_verdict(p) or (QCoreApplication.translate("ProvenanceBox", "not checked") if p.archive_digest else "")
        archive = " · ".join(x for x in (p.archive_format.upper(), QCoreApplication.translate("ProvenanceBox", "record {record}").format(record=p.archive_record) if p.archive_record else "") if x)
        for label, value, key in ((QT_TRANSLATE_NOOP("ProvenanceBox", "Captured URL"), p.source_url, "source_url"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Captured at"), format_datetime(p.captured_at), "captured_at"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Time taken from"), p.captured_at_source, "captured_at_source"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Archive"), archive, "archive_format"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Archive digest"), p.archive_digest, "archive_digest"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Digest check"), check, "digest_check"),
                                  (QT_TRANSLATE_NOOP("ProvenanceBox", "Page SHA-256"), p.payload_sha256, "payload_sha256"),
                                  *sorted((_label(k).rstrip(":"), v, k) for k, v in p.extra.items() if k != NOTE)):
            if value:
                edit = QLineEdit(value, self, readOnly=True)
                edit.setCursorPosition(0)
                edit.setToolTip(key)  # the field's name in exports and `sourcemark` JSON
                if label == "Digest check" and p.digest_check == MISMATCH:
                    edit.setStyleSheet("color: #c62828; font-weight: bold")
                form.addRow(QCoreApplication.translate("ProvenanceBox", "{label}:").format(label=QCoreApplication.translate("ProvenanceBox", label)), edit)
                self.rows[label] = value
