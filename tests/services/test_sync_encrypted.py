"""`sync --encrypt`: two analysts through an end-to-end encrypted database on a real CouchDB-protocol server
(PouchDB Server); then every byte the server holds is read and searched for what the team wrote."""

import base64
import binascii
import json
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.net.couch_crypto import PARAMS_ID, WrongPassphrase
from app.services import annotate, entities, linking
from app.services.session import ProjectSession
from app.services.sync import encryption
from app.services.sync import replicator as sync
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import contents, http, replicate
from tests.fixtures.run import add_document

from .conftest import STORY

PHRASE = "correct horse battery staple"
ANA, BORIS = "analyst-ana-rivera", "analyst-boris-kowal"  # long: a 3-letter name turns up in any base64 by chance


def phrase(value: str = PHRASE):
    return lambda url, new: value


@pytest.fixture(autouse=True)
def _fresh_keys(monkeypatch) -> Iterator[None]:
    monkeypatch.delenv("SOURCEMARK_SYNC_PASSPHRASE", raising=False)
    encryption.forget()
    yield
    encryption.forget()


@pytest.fixture
def db_url(server: PouchServer, request: pytest.FixtureRequest) -> str:
    return f"{server.url}/e{abs(hash(request.node.name)) % 10**8}"


@pytest.fixture
def team(tmp_path: Path, story_file: Path, db_url: str) -> Iterator[tuple[ProjectSession, ProjectSession, dict]]:
    """Ana's project (a document, an annotation, a claim linked to it, an actor, a source) pushed encrypted;
    Boris cloned it with the passphrase."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst=ANA)
    doc = add_document(a, story_file).document.id
    start = STORY.index("engineers from North Korea")
    ann = a.execute(annotate.create_annotation(a, doc, start, start + 26, note="Annotated by hand")).created[Kind.ANNOTATION][0]
    command, claim = entities.create_claim(a, "North Korean sappers are clearing Kursk minefields")
    a.execute(command)
    command, actor = entities.create_actor(a, "Victor Goremykin")
    a.execute(command)
    command, source = entities.create_source(a, "Krasnaya Zvezda defence daily")
    a.execute(command)
    a.execute(linking.link(a, (Kind.ANNOTATION, ann), (Kind.CLAIM, claim.id)))
    report = sync.sync(a, db_url, encrypt=True, passphrase=phrase())
    assert report.pushed > 0 and not report.unfinished
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst=BORIS, passphrase=phrase())
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst=BORIS)
    yield a, b, {"doc": doc, "ann": ann, "claim": claim.id, "actor": actor.id, "source": source.id}
    a.close()
    b.close()


def _raw(db_url: str) -> tuple[list[str], list[Any]]:
    """Every id and every stored revision on the server: all docs, the changes feed, every leaf and every
    revision in each document's history (with attachments inline)."""
    ids = [row["id"] for row in http(f"{db_url}/_all_docs")["rows"]]
    feed = http(f"{db_url}/_changes?style=all_docs&include_docs=true&conflicts=true")["results"]
    ids += [row["id"] for row in feed]
    blobs: list[Any] = [http(f"{db_url}/_all_docs?include_docs=true"), feed]
    for doc_id in set(ids):
        quoted = urllib.parse.quote(doc_id, safe="")
        leaves = http(f"{db_url}/{quoted}?open_revs=all&revs=true&attachments=true")
        blobs.append(leaves)
        for leaf in leaves:
            doc = leaf.get("ok") or {}
            history = doc.get("_revisions") or {"start": 0, "ids": []}
            for n, rev_hash in enumerate(history["ids"]):
                rev = f"{history['start'] - n}-{rev_hash}"
                try:
                    blobs.append(http(f"{db_url}/{quoted}?rev={rev}&attachments=true"))
                except Exception:  # noqa: BLE001 - an ancestor whose body the server no longer holds
                    pass
    return sorted(set(ids)), blobs


def _haystacks(value: Any) -> list[bytes]:
    """The server's JSON as text, plus every string in it decoded from base64 where it decodes."""
    out = [json.dumps(value, ensure_ascii=False).encode()]

    def walk(v: Any) -> None:
        if isinstance(v, dict):
            for k, item in v.items():
                out.append(str(k).encode())
                walk(item)
        elif isinstance(v, list):
            for item in v:
                walk(item)
        elif isinstance(v, str) and len(v) >= 16:
            try:
                out.append(base64.b64decode(v, validate=True))
            except (binascii.Error, ValueError):
                pass
    walk(value)
    return out


def test_two_analysts_sync_and_the_server_holds_no_word_name_or_file_byte(team, db_url: str, story_file: Path) -> None:
    a, b, ids = team
    assert contents(a) == contents(b)
    b.execute(entities.edit_claim(b, ids["claim"], verdict="false", rationale="Satellite images show no sappers"))
    command, second = entities.create_claim(b, "A second claim about Pyongyang talks")
    b.execute(command)
    assert not sync.sync(b, passphrase=phrase()).unfinished
    a.execute(entities.delete(a, Kind.ACTOR, ids["actor"]))
    report = sync.sync(a, passphrase=phrase())
    assert not report.unfinished and report.pulled == 2 and BORIS in report.analysts
    assert a.project.claims[ids["claim"]].verdict.value == "false" and second.id in a.project.claims
    assert not sync.sync(b, passphrase=phrase()).unfinished and ids["actor"] not in b.project.actors
    assert contents(a) == contents(b)

    server_ids, stored = _raw(db_url)
    assert PARAMS_ID in server_ids and len(server_ids) >= 9
    assert all(i == PARAMS_ID or (len(i) == 32 and all(ch in "0123456789abcdef" for ch in i)) for i in server_ids)
    title = a.project.documents[ids["doc"]].title
    secrets = ["North Korean sappers", "Satellite images show no sappers", "Pyongyang talks", "Victor Goremykin",
               "Krasnaya Zvezda defence daily", title, "engineers from North Korea", "Annotated by hand", ANA, BORIS,
               "synced_by", "claim:", "annotation:", "actor:", "blob:", ids["claim"], ids["doc"], ids["actor"]]
    file_bytes = story_file.read_bytes()
    windows = {file_bytes[i:i + 16] for i in range(len(file_bytes) - 15)}
    haystack = b"\n".join(h for value in stored for h in _haystacks(value))
    assert len(haystack) > 20_000  # the scan read the ciphertexts and the file's attachment
    found = [s for s in secrets if s.encode() in haystack]
    assert found == []
    assert [w for w in windows if w in haystack] == []
    docs = [d for d in _documents(stored) if d.get("_id") != PARAMS_ID]
    assert len(docs) > 20 and {key for d in docs for key in d} <= {
        "_id", "_rev", "_revisions", "_deleted", "_conflicts", "_attachments", "e"}  # no type, no name, no kind


def _documents(stored: list[Any]) -> Iterator[dict]:
    """The stored documents in the replies `_raw` collected."""
    for value in stored:
        if isinstance(value, dict) and "_id" in value:
            yield value
        rows = value.get("rows", []) if isinstance(value, dict) else value
        for row in rows:
            doc = row.get("doc") or row.get("ok") if isinstance(row, dict) else None
            if isinstance(doc, dict):
                yield doc


def test_a_wrong_passphrase_clones_nothing(team, db_url: str, tmp_path: Path) -> None:
    encryption.forget()
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        sync.clone(db_url, tmp_path / "C.sourcemark", analyst="cem", passphrase=phrase("not the passphrase"))
    assert not (tmp_path / "C.sourcemark").exists() and not sync.partial_folder(tmp_path / "C.sourcemark").exists()


def test_no_passphrase_sends_nothing_and_any_sync_to_an_encrypted_database_encrypts(team, db_url: str,
                                                                                    monkeypatch) -> None:
    a, b, ids = team
    encryption.forget()
    before = http(db_url)["update_seq"]
    b.execute(entities.edit_claim(b, ids["claim"], verdict="true"))
    with pytest.raises(SourcemarkError, match="end-to-end encrypted: its passphrase is needed"):
        sync.sync(b)  # no --encrypt, no passphrase anywhere: nothing goes up in plaintext
    assert http(db_url)["update_seq"] == before
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSPHRASE", PHRASE)
    assert sync.sync(b).pushed == 1  # found the parameters document: encrypted without being told
    assert http(f"{db_url}/_all_docs?keys=" + urllib.parse.quote(json.dumps([f"claim:{ids['claim']}"])))["rows"][0].get(
        "error") == "not_found"
    assert sync.sync(a).pulled == 1 and a.project.claims[ids["claim"]].verdict.value == "true"


def test_encrypt_is_refused_on_a_database_that_holds_plain_documents(tmp_path: Path, db_url: str) -> None:
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst=ANA)
    a.execute(entities.create_claim(a, "A plain claim")[0])
    sync.sync(a, db_url)
    with a, pytest.raises(SourcemarkError, match="not encrypted; --encrypt needs a new, empty database"):
        sync.sync(a, db_url, encrypt=True, passphrase=phrase())
    assert PARAMS_ID not in {row["id"] for row in http(f"{db_url}/_all_docs")["rows"]}


def test_a_vanished_parameters_document_stops_the_sync(team, db_url: str) -> None:
    a, _b, ids = team
    params = http(f"{db_url}/{urllib.parse.quote(PARAMS_ID)}")
    http(f"{db_url}/{urllib.parse.quote(PARAMS_ID)}?rev={params['_rev']}", "DELETE")
    a.execute(entities.edit_claim(a, ids["claim"], verdict="true"))
    with pytest.raises(SourcemarkError, match="encryption parameters are gone"):
        sync.sync(a, passphrase=phrase())


def test_a_tampered_document_is_left_out_and_named_and_the_rest_syncs(team, db_url: str) -> None:
    a, b, ids = team
    a.execute(entities.edit_claim(a, ids["claim"], verdict="true"))
    command, other = entities.create_claim(a, "Another claim")
    a.execute(command)
    sync.sync(a, passphrase=phrase())
    # the server alters the ciphertext of the edited claim (a new revision on top of Ana's)
    sid = next(row["id"] for row in http(f"{db_url}/_changes?include_docs=true")["results"]
               if row["doc"].get("_rev", "").startswith("2-"))
    doc = http(f"{db_url}/{sid}")
    raw = bytearray(base64.b64decode(doc["e"]))
    raw[20] ^= 1
    http(f"{db_url}/{sid}", "PUT", {**doc, "e": base64.b64encode(bytes(raw)).decode()})
    report = sync.sync(b, passphrase=phrase())
    assert report.unfinished and list(report.bad) == [sid] and "does not decrypt" in report.bad[sid]
    assert other.id in b.project.claims and b.project.claims[ids["claim"]].verdict.value != "true"
    assert any(line.startswith(f"  left out: {sid} on the server:") for line in report.lines())
    assert sync.sync(b, passphrase=phrase()).bad == report.bad  # named again on each sync, until repaired there


def test_a_plaintext_document_written_into_an_encrypted_database_is_never_read(team, db_url: str) -> None:
    a, b, ids = team
    http(f"{db_url}/claim:planted", "PUT", {"type": "claim", "id": "planted", "statement": "Planted", "rev": 1,
                                            "history": [], "verdict": "true"})
    a.execute(entities.edit_claim(a, ids["claim"], verdict="true"))
    sync.sync(a, passphrase=phrase())
    report = sync.sync(b, passphrase=phrase())
    assert report.bad == {"claim:planted": "it is not encrypted (this database is end-to-end encrypted)"}
    assert "planted" not in b.project.claims and b.project.claims[ids["claim"]].verdict.value == "true"
    assert sync.sync(b, passphrase=phrase()).bad == report.bad  # named again on each sync, until removed there


def test_a_tampered_file_leaves_its_document_out_named_as_not_decrypting(team, db_url: str, tmp_path: Path) -> None:
    a, b, _ids = team
    other = tmp_path / "other.txt"
    other.write_text("A second wire story about Kursk, filed on Wednesday.\n" * 3, encoding="utf-8")
    doc = add_document(a, other).document.id
    sync.sync(a, passphrase=phrase())
    with_files = [row["id"] for row in http(f"{db_url}/_all_docs?include_docs=true")["rows"]
                  if "_attachments" in row["doc"]]
    assert len(with_files) == 4  # two originals, two text layers
    for sid in with_files:  # the server swaps the file bytes of every file (a new revision over each)
        blob = http(f"{db_url}/{sid}?attachments=true")
        data = bytearray(base64.b64decode(blob["_attachments"]["data"]["data"]))
        data[-1] ^= 1
        blob["_attachments"]["data"]["data"] = base64.b64encode(bytes(data)).decode()
        http(f"{db_url}/{sid}", "PUT", blob)
    report = sync.sync(b, passphrase=phrase())
    assert report.unfinished and doc not in b.project.documents
    assert "does not decrypt with this database's key" in report.bad[f"document:{doc}"]


def test_servers_replicate_the_ciphertext_and_a_third_analyst_syncs_through_the_copy(team, db_url: str,
                                                                                      tmp_path: Path) -> None:
    a, b, ids = team
    copy = db_url + "copy"
    replicate(db_url, copy)
    sync.clone(copy, tmp_path / "C.sourcemark", analyst="analyst-cem-yilmaz", passphrase=phrase())
    with ProjectSession.open(tmp_path / "C.sourcemark", analyst="analyst-cem-yilmaz") as c:
        assert contents(c) == contents(a)
        c.execute(entities.edit_claim(c, ids["claim"], verdict="misleading"))
        assert not sync.sync(c, passphrase=phrase()).unfinished
    replicate(copy, db_url)
    report = sync.sync(b, passphrase=phrase())
    assert not report.unfinished and b.project.claims[ids["claim"]].verdict.value == "misleading"


def test_a_plain_sync_never_loads_cryptography(tmp_path: Path, server: PouchServer) -> None:
    import subprocess
    import sys

    code = ("import sys\nfrom app.services.session import ProjectSession\nfrom app.services import entities\n"
            "from app.services.sync import replicator\n"
            f"s = ProjectSession.create({str(tmp_path / 'P.sourcemark')!r}, analyst='x')\n"
            "s.execute(entities.create_claim(s, 'plain')[0])\n"
            f"print(replicator.sync(s, {server.url + '/plainlean'!r}).pushed, 'cryptography' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    assert out.stdout.split() == ["1", "False"], out.stderr[-500:]
