"""The Project aggregate: every object of a project in memory, with indexes and invariants.

Commands change a project only through `put` and `remove`, which keep the indexes right and
refuse dangling references.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import groupby
from operator import attrgetter
from typing import Any

from app.domain.actors import Actor
from app.domain.annotations import Annotation
from app.domain.claims import Claim
from app.domain.documents import Document
from app.domain.errors import DomainError, NotFound
from app.domain.links import Kind, Link
from app.domain.sources import Source

Obj = Document | Annotation | Claim | Actor | Source | Link

_TEXT_ORDER = attrgetter("start", "end", "id")  # C-level key: documents can hold 50,000 annotations
_ID, _DOCUMENT_ID = attrgetter("id"), attrgetter("document_id")

KIND_OF: dict[type, Kind] = {
    Document: Kind.DOCUMENT,
    Annotation: Kind.ANNOTATION,
    Claim: Kind.CLAIM,
    Actor: Kind.ACTOR,
    Source: Kind.SOURCE,
    Link: Kind.LINK,
}


def kind_of(obj: Obj) -> Kind:
    return KIND_OF[type(obj)]


@dataclass
class Project:
    name: str = ""
    objects: dict[Kind, dict[str, Any]] = field(default_factory=lambda: {k: {} for k in Kind})
    annotations_by_document: dict[str, set[str]] = field(default_factory=dict)
    links_by_end: dict[str, set[str]] = field(default_factory=dict)  # object id -> ids of links touching it

    # -- reading -------------------------------------------------------------------------------------------------
    @property
    def documents(self) -> dict[str, Document]:
        return self.objects[Kind.DOCUMENT]

    @property
    def annotations(self) -> dict[str, Annotation]:
        return self.objects[Kind.ANNOTATION]

    @property
    def claims(self) -> dict[str, Claim]:
        return self.objects[Kind.CLAIM]

    @property
    def actors(self) -> dict[str, Actor]:
        return self.objects[Kind.ACTOR]

    @property
    def sources(self) -> dict[str, Source]:
        return self.objects[Kind.SOURCE]

    @property
    def links(self) -> dict[str, Link]:
        return self.objects[Kind.LINK]

    def get(self, kind: Kind, oid: str) -> Any:
        try:
            return self.objects[kind][oid]
        except KeyError:
            raise NotFound(f"no {kind} with id {oid}") from None

    def find(self, kind: Kind, oid: str) -> Any | None:
        return self.objects[kind].get(oid)

    def annotations_of(self, document_id: str) -> list[Annotation]:
        found = map(self.objects[Kind.ANNOTATION].__getitem__, self.annotations_by_document.get(document_id, ()))
        return sorted(found, key=_TEXT_ORDER)  # map over a C getter: the GUI orders 250,000 this way on open

    def links_of(self, oid: str) -> list[Link]:
        """Links in which `oid` is the subject or the object."""
        return sorted((self.links[i] for i in self.links_by_end.get(oid, ())), key=lambda link: link.id)

    def linked(self, oid: str, kind: Kind) -> Iterator[tuple[Link, Any]]:
        """(link, other end) pairs for links from or to `oid` whose other end is of `kind`."""
        for link in self.links_of(oid):
            if link.subject_id == oid and link.object_kind is kind:
                yield link, self.objects[kind].get(link.object_id)
            elif link.object_id == oid and link.subject_kind is kind:
                yield link, self.objects[kind].get(link.subject_id)

    def snapshot(self) -> "Project":
        """A copy another thread may read while this one changes the project: the objects are frozen, so only the
        dicts and the index sets are copied (a sync's worker plans against it, docs/architecture.md)."""
        return Project(self.name, {kind: dict(objs) for kind, objs in self.objects.items()},
                       {doc: set(ids) for doc, ids in self.annotations_by_document.items()},
                       {oid: set(ids) for oid, ids in self.links_by_end.items()})

    def count(self, kind: Kind) -> int:
        return len(self.objects[kind])

    # -- changing ------------------------------------------------------------------------------------------------
    def put(self, obj: Obj) -> Any | None:
        """Insert or replace `obj`; returns the previous version or None."""
        kind = kind_of(obj)
        self._check_references(obj)
        for other in self.objects:
            if other is not kind and obj.id in self.objects[other]:
                raise DomainError(f"id {obj.id} already names an object of another kind ({other}); ids are unique "
                                  "across kinds")
        table = self.objects[kind]
        before = table.get(obj.id)
        if before is not None:
            self._unindex(kind, before)
        table[obj.id] = obj
        self._index(kind, obj)
        return before

    def remove(self, kind: Kind, oid: str) -> Any:
        """Remove and return an object; refuses while links or annotations still point at it."""
        obj = self.get(kind, oid)
        if self.links_by_end.get(oid):
            raise DomainError(f"this {kind} still has links; remove them first")
        if kind is Kind.DOCUMENT and self.annotations_by_document.get(oid):
            raise DomainError("this document still has annotations; remove them first")
        del self.objects[kind][oid]
        self._unindex(kind, obj)
        return obj

    def _check_references(self, obj: Obj) -> None:
        if isinstance(obj, Annotation) and obj.document_id not in self.documents:
            raise DomainError(f"annotation {obj.id} names a document that is not in the project")
        if isinstance(obj, Source) and obj.document_id and obj.document_id not in self.documents:
            raise DomainError(f"source {obj.id} names a document that is not in the project")
        if isinstance(obj, Link):
            if obj.subject_id not in self.objects[obj.subject_kind]:
                raise DomainError(f"link {obj.id}: no {obj.subject_kind} with id {obj.subject_id}")
            if obj.object_id not in self.objects[obj.object_kind]:
                raise DomainError(f"link {obj.id}: no {obj.object_kind} with id {obj.object_id}")

    def _index(self, kind: Kind, obj: Any) -> None:
        if kind is Kind.ANNOTATION:
            self.annotations_by_document.setdefault(obj.document_id, set()).add(obj.id)
        elif kind is Kind.LINK:
            self.links_by_end.setdefault(obj.subject_id, set()).add(obj.id)
            self.links_by_end.setdefault(obj.object_id, set()).add(obj.id)

    def _unindex(self, kind: Kind, obj: Any) -> None:
        if kind is Kind.ANNOTATION:
            self.annotations_by_document.get(obj.document_id, set()).discard(obj.id)
        elif kind is Kind.LINK:
            for end in (obj.subject_id, obj.object_id):
                ids = self.links_by_end.get(end)
                if ids is not None:
                    ids.discard(obj.id)
                    if not ids:
                        del self.links_by_end[end]


def restore_project(name: str, objects: dict[Kind, list[Any]]) -> Project:
    """A Project from objects read back from its own files, indexed in bulk.

    References are still checked (a damaged file must not produce dangling links), but with set
    look-ups instead of one `put` per object.
    """
    project = Project(name=name)
    for kind in (Kind.DOCUMENT, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE, Kind.ANNOTATION, Kind.LINK):
        found = objects.get(kind, ())
        project.objects[kind].update(zip(map(_ID, found), found))  # C-level loops: 250,000 annotations
    clash = id_clash(project)
    if clash:
        raise DomainError(clash)
    docs = project.documents
    by_doc = project.annotations_by_document
    # Annotations arrive grouped by document (one file each): one look-up per run, not per annotation.
    for doc, run in groupby(project.annotations.values(), key=_DOCUMENT_ID):
        anns = list(run)
        ids = by_doc.get(doc)
        if ids is None:
            if doc not in docs:
                raise DomainError(f"annotation {anns[0].id} names a document that is not in the project")
            ids = by_doc[doc] = set()
        ids.update(map(_ID, anns))
    for source in project.sources.values():
        if source.document_id and source.document_id not in docs:
            raise DomainError(f"source {source.id} names a document that is not in the project")
    ends = project.links_by_end
    for link in project.links.values():
        if link.subject_id not in project.objects[link.subject_kind]:
            raise DomainError(f"link {link.id}: no {link.subject_kind} with id {link.subject_id}")
        if link.object_id not in project.objects[link.object_kind]:
            raise DomainError(f"link {link.id}: no {link.object_kind} with id {link.object_id}")
        ends.setdefault(link.subject_id, set()).add(link.id)
        ends.setdefault(link.object_id, set()).add(link.id)
    return project


def id_clash(project: Project) -> str:
    """'' when every id names one object; else a line naming an id two kinds share (a hand-edited or
    hostile project: `link ANN ID` must never have to guess which object an id means)."""
    tables = list(project.objects.items())
    if len(set().union(*(table for _kind, table in tables))) == sum(len(table) for _kind, table in tables):
        return ""  # the common case, one set union
    seen: dict[str, Kind] = {}
    for kind, table in tables:
        for oid in table:
            if oid in seen:
                return f"id {oid} names two kinds of object ({seen[oid]} and {kind}); ids must be unique across kinds"
            seen[oid] = kind
    return ""
