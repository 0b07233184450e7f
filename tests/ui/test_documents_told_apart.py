"""GUI third pass (issue 30): the .txt, .html and .pdf of one story, same title, are told apart by their file in
the Documents list, the Annotations "Document" column, the inspector and the search results."""

from PySide6.QtCore import Qt

from app.services import annotate, documents
from app.services.labels import document_label
from tests.fixtures.run import add_document

from .helpers import ARTICLE, span, write_article


def _same_title_twice(session, tmp_path) -> tuple[str, str]:
    first = next(iter(session.project.documents))
    second = add_document(session, write_article(tmp_path, "story-copy.txt", ARTICLE + "Updated on Tuesday.\n")).document.id
    title = session.project.documents[first].title
    session.execute(documents.edit_document(session, second, title=title))
    return first, second


def test_one_title_two_files_two_labels(main_window, ui_session, tmp_path):
    first, second = _same_title_twice(ui_session, tmp_path)
    model = main_window.documents_panel.model
    shown = {model.index(row, 0).data() for row in range(model.rowCount())}
    docs = ui_session.project.documents
    assert len(shown) == 2 and docs[first].title == docs[second].title
    assert document_label(docs[second]) in shown and "story-copy.txt" in document_label(docs[second])


def test_annotations_column_inspector_and_search_results_name_the_file(main_window, ui_session, tmp_path):
    first, second = _same_title_twice(ui_session, tmp_path)
    main_window.bridge.run(annotate.create_annotation(ui_session, *span(ui_session, second, "Anna Kovac")))
    aid = ui_session.project.annotations_of(second)[0].id
    model = main_window.annotations_panel.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Document")
    assert model.index(0, column).data().endswith("· story-copy.txt")
    main_window.select_annotation(aid)
    assert "story-copy.txt" in main_window.inspector.header.text()
    panel = main_window.search_panel
    panel._add_hits(list(panel.searcher.hits("Anna Kovac")))  # what the search thread hands over
    labels = {panel.results.topLevelItem(i).text(0) for i in range(panel.results.topLevelItemCount())}
    assert any(label.endswith("story-copy.txt") for label in labels) and len(labels) == 2


def test_the_label_of_a_file_without_an_extension_says_its_kind():
    from types import SimpleNamespace

    from app.domain.documents import DocumentKind

    doc = SimpleNamespace(title="Story", original_name="story", kind=DocumentKind.HTML)
    assert document_label(doc) == "Story · story, html"
    assert document_label(SimpleNamespace(title="", original_name="a.pdf", kind=DocumentKind.PDF)) == "a.pdf"
