"""The pieces of `sync --encrypt` and `delete --purge` that need no server: padding, keys, the key check, the
parameters a server could forge, and which ids a purge takes."""

import pytest

from app.domain.errors import SourcemarkError
from app.net import couch_crypto as cc
from app.services.sync import purge
from app.store.sync_state import SyncState


@pytest.fixture(scope="module")
def made() -> tuple[dict, cc.Keys]:
    return cc.new_params("correct horse battery staple")


def test_sizes_are_padded_to_buckets() -> None:
    assert [cc.bucket(n) for n in (0, 256, 257, 1000, 4097, (1 << 20) + 1)] == [256, 256, 512, 1024, 8192, 2 << 20]
    for size in (0, 1, 247, 248, 5000):
        data = bytes(range(256)) * 20
        assert cc.unpad(cc.pad(data[:size])) == data[:size]
        assert len(cc.pad(data[:size])) == cc.bucket(size + 8)


def test_the_passphrase_opens_and_a_wrong_one_does_not(made) -> None:
    params, keys = made
    again = cc.derive("correct horse battery staple", params)
    assert again == keys and keys.content != keys.ids != keys.revs
    with pytest.raises(cc.WrongPassphrase):
        cc.derive("correct horse battery stapler", params)


def test_ciphertext_is_bound_to_its_place_and_random(made) -> None:
    _params, keys = made
    sealed = keys.seal(b"a secret", b"|abc|1-x|")
    assert sealed != keys.seal(b"a secret", b"|abc|1-x|")  # a fresh nonce each time
    assert keys.open(sealed, b"|abc|1-x|") == b"a secret"
    with pytest.raises(cc.Undecryptable, match="does not decrypt"):
        keys.open(sealed, b"|abd|1-x|")  # moved to another document
    with pytest.raises(cc.Undecryptable, match="not encrypted"):
        keys.open("plain text", b"|abc|1-x|")
    assert keys.server_id("claim:1") == keys.server_id("claim:1") != keys.server_id("claim:2")
    assert len(keys.server_id("claim:1")) == 32


@pytest.mark.parametrize("change", [{"memory_kib": 8}, {"iterations": 1}, {"memory_kib": 1 << 30}, {"salt": "AAAA"},
                                    {"name": "scrypt"}])
def test_parameters_a_server_could_weaken_or_inflate_are_refused(made, change) -> None:
    params, _keys = made
    forged = {**params, "kdf": {**params["kdf"], **change}}
    with pytest.raises(SourcemarkError, match="damaged|does not read") as info:
        cc.derive("correct horse battery staple", forged)
    assert not isinstance(info.value, cc.WrongPassphrase)


class _Server:
    def __init__(self, answer: str) -> None:
        self.answer, self.asked = answer, {}

    def leaf_revs(self, doc_id: str) -> list[str]:
        return [f"2-{doc_id[-1]}", "3-b"]

    def purge(self, revs: dict) -> str:
        self.asked = revs
        return self.answer


def test_a_purge_waits_for_the_deletion_to_reach_the_server() -> None:
    state = SyncState(docs={"claim:1": ["2-a", None], "claim:2": ["1-a", 3]}, purge=["claim:1", "claim:2", "claim:9"])
    server = _Server("purged")
    assert purge.run(server, state) == (["claim:1"], "")  # type: ignore[arg-type]
    assert server.asked == {"claim:1": ["2-1", "3-b"]} and state.purge == ["claim:2"]  # 2 is still alive there
    state.docs["claim:2"] = ["2-c", None]
    purged, note = purge.run(_Server("unsupported"), state)  # type: ignore[arg-type]
    assert purged == [] and note == purge.UNSUPPORTED and state.purge == []
    state.purge = ["claim:1"]
    assert purge.run(_Server("refused"), state)[1] == purge.REFUSED  # type: ignore[arg-type]


def test_keys_never_show_in_a_repr(made) -> None:
    _params, keys = made
    assert keys.content.hex() not in repr(keys) and repr(keys) == "Keys()"


@pytest.mark.parametrize(("status", "expected"), [(200, "purged"), (403, "refused"), (501, "unsupported")])
def test_the_client_purges_every_leaf_as_couchdb_documents_it(status: int, expected: str) -> None:
    """A stand-in for Apache CouchDB's answers (none runs on the test machines): open_revs=all, then _purge."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from app.net.couch import CouchClient, parse_remote

    asked: list[tuple[str, str, object]] = []

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _reply(self, code: int, body: object) -> None:
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # noqa: N802
            asked.append(("GET", self.path, None))
            self._reply(200, [{"ok": {"_id": "claim:1", "_rev": "3-b", "_deleted": True}},
                              {"ok": {"_id": "claim:1", "_rev": "2-c", "statement": "x"}}])

        def do_POST(self) -> None:  # noqa: N802
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            asked.append(("POST", self.path, body))
            self._reply(status, {"purge_seq": None, "purged": body} if status == 200 else {"error": "forbidden"})

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        with CouchClient(parse_remote(f"http://127.0.0.1:{httpd.server_address[1]}/db")) as client:
            leaves = client.leaf_revs("claim:1")
            assert leaves == ["3-b", "2-c"] and client.purge({"claim:1": leaves}) == expected
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert asked[0][:2] == ("GET", "/db/claim:1?open_revs=all")
    assert asked[1] == ("POST", "/db/_purge", {"claim:1": ["3-b", "2-c"]})
