"""The push half of a sync: what changed here since the last agreement goes up, files once per SHA-256.

`_revs_diff` first, so only revisions the server lacks travel (a push cut halfway, then repeated,
sends the rest); then `_bulk_docs` with `new_edits: false` in pages, files before the documents that
name them. The sync state records each page as soon as the server has taken it, and only then: a cancel
between pages (sync.progress) leaves a checkpoint that covers exactly what the server acknowledged.
"""

from collections.abc import Callable, Collection, Iterator
from typing import Any

from app.domain.links import DEPENDENCY_ORDER, Kind
from app.exchange.couch_replication import blob_doc, blob_id, blob_rev, object_doc, tombstone_doc
from app.net.couch import CouchClient
from app.services.session import ProjectSession
from app.services.sync.progress import PREPARING, SENDING, SENDING_FILES, Ticker
from app.services.sync.state import SyncStateSession
from app.store.sync_state import SyncState

PAGE_DOCS = 5000  # documents per `_bulk_docs` request
PAGE_BYTES = 32 << 20  # and at most about this much attachment data
TICK_EVERY = 5000  # documents built between two progress reports (the GUI repaints at each)
Outgoing = tuple[dict[str, Any], Any, str]  # document, what it records, role: object | deletion | loser


def push(client: CouchClient, session: ProjectSession, book: SyncStateSession, tombs: Callable[[], dict],
         ticker: Ticker | None = None, candidates: Collection[str] | None = None) -> int:
    """Send what the server lacks; returns how many revisions it took. `candidates`: the only agreed objects that
    may have been deleted here (sync.scope, from the deletions store); None: look at every agreed object."""
    state = book.state
    ticker = ticker or Ticker()
    held = set(state.conflicts) | set(state.bad)  # undecided, or unreadable on the server: nothing goes over them
    still_here = [0]  # objects agreed alive last time and still here: if all are, nothing was deleted
    docs: list[Outgoing] = []
    secret = client.rev_secret  # an encrypted database: revision hashes are keyed (app.net.couch_encrypted)
    for outgoing in _objects(session, state, held, still_here, secret):  # a changed object costs a document to build;
        docs.append(outgoing)  # an unchanged one a look-up (this loop is most of a one-change sync: no count there)
        if len(docs) % TICK_EVERY == 0:
            ticker.tick(PREPARING, len(docs), 0)
    if candidates is not None:
        docs += _deletions(session, state, held, tombs, candidates, secret)
    elif still_here[0] != sum(1 for known in state.docs.values() if known[1] is not None):
        docs += _deletions(session, state, held, tombs, list(state.docs), secret)
    docs += _losers(state, held, secret)
    blobs = _blob_keys(session, state, docs)
    wanted: dict[str, list[str]] = {}
    for d, _, _ in docs:
        wanted.setdefault(d["_id"], []).append(d["_rev"])
    wanted.update({blob_id(*key): [blob_rev(*key, secret)] for key in blobs})
    # a database this sync created held nothing: everything is missing (a first push saves the question)
    missing = wanted if client.created else client.revs_diff(wanted)
    files = [(key, b) for key, b in blobs.items() if blob_id(*key) in missing]
    out = [o for o in docs if o[0]["_rev"] in missing.get(o[0]["_id"], ())]
    ticker.to_send = len(files) + len(out)
    sent = 0
    if files:
        ticker.tick(SENDING_FILES, 0, len(files))
    for page in _pages(files, secret):
        client.bulk_docs(page)
        for d in page:
            state.known_blob(d["_id"].split(":", 1)[1])
        sent += len(page)
        ticker.sent = sent
        ticker.tick(SENDING_FILES, sent, len(files))
    for what, sha in blobs:  # the rest the server had already
        state.known_blob(f"{what}:{sha}")
    if out:
        ticker.tick(SENDING, 0, len(out))
    for start in range(0, len(out), PAGE_DOCS):
        batch = out[start:start + PAGE_DOCS]
        client.bulk_docs([d for d, _, _ in batch])
        sent += len(batch)
        _agreed(state, batch)
        if len(out) > PAGE_DOCS:  # a long push keeps what the server took (the caller writes the end)
            book.save()
        ticker.sent = sent
        ticker.tick(SENDING, start + len(batch), len(out))
    _agreed(state, [o for o in docs if o[0]["_rev"] not in missing.get(o[0]["_id"], ())])
    state.parents = {k: v for k, v in state.parents.items() if k in held}
    return sent


def _agreed(state: SyncState, docs: list[Outgoing]) -> None:
    """The server holds these revisions now: they are the base of the next sync."""
    for doc, value, role in docs:
        doc_id = doc["_id"]
        if role == "loser":
            left = [r for r in state.losers.get(doc_id, ()) if r != value]
            if left:
                state.losers[doc_id] = left
            else:
                state.losers.pop(doc_id, None)
            continue
        state.agree(doc_id, doc["_rev"], value)
        state.parents.pop(doc_id, None)


def _objects(session: ProjectSession, state: SyncState, held: set[str], still_here: list[int],
             secret: bytes | None) -> Iterator[Outgoing]:
    analyst = session.analyst or "unknown"
    parents = state.parents
    for kind in DEPENDENCY_ORDER:
        prefix, known = f"{kind.value}:", state.by_kind(kind.value).get
        for oid, obj in session.project.objects[kind].items():
            base = known(oid)
            if base is not None and base[1] == obj.rev:
                still_here[0] += 1
                continue  # unchanged since the last agreement (server conflict branches: see _losers)
            if base is not None and base[1] is not None:
                still_here[0] += 1
            doc_id = prefix + oid
            if doc_id in held:
                continue
            parent = parents.get(doc_id) or (base[0] if base else None)
            yield object_doc(kind, obj, parent, analyst, secret), obj.rev, "object"


def _deletions(session: ProjectSession, state: SyncState, held: set[str], tombs: Callable[[], dict],
               doc_ids: Collection[str], secret: bytes | None) -> Iterator[Outgoing]:
    analyst = session.analyst or "unknown"
    objects = {kind.value: session.project.objects[kind] for kind in DEPENDENCY_ORDER}
    for doc_id in doc_ids:
        known = state.docs.get(doc_id)
        if known is None or known[1] is None:
            continue
        rev = known[0]
        prefix, _, oid = doc_id.partition(":")
        objs = objects.get(prefix)
        if objs is None or oid in objs or doc_id in held:
            continue
        parent = state.parents.get(doc_id) or rev
        record = tombs().get((Kind(prefix), oid))  # (a deletion kept by a decision: the version decided over)
        yield tombstone_doc(doc_id, parent, record, analyst, secret), None, "deletion"


def _losers(state: SyncState, held: set[str], secret: bytes | None) -> Iterator[Outgoing]:
    """Tombstones that close the server's conflict branches once we have decided (CouchDB's way)."""
    for doc_id, revs in state.losers.items():
        if doc_id in held:
            continue
        for rev in revs:
            yield tombstone_doc(doc_id, rev, None, "sync", secret), rev, "loser"


def _blob_keys(session: ProjectSession, state: SyncState, docs: list[Outgoing]) -> dict[tuple[str, str], Any]:
    """(what, SHA-256) -> (path, suffix) of the files the outgoing documents name and the server may lack."""
    out: dict[tuple[str, str], Any] = {}
    for doc, _, _ in docs:
        if doc.get("type") != Kind.DOCUMENT.value or doc.get("_deleted"):
            continue
        sha, text_sha = doc.get("sha256"), doc.get("text_sha256")
        # the original, its OCR layer and a captured PDF's WARC: every file the document's text is made from
        for file_sha in (sha, doc.get("ocr_layer"), *(doc.get("companion_sha256") or ())):
            if file_sha and f"original:{file_sha}" not in state.blobs:
                path = session.store.original_path(file_sha)
                if path is not None:
                    out[("original", file_sha)] = (path, path.suffix)
        if text_sha and f"text:{text_sha}" not in state.blobs and session.store.has_text(text_sha):
            out[("text", text_sha)] = (session.store.text_path(text_sha), "")
    return out


def _pages(items: list[tuple[tuple[str, str], Any]], secret: bytes | None) -> Iterator[list[dict[str, Any]]]:
    """Blob documents (read from disk one page at a time), at most about PAGE_BYTES per request."""
    page: list[dict[str, Any]] = []
    size = 0
    for (what, sha), (path, suffix) in items:
        data = path.read_bytes()
        page.append(blob_doc(sha, what, data, suffix, secret))
        size += len(data)
        if size >= PAGE_BYTES:
            yield page
            page, size = [], 0
    if page:
        yield page
