"""Project search runs in a worker thread, streams its hits into the list, can be stopped; the hit is in bold."""

import threading

import pytest

from app.services.search import Hit
from app.ui.panels.hit_delegate import hit_html, hit_parts
from app.ui.panels.search_worker import BATCH


@pytest.fixture(autouse=True)
def _no_modal_boxes(message_boxes):
    return message_boxes


def _hit(i: int) -> Hit:
    return Hit("doc", "Article", i, i + 6, (), "bridge", f"said the {i} ", " will open")


def test_hits_stream_in_off_the_gui_thread_and_stop_keeps_what_was_found(qtbot, main_window, monkeypatch):
    panel = main_window.search_panel
    gate, threads = threading.Event(), []

    def slow_hits(query, mode="quote", document_ids=None):
        def found():
            threads.append(threading.get_ident())
            yield from (_hit(i) for i in range(BATCH))
            gate.wait(10)  # the test opens the gate once it has stopped the search
            yield from (_hit(i) for i in range(BATCH, 3 * BATCH))
        return found()

    monkeypatch.setattr(panel.searcher, "hits", slow_hits)
    panel.field.setText("bridge")
    panel.run()
    qtbot.waitUntil(lambda: panel.results.topLevelItemCount() == BATCH)  # the first batch, while it still runs
    worker = panel.worker
    assert worker is not None and worker.isRunning() and panel.stop_button.isEnabled()
    assert panel.status.text() == f"Searching… {BATCH} so far"
    assert threads and threads[0] != threading.get_ident()
    with qtbot.waitSignal(panel.searchFinished):
        panel.stop_button.click()
    assert panel.status.text().endswith("(stopped)") and not panel.stop_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: panel.threads_running() == 0)
    assert panel.results.topLevelItemCount() == BATCH  # nothing more arrives after Stop


def test_a_new_search_replaces_the_one_under_way(qtbot, main_window, ui_session, monkeypatch):
    panel = main_window.search_panel
    gate = threading.Event()
    real_hits = panel.searcher.hits

    def blocked(query, mode="quote", document_ids=None):
        def found():
            gate.wait(10)
            yield _hit(0)
        return found()

    monkeypatch.setattr(panel.searcher, "hits", blocked)
    panel.field.setText("bridge")
    panel.run()
    panel.searcher.hits = real_hits  # the next search is a real one
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.field.setText("Vjesnik")
        panel.run()
    gate.set()
    qtbot.waitUntil(lambda: panel.threads_running() == 0 and panel.worker is None, timeout=10_000)
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.run()
    assert [h.exact for h in panel.hits] == ["Vjesnik"] and "1 match in 1 document" in panel.status.text()


def test_the_hit_is_bold_in_its_context_and_document_text_is_never_markup():
    hit = Hit("doc", "Article", 10, 16, (), "<b>x</b>", "the minister said\nthe ", " will & open")
    parts = hit_parts(hit)
    assert parts == ("the minister said the ", "<b>x</b>", " will & open")
    assert hit_html(parts) == "the minister said the <b>&lt;b&gt;x&lt;/b&gt;</b> will &amp; open"
