"""schema.org ClaimReview JSON-LD, the form fact-check aggregators (Google Fact Check Tools) read.

Rating scale (docs/reference/claimreview.md), 1 (worst) to 5 (best), with the verdict in words as `alternateName`:
true 5, mostly true 4, mixed 3, mostly false 2, misleading 2, false 1. Misleading sits with mostly
false because the claim leads readers to a false conclusion. Unproven is not a point on that scale
(it says the evidence does not decide, not that the claim is half true, as "mixed" does): its
Rating carries the verdict in words only, which is what Google shows. Unverified claims are not
reviews and are left out.
"""

from typing import Any
from urllib.parse import quote

from app.domain.actors import Actor, ActorKind
from app.domain.annotations import Annotation
from app.domain.claims import Claim, Verdict
from app.domain.documents import Document
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.exchange.selection import select

CONTEXT = "https://schema.org"
SCALE = "Sourcemark truthfulness scale: 1 false, 2 mostly false or misleading, 3 mixed, 4 mostly true, 5 true"
RATING: dict[Verdict, int | None] = {  # None: rated in words only (not a point on the scale)
    Verdict.TRUE: 5,
    Verdict.MOSTLY_TRUE: 4,
    Verdict.MIXED: 3,
    Verdict.MOSTLY_FALSE: 2,
    Verdict.MISLEADING: 2,
    Verdict.FALSE: 1,
    Verdict.UNPROVEN: None,
}
ID_PLACEHOLDER = "{id}"  # in a --url template: the claim's id, for one page per claim


def export_claimreview(
    project: Project, *, author: str = "", document_ids: set[str] | None = None, url: str = ""
) -> list[dict[str, Any]]:
    """One ClaimReview per reviewed claim, by claim id. `author` is the reviewing organisation;
    without it each claim's analyst is named as a Person. `url` is the published fact check's
    address; "{id}" in it becomes each claim's id."""
    return [review for _claim, review in reviews(project, author=author, document_ids=document_ids, url=url)]


def reviews(
    project: Project, *, author: str = "", document_ids: set[str] | None = None, url: str = ""
) -> list[tuple[Claim, dict[str, Any]]]:
    chosen = select(project, document_ids)
    documents: set[str] = {d.id for d in chosen.documents}
    return [
        (claim, _review(project, claim, author, documents, url))
        for claim in chosen.claims
        if claim.verdict is not Verdict.UNVERIFIED
    ]


# What Google's fact-check rich result needs that a project may lack, and how to supply it.
_REQUIRED_ITEM = {
    "author": "itemReviewed.author (link the claim to the actor who made it)",
    "appearance": "itemReviewed.appearance (link the claim to a highlight in a document)",
    "datePublished": "itemReviewed.datePublished (set the published date of a document stating it)",
}


def lint(project: Project, *, author: str = "", document_ids: set[str] | None = None, url: str = "") -> list[str]:
    """One line per reviewed claim lacking what Google requires, plus one if no `url` was given."""
    found = reviews(project, author=author, document_ids=document_ids, url=url)
    lines = [] if url or not found else ["no url: give the address of the published fact check (--url, {id} for one page per claim)"]
    if url and not url.lower().startswith(("https://", "http://")):
        lines.append(f"url {url[:80]!r} is not a web address (https://…)")
    for claim, review in found:
        missing = [why for key, why in _REQUIRED_ITEM.items() if key not in review["itemReviewed"]]
        if missing:
            lines.append(f"claim {claim.id} “{_short(claim.statement)}” lacks {'; '.join(missing)}")
    return lines


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _review(project: Project, claim: Claim, author: str, documents: set[str], url: str) -> dict[str, Any]:
    out: dict[str, Any] = {"@context": CONTEXT, "@type": "ClaimReview", "claimReviewed": claim.statement}
    if url:
        out["url"] = url.replace(ID_PLACEHOLDER, quote(claim.id, safe=""))
    published = (claim.modified or claim.created)[:10]
    if published:
        out["datePublished"] = published
    if author:
        out["author"] = {"@type": "Organization", "name": author}
    elif claim.analyst:
        out["author"] = {"@type": "Person", "name": claim.analyst}
    if claim.rationale:
        out["reviewBody"] = claim.rationale
    value = RATING[claim.verdict]
    rating: dict[str, Any] = {"@type": "Rating"}
    if value is not None:
        rating.update(ratingValue=value, bestRating=5, worstRating=1)
    rating["alternateName"] = claim.verdict.label
    rating["name"] = SCALE
    out["reviewRating"] = rating
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
