"""Reading every database file of a project into memory, with clear errors for damaged files."""

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import StoreError
from app.store import safe_files
from app.store.image import DbImage
from app.store.schema import (
    ANNOTATION_TABLES,
    ANNOTATIONS_DIR,
    META_TABLE,
    PROJECT_FILE,
    PROJECT_TABLES,
    annotations_file,
    document_of,
)
from app.store.storage import parse_db


class DamagedFile(StoreError):
    def __init__(self, rel: str, why: str) -> None:
        super().__init__(f"{rel} is damaged: {why}")
        self.rel = rel


@dataclass
class Database:
    project: DbImage
    annotations: dict[str, DbImage] = field(default_factory=dict)  # document id -> its annotations file

    def image(self, rel: str) -> DbImage | None:
        if rel == PROJECT_FILE:
            return self.project
        doc = document_of(rel)
        return None if doc is None else self.annotations.get(doc)

    def files(self) -> dict[str, DbImage]:
        out = {PROJECT_FILE: self.project}
        out.update((annotations_file(doc), image) for doc, image in self.annotations.items())
        return out

    @property
    def meta(self) -> dict[str, Any]:
        rows = self.project.tables.get(META_TABLE) or {}
        return next(iter(rows.values()), {})


def read_database(folder: Path, overlay: dict[str, bytes | None] | None = None) -> Database:
    """Parse project.json and annotations/*.json; `overlay` holds newer contents (None: deleted), e.g. a pending journal."""
    overlay = overlay or {}
    rels = {PROJECT_FILE} | {f"{ANNOTATIONS_DIR}/{p.name}" for p in (folder / ANNOTATIONS_DIR).glob("*.json")}
    rels |= set(overlay)
    db = Database(DbImage())
    for rel in sorted(rels):
        doc = document_of(rel) if rel != PROJECT_FILE else None
        if rel != PROJECT_FILE and doc is None:
            continue  # not a file the store writes (e.g. a stray "x y.json"); check() does not own it either
        if rel in overlay and overlay[rel] is None:
            continue
        raw = overlay.get(rel)
        if raw is None:
            try:
                raw = safe_files.read(folder / rel, folder, safe_files.MAX_DATABASE)
            except FileNotFoundError:
                if rel == PROJECT_FILE:
                    raise StoreError(f"{folder.name} is not a Sourcemark project (no {PROJECT_FILE})") from None
                continue
            except OSError as exc:
                raise StoreError(f"cannot read {rel}: {exc.strerror}") from None
        try:
            tables = parse_db(raw)
        except ValueError as exc:
            raise DamagedFile(rel, str(exc)) from None
        if doc is None:
            db.project = DbImage(tables, PROJECT_TABLES)
        else:
            db.annotations[doc] = DbImage(tables, ANNOTATION_TABLES)
    return db
