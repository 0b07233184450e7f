"""Credentials are bound to a server (issue 29, item 4): a URL that came inside a project folder is confirmed
before anything is sent; environment credentials go only where they are for; never over plain http off loopback."""

import shutil
from pathlib import Path

import pytest

from app.cli.main import main
from app.net.couch import parse_remote
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from tests.fixtures.couch_server import FaultProxy, PouchServer


def test_a_received_project_with_a_planted_server_sends_nothing_until_the_url_is_named(
        tmp_path: Path, proxy: FaultProxy, capsys, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"{proxy.url}/planted"
    with ProjectSession.create(tmp_path / "theirs.sourcemark", analyst="mallory") as m:
        m.execute(entities.create_claim(m, "A claim")[0])
        sync.sync(m, url)
    received = tmp_path / "received.sourcemark"
    shutil.copytree(tmp_path / "theirs.sourcemark", received, ignore=shutil.ignore_patterns("lock"))
    monkeypatch.setenv("SOURCEMARK_SYNC_USER", "me")
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSWORD", "secret")
    proxy.seen.clear()
    code = main(["--analyst", "me", "sync", str(received)])
    _out, err = capsys.readouterr()
    assert code == 2 and err.count("\n") == 1 and "not confirmed on this machine" in err
    assert proxy.seen == []  # not one request: neither the project nor the credentials went anywhere
    with ProjectSession.open(received, analyst="me") as r:
        assert not sync.status(r).confirmed
    monkeypatch.delenv("SOURCEMARK_SYNC_USER")  # the test server has no users (a wrong login is refused)
    assert main(["--analyst", "me", "sync", str(received), url]) == 0  # named: confirmed from now on
    assert main(["--analyst", "me", "sync", str(received)]) == 0
    with ProjectSession.open(received, analyst="me") as r:
        assert sync.status(r).confirmed


def test_a_clone_confirms_its_url(tmp_path: Path, server: PouchServer) -> None:
    url = f"{server.url}/cloned"
    with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
        a.execute(entities.create_claim(a, "A claim")[0])
        sync.sync(a, url)
    sync.clone(url, tmp_path / "B.sourcemark", analyst="boris")
    with ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris") as b:
        assert sync.status(b).confirmed and sync.sync(b).conflicts == []


def test_credentials_never_go_over_plain_http_off_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEMARK_SYNC_USER", "ana")
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSWORD", "secret")
    with pytest.raises(sync.SyncError, match="not sent over plain http to team.example.org"):
        parse_remote("http://team.example.org:5984/db")
    with pytest.raises(sync.SyncError, match="plain http"):
        parse_remote("http://bob:pw@10.0.0.5:5984/db")
    assert parse_remote("https://team.example.org/db").user == "ana"
    assert parse_remote("http://127.0.0.1:5984/db").password == "secret"
    assert parse_remote("http://[::1]:5984/db").url == "http://[::1]:5984/db"
    monkeypatch.setenv("SOURCEMARK_SYNC_ALLOW_HTTP", "1")
    assert parse_remote("http://team.example.org:5984/db").user == "ana"


def test_environment_credentials_go_only_to_their_host(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCEMARK_SYNC_USER", "ana")
    monkeypatch.setenv("SOURCEMARK_SYNC_PASSWORD", "secret")
    monkeypatch.setenv("SOURCEMARK_SYNC_HOST", "team.example.org")
    assert parse_remote("https://team.example.org/db").password == "secret"
    elsewhere = parse_remote("https://evil.example.net/db")
    assert (elsewhere.user, elsewhere.password) == ("", "")
