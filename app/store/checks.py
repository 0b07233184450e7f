"""check(): an integrity report of a project folder as it is on disk (not as it is in memory)."""

from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, StoreError
from app.domain.links import Kind
from app.domain.records import from_record
from app.store import audit, originals
from app.store.database import read_database
from app.store.schema import AUDIT_FILE, PROJECT_FILE, TABLES, document_of

_KINDS = {name: kind for kind, name in TABLES.items()}


def check(folder: Path, schema_version: int) -> list[str]:
    try:
        db = read_database(folder)
    except StoreError as exc:
        return [str(exc)]
    problems: list[str] = []
    version = db.meta.get("schema_version")
    if version != schema_version:
        problems.append(f"{PROJECT_FILE}: schema version is {version!r}, this app uses {schema_version}")
    objects: dict[Kind, dict[str, Any]] = {kind: {} for kind in Kind}
    for rel, image in db.files().items():
        for table, rows in image.tables.items():
            kind = _KINDS.get(table)
            for key, record in rows.items() if kind is not None else ():
                try:
                    obj = from_record(kind, record)
                except DomainError as exc:
                    problems.append(f"{rel}: record {key} of {table}: {exc}")
                    continue
                objects[kind][obj.id] = obj
                doc = document_of(rel)
                if kind is Kind.ANNOTATION and doc != obj.document_id:
                    problems.append(f"{rel}: annotation {obj.id} belongs to document {obj.document_id}")
    problems += _dangling(objects)
    problems += _missing_originals(folder, objects[Kind.DOCUMENT].values())
    problems += originals.tampered(folder)
    chain = audit.verify(folder / AUDIT_FILE)
    if chain.problem:
        problems.append(chain.problem)
    return problems


def _dangling(objects: dict[Kind, dict[str, Any]]) -> list[str]:
    problems = []
    for a in objects[Kind.ANNOTATION].values():
        if a.document_id not in objects[Kind.DOCUMENT]:
            problems.append(f"annotation {a.id} names a missing document {a.document_id}")
    for s in objects[Kind.SOURCE].values():
        if s.document_id and s.document_id not in objects[Kind.DOCUMENT]:
            problems.append(f"source {s.id} names a missing document {s.document_id}")
    for link in objects[Kind.LINK].values():
        for kind, oid in ((link.subject_kind, link.subject_id), (link.object_kind, link.object_id)):
            if oid not in objects[kind]:
                problems.append(f"link {link.id} points to a missing {kind} {oid}")
    return problems


def _missing_originals(folder: Path, documents: Any) -> list[str]:
    problems = []
    for doc in documents:
        try:
            found = originals.find(folder, doc.sha256)
        except StoreError:
            found = None
        if found is None:
            problems.append(f"document {doc.id}: the stored copy of {doc.original_name!r} is missing")
        if doc.ocr_layer and originals.find(folder, doc.ocr_layer) is None:
            problems.append(f"document {doc.id}: the stored OCR layer of {doc.original_name!r} is missing")
        for companion in doc.companion_sha256:
            if originals.find(folder, companion) is None:
                problems.append(f"document {doc.id}: the web archive (WARC) captured with {doc.original_name!r} is missing")
    return problems
