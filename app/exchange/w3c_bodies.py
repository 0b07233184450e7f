"""The bodies of a W3C annotation that carry our categories, claims, actors and sources (docs/reference/w3c-mapping.md).

Each linked object is a SpecificResource body standing for the link (annotation, relation, object):
`id` is the link's `urn:`, so two annotations linking one object with different relations stay two
nodes in RDF; `purpose` says the kind (assessing a claim, identifying an actor, linking a source),
`label` the link's relation (the model forbids `value` on a SpecificResource,
4-bodySpecificResourceNoValue) and, for an actor, `nickname` the name as this document writes it.
Its `source` is the object itself with a `label` (statement, name, title) and a `value` (verdict,
actor kind, Admiralty grade); when the object's id is someone else's IRI (a Wikidata entity, a web
address), `owl:sameAs` names our urn. Exports before 2026-12 used the object's urn as the body id
and put `nickname` on the source; read_link reads both. Reading them back gives ForeignLinks, which
the import turns into objects and links. Only plain JSON here: which project object a reference
means is the importer's question.
"""

import re
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, unquote

from app.domain.actors import Actor, ActorKind
from app.domain.claims import Claim
from app.domain.links import Link, Relation
from app.domain.sources import Source

_SAFE_ID = re.compile(r"^[A-Za-z0-9_:-][A-Za-z0-9._:-]{0,199}$")  # as domain.records accepts ids
WIKIDATA_ENTITY = "http://www.wikidata.org/entity/"
PURPOSE_KIND = {"assessing": "claim", "identifying": "actor", "linking": "source"}
CATEGORY_PURPOSE = "classifying"  # the annotation's category ("claim", "question", ...): it classifies the target
SAME_AS = "owl:sameAs"  # a compact IRI of the official context ("owl" is one of its prefixes): no context of ours
OCR_TAG = "ocr"  # the tagging body of an OCR quote, and the start of the describing body that goes with it
OCR_DESCRIPTION = "The quoted text was recognised by OCR"


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


def claim_bodies(claim: Claim, link: Link, base_iri: str) -> list[dict[str, Any]]:
    """The claim as a resource (its IRI joins annotations stating the same claim) and as text that
    annotation clients display (not read back: the resource says it all).

    Not one TextualBody with an id: the suite then reads it as an External Web Resource, which may
    not carry a purpose (3.3.5-bodyEWRNoPurpose)."""
    ref = iri(claim.id, base_iri, "claim")
    return [
        {"type": "SpecificResource", "id": iri(link.id, base_iri, "link"), "purpose": "assessing",
         "label": Relation.STATES.value, "source": {"id": ref, "label": claim.statement, "value": claim.verdict.value}},
        {"type": "TextualBody", "purpose": "assessing", "format": "text/plain",
         "value": f"Claim: {claim.statement} (verdict: {claim.verdict.label})"},
    ]


def actor_body(actor: Actor, link: Link, base_iri: str) -> dict[str, Any]:
    """The actor as a FOAF agent; a Wikidata entity is the agent's IRI when known (others tools know it).

    The name as written belongs to this mention, so it is on the body (the link), not on the agent: on
    the agent, every annotation's spelling would merge into one Wikidata node in RDF."""
    ref = iri(actor.id, base_iri, "actor")
    agent: dict[str, Any] = {
        "id": f"{WIKIDATA_ENTITY}{actor.wikidata_id}" if actor.wikidata_id else ref,
        "type": "Person" if actor.kind is ActorKind.PERSON else "Organization",
        "name": actor.name,
        "label": actor.name,
        "value": actor.kind.value,
    }
    if actor.wikidata_id:
        agent[SAME_AS] = {"id": ref}
    body: dict[str, Any] = {"type": "SpecificResource", "id": iri(link.id, base_iri, "link"), "purpose": "identifying",
                            "label": Relation.MENTIONS.value}
    if link.as_written and link.as_written != actor.name:
        body["nickname"] = link.as_written  # foaf:nick: the name this document uses
    body["source"] = agent
    return body


def source_body(source: Source, link: Link, base_iri: str, url_ok: bool) -> dict[str, Any]:
    """A cited source: its web address when it has one (`url_ok`: an IRI), else its urn."""
    ref = iri(source.id, base_iri, "source")
    resource: dict[str, Any] = {"id": source.url if url_ok else ref, "label": source.title, "value": source.grade}
    if url_ok:
        resource[SAME_AS] = {"id": ref}
    return {"type": "SpecificResource", "id": iri(link.id, base_iri, "link"), "purpose": "linking",
            "label": link.relation.value, "source": resource}


@dataclass(frozen=True, slots=True)
class ForeignLink:
    """One linked object as a W3C body states it."""

    kind: str  # "claim", "actor" or "source"
    ref: str  # our urn of the object when the file gives one, else the body's id, else the object's own IRI
    external: str  # the object's own IRI (a Wikidata entity, a source's URL, or the urn again)
    label: str = ""  # statement, name or title
    value: str = ""  # verdict, actor kind or grade
    relation: str = ""  # the link's relation
    as_written: str = ""  # an actor's name as the document writes it
    agent_type: str = ""  # "Person" or "Organization", for actors
    link: str = ""  # the body's own id when it names the link rather than the object (our export since 2026-12)


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
    ref = _object_ref(body, source, kind)
    given = body.get("id")
    return ForeignLink(
        kind=kind, ref=ref, external=source["id"], link=given if isinstance(given, str) and given != ref else "",
        label=_first_text(source.get("label")) or _first_text(source.get("name")),
        value=_first_text(source.get("value")), relation=_first_text(body.get("label")),
        as_written=_first_text(body.get("nickname")) or _first_text(source.get("nickname")),  # now / before 2026-12
        agent_type=_first_text(source.get("type")),
    )


def _object_ref(body: dict[str, Any], source: dict[str, Any], kind: str) -> str:
    """Which object the body means: our urn in `owl:sameAs`, or a `source.id` that is our urn (this
    export); else the body's id (ours before 2026-12 put the object's urn there; another tool's id is
    remembered as it always was); else the object's own IRI."""
    same = source.get(SAME_AS)
    same = same.get("id") if isinstance(same, dict) else same
    if isinstance(same, str) and our_id(same, kind):
        return same
    own: str = source["id"]  # read_link checked: non-empty text
    if our_id(own, kind):
        return own
    given = body.get("id")
    return given if isinstance(given, str) and given else own


def _first_text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), "")
    return value.strip() if isinstance(value, str) else ""
