"""Edit > Delete and purge from server (issue 29, item 6): offered only while the project syncs, a confirmation that
says what goes and what the server keeps, one undo step whose purge wish follows undo and redo, a wish made during a
sync written after it, and the sync's outcome in the status bar. Against PouchDB Server, which has no _purge."""

import pytest
from PySide6.QtWidgets import QMessageBox

from app.domain.links import Kind
from app.services.sync import purge
from app.services.sync.report import SyncReport
from app.ui.action_states import NOT_SYNCED, NOTHING_TO_PURGE, READ_ONLY, purge_reason
from app.ui.dialogs import purge_dialog
from app.ui.jobs.sync_runner import purge_summary
from tests.fixtures.couch_server import PouchServer

from .accessible_tree import unnamed
from .helpers import run_sync


@pytest.fixture
def synced(qtbot, main_window, stated, server: PouchServer, request) -> str:
    """The window's project after its first File > Sync now with a database of its own: the URL."""
    url = f"{server.url}/purge{abs(hash(request.node.name)) % 10**8}"
    main_window.sync.ask_url = lambda: url
    assert not main_window.actions_by_name["delete_purge"].isVisible()  # not before the project syncs
    report = run_sync(qtbot, main_window.sync)
    assert report is not None and report.pushed > 0
    return url


def _press_purge(monkeypatch, seen: list[str]) -> None:
    """Answer the confirmation with its "Delete and purge" button, keeping its text."""
    def answer(box: QMessageBox) -> int:
        seen.append(box.text())
        button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole)
        button.click()
        return 0

    monkeypatch.setattr("app.ui.dialogs.errors._exec", answer)


def test_the_reasons_without_qt() -> None:
    assert purge_reason(False, True, True) is None
    assert purge_reason(True, True, True) == READ_ONLY
    assert purge_reason(False, False, True) == NOT_SYNCED and purge_reason(False, True, False) == NOTHING_TO_PURGE


def test_offered_once_the_project_syncs_and_enabled_on_a_deletable_selection(qtbot, main_window, synced, stated) -> None:
    action = main_window.actions_by_name["delete_purge"]
    button = next(b for b in main_window.inspector.findChildren(type(main_window.inspector.delete))
                  if b.text() == "Delete and purge…")
    assert action.isVisible() and action in main_window.menuBar().actions()[1].menu().actions()  # Edit
    main_window.bridge.selection.show(current=None)
    assert not action.isEnabled() and action.toolTip() == NOTHING_TO_PURGE and not button.isVisibleTo(main_window)
    main_window.select_object(Kind.CLAIM, stated[0])
    assert action.isEnabled() and button.isVisibleTo(main_window) and button.isEnabled()
    assert button.accessibleName() == "Delete and purge…"
    main_window.select_object(Kind.DOCUMENT, next(iter(main_window.bridge.session.project.documents)))
    assert action.isEnabled()  # a document too, with its highlights (the Project list's menu offers it)
    main_window.select_annotation(stated[1])
    assert action.isEnabled() and button.isVisibleTo(main_window)
    assert unnamed(main_window) == []  # the inspector's new button included


def test_the_confirmation_says_what_goes_and_what_a_server_without_purge_keeps(main_window, synced, stated) -> None:
    session = main_window.bridge.session
    deletion = purge.deletion(session, [stated[0]])
    box, button = purge_dialog.purge_box(main_window, session.project, deletion)
    text = box.text()
    assert box.windowTitle() == "Delete and purge from the server" and button.text() == "Delete and purge"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)  # Enter does not purge
    assert "  • claim “4,000 workers built the bridge in two years.”" in text
    assert "  • link: highlight “Minister Anna Kovac” → states → claim “4,000 workers" in text
    assert f"Server: {synced}" in text and "removes every revision" in text
    assert "A server without _purge keeps their earlier revisions until an admin compacts the database" in text
    assert "keeps them in its audit log" in text and "Undo brings them back here and cancels the purge" in text
    box.show()
    assert unnamed(box) == []
    box.close()


def test_confirming_deletes_in_one_undo_step_and_the_wish_follows_undo_and_redo(qtbot, main_window, synced, stated,
                                                                               monkeypatch) -> None:
    session, claim, ann, link = main_window.bridge.session, *stated
    seen: list[str] = []
    monkeypatch.setattr("app.ui.dialogs.errors._exec", lambda box: seen.append(box.text()) or 0)  # Cancel
    main_window.select_object(Kind.CLAIM, claim)
    main_window.actions_by_name["delete_purge"].trigger()
    assert len(seen) == 1 and claim in session.project.claims and purge.waiting(session) == 0  # cancelled: nothing

    _press_purge(monkeypatch, seen)
    main_window.actions_by_name["delete_purge"].trigger()
    assert claim not in session.project.claims and link not in session.project.links and ann in session.project.annotations
    assert sorted(sync_purge_list(session)) == sorted([f"claim:{claim}", f"link:{link}"])
    assert main_window.bridge.undo_stack.undoText().startswith("Delete and purge claim")
    assert "2 to purge from the server" in main_window.sync.label.text()

    main_window.bridge.undo_stack.undo()  # the claim is back: the next sync must not purge it
    assert claim in session.project.claims and purge.waiting(session) == 0
    assert "to purge" not in main_window.sync.label.text()
    main_window.bridge.undo_stack.redo()
    assert claim not in session.project.claims and purge.waiting(session) == 2

    said: list[str] = []
    main_window.sync.syncReported.connect(said.append)
    report = run_sync(qtbot, main_window.sync)
    assert report is not None and report.purge_note == purge.UNSUPPORTED and purge.waiting(session) == 0
    assert said[-1].endswith("; not purged: the server does not support _purge: earlier revisions stay there until "
                             "an admin compacts the database")


def test_from_a_focused_list_it_takes_every_selected_row(qtbot, main_window, synced, stated, monkeypatch) -> None:
    from app.services import entities

    session = main_window.bridge.session
    command, other = entities.create_claim(session, "The bridge opens in May.")
    main_window.bridge.run(command)
    seen: list[str] = []
    _press_purge(monkeypatch, seen)
    view = main_window.claims_panel.view
    main_window.select_object(Kind.CLAIM, stated[0])
    view.selectAll()
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    main_window.actions_by_name["delete_purge"].trigger()
    assert not session.project.claims and stated[2] not in session.project.links
    assert "“The bridge opens in May.”" in seen[0] and "“4,000 workers" in seen[0]
    assert purge.waiting(session) == 3  # two claims and the link
    main_window.bridge.undo_stack.undo()
    assert set(session.project.claims) == {stated[0], other.id} and purge.waiting(session) == 0


def test_a_plain_delete_in_a_synced_project_says_the_team_loses_it_too(main_window, synced, stated,
                                                                      monkeypatch) -> None:
    from .helpers import answer_boxes

    seen = answer_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    main_window.select_object(Kind.CLAIM, stated[0])
    menu = main_window.menus.menu_for(Kind.CLAIM)
    shown = [a.text().replace("&", "") for a in menu.actions() if a.isVisible() and not a.isSeparator()]
    assert shown == ["Show linked highlights", "Delete…", "Delete and purge from server…", "Copy ID"]
    assert not main_window.menus.delete(Kind.CLAIM)  # cancelled
    assert seen[0][0] == "Delete" and "The next sync deletes them on the team's server too" in seen[0][1]
    assert stated[0] in main_window.bridge.session.project.claims


def sync_purge_list(session) -> list[str]:  # noqa: ANN001
    from app.services.sync.state import read

    return read(session.folder).purge


def test_a_wish_made_while_a_timed_sync_runs_is_written_once_it_has_ended(qtbot, main_window, synced, stated,
                                                                          monkeypatch) -> None:
    session, claim = main_window.bridge.session, stated[0]
    _press_purge(monkeypatch, [])
    main_window.select_object(Kind.CLAIM, claim)
    ended: list[object] = []
    main_window.sync.syncEnded.connect(ended.append)
    assert main_window.sync.sync_now(interactive=False)  # the timer's sync: it owns sync.json until it ends
    main_window.actions_by_name["delete_purge"].trigger()
    assert claim not in session.project.claims and purge.waiting(session) == 0  # not written under the sync's feet
    qtbot.waitUntil(lambda: bool(ended), timeout=30_000)
    assert purge.waiting(session) == 2


def test_the_status_bar_counts_what_was_purged_or_says_why_not() -> None:
    report = SyncReport("http://127.0.0.1:5984/team", purged=["claim:a", "link:b"])
    assert purge_summary(report) == "; 2 purged from the server"
    refused = SyncReport("http://127.0.0.1:5984/team", purge_note=purge.REFUSED)
    assert purge_summary(refused) == ("; not purged: the server refused _purge (CouchDB allows it to database admins "
                                      "only): earlier revisions stay there until an admin purges or compacts the "
                                      "database")
    assert purge_summary(SyncReport("u")) == ""


def test_the_inspector_button_leaves_the_reader_most_of_a_small_screen(qtbot, main_window, synced, stated) -> None:
    """At 1024×700 (gui30's layout) the button sits in a row of its own: beside Delete it widened the dock."""
    main_window.select_object(Kind.CLAIM, stated[0])
    main_window.resize(1024, 700)
    qtbot.waitUntil(lambda: main_window.width() == 1024, timeout=2000)
    try:
        qtbot.waitUntil(lambda: main_window.view.width() >= 0.55 * main_window.width(), timeout=3000)
    except AssertionError:
        pass  # the assertion below says by how much
    button = next(b for b in main_window.inspector.findChildren(type(main_window.inspector.delete))
                  if b.text() == "Delete and purge…")
    assert button.isVisibleTo(main_window) and main_window.view.width() >= 0.55 * main_window.width()
