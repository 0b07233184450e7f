"""Every key of the main window does one thing: no sequence bound twice, Redo by keyboard works.

The `xcb` tests run in a real X11 window (Xvfb): there the standard keys resolve to the Linux desktop's
bindings, where StandardKey.Redo is Ctrl+Shift+Z itself; offscreen resolves them as on Windows.
"""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from app.ui.actions import REDO_KEYS, key_sequences

from .helpers import duplicate_shortcuts, span


@pytest.fixture(autouse=True)
def _no_modal_boxes(message_boxes):
    return message_boxes


def test_no_key_sequence_is_bound_twice(main_window):
    assert duplicate_shortcuts(main_window) == {}


def test_the_check_finds_a_sequence_bound_twice(main_window):
    extra = QAction("Second find", main_window)
    extra.setShortcut(QKeySequence("Ctrl+F"))
    main_window.addAction(extra)
    duplicates = duplicate_shortcuts(main_window)
    assert list(duplicates) == ["Ctrl+F"] and sorted(duplicates["Ctrl+F"]) == ["Find…", "Second find"]


def test_redo_keys_are_ctrl_shift_z_and_the_platforms_own_each_once():
    keys = [k.toString(QKeySequence.SequenceFormat.PortableText) for k in key_sequences(REDO_KEYS)]
    platform = [k.toString(QKeySequence.SequenceFormat.PortableText)
                for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    assert keys[:2] == ["Ctrl+Shift+Z", "Ctrl+Y"] and len(keys) == len(set(keys)) and set(platform) <= set(keys)


def _undo_redo_by_keyboard(qtbot, window, session, doc_id) -> None:
    """Highlight, then Ctrl+Z and Ctrl+Shift+Z as key presses into the window (through Qt's shortcut map)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.text_view.select_range(*span(session, doc_id, "new bridge over the Sava")[1:])
    window.view.text_view.setFocus()
    qtbot.keyClick(window.view.text_view, Qt.Key.Key_H)
    assert len(session.project.annotations) == 1
    qtbot.keyClick(window.view.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.project.annotations) == 0
    qtbot.keyClick(window.view.text_view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(session.project.annotations) == 1
    qtbot.keyClick(window.view.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(session.project.annotations) == 0
    qtbot.keyClick(window.view.text_view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo, too
    assert len(session.project.annotations) == 1


def test_undo_and_redo_by_keyboard(qtbot, main_window, ui_session, doc_id):
    _undo_redo_by_keyboard(qtbot, main_window, ui_session, doc_id)


@pytest.mark.xcb
def test_no_key_sequence_is_bound_twice_on_x11(main_window):
    assert QKeySequence(QKeySequence.StandardKey.Redo).toString() != ""
    assert duplicate_shortcuts(main_window) == {}


@pytest.mark.xcb
def test_undo_and_redo_by_keyboard_on_x11(qtbot, main_window, ui_session, doc_id):
    _undo_redo_by_keyboard(qtbot, main_window, ui_session, doc_id)


def _find_by_keyboard(qtbot, window) -> None:
    """Ctrl+F opens the Find bar with the focus in it; F3 / Shift+F3 step; Esc closes it and the reader has focus."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.view
    view.text_view.setFocus()
    qtbot.keyClick(view.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.find_bar.isVisible()
    qtbot.waitUntil(view.find_bar.edit.hasFocus)
    qtbot.keyClicks(view.find_bar.edit, "kovac")  # "Anna Kovac" and "Ana Kovač"
    assert view.find_bar.count.text() == "1 of 2"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_F3)
    assert view.find_bar.count.text() == "2 of 2"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert view.find_bar.count.text() == "1 of 2"
    qtbot.keyClick(view.find_bar.edit, Qt.Key.Key_Escape)
    assert not view.find_bar.isVisible()
    qtbot.waitUntil(view.text_view.hasFocus)


def test_find_by_keyboard(qtbot, main_window):
    _find_by_keyboard(qtbot, main_window)


@pytest.mark.xcb
def test_find_by_keyboard_on_x11(qtbot, main_window):
    _find_by_keyboard(qtbot, main_window)


def test_disabled_actions_say_why_in_their_tooltip(main_window):
    """The demo article is text: the PDF export is disabled and says so; with no selection, Highlight says why."""
    export_pdf, highlight = main_window.actions_by_name["export_pdf"], main_window.actions_by_name["highlight"]
    assert not export_pdf.isEnabled() and "only a pdf" in export_pdf.toolTip().lower()
    assert not highlight.isEnabled() and "select some text" in highlight.toolTip().lower()
    main_window.view.text_view.select_range(0, 8)
    assert highlight.isEnabled() and highlight.toolTip() == "Highlight the selected text"


def test_the_toolbar_fits_1280_px_with_short_labels_and_undo_names_its_command_in_the_tooltip(qtbot, main_window,
                                                                                               ui_session, doc_id):
    from PySide6.QtWidgets import QToolBar, QToolButton

    from .helpers import highlight

    highlight(main_window.bridge, span(ui_session, doc_id, "new bridge over the Sava"))
    undo = main_window.actions_by_name["undo"]
    assert undo.iconText() == "Undo" and undo.text().startswith("&Undo ") and "Highlight" in undo.toolTip()
    main_window.resize(1280, 800)
    toolbar = main_window.findChild(QToolBar, "MainToolbar")
    qtbot.waitUntil(lambda: toolbar.width() <= 1280)
    extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # nothing fell into the overflow menu
    labels = [toolbar.widgetForAction(a).text() for a in toolbar.actions() if not a.isSeparator()]
    assert labels == ["Add", "Undo", "Redo", "Highlight", "Claim", "Actor", "Source", "Zoom out", "Zoom in", "Fit", "Find"]


def test_picking_an_actor_enables_find_all_mentions(main_window):
    mentions, merge = main_window.actions_by_name["mentions"], main_window.actions_by_name["merge"]
    assert not mentions.isEnabled() and "pick an actor" in mentions.toolTip().lower()
    panel = main_window.actors_panel
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert mentions.isEnabled() and not merge.isEnabled() and "two or more" in merge.toolTip()
