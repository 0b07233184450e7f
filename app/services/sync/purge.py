"""Purge: deleted sensitive content taken off the team's server too (`sourcemark delete PROJECT ID... --purge`).

A deletion reaches the server as a tombstone, which carries no content (app.exchange.couch_replication), but
CouchDB keeps a document's earlier revisions until compaction, and its id and revision tree for good. A purge
(`POST /db/_purge`) removes the document from the server altogether. It can only follow the deletion: the
project records the ids (sync.json `purge`), and the sync that has pushed their tombstones purges every leaf.

Where the server cannot purge (PouchDB Server does not implement `_purge`; CouchDB lets only a database admin
purge) the sync says so in one line, and the ids are dropped from the wish list: asking again would not help.
docs/user/sync.md ("Deleting sensitive content") says what then stays on the server.
"""

from collections.abc import Iterable

from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.net.couch import CouchClient
from app.services.session import ProjectSession
from app.services.sync.state import SyncStateSession
from app.store.sync_state import SyncState

UNSUPPORTED = ("the server does not support _purge: the deleted objects' content is gone from their tombstones, but "
               "earlier revisions stay on the server until it is compacted (POST /db/_compact, an admin's task), "
               "and their ids and revision numbers stay for good")
REFUSED = ("the server refused _purge (CouchDB allows it to database admins only): the deleted objects' earlier "
           "revisions stay on the server until an admin purges or compacts the database")


def want(session: ProjectSession, objects: Iterable[tuple[Kind, str]]) -> int:
    """Record that these deleted objects are to be purged by the next sync; how many are waiting now (0: the
    project does not sync with a server, so there is nothing to purge)."""
    book = SyncStateSession(session.folder)  # the one owner of sync.json
    state = book.state
    if not state.url:
        return 0
    waiting = list(dict.fromkeys([*state.purge, *(couch_id(kind, oid) for kind, oid in objects)]))
    state.purge = waiting
    book.save()
    return len(waiting)


def run(client: CouchClient, state: SyncState) -> tuple[list[str], str]:
    """Purge the waiting ids whose deletion the server holds (the others wait for their tombstone to go up):
    (ids purged, a sentence when the server could not purge)."""
    ready = [doc_id for doc_id in state.purge if doc_id in state.docs and state.docs[doc_id][1] is None]
    never_synced = [doc_id for doc_id in state.purge if doc_id not in state.docs]  # nothing of it on the server
    revs = {doc_id: leaves for doc_id in ready if (leaves := client.leaf_revs(doc_id))}
    outcome = client.purge(revs) if revs else "purged"
    done = set(ready) | set(never_synced)
    state.purge = [doc_id for doc_id in state.purge if doc_id not in done]
    if outcome != "purged":
        return [], UNSUPPORTED if outcome == "unsupported" else REFUSED
    return sorted(revs), ""
