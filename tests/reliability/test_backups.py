"""Damaged databases: a clear message naming the newest good backup, bytes never overwritten, restore works."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.services.annotate import create_annotation
from app.services.session import ProjectSession
from app.store import backups
from app.store.project_store import ProjectStore
from app.store.schema import annotations_file

from .helpers import cli, new_text_project


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _junk(path: Path) -> None:
    path.write_bytes(b"\x00\xff{not json" * 10)


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _wrong_shape(path: Path) -> None:
    path.write_text('{"documents": [1, 2, 3]}')


def _newer_schema(path: Path) -> None:
    data = json.loads(path.read_bytes())
    data["meta"]["1"]["schema_version"] = 99
    path.write_text(json.dumps(data))


DAMAGE: dict[str, tuple[str, Callable[[Path], None], str]] = {
    "truncated project.json": ("project.json", _truncate, "project.json is damaged"),
    "invalid JSON project.json": ("project.json", _junk, "project.json is damaged"),
    "empty project.json": ("project.json", _empty, "project.json is damaged"),
    "wrong shape project.json": ("project.json", _wrong_shape, "project.json is damaged"),
    "truncated annotations file": ("ANNOTATIONS", _truncate, ".json is damaged"),
    "invalid JSON annotations file": ("ANNOTATIONS", _junk, ".json is damaged"),
    "schema newer than the app": ("project.json", _newer_schema, "written by a newer Sourcemark"),
}


def _project(tmp_path: Path) -> tuple[Path, str, int]:
    folder = tmp_path / "Damaged.sourcemark"
    doc_id = new_text_project(folder)
    with ProjectSession.open(folder) as session:
        for i in range(3):
            session.execute(create_annotation(session, doc_id, 10 * i, 10 * i + 8))
    ProjectSession.open(folder).close()  # the open backs up the state with the 3 annotations
    return folder, doc_id, 3


@pytest.mark.parametrize("case", list(DAMAGE))
def test_damaged_database_names_the_newest_good_backup_and_restores(tmp_path: Path, case: str) -> None:
    folder, doc_id, count = _project(tmp_path)
    rel, damage, expected = DAMAGE[case]
    rel = annotations_file(doc_id) if rel == "ANNOTATIONS" else rel
    newest = backups.newest_good(folder)
    assert newest is not None
    damage(folder / rel)
    damaged = (folder / rel).read_bytes()
    listing_before = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name != "lock")
    for read_only in (False, True):
        with pytest.raises(StoreError) as info:
            ProjectSession.open(folder, read_only=read_only)
        message = str(info.value)
        assert expected in message and f"backups/{newest.name}" in message and "\n" not in message, message
    for args in (("list", folder, "annotations"), ("add", folder, __file__), ("check", folder)):
        result = cli(*args)
        expected_code = 1 if args[0] == "check" else 2  # a damaged project is a failed check, not bad usage
        assert result.code == expected_code and f"backups/{newest.name}" in (result.err + result.out), (args, result)
        assert "Traceback" not in result.err
    assert (folder / rel).read_bytes() == damaged  # unreadable data is never overwritten
    after = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.name != "lock")
    assert after == listing_before  # nor backed up, nor anything else written
    result = cli("restore", folder)
    assert result.code == 0 and result.out.strip() == f"restored backups/{newest.name}", result
    with ProjectSession.open(folder) as session:
        assert len(session.project.annotations) == count
        assert not session.store.check()
    assert cli("check", folder).code == 0
    # the damaged bytes were kept in a backup of their own, and are not offered as "good"
    kept = [b for b in backups.list_backups(folder) if (b / rel).is_file() and (b / rel).read_bytes() == damaged]
    assert kept and backups.newest_good(folder) not in kept


def test_recover_api_and_restore_by_name(tmp_path: Path) -> None:
    folder, doc_id, count = _project(tmp_path)
    oldest = backups.list_backups(folder)[-1]
    _junk(folder / "project.json")
    with ProjectStore.recover(folder, backups.newest_good(folder)) as store:  # type: ignore[arg-type]
        assert len(store.load().annotations) == count
    result = cli("restore", folder, "--backup", oldest.name)
    assert result.code == 0 and oldest.name in result.out
    assert cli("restore", folder, "--backup", "nope").code == 2
    assert cli("check", folder).code == 0


def test_restore_is_refused_while_another_writer_holds_the_project(tmp_path: Path) -> None:
    folder, _, _ = _project(tmp_path)
    with ProjectSession.open(folder):
        result = cli("restore", folder)
    assert result.code == 3 and "open in another Sourcemark" in result.err, result  # 3: locked
