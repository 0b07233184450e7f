"""Reading a project's database files into memory, with clear errors for damaged files.

project.json is always read; an annotations file only when its document is in scope (all of them by
default). Commands that touch no annotations never parse the 50,000 they do not need. An annotations
file is read with its .delta applied on top (app.store.delta); the sizes of both are kept, so a commit
can tell whether to append or to fold.
"""

import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import StoreError
from app.store import delta, safe_files
from app.store.image import DbImage
from app.store.schema import (
    ANNOTATION_TABLES,
    ANNOTATIONS_DIR,
    META_TABLE,
    PROJECT_FILE,
    PROJECT_TABLES,
    annotations_file,
    delta_file,
    document_of,
    document_of_delta,
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
    unread: set[str] = field(default_factory=set)  # documents whose annotations file exists but is not read yet
    sizes: dict[str, tuple[int, int]] = field(default_factory=dict)  # document id -> (its .json, its .delta) in bytes, as read

    @property
    def complete(self) -> bool:
        return not self.unread

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


def read_database(
    folder: Path, overlay: dict[str, bytes | None] | None = None, documents: Collection[str] | None = None
) -> Database:
    """Parse project.json and annotations/*.json; `overlay` holds newer contents (None: deleted), e.g. a pending journal.

    `documents`: read only the annotations files of these documents (None: all); the others stay in `unread`.
    """
    overlay = overlay or {}
    rels = {f"{ANNOTATIONS_DIR}/{p.name}" for p in (folder / ANNOTATIONS_DIR).glob("*.json")}
    rels |= {f"{ANNOTATIONS_DIR}/{p.name}" for p in (folder / ANNOTATIONS_DIR).glob("*.delta")} | set(overlay)
    db = Database(_read_raw(folder, PROJECT_FILE, overlay)[1] or DbImage())
    for rel in sorted(rels - {PROJECT_FILE}):
        doc = document_of(rel) or document_of_delta(rel)
        if doc is None or (rel in overlay and overlay[rel] is None):
            continue  # not a file the store writes (e.g. a stray "x y.json"; check() does not own it either), or deleted
        db.unread.add(doc)
    read_more(folder, db, db.unread if documents is None else db.unread & set(documents), overlay)
    return db


def read_more(folder: Path, db: Database, documents: Collection[str], overlay: dict[str, bytes | None] | None = None) -> None:
    """Read the annotations files of `documents` (those still unread) into `db`."""
    for doc in sorted(set(documents) & db.unread):
        image = read_document(folder, doc, overlay or {}, db.sizes)
        if image is not None:
            db.annotations[doc] = image
        db.unread.discard(doc)


def read_document(folder: Path, doc: str, overlay: dict[str, bytes | None],
                  sizes: dict[str, tuple[int, int]] | None = None) -> DbImage | None:
    """The annotations file of `doc` with its delta applied (None when neither exists); notes both sizes in `sizes`."""
    base_size, image = _read_raw(folder, annotations_file(doc), overlay)
    rel = delta_file(doc)
    # Most documents have no delta: one lstat says so, where the safe read's checks cost ~10x that (500 documents).
    raw = _read_bytes(folder, rel, overlay) if rel in overlay or os.path.lexists(folder / rel) else None
    if raw:
        try:
            entries = delta.parse(raw)
        except ValueError as exc:
            raise DamagedFile(rel, str(exc)) from None
        image = image or DbImage(names=ANNOTATION_TABLES)
        delta.apply(image, entries)
    if sizes is not None:
        sizes[doc] = (base_size, len(raw or b""))
    return image


def delta_size(folder: Path, doc: str) -> tuple[int, int]:
    """(size of the .json, size of the .delta) of `doc` on disk, 0 for a missing file."""
    out = []
    for rel in (annotations_file(doc), delta_file(doc)):
        try:
            out.append((folder / rel).stat().st_size)
        except FileNotFoundError:
            out.append(0)
    return out[0], out[1]


def _read_bytes(folder: Path, rel: str, overlay: dict[str, bytes | None]) -> bytes | None:
    if rel in overlay:
        return overlay[rel]
    try:
        return safe_files.read(folder / rel, folder, safe_files.MAX_DATABASE)  # regular, inside, bounded
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise StoreError(f"cannot read {rel}: {exc.strerror}") from None


def _read_raw(folder: Path, rel: str, overlay: dict[str, bytes | None]) -> tuple[int, DbImage | None]:
    raw = _read_bytes(folder, rel, overlay)
    if raw is None:
        if rel == PROJECT_FILE:
            raise StoreError(f"{folder.name} is not a Sourcemark project (no {PROJECT_FILE})") from None
        return 0, None
    try:
        tables = parse_db(raw)
    except ValueError as exc:
        raise DamagedFile(rel, str(exc)) from None
    return len(raw), DbImage(tables, PROJECT_TABLES if rel == PROJECT_FILE else ANNOTATION_TABLES)
