"""Evidence graph dock (follows the selection, clicks select everywhere) and the Search project dock."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt

from app.domain.links import Kind
from app.services.marking import LinkChoice
from tests.fixtures.run import add_document

from .helpers import link_selection, span


@pytest.fixture(autouse=True)
def _no_modal_boxes(message_boxes):
    return message_boxes


@pytest.fixture
def linked(main_window, ui_session, doc_id):
    """A claim stated in the article, made by Anna Kovac, checked against the Vjesnik source."""
    s = ui_session
    actor = next(iter(s.project.actors))
    source = next(iter(s.project.sources))
    claim_aid = link_selection(main_window.bridge, span(s, doc_id, "4,000 workers had built it in two years"),
                               LinkChoice(Kind.CLAIM, existing_id=next(iter(s.project.claims))))
    link_selection(main_window.bridge, span(s, doc_id, "Anna Kovac"), LinkChoice(Kind.ACTOR, existing_id=actor))
    link_selection(main_window.bridge, span(s, doc_id, "Vjesnik Obrane"),
                   LinkChoice(Kind.SOURCE, existing_id=source, relation="contradicts"))
    return {"claim": next(iter(s.project.claims)), "actor": actor, "source": source, "claim_annotation": claim_aid}


def _show_graph(qtbot, window):
    window.docks["graph"].show()
    window.docks["graph"].raise_()
    qtbot.waitUntil(lambda: window.graph_panel.active)


def test_graph_follows_the_selection_and_a_click_selects_everywhere(qtbot, main_window, linked, doc_id):
    w = main_window
    _show_graph(qtbot, w)
    w.claims_panel.view.setCurrentIndex(w.claims_panel.proxy.index(0, 0))  # the user picks the claim
    graph = w.graph_panel.graph
    assert graph is not None and graph.center == linked["claim"]
    assert doc_id in graph.nodes and linked["source"] not in graph.nodes  # the source is linked via the document
    assert "1 hop" in w.graph_panel.status.text()
    w.graph_panel.hops.button(2).click()
    assert linked["source"] in w.graph_panel.graph.nodes and linked["actor"] in w.graph_panel.graph.nodes
    item = w.graph_panel.view.node_items[linked["actor"]]
    at = w.graph_panel.view.mapFromScene(item.scenePos())
    qtbot.mouseClick(w.graph_panel.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert w.actors_panel.current_id() == linked["actor"]  # selected in its panel
    assert w.inspector.object == (Kind.ACTOR, linked["actor"])  # and in the inspector
    assert w.graph_panel.graph.center == linked["actor"]  # and the graph re-centres on it
    document = w.graph_panel.view.node_items[doc_id]
    w.graph_panel.view.nodeClicked.emit("document", doc_id)
    assert w.view.current_document() == doc_id and w.graph_panel.graph.center == doc_id
    assert document.node.kind is Kind.DOCUMENT


def test_graph_centres_on_a_clicked_highlight_and_redraws_after_changes(qtbot, main_window, linked, ui_session):
    w = main_window
    _show_graph(qtbot, w)
    w.view.annotationClicked.emit(linked["claim_annotation"])
    graph = w.graph_panel.graph
    assert graph.center == linked["claim_annotation"] and graph.nodes[graph.center].kind is Kind.ANNOTATION
    assert {e.relation for e in graph.edges} == {"in", "states", "stated in"}  # and claim -> document between them
    w.bridge.undo_stack.undo()  # the source link goes: the graph catches up (once the timer fires)
    w.bridge.undo_stack.redo()
    qtbot.waitUntil(lambda: not w.graph_panel._timer.isActive())
    assert w.graph_panel.graph.center == linked["claim_annotation"]
    pixmap = w.graph_panel.grab()
    assert not pixmap.isNull() and pixmap.width() > 100


def test_hidden_graph_does_no_work_until_shown(qtbot, main_window, linked):
    w = main_window
    w.docks["annotations"].raise_()
    qtbot.waitUntil(lambda: not w.graph_panel.active)
    w.select_object(Kind.SOURCE, linked["source"])
    assert w.graph_panel.graph is None and w.graph_panel._stale
    assert w.sources_panel.current_id() == linked["source"]
    _show_graph(qtbot, w)
    qtbot.waitUntil(lambda: w.graph_panel.graph is not None)
    assert w.graph_panel.graph.center == linked["source"]


def _search(qtbot, panel) -> list:
    """Run the panel's search and wait for its worker thread to list every hit."""
    with qtbot.waitSignal(panel.searchFinished, timeout=10_000):
        panel.run()
    return panel.hits


def test_ctrl_shift_f_opens_search_and_a_result_selects_the_match(qtbot, main_window, ui_session, doc_id):
    w = main_window
    action = w.actions_by_name["search"]
    assert action.shortcut().toString() == "Ctrl+Shift+F" and action.isEnabled()
    action.trigger()
    panel = w.search_panel
    qtbot.waitUntil(lambda: panel.isVisible())
    panel.field.setText("ANA KOVAC")
    hits = _search(qtbot, panel)
    assert [h.exact for h in hits] == ["Ana Kovač"]  # accents ignored; "Anna" is another word
    assert panel.results.topLevelItemCount() == len(hits) and "1 match in 1 document" in panel.status.text()
    panel.set_mode("actor")
    panel.field.setText("Anna Kovac")
    hits = _search(qtbot, panel)
    assert [h.exact for h in hits] == ["Anna Kovac", "Ana Kovač"]  # the name and the alias
    panel.results.setCurrentItem(panel.results.topLevelItem(1))
    assert w.view.selection() == (doc_id, hits[1].start, hits[1].end)


def test_search_jumps_into_a_pdf_and_bad_regex_is_one_line(qtbot, main_window, ui_session, tmp_path: Path):
    from tests.fixtures.documents import many_pages_pdf

    w = main_window
    pdf = tmp_path / "long.pdf"
    pdf.write_bytes(many_pages_pdf(4, lines_per_page=6))
    add_document(ui_session, pdf)
    w.search_project()
    panel = w.search_panel
    panel.set_mode("quote")
    panel.field.setText("3.5 witnesses")
    (hit,) = _search(qtbot, panel)
    assert panel.results.topLevelItem(0).text(1) == "4"  # page 4, 1-based in the list
    panel.results.setCurrentItem(panel.results.topLevelItem(0))
    qtbot.waitUntil(lambda: w.view.selection() == (hit.document_id, hit.start, hit.end), timeout=10_000)
    assert w.view.current_document() == hit.document_id
    assert w.view.page_view.current_page() >= 2  # scrolled towards page 4
    panel.set_mode("regex")
    panel.field.setText("(unclosed")
    assert _search(qtbot, panel) == [] and panel.status.text().startswith("bad regular expression")


def test_node_hit_testing_uses_the_shape(qtbot, main_window, linked):
    w = main_window
    _show_graph(qtbot, w)
    w.select_object(Kind.CLAIM, linked["claim"])
    view = w.graph_panel.view
    centre = view.node_items[linked["claim"]]
    assert view.node_at(QPointF(view.mapFromScene(centre.scenePos()))) is centre
    assert view.node_at(QPointF(1, 1)) is None


def test_double_clicking_a_link_in_the_inspector_selects_its_other_end(qtbot, main_window, linked):
    w = main_window
    _show_graph(qtbot, w)
    w.select_object(Kind.CLAIM, linked["claim"])
    links = w.inspector.links
    row = next(i for i in range(links.count()) if "annotation" in links.item(i).text())
    links.itemActivated.emit(links.item(row))
    assert w.inspector.annotation_id == linked["claim_annotation"]
    assert w.graph_panel.graph.center == linked["claim_annotation"]
    links = w.inspector.links
    row = next(i for i in range(links.count()) if "claim" in links.item(i).text())
    links.itemActivated.emit(links.item(row))
    assert w.inspector.object == (Kind.CLAIM, linked["claim"]) and w.claims_panel.current_id() == linked["claim"]


def test_demo_graph_draws_without_overlapping_nodes_or_labels(qtbot, tmp_path):
    from PySide6.QtWidgets import QGraphicsSimpleTextItem

    from app.domain.graph import neighbourhood
    from app.services.demo import build_demo_project
    from app.services.session import ProjectSession
    from app.ui.palette import CategoryColors
    from app.ui.panels.graph_view import GraphView

    build_demo_project(tmp_path / "demo.sourcemark", analyst="t")
    with ProjectSession.open(tmp_path / "demo.sourcemark", read_only=True) as session:
        p = session.project
        view = GraphView(CategoryColors())
        qtbot.addWidget(view)
        view.resize(1400, 380)
        view.show()
        for kind, oid in [(Kind.DOCUMENT, d) for d in p.documents] + [(Kind.ACTOR, a) for a in p.actors]:
            for hops in (1, 2):
                view.show_graph(neighbourhood(p, kind, oid, hops=hops))
                nodes = [item.sceneBoundingRect().adjusted(2, 2, -2, -2) for item in view.node_items.values()]
                labels = [i.sceneBoundingRect() for i in view.scene().items() if isinstance(i, QGraphicsSimpleTextItem)]
                for group in (nodes, labels):
                    assert not any(a.intersects(b) for n, a in enumerate(group) for b in group[n + 1 :]), (kind, hops)
                assert not any(a.intersects(b) for a in labels for b in nodes)
        assert view.transform().m11() >= 0.7  # never shrunk below legibility


def test_plus_n_more_draws_the_hidden_neighbours_and_fit_all_fits(qtbot, main_window, ui_session):
    from app.domain.graph import DEFAULT_LIMIT
    from app.services import entities, linking

    s = ui_session
    actor = next(iter(s.project.actors))
    for i in range(DEFAULT_LIMIT + 15):  # more claims made by one actor than the graph draws
        command, claim = entities.create_claim(s, f"Claim number {i} by the minister.")
        s.execute(command)
        s.execute(linking.link(s, (Kind.CLAIM, claim.id), (Kind.ACTOR, actor), "made-by"))
    w = main_window
    _show_graph(qtbot, w)
    w.select_object(Kind.ACTOR, actor)
    panel = w.graph_panel
    hidden = panel.graph.hidden
    assert hidden > 0 and len(panel.view.more_items) == 1 and "+N more" in panel.status.text()
    more = panel.view.more_items[0]
    at = panel.view.mapFromScene(more.sceneBoundingRect().center())
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert panel.graph.hidden == 0 and len(panel.graph.nodes) == DEFAULT_LIMIT + hidden
    shown = panel.view.mapToScene(panel.view.viewport().rect()).boundingRect()
    assert shown.contains(panel.view.scene().itemsBoundingRect())  # the bigger graph fits the dock
    w.select_object(Kind.CLAIM, next(iter(s.project.claims)))  # a new centre: back to the cap
    assert panel.limit == DEFAULT_LIMIT


def test_highlight_nodes_use_their_category_colour(qtbot, main_window, linked):
    from app.ui.panels.graph_view import node_category

    w = main_window
    _show_graph(qtbot, w)
    aid = linked["claim_annotation"]
    w.select_annotation(aid)
    item = w.graph_panel.view.node_items[aid]
    category = w.bridge.session.project.annotations[aid].category
    assert node_category(item.node) == category != "question"
    assert item.fill == w.colors.color(category, alpha=255).lighter(118)
