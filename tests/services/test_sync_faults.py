"""Sync faults: server down, a connection cut mid-pull or mid-push. One clean error, the project intact,
and the next sync completes (with nothing lost and no conflict left on the server)."""

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.errors import DomainError, StoreError
from app.domain.links import Kind
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from tests.fixtures.couch_server import FaultProxy, PouchServer, free_port


@pytest.fixture
def proxy(server: PouchServer) -> Iterator[FaultProxy]:
    p = FaultProxy(server.port)
    yield p
    p.stop()


@pytest.fixture
def pair(tmp_path: Path, proxy: FaultProxy, request: pytest.FixtureRequest):
    """Ana and Boris share a database (through the proxy) holding three claims."""
    url = f"{proxy.url}/f{abs(hash(request.node.name)) % 10**8}"
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    ids = [a.execute(entities.create_claim(a, f"Claim {n}")[0]).created[Kind.CLAIM][0] for n in range(3)]
    sync.sync(a, url)
    sync.clone(url, tmp_path / "B.sourcemark", analyst="boris")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    yield a, b, ids, url
    a.close()
    b.close()


def _cut(proxy: FaultProxy, marker: str) -> None:
    proxy.rule = lambda method, path: "cut" if marker in path else None


def _no_server_conflicts(url: str, ids: list[str]) -> None:
    for oid in ids:
        with urllib.request.urlopen(f"{url}/claim:{oid}?conflicts=true") as r:
            assert "_conflicts" not in json.loads(r.read())


def test_server_down_is_one_clean_error_and_changes_nothing(tmp_path: Path) -> None:
    with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
        a.execute(entities.create_claim(a, "A claim")[0])
        audit = a.store.read_audit()
        with pytest.raises(sync.SyncError, match="cannot reach .*connection refused"):
            sync.sync(a, f"http://127.0.0.1:{free_port()}/team")
        assert a.store.read_audit() == audit and len(a.project.claims) == 1


def test_a_cut_mid_push_then_the_next_sync_completes(pair, proxy: FaultProxy) -> None:
    a, b, ids, url = pair
    for n, oid in enumerate(ids):
        a.execute(entities.edit_claim(a, oid, verdict=("false", "true", "misleading")[n]))
    a.execute(entities.create_claim(a, "A new claim")[0])
    _cut(proxy, "_bulk_docs")  # the server takes the documents; the reply is broken off halfway
    with pytest.raises(sync.SyncError, match="broke off|cannot reach"):
        sync.sync(a)
    proxy.rule = lambda method, path: None
    assert sync.sync(a).conflicts == []
    assert sync.sync(b).conflicts == []
    assert {c.statement: c.verdict.value for c in b.project.claims.values()} == {
        c.statement: c.verdict.value for c in a.project.claims.values()}
    _no_server_conflicts(url, ids)


def test_a_cut_mid_pull_leaves_the_project_as_it_was(pair, proxy: FaultProxy) -> None:
    a, b, ids, url = pair
    a.execute(entities.edit_claim(a, ids[0], verdict="false"))
    a.execute(entities.delete(a, Kind.CLAIM, ids[1]))
    sync.sync(a)
    b.execute(entities.edit_claim(b, ids[2], verdict="true"))
    audit = b.store.read_audit()
    _cut(proxy, "_changes")
    with pytest.raises(sync.SyncError, match="broke off|cannot reach"):
        sync.sync(b)
    assert b.store.read_audit() == audit
    assert b.project.claims[ids[0]].verdict.value != "false" and ids[1] in b.project.claims
    proxy.rule = lambda method, path: None
    assert sync.sync(b).pulled == 2
    assert b.project.claims[ids[0]].verdict.value == "false" and ids[1] not in b.project.claims
    sync.sync(a)
    assert a.project.claims[ids[2]].verdict.value == "true"
    _no_server_conflicts(url, [ids[0], ids[2]])


def test_a_cut_while_fetching_a_file_applies_nothing(pair, proxy: FaultProxy, tmp_path: Path) -> None:
    from tests.fixtures.run import add_document

    a, b, _ids, _url = pair
    extra = tmp_path / "report.txt"
    extra.write_text("A report on the bridge.\n", encoding="utf-8")
    add_document(a, extra)
    sync.sync(a)
    audit = b.store.read_audit()
    proxy.rule = lambda method, path: "cut" if "blob:original" in path or "blob%3Aoriginal" in path else None
    with pytest.raises(sync.SyncError):
        sync.sync(b)
    assert b.store.read_audit() == audit and not b.project.documents
    proxy.rule = lambda method, path: None
    assert sync.sync(b).files_in == 1 and len(b.project.documents) == 1


def test_a_damaged_record_on_the_server_is_refused_whole(pair) -> None:
    """A hand-edited document on the server: one clean error naming it, nothing of that pull applied."""
    a, b, ids, url = pair
    a.execute(entities.edit_claim(a, ids[0], verdict="false"))
    sync.sync(a)
    with urllib.request.urlopen(f"{url}/claim:{ids[1]}") as r:
        doc = json.loads(r.read())
    doc["verdict"] = "banana"
    req = urllib.request.Request(f"{url}/claim:{ids[1]}", data=json.dumps(doc).encode(), method="PUT",
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req).close()
    audit = b.store.read_audit()
    with pytest.raises(DomainError, match=ids[1]):
        sync.sync(b)
    assert b.store.read_audit() == audit and b.project.claims[ids[0]].verdict.value != "false"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("created", 7, "field 'created' must be text, not a number"), ("rationale", None, "field 'rationale' must be text, not null")])
def test_a_record_our_open_would_refuse_is_not_pulled(pair, field: str, value: object, message: str) -> None:
    """A record the full validation once let through (a number or null where text belongs) and our own open
    then refused, making every later command fail: the pull refuses it, and the project still opens."""
    from app.services import evidence

    a, b, ids, url = pair
    with urllib.request.urlopen(f"{url}/claim:{ids[1]}") as r:
        doc = json.loads(r.read())
    doc[field] = value
    req = urllib.request.Request(f"{url}/claim:{ids[1]}", data=json.dumps(doc).encode(), method="PUT",
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req).close()
    with pytest.raises(DomainError, match=message):
        sync.sync(b)
    folder = b.folder
    b.close()
    reopened = ProjectSession.open(folder, analyst="boris")
    try:
        assert set(reopened.project.claims) == set(ids)
        assert evidence.check_project(reopened) == []
    finally:
        reopened.close()


def test_a_damaged_sync_state_is_one_clean_error(pair) -> None:
    a, _b, _ids, _url = pair
    (a.folder / "sync.json").write_bytes(b"{not json")
    with pytest.raises(StoreError, match="sync.json"):
        sync.sync(a)
