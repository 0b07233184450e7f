"""The main window: select -> highlight -> panel and disk; undo; linking; drops; re-anchoring; orphans."""

from pathlib import Path

import pytest

from app.domain.links import Kind
from app.services.marking import LinkChoice
from app.services.project_files import open_project
from app.ui.dialogs.link_dialog import LinkDialog

from .helpers import highlight, span, write_article


@pytest.fixture(autouse=True)
def _no_modal_boxes(message_boxes):
    """A message box left unpatched would block an offscreen test forever."""
    return message_boxes


def _on_disk(folder: Path) -> dict:
    with open_project(folder, read_only=True) as again:
        return {a.exact: a for a in again.project.annotations.values()}


def test_highlight_action_shows_in_panel_and_on_disk_and_undo_removes_it(qtbot, main_window, ui_session, doc_id, monkeypatch):
    selection = span(ui_session, doc_id, "new bridge over the Sava")
    monkeypatch.setattr(main_window.view, "selection", lambda: selection)
    main_window._update_actions()
    action = main_window.actions_by_name["highlight"]
    assert action.isEnabled() and action.shortcut().toString() == "H"
    panel = main_window.annotations_panel
    before = panel.row_count()
    action.trigger()
    assert panel.row_count() == before + 1
    assert panel.current_id() is not None  # the new highlight is selected in the panel
    assert "new bridge over the Sava" in _on_disk(ui_session.folder)
    main_window.actions_by_name["undo"].trigger()
    assert panel.row_count() == before
    assert "new bridge over the Sava" not in _on_disk(ui_session.folder)
    main_window.actions_by_name["redo"].trigger()
    assert "new bridge over the Sava" in _on_disk(ui_session.folder)


def test_standard_shortcuts(main_window):
    keys = {name: a.shortcut().toString() for name, a in main_window.actions_by_name.items()}
    assert keys["undo"] == "Ctrl+Z" and keys["redo"] == "Ctrl+Shift+Z"
    assert keys["find"] == "Ctrl+F" and keys["zoom_in"] == "Ctrl+=" and keys["zoom_out"] == "Ctrl+-"
    assert keys["new"] == "Ctrl+N" and keys["open"] == "Ctrl+O"


def test_link_dialog_completes_existing_and_creates_new(qtbot, ui_session, doc_id):
    dialog = LinkDialog(ui_session.project, Kind.ACTOR, "Ana Kovač")
    qtbot.addWidget(dialog)
    choice = dialog.choice()
    assert choice.existing_id == next(iter(ui_session.project.actors))  # matched by alias
    dialog.name.setText("Ivo Markic")
    dialog.extra["reason"].setCurrentIndex(dialog.extra["reason"].findData("misspelling"))
    choice = dialog.choice()
    assert choice.existing_id is None and choice.new_name == "Ivo Markic" and choice.reason == "misspelling"
    assert dialog.name.completer().model().rowCount() == 2  # name and alias


def test_clicking_a_highlight_selects_it_in_panels_and_back(main_window, ui_session, doc_id):
    aid = highlight(main_window.bridge, span(ui_session, doc_id, "Critics"))
    main_window.view.annotationClicked.emit(aid)
    assert main_window.annotations_panel.current_id() == aid
    assert main_window.inspector.annotation_id == aid
    other = highlight(main_window.bridge, span(ui_session, doc_id, "Monday"))
    main_window.annotations_panel.rowSelected.emit(other)
    assert main_window.inspector.annotation_id == other


def test_a_bad_file_drop_gives_a_message_box(main_window, message_boxes, tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.7 this is not really a pdf")
    missing = tmp_path / "missing.txt"
    main_window.drop_files([bad, missing])
    assert len(message_boxes) == 1  # one summary for the drop, not a box per file
    kind, text = message_boxes[0]
    assert kind == "warning" and text.count("Could not add") == 2 and "Added 0 of 2 files." in text


def test_dropping_a_good_file_adds_and_opens_it_and_undo_removes_it(main_window, message_boxes, tmp_path, ui_session):
    path = write_article(tmp_path, "second.txt", "A second article about the bridge.\n")
    main_window.drop_files([path])
    assert not message_boxes
    assert len(ui_session.project.documents) == 2
    assert main_window.view.current_document() in ui_session.project.documents
    main_window.bridge.undo_stack.undo()  # the add went onto the undo stack too (bridge.run)
    assert len(ui_session.project.documents) == 1


def test_find_all_mentions_and_merge(main_window, ui_session, doc_id, monkeypatch, message_boxes):
    actor = next(iter(ui_session.project.actors))
    main_window.reader.find_mentions(actor)
    assert sum(1 for _ in ui_session.project.linked(actor, Kind.ANNOTATION)) == 2
    from app.services import entities

    command, other = entities.create_actor(ui_session, "A. Kovac")
    main_window.bridge.run(command)
    from PySide6.QtWidgets import QInputDialog

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Anna Kovac", True))
    main_window.reader.merge([actor, other.id])
    assert other.id not in ui_session.project.actors
    assert "A. Kovac" in ui_session.project.actors[actor].aliases


def test_replaced_document_shows_counts_and_orphan_can_be_reattached(main_window, ui_session, doc_id, tmp_path, monkeypatch, message_boxes):
    highlight(main_window.bridge, span(ui_session, doc_id, "Critics"))
    gone = highlight(main_window.bridge, span(ui_session, doc_id, "Ivo Markic, disputed the figure"))
    new_text = ("Minister Anna Kovac said on Monday that the new bridge over the Sava will open in June.\n\n"
                "Critics had doubts. Ana Kovač did not reply.\n")
    new = write_article(tmp_path, "article-v2.txt", new_text)
    monkeypatch.setattr("app.ui.project_io.QFileDialog.getOpenFileName", lambda *a, **k: (str(new), ""))
    main_window.actions_by_name["replace"].trigger()  # File > Replace document with new version…
    assert ui_session.project.documents[doc_id].previous_sha256  # the old version is kept
    assert main_window.bar.isVisible()
    assert "1 orphan" in main_window.bar.label.text() and "exact" in main_window.bar.label.text()
    orphans = main_window.orphans_panel
    assert orphans.list.count() == 1
    orphans.list.setCurrentRow(0)
    monkeypatch.setattr(main_window.view, "selection", lambda: span(ui_session, doc_id, "had doubts"))
    orphans.reattach_current()
    assert not message_boxes, message_boxes
    assert ui_session.project.annotations[gone].exact == "had doubts"
    assert orphans.list.count() == 0


def test_export_and_import_round_trip(main_window, tmp_path, message_boxes, ui_session, doc_id):
    highlight(main_window.bridge, span(ui_session, doc_id, "Critics"))
    for fmt, table in [("json", "annotations"), ("csv", "claims"), ("w3c", "annotations"), ("claimreview", "annotations")]:
        target = main_window.io.export_to(tmp_path / f"out-{fmt}-{table}", fmt, table)
        assert target is not None and target.stat().st_size > 0, fmt
    assert main_window.io.import_from(tmp_path / "out-w3c-annotations", doc_id) is not None
    assert message_boxes and message_boxes[-1][0] == "information"
    title = ui_session.project.documents[doc_id].title
    assert "0 new, 1 already present" in message_boxes[-1][1] and f"{title}: 0 new, 1 already present" in message_boxes[-1][1]


def test_read_only_window_disables_editing(qtbot, ui_session, app_settings, doc_id):
    from app.ui.bridge import SessionBridge
    from app.ui.main_window import MainWindow
    from app.ui.palette import CategoryColors

    with open_project(ui_session.folder, read_only=True) as ro:
        window = MainWindow(SessionBridge(ro), app_settings, CategoryColors())
        qtbot.addWidget(window)
        assert "read-only" in window.windowTitle()
        assert not window.actions_by_name["add"].isEnabled()
        assert not window.acceptDrops()


def test_labels_showing_document_text_never_render_html(main_window: "object") -> None:
    """A title or quote like '<img src=http://…>' must show as text, not be fetched or rendered."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from app.domain.links import Kind
    from app.ui.dialogs.link_dialog import LinkDialog

    window = main_window
    dialog = LinkDialog(window.bridge.session.project, Kind.ACTOR, '<img src="http://example.invalid/x.png">')
    quotes = [label for label in dialog.findChildren(QLabel) if "<img" in label.text()]
    assert quotes and all(label.textFormat() == Qt.TextFormat.PlainText for label in quotes)
    assert window.status.textFormat() == Qt.TextFormat.PlainText


def test_disk_full_while_highlighting_gives_a_message_and_changes_nothing(main_window, ui_session, doc_id, monkeypatch, message_boxes):
    import errno

    selection = span(ui_session, doc_id, "new bridge over the Sava")
    monkeypatch.setattr(main_window.view, "selection", lambda: selection)
    main_window._update_actions()
    before_rows = main_window.annotations_panel.row_count()
    before_disk = _on_disk(ui_session.folder)
    undo_count = main_window.bridge.undo_stack.count()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("os.replace", full)
    main_window.actions_by_name["highlight"].trigger()
    monkeypatch.undo()
    assert len(message_boxes) == 1 and "space" in str(message_boxes[0]).lower()
    assert main_window.annotations_panel.row_count() == before_rows
    assert main_window.bridge.undo_stack.count() == undo_count  # nothing to undo: it never happened
    assert _on_disk(ui_session.folder) == before_disk


def test_find_mentions_asks_before_marking_likely_misspellings(main_window, ui_session, doc_id, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.services import entities

    text = main_window.view.text_view.toPlainText()
    assert "Ivo Markic" in text
    command, actor = entities.create_actor(ui_session, "Ivo Markicz")  # one letter off what the article writes
    main_window.bridge.run(command)
    from .helpers import answer_boxes

    No, Yes, Ok = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Ok
    boxes = answer_boxes(monkeypatch, No, Ok, Yes, Ok)  # the question, then what was marked
    main_window.reader.find_mentions(actor.id)
    asked = [text for title, text in boxes if title == "Possible misspellings"]
    assert "Ivo Markic" in asked[0]
    assert not list(ui_session.project.linked(actor.id, Kind.ANNOTATION))  # declined: nothing marked
    main_window.reader.find_mentions(actor.id)
    [(link, ann)] = list(ui_session.project.linked(actor.id, Kind.ANNOTATION))
    assert link.as_written == "Ivo Markic" and link.reason.value == "misspelling"


def test_inspector_edits_a_claims_rationale_and_deletes_it_with_its_links(main_window, ui_session, doc_id, message_boxes):
    from app.services import linking

    claim_id = next(iter(ui_session.project.claims))
    _doc, start, end = span(ui_session, doc_id, "new bridge over the Sava")
    main_window.bridge.run(linking.annotate_and_link(ui_session, doc_id, start, end, (Kind.CLAIM, claim_id)))
    inspector = main_window.inspector
    inspector.show_object(Kind.CLAIM, claim_id)
    assert inspector.note.isVisible() and inspector.note.placeholderText().startswith("Rationale")
    assert inspector.links.count() == 1 and "annotation states" in inspector.links.item(0).text()
    inspector.note.setPlainText("Ministry readout and two local reports agree on the date.")
    inspector.commit()  # what the focus leaving the field does
    assert ui_session.project.claims[claim_id].rationale.startswith("Ministry readout")
    from app.services.session import ProjectSession

    with ProjectSession.open(ui_session.folder, read_only=True) as on_disk:
        assert on_disk.project.claims[claim_id].rationale.startswith("Ministry readout")
    inspector.delete.click()
    assert claim_id not in ui_session.project.claims and not ui_session.project.links
    assert not message_boxes
    main_window.actions_by_name["undo"].trigger()
    assert claim_id in ui_session.project.claims and len(ui_session.project.links) == 1


def test_a_claim_is_linked_to_sources_and_actors_existing_or_new(main_window, ui_session, doc_id, message_boxes):
    from app.domain.links import Relation
    from app.services import marking
    from app.ui.dialogs.link_dialog import LinkDialog

    claim_id = next(iter(ui_session.project.claims))
    source_id = next(iter(ui_session.project.sources))
    dialog = LinkDialog(ui_session.project, Kind.SOURCE, "4,000 workers built the bridge", subject=Kind.CLAIM)
    assert sorted(dialog.relation.itemData(i) for i in range(dialog.relation.count())) == ["context", "contradicts", "supports"]
    assert dialog.name.text() == "" and "reason" not in dialog.extra
    main_window.inspector.show_object(Kind.CLAIM, claim_id)
    assert main_window.inspector.link_source.isVisible() and main_window.inspector.link_actor.isVisible()

    run, session = main_window.bridge.run, main_window.bridge.session
    run(marking.link_claim(session, claim_id, LinkChoice(Kind.SOURCE, existing_id=source_id, relation="contradicts")))
    run(marking.link_claim(session, claim_id, LinkChoice(Kind.ACTOR, new_name="Ministry of Transport",
                                                         relation="made-by", actor_kind="state body")))
    links = {(link.relation, link.object_kind) for link in ui_session.project.links_of(claim_id)}
    assert links == {(Relation.CONTRADICTS, Kind.SOURCE), (Relation.MADE_BY, Kind.ACTOR)}
    assert any(a.name == "Ministry of Transport" and a.kind.value == "state body" for a in ui_session.project.actors.values())
    assert main_window.inspector.links.count() == 2  # the inspector refreshed from the change set
    main_window.actions_by_name["undo"].trigger()  # the new actor and its link go in one step
    assert not any(a.name == "Ministry of Transport" for a in ui_session.project.actors.values())
    assert not message_boxes


def test_export_pdf_with_highlights_from_the_menu(main_window, ui_session, tmp_path, monkeypatch, message_boxes):
    import pymupdf

    from app.documents.output.writer import text_to_pdf  # test data only
    from app.services import annotate
    from app.services.documents import document_text
    from tests.fixtures.run import add_document

    pdf = tmp_path / "memo.pdf"
    pdf.write_bytes(text_to_pdf("Memo", "The ministry confirmed the figure on Friday."))
    doc = add_document(ui_session, pdf).document.id
    text = document_text(ui_session, doc).text
    start = text.index("confirmed")
    main_window.bridge.run(annotate.create_annotation(ui_session, doc, start, start + 9, category="claim"))
    main_window.open_document(doc)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr("app.ui.project_io.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    export_menu = next(a.menu() for a in main_window.menuBar().actions() if a.menu() and a.text() == "&File")
    export_menu = next(a.menu() for a in export_menu.actions() if a.menu() and "Export" in a.text())
    next(a for a in export_menu.actions() if a.text().startswith("This PDF")).trigger()
    assert not message_boxes
    pages = list(pymupdf.open(target))
    assert [a.type[1] for page in pages for a in page.annots()] == ["Highlight"]


def test_document_details_dialog_saves_through_an_undoable_command(main_window, ui_session, doc_id, message_boxes):
    from app.ui.dialogs.document_dialog import DocumentDialog

    dialog = DocumentDialog(ui_session.project.documents[doc_id])
    dialog.fields["url"].setText("https://example.org/bridge")
    dialog.fields["published"].setText("2024-03-01")
    assert main_window.io.save_details(doc_id, dialog.values())
    doc = ui_session.project.documents[doc_id]
    assert (doc.metadata.url, doc.metadata.published) == ("https://example.org/bridge", "2024-03-01")
    dialog.fields["published"].setText("sometime in March")
    assert not main_window.io.save_details(doc_id, dialog.values())
    assert message_boxes and "ISO date" in message_boxes[-1][1]
    main_window.actions_by_name["undo"].trigger()
    assert ui_session.project.documents[doc_id].metadata.url == ""


def test_export_suggests_a_name_filters_by_format_confirms_and_remembers_the_folder(main_window, tmp_path, monkeypatch):
    asked: list[tuple[str, str]] = []
    out = tmp_path / "exports"
    out.mkdir()

    def save_dialog(_parent, _title, suggested, file_filter):
        asked.append((suggested, file_filter))
        return str(out / "my-claims"), file_filter  # the user typed a name without its suffix

    monkeypatch.setattr("app.ui.project_io.QFileDialog.getSaveFileName", save_dialog)
    opened: list[Path] = []
    main_window.export_notice._opener = opened.append
    main_window.bridge.session.project.name = "Kursk"
    assert main_window.io.export("csv", "claims", ".csv", "Claims as CSV…") == out / "my-claims.csv"
    assert asked[0] == ("Kursk-claims.csv", "CSV (*.csv);;All files (*)")
    notice = main_window.export_notice
    assert notice.isVisible() and notice.label.text() == f"Claims as CSV written: my-claims.csv in {out}"
    notice.show_button.click()
    assert opened == [out]
    main_window.io.export("graphml", "annotations", ".graphml")
    assert asked[1][0] == str(out / "Kursk-graph.graphml")  # the next dialog starts in the last folder
    assert main_window.settings.export_folder() == str(out)


def test_exporting_a_pdf_with_active_content_says_what_was_dropped(main_window, ui_session, tmp_path, message_boxes):
    import pymupdf

    from tests.fixtures.run import add_document
    from tests.reliability.corpus import active_pdf

    pdf = tmp_path / "active.pdf"
    pdf.write_bytes(active_pdf())
    doc = add_document(ui_session, pdf).document.id
    target = tmp_path / "copy.pdf"
    assert main_window.io.export_pdf_to(doc, target) == target
    assert not message_boxes
    notice = main_window.export_notice.label.text()
    assert notice.startswith("PDF with highlights (dropped from the copy: 3 JavaScript actions") and "embedded file" in notice
    assert pymupdf.open(target).embfile_count() == 0
