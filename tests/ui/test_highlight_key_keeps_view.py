"""The reader: pressing H keeps the view where it is (text and PDF)."""

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication

from app.documents.output.writer import text_to_pdf  # test data only
from app.domain.word_snap import snap_to_words
from tests.fixtures.run import add_document

from .helpers import write_article

PARAGRAPH = ("Paragraph {n}. The minister told parliament that the new bridge would reopen to traffic in May, "
             "after repairs that cost four million euros. Critics disputed the figure in a letter.")
LONG = "\n\n".join(PARAGRAPH.format(n=n) for n in range(60))


def test_h_in_a_long_text_keeps_the_scroll_position(qtbot, main_window, ui_session, tmp_path) -> None:
    doc = add_document(ui_session, write_article(tmp_path, "long.txt", LONG)).document.id
    main_window.open_document(doc)
    view = main_window.view.text_view
    start = LONG.index("Paragraph 30.")
    main_window.view.show_range(doc, start, start + 30)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.value() + 3)  # lines: the selection still in view, but not centred
    before = bar.value()
    main_window.actions_by_name["highlight"].trigger()
    assert len(ui_session.project.annotations_of(doc)) == 1
    assert bar.value() == before


def test_h_in_a_pdf_keeps_the_scroll_position(qtbot, main_window, ui_session, tmp_path) -> None:
    path = tmp_path / "long.pdf"
    path.write_bytes(text_to_pdf("Bridge repairs", LONG))
    doc = add_document(ui_session, path).document.id
    main_window.open_document(doc)
    pv = main_window.view.page_view
    qtbot.waitUntil(lambda: pv.page_count() > 1 and pv.text is not None, timeout=10_000)
    start = pv.text.text.index("Paragraph 20.")
    main_window.view.show_range(doc, start, start + 30)
    bar = pv.verticalScrollBar()
    bar.setValue(bar.value() + 40)  # in view, not centred
    before = bar.value()
    assert main_window.view.selection() is not None
    main_window.actions_by_name["highlight"].trigger()
    assert len(ui_session.project.annotations_of(doc)) == 1
    QApplication.processEvents()  # queued scrolls, if any, would run now
    assert bar.value() == before


def _pdf_window(qtbot, main_window, ui_session, tmp_path):
    path = tmp_path / "long.pdf"
    path.write_bytes(text_to_pdf("Bridge repairs", LONG))
    doc = add_document(ui_session, path).document.id
    main_window.open_document(doc)
    pv = main_window.view.page_view
    qtbot.waitUntil(lambda: pv.page_count() > 1 and pv.text is not None, timeout=10_000)
    return doc, pv


def _point_of(pv, offset: int) -> QPoint:
    q = pv.text.quads(offset, offset + 1)[0]
    return pv.mapFromScene(pv.page_origin(q.page) + QPointF((q.x0 + q.x1) / 2, (q.y0 + q.y1) / 2))


def test_shift_click_extends_a_selection_in_the_pdf_view(qtbot, main_window, ui_session, tmp_path) -> None:
    doc, pv = _pdf_window(qtbot, main_window, ui_session, tmp_path)
    text = pv.text.text
    start = text.index("Paragraph 3.")
    main_window.view.show_range(doc, start, start + 9)
    end = text.index("letter", start)  # the end of the same paragraph, a few lines down
    shift = Qt.KeyboardModifier.ShiftModifier
    qtbot.mouseClick(pv.viewport(), Qt.MouseButton.LeftButton, shift, _point_of(pv, end + 3))
    selected = main_window.view.selection()
    assert selected is not None and selected[1:] == (start, end + len("letter"))  # to the end of the word (snapped)
    qtbot.mouseClick(pv.viewport(), Qt.MouseButton.LeftButton, shift, _point_of(pv, start + 20))
    lo, hi = main_window.view.selection()[1:]  # clicked inside: it shortens, to the end of the clicked word
    assert (lo, hi) == snap_to_words(text, start, start + 21) and hi < end
    qtbot.mouseClick(pv.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, _point_of(pv, end))
    assert main_window.view.selection() is None  # a plain click still clears it
