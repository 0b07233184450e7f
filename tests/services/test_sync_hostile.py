"""A hostile or broken server is bounded (issue 29, item 3): replies too large, a feed that never ends, JSON
nested too deep, protocol fields of the wrong type, names built to hurt a terminal or the audit log. Each is one
SyncError (CLI: one line, exit 2) with the project as it was; a damaged document is left out and named (exit 1).
The server is a real PouchDB Server behind a proxy that rewrites its replies."""

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli.main import main
from app.net import couch as sync_http
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from tests.fixtures.couch_server import FaultProxy
from tests.fixtures.couch_team import share_three_claims


@pytest.fixture
def pair(tmp_path: Path, proxy: FaultProxy, request: pytest.FixtureRequest):
    """Ana pushed three claims through the proxy; Boris cloned them; Ana then edited one (waiting for Boris)."""
    url = f"{proxy.url}/x{abs(hash(request.node.name)) % 10**8}"
    a, b, ids = share_three_claims(tmp_path, url)
    a.execute(entities.edit_claim(a, ids[0], verdict="false"))
    sync.sync(a)
    yield a, b, ids, url
    a.close()
    b.close()


def _on(marker: str, body: object):
    """A rewrite answering requests whose path holds `marker` with `body` (bytes, or JSON of it)."""
    data = body if isinstance(body, bytes) or not isinstance(body, (dict, list, str)) else json.dumps(body).encode()

    def rewrite(method: str, path: str, reply: bytes):
        return data if marker in path else None
    return rewrite


def _unchanged(b: ProjectSession, audit: list) -> None:
    assert b.store.read_audit() == audit and b.project.claims and all(
        c.verdict.value == "unverified" for c in b.project.claims.values())


def test_a_reply_larger_than_the_limit_is_refused_while_it_streams(pair, proxy: FaultProxy,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _a, b, _ids, _url = pair
    monkeypatch.setattr(sync_http, "REPLY_LIMIT", 1 << 20)
    sent = [0]

    def endless() -> Iterator[bytes]:  # a reply that never ends: read whole, it would fill the memory
        yield b'{"results":['
        while True:
            sent[0] += 1
            yield b'{"id":"claim:x","seq":1},' * 2000

    proxy.rewrite = lambda method, path, data: endless() if "_changes" in path else None
    audit = b.store.read_audit()
    with pytest.raises(sync.SyncError, match="larger than 1 MiB"):
        sync.sync(b)
    assert sent[0] < 200  # stopped near the limit (the proxy's socket buffers hold a little more)
    _unchanged(b, audit)


def test_a_feed_that_never_ends_is_bounded(pair, proxy: FaultProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    _a, b, _ids, _url = pair
    sync_module = sync

    monkeypatch.setattr(sync_module, "MAX_FEED", 5000)
    pages = [0]

    def fresh_page(method: str, path: str, data: bytes):
        if "_changes" not in path:
            return None
        pages[0] += 1
        rows = [{"id": f"blob:other:{pages[0]}-{n}", "seq": pages[0] * 10**4 + n, "changes": []} for n in range(2000)]
        return json.dumps({"results": rows, "last_seq": pages[0] * 10**4 + 1999}).encode()

    proxy.rewrite = fresh_page
    audit = b.store.read_audit()
    with pytest.raises(sync.SyncError, match="did not end after 5,000 documents"):
        sync.sync(b)
    assert pages[0] == 3
    _unchanged(b, audit)


@pytest.mark.parametrize(("marker", "body"), [
    ("_changes", b"[" * 5000 + b"]" * 5000),  # nested deeper than any reply of the protocol
    ("_changes", {"results": "everything"}),  # not a list
    ("_changes", {"results": [["claim:x"]]}),  # rows that are not objects
    ("_revs_diff", ["claim:x"]),  # a list where an object belongs
    ("_revs_diff", {"claim:x": {"missing": "1-abc"}}),
    ("_local", ["checkpoint"]),
    ("_changes", b"<html>captive portal</html>"),
])
def test_a_malformed_reply_is_one_clean_error_and_changes_nothing(pair, proxy: FaultProxy, marker: str,
                                                                  body: object) -> None:
    a, b, ids, _url = pair
    b.execute(entities.edit_claim(b, ids[1], verdict="true"))  # something to push (_revs_diff is asked)
    audit = b.store.read_audit()
    proxy.rewrite = _on(marker, body)
    with pytest.raises(sync.SyncError, match="not what the CouchDB protocol describes|not JSON"):
        sync.sync(b)
    if marker == "_revs_diff":  # the push's question: the pull before it went in whole, as one step
        assert b.store.read_audit()[:-1] == audit and b.project.claims[ids[0]].verdict.value == "false"
    else:
        assert b.store.read_audit() == audit and b.project.claims[ids[0]].verdict.value == "unverified"
    proxy.rewrite = lambda method, path, data: None
    assert sync.sync(b).conflicts == [] and b.project.claims[ids[0]].verdict.value == "false"
    assert sync.sync(a).conflicts == [] and a.project.claims[ids[1]].verdict.value == "true"


@pytest.mark.parametrize(("change", "reason"), [
    ({"_conflicts": "1-abc"}, "_conflicts is not a list of revisions"),
    ({"_rev": 7}, "_rev is not a revision"),
    ({"type": "actor"}, "its type is not claim"),
    ({"id": "someone-else"}, "its id does not match"),
])
def test_a_document_with_protocol_fields_of_the_wrong_type_is_left_out(pair, proxy: FaultProxy, change: dict,
                                                                       reason: str) -> None:
    _a, b, ids, _url = pair

    def damage(method: str, path: str, data: bytes):
        if "_changes" not in path:
            return None
        body = json.loads(data)
        for row in body["results"]:
            if row["id"] == f"claim:{ids[0]}":
                row["doc"].update(change)
        return json.dumps(body).encode()

    proxy.rewrite = damage
    report = sync.sync(b)
    assert list(report.bad) == [f"claim:{ids[0]}"] and reason in report.bad[f"claim:{ids[0]}"]


def test_names_from_the_server_are_bounded_and_inert(pair, proxy: FaultProxy, capsys) -> None:
    """301 names of 20,058 characters with terminal controls: the audit entry names 20 of at most 100 printable
    characters (then "and N more"), and the terminal gets no control character."""
    a, b, _ids, _url = pair
    hostile = ["\x1b]0;pwned\x07\x1b[2J" + f"sync OK {n}\n" + "x" * 20_040 for n in range(301)]

    def names(method: str, path: str, data: bytes):
        if "_changes" not in path or b'"doc"' not in data:
            return None
        body = json.loads(data)
        row = next(r for r in body["results"] if r["id"].startswith("claim:"))
        for n, name in enumerate(hostile):  # a new claim pushed by each of 301 "analysts"
            oid = f"c{n:04d}-{row['doc']['id']}"
            doc = {**row["doc"], "_id": f"claim:{oid}", "id": oid, "synced_by": name}
            body["results"].append({**row, "id": doc["_id"], "doc": doc})
        return json.dumps(body).encode()

    proxy.rewrite = names
    b.close()
    code = main(["--analyst", "boris", "sync", str(b.folder)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "\x1b" not in out + err and "\x07" not in out + err
    assert "\nsync OK" not in out
    reopened = ProjectSession.open(b.folder, analyst="boris")
    try:
        entry = reopened.store.read_audit()[-1]
        assert entry["label"].startswith("Sync with")
        assert len(entry["analysts"]) <= 22 and entry["analysts"][-1].startswith("and ")
        assert all(len(n) <= 100 and n.isprintable() for n in entry["analysts"])
    finally:
        reopened.close()
    _ = a


@pytest.mark.parametrize("url", ["http://127.0.0.1:99999/team", "http://[::1/team", "http://[::1", "ftp://x/y",
                                 "http://host/\x1b[2Jdb\n"])
def test_a_malformed_url_is_one_line_and_exit_2(tmp_path: Path, capsys, url: str) -> None:
    project = tmp_path / "P.sourcemark"
    assert main(["new", str(project)]) == 0
    capsys.readouterr()
    code = main(["sync", str(project), url])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "not a database URL" in err and "\x1b" not in err
    code = main(["clone", url, str(tmp_path / "C.sourcemark")])
    out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and not (tmp_path / "C.sourcemark").exists()


@pytest.mark.parametrize("rows", [
    [{"id": "claim:a", "doc": {}}, {"id": "claim:a", "doc": {}}],  # the same id again: paging would never end
    [{"id": "zzz:outside", "doc": {}}],  # outside the range asked for
    "everything",
])
def test_a_clone_refuses_a_document_list_it_did_not_ask_for(pair, proxy: FaultProxy, tmp_path: Path, rows) -> None:
    """A clone pages `_all_docs` by id: rows that do not move forward inside the range asked for are one clean
    error (nothing that loops, nothing taken in), and the clone leaves no project."""
    _a, _b, _ids, url = pair
    proxy.rewrite = lambda method, path, data: json.dumps({"rows": rows}).encode() if "_all_docs" in path \
        and "claim" in path else None
    with pytest.raises(sync.SyncError, match="not what the CouchDB protocol describes"):
        sync.clone(url, tmp_path / "C.sourcemark", analyst="cem")
    assert not (tmp_path / "C.sourcemark").exists()
