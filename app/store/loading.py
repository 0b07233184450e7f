"""Database images -> a Project (through records.from_record), and schema migrations on those images."""

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import from_record
from app.store.database import Database
from app.store.image import DbImage
from app.store.migrations import migrate
from app.store.schema import ANNOTATION_TABLES, META_TABLE, PROJECT_TABLES, TABLES

# Referenced objects first, so Project.put can check every reference as it goes.
_ORDER = (Kind.DOCUMENT, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE, Kind.ANNOTATION, Kind.LINK)


def build_project(db: Database, name: str) -> Project:
    project = Project(name=name)
    files = db.files()
    for kind in _ORDER:
        table = TABLES[kind]
        for rel, image in files.items():
            for record in image.tables.get(table, {}).values():
                try:
                    project.put(from_record(kind, record))
                except DomainError as exc:
                    raise DomainError(f"{rel}: {exc}") from None
    return project


def migrated(db: Database, version: int, target: int) -> Database:
    data = {
        "project": db.project.tables,
        "annotations": {doc: image.tables for doc, image in db.annotations.items()},
    }
    data = migrate(data, version, target)
    project = DbImage(data["project"], PROJECT_TABLES)
    meta = project.tables[META_TABLE]
    key = next(iter(meta), "1")
    meta[key] = {**meta.get(key, {}), "schema_version": target}
    return Database(project, {doc: DbImage(t, ANNOTATION_TABLES) for doc, t in data["annotations"].items()})
