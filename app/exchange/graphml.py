"""The project as a GraphML graph (Gephi, yEd, networkx.read_graphml, igraph), written with xml.etree.

Every document, annotation, claim, actor and source is a node; every link is an edge carrying its
relation, plus an annotation -> document edge "in" and a source -> document edge "copy" for a source
the project holds a copy of. Nodes carry `kind` and `label` and, where they apply, `verdict`, `grade`,
`category`, `url`; edges carry `relation` and, for mentions, `as_written` and `reason`. Keys are
declared before the graph, as the GraphML schema requires; the graph is directed.
"""

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from app.domain.links import Kind
from app.domain.project import Project

NS = "http://graphml.graphdrawing.org/xmlns"
SCHEMA_LOCATION = f"{NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"
NODE_KEYS = ("kind", "label", "verdict", "grade", "category", "url")
EDGE_KEYS = ("relation", "as_written", "reason")
IN, COPY = "in", "copy"


def export_graphml(project: Project, *, document_ids: set[str] | None = None) -> str:
    root = ET.Element("graphml", {"xmlns": NS, "xmlns:xsi": "http://www.w3.org/2001/XMLSchema-instance",
                                  "xsi:schemaLocation": SCHEMA_LOCATION})
    for where, names in (("graph", ("name",)), ("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name in names:
            ET.SubElement(root, "key", {"id": name, "for": where, "attr.name": name, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", {"id": "G", "edgedefault": "directed"})  # an NMTOKEN: the name goes in data
    _data(graph, {"name": project.name})
    nodes = dict(_nodes(project, document_ids))
    for oid, data in nodes.items():
        _data(ET.SubElement(graph, "node", {"id": oid}), data)
    for n, (source, target, data) in enumerate(_edges(project, nodes)):
        _data(ET.SubElement(graph, "edge", {"id": f"e{n}", "source": source, "target": target}), data)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _data(element: ET.Element, data: dict[str, str]) -> None:
    for key, value in data.items():
        if value:
            ET.SubElement(element, "data", {"key": key}).text = _xml_safe(value)


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters, even escaped; a hostile document may contain them."""
    return "".join(ch if ch in "\t\n\r" or ord(ch) >= 0x20 else "\ufffd" for ch in text)


def _nodes(project: Project, document_ids: set[str] | None) -> Iterator[tuple[str, dict[str, str]]]:
    docs = [d for d in project.documents.values() if document_ids is None or d.id in document_ids]
    anns = [a for d in docs for a in project.annotations_of(d.id)]
    linked: set[str] | None = None
    if document_ids is not None:  # only what these documents' annotations reach, and the claims' own links
        linked = {link.object_id for a in anns for link in project.links_of(a.id)}
        linked |= {link.object_id for c in list(linked) if c in project.claims for link in project.links_of(c)
                   if link.subject_id == c}
    for doc in docs:
        yield doc.id, {"kind": Kind.DOCUMENT.value, "label": doc.title or doc.original_name, "url": doc.metadata.url}
    for ann in anns:
        yield ann.id, {"kind": Kind.ANNOTATION.value, "label": ann.exact, "category": ann.category}
    for claim in project.claims.values():
        if linked is None or claim.id in linked:
            yield claim.id, {"kind": Kind.CLAIM.value, "label": claim.statement, "verdict": claim.verdict.value}
    for actor in project.actors.values():
        if linked is None or actor.id in linked:
            yield actor.id, {"kind": Kind.ACTOR.value, "label": actor.name, "category": actor.kind.value}
    for source in project.sources.values():
        if linked is None or source.id in linked:
            yield source.id, {"kind": Kind.SOURCE.value, "label": source.title, "grade": source.grade, "url": source.url}


def _edges(project: Project, nodes: dict[str, dict[str, str]]) -> Iterator[tuple[str, str, dict[str, str]]]:
    for ann in project.annotations.values():
        if ann.id in nodes:
            yield ann.id, ann.document_id, {"relation": IN}
    for source in project.sources.values():
        if source.id in nodes and source.document_id in nodes:
            yield source.id, source.document_id, {"relation": COPY}
    for link in sorted(project.links.values(), key=lambda link: link.id):
        if link.subject_id in nodes and link.object_id in nodes:
            yield link.subject_id, link.object_id, {"relation": link.relation.value, "as_written": link.as_written,
                                                    "reason": link.reason.value}
