"""Which objects an export covers: the whole project, or some documents and what they reach."""

from dataclasses import dataclass
from operator import attrgetter
from typing import TypeVar

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.claims import Claim
from app.domain.documents import Document
from app.domain.links import Kind, Link
from app.domain.project import Project
from app.domain.sources import Source

_PLACE = attrgetter("document_id", "start", "end", "id")  # C-level sort key: 50,000 annotations and more
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Selection:
    """Objects in export order: documents and claims/actors/sources/links by id, annotations by place."""

    documents: list[Document]
    annotations: list[Annotation]
    claims: list[Claim]
    actors: list[Actor]
    sources: list[Source]
    links: list[Link]


def select(project: Project, document_ids: set[str] | None = None) -> Selection:
    """Everything, or the given documents, their annotations, links from those annotations, the claims,
    actors and sources these links reach, and the links among the reached objects."""
    if document_ids is None:  # everything: sorted straight from the project's tables, no id sets
        return Selection(
            documents=_all(project.documents),
            annotations=sorted(project.annotations.values(), key=_PLACE),
            claims=_all(project.claims),
            actors=_all(project.actors),
            sources=_all(project.sources),
            links=_all(project.links),
        )
    ids: dict[Kind, set[str]] = {kind: set() for kind in Kind}
    ids[Kind.DOCUMENT] = {d for d in document_ids if d in project.documents}
    for doc in ids[Kind.DOCUMENT]:
        ids[Kind.ANNOTATION] |= project.annotations_by_document.get(doc, set())
    for ann in ids[Kind.ANNOTATION]:
        for link in project.links_of(ann):
            ids[Kind.LINK].add(link.id)
            ids[link.object_kind].add(link.object_id)
    for link in project.links.values():  # claim -> actor/source links among reached objects
        if link.subject_kind is Kind.CLAIM and link.subject_id in ids[Kind.CLAIM]:
            if link.object_id in ids[link.object_kind]:
                ids[Kind.LINK].add(link.id)

    def by_id(table: dict[str, T], kind: Kind) -> list[T]:
        return [table[i] for i in sorted(ids[kind])]

    annotations = sorted(map(project.annotations.__getitem__, ids[Kind.ANNOTATION]), key=_PLACE)
    return Selection(
        documents=by_id(project.documents, Kind.DOCUMENT),
        annotations=annotations,
        claims=by_id(project.claims, Kind.CLAIM),
        actors=by_id(project.actors, Kind.ACTOR),
        sources=by_id(project.sources, Kind.SOURCE),
        links=by_id(project.links, Kind.LINK),
    )


def _all(table: dict[str, T]) -> list[T]:
    return [table[i] for i in sorted(table)]
