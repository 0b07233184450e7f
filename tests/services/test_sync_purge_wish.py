"""Delete and purge (the GUI's Edit menu, `sourcemark delete --purge`): what a purge deletion takes, and how its
purge wish follows undo and redo; the sync never purges an object the project holds again."""

import json
import urllib.parse
import urllib.request
from pathlib import Path

from app.domain.links import Kind
from app.services import annotate, entities, linking
from app.services.session import ProjectSession
from app.services.sync import purge
from app.services.sync import replicator as sync
from app.store import sync_state
from app.store.sync_state import SyncState
from tests.fixtures.couch_server import PouchServer

from .conftest import STORY

URL = "http://127.0.0.1:5984/team"


def _claim_quoted(session: ProjectSession, doc_id: str, statement: str) -> tuple[str, str, str]:
    """A claim, a highlight of the story and the link saying the highlight states the claim: their ids."""
    command, claim = entities.create_claim(session, statement)
    session.execute(command)
    start = STORY.index("engineers from North Korea")
    ann = session.execute(annotate.create_annotation(session, doc_id, start, start + 26)).created[Kind.ANNOTATION][0]
    link = session.execute(linking.link(session, (Kind.ANNOTATION, ann), (Kind.CLAIM, claim.id), "states"))
    return claim.id, ann, link.created[Kind.LINK][0]


def _syncing(session: ProjectSession, url: str = URL) -> None:
    sync_state.write(session.folder, SyncState(url=url))


def _waiting(session: ProjectSession) -> list[str]:
    return sync_state.read(session.folder).purge


def test_a_purge_deletion_lists_what_hangs_on_the_object_and_the_wish_follows_undo_and_redo(session, doc_id) -> None:
    claim, ann, link = _claim_quoted(session, doc_id, "North Korean engineers clear mines near Kursk")
    command, other = entities.create_claim(session, "A witness named in a quote")
    session.execute(command)
    _syncing(session)
    assert purge.want(session, []) == 0  # nothing asked: nothing waits
    session.execute(purge.deletion(session, [other.id]).command)
    assert purge.want(session, [(Kind.CLAIM, other.id)]) == 1

    deletion = purge.deletion(session, [claim])
    assert deletion.url == URL and deletion.asked == ((Kind.CLAIM, claim),)
    assert deletion.with_them == [(Kind.LINK, link)]  # the highlight stays: only the link hangs on the claim
    assert deletion.command.label.startswith("Delete and purge claim “North Korean engineers")
    session.execute(deletion.command)
    assert purge.want(session, deletion.objects) == 3
    assert _waiting(session) == [f"claim:{other.id}", f"link:{link}", f"claim:{claim}"]
    entry = session.store.read_audit()[-1]
    assert entry["label"] == deletion.command.label and entry["purge"] == [f"link:{link}", f"claim:{claim}"]

    session.undo()  # the claim and its link are back: the next sync must not purge them
    assert claim in session.project.claims and link in session.project.links and ann in session.project.annotations
    assert purge.withdraw(session, deletion.objects) == 1
    assert _waiting(session) == [f"claim:{other.id}"]  # the other wish stands
    assert purge.waiting(session) == 1 and sync.status(session).purging == 1
    session.redo()
    assert purge.want(session, deletion.objects) == 3 and claim not in session.project.claims


def test_without_a_server_the_deletion_is_a_plain_one_and_nothing_is_recorded(session, doc_id) -> None:
    claim, _ann, link = _claim_quoted(session, doc_id, "A claim in a project that never synced")
    deletion = purge.deletion(session, [claim])
    assert deletion.url == "" and deletion.command.label.startswith("Delete claim")
    assert dict(deletion.command.audit) == {} and purge.server(session) == ""
    session.execute(deletion.command)
    assert purge.want(session, deletion.objects) == 0 and purge.withdraw(session, deletion.objects) == 0
    assert not (session.folder / sync_state.SYNC_FILE).exists()


class _Server:
    """What purge.run asks of a server: every leaf of a document, then _purge."""

    def __init__(self) -> None:
        self.asked: dict[str, list[str]] = {}

    def leaf_revs(self, doc_id: str) -> list[str]:
        return ["2-x"]

    def purge(self, revs: dict[str, list[str]]) -> str:
        self.asked = revs
        return "purged"


def test_the_sync_never_purges_an_object_the_project_holds_again(session, doc_id) -> None:
    """Whatever brought it back (an undo whose withdrawal was lost, a backup restored, a pull), an object here is
    not purged from the server, and stops waiting."""
    claim, ann, _link = _claim_quoted(session, doc_id, "Brought back")
    here = purge.held_by(session)
    assert here(f"claim:{claim}") and here(f"annotation:{ann}")
    assert not here("claim:gone") and not here("original:" + "0" * 64) and not here("nonsense")
    state = SyncState(url=URL, docs={f"claim:{claim}": ["2-a", None], "claim:gone": ["2-b", None]},
                      purge=[f"claim:{claim}", "claim:gone"])
    server = _Server()
    assert purge.run(server, state, here) == (["claim:gone"], "")  # type: ignore[arg-type]
    assert server.asked == {"claim:gone": ["2-x"]} and state.purge == []


def _open_revs(url: str, doc_id: str) -> list[dict]:
    with urllib.request.urlopen(f"{url}/{urllib.parse.quote(doc_id, safe='')}?open_revs=all") as reply:
        return json.loads(reply.read())


def test_an_undone_purge_deletion_asks_the_server_for_nothing(session, doc_id, server: PouchServer,
                                                              tmp_path: Path) -> None:
    """Against PouchDB Server (no _purge): deleted with purge and undone before the sync, the claim stays on the
    server as it was, and the sync has no purge to report; not undone, the sync says what the server keeps."""
    url = f"{server.url}/wish{abs(hash(str(tmp_path))) % 10**8}"
    claim, _ann, link = _claim_quoted(session, doc_id, "A quote naming a witness")
    assert sync.sync(session, url).pushed > 0
    deletion = purge.deletion(session, [claim])
    session.execute(deletion.command)
    purge.want(session, deletion.objects)
    session.undo()
    purge.withdraw(session, deletion.objects)
    report = sync.sync(session)
    assert (report.pushed, report.purged, report.purge_note) == (0, [], "")
    assert [leaf["ok"].get("_deleted", False) for leaf in _open_revs(url, f"claim:{claim}")] == [False]

    session.redo()
    purge.want(session, deletion.objects)
    report = sync.sync(session)
    assert report.pushed == 2 and report.purge_note == purge.UNSUPPORTED and _waiting(session) == []
    assert [leaf["ok"]["_deleted"] for leaf in _open_revs(url, f"link:{link}")] == [True]
    session.undo()  # after the sync: back here, and up again with the next one
    assert sync.sync(session).pushed == 2
    assert [leaf["ok"].get("_deleted", False) for leaf in _open_revs(url, f"claim:{claim}")] == [False]
