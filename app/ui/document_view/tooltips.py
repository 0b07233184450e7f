"""Tooltip text for highlights: what each annotation under the mouse is linked to."""

from html import escape

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.claims import Claim
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.sources import Source
from app.services.labels import quote_label

MAX_QUOTE = 80


def annotation_tooltip(project: Project, annotation_ids: list[str]) -> str:
    """Rich-text tooltip listing, per annotation, its claims (verdict), actors (as written) and sources (grade)."""
    parts = []
    for aid in annotation_ids:
        ann: Annotation | None = project.annotations.get(aid)
        if ann is None:
            continue
        quote = quote_label(ann, MAX_QUOTE, quoted=True)
        lines = [f"<b>{escape(ann.category.capitalize())}</b>: {escape(quote)}"]
        lines += _links(project, aid)
        if ann.note:
            lines.append(f"<i>{escape(ann.note)}</i>")
        parts.append("<br>".join(lines))
    return "<hr>".join(parts)


def _links(project: Project, aid: str) -> list[str]:
    out = []
    for _link, claim in project.linked(aid, Kind.CLAIM):
        if isinstance(claim, Claim):
            out.append(f"Claim: {escape(claim.statement)} — <b>{escape(claim.verdict.label)}</b>")
    for link, actor in project.linked(aid, Kind.ACTOR):
        if isinstance(actor, Actor):
            written = f" (as “{escape(link.as_written)}”)" if link.as_written and link.as_written != actor.name else ""
            out.append(f"Actor: {escape(actor.name)}{written}")
    for link, source in project.linked(aid, Kind.SOURCE):
        if isinstance(source, Source):
            out.append(f"Source: {escape(source.title)} [{source.grade}] — {escape(link.relation.value)}")
    return out
