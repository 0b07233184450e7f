"""In the report preview (Qt's rich text), the findings table keeps the verdict apart from the claim: the cells
are padded, so the claim's column ends well before the verdict's begins."""

from PySide6.QtGui import QTextCursor, QTextTable

from app.services import entities
from app.services.report import render_report
from app.ui.dialogs.report_dialog import ReportBrowser


def test_the_findings_table_pads_the_verdict_apart_from_the_claim(qtbot, ui_session) -> None:
    claim = next(iter(ui_session.project.claims.values()))
    ui_session.execute(entities.edit_claim(ui_session, claim.id, verdict="misleading"))
    browser = ReportBrowser()
    qtbot.addWidget(browser)
    browser.resize(900, 700)
    browser.show_report(render_report(ui_session, "html").decode("utf-8"), {})
    document = browser.document()
    cursor = document.find("Verdict")  # the findings table's header cell
    table = cursor.currentTable()
    assert isinstance(table, QTextTable) and table.columns() == 3
    layout = document.documentLayout()
    row = 1
    claim_cell, verdict_cell = table.cellAt(row, 0), table.cellAt(row, 1)
    claim_text = QTextCursor(claim_cell.firstCursorPosition()).block().text()
    verdict_text = QTextCursor(verdict_cell.firstCursorPosition()).block().text()
    assert claim_text == claim.statement and verdict_text == "Misleading"
    claim_block, verdict_block = claim_cell.firstCursorPosition().block(), verdict_cell.firstCursorPosition().block()
    claim_lines = [claim_block.layout().lineAt(i) for i in range(claim_block.layout().lineCount())]
    claim_ends = layout.blockBoundingRect(claim_block).left() + max(line.naturalTextRect().right() for line in claim_lines)
    verdict_starts = layout.blockBoundingRect(verdict_block).left() + verdict_block.layout().lineAt(0).naturalTextRect().left()
    assert verdict_starts - claim_ends >= 8, (claim_ends, verdict_starts)  # whitespace between the words
