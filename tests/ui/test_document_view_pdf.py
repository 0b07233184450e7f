"""DocumentView on a PDF: off-thread rendering, drag selection across a page break, highlights, clicks, stale requests."""

import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QImage

from app.documents.output.writer import text_to_pdf
from app.services import annotate
from app.services.documents import document_text
from app.services.rendering import renderer_factory
from app.services.session import ProjectSession
from app.ui import document_view as dv_package
from app.ui.bridge import SessionBridge
from app.ui.document_view import DocumentView
from app.ui.palette import CategoryColors
from tests.fixtures.run import add_document

PARAGRAPH = ("Paragraph {n}. The minister told parliament that the new bridge would reopen to traffic in May, "
             "after repairs that cost four million euros. Critics disputed the figure in a letter.")


def _pdf(paragraphs: int) -> bytes:
    return text_to_pdf("Bridge repairs", "\n\n".join(PARAGRAPH.format(n=n) for n in range(paragraphs)))


def _add(session: ProjectSession, tmp_path: Path, paragraphs: int) -> str:
    path = tmp_path / f"report{paragraphs}.pdf"
    path.write_bytes(_pdf(paragraphs))
    return add_document(session, path).document.id


@pytest.fixture
def doc_id(session: ProjectSession, tmp_path: Path) -> str:
    doc_id = _add(session, tmp_path, 40)
    assert 2 <= session.project.documents[doc_id].pages <= 4
    return doc_id


@pytest.fixture
def view(qtbot, session: ProjectSession) -> Iterator[DocumentView]:
    bridge = SessionBridge(session)
    widget = DocumentView(bridge, CategoryColors())
    qtbot.addWidget(widget)
    widget.resize(700, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    widget.show_document(None)
    bridge.detach()


def _open(qtbot, view: DocumentView, doc_id: str) -> None:
    view.show_document(doc_id)
    pv = view.page_view
    qtbot.waitUntil(lambda: pv.page_count() > 0 and pv.item(0).image is not None, timeout=10_000)
    qtbot.waitUntil(lambda: pv.text is not None, timeout=10_000)


def _view_pos(view: DocumentView, page: int, x: float, y: float) -> QPoint:
    pv = view.page_view
    return pv.mapFromScene(pv.page_origin(page) + QPointF(x, y))


def test_pages_render_off_the_gui_thread_and_appear(qtbot, view: DocumentView, doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    worker = view.page_view.worker
    assert worker is not None and worker.render_thread_ids
    assert threading.get_ident() not in worker.render_thread_ids
    item = view.page_view.item(0)
    assert item.image_scale == view.page_view.render_scale()
    # The page shows ink: the rendered title is dark pixels inside the white sheet.
    image = view.page_view.viewport().grab().toImage()
    top_left = _view_pos(view, 0, 0, 0)
    dark = sum(image.pixelColor(x, y).lightness() < 100
               for x in range(top_left.x(), min(image.width(), top_left.x() + 400), 2)
               for y in range(top_left.y(), min(image.height(), top_left.y() + 150), 2))
    assert dark > 20


def test_drag_from_one_page_to_the_next_selects_across_the_break(qtbot, view: DocumentView, doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    pv = view.page_view
    pv.set_zoom(0.3)  # both pages in view
    text = pv.text
    assert text is not None
    p0, p1 = text.pages[0], text.pages[1]
    last = next(o for o in range(p0.end - 1, p0.start, -1) if p0.box(o))
    first = next(o for o in range(p1.start, p1.end) if p1.box(o))
    x0, y0, x1, y1 = p0.box(last - 20)
    a = _view_pos(view, 0, (x0 + x1) / 2, (y0 + y1) / 2)
    x0, y0, x1, y1 = p1.box(first + 10)
    b = _view_pos(view, 1, (x0 + x1) / 2, (y0 + y1) / 2)
    with qtbot.waitSignal(view.selectionChanged):
        qtbot.mousePress(pv.viewport(), Qt.MouseButton.LeftButton, pos=a)
        qtbot.mouseMove(pv.viewport(), pos=(a + b) / 2)
        qtbot.mouseMove(pv.viewport(), pos=b)
        qtbot.mouseRelease(pv.viewport(), Qt.MouseButton.LeftButton, pos=b)
    selected = view.selection()
    assert selected is not None and selected[0] == doc_id
    _, start, end = selected
    assert text.pages_of(start, end) == (0, 1)
    assert last - 21 <= start <= last - 19 and first + 10 <= end <= first + 12
    assert pv.item(0).selection and pv.item(1).selection  # drawn on both pages


def test_highlight_appears_and_click_emits_its_id(qtbot, view: DocumentView, session: ProjectSession,
                                                  doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    full = document_text(session, doc_id).text
    start = full.index("the new bridge")
    view._bridge.run(annotate.create_annotation(session, doc_id, start, start + 14, category="actor"))
    ann = session.project.annotations_of(doc_id)[0]
    item = view.page_view.item(ann.quads[0].page)
    assert [m.annotation_id for m in item.marks] == [ann.id]
    q = ann.quads[0]
    pos = _view_pos(view, q.page, (q.x0 + q.x1) / 2, q.y0 + 1)
    pixel = view.page_view.viewport().grab().toImage().pixelColor(pos)
    assert pixel.red() > pixel.green() + 30  # the actor colour (pink) multiplied onto the white page
    with qtbot.waitSignal(view.annotationClicked) as blocker:
        qtbot.mouseClick(view.page_view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert blocker.args == [ann.id]


def test_zoom_rerenders_at_the_new_scale_and_fit_width_fills_the_view(qtbot, view: DocumentView,
                                                                      doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    pv = view.page_view
    before = pv.zoom()
    view.zoom_in()
    assert pv.zoom() == pytest.approx(before * 1.2)
    qtbot.waitUntil(lambda: pv.item(pv.visible_pages()[0]).image_scale == pv.render_scale(), timeout=10_000)
    view.fit_width()
    page_px = pv.item(0).width * pv.zoom()
    assert pv.viewport().width() * 0.8 < page_px <= pv.viewport().width()


def test_page_navigation_with_keys(qtbot, view: DocumentView, doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    pv = view.page_view
    pv.setFocus()
    with qtbot.waitSignal(pv.pageChanged) as blocker:
        qtbot.keyClick(pv, Qt.Key.Key_PageDown)
    assert blocker.args[0] == 1
    assert view.page_bar.page_box.value() == 2
    view.page_bar.page_box.setValue(1)
    assert pv.current_page() == 0


def test_find_in_pdf_selects_and_select_annotation_scrolls(qtbot, view: DocumentView, session: ProjectSession,
                                                          doc_id: str) -> None:
    _open(qtbot, view, doc_id)
    view.open_find()
    view.find_bar.edit.setText("paragraph 30.")  # case ignored, as in project search
    assert view.find_bar.count.text() == "1 of 1"
    _, start, end = view.selection()
    assert view.page_view.text.text[start:end] == "Paragraph 30."
    view.page_view.go_to_page(0)
    view._bridge.run(annotate.create_annotation(session, doc_id, start, end, category="claim"))
    aid = session.project.annotations_of(doc_id)[0].id
    view.select_annotation(aid)
    page = session.project.annotations[aid].quads[0].page
    assert page in view.page_view.visible_pages()
    assert view.page_view.item(page).selected_id == aid
    bar = view.page_view.verticalScrollBar()
    bar.setValue(bar.value() + 100)  # still on screen, no longer centred: selecting it again does not scroll
    here = bar.value()
    view.select_annotation(aid)
    assert bar.value() == here


class _WrappedRenderer:
    """Wraps a real PageRenderer; `before(page, zoom)` runs ahead of every render (log, delay, fail)."""

    def __init__(self, inner, before) -> None:
        self._inner, self._before = inner, before
        self.page_count = inner.page_count

    def page_size(self, i: int) -> tuple[float, float]:
        return self._inner.page_size(i)

    def render(self, i: int, zoom: float):
        self._before(i, zoom)
        return self._inner.render(i, zoom)

    def render_bgra(self, i: int, zoom: float):
        self._before(i, zoom)
        return self._inner.render_bgra(i, zoom)

    def render_bgra_into(self, i: int, zoom: float, pixels):
        self._before(i, zoom)
        return self._inner.render_bgra_into(i, zoom, pixels)

    def close(self) -> None:
        self._inner.close()


def _wrapping(before):
    """A replacement for renderer_factory whose renderers run `before` ahead of each render."""
    def factory(s, d):
        make = renderer_factory(s, d)
        return lambda: _WrappedRenderer(make(), before)
    return factory


def test_first_page_is_drawn_once_at_the_shown_scale_and_matches_pymupdf(
        qtbot, view: DocumentView, session: ProjectSession, doc_id: str, monkeypatch) -> None:
    log: list[tuple[int, float]] = []
    monkeypatch.setattr(dv_package.document_view, "renderer_factory", _wrapping(lambda i, zoom: log.append((i, zoom))))
    _open(qtbot, view, doc_id)
    pv = view.page_view
    scale = pv.render_scale()
    assert log[0] == (0, scale)  # rendered straight after opening, at the fit-width scale
    assert log.count((0, scale)) == 1  # and not requested again by the view
    image = pv.item(0).image
    assert image is not None and image.format() == QImage.Format.Format_ARGB32_Premultiplied
    with renderer_factory(session, doc_id)() as renderer:
        raw = renderer.render(0, scale)  # PyMuPDF's RGB rendering of the same page
    expected = QImage(raw.samples, raw.width, raw.height, raw.stride, QImage.Format.Format_RGB888)
    assert image.convertToFormat(QImage.Format.Format_RGB888) == expected


def test_stale_render_requests_are_dropped_when_scrolling_fast(qtbot, view: DocumentView, session: ProjectSession,
                                                               tmp_path: Path, monkeypatch) -> None:
    doc_id = _add(session, tmp_path, 320)
    count = session.project.documents[doc_id].pages
    assert count >= 15
    log: list[int] = []
    hold = threading.Event()  # set: the next render waits at the gate until the test opens it
    busy = threading.Event()  # a render is waiting at the gate
    gate = threading.Event()

    def slow(i: int, zoom: float) -> None:  # the test, not the clock, decides how long a render takes
        log.append(i)
        if hold.is_set():
            busy.set()
            gate.wait()

    monkeypatch.setattr(dv_package.document_view, "renderer_factory", _wrapping(slow))
    _open(qtbot, view, doc_id)
    pv = view.page_view
    hold.set()
    try:
        pv.go_to_page(1)
        qtbot.waitUntil(busy.is_set, timeout=10_000)  # the worker is stuck in a render
        rendered_before = set(log)
        for page in range(2, count):  # fly through the document while it is: every request replaces the last
            pv.go_to_page(page)
    finally:
        hold.clear()
        gate.set()
    qtbot.waitUntil(lambda: pv.item(count - 1).image is not None, timeout=10_000)
    assert pv.worker.dropped > 0
    assert set(log) - rendered_before <= {count - 3, count - 2, count - 1}  # none of the pages flown past
    assert {count - 2, count - 1} <= set(log)


def test_drawing_into_caller_memory_matches_the_copied_render_and_refuses_a_short_buffer(
        session: ProjectSession, doc_id: str) -> None:
    with renderer_factory(session, doc_id)() as renderer:
        copied = renderer.render_bgra(1, 1.3)
        buffers: list[bytearray] = []

        def pixels(width: int, height: int) -> bytearray:
            buffers.append(bytearray(width * height * 4))
            return buffers[-1]

        assert renderer.render_bgra_into(1, 1.3, pixels) == (copied.width, copied.height)
        assert bytes(buffers[0]) == copied.samples
        with pytest.raises(ValueError):
            renderer.render_bgra_into(1, 1.3, lambda w, h: bytearray(w * h * 4 - 1))
        with pytest.raises(ValueError):
            renderer.render_bgra_into(1, 1.3, lambda w, h: bytes(w * h * 4))  # read-only


def _page_2_is_damaged(i: int, zoom: float) -> None:
    if i == 1:
        from app.domain.errors import DocumentError

        raise DocumentError("Page 2 of report.pdf could not be drawn.")


def test_a_page_that_cannot_be_drawn_says_so_and_the_others_still_render(
        qtbot, view: DocumentView, doc_id: str, monkeypatch) -> None:
    monkeypatch.setattr(dv_package.document_view, "renderer_factory", _wrapping(_page_2_is_damaged))
    _open(qtbot, view, doc_id)
    pv = view.page_view
    last = pv.page_count() - 1
    pv.go_to_page(last)
    qtbot.waitUntil(lambda: pv.item(last).image is not None, timeout=10_000)  # the worker survived page 2
    qtbot.waitUntil(lambda: "could not be drawn" in pv.item(1).error, timeout=10_000)
    assert pv.worker is not None and pv.worker.isRunning()


def test_a_screen_reader_finds_the_current_pages_words_in_the_accessible_tree(qtbot, view: DocumentView,
                                                                              doc_id: str) -> None:
    from .accessible_tree import all_text

    _open(qtbot, view, doc_id)
    pv = view.page_view
    text = pv.text
    assert text is not None and len(text.pages) >= 2
    assert "Paragraph 0. The minister told parliament" in all_text(view)
    assert view.page_text.accessibleName() == f"Text of page 1 of {pv.page_count()}"
    found = re.search(r"Paragraph \d+\. The minister", text.text[text.pages[1].start:text.pages[1].end])
    assert found is not None
    second = found.group()
    assert second not in all_text(view)  # only the page being read, not the whole document
    pv.go_to_page(1)
    qtbot.waitUntil(lambda: pv.current_page() == 1, timeout=5_000)
    assert second in all_text(view) and "Paragraph 0. The minister" not in all_text(view)
    assert view.page_text.accessibleName() == f"Text of page 2 of {pv.page_count()}"
    view.show_document(None)
    assert "minister" not in all_text(view)
