"""Sync faults: server down, a connection cut mid-pull or mid-push. One clean error, the project intact,
and the next sync completes (with nothing lost and no conflict left on the server)."""

import json
import urllib.request
from pathlib import Path

import pytest

from app.domain.errors import StoreError
from app.domain.links import Kind
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from tests.fixtures.couch_server import FaultProxy, free_port
from tests.fixtures.couch_team import share_three_claims


@pytest.fixture
def pair(tmp_path: Path, proxy: FaultProxy, request: pytest.FixtureRequest):
    """Ana and Boris share a database (through the proxy) holding three claims."""
    url = f"{proxy.url}/f{abs(hash(request.node.name)) % 10**8}"
    a, b, ids = share_three_claims(tmp_path, url)
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


def _damage(url: str, doc_id: str, **fields: object) -> None:
    with urllib.request.urlopen(f"{url}/{doc_id}") as r:
        doc = json.loads(r.read())
    doc.update(fields)
    req = urllib.request.Request(f"{url}/{doc_id}", data=json.dumps(doc).encode(), method="PUT",
                                 headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req).close()


@pytest.mark.parametrize(("fields", "reason"), [
    ({"verdict": "banana"}, "banana"),  # an unknown verdict
    ({"statement": 42}, "statement must be text"),  # a type mismatch
    ({"created": 7}, "field 'created' must be text, not a number"),
    ({"rationale": None}, "field 'rationale' must be text, not null"),
    ({"synced_by": ["x"]}, "synced_by is not a name"),
])
def test_a_damaged_record_on_the_server_is_left_out_and_the_rest_syncs_both_ways(
        pair, fields: dict, reason: str) -> None:
    """A hand-edited document on the server: named with its reason on every sync (exit 1 in the CLI), and
    nothing else stops: the other analyst's edit comes in, and this analyst's own edit goes up."""
    from app.services import evidence

    a, b, ids, url = pair
    a.execute(entities.edit_claim(a, ids[0], verdict="false"))
    sync.sync(a)
    _damage(url, f"claim:{ids[1]}", **fields)
    b.execute(entities.edit_claim(b, ids[2], verdict="true"))
    report = sync.sync(b)
    assert report.unfinished and list(report.bad) == [f"claim:{ids[1]}"]
    assert reason in report.bad[f"claim:{ids[1]}"]
    assert any(line.startswith(f"  left out: claim:{ids[1]} on the server:") for line in report.lines())
    assert b.project.claims[ids[0]].verdict.value == "false"  # the rest came in
    again = sync.sync(b)
    assert list(again.bad) == [f"claim:{ids[1]}"]  # named again, not forgotten after one sync
    sync.sync(a)
    assert a.project.claims[ids[2]].verdict.value == "true"  # and went up
    folder = b.folder
    b.close()
    with ProjectSession.open(folder, analyst="boris") as reopened:
        assert set(reopened.project.claims) == set(ids) and evidence.check_project(reopened) == []


def test_a_damaged_sync_state_is_one_clean_error(pair) -> None:
    a, _b, _ids, _url = pair
    (a.folder / "sync.json").write_bytes(b"{not json")
    with pytest.raises(StoreError, match="sync.json"):
        sync.sync(a)


@pytest.mark.parametrize(("tamper", "reason"), [
    (lambda doc: doc["_attachments"]["data"].update(data="b3RoZXIgYnl0ZXM="), "hash mismatch"),
    (lambda doc: doc.pop("_attachments"), "is missing on the server"),
])
def test_a_file_whose_bytes_do_not_match_its_hash_is_named_and_the_rest_syncs(
        pair, proxy: FaultProxy, tmp_path: Path, tamper, reason: str) -> None:
    """The blob is there with other bytes (a hash mismatch, said as such) or without them (missing): the document
    and what hangs on it are left out and named; the other analyst's edit still comes in and ours goes up."""
    from tests.fixtures.run import add_document

    a, b, ids, _url = pair
    extra = tmp_path / "report.txt"
    extra.write_text("A report on the bridge.\n", encoding="utf-8")
    doc = add_document(a, extra).document
    a.execute(entities.edit_claim(a, ids[0], verdict="false"))
    sync.sync(a)
    b.execute(entities.edit_claim(b, ids[1], verdict="true"))

    def rewrite(method: str, path: str, data: bytes):
        if "blob" not in path or "attachments=true" not in path:
            return None
        body = json.loads(data)
        tamper(body)
        return json.dumps(body).encode()

    proxy.rewrite = rewrite
    report = sync.sync(b)
    assert report.unfinished and list(report.bad) == [f"document:{doc.id}"]
    assert reason in report.bad[f"document:{doc.id}"] and doc.sha256[:12] in report.bad[f"document:{doc.id}"]
    assert not b.project.documents and b.project.claims[ids[0]].verdict.value == "false"
    assert list(sync.sync(b).bad) == [f"document:{doc.id}"]  # named on each sync
    sync.sync(a)
    assert a.project.claims[ids[1]].verdict.value == "true"
    proxy.rewrite = lambda method, path, data: None  # repaired: it comes in
    report = sync.sync(b)
    assert report.bad == {} and doc.id in b.project.documents
