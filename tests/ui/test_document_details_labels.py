"""Document details names a capture's fields in words ("HTTP status", "Captured at (local time)"), never as the
snake_case keys they are stored under; the raw key is the row's tooltip."""

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from app.domain.documents import Provenance
from app.ui.dialogs.document_dialog import DocumentDialog, _label

CAPTURE_EXTRA = {"requested_url": "http://example.org/", "final_url": "https://example.org/", "http_status": "200 OK",
                 "content_type": "text/html", "server_address": "93.184.215.14", "captured_at_local": "2026-12-07 10:00",
                 "user_agent": "Mozilla/5.0", "resources_recorded": "3", "capture_tool": "Sourcemark capture",
                 "warc_sha256": "ab" * 32, "rendered_at": "2026-12-07T10:00:00Z", "some_new_field_url": "x"}


def test_capture_fields_are_labelled_in_words_with_the_key_as_tooltip(qtbot, ui_session) -> None:
    doc = next(iter(ui_session.project.documents.values()))
    provenance = Provenance(source_url="https://example.org/", captured_at="2026-12-07T09:00:00Z",
                            payload_sha256="cd" * 32, extra=CAPTURE_EXTRA)
    dialog = DocumentDialog(replace(doc, provenance=provenance))
    qtbot.addWidget(dialog)
    rows = dialog.provenance.rows
    assert rows["HTTP status"] == "200 OK" and rows["Requested URL"] == "http://example.org/"
    assert rows["Captured at (local time)"] == "2026-12-07 10:00" and rows["WARC SHA-256"] == "ab" * 32
    assert rows["Page SHA-256"] == "cd" * 32 and rows["Some new field URL"] == "x"  # an unknown key, in words
    assert not [label for label in rows if "_" in label or label != label[0].upper() + label[1:]]
    form = dialog.provenance.layout()
    assert isinstance(form, QFormLayout)
    tips = {}
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and isinstance(field, QLineEdit)
        tips[label.text().rstrip(":")] = field.toolTip()
    assert tips["HTTP status"] == "http_status" and tips["Captured at"] == "captured_at"


def test_exif_and_unknown_keys_read_as_words() -> None:
    assert _label("iptc_city") == "City (IPTC):"
    assert _label("gps_img_direction") == "GPS img direction:"
    assert _label("http_status") == "HTTP status:"
