"""Turning a project's Changes into new contents for exactly the database files they touch.

project.json is written whole. An annotations file gets one line appended to its .delta instead
(app.store.delta), unless that delta would outgrow its fold limit: then the file is written whole and
the delta deleted. A document whose file this store did not read (a scoped open) can still receive
new objects: they are appended to its delta without reading the file, so adding a highlight to a
document of 50,000 never parses them. Removing or moving objects still needs the file read.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.changes import Changes
from app.domain.errors import StoreError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import to_record
from app.store import delta as delta_log
from app.store.database import Database
from app.store.image import DbImage
from app.store.schema import (
    ANNOTATION_TABLES,
    PROJECT_FILE,
    PROJECT_TABLES,
    TABLES,
    annotations_file,
    delta_file,
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


Sizes = Callable[[str], tuple[int, int]]  # document id -> (bytes of its .json, bytes of its .delta) on disk
Ops = dict[str, dict[str, dict[str, Any]]]  # annotations file -> table -> object id -> record (None: deleted)


@dataclass
class Files:
    """What a commit writes: whole files, appends (relative path -> (offset, bytes)) and deletions."""

    writes: dict[str, bytes] = field(default_factory=dict)
    appends: dict[str, tuple[int, bytes]] = field(default_factory=dict)
    deletes: list[str] = field(default_factory=list)
    sizes: dict[str, tuple[int, int] | None] = field(default_factory=dict)  # document -> sizes after (None: gone)


@dataclass
class Plan:
    db: Database
    where: Where
    images: dict[str, DbImage] = field(default_factory=dict)  # new images of the touched files that were read
    moves: list[tuple[Kind, str, str | None]] = field(default_factory=list)
    ops: Ops = field(default_factory=dict)  # the changes per annotations file, for its delta
    _files: Files | None = None

    def unread_docs(self) -> set[str]:
        """The documents this plan appends to without having read their file."""
        return {doc for rel in self.ops if (doc := document_of(rel)) in self.db.unread}

    def _note(self, rel: str, table: str, oid: str, record: dict[str, Any] | None) -> None:
        if rel != PROJECT_FILE:
            self.ops.setdefault(rel, {}).setdefault(table, {})[oid] = record

    def _put_record(self, rel: str, table: str, record: dict[str, Any]) -> None:
        self._note(rel, table, record["id"], record)
        if document_of(rel) not in self.db.unread:
            self.image(rel).put(table, record)

    def _delete_record(self, rel: str, table: str, oid: str) -> None:
        if document_of(rel) in self.db.unread:  # `where` never points into a file not read
            raise StoreError(f"this change needs {rel}, which this command did not read; nothing was changed")
        self._note(rel, table, oid, None)
        self.image(rel).delete(table, oid)

    def image(self, rel: str) -> DbImage:
        if rel not in self.images:
            base = self.db.image(rel)
            names = PROJECT_TABLES if rel == PROJECT_FILE else ANNOTATION_TABLES
            self.images[rel] = base.copy() if base is not None else DbImage(names=names)
        return self.images[rel]

    def put(self, project: Project, kind: Kind, obj: Any) -> bool:
        """Store `obj`; True if it moved to another file."""
        rel = location(project, kind, obj)
        old = self.where[kind].get(obj.id)
        if old is not None and old != rel:
            self._delete_record(old, TABLES[kind], obj.id)
        self._put_record(rel, TABLES[kind], to_record(obj))
        self.moves.append((kind, obj.id, rel))
        return old is not None and old != rel

    def drop(self, kind: Kind, oid: str) -> None:
        old = self.where[kind].get(oid)
        if old is not None:
            self._delete_record(old, TABLES[kind], oid)
        self.moves.append((kind, oid, None))

    def files(self, seq: int, sizes: Sizes) -> Files:
        """What to write: an emptied annotations file is deleted (with its delta), not kept empty."""
        out = Files()
        if PROJECT_FILE in self.images:
            out.writes[PROJECT_FILE] = self.images[PROJECT_FILE].dumps()
        for rel in sorted(self.ops):
            doc = document_of(rel)
            assert doc is not None
            base, tail = sizes(doc)
            image = self.images.get(rel)
            if image is not None and image.is_empty():
                out.deletes += [rel, delta_file(doc)]
                out.sizes[doc] = None
                continue
            tables = self.ops[rel]
            line = delta_log.encode(seq, {t: [r for r in rows.values() if r is not None] for t, rows in tables.items()},
                                {t: [oid for oid, r in rows.items() if r is None] for t, rows in tables.items()})
            if image is None or (base and tail + len(line) <= delta_log.fold_limit(base)):
                out.appends[delta_file(doc)] = (tail, line)
                out.sizes[doc] = (base, tail + len(line))
            else:  # fold: the file whole, the delta gone
                out.writes[rel] = data = image.dumps()
                if tail:
                    out.deletes.append(delta_file(doc))
                out.sizes[doc] = (len(data), 0)
        self._files = out
        return out

    def apply(self) -> None:
        """Make the plan the store's state; call only once the files are on disk."""
        for doc, size in (self._files.sizes if self._files else {}).items():
            if size is None:
                self.db.sizes.pop(doc, None)
            else:
                self.db.sizes[doc] = size
        for rel, image in self.images.items():
            home = document_of(rel)
            if home is None:
                self.db.project = image
            elif image.is_empty():
                self.db.annotations.pop(home, None)
            else:
                self.db.annotations[home] = image
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
