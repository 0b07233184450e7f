"""`sourcemark sync` and `clone`: a client-side replicator (as PouchDB is in a browser) whose local
database is the project. docs/sync-couchdb.md describes the protocol and the guarantees.

One sync = pull (the `_changes` feed since our checkpoint, decided by the merge rule, applied as ONE
undoable command naming the other analysts), then push (`_revs_diff`, then `_bulk_docs` with
`new_edits: false`: only what the server lacks), then a checkpoint in a `_local/` document on the
server and in sync.json here. Every step can be cut: the state on either side only ever lags, and
the next sync re-checks what it had moved (revisions are deterministic, so re-sending is harmless).
Between HTTP requests a sync reports its progress and reads the caller's cancel check
(app.services.sync.progress): a cancel stops there, in the same consistent states.
"""

import dataclasses
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.exchange.couch_replication import blob_data, blob_id
from app.exchange.project_merge import ORDER, Conflict, ProjectMergePlan
from app.net.couch import Blocking, CouchClient, SyncError, parse_remote
from app.services import commands as c
from app.services.merge import incoming, merging
from app.services.session import ProjectSession
from app.services.sync.decide import PullDecision, decide
from app.services.sync.progress import (
    CHECKING,
    DECIDING,
    FETCHING,
    RECEIVING,
    Cancelled,
    Progress,
    SyncCancelled,
    Ticker,
)
from app.services.sync.push import push
from app.store import sync_state
from app.store.sync_state import SyncState

PAGE = 2000  # documents per `_changes` page
CHOICES = merging.CHOICES


@dataclass
class SyncReport:
    url: str
    pulled: int = 0  # objects added, changed or deleted here
    pushed: int = 0  # revisions the server took (objects, deletions, files)
    files_in: int = 0
    conflicts: list[Conflict] = field(default_factory=list)  # left for the analyst (sync without --prefer)
    analysts: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        out = [f"synced with {self.url}: {self.pulled} change(s) in, {self.pushed} revision(s) out"
               + (f", {self.files_in} file(s) in" if self.files_in else "")]
        if len(self.analysts) > 1:
            out.append(f"  from: {', '.join(self.analysts[1:])}")
        out += [f"  left out: {line}" for line in self.dropped]
        if self.conflicts:
            out.append(f"{len(self.conflicts)} conflict(s) left as they are (this project | server)")
            out += [f"  {cf.describe()}" for cf in self.conflicts]
        return out


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    url: str
    last_sync: str
    waiting: int  # local changes not on the server yet
    conflicts: int


def status(session: ProjectSession) -> SyncStatus:
    state = sync_state.read(session.folder)
    return SyncStatus(state.url, state.last_sync, _waiting(session, state) if state.url else 0, len(state.conflicts))


def _waiting(session: ProjectSession, state: SyncState) -> int:
    """Objects changed or added since the last agreement, plus agreed objects deleted here since."""
    changed = still_here = 0
    for kind in ORDER:
        known = state.by_kind(kind.value).get
        for oid, obj in session.project.objects[kind].items():
            base = known(oid)
            changed += base is None or base[1] != obj.rev
            still_here += base is not None and base[1] is not None
    return changed + sum(1 for base in state.docs.values() if base[1] is not None) - still_here


def sync(session: ProjectSession, url: str | None = None, *, prefer: str | None = None,
         choices: dict[tuple[Kind, str], str] | None = None,
         execute: Callable[[c.Command], Any] | None = None, progress: Progress | None = None,
         cancelled: Cancelled | None = None, blocking: Blocking | None = None) -> SyncReport:
    """Pull, apply, push, checkpoint. Conflicts without a choice are left alone and reported.

    `choices`: (kind, id) -> mine|theirs per conflict (the GUI's merge dialog); `execute` runs the pull's
    command (the GUI passes its undo-stack front end; default `session.execute`). `progress(phase, done,
    total)` hears each step; a true `cancelled()` stops the sync at the next request boundary with
    SyncCancelled (its message says what went through). `blocking` runs each HTTP request (app.net.couch)."""
    if prefer is not None and prefer not in CHOICES:
        raise DomainError(f"--prefer takes mine or theirs, not {prefer!r}")
    if session.read_only:
        raise DomainError("this project is open read-only; it cannot sync")
    state = sync_state.read(session.folder)
    if url is None and not state.url:
        raise DomainError("no server for this project yet: give the database URL once (sourcemark sync PROJECT URL)")
    remote = parse_remote(url or state.url)
    if state.url and remote.url != state.url:
        state = SyncState(url=remote.url)  # another database: start over (revisions make re-sending harmless)
    state.url = remote.url
    ticker = Ticker(progress, cancelled)
    try:
        try:
            return _sync(session, CouchClient(remote, blocking=blocking), state, prefer, choices or {},
                         execute or session.execute, ticker)
        except SyncCancelled:
            if ticker.pushing:  # the pull went in; the push keeps the pages the server acknowledged
                sync_state.write(session.folder, state)
            raise SyncCancelled(ticker.outcome()) from None
    except BaseException:
        sync_state.forget(session.folder)  # the next sync starts from what is on disk
        raise


def _sync(session: ProjectSession, client: CouchClient, state: SyncState, prefer: str | None,
          choices: dict[tuple[Kind, str], str], execute: Callable[[c.Command], Any], ticker: Ticker) -> SyncReport:
    edits: list[object] = []  # commands run here while the sync waits on the server (the GUI keeps running)
    session.subscribe(edits.append)
    try:
        with client:
            return _steps(session, client, state, prefer, choices, execute, ticker, edits)
    finally:
        session.unsubscribe(edits.append)


def _steps(session: ProjectSession, client: CouchClient, state: SyncState, prefer: str | None,
           choices: dict[tuple[Kind, str], str], execute: Callable[[c.Command], Any], ticker: Ticker,
           edits: list[object]) -> SyncReport:
    since = _checkpoint(client, state)
    ticker.tick(CHECKING, 0, 0)
    docs, last_seq = _pull(client, since, set(state.conflicts), ticker)
    report = SyncReport(client.remote.url)
    tombs = _lazy(lambda: merging.deleted_objects(session.store.read_audit(), session.project))
    decision = decide(session.project, docs, state.docs, set(state.conflicts), tombs,
                      lambda doc_id, revs: _leaves(client, doc_id, revs, ticker),
                      lambda done, total: ticker.tick(DECIDING, done, total))
    _apply(session, execute, client, state, decision, prefer, choices, report, ticker, edits)
    ticker.pulled = report.pulled
    if decision.base or decision.conflicts:
        sync_state.write(session.folder, state)
    report.pushed = push(client, session, state, tombs, ticker)
    since = _past_our_own(client, state, last_seq, ticker) if report.pushed else last_seq
    now = now_iso()
    client.put_local(_checkpoint_name(state), {"since": since, "time": now})
    state.since, state.last_sync = since, now  # only once the server holds it: else the two would disagree
    sync_state.write(session.folder, state)
    return report


def conflict_preview(report: SyncReport) -> merging.MergePreview:
    """The merge dialog's input for the conflicts a sync left (answered with `sync(..., choices=...)`)."""
    return merging.MergePreview(report.url, Path(), ProjectMergePlan([], list(report.conflicts)), report.analysts)


def clone(url: str, folder: Path, *, analyst: str = "", progress: Progress | None = None,
          cancelled: Cancelled | None = None, blocking: Blocking | None = None) -> SyncReport:
    """A new project holding everything the server's database holds (a cancelled clone leaves the folder to
    its caller, as a failed one does)."""
    remote = parse_remote(url)
    with CouchClient(remote, blocking=blocking) as client:
        client.ensure_database(create=False)  # a typo must not create an empty project from an empty database
    name = remote.url.rstrip("/").rsplit("/", 1)[-1]
    session = ProjectSession.create(Path(folder), name, analyst=analyst)
    with session:
        return sync(session, url, progress=progress, cancelled=cancelled, blocking=blocking)


def _lazy(read: Callable[[], Any]) -> Callable[[], Any]:
    cache: list[Any] = []

    def get() -> Any:
        if not cache:
            cache.append(read())
        return cache[0]

    return get


def _checkpoint_name(state: SyncState) -> str:
    return f"sourcemark-{state.replica}"


def _checkpoint(client: CouchClient, state: SyncState) -> Any:
    """Where to read the feed from: ours and the server's checkpoint must agree, else from the start
    (a recreated database, or a sync killed between the two writes). No checkpoint there may also mean no
    database yet: the first sync creates it (where the credentials allow)."""
    remote = client.get_local(_checkpoint_name(state))
    if remote is None:
        client.ensure_database(create=True)
        if state.since:  # we had synced with it: the database was recreated, what it held is gone
            state.start_over()
    return state.since if state.since and remote is not None and remote.get("since") == state.since else 0


def _pull(client: CouchClient, since: Any, held: set[str], ticker: Ticker) -> tuple[dict[str, dict[str, Any]], Any]:
    docs: dict[str, dict[str, Any]] = {}
    received = 0
    while True:
        body = client.changes(since, PAGE)
        rows = body["results"]
        for row in rows:
            doc = row.get("doc")
            if isinstance(doc, dict) and isinstance(row.get("id"), str):
                docs[row["id"]] = doc
        since = body.get("last_seq", since)
        received += len(rows)
        pending = body.get("pending")  # CouchDB says how many rows are left (PouchDB Server does not)
        ticker.tick(RECEIVING, received, received + pending if isinstance(pending, int) and pending >= 0 else 0)
        if len(rows) < PAGE:
            break
    pending_ids = sorted(held - set(docs))
    if pending_ids:  # conflicts left last time: decide them again with the server's current copy
        docs.update({doc["_id"]: doc for doc in client.docs_by_id(pending_ids) if "_id" in doc})
        ticker.check()
    return docs, since


def _past_our_own(client: CouchClient, state: SyncState, since: Any, ticker: Ticker) -> Any:
    """The checkpoint moved past the feed's rows that are only our own push (without their bodies), up
    to the first revision someone else wrote: the next sync then reads just what is new. Everything has
    gone through by now, so a cancel only cuts this short (the next sync reads the rest of our own rows)."""
    while not ticker.wants_stop():
        rows = client.changes(since, PAGE * 5, docs=False)["results"]
        for row in rows:
            doc_id, revs = row.get("id"), [ch.get("rev") for ch in row.get("changes") or ()]
            if not isinstance(doc_id, str) or not _ours(state, doc_id, revs) or "seq" not in row:
                return since
            since = row["seq"]
        if len(rows) < PAGE * 5:
            return since
    return since


def _ours(state: SyncState, doc_id: str, revs: list[Any]) -> bool:
    if doc_id.startswith("blob:"):
        return doc_id[len("blob:"):] in state.blobs
    known = state.docs.get(doc_id)
    return known is not None and revs == [known[0]]


def _leaves(client: CouchClient, doc_id: str, revs: list[str], ticker: Ticker) -> list[dict[str, Any] | None]:
    from app.exchange.couch_replication import record_of

    out: list[dict[str, Any] | None] = []
    for rev in revs:
        doc = client.get(doc_id, rev=rev)
        ticker.check()
        out.append(None if doc is None or doc.get("_deleted") else record_of(doc))
    return out


def _apply(session: ProjectSession, execute: Callable[[c.Command], Any], client: CouchClient, state: SyncState,
           decision: PullDecision,
           prefer: str | None, choices: dict[tuple[Kind, str], str], report: SyncReport, ticker: Ticker,
           edits: list[object]) -> None:
    settled = [cf for cf in decision.conflicts if choices.get((cf.kind, cf.oid), prefer) in CHOICES]
    left = [cf for cf in decision.conflicts if cf not in settled]
    me = session.analyst or "unknown"
    others = sorted(decision.analysts - {me})
    report.analysts, report.conflicts = [me, *others], left
    plan = ProjectMergePlan(list(decision.changes), settled)
    files = _files(session, client, plan, ticker)
    preview = merging.MergePreview(state.url, Path(), plan, report.analysts, files)
    command = merging.merge_command(session, preview, choices, prefer=prefer)
    report.dropped = list(plan.dropped)
    applied = {(op.kind, op.oid) for op in command.ops}
    taken = {(ch.kind, ch.oid) for ch in decision.changes}
    for cf in settled:
        doc_id = decision.conflict_ids[(cf.kind, cf.oid)]
        theirs_rev = None if cf.theirs is None else int(cf.theirs.get("rev", 1))
        decision.base[doc_id] = [decision.parents[doc_id], theirs_rev]
    for kind, oid in taken - applied:  # left out (an end is missing): not agreed, asked again next time
        decision.base.pop(couch_id(kind, oid), None)
    ticker.check()  # the last moment a cancel leaves this project as it was
    if edits:  # the pull was decided on the project as it was before them
        raise SyncError("the project changed while the sync was waiting for the server; nothing was taken in, sync again")
    if command.ops:
        command = dataclasses.replace(command, label=f"Sync with {state.url}",
                                      audit=(("analysts", [me, *(others or ["unknown"])]), ("synced_with", state.url)))
        execute(command)
        report.pulled = len(command.ops)
        report.files_in = sum(1 for f in files if f.kind == "original")
    for doc_id, (server_rev, rev) in decision.base.items():
        state.agree(doc_id, server_rev, rev)
    state.parents.update({k: v for k, v in decision.parents.items()})
    state.losers.update(decision.losers)
    state.conflicts = {decision.conflict_ids[(cf.kind, cf.oid)]: cf.describe() for cf in left}


def _files(session: ProjectSession, client: CouchClient, plan: ProjectMergePlan, ticker: Ticker) -> list[c.StoredFile]:
    """Originals, OCR layers and captured WARCs of incoming documents this project lacks, each fetched once and
    checked against its SHA-256; their texts are made again here and the incoming annotations anchored in
    them, exactly as a merge checks a colleague's folder (docs/trust.md): a server holds other people's data."""
    blobs: dict[str, dict[str, Any] | None] = {}
    total = len(_missing_files(session, plan))

    def blob(sha256: str) -> dict[str, Any] | None:
        if sha256 not in blobs:
            blobs[sha256] = client.get(blob_id("original", sha256), attachments=True)
            ticker.tick(FETCHING, len(blobs), max(total, len(blobs)))
        return blobs[sha256]

    def read(sha256: str) -> bytes | None:
        found = blob(sha256)
        data = blob_data(found) if found else None
        return data if data is not None and hashlib.sha256(data).hexdigest() == sha256 else None

    def suffix(sha256: str) -> str:
        found = blob(sha256)
        return str(found.get("suffix") or "") if found else ""

    source = incoming.FileSource(client.remote.url, read, suffix)
    try:
        files = incoming.files_for(session, source, plan)
    except DomainError as exc:
        raise SyncError(f"{exc} (the analyst who added it should sync again)") from None
    incoming.verify_annotations(session, plan, files)
    return files


def _missing_files(session: ProjectSession, plan: ProjectMergePlan) -> set[str]:
    """The files `incoming.files_for` will fetch: what the incoming documents are made from and this project lacks."""
    from app.domain.records import from_trusted

    docs = [ch.after for ch in plan.changes if ch.kind is Kind.DOCUMENT and ch.after is not None]
    docs += [from_trusted(Kind.DOCUMENT, cf.theirs) for cf in plan.conflicts if cf.kind is Kind.DOCUMENT and cf.theirs]
    shas = {sha for doc in docs for sha in (doc.sha256, doc.ocr_layer, *doc.companion_sha256) if sha}
    return {sha for sha in shas if session.store.original_path(sha) is None}


__all__ = ["SyncCancelled", "SyncError", "SyncReport", "SyncStatus", "clone", "status", "sync"]
