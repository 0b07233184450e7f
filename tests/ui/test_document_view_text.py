"""DocumentView on a text document: code-point selection, painted highlights, overlaps, clicks, find, refresh."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor

from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services.session import ProjectSession
from app.ui.bridge import SessionBridge
from app.ui.document_view import DocumentView
from app.ui.document_view.offsets import OffsetMap
from app.ui.document_view.tooltips import annotation_tooltip
from app.ui.palette import CategoryColors
from tests.fixtures.run import add_document

TEXT = (
    "Breaking 😀 news 𝔘𝔫𝔦: the minister said the bridge will reopen in May.\n\n"
    "Critics disputed the figure of four million euros in a letter to the council.\n"
)


@pytest.fixture
def doc_id(session: ProjectSession, tmp_path: Path) -> str:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return add_document(session, path).document.id


@pytest.fixture
def view(qtbot, session: ProjectSession, doc_id: str) -> Iterator[DocumentView]:
    bridge = SessionBridge(session)
    widget = DocumentView(bridge, CategoryColors())
    qtbot.addWidget(widget)
    widget.resize(800, 500)
    widget.show()
    qtbot.waitExposed(widget)
    widget.show_document(doc_id)
    yield widget
    widget.show_document(None)
    bridge.detach()


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _highlight(view: DocumentView, start: int, end: int, category: str) -> str:
    session = view._bridge.session
    doc = view.current_document()
    assert doc is not None
    view._bridge.run(annotate.create_annotation(session, doc, start, end, category=category))
    return next(a.id for a in session.project.annotations_of(doc) if (a.start, a.end) == (start, end))


def _share(image: QImage, rect, color: QColor) -> float:
    """Share of pixels in `rect` within a small distance of `color`."""
    r = rect.toRect().intersected(image.rect())
    hits = total = 0
    for y in range(r.top(), r.bottom() + 1):
        for x in range(r.left(), r.right() + 1):
            px = image.pixelColor(x, y)
            total += 1
            hits += abs(px.red() - color.red()) + abs(px.green() - color.green()) + abs(px.blue() - color.blue()) < 30
    return hits / max(total, 1)


def test_offset_map_counts_code_points_not_utf16_units() -> None:
    text = "a😀b𝔘c"
    m = OffsetMap(text)
    for cp in range(len(text) + 1):
        assert m.to_qt(cp) == _utf16(text[:cp])
        assert m.from_qt(m.to_qt(cp)) == cp
    assert m.from_qt(2) == 1  # inside the emoji's surrogate pair: snaps to the emoji


def test_view_holds_the_canonical_text_exactly(view: DocumentView) -> None:
    assert view.text_view.document().characterCount() - 1 == _utf16(TEXT)


def test_keyboard_selection_after_emoji_maps_to_code_points(qtbot, view: DocumentView, doc_id: str) -> None:
    start = TEXT.index("minister")
    cursor = view.text_view.textCursor()
    cursor.setPosition(_utf16(TEXT[:start]))
    view.text_view.setTextCursor(cursor)
    view.text_view.setFocus()
    with qtbot.waitSignal(view.selectionChanged):
        for _ in range(len("minister")):
            qtbot.keyClick(view.text_view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection() == (doc_id, start, start + len("minister"))
    _, s, e = view.selection()
    assert TEXT[s:e] == "minister"


def test_no_selection_is_none(view: DocumentView) -> None:
    view.text_view.moveCursor(QTextCursor.MoveOperation.Start)
    assert view.selection() is None


def test_created_highlight_is_painted_in_its_category_colour(qtbot, view: DocumentView) -> None:
    start = TEXT.index("the bridge")
    _highlight(view, start, start + len("the bridge"), "actor")
    tv = view.text_view
    m = tv.offsets()
    rects = tv._rects(m.to_qt(start), m.to_qt(start + len("the bridge")))
    assert rects
    image = tv.viewport().grab().toImage()
    assert _share(image, rects[0], CategoryColors().color("actor", alpha=255)) > 0.4


def test_overlapping_highlights_are_both_visible(qtbot, view: DocumentView) -> None:
    a = TEXT.index("minister said the bridge")
    b = TEXT.index("the bridge will reopen")
    _highlight(view, a, b + len("the bridge"), "claim")
    _highlight(view, b, b + len("the bridge will reopen"), "actor")
    tv = view.text_view
    m = tv.offsets()
    overlap = tv._rects(m.to_qt(b), m.to_qt(b + len("the bridge")))[0]
    image = tv.viewport().grab().toImage()
    top = overlap.adjusted(0, 0, 0, -overlap.height() / 2)
    bottom = overlap.adjusted(0, overlap.height() / 2, 0, 0)
    colors = CategoryColors()
    assert _share(image, top, colors.color("claim", alpha=255)) > 0.3
    assert _share(image, bottom, colors.color("actor", alpha=255)) > 0.3


def test_clicking_a_highlight_emits_its_id(qtbot, view: DocumentView) -> None:
    start = TEXT.index("Critics")
    aid = _highlight(view, start, start + len("Critics disputed"), "claim")
    tv = view.text_view
    m = tv.offsets()
    rect = tv._rects(m.to_qt(start), m.to_qt(start + 7))[0]
    with qtbot.waitSignal(view.annotationClicked) as blocker:
        qtbot.mouseClick(tv.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert blocker.args == [aid]


def test_find_bar_is_incremental_counts_and_steps_in_code_points(qtbot, view: DocumentView, doc_id: str) -> None:
    bar = view.find_bar
    assert not bar.isVisible()
    view.activateWindow()  # X11 gives the focus only to the active window
    qtbot.waitUntil(view.isActiveWindow)
    view.open_find()
    assert bar.isVisible()
    qtbot.waitUntil(bar.edit.hasFocus)
    qtbot.keyClicks(bar.edit, "BRID")  # incremental: the match is selected while typing
    start = TEXT.index("bridge")
    assert view.selection() == (doc_id, start, start + 4) and bar.count.text() == "1 of 1"
    bar.edit.setText("the")  # case ignored; the search goes on from the current match, as browsers do
    starts = [i for i in range(len(TEXT)) if TEXT.lower().startswith("the", i)]
    here = next(i for i, s in enumerate(starts) if s >= start)
    assert bar.count.text() == f"{here + 1} of {len(starts)}" and view.selection() == (doc_id, starts[here], starts[here] + 3)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # Enter: next
    assert bar.count.text() == f"{here + 2} of {len(starts)}" and view.selection()[1] == starts[here + 1]
    assert here + 2 == len(starts)  # now on the last match
    view.find_step(True)  # F3 (the window's Find next) wraps past the last to the first
    assert view.selection()[1] == starts[0] and bar.count.text() == f"1 of {len(starts)}"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # Shift+Enter: previous, wraps
    assert bar.count.text() == f"{len(starts)} of {len(starts)}" and view.selection()[1] == starts[-1]
    bar.edit.setText("absent words")
    assert bar.count.text() == "No matches"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_select_annotation_marks_it(view: DocumentView) -> None:
    start = TEXT.index("letter")
    aid = _highlight(view, start, start + 6, "source")
    view.select_annotation(aid)
    assert view.text_view._selected == aid


def test_refreshes_only_for_changes_of_the_shown_document(view: DocumentView, session: ProjectSession,
                                                          tmp_path: Path, monkeypatch) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Another article about the harbour.", encoding="utf-8")
    other_id = add_document(session, other).document.id
    calls: list[int] = []
    real = view._refresh_highlights
    monkeypatch.setattr(view, "_refresh_highlights", lambda: (calls.append(1), real()))
    view._bridge.run(annotate.create_annotation(session, other_id, 0, 7))
    assert calls == []
    start = TEXT.index("council")
    view._bridge.run(annotate.create_annotation(session, view.current_document(), start, start + 7))
    assert calls == [1]
    assert len(view.text_view._spans) == 1
    view._bridge.undo_stack.undo()
    assert view.text_view._spans == []


def test_tooltip_lists_claim_verdict_actor_as_written_and_source_grade(view: DocumentView,
                                                                      session: ProjectSession) -> None:
    start = TEXT.index("the minister")
    aid = _highlight(view, start, start + len("the minister"), "claim")
    run = view._bridge.run
    cmd, claim = entities.create_claim(session, "The bridge reopens in May", verdict="mostly false")
    run(cmd)
    cmd, actor = entities.create_actor(session, "Jan Novak")
    run(cmd)
    cmd, source = entities.create_source(session, "Ministry press release", reliability="B", credibility=2)
    run(cmd)
    run(linking.link(session, (Kind.ANNOTATION, aid), (Kind.CLAIM, claim.id)))
    run(linking.link(session, (Kind.ANNOTATION, aid), (Kind.ACTOR, actor.id), as_written="the minister"))
    run(linking.link(session, (Kind.ANNOTATION, aid), (Kind.SOURCE, source.id), "cites"))
    tip = annotation_tooltip(session.project, [aid])
    assert "Mostly false" in tip and "Jan Novak" in tip and "“the minister”" in tip and "[B2]" in tip
    tv = view.text_view
    m = tv.offsets()
    rect = tv._rects(m.to_qt(start), m.to_qt(start + 3))[0]
    assert tv.annotations_at(rect.center()) == [aid]
    assert tv.annotations_at(QPoint(1, 1).toPointF()) == []


def test_highlights_turn_translucent_on_a_dark_page_so_light_text_stays_readable(qtbot) -> None:
    from PySide6.QtGui import QColor, QPalette

    from app.domain.annotations import Annotation
    from app.ui.document_view.text_view import TextView
    from app.ui.palette import CategoryColors

    view = TextView(CategoryColors())
    qtbot.addWidget(view)
    view.set_text("Krasnaya Zvezda reported it.")
    view.set_highlights([Annotation("a1", "d1", 0, 15, "Krasnaya Zvezda")])
    assert view._spans[0].color.alpha() == 255  # light page: full colour under dark text
    dark = view.palette()
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1f22"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(dark)  # as when the system switches to the dark scheme
    assert view._spans[0].color.alpha() < 160
