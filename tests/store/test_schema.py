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
        with pytest.raises(StoreError, match=r"written by a newer Sourcemark \(schema 2\); update the app"):
            ProjectStore.open(folder, read_only=read_only)
    assert _files(folder) == before


def test_older_schema_is_migrated_after_a_backup(store: ProjectStore, folder: Path, monkeypatch) -> None:
    populate(store)
    store.close()

    def add_field(data: dict) -> dict:
        claims = {k: {**r, "statement": r["statement"] + " (v2)"} for k, r in data["project"]["claims"].items()}
        return {**data, "project": {**data["project"], "claims": claims}}

    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    monkeypatch.setitem(migrations.MIGRATIONS, 1, add_field)
    with ProjectStore.open(folder) as upgraded:
        assert upgraded.schema_version == 2
        claim = next(iter(upgraded.load().claims.values()))
        assert claim.statement.endswith("(v2)")
        assert upgraded.read_audit()[-1]["action"] == "upgrade"
        newest = upgraded.backups()[0]
        assert json.loads((newest / "project.json").read_text())["meta"]["1"]["schema_version"] == 1
    assert json.loads((folder / "project.json").read_text())["meta"]["1"]["schema_version"] == 2


def test_a_missing_migration_is_an_error(store: ProjectStore, folder: Path, monkeypatch) -> None:
    store.close()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", 2)
    with pytest.raises(StoreError, match="no upgrade from project schema 1 to 2"):
        ProjectStore.open(folder)
