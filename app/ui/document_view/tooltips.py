"""Tooltip text for highlights: what each annotation under the mouse is linked to."""

from html import escape

from PySide6.QtCore import QCoreApplication

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.claims import Claim
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.sources import Source
from app.services.labels import quote_label
from app.ui import bidi
from app.ui.vocabulary import label, term

MAX_QUOTE = 80


def annotation_tooltip(project: Project, annotation_ids: list[str]) -> str:
    """Rich-text tooltip listing, per annotation, its claims (verdict), actors (as written) and sources (grade)."""
    parts = []
    for aid in annotation_ids:
        ann: Annotation | None = project.annotations.get(aid)
        if ann is None:
            continue
        quote = quote_label(ann, MAX_QUOTE, quoted=True)
        lines = [f"<b>{escape(label(ann.category))}</b>: {escape(quote)}"]
        lines += _links(project, aid)
        if ann.note:
            lines.append(f"<i>{escape(ann.note)}</i>")
        parts.append("<br>".join(lines))
    return "<hr>".join(parts)


def _links(project: Project, aid: str) -> list[str]:
    out = []
    for _link, claim in project.linked(aid, Kind.CLAIM):
        if isinstance(claim, Claim):
            out.append(QCoreApplication.translate("Tooltips", "Claim: {statement} — <b>{verdict}</b>").format(statement=escape(claim.statement),
                                                                             verdict=escape(label(claim.verdict))))
    for link, actor in project.linked(aid, Kind.ACTOR):
        if isinstance(actor, Actor):
            written = QCoreApplication.translate("Tooltips", " (as “{written}”)").format(written=escape(bidi.isolate(link.as_written))) if link.as_written and link.as_written != actor.name else ""
            out.append(QCoreApplication.translate("Tooltips", "Actor: {name}").format(name=escape(bidi.isolate(actor.name))) + written)
    for link, source in project.linked(aid, Kind.SOURCE):
        if isinstance(source, Source):
            out.append(QCoreApplication.translate("Tooltips", "Source: {title} [{grade}] — {relation}").format(
                title=escape(source.title), grade=source.grade, relation=escape(term(link.relation))))
    return out
