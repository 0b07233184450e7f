"""Database images -> a Project (through records.from_record), and schema migrations on those images."""

import gc
from collections.abc import Iterator
from contextlib import contextmanager

from app.domain.errors import DomainError
from app.domain.links import DEPENDENCY_ORDER, Kind
from app.domain.project import Obj, Project, restore_project
from app.domain.records import from_trusted
from app.store.database import Database
from app.store.image import DbImage
from app.store.migrations import migrate
from app.store.schema import ANNOTATION_TABLES, META_TABLE, PROJECT_TABLES, TABLES


def build_project(db: Database, name: str) -> Project:
    """The project in memory. Uses the trusted fast path; `check()` validates every record fully."""
    with gc_paused():
        return _build(db, name)


FREEZE_AFTER = 100_000  # new container objects (records, domain objects) since the last collection


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while building many objects that form no cycles.

    Each of the collector's passes walks every container built so far; for 100,000 records those
    passes cost about as much as building the objects. On the way out the survivors are frozen (moved
    to the collector's permanent generation): otherwise the first collections after re-enabling walk
    all of them again, three times over as they age (0.5 s after a 50,000-annotation load). Records and
    domain objects form no cycles, so they are still freed by reference counting when dropped.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if gc.get_count()[0] > FREEZE_AFTER:  # a big load (small ones are not worth pinning whatever else is alive)
            gc.freeze()
        if was_enabled:
            gc.enable()


def thaw() -> None:
    """Give the objects gc_paused froze back to the collector (into its oldest generation, so they are not
    walked again until a full collection). Called when a project closes: the freeze also pinned whatever
    else was alive at the time, such as the previous project's window, whose cycles only the collector frees."""
    gc.unfreeze()


def _build(db: Database, name: str) -> Project:
    objects: dict[Kind, list[Obj]] = {kind: [] for kind in DEPENDENCY_ORDER}
    files = db.files()
    for kind in DEPENDENCY_ORDER:  # referenced objects first, so Project.put can check every reference
        table = TABLES[kind]
        out = objects[kind]
        for rel, image in files.items():
            try:
                out.extend(from_trusted(kind, record) for record in image.tables.get(table, {}).values())
            except DomainError as exc:
                raise DomainError(f"{rel}: {exc}") from None
    return restore_project(name, objects)


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
