"""`sourcemark sync --encrypt`, `clone` of an encrypted database, and `delete --purge`: exit codes and one-line
messages against a real CouchDB-protocol server (PouchDB Server)."""

import json
import urllib.parse
from pathlib import Path

import pytest

from app.services.sync import encryption
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.couch_team import http
from tests.fixtures.run import run_cli as run

PHRASE = "a long team passphrase"


@pytest.fixture(autouse=True)
def _fresh_keys(monkeypatch):
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSPHRASE", PHRASE)
    encryption.forget()
    yield
    encryption.forget()


@pytest.fixture
def url(server: PouchServer, request) -> str:
    return f"{server.url}/x{abs(hash(request.node.name)) % 10**8}"


def _project(tmp_path: Path, capsys, statement: str = "The bridge reopens in May") -> tuple[Path, str]:
    a = tmp_path / "A.sourcemark"
    assert run(capsys, "new", a)[0] == 0
    return a, run(capsys, "claim", a, statement, "--verdict", "false")[1].strip()


def test_encrypt_then_clone_with_the_passphrase_and_a_wrong_one_leaves_nothing(tmp_path: Path, url: str, capsys,
                                                                               monkeypatch) -> None:
    a, claim = _project(tmp_path, capsys)
    code, out, err = run(capsys, "--analyst", "ana", "sync", a, url, "--encrypt")
    assert (code, err) == (0, "") and "1 revision(s) out" in out
    assert "The bridge" not in json.dumps(http(f"{url}/_all_docs?include_docs=true"))
    encryption.forget()
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSPHRASE", "not the passphrase")
    code, out, err = run(capsys, "clone", url, tmp_path / "B.sourcemark")
    assert code == 2 and out == "" and err.count("\n") == 1 and "wrong passphrase" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["A.sourcemark"]
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSPHRASE", PHRASE)
    code, out, err = run(capsys, "clone", url, tmp_path / "B.sourcemark", "--json")
    assert code == 0 and json.loads(out)["pulled"] == 1 and json.loads(out)["encrypted"] is True
    assert claim in run(capsys, "list", tmp_path / "B.sourcemark", "claims")[1]


def test_no_passphrase_anywhere_is_one_line_and_exit_2(tmp_path: Path, url: str, capsys, monkeypatch) -> None:
    a, _claim = _project(tmp_path, capsys)
    assert run(capsys, "sync", a, url, "--encrypt")[0] == 0
    encryption.forget()
    monkeypatch.delenv("SOURCEMARK_SYNC_PASSPHRASE")
    code, out, err = run(capsys, "clone", url, tmp_path / "B.sourcemark")  # stdin is not a terminal: no prompt
    assert code == 2 and err.count("\n") == 1 and "end-to-end encrypted: its passphrase is needed" in err
    assert not (tmp_path / "B.sourcemark").exists()


def test_encrypt_on_a_plain_database_is_refused(tmp_path: Path, url: str, capsys) -> None:
    a, _claim = _project(tmp_path, capsys)
    assert run(capsys, "sync", a, url)[0] == 0
    code, _out, err = run(capsys, "sync", a, url, "--encrypt")
    assert code == 2 and err.count("\n") == 1 and "--encrypt needs a new, empty database" in err


def test_delete_purge_in_a_project_without_a_server_says_there_is_nothing_to_purge(tmp_path: Path, capsys) -> None:
    a, claim = _project(tmp_path, capsys)
    code, out, err = run(capsys, "delete", a, claim, "--purge")
    assert (code, err) == (0, "nothing to purge: this project does not sync with a server\n") and claim in out
    assert not (a / "sync.json").exists()


@pytest.mark.parametrize("encrypt", [False, True])
def test_delete_purge_says_what_a_server_without_purge_keeps(tmp_path: Path, url: str, capsys, encrypt) -> None:
    a, claim = _project(tmp_path, capsys, "A sensitive witness statement")
    assert run(capsys, "sync", a, url, *(["--encrypt"] if encrypt else []))[0] == 0
    code, out, err = run(capsys, "delete", a, claim, "--purge")
    assert code == 0 and claim in out and "1 deleted object(s) will be purged" in err
    code, out, err = run(capsys, "sync", a, "--json")
    report = json.loads(out)
    assert (code, err, report["pushed"], report["purged"]) == (0, "", 1, [])
    assert report["purge_note"].startswith("the server does not support _purge")  # PouchDB Server: 400
    feed = http(f"{url}/_changes?include_docs=true&style=all_docs")["results"]
    deleted = [row for row in feed if row.get("deleted")]
    assert len(deleted) == 1 and "witness" not in json.dumps(feed)  # the tombstone carries no content
    doc_id = urllib.parse.quote(deleted[0]["id"], safe="")
    leaves = http(f"{url}/{doc_id}?open_revs=all")
    assert [leaf["ok"]["_deleted"] for leaf in leaves] == [True]
    code, out, _ = run(capsys, "sync", a, "--json")
    assert code == 0 and json.loads(out)["purge_note"] == ""  # asked once: not again


def test_a_terminal_is_asked_for_the_passphrase_twice_for_encrypt_and_once_after(tmp_path: Path, url: str, capsys,
                                                                                 monkeypatch) -> None:
    import getpass
    import sys

    monkeypatch.delenv("SOURCEMARK_SYNC_PASSPHRASE")
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    prompts: list[str] = []
    answers = iter([PHRASE, PHRASE + "!", PHRASE, PHRASE, PHRASE])
    monkeypatch.setattr(getpass, "getpass", lambda prompt: prompts.append(prompt) or next(answers))
    a, _claim = _project(tmp_path, capsys)
    code, _out, err = run(capsys, "sync", a, url, "--encrypt")  # typed differently the second time
    assert code == 2 and err.count("\n") == 1 and "the two passphrases differ; nothing was sent" in err
    assert run(capsys, "sync", a, url, "--encrypt")[0] == 0
    encryption.forget()
    assert run(capsys, "sync", a)[0] == 0  # no --encrypt: the database says it is encrypted, the terminal is asked
    assert prompts == [f"New passphrase for {url}: ", "The same passphrase again: "] * 2 + [f"Passphrase for {url}: "]


def test_a_tampered_document_exits_1_and_is_named(tmp_path: Path, url: str, capsys) -> None:
    import base64

    a, claim = _project(tmp_path, capsys)
    assert run(capsys, "sync", a, url, "--encrypt")[0] == 0
    assert run(capsys, "clone", url, tmp_path / "B.sourcemark")[0] == 0
    sid = next(row["id"] for row in http(f"{url}/_all_docs")["rows"] if row["id"] != "sourcemark:e2ee")
    doc = http(f"{url}/{sid}")
    http(f"{url}/{sid}", "PUT", {**doc, "e": base64.b64encode(b"\0" * 300).decode()})
    assert run(capsys, "claim", a, "Another claim")[0] == 0
    assert run(capsys, "sync", a)[0] == 1  # Ana's own claim was altered there: named, her new claim goes up
    code, out, err = run(capsys, "sync", tmp_path / "B.sourcemark")
    assert code == 1 and f"left out: {sid} on the server: it does not decrypt" in out
    assert "1 document(s) on the server could not be read" in err
    assert "Another claim" in run(capsys, "list", tmp_path / "B.sourcemark", "claims")[1]
