"""File > Export report…: a preview of the report (per claim, or all), saved as PDF or HTML through the services."""

from pathlib import Path

from app.services import entities
from app.ui.dialogs.report_dialog import ReportDialog


def _menu_action(window, text: str):  # type: ignore[no-untyped-def]
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_the_menu_opens_a_preview_that_follows_the_claim_choice(main_window, ui_session, monkeypatch, message_boxes):
    ui_session.execute(entities.create_claim(ui_session, "<b>Second</b> claim about the ferry")[0])
    shown: list[ReportDialog] = []
    monkeypatch.setattr(ReportDialog, "exec", lambda self: shown.append(self) or 0)
    _menu_action(main_window, "Export &report…").trigger()
    assert not message_boxes and len(shown) == 1
    dialog = shown[0]
    text = dialog.browser.toPlainText()
    assert "4,000 workers built the bridge in two years." in text and "<b>Second</b> claim about the ferry" in text
    assert "Methodology" in text and "Appendix: documents examined" in text
    dialog.claims.setCurrentIndex(dialog.claims.findText("<b>Second</b> claim about the ferry"))
    text = dialog.browser.toPlainText()
    assert "<b>Second</b> claim about the ferry" in text and "4,000 workers" not in text


def test_save_as_pdf_or_html(qtbot, main_window, ui_session, tmp_path: Path, message_boxes) -> None:
    claims = [(c.id, c.statement) for c in ui_session.project.claims.values()]
    dialog = ReportDialog(claims, lambda ids: ("<p>preview</p>", {}), main_window.io.save_report)
    qtbot.addWidget(dialog)
    assert dialog.fmt() == "pdf" and dialog.save_to(tmp_path / "r")
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    dialog.as_html.setChecked(True)
    assert dialog.save_to(tmp_path / "r.html")
    assert "4,000 workers built the bridge in two years." in (tmp_path / "r.html").read_text(encoding="utf-8")
    assert not dialog.save_to(tmp_path / "missing-folder" / "r.html")
    assert message_boxes and message_boxes[-1][1].startswith("Could not save the report:")


def test_the_preview_loads_nothing_it_was_not_given(qtbot, tmp_path: Path) -> None:
    local = tmp_path / "local.png"
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage

    image, buffer = QImage(4, 3, QImage.Format.Format_RGB32), QBuffer()
    image.fill(0xFFCC00)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    png = bytes(buffer.data())
    local.write_bytes(png)
    html = f'<p>x</p><img src="https://example.org/t.png"><img src="{local.as_uri()}"><img src="crop-a.png">'
    dialog = ReportDialog([], lambda ids: (html, {"crop-a.png": png}), lambda *a: True)
    qtbot.addWidget(dialog)
    document = dialog.browser.document()
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    kind = QTextDocument.ResourceType.ImageResource
    assert document.resource(kind, QUrl("crop-a.png")).size().width() == 4
    for url in ("https://example.org/t.png", local.as_uri()):  # a plain QTextBrowser would read the local file
        assert document.resource(kind, QUrl(url)).size().width() == 1, url  # the blank stand-in
