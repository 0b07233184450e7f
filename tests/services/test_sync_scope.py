"""A sync reads only what changed (issue 31): `sourcemark sync` opens project.json alone and the sync reads the
annotations files of the documents involved, counted here by a spy on the store's document loader."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.links import Kind
from app.services import annotate, entities
from app.services.session import ProjectSession
from app.services.sync import replicator as sync
from app.store import database
from tests.fixtures.couch_server import PouchServer
from tests.fixtures.run import add_document

from .conftest import STORY

DOCS = 6
WORDS = ("Kursk", "Pyongyang", "engineers")


@pytest.fixture
def db_url(server: PouchServer, request: pytest.FixtureRequest) -> str:
    return f"{server.url}/s{abs(hash(request.node.name)) % 10**8}"


@pytest.fixture
def copies(tmp_path: Path, db_url: str) -> Iterator[tuple[Path, Path, list[str], dict[str, list[str]]]]:
    """Ana's project of DOCS documents with three highlights each, pushed; Boris's clone. Both closed."""
    a = ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana")
    anns: dict[str, list[str]] = {}
    docs = []
    for n in range(DOCS):
        path = tmp_path / f"story{n}.txt"
        path.write_text(f"Story {n}.\n{STORY}", encoding="utf-8")
        doc = add_document(a, path).document.id
        docs.append(doc)
        text_start = len(f"Story {n}.\n")
        anns[doc] = [a.execute(annotate.create_annotation(a, doc, text_start + STORY.index(w),
                                                          text_start + STORY.index(w) + len(w))).created[Kind.ANNOTATION][0]
                     for w in WORDS]
    sync.sync(a, db_url)
    a.close()
    sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    yield tmp_path / "A.sourcemark", tmp_path / "B.sourcemark", docs, anns


def _cli_sync(folder: Path, monkeypatch: pytest.MonkeyPatch, analyst: str = "ana") -> tuple[sync.SyncReport, set[str]]:
    """A sync as `sourcemark sync` runs it (project.json only), and the documents whose files it read."""
    read: list[str] = []
    loader = database.read_document

    def spy(folder: Path, doc: str, *args, **kwargs):  # type: ignore[no-untyped-def]
        read.append(doc)
        return loader(folder, doc, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(database, "read_document", spy)
        with ProjectSession.open(folder, analyst=analyst, documents=()) as session:
            report = sync.sync(session)
    return report, set(read)


def _edit(folder: Path, analyst: str, action) -> None:  # type: ignore[no-untyped-def]
    with ProjectSession.open(folder, analyst=analyst) as session:
        session.execute(action(session))


def test_a_one_change_sync_reads_only_the_documents_involved(copies, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, docs, anns = copies
    report, read = _cli_sync(a, monkeypatch)  # nothing to do: nothing read
    assert (report.pulled, report.pushed, read) == (0, 0, set())
    # one highlight edited there: only its document is read here
    _edit(b, "boris", lambda s: annotate.edit_annotation(s, anns[docs[3]][1], note="seen twice"))
    with ProjectSession.open(b, analyst="boris") as boris:
        assert sync.sync(boris).pushed == 1
    report, read = _cli_sync(a, monkeypatch)
    assert report.pulled == 1 and read == {docs[3]}
    # one highlight edited here: only its document is read, and it goes up
    _edit(a, "ana", lambda s: annotate.edit_annotation(s, anns[docs[1]][0], note="checked"))
    report, read = _cli_sync(a, monkeypatch)
    assert (report.pulled, report.pushed, read) == (0, 1, {docs[1]})
    # a claim edited here: no document read at all
    _edit(a, "ana", lambda s: entities.create_claim(s, "A new claim")[0])
    report, read = _cli_sync(a, monkeypatch)
    assert (report.pushed, read) == (1, set())
    with ProjectSession.open(b, analyst="boris") as boris:
        sync.sync(boris)
        assert boris.project.annotations[anns[docs[1]][0]].note == "checked"
        assert boris.project.annotations[anns[docs[3]][1]].note == "seen twice"


def test_deletions_travel_both_ways_reading_one_document(copies, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, docs, anns = copies
    _edit(a, "ana", lambda s: entities.delete(s, Kind.ANNOTATION, anns[docs[2]][0]))
    report, read = _cli_sync(a, monkeypatch)
    assert report.pushed == 1 and read == {docs[2]}  # the tombstone: its document read to see it is gone
    _edit(b, "boris", lambda s: entities.delete(s, Kind.ANNOTATION, anns[docs[4]][2]))
    with ProjectSession.open(b, analyst="boris") as boris:
        sync.sync(boris)
        assert anns[docs[2]][0] not in boris.project.annotations
    report, read = _cli_sync(a, monkeypatch)
    assert report.pulled == 1 and read == {docs[4]}  # found by its id in the unread files, then read
    with ProjectSession.open(a, analyst="ana") as ana:
        assert anns[docs[4]][2] not in ana.project.annotations and len(ana.project.annotations) == DOCS * 3 - 2


def test_without_remembered_files_or_after_a_restore_everything_is_read(copies, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b, docs, anns = copies
    from app.store import sync_state

    state = sync_state.read(a)
    state.files.clear()
    state._snapshot = True  # a state from before the files were remembered
    sync_state.write(a, state)
    _, read = _cli_sync(a, monkeypatch)
    assert read == set(docs)
    _, read = _cli_sync(a, monkeypatch)
    assert read == set()
    with ProjectSession.open(a, analyst="ana") as ana:  # a restore may take objects away without a deletion
        ana.execute(annotate.edit_annotation(ana, anns[docs[0]][0], note="restored away"))
        backup = ana.store.backups()[0]
    from app.store.project_store import ProjectStore

    ProjectStore.recover(a, backup).close()
    _, read = _cli_sync(a, monkeypatch)
    assert read == set(docs)


def test_a_clone_takes_one_kind_at_a_time_a_page_per_command(
        tmp_path: Path, db_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Pages of one document: every page is its own command (the audit log shows them), so memory holds a page,
    not the database; kinds come in dependency order, so a link whose annotation was edited after it (later in
    the changes feed) still finds it. A change made during the clone comes with the sync that ends it."""
    from app.domain.links import Relation
    from app.services import linking

    with ProjectSession.create(tmp_path / "A.sourcemark", analyst="ana") as a:
        path = tmp_path / "story.txt"
        path.write_text(STORY, encoding="utf-8")
        doc = add_document(a, path).document.id
        start = STORY.index("Kursk")
        ann = a.execute(annotate.create_annotation(a, doc, start, start + 5)).created[Kind.ANNOTATION][0]
        command, claim = entities.create_claim(a, "Troops crossed")
        a.execute(command)
        link = a.execute(linking.link(a, (Kind.ANNOTATION, ann), (Kind.CLAIM, claim.id), Relation.STATES))
        sync.sync(a, db_url)
        a.execute(annotate.edit_annotation(a, ann, note="later"))  # its revision now comes after the link's
        sync.sync(a)
    monkeypatch.setattr(sync, "PAGE", 1)
    taken = sync._take_page

    def meanwhile(*args, **kwargs):  # type: ignore[no-untyped-def]
        taken(*args, **kwargs)
        meanwhile.pages += 1
        if meanwhile.pages == 2:  # Ana edits her claim once the clone has taken it in
            with ProjectSession.open(tmp_path / "A.sourcemark", analyst="ana") as a:
                a.execute(entities.edit_claim(a, claim.id, rationale="checked twice"))
                sync.sync(a)

    meanwhile.pages = 0
    monkeypatch.setattr(sync, "_take_page", meanwhile)
    report = sync.clone(db_url, tmp_path / "B.sourcemark", analyst="boris")
    assert report.pulled == 5 and report.dropped == [] and report.bad == {}
    with ProjectSession.open(tmp_path / "B.sourcemark", analyst="boris") as b:
        assert b.project.annotations[ann].note == "later"
        assert set(b.project.links) == set(link.created[Kind.LINK])
        assert b.project.claims[claim.id].rationale == "checked twice"
        pages = [e for e in b.store.read_audit() if str(e.get("label", "")).startswith("Sync with")]
        assert len(pages) == 5 and all(len(e["changes"]) == 1 for e in pages)  # 4 pages, then the edit
        assert sync.sync(b).pulled == 0
