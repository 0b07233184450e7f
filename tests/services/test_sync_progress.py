"""Sync progress and Cancel against a real PouchDB Server: a cancel (asked from the progress callback, at a
request boundary the test picks) leaves the project as it was or the pull applied whole, a checkpoint that
covers only what the server acknowledged, and a next sync that completes without sending anything twice."""

import json
import threading
import urllib.request
from pathlib import Path

import pytest

from app.domain.links import Kind
from app.services import entities
from app.services.session import ProjectSession
from app.services.sync import decide as sync_decide
from app.services.sync import progress as sync_progress
from app.services.sync import push as sync_push
from app.services.sync import replicator as sync
from app.services.sync.progress import DECIDING, FETCHING, PREPARING, RECEIVING, SENDING, SENDING_FILES, Ticker
from app.store import sync_state
from tests.fixtures.couch_server import FaultProxy, PouchServer
from tests.fixtures.run import add_document


@pytest.fixture
def db_url(server: PouchServer, request: pytest.FixtureRequest) -> str:
    return f"{server.url}/p{abs(hash(request.node.name)) % 10**8}"


@pytest.fixture
def small_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of 2 documents, so a handful of claims makes a push and a pull of several requests."""
    monkeypatch.setattr(sync_push, "PAGE_DOCS", 2)
    monkeypatch.setattr(sync, "PAGE", 2)


def _server_docs(url: str) -> dict[str, dict]:
    with urllib.request.urlopen(f"{url}/_all_docs?include_docs=true&conflicts=true") as r:
        return {row["id"]: row["doc"] for row in json.loads(r.read())["rows"]}


def _claims(session: ProjectSession, n: int, start: int = 0) -> list[str]:
    return [session.execute(entities.create_claim(session, f"Claim {k}")[0]).created[Kind.CLAIM][0]
            for k in range(start, start + n)]


class Recorder:
    """The progress callback: keeps every call, and asks to cancel once `stop_at(phase, done)` is true."""

    def __init__(self, stop_at=lambda phase, done: False) -> None:
        self.calls: list[tuple[str, int, int]] = []
        self.stop = False
        self.stop_at = stop_at

    def __call__(self, phase: str, done: int, total: int) -> None:
        self.calls.append((phase, done, total))
        self.stop = self.stop or self.stop_at(phase, done)

    def phase(self, name: str) -> list[tuple[int, int]]:
        return [(done, total) for phase, done, total in self.calls if phase == name]


def test_cancel_after_the_first_push_page_keeps_only_what_the_server_acknowledged(
        tmp_path: Path, db_url: str, small_pages) -> None:
    with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
        ids = _claims(a, 5)
        audit, claims = a.store.read_audit(), dict(a.project.claims)
        rec = Recorder(lambda phase, done: phase == SENDING and done >= 2)
        with pytest.raises(sync.SyncCancelled) as cancelled:
            sync.sync(a, db_url, progress=rec, cancelled=lambda: rec.stop)
        assert str(cancelled.value) == "Sync cancelled; 2 of 5 documents sent, the next sync sends the rest"
        assert a.store.read_audit() == audit and a.project.claims == claims
        on_server = {d for d in _server_docs(db_url) if d.startswith("claim:")}
        assert len(on_server) == 2
        sync_state.forget(a.folder)  # what a new process would read
        assert set(sync_state.read(a.folder).docs) == on_server  # the checkpoint: the acknowledged page, only

        report = sync.sync(a)
        assert report.pushed == 3  # the rest, nothing twice
        docs = _server_docs(db_url)
        assert {d for d in docs if d.startswith("claim:")} == {f"claim:{oid}" for oid in ids}
        assert all(doc["_rev"].startswith("1-") and "_conflicts" not in doc for doc in docs.values())
        assert sync.sync(a).pushed == 0 and sync.status(a).waiting == 0


def test_cancel_during_the_pull_applies_nothing_and_the_next_sync_applies_all(
        tmp_path: Path, db_url: str, small_pages) -> None:
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    _claims(a, 2)
    sync.sync(a, db_url)
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    with a, b:
        _claims(a, 5, start=2)
        story = tmp_path / "report.txt"
        story.write_text("A report on the bridge.\n", encoding="utf-8")
        add_document(a, story)
        sync.sync(a)
        audit = b.store.read_audit()
        files = {name: (b.folder / name).read_bytes() for name in ("sync.json", "sync.log") if (b.folder / name).exists()}
        for phase, at in ((RECEIVING, 2), (FETCHING, 1)):  # between two `_changes` pages; after the file came
            rec = Recorder(lambda p, done, phase=phase, at=at: p == phase and done >= at)
            with pytest.raises(sync.SyncCancelled, match="^Sync cancelled; nothing was changed here"):
                sync.sync(b, progress=rec, cancelled=lambda rec=rec: rec.stop)
            assert b.store.read_audit() == audit and len(b.project.claims) == 2 and not b.project.documents
            assert files == {name: (b.folder / name).read_bytes() for name in files}
        report = sync.sync(b)
        assert report.pulled == 6 and report.files_in == 1
        assert len(b.project.claims) == 7 and len(b.project.documents) == 1


def test_progress_counts_rise_to_the_right_totals(tmp_path: Path, db_url: str, small_pages, monkeypatch) -> None:
    monkeypatch.setattr(sync_push, "TICK_EVERY", 2)  # the reports within the long loops between requests
    monkeypatch.setattr(sync_decide, "TICK_EVERY", 2)
    with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
        _claims(a, 5)
        story = tmp_path / "report.txt"
        story.write_text("A report on the bridge.\n", encoding="utf-8")
        add_document(a, story)
        pushed = Recorder()
        assert sync.sync(a, db_url, progress=pushed).pushed == 8
    assert pushed.phase(SENDING) == [(0, 6), (2, 6), (4, 6), (6, 6)]  # 5 claims and the document, 2 a page
    assert pushed.phase(SENDING_FILES) == [(0, 2), (2, 2)]  # the original and its text, one page
    assert pushed.phase(PREPARING) == [(2, 0), (4, 0), (6, 0)]  # documents built, how many is not known ahead

    pulled = Recorder()
    report = sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris", progress=pulled)
    assert report.pulled == 6 and report.files_in == 1
    received = pulled.phase(RECEIVING)
    counts = [done for done, _ in received]  # one kind at a time in pages of 2 (each kind ends with an empty page)
    assert counts[:5] == [1, 1, 3, 5, 6] and counts == sorted(counts) and counts[-1] == 6  # files: fetched
    assert all(total == 0 for _, total in received)  # a clone does not know how many are left
    assert pulled.phase(FETCHING) == [(1, 1)]  # the original only: the text is made again here
    assert pulled.phase(DECIDING) == [(1, 0), (3, 0), (5, 0), (6, 0)]  # a clone decides page by page: no total
    assert [phase for phase, _, _ in pulled.calls].index(DECIDING) < [p for p, _, _ in pulled.calls].index(FETCHING)


def test_an_edit_while_the_sync_waits_for_the_server_takes_nothing_in(tmp_path: Path, db_url: str) -> None:
    """The GUI keeps handling events during a request: a command run meanwhile (a capture ending) would make
    the pull's decision stale, so that pull is refused whole and the next one decides again."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    first = _claims(a, 1)[0]
    sync.sync(a, db_url)
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    b = ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris")
    with a, b:
        a.execute(entities.edit_claim(a, first, verdict="false"))
        sync.sync(a)

        def meanwhile(phase: str, done: int, total: int) -> None:
            if phase == RECEIVING and len(b.project.claims) == 1:
                _claims(b, 1, start=9)

        with pytest.raises(sync.SyncError, match="changed while the sync was waiting"):
            sync.sync(b, progress=meanwhile)
        assert b.project.claims[first].verdict.value != "false"
        assert sync.sync(b).pulled == 1 and b.project.claims[first].verdict.value == "false"
        sync.sync(a)
        assert len(a.project.claims) == 2


def test_the_outcome_of_a_cancel_says_what_went_through() -> None:
    ticker = Ticker(cancelled=lambda: True)
    assert ticker.outcome() == "Sync cancelled; nothing was changed here, the next sync starts again"
    ticker.pulled = 3
    assert ticker.outcome() == "Sync cancelled; 3 change(s) in, nothing sent yet, the next sync sends what changed here"
    ticker.pulled, ticker.sent, ticker.to_send = 0, 5000, 100_000
    assert ticker.outcome() == "Sync cancelled; 5000 of 100000 documents sent, the next sync sends the rest"
    with pytest.raises(sync_progress.SyncCancelled, match="5000 of 100000"):
        ticker.tick(SENDING, 5000, 100_000)
    assert Ticker().wants_stop() is False


def test_a_cancel_while_the_checkpoint_is_written_keeps_both_checkpoints_in_step(tmp_path: Path, server: PouchServer,
                                                                                 db_url: str) -> None:
    """As the GUI does on Cancel: the request in flight (here the checkpoint's PUT, held by the proxy) is left
    to itself. The project keeps the checkpoint the server still has, so the next sync reads only what is new."""
    proxy = FaultProxy(server.port)
    wake = threading.Event()  # set when the held request reaches the proxy or when a request ends

    def hold_checkpoint(method: str, path: str) -> str | None:
        if method == "PUT" and "_local" in path and not proxy.release.is_set():
            wake.set()
            return "hold"
        return None

    def abandon_if_held(call):
        outcome: dict = {}

        def run() -> None:
            try:
                outcome["result"] = call()
            except BaseException as exc:  # noqa: BLE001 - handed back below
                outcome["error"] = exc
            finally:
                wake.set()

        wake.clear()
        threading.Thread(target=run, daemon=True).start()
        wake.wait(60)
        if proxy.held.is_set() and not outcome:
            raise sync.SyncCancelled("cancelled")
        if "error" in outcome:
            raise outcome["error"]
        return outcome["result"]

    url = f"{proxy.url}/{db_url.rsplit('/', 1)[1]}"
    try:
        with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
            ids = _claims(a, 5)
            sync.sync(a, url)
            a.execute(entities.edit_claim(a, ids[0], verdict="false"))
            proxy.rule = hold_checkpoint
            with pytest.raises(sync.SyncCancelled, match="^Sync cancelled; all 1 documents sent"):
                sync.sync(a, blocking=abandon_if_held)
            proxy.release.set()
            rec = Recorder()
            assert sync.sync(a, progress=rec).pushed == 0
            assert rec.phase(RECEIVING)[-1][0] == 1  # the edit's row only, not the whole feed again
    finally:
        proxy.stop()
