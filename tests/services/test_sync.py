"""Two analysts syncing through a real CouchDB-protocol server (PouchDB Server, in memory on 127.0.0.1)."""

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.links import Kind
from app.services import annotate, entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.store import sync_state
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.run import add_document

from .conftest import STORY


@pytest.fixture
def db_url(server: PouchServer, request: pytest.FixtureRequest) -> str:
    return f"{server.url}/t{abs(hash(request.node.name)) % 10**8}"


def _get(url: str) -> dict:
    with urllib.request.urlopen(url) as r:
        return json.loads(r.read())


@pytest.fixture
def team(tmp_path: Path, story_file: Path, db_url: str) -> Iterator[tuple[ProjectSession, ProjectSession, dict[str, str]]]:
    """Ana's project with a document, an annotation, claims and a link, pushed; Boris cloned it."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    doc = add_document(a, story_file).document.id
    ids = {"doc": doc}
    for name in ("one", "two", "both", "gone"):
        command, claim = entities.create_claim(a, f"Claim {name}")
        a.execute(command)
        ids[name] = claim.id
    start = STORY.index("engineers from North Korea")
    ids["ann"] = a.execute(annotate.create_annotation(a, doc, start, start + 26)).created[Kind.ANNOTATION][0]
    report = sync.sync(a, db_url)
    assert report.pushed > 0 and report.conflicts == []
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    yield a, b, ids
    a.close()
    b.close()


def _verdict(session: ProjectSession, claim_id: str) -> str:
    return session.project.claims[claim_id].verdict.value


def _edit(session: ProjectSession, claim_id: str, verdict: str) -> None:
    session.execute(entities.edit_claim(session, claim_id, verdict=verdict))


def test_clone_brings_every_object_and_the_files(team) -> None:
    a, b, ids = team
    assert {k: set(a.project.objects[k]) for k in Kind} == {k: set(b.project.objects[k]) for k in Kind}
    sha = a.project.documents[ids["doc"]].sha256
    assert b.store.original_path(sha).read_bytes() == a.store.original_path(sha).read_bytes()
    assert b.store.has_text(a.project.documents[ids["doc"]].text_sha256)
    state = sync_state.read(b.folder)
    assert state.url.startswith("http://127.0.0.1:") and state.since


def test_edits_on_different_objects_meet_and_deletions_travel(team, db_url: str) -> None:
    a, b, ids = team
    _edit(a, ids["one"], "false")
    _edit(b, ids["two"], "true")
    b.execute(entities.delete(b, Kind.CLAIM, ids["gone"]))
    assert sync.status(b).waiting == 2 and sync.status(b).conflicts == 0  # one edit, one deletion
    assert sync.sync(a).conflicts == []
    report = sync.sync(b)
    assert report.conflicts == [] and report.pulled == 1 and report.analysts == ["boris", "ana"]
    report = sync.sync(a)
    assert report.pulled == 2 and report.pushed == 0
    for s in (a, b):
        assert _verdict(s, ids["one"]) == "false" and _verdict(s, ids["two"]) == "true"
        assert ids["gone"] not in s.project.claims
    # the pull is one undoable step whose audit entry names the other analyst
    entry = a.store.read_audit()[-1]
    assert entry["analysts"] == ["ana", "boris"] and entry["label"].startswith("Sync with")
    a.undo()
    assert ids["gone"] in a.project.claims and _verdict(a, ids["two"]) != "true"
    a.redo()
    # the server keeps the deletion as a tombstone with what the merge rule needs of the record, not its content
    doc = _get(f"{db_url}/claim:{ids['gone']}?revs=true&open_revs=all")
    assert doc[0]["ok"]["_deleted"] is True and doc[0]["ok"]["id"] == ids["gone"]
    assert len(doc[0]["ok"]["content_hash"]) == 16 and "Claim gone" not in json.dumps(doc)
    assert "statement" not in doc[0]["ok"]


def test_a_project_from_before_the_deletions_store_still_knows_its_past_deletions(team) -> None:
    """Deleted here, edited there: a conflict, not the object silently back. The project's deletions store is
    removed (a project from before it): it is built once from the audit log, so the deletion still counts."""
    from app.store.schema import DELETIONS_FILE

    a, b, ids = team
    _edit(b, ids["gone"], "false")
    sync.sync(b)
    a.execute(entities.delete(a, Kind.CLAIM, ids["gone"]))
    (a.folder / DELETIONS_FILE).unlink()
    report = sync.sync(a)
    assert [(cf.oid, cf.mine) for cf in report.conflicts] == [(ids["gone"], None)]
    assert ids["gone"] not in a.project.claims and (a.folder / DELETIONS_FILE).exists()


def test_nothing_moves_when_nothing_changed(team) -> None:
    a, b, _ids = team
    sync.sync(b)
    report = sync.sync(a)
    assert (report.pulled, report.pushed) == (0, 0)


def test_one_claim_edited_on_both_sides_is_a_conflict_left_alone(team, db_url: str) -> None:
    a, b, ids = team
    _edit(a, ids["both"], "false")
    _edit(b, ids["both"], "misleading")
    _edit(b, ids["two"], "true")
    assert sync.sync(a).conflicts == []
    report = sync.sync(b)
    assert [cf.oid for cf in report.conflicts] == [ids["both"]]
    assert "verdict: misleading | false" in report.conflicts[0].describe()
    assert _verdict(b, ids["both"]) == "misleading"  # left as it is
    assert sync_state.read(b.folder).conflicts  # remembered for the status bar and the next sync
    assert sync.sync(b).conflicts  # still there: asked again, not forgotten
    sync.sync(a)
    assert _verdict(a, ids["two"]) == "true"  # the rest of Boris's work went up
    assert _verdict(a, ids["both"]) == "false"  # his side of the conflict did not
    report = sync.sync(b, prefer="theirs")
    assert report.conflicts == [] and _verdict(b, ids["both"]) == "false"
    assert sync.sync(a).conflicts == []
    assert _verdict(a, ids["both"]) == "false"
    assert sync_state.read(b.folder).conflicts == {}
    doc = _get(f"{db_url}/claim:{ids['both']}?conflicts=true")
    assert "_conflicts" not in doc


def test_prefer_mine_keeps_this_side_and_the_other_takes_it(team) -> None:
    a, b, ids = team
    _edit(a, ids["both"], "false")
    _edit(b, ids["both"], "misleading")
    sync.sync(a)
    assert sync.sync(b, prefer="mine").conflicts == []
    assert sync.sync(a).conflicts == []  # the decision descends from both: no question on the other side
    assert _verdict(a, ids["both"]) == "misleading"


def test_server_side_conflicts_are_resolved_not_left_behind(team, db_url: str) -> None:
    """Both push on the same parent (each synced before the other's push reached the server)."""
    a, b, ids = team
    _edit(a, ids["both"], "false")
    _edit(b, ids["both"], "misleading")
    from app.services.sync.state import SyncStateSession

    book_b = SyncStateSession(b.folder)
    sync.sync(a)
    # Boris pushes without having seen Ana's revision: simulate a pull that raced hers
    from app.net.couch import CouchClient, parse_remote
    from app.services.sync.push import push

    with CouchClient(parse_remote(db_url)) as client:
        push(client, b, book_b, lambda: {})
    book_b.save()
    assert "_conflicts" in _get(f"{db_url}/claim:{ids['both']}?conflicts=true")
    report = sync.sync(a)
    assert [cf.oid for cf in report.conflicts] == [ids["both"]]
    sync.sync(a, prefer="mine")
    assert "_conflicts" not in _get(f"{db_url}/claim:{ids['both']}?conflicts=true")
    assert sync.sync(b).conflicts == []
    assert _verdict(b, ids["both"]) == "false"


def test_new_document_travels_with_its_file_once(team, tmp_path: Path, db_url: str) -> None:
    a, b, _ids = team
    extra = tmp_path / "second.txt"
    extra.write_text("A second report about Kursk and the engineers.\n", encoding="utf-8")
    new_doc = add_document(b, extra).document
    sync.sync(b)
    assert sync.sync(a).files_in == 1
    assert a.store.original_path(new_doc.sha256).read_bytes() == extra.read_bytes()
    assert _get(f"{db_url}/blob:original:{new_doc.sha256}")["what"] == "original"
    assert new_doc.id in a.project.documents


def test_credentials_come_from_the_url_or_the_environment_and_are_never_stored(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    own = PouchServer(tmp_path / "secured")  # its own server: an admin ends the "admin party" for everyone
    try:
        req = urllib.request.Request(f"{own.url}/_config/admins/ana", data=b'"secret"', method="PUT")
        urllib.request.urlopen(req).close()
        with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
            a.execute(entities.create_claim(a, "A claim")[0])
            sync.sync(a, own.url.replace("http://", "http://ana:secret@") + "/creds")
            auth = urllib.request.Request(f"{own.url}/creds/_security", method="PUT",
                                          data=b'{"admins":{"names":[]},"members":{"names":["ana"]}}',
                                          headers={"Authorization": "Basic YW5hOnNlY3JldA==",  # ana:secret
                                                   "Content-Type": "application/json"})
            urllib.request.urlopen(auth).close()
            raw = (a.folder / sync_state.SYNC_FILE).read_text()
            assert "secret" not in raw and "ana@" not in raw and "ana:" not in raw
            with pytest.raises(sync.SyncError, match="refused access"):
                sync.sync(a)  # no credentials remembered: the server says 401, one clean error
            monkeypatch.setenv("SOURCEMARK_SYNC_USER", "ana")
            monkeypatch.setenv("SOURCEMARK_SYNC_PASSWORD", "wrong")
            with pytest.raises(sync.SyncError, match=r"refused access as ana \(HTTP 401\)"):
                sync.sync(a)
            monkeypatch.setenv("SOURCEMARK_SYNC_PASSWORD", "secret")
            assert sync.sync(a).conflicts == []
            with pytest.raises(sync.SyncError, match="not a database URL"):
                sync.sync(a, "ftp://example.org/x")
    finally:
        own.stop()


def test_a_copy_of_the_project_meets_the_server_without_conflicts(team, tmp_path: Path, db_url: str) -> None:
    """Records come back from a JavaScript server with 1.0 as 1: the same content must stay the same."""
    import shutil

    from tests.fixtures import documents as fx

    a, _b, _ids = team
    pdf = tmp_path / "two.pdf"
    pdf.write_bytes(fx.two_column_pdf())
    doc = add_document(a, pdf).document.id
    region = a.execute(annotate.create_region(a, doc, 0, 10.0, 20.0, 30.0, 40.0)).created[Kind.ANNOTATION][0]
    assert a.project.annotations[region].quads[0].x0 == 10.0  # a float that JSON from JavaScript gives back as 10
    sync.sync(a)
    a.close()
    shutil.copytree(a.folder, tmp_path / "C.sourcemark", ignore=shutil.ignore_patterns("lock", "sync.*"))
    with ProjectSession.open(tmp_path / "C.sourcemark", analyst="cleo") as c:
        report = sync.sync(c, db_url)
        assert (report.conflicts, report.pulled, report.pushed) == ([], 0, 0)


def test_a_recreated_database_gets_everything_again(team, db_url: str) -> None:
    a, b, ids = team
    urllib.request.urlopen(urllib.request.Request(db_url, method="DELETE")).close()
    report = sync.sync(a)
    assert report.pushed >= len(a.project.claims) + len(a.project.annotations) + 2  # objects and both files
    assert sync.sync(b).conflicts == [] and set(b.project.claims) == set(a.project.claims)


def test_undoing_a_pull_converges_on_the_pulled_version(team) -> None:
    """As documented: the undone revisions are ancestors of the server's, so the pulled edit comes back."""
    a, b, ids = team
    _edit(b, ids["one"], "true")
    sync.sync(b)
    sync.sync(a)
    a.undo()
    assert _verdict(a, ids["one"]) != "true"
    for s in (a, b, a, b):
        assert sync.sync(s).conflicts == []
    assert _verdict(a, ids["one"]) == "true" == _verdict(b, ids["one"])
    assert "_conflicts" not in _get(f"{sync_state.read(a.folder).url}/claim:{ids['one']}?conflicts=true")


def test_ocr_work_travels_with_its_layer_and_the_text_is_made_again_here(tmp_path: Path, db_url: str) -> None:
    """What a merge guarantees (docs/reference/trust.md) holds for a pull: the OCR layer comes across, checked against its
    hash, the text is made here from the original and the layer (never taken from the server), and the
    colleague's annotation on the OCR text lands on the same words; `check` passes afterwards."""
    from app.services.documents import document_text
    from tests.fixtures import images as im
    from tests.fixtures.run import add_bytes
    from tests.reliability.helpers import cli

    from .test_merge_evidence import _fake_ocr

    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    doc_id = add_bytes(a, tmp_path, "scan.pdf", im.scanned_text_pdf())
    sync.sync(a, db_url)
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    _fake_ocr(b, doc_id)
    text = document_text(b, doc_id).text
    start = text.index("closed")
    b.execute(annotate.create_annotation(b, doc_id, start, start + len("closed")))
    layer = b.project.documents[doc_id].ocr_layer
    sync.sync(b)
    b.close()

    report = sync.sync(a)
    assert report.conflicts == []
    assert a.store.original_path(layer) is not None  # the layer itself came across
    assert document_text(a, doc_id).text == "harbour closed Tuesday"
    a.close()
    checked = cli("check", tmp_path / "A.sourcemark")
    assert checked.code == 0 and checked.out.strip() == "ok", checked.out
    rows = json.loads(cli("list", tmp_path / "A.sourcemark", "annotations", "--json").out)
    assert [(r["exact"], r["status"]) for r in rows] == [("closed", "exact")]
