"""Turning a project's Changes into new contents for exactly the database files they touch."""

from dataclasses import dataclass, field
from typing import Any

from app.domain.changes import Changes
from app.domain.errors import StoreError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import to_record
from app.store.database import Database
from app.store.image import DbImage
from app.store.schema import (
    ANNOTATION_TABLES,
    PROJECT_FILE,
    PROJECT_TABLES,
    TABLES,
    annotations_file,
    document_of,
    safe_name,
)

_REFERENCED = (Kind.DOCUMENT, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE)
Where = dict[Kind, dict[str, str]]  # kind -> object id -> relative path of the file holding it


def build_where(db: Database) -> Where:
    where: Where = {kind: {} for kind in Kind}
    kinds = {name: kind for kind, name in TABLES.items()}
    for rel, image in db.files().items():
        for table, rows in image.tables.items():
            kind = kinds.get(table)
            if kind is not None:
                for record in rows.values():
                    where[kind][record.get("id")] = rel
    return where


def location(project: Project, kind: Kind, obj: Any) -> str:
    if kind is Kind.DOCUMENT:
        safe_name(obj.id)  # its id will name its annotations file: refuse "../x" before it is stored
    if kind is Kind.ANNOTATION:
        return annotations_file(obj.document_id)
    if kind is Kind.LINK and obj.subject_kind is Kind.ANNOTATION:
        annotation = project.find(Kind.ANNOTATION, obj.subject_id)
        if annotation is None:
            raise StoreError(f"link {obj.id} starts at an annotation that is not in the project")
        return annotations_file(annotation.document_id)
    return PROJECT_FILE


@dataclass
class Plan:
    db: Database
    where: Where
    images: dict[str, DbImage] = field(default_factory=dict)  # new images of the touched files
    moves: list[tuple[Kind, str, str | None]] = field(default_factory=list)

    def image(self, rel: str) -> DbImage:
        if rel not in self.images:
            if document_of(rel) in self.db.unread:
                raise StoreError(f"this change needs {rel}, which this command did not read; nothing was changed")
            base = self.db.image(rel)
            names = PROJECT_TABLES if rel == PROJECT_FILE else ANNOTATION_TABLES
            self.images[rel] = base.copy() if base is not None else DbImage(names=names)
        return self.images[rel]

    def put(self, project: Project, kind: Kind, obj: Any) -> bool:
        """Store `obj`; True if it moved to another file."""
        rel = location(project, kind, obj)
        old = self.where[kind].get(obj.id)
        if old is not None and old != rel:
            self.image(old).delete(TABLES[kind], obj.id)
        self.image(rel).put(TABLES[kind], to_record(obj))
        self.moves.append((kind, obj.id, rel))
        return old is not None and old != rel

    def drop(self, kind: Kind, oid: str) -> None:
        old = self.where[kind].get(oid)
        if old is not None:
            self.image(old).delete(TABLES[kind], oid)
        self.moves.append((kind, oid, None))

    def files(self) -> tuple[dict[str, bytes], list[str]]:
        """(new contents, files to delete): an emptied annotations file is deleted, not kept empty."""
        writes, deletes = {}, []
        for rel, image in sorted(self.images.items()):
            if rel != PROJECT_FILE and image.is_empty():
                deletes.append(rel)
            else:
                writes[rel] = image.dumps()
        return writes, deletes

    def apply(self) -> None:
        """Make the plan the store's state; call only once the files are on disk."""
        for rel, image in self.images.items():
            doc = document_of(rel)
            if doc is None:
                self.db.project = image
            elif image.is_empty():
                self.db.annotations.pop(doc, None)
            else:
                self.db.annotations[doc] = image
        for kind, oid, home in self.moves:
            if home is None:
                self.where[kind].pop(oid, None)
            else:
                self.where[kind][oid] = home


def plan(db: Database, where: Where, project: Project, changes: Changes) -> Plan:
    """What to write for `changes`; the project's current state decides whether an id is stored or dropped."""
    p = Plan(db, where)
    for kind, delta in changes.deltas.items():
        if delta.removed and not db.complete and kind in _REFERENCED:
            # Links and annotations in files not read may point at it: only a whole project can tell.
            raise StoreError(f"removing a {kind} needs the whole project open; nothing was changed")
        for oid in sorted(delta.added | delta.updated | delta.removed):
            obj = project.find(kind, oid)
            if obj is None:
                p.drop(kind, oid)
            elif p.put(project, kind, obj) and kind is Kind.ANNOTATION:
                for link in project.links_of(oid):  # links live with their annotation
                    if link.subject_id == oid:
                        p.put(project, Kind.LINK, link)
    return p
