"""GUI third pass (issue 30), editing: Delete on a selected highlight deletes it (one undo step); with a highlight
selected and no new text selection, Link actor / Link source add a link to that highlight."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.links import Kind, Relation, default_relation
from app.services import annotate
from app.ui.dialogs.link_dialog import LinkDialog

from .helpers import span


def _highlight(window, session, doc_id, quote: str) -> str:
    window.bridge.run(annotate.create_annotation(session, *span(session, doc_id, quote)))
    return next(a.id for a in session.project.annotations_of(doc_id) if a.exact == quote)


def test_the_delete_action_deletes_the_selected_highlight_and_undo_brings_it_back(main_window, ui_session, doc_id):
    aid = _highlight(main_window, ui_session, doc_id, "Anna Kovac")
    delete = main_window.actions_by_name["delete_highlight"]
    assert not delete.isEnabled()  # nothing selected yet
    main_window.select_annotation(aid)
    assert delete.isEnabled() and "Del" in [k.toString() for k in delete.shortcuts()]
    main_window.view.text_view.setFocus()
    delete.trigger()
    assert aid not in ui_session.project.annotations and not delete.isEnabled()
    main_window.actions_by_name["undo"].trigger()
    assert aid in ui_session.project.annotations


@pytest.mark.xcb
def test_delete_in_the_claims_list_leaves_the_highlight_alone(qtbot, main_window, ui_session, doc_id, monkeypatch):
    """The list takes the key for its own rows (ui.panel_menus): its confirmation, answered Cancel here."""
    from PySide6.QtWidgets import QMessageBox

    from .helpers import answer_boxes

    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    aid = _highlight(main_window, ui_session, doc_id, "Anna Kovac")
    main_window.select_annotation(aid)
    main_window.claims_panel.view.setFocus()
    qtbot.waitUntil(lambda: main_window.claims_panel.isAncestorOf(QApplication.focusWidget()))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert aid in ui_session.project.annotations and ui_session.project.claims and seen == []
    assert main_window.statusBar().currentMessage() == "Select one or more rows of this list first"
    main_window.claims_panel.view.selectAll()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert [title for title, _text in seen] == ["Delete"]  # cancelled
    assert aid in ui_session.project.annotations and ui_session.project.claims


def test_link_actor_with_a_highlight_selected_adds_a_link_to_it(main_window, ui_session, doc_id, monkeypatch, message_boxes):
    aid = _highlight(main_window, ui_session, doc_id, "Ana Kovač")
    actor_id = next(iter(ui_session.project.actors))  # Anna Kovac
    source_id = next(iter(ui_session.project.sources))
    main_window.select_annotation(aid)
    assert main_window.view.selection() is None
    assert main_window.actions_by_name["actor"].isEnabled() and main_window.actions_by_name["source"].isEnabled()
    answers = iter(["Anna Kovac", "Vjesnik Obrane, 3 March"])

    def exec_(dialog: LinkDialog) -> int:
        dialog.name.setText(next(answers))
        return LinkDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LinkDialog, "exec", exec_)
    assert main_window.reader.link(Kind.ACTOR) == aid
    assert main_window.reader.link(Kind.SOURCE) == aid
    links = {(link.object_id, link.relation) for link in ui_session.project.links_of(aid)}
    assert links == {(actor_id, Relation.MENTIONS), (source_id, default_relation(Kind.ANNOTATION, Kind.SOURCE))}
    mention = next(link for link in ui_session.project.links_of(aid) if link.object_id == actor_id)
    assert mention.as_written == "Ana Kovač"  # as a new highlight's link would keep it
    assert len(ui_session.project.annotations) == 1  # no second highlight
    main_window.actions_by_name["undo"].trigger()
    assert len(ui_session.project.links_of(aid)) == 1  # one link per undo step
    assert not message_boxes


@pytest.mark.xcb
def test_the_delete_key_in_the_reader_deletes_the_clicked_highlight(qtbot, main_window, ui_session, doc_id):
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    aid = _highlight(main_window, ui_session, doc_id, "Anna Kovac")
    main_window.select_annotation(aid)
    reader = main_window.view.text_view
    reader.setFocus()
    qtbot.waitUntil(reader.hasFocus)
    QTest.keyClick(reader, Qt.Key.Key_Delete)
    assert aid not in ui_session.project.annotations
    QTest.keyClick(reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert aid in ui_session.project.annotations


def _drag(view, start: int, end: int) -> None:
    """A mouse drag in the reader from character `start` to character `end` (code points of the article)."""
    def point(offset: int):
        cursor = view.textCursor()
        cursor.setPosition(offset)
        rect = view.cursorRect(cursor)
        return rect.center()
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    viewport = view.viewport()
    left, none = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for kind, offset, buttons in ((QEvent.Type.MouseButtonPress, start, left),
                                  (QEvent.Type.MouseMove, (start + end) // 2, left),
                                  (QEvent.Type.MouseMove, end, left),
                                  (QEvent.Type.MouseButtonRelease, end, Qt.MouseButton.NoButton)):
        pos = QPointF(point(offset))
        event = QMouseEvent(kind, pos, QPointF(viewport.mapToGlobal(pos.toPoint())), left, buttons, none)
        QApplication.sendEvent(viewport, event)


def test_a_drag_a_letter_late_selects_whole_words_without_the_comma(qtbot, main_window, ui_session, doc_id):
    qtbot.waitExposed(main_window)  # the reader lays its text out once shown: the drag needs the positions
    view = main_window.view.text_view
    text = view.toPlainText()
    start = text.index("Critics") + 2  # "itics, among them"
    end = text.index("among them") + len("among th")
    _drag(view, start, end)
    lo, hi = view.selection()
    assert text[lo:hi] == "Critics, among them"
    start = text.index("Ivo Markic") + 1
    _drag(view, start, start + len("vo Markic, dis"))
    lo, hi = view.selection()
    assert text[lo:hi] == "Ivo Markic, disputed"
    view.select_range(0, 0)  # a press on selected text would drag that text away instead
    _drag(view, start, start + len("vo Markic,"))  # ends on the comma: it is not part of the quote
    lo, hi = view.selection()
    assert text[lo:hi] == "Ivo Markic"


def test_the_actor_dialog_says_alias_or_misspelling_when_the_selection_is_not_the_name(qtbot, ui_session):
    from app.services import entities

    command, actor = entities.create_actor(ui_session, "No Kwang Chol", aliases=("No Gun Chol",))
    ui_session.execute(command)
    for selected, reason in (("No Gun Chol", "alias"), ("No Gwang Chol", "misspelling"), ("no kwang chol", "")):
        dialog = LinkDialog(ui_session.project, Kind.ACTOR, selected)
        qtbot.addWidget(dialog)
        dialog.name.setText("No Kwang Chol")  # picked from the completer
        assert dialog.choice().existing_id == actor.id
        assert dialog.extra["reason"].currentData() == reason, selected
        assert dialog.choice().reason == reason


def test_the_sources_cited_by_counts_the_claims_it_supports(main_window, ui_session, doc_id):
    from app.services import linking

    claim_id, source_id = next(iter(ui_session.project.claims)), next(iter(ui_session.project.sources))
    model = main_window.sources_panel.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Cited by")
    assert model.index(0, column).data() == 0
    main_window.bridge.run(linking.link(ui_session, (Kind.CLAIM, claim_id), (Kind.SOURCE, source_id), "supports"))
    assert model.index(0, column).data() == 1  # the claim it supports counts
    aid = _highlight(main_window, ui_session, doc_id, "Vjesnik Obrane")
    main_window.bridge.run(linking.link(ui_session, (Kind.ANNOTATION, aid), (Kind.SOURCE, source_id)))
    assert model.index(0, column).data() == 2
    assert model.index(0, column).data(Qt.ItemDataRole.ToolTipRole) == "1 highlight, 1 claim"


def test_a_link_dialog_with_one_relation_shows_no_stray_relation_box(qtbot, ui_session):
    dialog = LinkDialog(ui_session.project, Kind.ACTOR, "Anna Kovac")  # a mention: one relation
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.relation.count() == 1 and not dialog.relation.isVisible()
    assert dialog.choice().relation == "mentions"


def test_capture_details_name_their_extra_fields_in_words(qtbot, ui_session):
    from dataclasses import replace

    from app.domain.documents import Provenance
    from app.ui.dialogs.document_dialog import DocumentDialog

    doc = next(iter(ui_session.project.documents.values()))
    provenance = Provenance(source_url="https://example.org/", extra={"http_status": "200 OK"})
    dialog = DocumentDialog(replace(doc, provenance=provenance))
    qtbot.addWidget(dialog)
    assert dialog.provenance.rows.get("HTTP status") == "200 OK" and "http_status" not in dialog.provenance.rows
