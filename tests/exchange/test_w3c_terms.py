"""Our W3C export speaks only the W3C vocabulary: every key, type, motivation and purpose is a term of the
official context (tests/data/w3c/anno.jsonld) or a compact IRI on one of its prefixes (`owl:sameAs`), so a
JSON-LD consumer (pyld, rdflib) keeps all of it; tests/exchange/test_w3c_jsonld.py runs pyld on it."""

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app.exchange.w3c import export_w3c

from .story import build_project

CONTEXT = json.loads((Path(__file__).resolve().parents[1] / "data" / "w3c" / "anno.jsonld").read_text())["@context"]
MOTIVATIONS = {term for term, iri in CONTEXT.items() if isinstance(iri, str) and iri.startswith("oa:")
               and term[0].islower()}
_LITERAL = {"value", "label", "name", "nickname", "exact", "prefix", "suffix", "format", "conformsTo"}


def _walk(node: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for k, v in node.items():
            yield k, v
            if k not in _LITERAL:
                yield from _walk(v, k)
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, key)


def test_every_key_type_and_purpose_is_a_term_of_the_annotation_context() -> None:
    data = export_w3c(build_project())
    pairs = list(_walk(data))
    keys = {k for k, _ in pairs} - {"@context"}
    compact_iris = {k for k in keys if ":" in k}
    assert keys - compact_iris <= set(CONTEXT) and compact_iris == {"owl:sameAs"}
    assert all(k.split(":")[0] in CONTEXT for k in compact_iris)
    types = {t for k, v in pairs if k == "type" for t in (v if isinstance(v, list) else [v])}
    assert types <= set(CONTEXT) and {"SpecificResource", "TextualBody", "TimeState", "Person"} <= types
    purposes = {p for k, v in pairs if k in ("purpose", "motivation") for p in (v if isinstance(v, list) else [v])}
    assert purposes <= MOTIVATIONS and {"classifying", "assessing", "identifying", "linking"} <= purposes
    assert {"label", "value", "cached", "nickname"} <= keys  # the terms the mapping relies on
