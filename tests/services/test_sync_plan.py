"""A sync in stages: `plan_pull` (network and reads, nothing written), then `apply_pull` (one command)."""

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.net.couch import SyncError
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.store.sync_state import LOG_FILE, SYNC_FILE
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import share_three_claims


@pytest.fixture
def db_url(server: PouchServer, request: pytest.FixtureRequest) -> str:
    return f"{server.url}/p{abs(hash(request.node.name)) % 10**8}"


def _files(folder: Path) -> dict[str, str]:
    """Every file of the project folder but backups, by its hash: what a plan must leave alone."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*"))
            if p.is_file() and "backups" not in p.parts and p.name != "lock"}


@pytest.fixture
def edited_there(tmp_path: Path, db_url: str) -> Iterator[tuple[ProjectSession, list[str]]]:
    """Boris's copy of three claims, and Ana's edit of the first one on the server."""
    a, b, ids = share_three_claims(tmp_path, db_url)
    try:
        a.execute(entities.edit_claim(a, ids[0], verdict="false"))
        sync.sync(a)
        yield b, ids
    finally:
        a.close()
        b.close()


def test_a_plan_writes_nothing_and_its_apply_takes_the_change_in(edited_there, db_url: str) -> None:
    b, ids = edited_there
    before = _files(b.folder)
    run = sync.prepare(b)
    try:
        sync.plan_pull(run)
        assert run.plan is not None and [ch.oid for ch in run.plan.changes] == [ids[0]]
        assert _files(b.folder) == before and b.project.claims[ids[0]].verdict.value == "unverified"
        sync.apply_pull(run, b.execute)
        assert b.project.claims[ids[0]].verdict.value == "false" and b.undo_label == f"Sync with {db_url}"
        assert b.store.read_audit()[-1]["synced_with"] == db_url  # the pull's own command, not a folder merge's
        report = sync.push_changes(run)
    finally:
        run.close()
    assert report.pulled == 1 and report.pushed == 0
    assert (b.folder / SYNC_FILE).exists() or (b.folder / LOG_FILE).exists()
    assert sync.sync(b).pulled == 0  # the checkpoint moved: nothing comes in twice


def test_an_edit_between_plan_and_apply_takes_nothing_in(edited_there) -> None:
    b, ids = edited_there
    run = sync.prepare(b)
    try:
        sync.plan_pull(run)
        b.execute(entities.edit_claim(b, ids[1], verdict="true"))  # the analyst works on while the plan waits
        with pytest.raises(SyncError, match="changed while the sync was waiting"):
            sync.apply_pull(run, b.execute)
    finally:
        run.close()
    assert b.project.claims[ids[0]].verdict.value == "unverified"
    report = sync.sync(b)  # the next sync takes it in, and sends the edit
    assert report.pulled == 1 and report.pushed == 1
