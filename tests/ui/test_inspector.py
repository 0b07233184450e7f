"""The inspector edits a claim's verdict and follows the open document."""

from app.domain.claims import Verdict
from app.domain.links import Kind
from app.services import annotate
from tests.fixtures.run import add_document

from .helpers import span, write_article


def test_the_inspector_sets_a_claims_verdict_as_one_undo_step(main_window, ui_session) -> None:
    claim_id = next(iter(ui_session.project.claims))
    main_window.select_object(Kind.CLAIM, claim_id)
    inspector = main_window.inspector
    assert inspector.verdict.isVisibleTo(inspector) and inspector.verdict.isEnabled()
    assert inspector.verdict.currentData() == Verdict.UNVERIFIED.value
    index = inspector.verdict.findData(Verdict.FALSE.value)
    inspector.verdict.setCurrentIndex(index)
    inspector.verdict.activated.emit(index)  # what a user's pick in the list emits
    assert ui_session.project.claims[claim_id].verdict is Verdict.FALSE
    main_window.actions_by_name["undo"].trigger()
    assert ui_session.project.claims[claim_id].verdict is Verdict.UNVERIFIED
    assert inspector.verdict.currentData() == Verdict.UNVERIFIED.value  # refreshed from the change


def test_the_verdict_field_is_only_shown_for_claims(main_window, ui_session) -> None:
    main_window.select_object(Kind.ACTOR, next(iter(ui_session.project.actors)))
    assert not main_window.inspector.verdict.isVisibleTo(main_window.inspector)


def test_opening_another_document_clears_a_highlight_of_the_previous_one(main_window, ui_session, doc_id, tmp_path) -> None:
    main_window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, doc_id, "Anna Kovac")))
    ann = ui_session.project.annotations_of(doc_id)[0]
    main_window.select_annotation(ann.id)
    assert main_window.inspector.annotation_id == ann.id
    other = add_document(ui_session, write_article(tmp_path, "other.txt", "Another article.\n")).document.id
    main_window.documents_panel.select(other)
    main_window.documents_panel.rowSelected.emit(other)  # a click in the Project list
    assert main_window.view.current_document() == other
    assert main_window.inspector.annotation_id is None


def test_the_inspector_shows_when_a_highlight_was_made_with_its_zone(main_window, ui_session, doc_id) -> None:
    main_window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, doc_id, "Anna Kovac")))
    ann = ui_session.project.annotations_of(doc_id)[0]
    main_window.select_annotation(ann.id)
    header = main_window.inspector.header.text()
    assert ann.modified not in header and " UTC" in header  # "2 Dec 2026, 04:48 UTC", not "2026-12-02T04:48"
