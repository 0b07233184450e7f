"""The verification report as data: per claim its verdict, the quotes stating it, the evidence by source.

Pure (no I/O, no rendering): the services layer adds the page crops, the templates (report_html.py)
turn this into HTML, and app/documents turns that HTML into a PDF.
"""

from dataclasses import dataclass, field

from app.domain.actors import Actor
from app.domain.annotations import AnchorStatus, Annotation
from app.domain.claims import Claim, Verdict
from app.domain.digest_verdicts import digest_verdict
from app.domain.documents import Provenance
from app.domain.errors import DomainError
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.domain.sources import CREDIBILITY, RELIABILITY, Source

VERDICTS: dict[Verdict, str] = {
    Verdict.UNVERIFIED: "Not assessed yet.",
    Verdict.TRUE: "Accurate; nothing significant is missing.",
    Verdict.MOSTLY_TRUE: "Accurate, but needs clarification or additional information.",
    Verdict.MIXED: "Holds both accurate and inaccurate elements.",
    Verdict.MOSTLY_FALSE: "Holds an element of truth but ignores facts that would change the impression.",
    Verdict.FALSE: "Not accurate.",
    Verdict.MISLEADING: "Accurate elements put together to give a false impression.",
    Verdict.UNPROVEN: "The evidence available cannot confirm or refute it.",
}
STATUSES: dict[AnchorStatus, str] = {
    AnchorStatus.EXACT: "found at the position where it was highlighted",
    AnchorStatus.MOVED: "the same words found at another position of a new version of the document",
    AnchorStatus.FUZZY: "an approximate match of the words in a new version (the score says how close)",
    AnchorStatus.ORPHAN: "not found in the current version of the document; the quote is shown as it was highlighted",
}
EVIDENCE_RELATIONS = (Relation.SUPPORTS, Relation.CONTRADICTS, Relation.CONTEXT, Relation.CITES)


@dataclass
class QuoteView:
    annotation_id: str
    document_id: str
    document_title: str
    pages: str  # "p. 3", "pp. 3–4" or "" for unpaged documents
    exact: str
    status: str
    relation: str  # states, supports, contradicts, context, cites
    analyst: str
    note: str
    orphan: bool
    image_key: str | None = None  # set by the services layer when a page crop exists (the first page's)
    page_images: list[tuple[str, int]] = field(default_factory=list)  # (image key, 1-based page), each page's crop


@dataclass
class SourceView:
    id: str
    title: str
    grade: str  # "B2"
    meaning: str  # "usually reliable / probably true"
    publisher: str
    published: str
    accessed: str
    url: str
    archive_url: str
    notes: str
    document_title: str


@dataclass
class EvidenceView:
    source: SourceView
    relation: str  # the claim's (or the stating quote's) relation to the source
    quotes: list[QuoteView] = field(default_factory=list)


@dataclass
class ClaimView:
    id: str
    statement: str
    verdict: str
    verdict_label: str
    rationale: str
    analyst: str
    created: str
    modified: str
    stated_in: list[QuoteView]
    evidence: list[EvidenceView]
    actors: list[tuple[str, str]]  # (relation, actor name): made-by, about


@dataclass
class FormView:
    as_written: str
    reason: str
    count: int


@dataclass
class ActorView:
    id: str
    name: str
    kind: str
    aliases: list[str]
    country: str
    description: str
    wikidata_id: str
    forms: list[FormView]  # the names as documents write them


@dataclass
class DocumentView:
    id: str
    title: str
    kind: str
    original_name: str
    sha256: str
    text_sha256: str
    imported_at: str
    pages: int | None
    url: str
    extractor: str
    capture: str = ""  # web captures: where and when, as the archive states it, and its digest verdict


@dataclass
class ReportModel:
    project: str
    generated_at: str
    generator: str
    analysts: list[str]
    claims: list[ClaimView]
    sources: list[SourceView]
    actors: list[ActorView]
    orphans: list[QuoteView]
    documents: list[DocumentView]
    filtered: bool  # only some claims (--claim)
    verdicts: list[tuple[str, str]] = field(default_factory=lambda: [(v.label, d) for v, d in VERDICTS.items()])
    reliability: list[tuple[str, str]] = field(default_factory=lambda: list(RELIABILITY.items()))
    credibility: list[tuple[int, str]] = field(default_factory=lambda: list(CREDIBILITY.items()))
    statuses: list[tuple[str, str]] = field(default_factory=lambda: [(s.value, d) for s, d in STATUSES.items()])

    def quotes(self) -> list[QuoteView]:
        """Every quote the report shows, in order (each once per place it appears)."""
        out = [q for claim in self.claims for q in claim.stated_in]
        out += [q for claim in self.claims for e in claim.evidence for q in e.quotes]
        return out + self.orphans


def build_report(project: Project, *, claim_ids: list[str] | None = None, generated_at: str = "", generator: str = "",
                 analysts: list[str] | None = None) -> ReportModel:
    """The report of the claims named (default: all, oldest first); unknown ids are a DomainError."""
    for cid in claim_ids or ():
        if cid not in project.claims:
            raise DomainError(f"no claim with id {cid}")
    chosen = [project.claims[c] for c in dict.fromkeys(claim_ids)] if claim_ids else sorted(
        project.claims.values(), key=lambda c: (c.created, c.id))
    claims = [_claim(project, claim) for claim in chosen]
    filtered = bool(claim_ids)
    shown = {q.annotation_id for c in claims for q in c.stated_in} | {
        q.annotation_id for c in claims for e in c.evidence for q in e.quotes}
    orphans = [_quote(project, a, "") for a in _orphans(project)
               if not filtered or a.id in shown]
    source_ids = {e.source.id for c in claims for e in c.evidence}
    sources = [s for s in sorted(project.sources.values(), key=lambda s: (s.title.casefold(), s.id))
               if not filtered or s.id in source_ids]
    actor_ids = _actor_ids(project, chosen, shown)
    actors = [a for a in sorted(project.actors.values(), key=lambda a: (a.name.casefold(), a.id))
              if not filtered or a.id in actor_ids]
    names = set(analysts or ()) | {c.analyst for c in chosen} | {
        project.annotations[a].analyst for a in shown if a in project.annotations}
    return ReportModel(
        project=project.name, generated_at=generated_at, generator=generator,
        analysts=sorted(n for n in names if n), claims=claims,
        sources=[_source(project, s) for s in sources], actors=[_actor(project, a) for a in actors],
        orphans=orphans, documents=_documents(project), filtered=filtered,
    )


def _claim(project: Project, claim: Claim) -> ClaimView:
    stated: list[QuoteView] = []
    evidence: dict[tuple[str, str], EvidenceView] = {}
    for link, ann in project.linked(claim.id, Kind.ANNOTATION):
        if ann is not None and link.relation is Relation.STATES:
            stated.append(_quote(project, ann, Relation.STATES))
    for link, source in project.linked(claim.id, Kind.SOURCE):
        if source is not None:
            item = evidence.setdefault((source.id, link.relation.value), EvidenceView(_source(project, source), link.relation.value))
            for qlink, ann in project.linked(source.id, Kind.ANNOTATION):
                if ann is not None and qlink.relation in EVIDENCE_RELATIONS:
                    item.quotes.append(_quote(project, ann, qlink.relation))
    for quote in stated:  # a quote stating the claim may itself credit or contradict a source
        for qlink, source in project.linked(quote.annotation_id, Kind.SOURCE):
            if source is not None:
                key = (source.id, qlink.relation.value)
                item = evidence.setdefault(key, EvidenceView(_source(project, source), qlink.relation.value))
                if all(q.annotation_id != quote.annotation_id for q in item.quotes):
                    item.quotes.append(_quote(project, project.annotations[quote.annotation_id], qlink.relation))
    actors = [(link.relation.value, actor.name) for link, actor in project.linked(claim.id, Kind.ACTOR) if actor is not None]
    order = {r.value: i for i, r in enumerate(Relation)}
    return ClaimView(
        id=claim.id, statement=claim.statement, verdict=claim.verdict.value, verdict_label=claim.verdict.label,
        rationale=claim.rationale, analyst=claim.analyst, created=claim.created, modified=claim.modified,
        stated_in=sorted(stated, key=_quote_order),
        evidence=sorted(evidence.values(), key=lambda e: (order[e.relation], e.source.title.casefold())),
        actors=sorted(actors),
    )


def _quote_order(q: QuoteView) -> tuple[str, str, str]:
    return (q.document_title.casefold(), q.pages, q.annotation_id)


def _quote(project: Project, ann: Annotation, relation: str) -> QuoteView:
    doc = project.documents.get(ann.document_id)
    return QuoteView(
        annotation_id=ann.id, document_id=ann.document_id, document_title=doc.title if doc else ann.document_id,
        pages=pages_label(ann.pages) if doc is not None and doc.kind.paged else "",  # a text has no pages, not "p. 1"
        exact=ann.exact, status=ann.status.value, relation=str(relation),
        analyst=ann.analyst, note=ann.note, orphan=ann.status is AnchorStatus.ORPHAN,
    )


def pages_label(pages: tuple[int, ...]) -> str:
    if not pages:
        return ""
    first, last = min(pages) + 1, max(pages) + 1
    return f"p. {first}" if first == last else f"pp. {first}–{last}"


def _source(project: Project, source: Source) -> SourceView:
    doc = project.documents.get(source.document_id) if source.document_id else None
    return SourceView(
        id=source.id, title=source.title, grade=source.grade,
        meaning=f"{RELIABILITY[source.reliability]} / {CREDIBILITY[source.credibility]}",
        publisher=source.publisher, published=source.published, accessed=source.accessed, url=source.url,
        archive_url=source.archive_url, notes=source.notes, document_title=doc.title if doc else "",
    )


def _actor(project: Project, actor: Actor) -> ActorView:
    forms: dict[tuple[str, str], int] = {}
    for link, ann in project.linked(actor.id, Kind.ANNOTATION):
        if ann is not None and link.relation is Relation.MENTIONS:
            key = (link.as_written or ann.exact, link.reason.value)
            forms[key] = forms.get(key, 0) + 1
    return ActorView(
        id=actor.id, name=actor.name, kind=actor.kind.value, aliases=list(actor.aliases), country=actor.country,
        description=actor.description, wikidata_id=actor.wikidata_id,
        forms=[FormView(w, r, n) for (w, r), n in sorted(forms.items(), key=lambda i: (-i[1], i[0]))],
    )


def _actor_ids(project: Project, claims: list[Claim], shown: set[str]) -> set[str]:
    ids = {actor.id for c in claims for _, actor in project.linked(c.id, Kind.ACTOR) if actor is not None}
    for aid in shown:
        ids |= {actor.id for _, actor in project.linked(aid, Kind.ACTOR) if actor is not None}
    return ids


def _orphans(project: Project) -> list[Annotation]:
    found = [a for a in project.annotations.values() if a.status is AnchorStatus.ORPHAN]
    return sorted(found, key=lambda a: (a.document_id, a.start, a.id))


def _capture(p: Provenance | None) -> str:
    if p is None:
        return ""
    where = " · ".join(x for x in (p.archive_format.upper(), p.source_url, p.captured_at) if x)
    verdict = digest_verdict(p)
    return f"{where} · archive digest {verdict}" if verdict else where


def _documents(project: Project) -> list[DocumentView]:
    return [
        DocumentView(id=d.id, title=d.title, kind=d.kind.value, original_name=d.original_name, sha256=d.sha256,
                     text_sha256=d.text_sha256, imported_at=d.imported_at, pages=d.pages, url=d.metadata.url,
                     extractor=d.extractor, capture=_capture(d.provenance))
        for d in sorted(project.documents.values(), key=lambda d: (d.imported_at, d.id))
    ]
