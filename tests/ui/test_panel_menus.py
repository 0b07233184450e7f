"""Context menus and the Delete key on the panels' lists: each list's menu, right click, Menu key and Shift+F10,
Delete with its confirmation (cancelled, accepted), a multi-row selection deleted and restored in one undo step, a
document deleted closes in the reader and comes back with its highlights on undo, read-only says why not."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services.project_files import open_project
from app.ui.action_states import NO_ROWS, READ_ONLY, delete_reason
from app.ui.models.object_table_model import ID_ROLE

from .accessible_tree import unnamed
from .helpers import span


def _texts(menu) -> list[str]:  # noqa: ANN001
    return [a.text().replace("&", "") if not a.isSeparator() else "|" for a in menu.actions()
            if a.isVisible() or a.isSeparator()]


@pytest.fixture
def quoted(main_window, ui_session, doc_id) -> dict[str, str]:
    """A highlight stating the claim, and a second claim."""
    ids = {"doc": doc_id, "claim": next(iter(ui_session.project.claims)), "actor": next(iter(ui_session.project.actors)),
           "source": next(iter(ui_session.project.sources))}
    ids["ann"] = main_window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, doc_id, "Anna Kovac"))
                                        ).created[Kind.ANNOTATION][0]
    ids["link"] = main_window.bridge.run(linking.link(ui_session, (Kind.ANNOTATION, ids["ann"]),
                                                      (Kind.CLAIM, ids["claim"]), "states")).created[Kind.LINK][0]
    command, claim = entities.create_claim(ui_session, "The bridge opens in May.")
    main_window.bridge.run(command)
    ids["claim2"] = claim.id
    return ids


def _answer(monkeypatch, press: bool, seen: list[str]) -> None:
    """Answer the confirmation with its Delete button (or Cancel), keeping its text."""
    def exec_(box: QMessageBox) -> int:
        seen.append(box.text())
        if press:
            next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole).click()
        return 0

    monkeypatch.setattr("app.ui.dialogs.errors._exec", exec_)


def test_each_list_offers_its_own_actions_delete_and_copy_id(main_window, quoted) -> None:
    w = main_window
    w.select_object(Kind.DOCUMENT, quoted["doc"])
    assert _texts(w.menus.menu_for(Kind.DOCUMENT)) == [
        "Document details…", "Replace document with new version…", "Recognise text (OCR)…", "|", "Delete…", "|",
        "Copy ID"]
    w.select_annotation(quoted["ann"])
    assert _texts(w.menus.menu_for(Kind.ANNOTATION)) == [
        "New claim from selection…", "Link actor…", "Link source…", "|", "Delete…", "|", "Copy ID"]
    w.select_object(Kind.ACTOR, quoted["actor"])
    menu = w.menus.menu_for(Kind.ACTOR)
    assert _texts(menu) == ["Show linked highlights", "Find all mentions of actor", "Merge actors…", "|", "Delete…",
                            "|", "Copy ID"]
    window_actions = [a for a in menu.actions() if a.parent() is w]
    assert window_actions == [w.actions_by_name[n] for n in ("mentions", "merge", "delete_purge")]  # the same QActions
    for kind in (Kind.CLAIM, Kind.SOURCE):
        w.select_object(kind, quoted[kind.value])
        assert _texts(w.menus.menu_for(kind)) == ["Show linked highlights", "|", "Delete…", "|", "Copy ID"]
    delete = next(a for a in menu.actions() if a.text() == "De&lete…")
    assert delete.isEnabled() and delete.shortcut().toString() == "Del"


def test_a_right_click_opens_the_menu_of_the_row_under_the_mouse_and_copy_id_copies_it(qtbot, main_window,
                                                                                       quoted) -> None:
    view = main_window.claims_panel.view
    rows = {view.model().index(r, 0).data(Qt.ItemDataRole.DisplayRole): r for r in range(view.model().rowCount())}
    point = view.visualRect(view.model().index(rows["The bridge opens in May."], 0)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.RightButton, pos=point)  # Qt selects the row first
    QApplication.sendEvent(view.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                              view.viewport().mapToGlobal(point)))
    menu = main_window.menus.menu
    assert menu is not None and menu.isVisible() and menu.accessibleName() == "Actions on the selected rows"
    assert main_window.inspector.object == (Kind.CLAIM, quoted["claim2"])  # the inspector shows the row clicked
    next(a for a in menu.actions() if a.text() == "Copy &ID").trigger()
    assert QGuiApplication.clipboard().text() == quoted["claim2"] and not menu.isVisible()


def test_the_menu_key_and_shift_f10_open_the_menu_under_the_current_row(qtbot, main_window, quoted) -> None:
    view = main_window.sources_panel.view
    main_window.select_object(Kind.SOURCE, quoted["source"])
    rect = view.visualRect(view.currentIndex())
    # what the platform sends for the Menu key: a keyboard context-menu event to the focused list
    QApplication.sendEvent(view, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(5, 5),
                                                   view.mapToGlobal(QPoint(5, 5))))
    menu = main_window.menus.menu
    assert menu is not None and menu.isVisible()
    assert menu.pos().y() == view.viewport().mapToGlobal(rect.bottomLeft()).y()  # under the row (x: kept on screen)
    menu.close()
    QTest.keyClick(view, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    assert main_window.menus.menu is not menu and main_window.menus.menu.isVisible()
    main_window.menus.menu.close()


def test_delete_asks_first_names_what_goes_with_it_and_cancel_keeps_everything(main_window, ui_session, quoted,
                                                                                monkeypatch) -> None:
    seen: list[str] = []
    _answer(monkeypatch, False, seen)
    view = main_window.claims_panel.view
    main_window.select_object(Kind.CLAIM, quoted["claim"])
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert quoted["claim"] in ui_session.project.claims and quoted["link"] in ui_session.project.links
    assert seen == ["Delete from this project:\n"
                    "  • claim “4,000 workers built the bridge in two years.”\n\n"
                    "With it go the links and highlights that hang on it:\n"
                    "  • link: highlight “Anna Kovac” → states → claim “4,000 workers built the bridge in two years.”\n\n"
                    "Undo (Ctrl+Z) brings everything back in one step."]
    _answer(monkeypatch, True, seen)
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert quoted["claim"] not in ui_session.project.claims and quoted["link"] not in ui_session.project.links
    assert quoted["ann"] in ui_session.project.annotations  # the highlight only lost its link


def test_the_delete_key_reaches_the_list_through_the_window_and_not_the_highlight_action(qtbot, main_window,
                                                                                         ui_session, quoted,
                                                                                         monkeypatch) -> None:
    """A real key press goes through Qt's shortcuts: the list takes Delete from the window's Delete highlight."""
    _answer(monkeypatch, True, [])
    main_window.select_annotation(quoted["ann"])  # Delete highlight is enabled...
    main_window.select_object(Kind.CLAIM, quoted["claim2"])
    view = main_window.claims_panel.view
    main_window.activateWindow()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    QTest.keyClick(main_window.windowHandle(), Qt.Key.Key_Delete)
    assert quoted["claim2"] not in ui_session.project.claims  # ...but the key deleted the claim, not the highlight
    assert quoted["ann"] in ui_session.project.annotations


def test_several_rows_go_in_one_undo_step_and_one_undo_brings_them_all_back(main_window, ui_session, quoted,
                                                                           monkeypatch) -> None:
    seen: list[str] = []
    _answer(monkeypatch, True, seen)
    view, stack = main_window.claims_panel.view, main_window.bridge.undo_stack
    view.selectAll()
    steps = stack.count()
    assert main_window.menus.delete(Kind.CLAIM)
    assert not ui_session.project.claims and quoted["link"] not in ui_session.project.links
    assert stack.count() == steps + 1 and stack.undoText() == "Delete 2 objects and 1 more that hung on them"
    assert seen[0].startswith("Delete from this project:\n  • claim “4,000 workers") and "“The bridge opens in May.”" \
        in seen[0] and "With them go the links and highlights that hang on them:" in seen[0]
    stack.undo()
    assert set(ui_session.project.claims) == {quoted["claim"], quoted["claim2"]}
    assert quoted["link"] in ui_session.project.links


def test_highlights_can_be_selected_together_and_deleted_together(main_window, ui_session, quoted,
                                                                  monkeypatch) -> None:
    _answer(monkeypatch, True, [])
    second = main_window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, quoted["doc"], "Sava"))
                                    ).created[Kind.ANNOTATION][0]
    view = main_window.annotations_panel.view
    view.selectAll()
    assert len(view.selectionModel().selectedRows()) == 2
    assert main_window.menus.delete(Kind.ANNOTATION)
    assert quoted["ann"] not in ui_session.project.annotations and second not in ui_session.project.annotations
    main_window.bridge.undo_stack.undo()
    assert {quoted["ann"], second} <= set(ui_session.project.annotations)


def test_ctrl_and_shift_click_select_several_rows_and_the_inspector_shows_the_one_clicked(main_window, ui_session,
                                                                                         quoted) -> None:
    """The window's selection following a click must not undo it (it re-applied the held Ctrl: a toggle)."""
    w = main_window
    w.bridge.run(entities.create_actor(ui_session, "Ivo Markic")[0])
    w.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, quoted["doc"], "Sava")))
    for panel in (w.actors_panel, w.annotations_panel):
        view, model = panel.view, panel.view.model()
        first, second = (view.visualRect(model.index(row, 0)).center() for row in (0, 1))
        for modifier in (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier):
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, second)
            assert [i.row() for i in view.selectionModel().selectedRows()] == [0, 1], (panel, modifier)
            clicked = model.index(1, 0).data(ID_ROLE)
            assert clicked in (w.inspector.annotation_id, w.inspector.object and w.inspector.object[1])
    assert w.actions_by_name["merge"].isEnabled()  # two actors picked: Merge applies


def test_a_deleted_document_closes_in_the_reader_and_undo_brings_it_back_with_its_highlights(
        main_window, ui_session, quoted, monkeypatch) -> None:
    seen: list[str] = []
    _answer(monkeypatch, True, seen)
    w, doc = main_window, quoted["doc"]
    w.select_object(Kind.DOCUMENT, doc)
    assert w.view.current_document() == doc
    assert w.menus.delete(Kind.DOCUMENT)
    assert doc not in ui_session.project.documents and quoted["ann"] not in ui_session.project.annotations
    assert w.view.current_document() is None and w.bridge.selection.document is None
    assert w.documents_panel.model.rowCount() == 0
    assert "  • document “Minister Anna Kovac said on Monday that the new bridge over… · article.txt”" in seen[0] and "  • highlight “Anna Kovac”" in seen[0]
    assert "A document open in the reader closes." in seen[0]
    w.bridge.undo_stack.undo()
    assert doc in ui_session.project.documents and quoted["ann"] in ui_session.project.annotations
    assert quoted["link"] in ui_session.project.links
    assert w.view.current_document() == doc and w.bridge.selection.document == doc  # the reader opens it again
    assert w.documents_panel.model.rowCount() == 1 and w.annotations_panel.row_count() == 1


def test_a_read_only_project_says_why_nothing_can_be_deleted(qtbot, ui_session, app_settings, doc_id) -> None:
    from app.ui.bridge import SessionBridge
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    assert delete_reason(True, 3) == READ_ONLY and delete_reason(False, 0) == NO_ROWS and delete_reason(False, 1) is None
    with open_project(ui_session.folder, read_only=True) as ro:
        window = MainWindow(SessionBridge(ro), app_settings, CategoryColors())
        qtbot.addWidget(window)
        window.select_object(Kind.CLAIM, next(iter(ro.project.claims)))
        menu = window.menus.menu_for(Kind.CLAIM)
        delete = next(a for a in menu.actions() if a.text() == "De&lete…")
        assert not delete.isEnabled() and delete.toolTip() == READ_ONLY
        copy = next(a for a in menu.actions() if a.text() == "Copy &ID")
        assert copy.isEnabled()  # reading still works
        assert not window.menus.delete(Kind.CLAIM) and window.statusBar().currentMessage() == READ_ONLY
        assert ro.project.claims


def test_the_confirmation_and_the_menu_are_named_for_a_screen_reader(main_window, ui_session, quoted) -> None:
    from app.services import deletion
    from app.ui.dialogs.delete_dialog import delete_box

    box, button = delete_box(main_window, ui_session.project, deletion.plan(ui_session, [quoted["doc"]]), syncs=True)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel) and button.text() == "Delete"
    assert "The next sync deletes them on the team's server too" in box.text()
    box.show()
    assert unnamed(box) == []
    box.close()
    menu = main_window.menus.open_menu(Kind.CLAIM, QPoint(0, 0))
    assert unnamed(menu) == [] and menu.accessibleName()
    menu.close()
    assert unnamed(main_window) == []


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp):  # noqa: ANN001, ANN201
    """The interface in a language before the window is made (its actions take their texts then)."""
    from PySide6.QtCore import QLocale

    from app.ui import i18n

    assert i18n.apply(qapp, request.param)
    yield request.param
    i18n.apply(qapp, "en")
    QLocale.setDefault(QLocale("en_US"))


@pytest.mark.parametrize("language", ["uk", "ru", "es", "fr", "ko", "ar"], indirect=True)
def test_every_menu_has_its_access_keys_once_in_every_language(language, main_window, quoted) -> None:
    main_window.actions_by_name["delete_purge"].setVisible(True)  # as while the project syncs
    for kind in (Kind.DOCUMENT, Kind.ANNOTATION, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE):
        texts = [a.text().replace("&&", "") for a in main_window.menus.menu_for(kind).actions() if a.text()]
        keys = [t[t.index("&") + 1].casefold() for t in texts if "&" in t]
        assert len(keys) == len(texts) and len(set(keys)) == len(keys), (kind, texts)
        assert not any("Delete" in t or "Copy" in t for t in texts), texts  # translated, the window's own too
