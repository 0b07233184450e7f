"""GUI second pass (issue 20), keyboard and focus: run in a real window (xvfb-run -a, QT_QPA_PLATFORM=xcb);
they also pass offscreen, where Qt keeps focus the same way inside one active window."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QMenu, QWidget

from app.services import annotate

from .helpers import span, write_article

pytestmark = pytest.mark.xcb  # keyboard and focus as a Linux desktop has them: the dev.sh xvfb-run pass


@pytest.fixture
def window(qtbot, ui_bridge, app_settings):
    """The main window with two documents and one highlight, none of them open, the window active."""
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors
    from tests.fixtures.run import add_document

    session = ui_bridge.session
    second = add_document(session, write_article(session.folder.parent, "second.txt", "A second article.\n")).document.id
    first = next(d for d in session.project.documents if d != second)
    ui_bridge.run(annotate.create_annotation(session, *span(session, first, "Anna Kovac")))
    w = MainWindow(ui_bridge, app_settings, CategoryColors())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def _focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _menus(menu: QMenu, path: str) -> list[tuple[str, QMenu]]:
    found = [(path, menu)]
    for action in menu.actions():
        if action.menu() is not None:
            found += _menus(action.menu(), f"{path} > {action.text()}")
    return found


def test_every_menu_item_has_an_access_key_of_its_own(window) -> None:
    menus = [m for top in window.menuBar().actions() for m in _menus(top.menu(), top.text())]
    assert len(menus) >= 9  # File, Open recent, Import, Export, Edit, View, Panels, Annotate, Tools, Help
    tops = [a.text() for a in window.menuBar().actions()]
    for path, menu in [("menu bar", None), *menus]:
        texts = tops if menu is None else [a.text() for a in menu.actions() if not a.isSeparator()]
        if menu is window.recent_menu:
            continue  # project paths, filled at run time
        keys = [re.search(r"&(\w)", t) for t in texts]
        assert all(keys), (path, [t for t, k in zip(texts, keys) if not k])
        letters = [k.group(1).lower() for k in keys]
        assert len(set(letters)) == len(letters), (path, texts)


def test_tabbing_through_every_pane_reaches_the_reader_and_opens_nothing(qtbot, window) -> None:
    window.documents_panel.search.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.documents_panel.search)
    seen: list[QWidget] = []
    for _ in range(60):
        QTest.keyClick(_focus(), Qt.Key.Key_Tab)
        seen.append(_focus())
    assert window.view.current_document() is None  # no document opened by passing through the lists
    window.open_document(next(iter(window.bridge.session.project.documents)))
    reader = window.view.text_view
    for _ in range(60):
        QTest.keyClick(_focus(), Qt.Key.Key_Tab)
        if _focus() is reader:
            break
    assert _focus() is reader


def test_f6_moves_between_the_reader_and_the_panes(qtbot, window) -> None:
    window.open_document(next(iter(window.bridge.session.project.documents)))
    window.claims_panel.view.setFocus()
    qtbot.waitUntil(lambda: window.claims_panel.isAncestorOf(QApplication.focusWidget()))
    visited = []
    for _ in range(12):
        QTest.keyClick(_focus(), Qt.Key.Key_F6)
        pane = next(p for p in window.panes() if p is _focus() or p.isAncestorOf(_focus()))
        visited.append(pane)
    assert window.view in visited and window.claims_panel in visited and window.documents_panel in visited
    assert window.annotations_panel in visited
    assert len(set(map(id, visited))) >= 5  # every shown pane, not two of them back and forth
    QTest.keyClick(_focus(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    back = next(p for p in window.panes() if p is _focus() or p.isAncestorOf(_focus()))
    assert back is visited[-2]


@pytest.mark.parametrize("key", [Qt.Key.Key_F2, Qt.Key.Key_Return])
def test_f2_or_enter_in_the_claims_table_edits_the_verdict(qtbot, window, key) -> None:
    view = window.claims_panel.view
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    view.setCurrentIndex(view.model().index(0, 0))
    QTest.keyClick(view, key)
    assert view.state() == QAbstractItemView.State.EditingState
    assert view.currentIndex().column() == 1
    editor = view.indexWidget(view.currentIndex()) or _focus()
    assert isinstance(editor, QComboBox) or isinstance(editor.parent(), QComboBox)


def test_the_welcome_window_starts_on_its_default_and_enter_presses_it(qtbot) -> None:
    from app.ui.shell.welcome import WelcomeWindow

    welcome = WelcomeWindow([])
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    qtbot.waitUntil(welcome.isActiveWindow)
    assert welcome.default is not None and welcome.default.isDefault()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is welcome.default)  # the focus is visible from the start
    with qtbot.waitSignal(welcome.demoRequested, timeout=1000):
        QTest.keyClick(_focus(), Qt.Key.Key_Return)
    letters = [re.search(r"&(\w)", b.text()).group(1) for b in welcome.buttons]
    assert len(set(letters)) == 3


def test_with_recent_projects_enter_reopens_the_last_one(qtbot) -> None:
    from app.ui.shell.welcome import WelcomeWindow

    welcome = WelcomeWindow(["/tmp/last.sourcemark", "/tmp/older.sourcemark"])
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    welcome.activateWindow()
    qtbot.waitUntil(welcome.isActiveWindow)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is welcome.recent)
    with qtbot.waitSignal(welcome.openRequested, timeout=1000) as blocker:
        QTest.keyClick(_focus(), Qt.Key.Key_Return)
    assert blocker.args == ["/tmp/last.sourcemark"]
