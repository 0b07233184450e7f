"""GUI third pass (issue 30), nothing typed is lost: the inspector's fields save themselves when the focus
leaves them or the selection moves on, one undo step each; a refresh from another change keeps the text.
The `xcb` tests type with real keys and move the real focus."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.domain.links import Kind
from app.services import annotate, entities
from app.services.session import ProjectSession
from app.ui.models.object_table_model import ID_ROLE

from .helpers import answer_boxes, span


def _two_highlights(window, session, doc_id) -> tuple[str, str]:
    first = window.bridge.run(annotate.create_annotation(session, *span(session, doc_id, "Anna Kovac"))).created
    second = window.bridge.run(annotate.create_annotation(session, *span(session, doc_id, "Ivo Markic"))).created
    ids = [a.id for a in session.project.annotations_of(doc_id)]
    assert len(ids) == 2 and first is not None and second is not None
    return ids[0], ids[1]


def test_a_note_typed_then_another_highlight_selected_is_saved_as_one_undo_step(main_window, ui_session, doc_id, message_boxes):
    first, second = _two_highlights(main_window, ui_session, doc_id)
    main_window.select_annotation(first)
    main_window.inspector.note.setPlainText("Quoted from the ministry readout")
    steps = main_window.bridge.undo_stack.count()
    main_window.select_annotation(second)
    assert ui_session.project.annotations[first].note == "Quoted from the ministry readout"
    assert main_window.bridge.undo_stack.count() == steps + 1
    assert main_window.inspector.note.toPlainText() == ""  # the second highlight's (empty) note
    with ProjectSession.open(ui_session.folder, read_only=True) as on_disk:
        assert on_disk.project.annotations[first].note == "Quoted from the ministry readout"
    main_window.actions_by_name["undo"].trigger()
    assert ui_session.project.annotations[first].note == ""
    assert len(ui_session.project.annotations) == 2  # only the note went
    assert not message_boxes


def test_a_rationale_typed_then_another_claim_selected_goes_to_the_first_claim(main_window, ui_session, message_boxes):
    claim_id = next(iter(ui_session.project.claims))
    command, other = entities.create_claim(ui_session, "The bridge opened in May.")
    main_window.bridge.run(command)
    main_window.select_object(Kind.CLAIM, claim_id)
    main_window.inspector.note.setPlainText("Two local reports agree.")
    main_window.select_object(Kind.CLAIM, other.id)
    assert ui_session.project.claims[claim_id].rationale == "Two local reports agree."
    assert ui_session.project.claims[other.id].rationale == ""
    assert not message_boxes


def test_a_claims_wording_is_editable_in_the_inspector(main_window, ui_session, message_boxes):
    claim_id = next(iter(ui_session.project.claims))
    main_window.select_object(Kind.CLAIM, claim_id)
    inspector = main_window.inspector
    assert inspector.statement.isVisibleTo(inspector)
    assert inspector.statement.toPlainText() == "4,000 workers built the bridge in two years."
    inspector.statement.setPlainText("4,000 workers built the bridge in three years.")
    inspector.commit()
    assert ui_session.project.claims[claim_id].statement == "4,000 workers built the bridge in three years."
    assert "three years" in main_window.claims_panel.model.index(0, 0).data()  # the Claims list followed
    main_window.actions_by_name["undo"].trigger()
    assert ui_session.project.claims[claim_id].statement.endswith("in two years.")
    assert inspector.statement.toPlainText().endswith("in two years.")  # the field followed the undo
    assert not message_boxes
    main_window.select_object(Kind.ACTOR, next(iter(ui_session.project.actors)))
    assert not inspector.statement.isVisibleTo(inspector)


def test_an_empty_wording_is_refused_with_a_message_and_the_claim_kept(main_window, ui_session, message_boxes):
    claim_id = next(iter(ui_session.project.claims))
    main_window.select_object(Kind.CLAIM, claim_id)
    main_window.inspector.statement.setPlainText("   ")
    main_window.inspector.commit()
    assert ui_session.project.claims[claim_id].statement.startswith("4,000 workers")
    assert message_boxes and "wording" in message_boxes[0][1]


def test_a_change_from_elsewhere_keeps_the_text_being_typed(main_window, ui_session, doc_id, message_boxes):
    first, second = _two_highlights(main_window, ui_session, doc_id)
    main_window.select_annotation(first)
    main_window.inspector.note.setPlainText("half a thought")
    # Another change to an annotation (a sync, an undo of something else) refreshes the inspector.
    main_window.bridge.run(annotate.edit_annotation(ui_session, second, note="from elsewhere"))
    assert main_window.inspector.note.toPlainText() == "half a thought"
    main_window.inspector.commit()
    assert ui_session.project.annotations[first].note == "half a thought"
    assert ui_session.project.annotations[second].note == "from elsewhere"


def test_closing_the_window_saves_the_field_being_typed(main_window, ui_session):
    claim_id = next(iter(ui_session.project.claims))
    main_window.select_object(Kind.CLAIM, claim_id)
    main_window.inspector.note.setPlainText("typed just before closing")
    main_window.close()
    assert ui_session.project.claims[claim_id].rationale == "typed just before closing"


@pytest.fixture
def active_window(main_window, qtbot):
    qtbot.waitExposed(main_window)
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    return main_window


@pytest.mark.xcb
def test_typing_a_rationale_and_tabbing_away_saves_it(qtbot, active_window, ui_session):
    claim_id = next(iter(ui_session.project.claims))
    active_window.select_object(Kind.CLAIM, claim_id)
    note = active_window.inspector.note
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    QTest.keyClicks(note, "Agrees with the readout")
    assert ui_session.project.claims[claim_id].rationale == ""  # not yet: still typing
    QTest.keyClick(note, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not note)
    assert ui_session.project.claims[claim_id].rationale == "Agrees with the readout"


@pytest.mark.xcb
def test_typing_a_note_then_clicking_the_annotations_list_saves_it(qtbot, active_window, ui_session, doc_id):
    first, second = _two_highlights(active_window, ui_session, doc_id)
    active_window.select_annotation(first)
    note = active_window.inspector.note
    note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is note)
    QTest.keyClicks(note, "checked")
    table = active_window.annotations_panel.view
    active_window.docks["annotations"].raise_()
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, 0).data(ID_ROLE) == second)
    rect = table.visualRect(table.model().index(row, 0))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: active_window.inspector.annotation_id == second)
    assert ui_session.project.annotations[first].note == "checked"


@pytest.mark.xcb
def test_ctrl_enter_saves_the_claims_wording_and_keeps_the_cursor(qtbot, active_window, ui_session):
    claim_id = next(iter(ui_session.project.claims))
    active_window.select_object(Kind.CLAIM, claim_id)
    field = active_window.inspector.statement
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    QTest.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(field, " (ministry)")
    QTest.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert ui_session.project.claims[claim_id].statement.endswith("two years. (ministry)")
    assert QApplication.focusWidget() is field and field.textCursor().atEnd()


def _answer_discard(monkeypatch, answer) -> list[tuple[str, str]]:
    return answer_boxes(monkeypatch, answer)  # fills in as boxes are answered


def test_cancel_after_typing_in_a_dialog_asks_and_keep_editing_keeps_the_text(qtbot, ui_session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.link_dialog import LinkDialog

    dialog = LinkDialog(ui_session.project, Kind.SOURCE, "the quote")
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _answer_discard(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.name.setText("Vecernji list, 4 March")
    dialog.source_fields["url"].setText("https://example.org/a")
    dialog.reject()
    assert [title for title, _text in asked] == ["Discard what you typed?"] and dialog.isVisible()
    assert dialog.source_fields["url"].text() == "https://example.org/a"
    asked = _answer_discard(monkeypatch, QMessageBox.StandardButton.Discard)
    dialog.reject()
    assert asked and not dialog.isVisible() and dialog.result() == LinkDialog.DialogCode.Rejected


def test_cancel_without_typing_closes_a_dialog_without_asking(qtbot, ui_session, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.link_dialog import LinkDialog

    dialog = LinkDialog(ui_session.project, Kind.ACTOR, "Anna Kovac")  # the name is prefilled from the quote
    qtbot.addWidget(dialog)
    dialog.show()
    asked = _answer_discard(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert not asked and not dialog.isVisible()


@pytest.mark.xcb
def test_escape_after_typing_in_the_capture_dialog_asks(qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.dialogs.capture_dialog import CaptureDialog

    dialog = CaptureDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    asked = _answer_discard(monkeypatch, QMessageBox.StandardButton.Cancel)
    dialog.url.setFocus()
    QTest.keyClicks(dialog.url, "https://example.org/story")
    QTest.keyClick(dialog.url, Qt.Key.Key_Escape)
    assert asked and dialog.isVisible() and dialog.url.text() == "https://example.org/story"
    asked = _answer_discard(monkeypatch, QMessageBox.StandardButton.Discard)
    QTest.keyClick(dialog.url, Qt.Key.Key_Escape)
    assert asked and not dialog.isVisible()
