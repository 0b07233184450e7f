"""GraphML export: structure rules (keys before the graph, edgedefault, ids), nodes, edges and their data."""

import re
import xml.etree.ElementTree as ET

from app.domain.annotations import Annotation
from app.domain.project import Project
from app.exchange.graphml import NS, export_graphml

from .story import build_project, oid

G = f"{{{NS}}}"


def _parse(text: str) -> ET.Element:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == f"{G}graphml"
    return root


def _data(element: ET.Element) -> dict[str, str]:
    return {d.get("key"): d.text for d in element.findall(f"{G}data")}


def test_structure_follows_graphml_rules() -> None:
    root = _parse(export_graphml(build_project()))
    children = [child.tag for child in root]
    assert children[-1] == f"{G}graph" and children.count(f"{G}graph") == 1
    assert all(tag == f"{G}key" for tag in children[:-1])  # every key is declared before the graph
    keys = {k.get("id"): (k.get("for"), k.get("attr.name"), k.get("attr.type")) for k in root.findall(f"{G}key")}
    assert {"kind", "label", "verdict", "grade", "relation"} <= set(keys)
    assert keys["relation"] == ("edge", "relation", "string") and keys["verdict"][0] == "node"
    graph = root.find(f"{G}graph")
    assert graph.get("edgedefault") == "directed"
    node_ids = [n.get("id") for n in graph.findall(f"{G}node")]
    assert len(node_ids) == len(set(node_ids))
    nmtoken = re.compile(r"^[\w.:-]+$")  # ids are NMTOKENs in the GraphML schema
    assert all(nmtoken.match(i) for i in [graph.get("id"), *node_ids])
    edge_ids = [e.get("id") for e in graph.findall(f"{G}edge")]
    assert len(edge_ids) == len(set(edge_ids))
    used = {d.get("key") for d in graph.iter(f"{G}data")}
    assert used <= set(keys)  # no data names an undeclared key
    for edge in graph.findall(f"{G}edge"):
        assert edge.get("source") in node_ids and edge.get("target") in node_ids


def test_nodes_and_edges_carry_what_an_analyst_filters_on() -> None:
    p = build_project()
    graph = _parse(export_graphml(p)).find(f"{G}graph")
    nodes = {n.get("id"): _data(n) for n in graph.findall(f"{G}node")}
    assert len(nodes) == len(p.documents) + len(p.annotations) + len(p.claims) + len(p.actors) + len(p.sources)
    assert nodes[oid("no-troops")] == {"kind": "claim", "label": "No North Korean soldier is in Russia", "verdict": "false"}
    assert nodes[oid("src-nis")]["grade"] == "B3" and nodes[oid("src-nis")]["kind"] == "source"
    assert nodes[oid("a-no")] == {"kind": "annotation", "label": "No Gun Chol", "category": "actor"}
    edges = {(e.get("source"), e.get("target")): _data(e) for e in graph.findall(f"{G}edge")}
    assert edges[(oid("no-troops"), oid("src-nis"))] == {"relation": "contradicts"}
    assert edges[(oid("a-no"), oid("no"))] == {"relation": "mentions", "as_written": "No Gun Chol", "reason": "misspelling"}
    assert edges[(oid("a-no"), oid("doc-wire"))] == {"relation": "in"}
    assert edges[(oid("src-kz"), oid("doc-paper"))] == {"relation": "copy"}
    assert len(edges) == len(p.links) + len(p.annotations) + 1


def test_one_document_keeps_only_what_its_annotations_reach() -> None:
    p = build_project()
    graph = _parse(export_graphml(p, document_ids={oid("doc-paper")})).find(f"{G}graph")
    kinds = {n.get("id"): _data(n)["kind"] for n in graph.findall(f"{G}node")}
    assert set(kinds) == {oid("doc-paper"), oid("p-no"), oid("p-plan"), oid("no"), oid("plan"), oid("ri"), oid("src-kz")}


def test_control_characters_and_markup_in_text_stay_well_formed() -> None:
    p = build_project()
    doc = p.documents[oid("doc-wire")]
    p.put(Annotation("evil", doc.id, 0, 5, "<a>\x01&", category="question"))
    text = export_graphml(p)
    nodes = {n.get("id"): _data(n) for n in _parse(text).iter(f"{G}node")}
    assert nodes["evil"]["label"] == "<a>\ufffd&"


def test_empty_project() -> None:
    graph = _parse(export_graphml(Project(name="empty"))).find(f"{G}graph")
    assert graph.findall(f"{G}node") == [] and graph.get("id") == "G"
    assert _data(graph) == {"name": "empty"}
