"""`sourcemark sync` and `clone`: a client-side replicator (as PouchDB is in a browser) whose local
database is the project. docs/user/sync.md describes the protocol and the guarantees.

One sync = pull (the `_changes` feed since our checkpoint, decided by the merge rule, applied as ONE
undoable command naming the other analysts), then push (`_revs_diff`, then `_bulk_docs` with
`new_edits: false`: only what the server lacks), then a checkpoint in a `_local/` document on the
server and in sync.json here. Every step can be cut: the state on either side only ever lags, and
the next sync re-checks what it had moved (revisions are deterministic, so re-sending is harmless).
Between HTTP requests a sync reports its progress and reads the caller's cancel check
(app.services.sync.progress): a cancel stops there, in the same consistent states.
"""

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.links import DEPENDENCY_ORDER, Kind
from app.exchange.couch import couch_id
from app.exchange.project_merge import ProjectMergePlan
from app.net.couch import Blocking, CouchClient, SyncError, parse_remote
from app.services import commands as c
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import encryption, purge, scope
from app.services.sync import files as sync_files
from app.services.sync import state as sync_state
from app.services.sync.decide import PullDecision, decide, deletion_over, deletions_taken
from app.services.sync.progress import CHECKING, DECIDING, RECEIVING, Cancelled, Progress, SyncCancelled, Ticker
from app.services.sync.push import push
from app.services.sync.report import SyncReport, SyncStatus
from app.services.sync.run import CHOICES, SyncRun, failed, prepare
from app.services.sync.state import SyncStateSession
from app.store import trusted_servers
from app.store.sync_state import SyncState

PAGE = 2000  # documents per `_changes` page
MAX_FEED = 1_000_000  # rows of one pull: a feed that never ends (a hostile server) is refused past this


def status(session: ProjectSession) -> SyncStatus:
    state = sync_state.read(session.folder)
    return SyncStatus(state.url, state.last_sync, _waiting(session, state) if state.url else 0, len(state.conflicts),
                      trusted_servers.confirmed(session.folder, state.url) if state.url else True, bool(state.encrypted),
                      len(state.purge))


def _waiting(session: ProjectSession, state: SyncState) -> int:
    """Objects changed or added since the last agreement, plus agreed objects deleted here since."""
    changed = still_here = 0
    for kind in DEPENDENCY_ORDER:
        known = state.by_kind(kind.value).get
        for oid, obj in session.project.objects[kind].items():
            base = known(oid)
            changed += base is None or base[1] != obj.rev
            still_here += base is not None and base[1] is not None
    return changed + sum(1 for base in state.docs.values() if base[1] is not None) - still_here


def sync(session: ProjectSession, url: str | None = None, *, prefer: str | None = None,
         choices: dict[tuple[Kind, str], str] | None = None,
         execute: Callable[[c.Command], Any] | None = None, progress: Progress | None = None,
         cancelled: Cancelled | None = None, blocking: Blocking | None = None, encrypt: bool = False,
         passphrase: encryption.Passphrase | None = None) -> SyncReport:
    """Pull, apply, push, checkpoint. Conflicts without a choice are left alone and reported.

    `choices`: (kind, id) -> mine|theirs per conflict (the GUI's merge dialog); `execute` runs the pull's
    command (default `session.execute`). `progress(phase, done, total)` hears each step; a true `cancelled()`
    stops the sync at the next request boundary with SyncCancelled (its message says what went through).
    `blocking` runs each HTTP request (app.net.couch). `encrypt`, `passphrase`: sync.encryption (an encrypted
    database needs its passphrase with or without `encrypt`)."""
    run = prepare(session, url, prefer=prefer, choices=choices, progress=progress, cancelled=cancelled,
                  blocking=blocking, encrypt=encrypt, passphrase=passphrase)
    try:
        plan_pull(run)
        apply_pull(run, execute or session.execute)
        return push_changes(run)
    except BaseException as exc:
        said = failed(run, exc)
        if said is exc:
            raise
        raise said from None
    finally:
        run.close()


def plan_pull(run: SyncRun) -> SyncRun:
    """The network half of the pull (any thread): the server's changes since our checkpoint, decided against
    `run.view`, the conflicts settled by the run's choices, the incoming files fetched and checked."""
    run.client, run.state.encrypted = encryption.open_client(run.client, encrypt=run.secrecy[0],
                                                             known_salt=run.state.encrypted, passphrase=run.secrecy[1])
    client, state, ticker = run.client, run.state, run.ticker
    run.report.encrypted = bool(state.encrypted)
    since = _checkpoint(client, state)
    ticker.tick(CHECKING, 0, 0)
    dead: dict[str, list[str]] = {}
    docs, run.last_seq = _pull(client, since, set(state.conflicts) | set(state.bad) | set(state.pending), ticker, dead)
    if not run.threaded:  # a scoped session (the CLI's) reads what is involved; the GUI's holds everything
        run.candidates = scope.read_involved(run.session, state, docs)
    tombs = functools.cache(lambda: _deleted_here(run.view, state))
    run.decision = decide(run.view.project, docs, state.docs, set(state.conflicts) | set(state.bad), tombs,
                          lambda doc_id, revs: _leaves(client, doc_id, revs, ticker),
                          lambda done, total: ticker.tick(DECIDING, done, total),
                          dead, lambda doc_id, rev: client.get(doc_id, rev=rev))
    run.decision.bad.update(client.unreadable)  # an encrypted database's documents that did not decrypt
    _plan(run, run.decision)
    return run


def apply_pull(run: SyncRun, execute: Callable[[c.Command], Any]) -> SyncReport:
    """The pull taken in as one command run by `execute` (on the thread that owns the session)."""
    assert run.decision is not None, "plan_pull first"
    _apply(run, run.decision, execute)
    run.ticker.pulled = run.report.pulled
    if run.decision.base or run.decision.conflicts or run.decision.bad:
        run.save()
    run.take_view()  # the push reads the project with the pull in it
    return run.report


def push_changes(run: SyncRun) -> SyncReport:
    """Push and checkpoint (any thread): what the server lacks goes up, then the new `since` on both sides."""
    client, state, ticker = run.client, run.state, run.ticker
    # read again: the pull may have deleted objects (with what hung on them), and a decision kept a deletion over
    # another version; their tombstones carry those records (read only if something was deleted)
    tombs = functools.cache(lambda: _deleted_here(run.view, state))
    seen = scope.look(run.view)  # before push scans: a later write is read by the next sync
    assert run.book is not None
    run.report.pushed = push(client, run.view, run.book, tombs, ticker, scope.pushable(run.candidates, state))
    if state.purge:  # deleted with --purge: now that the server holds the tombstones
        run.report.purged, run.report.purge_note = purge.run(client, state, purge.held_by(run.view))
    since = _past_our_own(client, state, run.last_seq, ticker) if run.report.pushed else run.last_seq
    now = now_iso()
    client.put_local(_checkpoint_name(state), {"since": since, "time": now})
    state.since, state.last_sync = since, now  # only once the server holds it: else the two would disagree
    scope.remember(state, seen)
    run.save()
    return run.report


def _deleted_here(session: ProjectSession, state: SyncState) -> dict[tuple[Kind, str], dict[str, Any]]:
    """What this project deleted, by the record it had; a deletion kept by a decision over another version counts
    as a deletion of that version (what our tombstone said), so a later decision over it is recognised."""
    deleted = merging.deleted_here(session)
    for doc_id, record in list(state.kept_deleted.items()):
        kind, _, oid = doc_id.partition(":")
        if session.project.find(Kind(kind), oid) is not None:
            del state.kept_deleted[doc_id]  # here again: that decision is over
        else:
            deleted[(Kind(kind), oid)] = record
    return deleted


def conflict_preview(report: SyncReport) -> merging.MergePreview:
    """The merge dialog's input for the conflicts a sync left that this analyst can decide (answered with
    `sync(..., choices=...)`); those between other analysts' versions stay named in the report only."""
    decidable = [cf for cf in report.conflicts if cf.decidable]
    return merging.MergePreview(report.url, None, ProjectMergePlan([], decidable), report.analysts)


def clone(url: str, folder: Path, *, analyst: str = "", progress: Progress | None = None,
          cancelled: Cancelled | None = None, blocking: Blocking | None = None,
          passphrase: encryption.Passphrase | None = None) -> SyncReport:
    """A new project holding everything the server's database holds. It is built in a hidden sibling folder
    (`partial_folder`) and renamed into place only when complete: a clone killed midway leaves no project that
    looks whole, and the next clone of the same URL into the same folder resumes the partial one. (A cancelled
    or failed clone leaves the partial folder to its caller, which removes it.) An encrypted database's
    passphrase is checked before anything is written; its ids say no kind, so it is not streamed by kind: the
    sync pulls its whole feed."""
    folder = Path(folder)
    remote = parse_remote(url)
    with CouchClient(remote, blocking=blocking) as client:
        client.ensure_database(create=False)  # a typo must not create an empty project from an empty database
        encrypted = encryption.open_client(client, encrypt=False, known_salt="", passphrase=passphrase)[1]
    partial = partial_folder(folder)
    if partial.exists() and sync_state.read(partial).url in ("", remote.url):
        session = ProjectSession.open(partial, analyst=analyst)  # a clone killed midway: go on from there
    else:
        if partial.exists():
            raise DomainError(f"{partial} is left from a clone of another database; remove it to clone {remote.url}")
        name = remote.url.rstrip("/").rsplit("/", 1)[-1]
        session = ProjectSession.create(partial, name, analyst=analyst)
    with session:
        streamed = SyncReport(remote.url) if encrypted else _stream(session, remote, progress, cancelled, blocking)
        report = sync(session, url, progress=progress if encrypted else None, cancelled=cancelled, blocking=blocking,
                      passphrase=passphrase)  # (what came after the stream; nothing to push)
        report.pulled += streamed.pulled
        report.files_in += streamed.files_in
        report.analysts = [*report.analysts[:1], *merging.bounded_names({*report.analysts[1:], *streamed.analysts})]
        report.bad = {**streamed.bad, **report.bad}
        report.dropped = [*streamed.dropped, *report.dropped]
        report.conflicts = [*streamed.conflicts, *report.conflicts]
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()  # an empty folder made for it
    partial.rename(folder)
    trusted_servers.confirm(folder, remote.url)
    return report


def _stream(session: ProjectSession, remote: Any, progress: Progress | None, cancelled: Cancelled | None,
            blocking: Blocking | None) -> SyncReport:
    """A clone's pull, a page at a time (issue 31): the server's current documents one kind after another in
    dependency order (`_all_docs` by id range: documents before the annotations on them, annotations before
    their links), each page decided and applied as its own command with its agreements saved. Memory holds a
    page of documents and of the audit log, never the whole database. The checkpoint is where the feed stood
    before the first page: the sync that follows reads what changed meanwhile (and pushes nothing)."""
    book, ticker = SyncStateSession(session.folder), Ticker(progress, cancelled)
    state, total = book.for_server(remote.url), SyncReport(remote.url)
    conflicts: dict[str, str] = {}
    pending: list[str] = []
    received = 0
    with CouchClient(remote, blocking=blocking) as client:
        _checkpoint(client, state)  # (a resumed clone: its agreements stay; a recreated database: start over)
        since = client.update_seq()
        ticker.tick(CHECKING, 0, 0)
        for kind in DEPENDENCY_ORDER:
            start, after = f"{kind.value}:", False
            while True:
                page, last = client.docs_in(start, f"{kind.value}:\ufff0", PAGE, after=after)
                received += len(page)
                if received > MAX_FEED:
                    raise SyncError(f"{remote.url}: the database did not end after {MAX_FEED:,} documents")
                ticker.tick(RECEIVING, received, 0)
                if page:
                    _take_page(session, client, book, {doc["_id"]: doc for doc in page}, since, ticker, total, received)
                    conflicts.update(state.conflicts)
                    pending += state.pending
                    state.bad, state.conflicts, state.pending = dict(total.bad), conflicts, pending
                    book.save()
                if last is None:  # (one more request per kind than pages: the rows do not say whether more follow)
                    break
                start, after = last, True
        client.put_local(_checkpoint_name(state), {"since": since, "time": now_iso()})
        state.since = since
        book.save()
    return total


def _take_page(session: ProjectSession, client: CouchClient, book: SyncStateSession, docs: dict[str, dict[str, Any]],
               since: Any, ticker: Ticker, total: SyncReport, received: int) -> None:
    """One page of a clone decided and applied as its own command (a sync's stages, on this thread); what it did
    is added to `total`."""
    run = SyncRun(session, client, book.state, None, {}, ticker, False, book=book, last_seq=since)
    try:
        run.decision = decide(session.project, docs, book.state.docs, set(), lambda: {},
                              lambda doc_id, revs: _leaves(client, doc_id, revs, ticker))
        ticker.tick(DECIDING, received, 0)  # (how many in all is not known ahead)
        _plan(run, run.decision)
        _apply(run, run.decision, session.execute)
    finally:
        session.unsubscribe(run.edits.append)  # (the client stays open for the next page)
    report = run.report
    total.pulled, total.files_in = total.pulled + report.pulled, total.files_in + report.files_in
    total.bad.update(report.bad)
    total.dropped += report.dropped
    total.conflicts += report.conflicts
    total.analysts = [*total.analysts, *report.analysts[1:]][:merging.MAX_ANALYSTS + 1]


def partial_folder(folder: Path) -> Path:
    """Where a clone into `folder` is built until it is complete."""
    return folder.with_name(f".{folder.name}.cloning")


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


def _pull(client: CouchClient, since: Any, held: set[str], ticker: Ticker,
          dead: dict[str, list[str]]) -> tuple[dict[str, dict[str, Any]], Any]:
    """The feed's documents since `since`; `dead` gets each one's deleted leaves beside its winner (a deletion
    pushed on an older parent than a live version hides behind it: decide.hidden_deletion)."""
    docs: dict[str, dict[str, Any]] = {}
    received = 0
    while True:
        body = client.changes(since, PAGE)
        rows = body["results"]
        for row in rows:
            doc = row.get("doc")
            if isinstance(doc, dict) and isinstance(row.get("id"), str):
                docs[row["id"]] = doc
                leaves = {ch.get("rev") for ch in row.get("changes") or () if isinstance(ch, dict)}
                dead[row["id"]] = sorted(r for r in leaves - {doc.get("_rev"), *(doc.get("_conflicts") or ())}
                                         if isinstance(r, str))
        since = body.get("last_seq", since)
        received += len(rows)
        if received > MAX_FEED:
            raise SyncError(f"{client.remote.url}: the changes feed did not end after {MAX_FEED:,} documents; "
                            "nothing was taken in")
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
    for _ in range(MAX_FEED // (PAGE * 5)):
        if ticker.wants_stop():
            break
        rows = client.changes(since, PAGE * 5, docs=False)["results"]
        for row in rows:
            changes = row.get("changes")
            doc_id, revs = row.get("id"), [ch.get("rev") for ch in changes if isinstance(ch, dict)] \
                if isinstance(changes, list) else []
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
    from app.exchange.couch_replication import doc_problem, record_of

    out: list[dict[str, Any] | None] = []
    for rev in revs:
        doc = client.get(doc_id, rev=rev)
        ticker.check()
        problem = "" if doc is None else doc_problem(doc)
        if problem:
            raise DomainError(f"its revision {rev}: {problem}")
        out.append(None if doc is None or doc.get("_deleted") else record_of(doc))
    return out


def _plan(run: SyncRun, decision: PullDecision) -> None:
    # an analyst who never edited an object does not settle other analysts' versions of it (left open)
    prefer, choices, report, session = run.prefer, run.choices, run.report, run.view
    settled = [cf for cf in decision.conflicts if cf.decidable and choices.get((cf.kind, cf.oid), prefer) in CHOICES]
    left = [cf for cf in decision.conflicts if cf not in settled]
    me = session.analyst or "unknown"
    others = merging.bounded_names(decision.analysts - {me})
    report.analysts, report.conflicts = [me, *others], left
    report.settled, report.bad = settled, dict(decision.bad)
    report.choices = {(cf.kind, cf.oid): choices.get((cf.kind, cf.oid), prefer or "") for cf in settled}
    run.plan = plan = ProjectMergePlan(list(decision.changes), settled)
    run.files = sync_files.incoming_files(session, run.client, plan, decision, report.bad, run.ticker)
    report.settled = [cf for cf in report.settled if couch_id(cf.kind, cf.oid) not in report.bad]  # its file is
    report.conflicts = [cf for cf in report.conflicts if couch_id(cf.kind, cf.oid) not in report.bad]  # unreadable


def _apply(run: SyncRun, decision: PullDecision, execute: Callable[[c.Command], Any]) -> None:
    session, state, report, plan, files = run.session, run.state, run.report, run.plan, run.files
    assert plan is not None
    run.ticker.check()  # the last moment a cancel leaves this project as it was
    if run.edits:  # the pull was decided on the project as it was before them
        raise SyncError("the project changed while the sync was waiting for the server; nothing was taken in, sync again")
    me, others = report.analysts[0], report.analysts[1:]
    audit = (("analysts", [me, *(others or ["unknown"])]), ("synced_with", state.url))
    command = merging.plan_command(session, plan, files, f"Sync with {state.url}", audit, report.choices)
    report.dropped = list(plan.dropped)
    applied = {(op.kind, op.oid) for op in command.ops}
    taken = {(ch.kind, ch.oid) for ch in decision.changes}
    report.deleted = _deletions_named(session, command, taken)
    kept_deleted: dict[str, dict[str, Any]] = {}
    for cf in report.settled:
        doc_id = decision.conflict_ids[(cf.kind, cf.oid)]
        theirs_rev = None if cf.theirs is None else int(cf.theirs.get("rev", 1))
        decision.base[doc_id] = [decision.parents[doc_id], theirs_rev]
        if cf.mine is None and cf.theirs is not None and report.choices[(cf.kind, cf.oid)] == "mine":
            kept_deleted[doc_id] = deletion_over(cf)  # our tombstone carries what it was decided over: they delete it too
    pending = sorted(couch_id(kind, oid) for kind, oid in taken - applied)
    for doc_id in pending:  # left out (an end is missing): not agreed, fetched and decided again next time
        decision.base.pop(doc_id, None)
    if command.ops:
        execute(command)
        report.pulled = len(command.ops)
        report.files_in = sum(1 for f in files if f.kind == "original")
    for doc_id, (server_rev, rev) in decision.base.items():
        state.agree(doc_id, server_rev, rev)
    state.parents.update({k: v for k, v in decision.parents.items()})
    for doc_id in decision.seen:  # decided again from the server's current leaves
        state.losers.pop(doc_id, None)
    state.losers.update(decision.losers)
    state.conflicts = {decision.conflict_ids[(cf.kind, cf.oid)]: cf.describe() for cf in report.conflicts}
    state.bad, state.pending = dict(report.bad), pending
    state.kept_deleted.update({**deletions_taken(decision, session.project), **kept_deleted})


def _deletions_named(session: ProjectSession, command: c.Command, taken: set[tuple[Kind, str]]) -> list[str]:
    """Each object the pull deletes, with what goes with it that was not itself deleted there (the links and
    annotations hanging on it here): nothing leaves this project unnamed."""
    gone = [(op.kind, op.oid) for op in command.ops if op.after is None and op.before is not None]
    out = []
    for kind, oid in gone:
        if (kind, oid) not in taken:
            continue  # named with what it hung on
        with_it = [f"{k} {o}" for k, o in _removed_with(session, kind, oid) if (k, o) not in taken]
        out.append(f"{kind} {oid}" + (f" (with {', '.join(with_it)})" if with_it else ""))
    return out


def _removed_with(session: ProjectSession, kind: Kind, oid: str) -> list[tuple[Kind, str]]:
    return [(op.kind, op.oid) for op in c.delete(session.project, kind, oid) if (op.kind, op.oid) != (kind, oid)]


__all__ = ["SyncCancelled", "SyncError", "SyncReport", "SyncRun", "SyncStatus", "apply_pull", "clone", "failed",
           "partial_folder", "plan_pull", "prepare", "push_changes", "status", "sync"]
