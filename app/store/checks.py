"""check(): an integrity report of a project folder as it is on disk (not as it is in memory)."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, StoreError
from app.domain.links import Kind
from app.domain.records import from_record
from app.store import audit, originals, safe_files, validation
from app.store.database import Database, read_database
from app.store.loading import gc_paused
from app.store.schema import AUDIT_FILE, PROJECT_FILE, TABLES, TEXTS_DIR


@dataclass
class Inspection:
    """What check() found, and the objects whose records passed the full validation, by kind and id
    (None when the database files could not be read)."""

    problems: list[str]
    objects: validation.Objects | None = None
    opens: bool = False  # whether the project's own open loads every record that passed (see validation.inspect)

    @property
    def sound_objects(self) -> validation.Objects | None:
        """The objects when nothing at all is wrong: then they are the whole project the files hold, as an
        open loads it."""
        return None if self.problems or not self.opens else self.objects


def check(folder: Path, schema_version: int) -> list[str]:
    return inspect(folder, schema_version).problems


def inspect(folder: Path, schema_version: int) -> Inspection:
    with gc_paused():  # a dict per record, then an object per record, as on open (see gc_paused)
        try:
            db = read_database(folder)
        except StoreError as exc:
            return Inspection([str(exc)])
        problems: list[str] = []
        version = db.meta.get("schema_version")
        if version != schema_version:
            problems.append(f"{PROJECT_FILE}: schema version is {version!r}, this app uses {schema_version}")
        objects, found, opens = validation.inspect(db)
        problems += found
    with originals.listed(folder):  # three look-ups per document
        problems += _missing_originals(folder, _valid_documents(db))
    problems += originals.tampered(folder)
    problems += _unsafe_entries(folder, TEXTS_DIR)
    chain = audit.verify(folder / AUDIT_FILE)
    if chain.problem:
        problems.append(chain.problem)
    return Inspection(problems, objects, opens)


def _valid_documents(db: Database) -> list[Any]:
    """The documents whose records pass full validation (the others are reported already)."""
    out = []
    for record in db.project.records(TABLES[Kind.DOCUMENT]):
        try:
            out.append(from_record(Kind.DOCUMENT, record))
        except DomainError:
            continue
    return out


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


def _unsafe_entries(folder: Path, sub: str) -> list[str]:
    """Entries of `sub` that are no regular file inside the project (pipes, devices, links out): never read."""
    return [f"{sub}/{path.name}: not a regular file in the project folder (a pipe, device or link out); not read"
            for path in sorted((folder / sub).glob("*"))
            if not path.name.startswith(".") and not safe_files.is_regular(path, folder)]
