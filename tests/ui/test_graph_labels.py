"""Evidence-graph edge labels do not run together: for every object of the demo (documents, claims, actors,
sources, highlights), at one and two hops, no two labels overlap or even touch (a clear gap between them), no
label covers a node, and an edge whose label found no room still names its relation in its tooltip."""

from pathlib import Path

from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSimpleTextItem

from app.domain.graph import neighbourhood
from app.domain.links import Kind
from app.services.demo import build_demo_project
from app.services.session import ProjectSession
from app.ui.palette import CategoryColors
from app.ui.panels.graph_view import GraphView


def test_no_two_edge_labels_touch_in_any_demo_graph(qtbot, tmp_path: Path) -> None:
    build_demo_project(tmp_path / "demo.sourcemark")
    with ProjectSession.open(tmp_path / "demo.sourcemark", read_only=True) as session:
        p = session.project
        view = GraphView(CategoryColors())
        qtbot.addWidget(view)
        view.resize(700, 220)  # a bottom dock at 1024×700
        view.show()
        objects = ([(Kind.DOCUMENT, o) for o in p.documents] + [(Kind.CLAIM, o) for o in p.claims]
                   + [(Kind.ACTOR, o) for o in p.actors] + [(Kind.SOURCE, o) for o in p.sources]
                   + [(Kind.ANNOTATION, o) for o in p.annotations])
        labelled = edges = 0
        for kind, oid in objects:
            for hops in (1, 2):
                graph = neighbourhood(p, kind, oid, hops=hops)
                view.show_graph(graph)
                items = view.scene().items()
                labels = [i.sceneBoundingRect() for i in items if isinstance(i, QGraphicsSimpleTextItem)
                          and i not in view.more_items]
                nodes = [item.sceneBoundingRect().adjusted(2, 2, -2, -2) for item in view.node_items.values()]
                for n, a in enumerate(labels):
                    for b in labels[n + 1:]:
                        assert not a.adjusted(-2, -2, 2, 2).intersects(b), (kind, hops, a, b)
                    assert not any(a.intersects(node) for node in nodes), (kind, hops)
                lines = [i for i in items if isinstance(i, QGraphicsLineItem) and i.toolTip()]
                relations = {e.relation for e in graph.edges}
                assert all(line.toolTip().partition(" ×")[0].partition(" (")[0] in relations for line in lines), (
                    [line.toolTip() for line in lines], relations)
                labelled, edges = labelled + len(labels), edges + len(graph.edges)
        assert edges > 100 and labelled >= 0.95 * edges  # nearly every edge keeps its label on the graph
