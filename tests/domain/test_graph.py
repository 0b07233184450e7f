"""The evidence graph around an object: folded annotation edges, hops, the node cap."""

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.graph import COPY_OF, STATED_IN, neighbourhood
from app.domain.links import Kind, Link, Relation
from tests.exchange.story import build_project, oid


def _edges(graph) -> set[tuple[str, str, str]]:
    return {e.key for e in graph.edges}


def test_claim_one_hop_shows_documents_actors_and_sources_with_relations() -> None:
    p = build_project()
    g = neighbourhood(p, Kind.CLAIM, oid("no-troops"), hops=1)
    assert set(g.nodes) == {oid("no-troops"), oid("doc-wire"), oid("no"), oid("src-nis"), oid("src-wire")}
    assert {n.hop for i, n in g.nodes.items() if i != oid("no-troops")} == {1}
    assert g.nodes[oid("no-troops")].detail == "false" and g.nodes[oid("src-nis")].detail == "B3"
    edges = _edges(g)
    assert (oid("no-troops"), oid("doc-wire"), STATED_IN) in edges
    assert (oid("no-troops"), oid("src-nis"), "contradicts") in edges
    assert (oid("no-troops"), oid("no"), "made-by") in edges
    assert (oid("no-troops"), oid("src-wire"), "context") in edges  # the stating span gives the wire as context
    assert (oid("doc-wire"), oid("no"), "mentions") in edges  # between two shown nodes: drawn too
    (stated,) = [e for e in g.edges if e.relation == STATED_IN]
    assert stated.quotes == (oid("a-claim"),)
    assert g.more == {}


def test_two_hops_reach_the_other_document_through_a_shared_actor() -> None:
    p = build_project()
    one = neighbourhood(p, Kind.CLAIM, oid("no-troops"), hops=1)
    two = neighbourhood(p, Kind.CLAIM, oid("no-troops"), hops=2)
    assert oid("doc-paper") not in one.nodes
    assert two.nodes[oid("doc-paper")].hop == 2  # No Kwang Chol is mentioned in the Russian paper
    assert two.nodes[oid("belousov")].hop == 2  # mentioned in the wire story
    mention = next(e for e in two.edges if e.key == (oid("doc-paper"), oid("no"), "mentions"))
    assert mention.as_written == ("Но Гван Чхоль",)
    wire_no = next(e for e in two.edges if e.key == (oid("doc-wire"), oid("no"), "mentions"))
    assert wire_no.as_written == ("No Gun Chol",)


def test_document_centre_and_copy_edge_of_a_source() -> None:
    p = build_project()
    g = neighbourhood(p, Kind.DOCUMENT, oid("doc-paper"), hops=1)
    assert set(g.nodes) == {oid("doc-paper"), oid("no"), oid("plan"), oid("src-kz")}
    assert (oid("src-kz"), oid("doc-paper"), COPY_OF) in _edges(g)


def test_annotation_centre_is_a_quote_node() -> None:
    p = build_project()
    g = neighbourhood(p, Kind.ANNOTATION, oid("a-kz"), hops=1)
    centre = g.nodes[oid("a-kz")]
    assert centre.kind is Kind.ANNOTATION and centre.label == "“Krasnaya Zvezda”"
    assert set(g.nodes) == {oid("a-kz"), oid("doc-wire"), oid("kz"), oid("src-kz")}
    assert (oid("a-kz"), oid("src-kz"), "cites") in _edges(g)


def test_cap_counts_the_neighbours_left_out_and_keeps_the_best_attested() -> None:
    p = build_project()
    wire = p.documents[oid("doc-wire")]
    text = "x" * 200
    for i in range(30):
        actor = Actor(oid(f"extra-{i}"), f"Extra person {i:02}")
        p.put(actor)
        for j in range(1 + (i == 7) * 5):  # actor 7 is mentioned six times: it must survive the cap
            ann = Annotation(oid(f"extra-a-{i}-{j}"), wire.id, j + 1, j + 2, text[j + 1 : j + 2])
            p.put(ann)
            p.put(Link(oid(f"extra-l-{i}-{j}"), Kind.ANNOTATION, ann.id, Kind.ACTOR, actor.id, Relation.MENTIONS))
    everything = neighbourhood(p, Kind.DOCUMENT, wire.id, hops=1, limit=10_000)
    assert len(everything.nodes) == 1 + 30 + 6 + 3 + 2  # extras, five officials and the outlet, claims, sources
    g = neighbourhood(p, Kind.DOCUMENT, wire.id, hops=1, limit=10)
    assert len(g.nodes) == 10
    assert g.more == {wire.id: len(everything.nodes) - 10}
    assert oid("extra-7") in g.nodes  # six quotes outrank one
    assert all(c in g.nodes for c in p.claims)  # at equal weight claims come before actors


def test_unknown_id_is_a_clear_error() -> None:
    import pytest

    from app.domain.errors import NotFound

    with pytest.raises(NotFound):
        neighbourhood(build_project(), Kind.CLAIM, "nope")


def test_radial_layout_centre_rings_and_no_overlaps() -> None:
    from app.domain.graph import NODE_H, NODE_W, more_id, radial_layout

    p = build_project()
    for hops, limit in ((1, 40), (2, 40), (2, 8)):
        g = neighbourhood(p, Kind.ACTOR, oid("no"), hops=hops, limit=limit)
        pos = radial_layout(g)
        assert pos[g.center] == (0.0, 0.0)
        expected = set(g.nodes) | {more_id(k) for k in g.more}
        assert set(pos) == expected
        boxes = list(pos.values())
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert abs(a[0] - b[0]) >= NODE_W or abs(a[1] - b[1]) >= NODE_H, (hops, limit)
        r1 = max(abs(pos[n][1]) + abs(pos[n][0]) for n in g.nodes if g.nodes[n].hop == 1)
        hop2 = [n for n in g.nodes if g.nodes[n].hop == 2]
        assert all(abs(pos[n][1]) + abs(pos[n][0]) > 0 for n in hop2)
        assert r1 > 0
    assert radial_layout(g) == radial_layout(g)  # deterministic
