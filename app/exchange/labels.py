"""One-line labels for linked objects, shared by the CSV export and the annotated-PDF notes."""

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.claims import Claim
from app.domain.links import Kind, Relation
from app.domain.project import Project
from app.domain.sources import Source


def claim_label(claim: Claim) -> str:
    return f"{claim.statement} [{claim.verdict.label}]"


def actor_label(actor: Actor, as_written: str) -> str:
    if as_written and as_written != actor.name:
        return f"{actor.name} (as written: {as_written})"
    return actor.name


def source_label(source: Source, relation: Relation) -> str:
    return f"{source.title} [{relation.value}] {source.grade}"


def annotation_summary(project: Project, ann: Annotation) -> str:
    """Category, note and every link of an annotation, one per line (for a PDF pop-up note)."""
    lines = [ann.category + (f": {ann.note}" if ann.note else "")]
    for link, obj in project.linked(ann.id, Kind.CLAIM):
        if obj is not None:
            lines.append(f"Claim: {claim_label(obj)}")
    for link, obj in project.linked(ann.id, Kind.ACTOR):
        if obj is not None:
            lines.append(f"Actor: {actor_label(obj, link.as_written)}")
    for link, obj in project.linked(ann.id, Kind.SOURCE):
        if obj is not None:
            lines.append(f"Source: {source_label(obj, link.relation)}")
    return "\n".join(lines)
