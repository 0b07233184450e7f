"""schema.org ClaimReview JSON-LD, the form fact-check aggregators (Google Fact Check Tools) read.

Rating scale, 1 (worst) to 5 (best), with the verdict in words as `alternateName`:
true 5, mostly true 4, mixed 3, unproven 3, mostly false 2, misleading 2, false 1. Unproven sits
in the middle because it says nothing either way; misleading sits with mostly false because the
claim leads readers to a false conclusion. Unverified claims are not reviews and are left out.
"""

from typing import Any

from app.domain.actors import Actor, ActorKind
from app.domain.annotations import Annotation
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.exchange.selection import select

CONTEXT = "https://schema.org"
RATING: dict[Verdict, int] = {
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.MIXED: 3,
    Verdict.UNPROVEN: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.MISLEADING: 2,
    Verdict.FALSE: 1,
}


def export_claimreview(project: Project, *, author: str = "", document_ids: set[str] | None = None) -> list[dict[str, Any]]:
    """One ClaimReview per reviewed claim, by claim id. `author` is the reviewing organisation;
    without it each claim's analyst is named as a Person."""
    chosen = select(project, document_ids)
    documents = {d.id for d in chosen.documents}
    return [
        _review(project, claim, author, documents)
        for claim in chosen.claims
        if claim.verdict is not Verdict.UNVERIFIED
    ]


def _review(project: Project, claim: Claim, author: str, documents: set[str]) -> dict[str, Any]:
    out: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview", "claimReviewed": claim.statement}
    published = (claim.modified or claim.created)[:10]
    if published:
        out["datePublished"] = published
    if author:
        out["author"] = {"@type": "Organization", "name": author}
    elif claim.analyst:
        out["author"] = {"@type": "Person", "name": claim.analyst}
    if claim.rationale:
        out["reviewBody"] = claim.rationale
    out["reviewRating"] = {
        "@type": "Rating",
        "ratingValue": RATING[claim.verdict],
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": claim.verdict.label,
    }
    out["itemReviewed"] = _claim_item(project, claim, documents)
    return out


def _claim_item(project: Project, claim: Claim, documents: set[str]) -> dict[str, Any]:
    item: dict[str, Any] = {"@type": "Claim"}
    makers = [_agent(a) for link, a in project.linked(claim.id, Kind.ACTOR) if link.relation is Relation.MADE_BY]
    if makers:
        item["author"] = makers[0] if len(makers) == 1 else makers
    stated_in = sorted(
        {a.document_id for _, a in project.linked(claim.id, Kind.ANNOTATION) if _stated(a, documents)},
    )
    docs = sorted((project.documents[d] for d in stated_in), key=lambda d: (d.metadata.published or "9999", d.title, d.id))
    if docs:
        item["appearance"] = [_work(d) for d in docs]
        dated = [d for d in docs if d.metadata.published]
        if dated:  # "first" only when the dates say so
            item["firstAppearance"] = _work(dated[0])
            item["datePublished"] = dated[0].metadata.published
    return item


def _stated(annotation: Annotation | None, documents: set[str]) -> bool:
    return annotation is not None and annotation.document_id in documents


def _agent(actor: Actor) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Person" if actor.kind is ActorKind.PERSON else "Organization", "name": actor.name}
    if actor.wikidata_id:
        out["sameAs"] = f"https://www.wikidata.org/wiki/{actor.wikidata_id}"
    return out


def _work(doc: Document) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "CreativeWork", "name": doc.title or doc.original_name}
    meta = doc.metadata
    if meta.url:
        out["url"] = meta.url
    if meta.published:
        out["datePublished"] = meta.published
    if meta.publisher:
        out["publisher"] = {"@type": "Organization", "name": meta.publisher}
    return out
