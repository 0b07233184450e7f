"""GUI third pass (issue 30): Find all mentions covers the whole project in one undo step, says which documents it
touched, and leaves the reader where it was."""

from app.domain.links import Kind
from tests.fixtures.run import add_document

from .helpers import write_article


def test_find_all_mentions_marks_every_document_and_the_reader_stays_put(main_window, ui_session, doc_id, tmp_path,
                                                                         message_boxes):
    other = add_document(ui_session, write_article(tmp_path, "wire.html.txt",
                                                   "Wire copy: Anna Kovac opened the bridge. KOVAC spoke.\n")).document.id
    main_window.open_document(doc_id)
    place = main_window.view.place()
    actor = next(iter(ui_session.project.actors))  # Anna Kovac, alias Ana Kovač
    counts = main_window.reader.find_mentions(actor)
    assert set(counts) == {doc_id, other} and counts[doc_id] == 2
    marked = {ann.document_id for _link, ann in ui_session.project.linked(actor, Kind.ANNOTATION)}
    assert marked == {doc_id, other}
    assert main_window.view.current_document() == doc_id and main_window.view.place() == place
    [text] = [text for kind, text in message_boxes if kind == "information"]  # (a question on near forms aside)
    assert "in 2 documents" in text
    assert "wire.html.txt" in text and "article.txt" in text  # the documents it touched, by label
    main_window.actions_by_name["undo"].trigger()  # one step for the whole project
    assert not list(ui_session.project.linked(actor, Kind.ANNOTATION))


def test_find_all_mentions_needs_no_open_document(main_window, ui_session, message_boxes):
    main_window.open_document(None)
    panel = main_window.actors_panel
    panel.view.setCurrentIndex(panel.proxy.index(0, 0))
    assert main_window.actions_by_name["mentions"].isEnabled()
    main_window.actions_by_name["mentions"].trigger()
    assert main_window.view.current_document() is None
    assert any("Marked 2 new mentions" in text for _kind, text in message_boxes)
