"""The bodies of a W3C annotation that carry our categories, claims, actors and sources (docs/reference/w3c-mapping.md).

Each linked object is a SpecificResource body: `id` is the object's `urn:`, `purpose` says the kind
(assessing a claim, identifying an actor, linking a source), `label` the link's relation (the
model forbids `value` on a SpecificResource, 4-bodySpecificResourceNoValue); its
`source` is the object itself with a `label` (statement, name, title) and a `value` (verdict, actor
kind, Admiralty grade). Reading them back gives ForeignLinks, which the import turns into objects and
links. Only plain JSON here: which project object a reference means is the importer's question.
"""

import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from app.domain.actors import Actor, ActorKind
from app.domain.claims import Claim
from app.domain.links import Relation
from app.domain.sources import Source

_SAFE_ID = re.compile(r"^[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,199}$")  # as domain.records accepts ids
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
PURPOSE_KIND = {"assessing": "claim", "identifying": "actor", "linking": "source"}
CATEGORY_PURPOSE = "classifying"  # the annotation's category ("claim", "question", ...): it classifies the target


def iri(oid: str, base_iri: str, kind: str) -> str:
    """urn:uuid:<id> for our UUID ids; anything else (an id from another tool) under base_iri."""
    try:
        if str(uuid.UUID(oid)) == oid:
            return f"urn:uuid:{oid}"
    except ValueError:
        pass
    return f"{base_iri}{kind}:{quote(oid, safe='')}"


def our_id(ref: str, kind: str, base_iri: str = "urn:sourcemark:") -> str | None:
    """The id `iri` wrote into `ref`, or None when `ref` is someone else's IRI."""
    if ref.startswith("urn:uuid:"):
        try:
            return str(uuid.UUID(ref[9:]))
        except ValueError:
            return None
    prefix = f"{base_iri}{kind}:"
    oid = unquote(ref[len(prefix):]) if ref.startswith(prefix) else ""
    return oid if _SAFE_ID.match(oid) else None  # an id must stay a safe name ("../x" is not one)


def category_body(category: str) -> dict[str, Any]:
    return {"type": "TextualBody", "purpose": CATEGORY_PURPOSE, "format": "text/plain", "value": category}


def claim_bodies(claim: Claim, base_iri: str) -> list[dict[str, Any]]:
    """The claim as a resource (its IRI joins annotations stating the same claim) and as text that
    annotation clients display (not read back: the resource says it all).

    Not one TextualBody with an id: the suite then reads it as an External Web Resource, which may
    not carry a purpose (3.3.5-bodyEWRNoPurpose)."""
    ref = iri(claim.id, base_iri, "claim")
    return [
        {"type": "SpecificResource", "id": ref, "purpose": "assessing", "label": Relation.STATES.value,
         "source": {"id": ref, "label": claim.statement, "value": claim.verdict.value}},
        {"type": "TextualBody", "purpose": "assessing", "format": "text/plain",
         "value": f"Claim: {claim.statement} (verdict: {claim.verdict.label})"},
    ]


def actor_body(actor: Actor, as_written: str, base_iri: str) -> dict[str, Any]:
    """The actor as a FOAF agent; a Wikidata entity is the agent's IRI when known (others tools know it)."""
    ref = iri(actor.id, base_iri, "actor")
    agent: dict[str, Any] = {
        "id": f"{WIKIDATA_ENTITY}{actor.wikidata_id}" if actor.wikidata_id else ref,
        "type": "Person" if actor.kind is ActorKind.PERSON else "Organization",
        "name": actor.name,
    }
    if as_written and as_written != actor.name:
        agent["nickname"] = as_written  # foaf:nick: the name the document uses
    agent["label"] = actor.name
    agent["value"] = actor.kind.value
    return {"type": "SpecificResource", "id": ref, "purpose": "identifying", "label": Relation.MENTIONS.value,
            "source": agent}


def source_body(source: Source, relation: Relation, base_iri: str, url_ok: bool) -> dict[str, Any]:
    """A cited source: its web address when it has one (`url_ok`: an IRI), else its urn."""
    ref = iri(source.id, base_iri, "source")
    resource = {"id": source.url if url_ok else ref, "label": source.title, "value": source.grade}
    return {"type": "SpecificResource", "id": ref, "purpose": "linking", "label": relation.value, "source": resource}


@dataclass(frozen=True, slots=True)
class ForeignLink:
    """One linked object as a W3C body states it."""

    kind: str  # "claim", "actor" or "source"
    ref: str  # the body's id (our urn) or, without one, the object's own IRI
    external: str  # the object's own IRI (a Wikidata entity, a source's URL, or the urn again)
    label: str = ""  # statement, name or title
    value: str = ""  # verdict, actor kind or grade
    relation: str = ""  # the link's relation
    as_written: str = ""  # an actor's name as the document writes it
    agent_type: str = ""  # "Person" or "Organization", for actors


def read_link(body: Any) -> ForeignLink | None:
    """A ForeignLink from a SpecificResource body whose purpose names a kind; None for anything else."""
    if not isinstance(body, dict) or "source" not in body or not isinstance(body.get("purpose"), str):
        return None
    kind = PURPOSE_KIND.get(body["purpose"])
    source = body["source"]
    if kind is None:
        return None
    if isinstance(source, str):
        source = {"id": source}
    if not isinstance(source, dict) or not isinstance(source.get("id"), str) or not source["id"]:
        return None
    ref = body["id"] if isinstance(body.get("id"), str) and body["id"] else source["id"]
    return ForeignLink(
        kind=kind, ref=ref, external=source["id"],
        label=_first_text(source.get("label")) or _first_text(source.get("name")),
        value=_first_text(source.get("value")), relation=_first_text(body.get("label")),
        as_written=_first_text(source.get("nickname")), agent_type=_first_text(source.get("type")),
    )


def _first_text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return value.strip() if isinstance(value, str) else ""
