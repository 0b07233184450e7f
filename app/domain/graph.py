"""The evidence graph around one object: claims, actors, sources and documents, one or two hops out.

Annotations are folded into the edges they justify, which is what an analyst reads: a claim is
*stated in* a document, a document *mentions* an actor, a claim *cites* a source when the span that
states it credits that source. An annotation is a node of its own only when it is the centre. Each
edge keeps the ids of the annotations behind it (its quotes). The node count is capped: neighbours
beyond the cap are counted, never drawn, so the view says "+N more" instead of showing a hairball.
"""

import math
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from app.domain.annotations import Annotation
from app.domain.errors import NotFound
from app.domain.links import Kind, Link, Relation
from app.domain.project import Project

STATED_IN = "stated in"  # claim -> document, through the annotations that state the claim
COPY_OF = "copy"  # source -> the project's imported copy of it
IN = "in"  # annotation -> its document (only around an annotation centre)
DEFAULT_LIMIT = 40
_KIND_ORDER = {Kind.CLAIM: 0, Kind.SOURCE: 1, Kind.ACTOR: 2, Kind.DOCUMENT: 3, Kind.ANNOTATION: 4}


@dataclass(frozen=True, slots=True)
class Node:
    id: str
    kind: Kind
    label: str
    detail: str = ""  # verdict, grade, actor kind or document kind
    hop: int = 0


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    relation: str
    quotes: tuple[str, ...] = ()  # ids of the annotations this edge rests on
    as_written: tuple[str, ...] = ()  # for mentions: the names as the documents write them

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.relation)


@dataclass
class Subgraph:
    center: str
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)
    more: dict[str, int] = field(default_factory=dict)  # node id -> neighbours left out under the cap

    @property
    def hidden(self) -> int:
        return sum(self.more.values())


def node_for(project: Project, kind: Kind, oid: str, hop: int = 0) -> Node:
    obj = project.get(kind, oid)
    if kind is Kind.CLAIM:
        return Node(oid, kind, obj.statement, obj.verdict.value, hop)
    if kind is Kind.ACTOR:
        return Node(oid, kind, obj.name, obj.kind.value, hop)
    if kind is Kind.SOURCE:
        return Node(oid, kind, obj.title, obj.grade, hop)
    if kind is Kind.DOCUMENT:
        return Node(oid, kind, obj.title or obj.original_name, obj.kind.value, hop)
    if kind is Kind.ANNOTATION:
        return Node(oid, kind, f"“{obj.exact}”", obj.category, hop)
    raise NotFound(f"a {kind} has no place in the evidence graph")


def neighbourhood(project: Project, kind: Kind, oid: str, *, hops: int = 1, limit: int = DEFAULT_LIMIT) -> Subgraph:
    """The objects within `hops` (1 or 2) of one object, at most `limit` nodes, nearest and best-attested first."""
    graph = Subgraph(oid)
    graph.nodes[oid] = node_for(project, kind, oid)
    kinds = {oid: kind}
    found: dict[tuple[str, str, str], Edge] = {}
    frontier = [oid]
    for hop in range(1, max(1, min(hops, 2)) + 1):
        next_frontier: list[str] = []
        for current in frontier:
            edges = _merge(folded_edges(project, kinds[current], current))
            for edge in edges:
                found.setdefault(edge.key, edge)
            for other, other_kind in _ranked_neighbours(project, current, edges):
                if other in graph.nodes:
                    continue
                if len(graph.nodes) >= limit:
                    graph.more[current] = graph.more.get(current, 0) + 1
                    continue
                graph.nodes[other] = node_for(project, other_kind, other, hop)
                kinds[other] = other_kind
                next_frontier.append(other)
        frontier = next_frontier
    for current in frontier:  # edges among the outermost nodes, so two of them linked show it
        for edge in _merge(folded_edges(project, kinds[current], current)):
            found.setdefault(edge.key, edge)
    graph.edges = sorted((e for e in found.values() if e.source in graph.nodes and e.target in graph.nodes),
                         key=lambda e: e.key)
    return graph


def _ranked_neighbours(project: Project, center: str, edges: list[Edge]) -> list[tuple[str, Kind]]:
    weight: dict[str, int] = {}
    for edge in edges:
        other = edge.target if edge.source == center else edge.source
        weight[other] = weight.get(other, 0) + max(1, len(edge.quotes))
    ranked = [(oid, _kind(project, oid)) for oid in weight]
    ranked.sort(key=lambda item: (-weight[item[0]], _KIND_ORDER[item[1]], node_for(project, item[1], item[0]).label))
    return ranked


def _kind(project: Project, oid: str) -> Kind:
    for kind in (Kind.CLAIM, Kind.ACTOR, Kind.SOURCE, Kind.DOCUMENT, Kind.ANNOTATION):
        if oid in project.objects[kind]:
            return kind
    raise NotFound(f"no object with id {oid}")


def folded_edges(project: Project, kind: Kind, oid: str) -> list[Edge]:
    """Every edge touching one object in the folded view, one per annotation or link (merge to aggregate)."""
    if kind is Kind.ANNOTATION:
        ann = project.get(kind, oid)
        out = [Edge(oid, ann.document_id, IN, (oid,))]
        out += [Edge(oid, link.object_id, link.relation.value, (oid,), _written(link)) for link in project.links_of(oid)]
        return out
    if kind is Kind.DOCUMENT:
        anns: Iterable[Annotation] = (a for a in project.annotations_of(oid) if project.links_by_end.get(a.id))
        out = [e for ann in anns for e in annotation_edges(project, ann)]
        out += [Edge(s.id, oid, COPY_OF) for s in project.sources.values() if s.document_id == oid]
        return out
    out = []
    seen: set[str] = set()
    for link in project.links_of(oid):
        if link.subject_kind is Kind.ANNOTATION:
            if link.subject_id not in seen:
                seen.add(link.subject_id)
                out += [e for e in annotation_edges(project, project.annotations[link.subject_id]) if oid in (e.source, e.target)]
        else:
            out.append(Edge(link.subject_id, link.object_id, link.relation.value))
    if kind is Kind.SOURCE:
        source = project.get(kind, oid)
        if source.document_id:
            out.append(Edge(oid, source.document_id, COPY_OF))
    return out


def annotation_edges(project: Project, ann: Annotation) -> Iterator[Edge]:
    """The folded edges one annotation justifies: document -> each linked object, claim -> each other object."""
    links = project.links_of(ann.id)
    claims = [link.object_id for link in links if link.object_kind is Kind.CLAIM]
    for link in links:
        if link.object_kind is Kind.CLAIM:
            yield Edge(link.object_id, ann.document_id, STATED_IN, (ann.id,))
            continue
        yield Edge(ann.document_id, link.object_id, link.relation.value, (ann.id,), _written(link))
        for claim in claims:  # the span that states a claim also names this actor / credits this source
            yield Edge(claim, link.object_id, link.relation.value, (ann.id,), _written(link))


def _written(link: Link) -> tuple[str, ...]:
    return (link.as_written,) if link.relation is Relation.MENTIONS and link.as_written else ()


def _merge(edges: Iterable[Edge]) -> list[Edge]:
    """One edge per (source, target, relation), with the quotes and written forms of all of them."""
    quotes: dict[tuple[str, str, str], dict[str, None]] = {}  # dicts as ordered sets: a document may hold 50,000
    written: dict[tuple[str, str, str], dict[str, None]] = {}
    for edge in edges:
        quotes.setdefault(edge.key, {}).update(dict.fromkeys(edge.quotes))
        written.setdefault(edge.key, {}).update(dict.fromkeys(edge.as_written))
    return [Edge(*key, tuple(quotes[key]), tuple(written[key])) for key in quotes]


# -- layout: radial by hop, deterministic --------------------------------------------------------------------------
NODE_W, NODE_H = 184.0, 54.0  # the box a node is drawn in (scene units = pixels at zoom 1)
GAP = 14.0


def more_id(parent: str) -> str:
    """The id of the "+N more" marker drawn next to `parent`."""
    return f"more:{parent}"


def radial_layout(graph: Subgraph, ratio: float = 1.6) -> dict[str, tuple[float, float]]:
    """Centres of every node and "+N more" marker: the centre at (0, 0), hop 1 on an ellipse around it,
    hop 2 on a wider one, each in the angular sector of the hop-1 node it hangs from.

    The ellipse is `ratio` times wider than high (docks are wide); radii grow until no two boxes overlap.
    """
    first = sorted((n for n in graph.nodes.values() if n.hop == 1), key=lambda n: (_KIND_ORDER[n.kind], n.label, n.id))
    ring1 = [n.id for n in first] + ([more_id(graph.center)] if graph.more.get(graph.center) else [])
    children: dict[str, list[str]] = {oid: [] for oid in ring1}
    parent_of = _parents(graph, [n.id for n in first])
    for node in sorted((n for n in graph.nodes.values() if n.hop == 2), key=lambda n: (_KIND_ORDER[n.kind], n.label, n.id)):
        children[parent_of.get(node.id, ring1[0] if ring1 else graph.center)].append(node.id)
    for oid in ring1:
        if graph.more.get(oid):
            children[oid].append(more_id(oid))
    pos: dict[str, tuple[float, float]] = {graph.center: (0.0, 0.0)}
    if not ring1:
        return pos
    weights = [max(1, len(children[oid])) for oid in ring1]
    total = float(sum(weights))
    sectors: list[tuple[float, float]] = []
    angle = -math.pi / 2  # the first node straight above the centre
    for weight in weights:
        width = 2 * math.pi * weight / total
        sectors.append((angle, width))
        angle += width
    angles1 = {oid: a + w / 2 for oid, (a, w) in zip(ring1, sectors)}
    r1 = _grow(lambda r: {oid: _on_ellipse(angles1[oid], r, ratio) for oid in ring1}, pos, NODE_H * 2.5)
    pos.update({oid: _on_ellipse(angles1[oid], r1, ratio) for oid in ring1})
    angles2: dict[str, float] = {}
    for oid, (a, w) in zip(ring1, sectors):
        kids = children[oid]
        for k, kid in enumerate(kids):
            angles2[kid] = a + w * (k + 0.5) / len(kids)
    if angles2:
        r2 = _grow(lambda r: {oid: _on_ellipse(angles2[oid], r, ratio) for oid in angles2}, pos, r1 + NODE_H * 2)
        pos.update({oid: _on_ellipse(angles2[oid], r2, ratio) for oid in angles2})
    return pos


def _parents(graph: Subgraph, ring1: list[str]) -> dict[str, str]:
    """For each hop-2 node, the first hop-1 node (in ring order) it shares an edge with."""
    rank = {oid: i for i, oid in enumerate(ring1)}
    best: dict[str, str] = {}
    for e in graph.edges:
        for a, b in ((e.source, e.target), (e.target, e.source)):
            if a in rank and graph.nodes.get(b) is not None and graph.nodes[b].hop == 2:
                if b not in best or rank[a] < rank[best[b]]:
                    best[b] = a
    return best


def _on_ellipse(angle: float, r: float, ratio: float) -> tuple[float, float]:
    return (round(r * ratio * math.cos(angle), 1), round(r * math.sin(angle), 1))


def _grow(place: Callable[[float], dict[str, tuple[float, float]]], fixed: dict[str, tuple[float, float]],
          r: float) -> float:
    for _ in range(60):
        ring = place(r)
        if not _overlaps(list(ring.values()), list(fixed.values())):
            return r
        r *= 1.12
    return r


def _overlaps(ring: list[tuple[float, float]], fixed: list[tuple[float, float]]) -> bool:
    def clash(p: tuple[float, float], q: tuple[float, float]) -> bool:
        return abs(p[0] - q[0]) < NODE_W + GAP and abs(p[1] - q[1]) < NODE_H + GAP

    return any(clash(p, q) for i, p in enumerate(ring) for q in ring[i + 1 :]) or any(
        clash(p, q) for p in ring for q in fixed)
