"""GUI third pass (issue 30), first day: Help › Keyboard shortcuts is read from the window's actions, so every
key an action has is listed (and nothing else is); an empty project shows a hint."""

from PySide6.QtGui import QKeySequence

from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_actions, shortcut_rows


def test_every_action_with_a_key_is_in_the_shortcuts_list_with_that_key(main_window):
    actions = menu_actions(main_window.menuBar())
    rows = dict((what, keys) for keys, what in shortcut_rows(actions))
    bound = [a for a in main_window.actions_by_name.values() if a.shortcuts()]
    assert len(bound) >= 15
    for action in bound:
        key = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
        assert any(key in keys.split(" or ") for keys in rows.values()), action.text()
    assert "Ctrl+Y" in rows["Redo"] and rows["Delete highlight"] and rows["Highlight"] == "H"
    dialog = ShortcutsDialog(actions)
    texts = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "F6 / Shift+F6" in texts and len(texts) == len(rows) + 5


def test_help_menu_opens_the_shortcuts(main_window, monkeypatch):
    shown = []
    monkeypatch.setattr(ShortcutsDialog, "exec", lambda self: shown.append(self.table.rowCount()) or 0)
    main_window.actions_by_name["shortcuts"].trigger()
    assert shown and shown[0] > 15
    help_menu = next(a.menu() for a in main_window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions()] == ["&Keyboard shortcuts", "&About Sourcemark"]


def test_an_empty_project_shows_how_to_add_documents_and_the_hint_follows(qtbot, tmp_path, app_settings):
    from app.services.session import ProjectSession
    from app.ui.bridge import SessionBridge
    from app.ui.document_view.document_view import EMPTY_PROJECT, OPEN_ONE
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    from .helpers import write_article

    with ProjectSession.create(tmp_path / "empty.sourcemark", analyst="t") as session:
        window = MainWindow(SessionBridge(session), app_settings, CategoryColors())
        qtbot.addWidget(window)
        window.show()
        hint = window.view.placeholder
        assert hint.isVisible() and hint.text() == EMPTY_PROJECT and "Drop files here" in hint.text()
        window.drop_files([write_article(tmp_path)])
        assert window.view.current_document() is not None
        window.bridge.undo_stack.undo()  # the last document goes: the hint comes back
        assert window.view.current_document() is None and hint.text() == EMPTY_PROJECT
        window.bridge.undo_stack.redo()
        assert len(session.project.documents) == 1 and hint.text() == OPEN_ONE
        window.close()
