"""The current selection on the bridge (issue 33): one object the reader and the panels follow, one `changed`
signal per change; the window no longer pushes a selection to each widget by hand."""

from collections import Counter

import pytest

from app.domain.links import Kind
from app.ui.selection import Selection

from .helpers import highlight, span


def test_selection_emits_once_per_change_and_drops_a_highlight_of_another_document(qtbot) -> None:
    selection = Selection()
    fired: list[tuple[object, object, bool]] = []
    selection.changed.connect(lambda: fired.append((selection.document, selection.current, selection.again)))
    selection.show(document="D1", current=(Kind.ANNOTATION, "A1"))
    selection.show(document="D1", current=(Kind.ANNOTATION, "A1"))  # the same: nothing to follow
    selection.show(current=(Kind.ANNOTATION, "A1"), again=True)  # chosen again: the reader goes back to it
    selection.show(document="D2")  # another document: its reader no longer shows A1
    selection.show(current=(Kind.CLAIM, "C1"))
    selection.show(document="D3")  # a claim stays current across documents
    assert fired == [("D1", (Kind.ANNOTATION, "A1"), False), ("D1", (Kind.ANNOTATION, "A1"), True),
                     ("D2", None, False), ("D2", (Kind.CLAIM, "C1"), False), ("D3", (Kind.CLAIM, "C1"), False)]
    assert selection.annotation() is None and not selection.again


@pytest.fixture
def calls(main_window, monkeypatch) -> Counter:
    """How often each follower was asked to show something."""
    seen: Counter = Counter()
    targets = {"reader": (main_window.view, "select_annotation"),
               "annotations": (main_window.annotations_panel, "select"),
               "inspector.annotation": (main_window.inspector, "show_annotation"),
               "inspector.object": (main_window.inspector, "show_object"),
               "claims": (main_window.claims_panel, "select"),
               "graph": (main_window.graph_panel, "show_object")}
    for name, (obj, method) in targets.items():
        original = getattr(obj, method)
        monkeypatch.setattr(obj, method, lambda *a, _o=original, _n=name: (seen.update([_n]), _o(*a))[1])
    return seen


def test_clicking_a_highlight_updates_reader_panel_and_inspector_once_each(main_window, ui_session, doc_id, calls):
    aid = highlight(main_window.bridge, span(ui_session, doc_id, "Critics"))
    calls.clear()
    main_window.view.annotationClicked.emit(aid)
    assert calls == Counter({"reader": 1, "annotations": 1, "inspector.annotation": 1, "graph": 1})
    assert main_window.bridge.selection.current == (Kind.ANNOTATION, aid)
    assert main_window.annotations_panel.current_id() == aid and main_window.inspector.annotation_id == aid
    assert main_window.view.selected_annotation() == aid


def test_a_claim_chosen_in_its_panel_is_followed_and_the_highlight_is_left(main_window, ui_session, doc_id, calls):
    aid = highlight(main_window.bridge, span(ui_session, doc_id, "Critics"))
    main_window.select_annotation(aid)
    claim = next(iter(ui_session.project.claims))
    calls.clear()
    main_window.claims_panel.rowSelected.emit(claim)
    assert calls == Counter({"inspector.object": 1, "claims": 1, "graph": 1})  # no reader, no annotations panel
    assert main_window.inspector.object == (Kind.CLAIM, claim)
    calls.clear()
    main_window.claims_panel.rowSelected.emit(claim)  # the same row again: nothing rebuilds
    assert calls == Counter()
