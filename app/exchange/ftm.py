"""FollowTheMoney entities (OCCRP Aleph's data model) as JSON lines: one entity per line.

Written by hand rather than with the `followthemoney` package, which pulls SQLAlchemy, pydantic, babel
and PyICU. What is written follows its schema (followthemoney 4.11): actors are Person, Organization,
PublicBody or LegalEntity with name, alias, weakAlias (the misspellings and other forms as the documents
write them), country, wikidataId; documents are Document with fileName, title, author, publisher,
publishedAt, sourceUrl; every name as written in a document is a Mention (document, name, resolved);
each document-actor pair is a Documentation (role "mentions"); a claim is a Note on the actors and
documents it concerns, with its verdict. `ftm` and `alephclient write-entities` read this.
"""

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from app.domain.actors import Actor, ActorKind
from app.domain.documents import Document, DocumentKind
from app.domain.links import Kind, MentionReason, Relation
from app.domain.normalize import name_key
from app.domain.project import Project

SCHEMA_OF_ACTOR = {
    ActorKind.PERSON: "Person",
    ActorKind.ORGANISATION: "Organization",
    ActorKind.STATE_BODY: "PublicBody",
    ActorKind.MEDIA_OUTLET: "Organization",
    ActorKind.OTHER: "LegalEntity",
}
MIME = {DocumentKind.TEXT: "text/plain", DocumentKind.HTML: "text/html", DocumentKind.PDF: "application/pdf",
        DocumentKind.EPUB: "application/epub+zip"}
# The stored file's own type where its name tells more than its kind: a photo, or a page inside a web capture.
MIME_BY_SUFFIX = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".webp": "image/webp",
                  ".gif": "image/gif", ".mhtml": "multipart/related", ".mht": "multipart/related",
                  ".warc": "application/warc", ".gz": "application/warc", ".wacz": "application/wacz"}
WEAK = (MentionReason.MISSPELLING, MentionReason.TRANSLITERATION)  # forms FtM should match, but not show as names
_COUNTRY = re.compile(r"^[A-Za-z]{2}$")  # FtM countries are ISO 3166-1 alpha-2 codes; free text would be dropped
_DATE = re.compile(r"^\d{4}(-\d{2}){0,2}")


def export_ftm(project: Project, *, document_ids: set[str] | None = None) -> str:
    return "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entities(project, document_ids))


def entities(project: Project, document_ids: set[str] | None = None) -> Iterator[dict[str, Any]]:
    docs = [d for d in project.documents.values() if document_ids is None or d.id in document_ids]
    mentions = _mentions(project, {d.id for d in docs})
    for doc in sorted(docs, key=lambda d: d.id):
        yield _document(doc)
    forms: dict[str, dict[str, set[str]]] = {}  # actor -> reason group -> forms as written
    for (doc_id, actor_id, written, reason) in mentions:
        forms.setdefault(actor_id, {}).setdefault("weak" if reason in WEAK else "alias", set()).add(written)
    wanted = set(forms) if document_ids is not None else set(project.actors)
    for actor in sorted((project.actors[a] for a in wanted), key=lambda a: a.id):
        yield _actor(actor, forms.get(actor.id, {}))
    pairs: dict[tuple[str, str], set[str]] = {}
    for doc_id, actor_id, written, _reason in sorted(mentions):
        actor = project.actors[actor_id]
        yield _entity(_derived("mention", doc_id, actor_id, written), "Mention",
                      document=[doc_id], name=[written], resolved=[actor_id], detectedSchema=[SCHEMA_OF_ACTOR[actor.kind]])
        pairs.setdefault((doc_id, actor_id), set()).add(written)
    for (doc_id, actor_id), spellings in sorted(pairs.items()):
        yield _entity(_derived("documentation", doc_id, actor_id), "Documentation", document=[doc_id],
                      entity=[actor_id], role=["mentions"], summary=[f"written as: {', '.join(sorted(spellings))}"])
    yield from _claims(project, {d.id for d in docs}, wanted)


def _mentions(project: Project, doc_ids: set[str]) -> set[tuple[str, str, str, MentionReason]]:
    out: set[tuple[str, str, str, MentionReason]] = set()
    for link in project.links.values():
        if link.relation is not Relation.MENTIONS:
            continue
        ann = project.annotations[link.subject_id]
        if ann.document_id in doc_ids:
            out.add((ann.document_id, link.object_id, link.as_written or ann.exact, link.reason))
    return out


def _document(doc: Document) -> dict[str, Any]:
    m = doc.metadata
    return _entity(doc.id, "Document", fileName=[doc.original_name], title=[doc.title], author=[m.author],
                   publisher=[m.publisher], publishedAt=[m.published] if _DATE.match(m.published) else [],
                   sourceUrl=[m.url], mimeType=[_mime(doc)], retrievedAt=[doc.imported_at[:10]])


def _actor(actor: Actor, forms: dict[str, set[str]]) -> dict[str, Any]:
    known = {name_key(n) for n in actor.names}  # "PAK YONG IL" is Pak Yong-il again, not a new alias
    extra = sorted({name_key(f): f for f in forms.get("alias", set()) if name_key(f) not in known}.values())
    known |= {name_key(f) for f in extra}
    weak = sorted({name_key(f): f for f in forms.get("weak", set()) if name_key(f) not in known}.values())
    aliases = [*actor.aliases, *extra]
    return _entity(actor.id, SCHEMA_OF_ACTOR[actor.kind], name=[actor.name], alias=aliases, weakAlias=weak,
                   country=[actor.country.lower()] if _COUNTRY.match(actor.country) else [],
                   wikidataId=[actor.wikidata_id], description=[actor.description])


def _claims(project: Project, doc_ids: set[str], actor_ids: set[str]) -> Iterator[dict[str, Any]]:
    for claim in sorted(project.claims.values(), key=lambda c: c.id):
        about: set[str] = set()
        for link in project.links_of(claim.id):
            if link.subject_kind is Kind.CLAIM and link.object_kind is Kind.ACTOR and link.object_id in actor_ids:
                about.add(link.object_id)
            elif link.subject_kind is Kind.ANNOTATION:
                doc = project.annotations[link.subject_id].document_id
                if doc in doc_ids:
                    about.add(doc)
        if not about:
            continue  # a claim with nothing exported to attach to says nothing to Aleph
        yield _entity(claim.id, "Note", name=[claim.statement[:200]], description=[claim.statement],
                      summary=[f"Verdict: {claim.verdict.label}. {claim.rationale}".strip()], entity=sorted(about))




def _entity(oid: str, schema: str, **properties: list[str]) -> dict[str, Any]:
    props = {name: [v for v in values if v] for name, values in properties.items()}
    return {"id": oid, "schema": schema, "properties": {k: v for k, v in props.items() if v}}


def _derived(*parts: str) -> str:
    """A stable id for an entity made from others (the same export twice gives the same ids)."""
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def _mime(doc: Document) -> str:
    suffix = doc.original_name.lower().rpartition(".")[2]
    return MIME_BY_SUFFIX.get(f".{suffix}") or MIME.get(doc.kind, "application/octet-stream")
