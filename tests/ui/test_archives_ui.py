"""GUI: adding web archives (the page picker), MHTML without a picker, and provenance in document details."""

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.ui.dialogs.document_dialog import DocumentDialog
from app.ui.dialogs.page_picker_dialog import PagePickerDialog
from tests.fixtures import archives as cap
from tests.fixtures.run import add_document

BRIDGE, LIBRARY = "https://news.example/bridge", "https://news.example/library"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.fixture
def picker(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """Stand in for the user at the page picker: untick the pages named in `untick`, then answer."""
    state: dict[str, object] = {"untick": set(), "answer": QDialog.DialogCode.Accepted, "shown": []}

    def exec_(self: PagePickerDialog) -> int:
        items = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        state["shown"].append([item.text(1) for item in items])  # type: ignore[union-attr]
        for item in items:
            if item.text(1) in state["untick"]:  # type: ignore[operator]
                item.setCheckState(0, Qt.CheckState.Unchecked)
        return state["answer"]  # type: ignore[return-value]

    monkeypatch.setattr(PagePickerDialog, "exec", exec_)
    return state


def test_archive_pages_are_picked_and_added_as_one_undo_step(main_window, ui_session, tmp_path, picker, message_boxes):
    warc = _write(tmp_path, "crawl.warc.gz", cap.warc())
    before = set(ui_session.project.documents)
    added = main_window.io.add_files([warc])
    assert picker["shown"] == [[BRIDGE, LIBRARY]]
    assert [ui_session.project.documents[i].provenance.source_url for i in added] == [BRIDGE, LIBRARY]
    main_window.actions_by_name["undo"].trigger()
    assert set(ui_session.project.documents) == before
    picker["untick"] = {BRIDGE}
    added = main_window.io.add_files([warc])
    assert [ui_session.project.documents[i].provenance.source_url for i in added] == [LIBRARY]
    assert not message_boxes


def test_cancelling_the_picker_adds_nothing(main_window, ui_session, tmp_path, picker, message_boxes):
    picker["answer"] = QDialog.DialogCode.Rejected
    before = set(ui_session.project.documents)
    assert main_window.io.add_files([_write(tmp_path, "crawl.warc.gz", cap.warc())]) == []
    assert set(ui_session.project.documents) == before and not message_boxes


def test_single_page_captures_need_no_picker(main_window, ui_session, tmp_path, picker, message_boxes):
    added = main_window.io.add_files([_write(tmp_path, "saved.mhtml", cap.mhtml()),
                                      _write(tmp_path, "one.warc", cap.warc(gzip=False, urls=(LIBRARY,)))])
    assert picker["shown"] == [] and len(added) == 2 and not message_boxes
    main_window.open_document(added[0])


def test_a_truncated_archive_is_one_message_and_nothing_added(main_window, ui_session, tmp_path, picker, message_boxes):
    before = set(ui_session.project.documents)
    assert main_window.io.add_files([_write(tmp_path, "cut.warc", cap.warc(gzip=False)[:-150])]) == []
    assert len(message_boxes) == 1 and "truncated" in message_boxes[0][1]
    assert set(ui_session.project.documents) == before


def test_document_details_show_the_provenance(qtbot, ui_session, tmp_path):
    doc = add_document(ui_session, _write(tmp_path, "tampered.warc", cap.warc(gzip=False, tamper=True))).document
    dialog = DocumentDialog(doc)
    qtbot.addWidget(dialog)
    rows = dialog.provenance.rows
    # the archive's time in the interface's locale (en_US in the tests), with its zone
    assert rows["Captured URL"] == BRIDGE and rows["Captured at"].replace("\u202f", " ") == "11/30/2026 8:15 AM UTC"
    assert rows["Time taken from"] == "WARC-Date header" and rows["Archive digest"].startswith("sha1:")
    assert rows["Digest check"].startswith("DOES NOT MATCH")
    plain = DocumentDialog(ui_session.project.documents[next(iter(ui_session.project.documents))])
    qtbot.addWidget(plain)
    assert not hasattr(plain, "provenance")


def test_document_details_say_which_convention_verified_a_js_wacz_record(qtbot, ui_session, tmp_path):
    from tests.fixtures import warc_records

    doc = add_document(ui_session, _write(tmp_path, "jswacz.warc", warc_records.js_wacz())).document
    dialog = DocumentDialog(doc)
    qtbot.addWidget(dialog)
    rows = dialog.provenance.rows
    assert rows["Digest check"].startswith("matches the page's content under another convention (the payload "
                                           "digest is over the de-chunked body")
    assert "digest_note" not in rows and "DOES NOT MATCH" not in rows["Digest check"]


def test_document_details_flag_a_publication_date_after_the_capture(qtbot, ui_session, tmp_path):
    data = cap.warc(date="2014-02-16T05:02:21Z", published="2020-05-01", urls=(BRIDGE,))
    doc = add_document(ui_session, _write(tmp_path, "old.warc", data)).document
    assert doc.metadata.published == ""  # the page's date after its capture is not taken
    doc = replace(doc, metadata=replace(doc.metadata, published="2020-05-01"))  # as a person might type it
    dialog = DocumentDialog(doc)
    qtbot.addWidget(dialog)
    assert dialog.fields["published"].text() == "2020-05-01"
    assert "later than the capture time 2014-02-16T05:02:21Z" in dialog.date_doubt


def test_the_picker_shows_a_page_that_cannot_be_read_unticked_with_its_reason(qtbot, tmp_path):
    from app.services.documents import archive_pages

    path = _write(tmp_path, "crawl.warc.gz", cap.warc(codings={"https://news.example/library": "br-cut"}))
    dialog = PagePickerDialog(archive_pages(path), path.name)
    qtbot.addWidget(dialog)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [item.checkState(0) for item in items] == [Qt.CheckState.Checked, Qt.CheckState.Unchecked]
    assert items[1].text(0).startswith("(cannot be read: its br (brotli) data ends early")


def test_the_picker_lists_a_frame_under_the_page_that_embeds_it(qtbot, tmp_path):
    from app.services.documents import archive_pages
    from tests.documents.test_archived_frames import FRAME, TOP, _warc

    path = _write(tmp_path, "site.wacz", cap.wacz(warc_data=_warc(), pages=(TOP,)))
    dialog = PagePickerDialog(archive_pages(path), path.name)
    qtbot.addWidget(dialog)
    items = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert [item.text(1) for item in items][:2] == [TOP, FRAME]
    assert items[1].text(0) == f"↳ Ministry statement (frame of {TOP})"
    assert len(dialog.chosen_records()) == 3  # the page, its frame and the frame's own frame: all ticked
