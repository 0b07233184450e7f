"""Importing W3C and Hypothesis annotations (docs/reference/w3c-mapping.md): each goes to the document its target
names, once.

Idempotent without a table of foreign ids: an imported annotation's id is derived from the foreign id
(our own `urn:uuid:` ids come back as themselves), so a second import finds the first one's
annotations. Unchanged ones count as already present; a changed note, category or quote updates ours
(a new revision) when the foreign copy was modified after ours, else ours stands; links and objects the bodies name are added when missing, never removed. Everything
is one command, one undo step.
"""

import uuid
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from app.domain.actors import Actor, ActorKind
from app.domain.anchoring import Selectors, anchor, describe
from app.domain.annotations import CONTEXT, AnchorStatus, Annotation, Category
from app.domain.claims import Claim, Verdict
from app.domain.clock import now_iso
from app.domain.documents import Document
from app.domain.errors import DomainError
from app.domain.ids import ActorId, AnnotationId, ClaimId, DocumentId, LinkId, SourceId
from app.domain.links import ALLOWED, Kind, Link, Relation, default_relation
from app.domain.sources import CREDIBILITY, RELIABILITY, Source
from app.domain.validation import MAX_TEXT
from app.exchange.foreign import ForeignAnnotation
from app.exchange.targets import DocumentIndex, url_key
from app.exchange.w3c_bodies import WIKIDATA_ENTITY, ForeignLink, our_id
from app.services import commands as c
from app.services.documents import document_text, ocr_fields
from app.services.import_budget import ImportBudget
from app.services.session import ProjectSession

_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:sourcemark:import")  # ids derived from foreign ids


def derived_id(*parts: str) -> str:
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join(parts)))


@dataclass
class DocumentCounts:
    title: str
    new: int = 0
    present: int = 0
    updated: int = 0

    def line(self) -> str:
        return f"{self.new} new, {self.present} already present, {self.updated} updated"


@dataclass
class ForeignPlan:
    """What importing a foreign file does; `ops` become the one command."""

    ops: list[c.Op] = field(default_factory=list)
    added: dict[str, int] = field(default_factory=dict)
    documents: dict[str, DocumentCounts] = field(default_factory=dict)
    not_in_project: int = 0
    ambiguous: int = 0  # naming several documents of this project, none told apart: left for --document
    orphans: int = 0
    notes: list[str] = field(default_factory=list)
    tags: int = 0  # tags (Hypothesis tags, W3C tagging bodies) written into new or updated notes
    iris: int = 0  # W3C bodies that are only an IRI, written into new or updated notes


def plan_foreign(session: ProjectSession, fmt: str, items: list[ForeignAnnotation], document_id: str | None,
                 default_document: str | None = None, budget: ImportBudget | None = None) -> ForeignPlan:
    """`document_id` takes every annotation; `default_document` only those whose target names no document.
    ImportStopped when the work runs past `budget` (default: ImportBudget())."""
    docs = session.project.documents
    for given in (document_id, default_document):
        if given is not None and given not in docs:
            raise DomainError(f"no document with id {given}")
    if (document_id is None and default_document is None and len(docs) != 1 and items
            and not any(item.sources for item in items)):
        raise DomainError("the annotations do not say which document they belong to: give it (--document ID)")
    return _Planner(session, fmt, document_id, default_document, budget or ImportBudget()).run(items)


class _Planner:
    def __init__(self, session: ProjectSession, fmt: str, document_id: str | None, default: str | None,
                 budget: ImportBudget) -> None:
        self.session, self.project, self.fmt, self.override = session, session.project, fmt, document_id
        self.budget = budget
        self.default = default
        self.index = DocumentIndex(self.project.documents.values())
        self.plan = ForeignPlan()
        self.stamp = now_iso()
        self.objects: list[c.Op] = []  # claims, actors, sources created, before the annotations that link them
        self.links: list[c.Op] = []
        self.planned: set[str] = set()  # ids of objects, annotations and links already in the plan
        self.unmatched: dict[str, int] = {}
        self._ambiguous = False  # set by _document when several documents fit

    def run(self, items: list[ForeignAnnotation]) -> ForeignPlan:
        self.budget.start(len(items))
        for done, item in enumerate(items):
            self.budget.step(done)
            doc = self._document(item)
            if doc is None and self._ambiguous:
                self.plan.ambiguous += 1
                continue
            if doc is None:
                self.plan.not_in_project += 1
                key = item.sources[0] if item.sources else "(no document named)"
                self.unmatched[key] = self.unmatched.get(key, 0) + 1
                continue
            self._annotation(item, doc)
        self.plan.notes += [f"not in this project: {n} annotation{'s' * (n != 1)} on {src}" for src, n in self.unmatched.items()]
        self.plan.ops = [*self.objects, *self.plan.ops, *self.links]
        return self.plan

    # -- which document -----------------------------------------------------------------------------------------
    def _document(self, item: ForeignAnnotation) -> Document | None:
        self._ambiguous = False
        docs = self.project.documents
        if self.override is not None:
            return docs[self.override]
        if not item.sources:
            if self.default is not None:
                return docs[self.default]
            return next(iter(docs.values())) if len(docs) == 1 else None
        found = self.index.candidates(item.sources, item.source_date)
        if len(found) > 1 and item.exact:  # one address, several documents: the one whose text has the quote
            found = [d for d in found if item.exact in document_text(self.session, d.id).text] or found
        if len(found) > 1:
            self.plan.notes.append(f"{item.foreign_id or 'an annotation'} matches {len(found)} documents; "
                                   "not imported (say which with --document)")
            self._ambiguous = True
            return None
        return found[0] if found else None

    # -- the annotation -----------------------------------------------------------------------------------------
    def _annotation(self, item: ForeignAnnotation, doc: Document) -> None:
        counts = self.plan.documents.setdefault(doc.id, DocumentCounts(doc.title or doc.original_name))
        ann_id = self._annotation_id(item, doc.id)
        if ann_id in self.planned:
            self.plan.notes.append(f"{item.foreign_id or 'an annotation'} appears twice; imported once")
            return
        incoming = self._build(item, doc.id, ann_id)
        if incoming is None:
            return
        self.planned.add(ann_id)
        existing = self.project.annotations.get(ann_id)
        links_added = self._links(item, ann_id)
        tags, iris = self._kept(item, incoming)
        if existing is None:
            self.plan.ops.append(c.insert(incoming))
            self.plan.orphans += incoming.status is AnchorStatus.ORPHAN
            self._count("annotation")
            counts.new += 1
            self.plan.tags, self.plan.iris = self.plan.tags + tags, self.plan.iris + iris
        elif (_same(existing, incoming) or not _newer(incoming.modified, existing.modified)) and not (
                (tags or iris) and _same(existing, replace(incoming, note=item.note))):  # imported before tags were kept
            if not _same(existing, incoming):  # edited here since the foreign copy last changed: ours stands
                self.plan.notes.append(f"{item.foreign_id or ann_id}: changed here since; kept this project's version")
            if links_added:
                counts.updated += 1
            else:
                counts.present += 1
        else:
            kept = existing if existing.exact == incoming.exact else incoming  # same quote: keep our anchoring
            changed = replace(kept, note=incoming.note, category=incoming.category, analyst=incoming.analyst,
                              created=existing.created, modified=incoming.modified, rev=existing.rev,
                              history=existing.history)
            self.plan.ops.append(c.replace(self.project, changed))
            counts.updated += 1
            self.plan.tags, self.plan.iris = self.plan.tags + tags, self.plan.iris + iris

    def _kept(self, item: ForeignAnnotation, incoming: Annotation) -> tuple[int, int]:
        """How many tags and linked IRIs `incoming`'s note keeps (see _note); 0, 0 when it keeps none."""
        if incoming.note == item.note:
            return 0, 0
        return len(_tags(item, incoming.category)), len(dict.fromkeys(item.iris))

    def _annotation_id(self, item: ForeignAnnotation, document_id: str) -> AnnotationId:
        """Ours come back as themselves; another tool's id is remembered by deriving ours from it."""
        if item.foreign_id:
            oid = our_id(item.foreign_id, "annotation") or derived_id(self.fmt, item.foreign_id)
        else:  # no id at all: the same content is the same annotation
            oid = derived_id(self.fmt, *item.sources, item.exact, item.prefix, item.suffix, str(item.start), item.note)
        existing = self.project.annotations.get(oid)
        if existing is not None and existing.document_id != document_id:  # --document put it on another document
            oid = derived_id(oid, document_id)
        return AnnotationId(oid)

    def _build(self, item: ForeignAnnotation, document_id: str, ann_id: AnnotationId) -> Annotation | None:
        category = _category(item)
        note = _note(item, category)
        if len(note) > MAX_TEXT:  # a hostile number of tags: the annotator's own words come first
            self.plan.notes.append(f"{item.foreign_id or 'an annotation'}: too many tags or linked addresses; not kept")
            note = item.note
        item = replace(item, note=note)
        analyst, created, modified = item.creator, item.created or self.stamp, item.modified or self.stamp
        if not item.exact and item.start is None and item.region is not None:
            from app.services.annotate import new_region

            region = new_region(self.session, document_id, item.page or 0, *item.region, category=category, note=item.note)
            return replace(region, id=ann_id, analyst=analyst, created=created, modified=modified)
        doc_text = document_text(self.session, document_id)
        text = doc_text.text
        start = item.start if item.start is not None else 0
        exact = item.exact or text[start : item.end or start]
        if not exact:
            why = "has no quote or position" if not item.exact and item.start is None else "points outside the document"
            self.plan.notes.append(f"{item.foreign_id or 'an annotation'} {why}; skipped")
            return None
        given = Selectors(exact, item.prefix[-CONTEXT:], item.suffix[:CONTEXT], start, start + len(exact))
        found = anchor(text, given)
        if found.status in (AnchorStatus.FUZZY, AnchorStatus.ORPHAN):  # not found as written: searched approximately
            self.budget.charge(len(text))
        orphan = found.status is AnchorStatus.ORPHAN
        # anchored: the domain's describe() builds the selectors from this text; orphan: keep what came in
        sel = given if orphan else describe(text, found.start, found.end)
        s, e = sel.start, sel.end
        return Annotation(
            id=ann_id, document_id=DocumentId(document_id), start=s, end=e, exact=sel.exact, prefix=sel.prefix, suffix=sel.suffix,
            pages=() if orphan else doc_text.pages_of(s, e), quads=() if orphan else doc_text.quads(s, e),
            category=category, note=item.note, status=found.status, score=found.score,
            analyst=analyst, created=created, modified=modified, **({} if orphan else ocr_fields(doc_text, s, e)),
        )

    # -- claims, actors, sources and links the bodies name ------------------------------------------------------
    def _links(self, item: ForeignAnnotation, ann_id: str) -> int:
        added = 0
        for body in item.links:
            kind = Kind(body.kind)
            oid = self._object(body, kind, item.creator)
            if oid is None:
                continue
            relation = _relation(body.relation, kind)
            if any(link.relation is relation and oid in (link.subject_id, link.object_id)
                   for link in self.project.links_of(ann_id)):
                continue
            derived = LinkId(derived_id("link", ann_id, oid, relation.value))
            if derived in self.planned:
                continue
            link_id = self._link_id(body, derived)
            as_written = body.as_written if kind is Kind.ACTOR else ""
            try:
                made = Link(link_id, Kind.ANNOTATION, ann_id, kind, oid, relation, as_written=as_written)
            except DomainError as exc:
                self.plan.notes.append(f"{kind} {body.ref}: {exc}; link left out")
                continue
            self.planned.update((derived, link_id))
            self.links.append(c.insert(made))
            self._count("link")
            added += 1
        return added

    def _link_id(self, body: ForeignLink, derived: LinkId) -> LinkId:
        """The link's own id when the body names it (our export since 2026-12) and it is free here; else `derived`."""
        own = our_id(body.link, "link") if body.link else None
        free = own is not None and own not in self.project.links and own not in self.planned
        return LinkId(own) if free and own else derived

    def _object(self, body: ForeignLink, kind: Kind, analyst: str) -> str | None:
        """The id of the project object the body names, planning it when the project lacks it."""
        mine = our_id(body.ref, kind.value)
        oid = mine or _find(self.project.objects[kind].values(), body) or derived_id(kind.value, body.ref)
        if oid in self.project.objects[kind] or oid in self.planned:
            return oid
        if not body.label:
            self.plan.notes.append(f"{kind} {body.ref}: not in this project and the file gives no name; link left out")
            return None
        try:
            obj = _new_object(kind, oid, body, analyst, self.stamp)
        except DomainError as exc:
            self.plan.notes.append(f"{kind} {body.ref}: {exc}; link left out")
            return None
        self.planned.add(oid)
        self.objects.append(c.insert(obj))
        self._count(kind.value)
        return oid

    def _count(self, kind: str) -> None:
        self.plan.added[kind] = self.plan.added.get(kind, 0) + 1


def _newer(theirs: str, mine: str) -> bool:
    """Whether the foreign copy changed after ours; without two readable times, assume it did."""
    try:
        a, b = datetime.fromisoformat(theirs), datetime.fromisoformat(mine)
        return (a if a.tzinfo else a.replace(tzinfo=UTC)) > (b if b.tzinfo else b.replace(tzinfo=UTC))
    except (ValueError, TypeError):
        return True


def _same(mine: Annotation, theirs: Annotation) -> bool:
    return (mine.exact, mine.note, mine.category, mine.analyst) == (theirs.exact, theirs.note, theirs.category, theirs.analyst)


def _category(item: ForeignAnnotation) -> str:
    """Our category as a classifying body states it; else a tag naming one of the suggested categories."""
    if item.category and len(item.category) <= 64 and "\n" not in item.category:
        return item.category
    known = {cat.value for cat in Category}
    return next((t.lower() for t in item.tags if t.lower() in known), Category.HIGHLIGHT.value)


def _tags(item: ForeignAnnotation, category: str) -> list[str]:
    """The tags worth keeping: once each, less the one that became the category."""
    return [t for t in dict.fromkeys(t.strip() for t in item.tags) if t and t.lower() != category]


def _note(item: ForeignAnnotation, category: str) -> str:
    """The foreign note, then its tags and linked IRIs as lines of their own: an annotation has no tag field, and a
    fact-checker searching notes for a tag or an address finds it there (docs/reference/w3c-mapping.md)."""
    tags, iris = _tags(item, category), list(dict.fromkeys(item.iris))
    kept = ([f"Tags: {', '.join(tags)}"] if tags else []) + [f"Linked: {iri}" for iri in iris]
    return "\n\n".join(part for part in (item.note, "\n".join(kept)) if part)


def _relation(value: str, kind: Kind) -> Relation:
    allowed = ALLOWED[(Kind.ANNOTATION, kind)]
    return next((r for r in allowed if r.value == value), default_relation(Kind.ANNOTATION, kind))


def _find(objects: Any, body: ForeignLink) -> str | None:
    """Another tool's actor or source that this project already has: by Wikidata entity or by URL."""
    if body.kind == "actor" and body.external.startswith(WIKIDATA_ENTITY):
        qid = body.external[len(WIKIDATA_ENTITY):]
        return next((a.id for a in objects if a.wikidata_id == qid), None)
    if body.kind == "source" and body.external.startswith(("http://", "https://")):
        key = url_key(body.external)
        return next((s.id for s in objects if s.url and url_key(s.url) == key), None)
    return None


def _new_object(kind: Kind, oid: str, body: ForeignLink, analyst: str, stamp: str) -> Claim | Actor | Source:
    if kind is Kind.CLAIM:
        verdict = next((v for v in Verdict if v.value == body.value.lower()), Verdict.UNVERIFIED)
        return Claim(ClaimId(oid), body.label, verdict, analyst=analyst, created=stamp, modified=stamp)
    if kind is Kind.ACTOR:
        actor_kind = next((k for k in ActorKind if k.value == body.value.lower()), None) or (
            ActorKind.PERSON if body.agent_type == "Person" else ActorKind.ORGANISATION)
        qid = body.external[len(WIKIDATA_ENTITY):] if body.external.startswith(WIKIDATA_ENTITY) else ""
        return Actor(ActorId(oid), body.label, actor_kind, wikidata_id=qid)
    grade = body.value.strip().upper()
    graded = len(grade) == 2 and grade[0] in RELIABILITY and grade[1].isdigit() and int(grade[1]) in CREDIBILITY
    url = body.external if body.external.startswith(("http://", "https://")) else ""
    return Source(SourceId(oid), body.label, url=url, reliability=grade[0] if graded else "F",
                  credibility=int(grade[1]) if graded else 6)
