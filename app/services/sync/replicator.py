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

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.exchange.project_merge import ORDER, Conflict, ProjectMergePlan
from app.net.couch import Blocking, CouchClient, SyncError, parse_remote
from app.services import commands as c
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import encryption
from app.services.sync import files as sync_files
from app.services.sync import purge as sync_purge
from app.services.sync.decide import PullDecision, decide
from app.services.sync.progress import CHECKING, DECIDING, RECEIVING, Cancelled, Progress, SyncCancelled, Ticker
from app.services.sync.push import push
from app.store import sync_state, trusted_servers
from app.store.sync_state import SyncState

PAGE = 2000  # documents per `_changes` page
MAX_FEED = 1_000_000  # rows of one pull: a feed that never ends (a hostile server) is refused past this
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
    settled: list[Conflict] = field(default_factory=list)  # decided by this sync's --prefer or choices
    bad: dict[str, str] = field(default_factory=dict)  # server document id -> why it was left out
    deleted: list[str] = field(default_factory=list)  # "annotation A (with link L1)": deleted there, so here
    choices: dict[tuple[Kind, str], str] = field(default_factory=dict, repr=False)  # settled -> mine|theirs
    purged: list[str] = field(default_factory=list)  # deleted with --purge, now gone from the server
    purge_note: str = ""  # why the server kept what was to be purged
    encrypted: bool = False  # the database is end-to-end encrypted (sync.encryption)

    @property
    def unfinished(self) -> bool:
        """Something is left for a person: a conflict, or a server document that could not be read (exit 1)."""
        return bool(self.conflicts or self.bad)

    def lines(self) -> list[str]:
        out = [f"synced with {self.url}: {self.pulled} change(s) in, {self.pushed} revision(s) out"
               + (f", {self.files_in} file(s) in" if self.files_in else "")]
        if len(self.analysts) > 1:
            out.append(f"  from: {', '.join(self.analysts[1:])}")
        out += [f"  decided ({choice}): {cf.describe()}" for cf, choice in self._decisions()]
        out += [f"  deleted there: {line}" for line in self.deleted]
        out += [f"  purged from the server: {doc_id}" for doc_id in self.purged]
        out += [f"  not purged: {self.purge_note}"] if self.purge_note else []
        out += [f"  left out: {line}" for line in self.dropped]
        out += [f"  left out: {doc_id} on the server: {why}" for doc_id, why in sorted(self.bad.items())]
        if self.conflicts:
            out.append(f"{len(self.conflicts)} conflict(s) left as they are (this project | server)")
            out += [f"  {cf.describe()}" for cf in self.conflicts]
        return out

    def _decisions(self) -> list[tuple[Conflict, str]]:
        return [(cf, self.choices.get((cf.kind, cf.oid), "")) for cf in self.settled]


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows."""

    url: str
    last_sync: str
    waiting: int  # local changes not on the server yet
    conflicts: int
    confirmed: bool = True  # the user of this machine named `url` for this project (else it came with the folder)
    encrypted: bool = False  # end-to-end encrypted when last synced


def status(session: ProjectSession) -> SyncStatus:
    state = sync_state.read(session.folder)
    return SyncStatus(state.url, state.last_sync, _waiting(session, state) if state.url else 0, len(state.conflicts),
                      trusted_servers.confirmed(session.folder, state.url) if state.url else True, bool(state.encrypted))


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
         cancelled: Cancelled | None = None, blocking: Blocking | None = None, encrypt: bool = False,
         passphrase: encryption.Passphrase | None = None) -> SyncReport:
    """Pull, apply, push, checkpoint. Conflicts without a choice are left alone and reported.

    `choices`: (kind, id) -> mine|theirs per conflict (the GUI's merge dialog); `execute` runs the pull's
    command (the GUI passes its undo-stack front end; default `session.execute`). `progress(phase, done,
    total)` hears each step; a true `cancelled()` stops the sync at the next request boundary with
    SyncCancelled (its message says what went through). `blocking` runs each HTTP request (app.net.couch).
    `encrypt` makes a new, empty database end-to-end encrypted; an encrypted one needs `passphrase` (asked when
    neither SOURCEMARK_SYNC_PASSPHRASE nor the keyring has it), with or without `encrypt` (sync.encryption)."""
    if prefer is not None and prefer not in CHOICES:
        raise DomainError(f"--prefer takes mine or theirs, not {prefer!r}")
    if session.read_only:
        raise DomainError("this project is open read-only; it cannot sync")
    state = sync_state.read(session.folder)
    if url is None and not state.url:
        raise DomainError("no server for this project yet: give the database URL once (sourcemark sync PROJECT URL)")
    if url is None and not trusted_servers.confirmed(session.folder, state.url):
        raise SyncError(f"this project's sync.json names {state.url}, which was not confirmed on this machine, so "
                        f"nothing was sent; to sync with it, name it once: sourcemark sync PROJECT {state.url}")
    remote = parse_remote(url or state.url)
    if url is not None:
        trusted_servers.confirm(session.folder, remote.url)  # named by the user: the one confirmation
    if state.url and remote.url != state.url:
        state = SyncState(url=remote.url)  # another database: start over (revisions make re-sending harmless)
    state.url = remote.url
    ticker = Ticker(progress, cancelled)
    try:
        try:
            return _sync(session, CouchClient(remote, blocking=blocking), state, prefer, choices or {},
                         execute or session.execute, ticker, (encrypt, passphrase))
        except SyncCancelled:
            if ticker.pushing:  # the pull went in; the push keeps the pages the server acknowledged
                sync_state.write(session.folder, state)
            raise SyncCancelled(ticker.outcome()) from None
    except BaseException:
        sync_state.forget(session.folder)  # the next sync starts from what is on disk
        raise


def _sync(session: ProjectSession, client: CouchClient, state: SyncState, prefer: str | None,
          choices: dict[tuple[Kind, str], str], execute: Callable[[c.Command], Any], ticker: Ticker,
          secrecy: tuple[bool, encryption.Passphrase | None]) -> SyncReport:
    edits: list[object] = []  # commands run here while the sync waits on the server (the GUI keeps running)
    session.subscribe(edits.append)
    try:
        with client:
            client, state.encrypted = encryption.open_client(client, encrypt=secrecy[0], known_salt=state.encrypted,
                                                             passphrase=secrecy[1])
            return _steps(session, client, state, prefer, choices, execute, ticker, edits)
    finally:
        session.unsubscribe(edits.append)


def _steps(session: ProjectSession, client: CouchClient, state: SyncState, prefer: str | None,
           choices: dict[tuple[Kind, str], str], execute: Callable[[c.Command], Any], ticker: Ticker,
           edits: list[object]) -> SyncReport:
    since = _checkpoint(client, state)
    ticker.tick(CHECKING, 0, 0)
    docs, last_seq = _pull(client, since, set(state.conflicts) | set(state.bad) | set(state.pending), ticker)
    report = SyncReport(client.remote.url, encrypted=bool(state.encrypted))
    tombs = _lazy(lambda: _deleted_here(session, state))
    decision = decide(session.project, docs, state.docs, set(state.conflicts) | set(state.bad), tombs,
                      lambda doc_id, revs: _leaves(client, doc_id, revs, ticker),
                      lambda done, total: ticker.tick(DECIDING, done, total))
    decision.bad.update(client.unreadable)  # an encrypted database's documents that did not decrypt
    _apply(session, execute, client, state, decision, prefer, choices, report, ticker, edits)
    ticker.pulled = report.pulled
    if decision.base or decision.conflicts or decision.bad:
        sync_state.write(session.folder, state)
    # read again: the pull may have deleted objects (with what hung on them), and a decision kept a deletion over
    # another version; their tombstones carry those records (read only if something was deleted)
    tombs = _lazy(lambda: _deleted_here(session, state))
    report.pushed = push(client, session, state, tombs, ticker)
    if state.purge:  # deleted with --purge: now that the server holds the tombstones
        report.purged, report.purge_note = sync_purge.run(client, state)
    since = _past_our_own(client, state, last_seq, ticker) if report.pushed else last_seq
    now = now_iso()
    client.put_local(_checkpoint_name(state), {"since": since, "time": now})
    state.since, state.last_sync = since, now  # only once the server holds it: else the two would disagree
    sync_state.write(session.folder, state)
    return report


def _deleted_here(session: ProjectSession, state: SyncState) -> dict[tuple[Kind, str], dict[str, Any]]:
    """What this project deleted, by the record it had; a deletion kept by a decision over another version counts
    as a deletion of that version (what our tombstone said), so a later decision over it is recognised."""
    deleted = merging.deleted_objects(session.store.read_audit(), session.project)
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
    return merging.MergePreview(report.url, Path(), ProjectMergePlan([], decidable), report.analysts)


def clone(url: str, folder: Path, *, analyst: str = "", progress: Progress | None = None,
          cancelled: Cancelled | None = None, blocking: Blocking | None = None,
          passphrase: encryption.Passphrase | None = None) -> SyncReport:
    """A new project holding everything the server's database holds. It is built in a hidden sibling folder
    (`partial_folder`) and renamed into place only when complete: a clone killed midway leaves no project that
    looks whole, and the next clone of the same URL into the same folder resumes the partial one. (A cancelled
    or failed clone leaves the partial folder to its caller, which removes it.) An encrypted database's
    passphrase is checked before anything is written."""
    folder = Path(folder)
    remote = parse_remote(url)
    with CouchClient(remote, blocking=blocking) as client:
        client.ensure_database(create=False)  # a typo must not create an empty project from an empty database
        encryption.open_client(client, encrypt=False, known_salt="", passphrase=passphrase)  # keys kept for the sync
    partial = partial_folder(folder)
    if partial.exists() and sync_state.read(partial).url in ("", remote.url):
        session = ProjectSession.open(partial, analyst=analyst)  # a clone killed midway: go on from there
    else:
        if partial.exists():
            raise DomainError(f"{partial} is left from a clone of another database; remove it to clone {remote.url}")
        name = remote.url.rstrip("/").rsplit("/", 1)[-1]
        session = ProjectSession.create(partial, name, analyst=analyst)
    with session:
        report = sync(session, url, progress=progress, cancelled=cancelled, blocking=blocking, passphrase=passphrase)
    if folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()  # an empty folder made for it
    partial.rename(folder)
    trusted_servers.confirm(folder, remote.url)
    return report


def partial_folder(folder: Path) -> Path:
    """Where a clone into `folder` is built until it is complete."""
    return folder.with_name(f".{folder.name}.cloning")


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


def _apply(session: ProjectSession, execute: Callable[[c.Command], Any], client: CouchClient, state: SyncState,
           decision: PullDecision,
           prefer: str | None, choices: dict[tuple[Kind, str], str], report: SyncReport, ticker: Ticker,
           edits: list[object]) -> None:
    # an analyst who never edited an object does not settle other analysts' versions of it (left open)
    settled = [cf for cf in decision.conflicts if cf.decidable and choices.get((cf.kind, cf.oid), prefer) in CHOICES]
    left = [cf for cf in decision.conflicts if cf not in settled]
    me = session.analyst or "unknown"
    others = merging.bounded_names(decision.analysts - {me})
    report.analysts, report.conflicts = [me, *others], left
    report.settled, report.bad = settled, dict(decision.bad)
    report.choices = {(cf.kind, cf.oid): choices.get((cf.kind, cf.oid), prefer or "") for cf in settled}
    plan = ProjectMergePlan(list(decision.changes), settled)
    files = sync_files.incoming_files(session, client, plan, decision, report.bad, ticker)
    report.settled = [cf for cf in report.settled if couch_id(cf.kind, cf.oid) not in report.bad]  # its file is
    report.conflicts = [cf for cf in report.conflicts if couch_id(cf.kind, cf.oid) not in report.bad]  # unreadable
    preview = merging.MergePreview(state.url, Path(), plan, report.analysts, files)
    command = merging.merge_command(session, preview, report.choices)
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
            kept_deleted[doc_id] = cf.theirs  # our tombstone carries what it was decided over: they delete it too
    pending = sorted(couch_id(kind, oid) for kind, oid in taken - applied)
    for doc_id in pending:  # left out (an end is missing): not agreed, fetched and decided again next time
        decision.base.pop(doc_id, None)
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
    for doc_id in decision.seen:  # decided again from the server's current leaves
        state.losers.pop(doc_id, None)
    state.losers.update(decision.losers)
    state.conflicts = {decision.conflict_ids[(cf.kind, cf.oid)]: cf.describe() for cf in report.conflicts}
    state.bad, state.pending = dict(report.bad), pending
    state.kept_deleted.update(kept_deleted)


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


__all__ = ["SyncCancelled", "SyncError", "SyncReport", "SyncStatus", "clone", "partial_folder", "status", "sync"]
