"""The one full validation of a project's database files: every reader of a project it does not trust
(merge, agreement, sync, `check`) goes through `problems` or `validated_project`.

Every record through `records.from_record` (types, enums, invariants), annotations in their document's
file, ids unique across kinds, no reference to a missing object. The project's own opens use the fast
`from_trusted` path (types checked, invariants not) and re-check ids and references in
`restore_project`; this module is the rest, for input that someone else wrote.
"""

from typing import Any

from app.domain.errors import DomainError, StoreError
from app.domain.links import Kind
from app.domain.project import Project, id_clash, restore_project
from app.domain.records import from_record_as_opened
from app.store.database import Database
from app.store.schema import TABLES, document_of

_KINDS = {name: kind for kind, name in TABLES.items()}
Objects = dict[Kind, dict[str, Any]]


def problems(db: Database) -> list[str]:
    """Every problem of the records, one line each (empty: the files make a sound project)."""
    return inspect(db)[1]


def inspect(db: Database) -> tuple[Objects, list[str], bool]:
    """The objects whose records passed the full validation (by kind and id), every problem of the records,
    one line each, and whether the project's own open (the trusted path) loads every record that passed:
    with no problem and that, the objects are the project the files hold and an open gives."""
    objects, found, opens = _objects(db)
    return objects, found + _clashes(objects) + _dangling(objects), opens


def validated_project(db: Database, name: str, label: str) -> Project:
    """The project the files hold, fully validated; StoreError naming the first problem (and how many more)."""
    objects, found, _ = _objects(db)
    found += _clashes(objects) + _dangling(objects)
    if found:
        more = f" (and {len(found) - 1} more problem(s))" if len(found) > 1 else ""
        raise StoreError(f"{label}: {found[0]}{more}; run 'sourcemark check' on it")
    try:
        return restore_project(name, {kind: list(table.values()) for kind, table in objects.items()})
    except DomainError as exc:  # already reported above; kept so no unchecked path is left
        raise StoreError(f"{label}: {exc}") from None


def _objects(db: Database) -> tuple[Objects, list[str], bool]:
    objects: Objects = {kind: {} for kind in Kind}
    found: list[str] = []
    opens = True
    for rel, image in db.files().items():
        doc = document_of(rel)
        for table, rows in image.tables.items():
            kind = _KINDS.get(table)
            if kind is None:
                continue
            for key, record in rows.items():
                try:
                    obj, loads = from_record_as_opened(kind, record)
                except DomainError as exc:
                    found.append(f"{rel}: record {key} of {table}: {exc}")
                    continue
                opens = opens and loads
                if obj.id in objects[kind]:
                    found.append(f"{rel}: {kind} {obj.id} appears twice")
                objects[kind][obj.id] = obj
                if kind is Kind.ANNOTATION and doc != obj.document_id:
                    found.append(f"{rel}: annotation {obj.id} belongs to document {obj.document_id}")
    return objects, found, opens


def _clashes(objects: Objects) -> list[str]:
    probe = Project()
    probe.objects = objects
    clash = id_clash(probe)
    return [clash] if clash else []


def _dangling(objects: Objects) -> list[str]:
    found = []
    for a in objects[Kind.ANNOTATION].values():
        if a.document_id not in objects[Kind.DOCUMENT]:
            found.append(f"annotation {a.id} names a missing document {a.document_id}")
    for s in objects[Kind.SOURCE].values():
        if s.document_id and s.document_id not in objects[Kind.DOCUMENT]:
            found.append(f"source {s.id} names a missing document {s.document_id}")
    for link in objects[Kind.LINK].values():
        for kind, oid in ((link.subject_kind, link.subject_id), (link.object_kind, link.object_id)):
            if oid not in objects[kind]:
                found.append(f"link {link.id} points to a missing {kind} {oid}")
    return found
