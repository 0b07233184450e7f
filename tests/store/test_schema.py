import json
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.store import migrations, schema
from app.store.project_store import ProjectStore

from .conftest import populate


def _set_version(folder: Path, version: int) -> None:
    data = json.loads((folder / "project.json").read_text())
    data["meta"]["1"]["schema_version"] = version
    (folder / "project.json").write_text(json.dumps(data))


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file() and p.name != "lock"}


def test_newer_schema_is_refused_and_nothing_is_written(store: ProjectStore, folder: Path) -> None:
    populate(store)
    store.close()
    _set_version(folder, schema.SCHEMA_VERSION + 1)
    before = _files(folder)
    for read_only in (False, True):
        with pytest.raises(StoreError, match=r"written by a newer Sourcemark \(schema 4\); update the app"):
            ProjectStore.open(folder, read_only=read_only)
    assert _files(folder) == before


def test_older_schema_is_migrated_after_a_backup(store: ProjectStore, folder: Path, monkeypatch) -> None:
    populate(store)
    store.close()

    def add_field(data: dict) -> dict:
        claims = {k: {**r, "statement": r["statement"] + " (v2)"} for k, r in data["project"]["claims"].items()}
        return {**data, "project": {**data["project"], "claims": claims}}

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(migrations.MIGRATIONS, current, add_field)
    with ProjectStore.open(folder) as upgraded:
        assert upgraded.schema_version == current + 1
        claim = next(iter(upgraded.load().claims.values()))
        assert claim.statement.endswith("(v2)")
        assert upgraded.read_audit()[-1]["action"] == "upgrade"
        newest = upgraded.backups()[0]
        assert json.loads((newest / "project.json").read_text())["meta"]["1"]["schema_version"] == current
    assert json.loads((folder / "project.json").read_text())["meta"]["1"]["schema_version"] == current + 1


def test_a_missing_migration_is_an_error(store: ProjectStore, folder: Path, monkeypatch) -> None:
    store.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    with pytest.raises(StoreError, match="no upgrade from project schema 3 to 4"):
        ProjectStore.open(folder)


def _strip_revisions(folder: Path) -> None:
    """Turn a fresh project back into what schema 1 wrote: no `rev` in any record."""
    for path in [folder / "project.json", *(folder / "annotations").glob("*.json")]:
        data = json.loads(path.read_text())
        for table, rows in data.items():
            if table != "meta":
                for row in rows.values():
                    row.pop("rev", None)
                    row.pop("history", None)
        path.write_text(json.dumps(data))


def test_schema_1_projects_get_revision_1_on_every_object(store: ProjectStore, folder: Path) -> None:
    populate(store)
    store.close()
    _strip_revisions(folder)
    _set_version(folder, 1)
    with ProjectStore.open(folder) as upgraded:
        assert upgraded.schema_version == schema.SCHEMA_VERSION == 3
        project = upgraded.load()
        objects = [obj for table in project.objects.values() for obj in table.values()]
        assert len(objects) == 8 and all(obj.rev == 1 and obj.history == () for obj in objects)
    written = json.loads((folder / "annotations" / f"{next(iter(project.documents))}.json").read_text())
    assert all(row["rev"] == 1 for rows in written.values() for row in rows.values())


def test_the_revision_migration_is_pure_and_leaves_meta_alone() -> None:
    data = {"project": {"meta": {"1": {"schema_version": 1}}, "claims": {"1": {"id": "c"}, "2": {"id": "d", "rev": 4}}},
            "annotations": {"doc": {"annotations": {"1": {"id": "a"}}, "links": {}}}}
    out = migrations.MIGRATIONS[1](data)
    assert out["project"]["meta"] == {"1": {"schema_version": 1}}
    assert out["project"]["claims"] == {"1": {"id": "c", "rev": 1}, "2": {"id": "d", "rev": 4}}
    assert out["annotations"]["doc"]["annotations"]["1"] == {"id": "a", "rev": 1}
    assert "rev" not in data["project"]["claims"]["1"]  # the input is not changed in place
