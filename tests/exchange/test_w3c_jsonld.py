"""The W3C export under a real JSON-LD processor (pyld): expand, compact and URDNA2015 normalisation with
the official anno.jsonld context (tests/data/w3c/anno.jsonld, served by a loader that never goes to the
network). Nothing we write may be dropped, and each link is a node of its own in RDF."""

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld

from app.domain.errors import ImportFormatError
from app.domain.links import Relation
from app.domain.project import Project
from app.exchange.w3c import CONTEXT, export_w3c, parse_w3c

from .story import build_project, link, oid

_ANNO = json.loads((Path(__file__).resolve().parents[1] / "data" / "w3c" / "anno.jsonld").read_text(encoding="utf-8"))
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
FOAF_NICK = "http://xmlns.com/foaf/0.1/nick"


def _local_only(url: str, options: Any = None) -> dict[str, Any]:
    if url.rstrip("/") in (CONTEXT, CONTEXT.replace("http:", "https:")):
        return {"contextUrl": None, "documentUrl": url, "document": _ANNO}
    raise AssertionError(f"pyld asked for {url}: the export must need no other document")


OPTIONS: dict[str, Any] = {"documentLoader": _local_only}


def _project() -> Project:
    """The story, plus a second annotation linking the wire report with another relation."""
    p = build_project()
    p.put(link("l-nis-wire", p.annotations[oid("a-nis")], p.sources[oid("src-wire")], Relation.SUPPORTS))
    return p


def _without_contexts(node: Any) -> Any:
    """Compaction states the context once, at the top; the export repeats it on each annotation."""
    if isinstance(node, dict):
        return {k: _without_contexts(v) for k, v in node.items() if k != "@context"}
    if isinstance(node, list):
        return [_without_contexts(v) for v in node]
    return node


def _listed(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _quads(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return jsonld.to_rdf(doc, OPTIONS)["@default"]  # type: ignore[no-any-return]


@pytest.fixture(scope="module")
def exported() -> dict[str, Any]:
    return export_w3c(_project())


def test_expand_then_compact_gives_back_every_field_we_wrote(exported: dict[str, Any]) -> None:
    expanded = jsonld.expand(exported, OPTIONS)
    compacted = jsonld.compact(expanded, CONTEXT, OPTIONS)
    assert compacted["@context"] == CONTEXT
    assert _without_contexts(compacted) == _without_contexts(exported)
    text = json.dumps(expanded, ensure_ascii=False)
    assert "No Gun Chol" in text and "Но Гван Чхоль" in text  # the names as written (foaf:nick)


def test_urdna2015_is_the_same_before_and_after_the_round_trip(exported: dict[str, Any]) -> None:
    normal = {"algorithm": "URDNA2015", "format": "application/n-quads", **OPTIONS}
    before = jsonld.normalize(exported, normal)
    after = jsonld.normalize(jsonld.compact(jsonld.expand(exported, OPTIONS), CONTEXT, OPTIONS), normal)
    assert before == after and len(before.splitlines()) > 400
    assert "<urn:uuid:" in before and " _:c14n" in before  # our ids are IRIs; selectors and creators blank nodes


def test_every_predicate_and_type_is_an_absolute_iri(exported: dict[str, Any]) -> None:
    """A term the context lacks would expand to nothing (dropped) or to a relative IRI."""
    quads = _quads(exported)
    namespaces = {q["predicate"]["value"].rstrip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") for q in quads}
    assert namespaces == {
        "http://www.w3.org/ns/oa#", "http://www.w3.org/ns/activitystreams#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        "http://www.w3.org/2000/01/rdf-schema#", "http://purl.org/dc/elements/1.1/", "http://purl.org/dc/terms/",
        "http://xmlns.com/foaf/0.1/", "http://www.w3.org/2002/07/owl#"}
    types = {q["object"]["value"] for q in quads if q["predicate"]["value"].endswith("#type")}
    assert all(t.startswith(("http://www.w3.org/ns/", "http://xmlns.com/foaf/0.1/")) for t in types)
    purposes = {q["object"]["value"] for q in quads if q["predicate"]["value"].endswith(("hasPurpose", "motivatedBy"))}
    assert purposes == {f"http://www.w3.org/ns/oa#{p}" for p in (
        "assessing", "classifying", "commenting", "highlighting", "identifying", "linking")}


def test_two_links_to_one_source_stay_two_nodes_and_keep_their_own_relation(exported: dict[str, Any]) -> None:
    quads = _quads(exported)
    labels: dict[str, set[str]] = {}
    for q in quads:
        if q["predicate"]["value"] == RDFS_LABEL:
            labels.setdefault(q["subject"]["value"], set()).add(q["object"]["value"])
    assert labels[f"urn:uuid:{oid('l-claim-src')}"] == {"context"}
    assert labels[f"urn:uuid:{oid('l-nis-wire')}"] == {"supports"}
    assert labels["https://wire.example/nk-minister"] == {"Wire report"}  # the title alone, no relation merged in
    assert labels[f"urn:uuid:{oid('no-troops')}"] == {"No North Korean soldier is in Russia"}  # not "states"
    same = {(q["subject"]["value"], q["object"]["value"]) for q in quads if q["predicate"]["value"].endswith("#sameAs")}
    assert ("https://wire.example/nk-minister", f"urn:uuid:{oid('src-wire')}") in same
    assert ("http://www.wikidata.org/entity/Q56235690", f"urn:uuid:{oid('no')}") in same


def test_each_name_as_written_stays_with_its_own_mention(exported: dict[str, Any]) -> None:
    nicks = {(q["subject"]["value"], q["object"]["value"]) for q in _quads(exported) if q["predicate"]["value"] == FOAF_NICK}
    assert nicks == {(f"urn:uuid:{oid('l-no')}", "No Gun Chol"), (f"urn:uuid:{oid('l-p-no')}", "Но Гван Чхоль")}


def test_through_rdf_and_back_our_importer_reads_the_same_annotations(exported: dict[str, Any]) -> None:
    """A consumer that keeps the export as RDF (a triple store) and gives it back framed: only the order of
    bodies may change (RDF has sets), and integers come back as digits."""
    nquads = jsonld.normalize(exported, {"algorithm": "URDNA2015", "format": "application/n-quads", **OPTIONS})
    graph = jsonld.from_rdf(nquads, {"format": "application/n-quads", **OPTIONS})
    framed = jsonld.frame(graph, {"@context": CONTEXT, "type": "Annotation", "@embed": "@always"}, OPTIONS)
    selectors = [sel for item in framed["@graph"] for sel in _listed(item["target"].get("selector"))]
    starts = [sel["start"] for sel in selectors if isinstance(sel, dict) and "start" in sel]
    assert len(starts) >= 10 and all(isinstance(start, str) and start.isdigit() for start in starts)

    def read(data: object) -> dict[str, Any]:
        return {a.foreign_id: dataclasses.replace(a, links=frozenset(a.links)) for a in parse_w3c(json.dumps(data).encode())}

    mine, theirs = read(exported), read(framed["@graph"])
    assert len(mine) == 12 and theirs == mine
    assert any(link.as_written == "No Gun Chol" for a in mine.values() for link in a.links)


@pytest.mark.parametrize("start", ["-5", "5.0", "５", "1" * 16, ""])
def test_positions_as_digits_are_only_plain_digits(start: str) -> None:
    selector = {"type": "TextPositionSelector", "start": start, "end": "9"}
    with pytest.raises(ImportFormatError, match="start: must be a whole number"):
        parse_w3c(json.dumps({"type": "Annotation", "target": {"source": "urn:x:y", "selector": selector}}).encode())
    assert parse_w3c(json.dumps({"type": "Annotation", "target": {"source": "urn:x:y", "selector": {
        **selector, "start": "5"}}}).encode())[0].start == 5
