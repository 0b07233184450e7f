"""W3C Web Annotation export (JSON-LD AnnotationCollection); the importers live in foreign.py.

Offsets in TextPositionSelector count code points of the whole canonical text, as the model asks.
For paged documents the page goes in a FragmentSelector (RFC 3778 "page=N", 1-based) refined by a
TextQuoteSelector only: a position refining a page would count from the page start, ours do not.
"""

import math
import re
from typing import Any
from urllib.parse import quote

from app.domain.annotations import AnchorStatus, Annotation, Category
from app.domain.documents import Document, DocumentKind, web_url
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.exchange.foreign import ForeignAnnotation, detect_format, parse_hypothesis, parse_w3c
from app.exchange.selection import select
from app.exchange.w3c_bodies import (
    CATEGORY_PURPOSE,
    OCR_DESCRIPTION,
    OCR_TAG,
    actor_body,
    category_body,
    claim_bodies,
    iri,
    source_body,
)

__all__ = ["ForeignAnnotation", "detect_format", "export_w3c", "iri", "parse_hypothesis", "parse_w3c"]

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PDF_FRAGMENT = "http://tools.ietf.org/rfc/rfc3778"
MEDIA_FRAGMENT = "http://www.w3.org/TR/media-frags/"
_SOURCE_RELATIONS = {Relation.SUPPORTS, Relation.CONTRADICTS, Relation.CONTEXT, Relation.CITES}
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
_NO_ZONE = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$")
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]+$")


def export_w3c(project: Project, *, document_ids: set[str] | None = None, base_iri: str = "urn:sourcemark:") -> dict[str, Any]:
    chosen = select(project, document_ids)
    collection_id = f"{base_iri}collection:{quote(project.name or 'project', safe='')}"
    items = [_annotation(project, ann, base_iri) for ann in chosen.annotations]
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": collection_id,
        "type": "AnnotationCollection",
        "label": project.name or "Sourcemark annotations",
        "total": len(items),
    }
    if items:  # the model wants `first` only when there is something in it
        out["first"] = {"id": f"{collection_id}:page:1", "type": "AnnotationPage", "startIndex": 0, "items": items}
    return out


def document_iri(doc: Document) -> str:
    # a capture: the page's URL; only http(s) addresses (a javascript: target from a capture is not one)
    url = web_url(doc.provenance.source_url if doc.provenance else "") or web_url(doc.metadata.url)
    return url if url and _IRI.match(url) else f"urn:sha256:{doc.sha256}"


def xsd_datetime(value: str) -> str | None:
    """An xsd:dateTime with a zone, or None when the stored value is only a date or unreadable.

    Our timestamps are UTC; one stored without a zone is read as UTC."""
    if _FULL.match(value):
        return value
    if _NO_ZONE.match(value):
        value = value.replace(" ", "T")
        return (value if value.count(":") == 2 else value + ":00") + "Z"
    return None


def _annotation(project: Project, ann: Annotation, base_iri: str) -> dict[str, Any]:
    doc = project.documents[ann.document_id]
    bodies: list[dict[str, Any]] = []
    motivations: list[str] = []
    if ann.note:
        bodies.append({"type": "TextualBody", "value": ann.note, "format": "text/plain", "purpose": "commenting"})
        motivations.append("commenting")
    if ann.category != Category.HIGHLIGHT.value:  # the default needs no body: "highlighting" says it
        bodies.append(category_body(ann.category))
        motivations.append(CATEGORY_PURPOSE)
    for link, claim in project.linked(ann.id, Kind.CLAIM):
        bodies.extend(claim_bodies(claim, link, base_iri))
        _add(motivations, "assessing")
    for link, actor in project.linked(ann.id, Kind.ACTOR):
        bodies.append(actor_body(actor, link, base_iri))
        _add(motivations, "identifying")
    for link, source in project.linked(ann.id, Kind.SOURCE):
        if link.relation in _SOURCE_RELATIONS:
            bodies.append(source_body(source, link, base_iri, bool(source.url and _IRI.match(source.url))))
            _add(motivations, "linking")
    if ann.ocr:  # the quote was recognised from pixels: say so, and how sure the engine was
        bodies.extend(ocr_bodies(ann))
        _add(motivations, "tagging")
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": iri(ann.id, base_iri, "annotation"),
        "type": "Annotation",
        "motivation": (motivations or ["highlighting"])[0] if len(motivations) < 2 else motivations,
    }
    for name in ("created", "modified"):
        stamp = xsd_datetime(getattr(ann, name))
        if stamp:
            out[name] = stamp
    if ann.analyst:
        out["creator"] = {"type": "Person", "name": ann.analyst}
    if bodies:  # never bodyValue as well: the model forbids both
        out["body"] = bodies[0] if len(bodies) == 1 else bodies
    out["target"] = _target(doc, ann)
    return out


def _add(motivations: list[str], motivation: str) -> None:
    if motivation not in motivations:
        motivations.append(motivation)


def ocr_bodies(ann: Annotation) -> list[dict[str, Any]]:
    confidence = "" if ann.ocr_confidence is None else f" (confidence {ann.ocr_confidence:.2f})"
    return [
        {"type": "TextualBody", "purpose": "tagging", "format": "text/plain", "value": OCR_TAG},
        {"type": "TextualBody", "purpose": "describing", "format": "text/plain", "value": f"{OCR_DESCRIPTION}{confidence}."},
    ]


def xywh(ann: Annotation) -> str:
    """Media Fragments "xywh=x,y,w,h": whole pixels of the image (points of a PDF page) around the first page's quads."""
    page = ann.quads[0].page
    quads = [q for q in ann.quads if q.page == page]
    x0, y0 = math.floor(min(q.x0 for q in quads)), math.floor(min(q.y0 for q in quads))
    x1, y1 = math.ceil(max(q.x1 for q in quads)), math.ceil(max(q.y1 for q in quads))
    return f"xywh={x0},{y0},{max(x1 - x0, 1)},{max(y1 - y0, 1)}"


def _region_target(doc: Document, ann: Annotation) -> dict[str, Any]:
    """A region has no text: the rectangle is the selector (within its page, for PDFs)."""
    region: dict[str, Any] = {"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENT, "value": xywh(ann)}
    if doc.kind is not DocumentKind.IMAGE:
        region = {"type": "FragmentSelector", "conformsTo": PDF_FRAGMENT, "value": f"page={ann.quads[0].page + 1}",
                  "refinedBy": region}
    return {"type": "SpecificResource", "source": document_iri(doc), "selector": region, **_state(doc)}


def _target(doc: Document, ann: Annotation) -> dict[str, Any]:
    if ann.region and ann.quads:
        return _region_target(doc, ann)
    text_quote = {"type": "TextQuoteSelector", "exact": ann.exact, "prefix": ann.prefix, "suffix": ann.suffix}
    selectors: list[dict[str, Any]] = [text_quote]
    if ann.status is not AnchorStatus.ORPHAN:  # an orphan's position is stale; only its quote is evidence
        selectors.append({"type": "TextPositionSelector", "start": ann.start, "end": ann.end})
    if doc.kind is DocumentKind.IMAGE and ann.quads and ann.status is not AnchorStatus.ORPHAN:
        selectors.append({"type": "FragmentSelector", "conformsTo": MEDIA_FRAGMENT, "value": xywh(ann)})
    elif doc.kind.paged and ann.pages:
        selectors.append({
            "type": "FragmentSelector",
            "conformsTo": PDF_FRAGMENT,
            "value": f"page={ann.pages[0] + 1}",
            "refinedBy": dict(text_quote),
        })
    target: dict[str, Any] = {"type": "SpecificResource", "source": document_iri(doc), "selector": selectors}
    target.update(_state(doc))
    return target


def _state(doc: Document) -> dict[str, Any]:
    """A TimeState (model 4.3.1) naming the exact copy annotated, when the source is an address.

    A web capture: the page as it was when the archive saved it, `cached` the archived page's digest
    (two captures of one URL stay apart). Another document at a URL (its corrected `metadata.url`):
    the file as it was when added, `cached` its digest, so a project holding the same file finds it
    whether or not its copy has the URL."""
    if doc.provenance and (stamp := xsd_datetime(doc.provenance.captured_at)):
        cached = f"urn:sha256:{doc.provenance.payload_sha256 or doc.sha256}"  # the page, not the whole archive
        return {"state": {"type": "TimeState", "sourceDate": stamp, "cached": cached}}
    if document_iri(doc).startswith("urn:sha256:") or not (stamp := xsd_datetime(doc.imported_at)):
        return {}  # the source is the digest already (or no time to state)
    return {"state": {"type": "TimeState", "sourceDate": stamp, "cached": f"urn:sha256:{doc.sha256}"}}
