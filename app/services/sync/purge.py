"""Purge: deleted sensitive content taken off the team's server too (`sourcemark delete PROJECT ID... --purge`).

A deletion reaches the server as a tombstone, which carries no content (app.exchange.couch_replication), but
CouchDB keeps a document's earlier revisions until compaction, and its id and revision tree for good. A purge
(`POST /db/_purge`) removes the document from the server altogether. It can only follow the deletion: the
project records the ids (sync.json `purge`), and the sync that has pushed their tombstones purges every leaf.

Where the server cannot purge (PouchDB Server does not implement `_purge`; CouchDB lets only a database admin
purge) the sync says so in one line, and the ids are dropped from the wish list: asking again would not help.
docs/user/sync.md ("Deleting sensitive content") says what then stays on the server.

Undo: an object brought back must not be purged. The GUI's Edit > Delete and purge runs `deletion`'s command and
`want`s its objects; undoing it `withdraw`s them, redoing it `want`s them again. Whatever brought an object back
(an undo, a backup restored, a pull), the sync purges no id whose object the project holds (`run`'s `here`).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.exchange.couch_replication import parse_id
from app.net.couch import CouchClient
from app.services import deletion as deletion_plan
from app.services.session import ProjectSession
from app.services.sync.state import SyncStateSession
from app.services.sync.state import read as read_state
from app.store.sync_state import SyncState

Objects = Iterable[tuple[Kind, str]]

UNSUPPORTED = ("the server does not support _purge: the deleted objects' content is gone from their tombstones, but "
               "earlier revisions stay on the server until it is compacted (POST /db/_compact, an admin's task), "
               "and their ids and revision numbers stay for good")
REFUSED = ("the server refused _purge (CouchDB allows it to database admins only): the deleted objects' earlier "
           "revisions stay on the server until an admin purges or compacts the database")


@dataclass(frozen=True)
class Deletion(deletion_plan.Deletion):
    """A deletion (deletion_plan.Deletion: its objects, and what goes with them, all of which is purged, as a link
    may carry a name as written) and the server the next sync purges them from ("": the project does not sync)."""

    url: str = ""


def server(session: ProjectSession) -> str:
    """The server a purge would reach: the URL the project syncs with ("" when it does not sync)."""
    return read_state(session.folder).url


def deletion(session: ProjectSession, ids: Iterable[str]) -> Deletion:
    """The deletion of these objects (any kind, by id, with what hangs on them) as a purge asks for it: labelled
    so, and with the ids to purge in its audit entry; `want` them once the command has run."""
    planned = deletion_plan.plan(session, ids)
    command, url = planned.command, server(session)
    if url:
        label = "Delete and purge" + command.label.removeprefix("Delete")
        purged = [couch_id(op.kind, op.oid) for op in command.ops]
        command = replace(command, label=label, audit=(*command.audit, ("purge", purged)))
    return Deletion(command, planned.asked, url)


def want(session: ProjectSession, objects: Objects) -> int:
    """Record that these deleted objects are to be purged by the next sync; how many are waiting now (0: the
    project does not sync with a server, so there is nothing to purge)."""
    wanted = [couch_id(kind, oid) for kind, oid in objects]
    return _rewrite(session, lambda waiting: list(dict.fromkeys([*waiting, *wanted])))


def withdraw(session: ProjectSession, objects: Objects) -> int:
    """A purge deletion undone: these objects are here again, and the next sync must not purge them; how many
    objects are still waiting to be purged."""
    back = {couch_id(kind, oid) for kind, oid in objects}
    return _rewrite(session, lambda waiting: [doc_id for doc_id in waiting if doc_id not in back])


def waiting(session: ProjectSession) -> int:
    """How many deleted objects the next sync is to purge."""
    return len(read_state(session.folder).purge)


def held_by(session: ProjectSession) -> Callable[[str], bool]:
    """`run`'s `here`: whether the project holds the object a document id names."""
    def here(doc_id: str) -> bool:
        named = parse_id(doc_id)
        return named is not None and session.project.find(*named) is not None
    return here


def _rewrite(session: ProjectSession, change: Callable[[list[str]], list[str]]) -> int:
    book = SyncStateSession(session.folder)  # the one owner of sync.json
    state = book.state
    if not state.url:
        return 0
    purge = change(list(state.purge))
    if purge != state.purge:
        state.purge = purge
        book.save()
    return len(purge)


def run(client: CouchClient, state: SyncState, here: Callable[[str], bool] = lambda _doc_id: False,
        ) -> tuple[list[str], str]:
    """Purge the waiting ids whose deletion the server holds (the others wait for their tombstone to go up):
    (ids purged, a sentence when the server could not purge). `here(doc_id)`: the project holds that object
    (brought back since it was deleted): it is not purged, and no longer waits."""
    back = {doc_id for doc_id in state.purge if here(doc_id)}
    state.purge = [doc_id for doc_id in state.purge if doc_id not in back]
    ready = [doc_id for doc_id in state.purge if doc_id in state.docs and state.docs[doc_id][1] is None]
    never_synced = [doc_id for doc_id in state.purge if doc_id not in state.docs]  # nothing of it on the server
    revs = {doc_id: leaves for doc_id in ready if (leaves := client.leaf_revs(doc_id))}
    outcome = client.purge(revs) if revs else "purged"
    done = set(ready) | set(never_synced)
    state.purge = [doc_id for doc_id in state.purge if doc_id not in done]
    if outcome != "purged":
        return [], UNSUPPORTED if outcome == "unsupported" else REFUSED
    return sorted(revs), ""
