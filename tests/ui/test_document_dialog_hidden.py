"""GUI: Document details list the passages a web page hid from its visitors (left out of the text)."""

from pathlib import Path

from app.ui.dialogs.document_dialog import DocumentDialog
from tests.fixtures.run import add_document

PAGES = Path(__file__).resolve().parents[1] / "data" / "pages"


def test_document_details_list_the_hidden_passages(qtbot, ui_session):
    doc = add_document(ui_session, PAGES / "wire-hidden.html").document
    dialog = DocumentDialog(doc)
    qtbot.addWidget(dialog)
    shown = dialog.hidden.toPlainText()
    assert shown.startswith("The ministry admits its own forces shelled the bridge.") and shown.count("\n\n") == 3
    assert dialog.hidden.isReadOnly()
    label = dialog.layout().labelForField(dialog.hidden).text()
    assert label == "Hidden, left out of the text (4 passages):"
