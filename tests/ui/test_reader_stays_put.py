"""The reader stays put: linking, undo and clicking a highlight never scroll it; going to an off-screen one does."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.domain.links import Kind
from app.services.marking import LinkChoice
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from tests.fixtures.run import add_document

from .helpers import span, write_article

LONG = "".join(f"Paragraph {i}: the ministry said the figure {i} was right.\n\n" for i in range(400))


@pytest.fixture
def window(qtbot, tmp_path: Path, app_settings, message_boxes):
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    session = ProjectSession.create(tmp_path / "long.sourcemark", analyst="tester")
    doc = add_document(session, write_article(tmp_path, "long.txt", LONG)).document.id
    bridge = SessionBridge(session)
    w = MainWindow(bridge, app_settings, CategoryColors())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.open_document(doc)
    yield w, session, doc
    bridge.detach()
    session.close()


def _scroll(w) -> int:
    return w.view.text_view.verticalScrollBar().value()


def test_link_undo_and_click_keep_the_scroll_position(qtbot, window, monkeypatch):
    w, session, doc = window
    tv = w.view.text_view
    bar = tv.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    middle = _scroll(w)
    first_visible = tv.cursorForPosition(tv.viewport().rect().topLeft()).position()
    quote = next(f"the figure {i} was" for i in range(400) if LONG.index(f"Paragraph {i}:") > first_visible + 200)
    tv.select_range(*span(session, doc, quote)[1:])
    assert _scroll(w) == middle  # the selection was on screen
    monkeypatch.setattr("app.ui.reader_controller.LinkDialog.exec", lambda self: 1)
    monkeypatch.setattr("app.ui.reader_controller.LinkDialog.choice",
                        lambda self: LinkChoice(Kind.CLAIM, new_name="The figure was right."))
    aid = w.reader.link(Kind.CLAIM)
    assert aid is not None and _scroll(w) == middle
    w.bridge.undo_stack.undo()
    assert _scroll(w) == middle
    w.bridge.undo_stack.redo()
    assert _scroll(w) == middle
    ann = session.project.annotations[aid]
    rect = tv._rects(tv.offsets().to_qt(ann.start), tv.offsets().to_qt(ann.end))[0]
    qtbot.mouseClick(tv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert _scroll(w) == middle
    bar.setValue(0)  # now the highlight is far off-screen: going to it scrolls
    w.select_annotation(aid)
    assert _scroll(w) > 0
