"""GUI third pass (issue 30), F6: the pane cycle skips docks behind another dock's tab and closed docks, and the
pane it lands on (the Inspector too) gets a visible mark. In a real X11 window: stacking is what this is about."""

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.services import annotate

from .helpers import span

pytestmark = pytest.mark.xcb


@pytest.fixture
def window(qtbot, main_window):
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


def _pane_of(window, widget: QWidget | None) -> str | None:
    if widget is None:
        return None
    if widget is window.view or window.view.isAncestorOf(widget):
        return "reader"
    return next((name for name, dock in window.docks.items() if dock.isAncestorOf(widget)), None)


def _f6_round(qtbot, window, presses: int = 14) -> list[str | None]:
    window.view.setFocus()
    visited = []
    for _ in range(presses):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
        qtbot.wait(10)
        visited.append(_pane_of(window, QApplication.focusWidget()))
    return visited


def test_f6_skips_a_dock_behind_another_docks_tab(qtbot, window):
    window.docks["graph"].raise_()  # the Annotations dock is now behind the graph's tab
    window.docks["sources"].show()
    window.docks["actors"].raise_()  # and Sources behind Actors
    qtbot.wait(50)
    visited = _f6_round(qtbot, window)
    assert "graph" in visited and "actors" in visited and "reader" in visited
    assert "annotations" not in visited and "sources" not in visited
    QTest.keyClicks(QApplication.focusWidget(), "zz")  # whatever is typed goes where it can be seen
    assert window.annotations_panel.text.text() == ""


def test_f6_skips_a_closed_dock_and_reaches_it_again_once_shown(qtbot, window):
    window.docks["claims"].close()
    qtbot.wait(50)
    assert "claims" not in _f6_round(qtbot, window)
    window.docks["claims"].show()
    qtbot.wait(50)
    assert "claims" in _f6_round(qtbot, window)


def test_the_inspector_stop_is_marked_and_the_mark_goes_with_the_focus(qtbot, window, ui_session, doc_id):
    aid = window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, doc_id, "Anna Kovac"))).created
    window.select_annotation(ui_session.project.annotations_of(doc_id)[0].id)
    assert aid is not None
    window.view.setFocus()
    for _ in range(12):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F6)
        if _pane_of(window, QApplication.focusWidget()) == "inspector":
            break
    assert _pane_of(window, QApplication.focusWidget()) == "inspector"
    mark, inspector = window.pane_mark, window.inspector
    assert mark.isVisible() and mark.pane is inspector
    assert mark.geometry() == QRect(inspector.mapTo(window, QPoint(0, 0)), inspector.size())
    frame = mark.grab().toImage()  # the mark paints a frame in the highlight colour along its edge
    highlight = mark.palette().color(mark.palette().ColorRole.Highlight)
    assert frame.pixelColor(1, frame.height() // 2) == highlight
    window.view.setFocus()  # the focus leaves the inspector: the mark goes
    qtbot.waitUntil(lambda: not mark.isVisible())
