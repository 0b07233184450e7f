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

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.links import DEPENDENCY_ORDER, Kind
from app.exchange.project_merge import Conflict, ProjectMergePlan
from app.net.couch import Blocking, CouchClient, SyncError, parse_remote
from app.services import commands as c
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import scope
from app.services.sync import state as sync_state
from app.services.sync.decide import decide
from app.services.sync.progress import CHECKING, DECIDING, RECEIVING, Cancelled, Progress, SyncCancelled, Ticker
from app.services.sync.pull import EditWatch, PullPlan, apply_pull, deleted_here, plan_changes
from app.services.sync.push import push
from app.services.sync.state import SyncStateSession
from app.store import trusted_servers
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


def status(session: ProjectSession) -> SyncStatus:
    state = sync_state.read(session.folder)
    return SyncStatus(state.url, state.last_sync, _waiting(session, state) if state.url else 0, len(state.conflicts),
                      trusted_servers.confirmed(session.folder, state.url) if state.url else True)


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
    book = SyncStateSession(session.folder)
    state = book.state
    if url is None and not state.url:
        raise DomainError("no server for this project yet: give the database URL once (sourcemark sync PROJECT URL)")
    if url is None and not trusted_servers.confirmed(session.folder, state.url):
        raise SyncError(f"this project's sync.json names {state.url}, which was not confirmed on this machine, so "
                        f"nothing was sent; to sync with it, name it once: sourcemark sync PROJECT {state.url}")
    remote = parse_remote(url or state.url)
    if url is not None:
        trusted_servers.confirm(session.folder, remote.url)  # named by the user: the one confirmation
    book.for_server(remote.url)
    ticker = Ticker(progress, cancelled)
    try:
        try:
            return _sync(session, CouchClient(remote, blocking=blocking), book, prefer, choices or {},
                         execute or session.execute, ticker)
        except SyncCancelled:
            if ticker.pushing:  # the pull went in; the push keeps the pages the server acknowledged
                book.save()
            raise SyncCancelled(ticker.outcome()) from None
    except BaseException:
        book.abandon()  # the next sync starts from what is on disk
        raise


def _sync(session: ProjectSession, client: CouchClient, book: SyncStateSession, prefer: str | None,
          choices: dict[tuple[Kind, str], str], execute: Callable[[c.Command], Any], ticker: Ticker) -> SyncReport:
    with client:
        plan = plan_pull(session, client, book, prefer=prefer, choices=choices, ticker=ticker)
        try:
            apply_pull(session, book, plan, execute)
        finally:
            plan.discard()
        return push_and_checkpoint(session, client, book, plan, ticker)


def plan_pull(session: ProjectSession, client: CouchClient, book: SyncStateSession, *, prefer: str | None = None,
              choices: dict[tuple[Kind, str], str] | None = None, ticker: Ticker | None = None) -> PullPlan:
    """The pull's first half: the feed since our checkpoint, decided, its files fetched and checked, its command
    built. Network and reads only (nothing here is written), so it may run off the GUI thread; a cancel (the
    ticker's) stops it at a request boundary. Apply it with `apply_pull` on the caller's thread, or `discard` it."""
    ticker = ticker or Ticker()
    watch = EditWatch(session)  # commands run here while the plan waits on the server (the GUI keeps running)
    try:
        state = book.state
        since = _checkpoint(client, state)
        ticker.tick(CHECKING, 0, 0)
        docs, last_seq = _pull(client, since, set(state.conflicts) | set(state.bad) | set(state.pending), ticker)
        candidates = scope.read_involved(session, state, docs)  # a scoped session reads only what is involved
        report = SyncReport(client.remote.url)
        tombs = _lazy(lambda: deleted_here(session, book))
        decision = decide(session.project, docs, state.docs, set(state.conflicts) | set(state.bad), tombs,
                          lambda doc_id, revs: _leaves(client, doc_id, revs, ticker),
                          lambda done, total: ticker.tick(DECIDING, done, total))
        plan = plan_changes(session, client, state.url, decision, prefer, choices or {}, report, ticker, last_seq, watch)
        ticker.check()  # the last moment a cancel leaves this project as it was
        plan.candidates = candidates
        return plan
    except BaseException:
        watch.stop()
        raise


def push_and_checkpoint(session: ProjectSession, client: CouchClient, book: SyncStateSession, plan: PullPlan,
                        ticker: Ticker) -> SyncReport:
    """After the pull is applied: what changed here goes up, then the checkpoint on the server and here."""
    state, report, decision = book.state, plan.report, plan.decision
    ticker.pulled = report.pulled
    if decision.base or decision.conflicts or decision.bad:
        book.save()
    # read again: the pull may have deleted objects (with what hung on them), and a decision kept a deletion over
    # another version; their tombstones carry those records (read only if something was deleted)
    tombs = _lazy(lambda: deleted_here(session, book))
    seen = scope.look(session)  # before push scans: a later write is read by the next sync
    report.pushed = push(client, session, book, tombs, ticker, scope.pushable(plan.candidates, state))
    since = _past_our_own(client, state, plan.last_seq, ticker) if report.pushed else plan.last_seq
    now = now_iso()
    client.put_local(_checkpoint_name(state), {"since": since, "time": now})
    state.since, state.last_sync = since, now  # only once the server holds it: else the two would disagree
    scope.remember(state, seen)
    book.save()
    return report


def conflict_preview(report: SyncReport) -> merging.MergePreview:
    """The merge dialog's input for the conflicts a sync left that this analyst can decide (answered with
    `sync(..., choices=...)`); those between other analysts' versions stay named in the report only."""
    decidable = [cf for cf in report.conflicts if cf.decidable]
    return merging.MergePreview(report.url, None, ProjectMergePlan([], decidable), report.analysts)


def clone(url: str, folder: Path, *, analyst: str = "", progress: Progress | None = None,
          cancelled: Cancelled | None = None, blocking: Blocking | None = None) -> SyncReport:
    """A new project holding everything the server's database holds. It is built in a hidden sibling folder
    (`partial_folder`) and renamed into place only when complete: a clone killed midway leaves no project that
    looks whole, and the next clone of the same URL into the same folder resumes the partial one. (A cancelled
    or failed clone leaves the partial folder to its caller, which removes it.)"""
    folder = Path(folder)
    remote = parse_remote(url)
    with CouchClient(remote, blocking=blocking) as client:
        client.ensure_database(create=False)  # a typo must not create an empty project from an empty database
    partial = partial_folder(folder)
    if partial.exists() and sync_state.read(partial).url in ("", remote.url):
        session = ProjectSession.open(partial, analyst=analyst)  # a clone killed midway: go on from there
    else:
        if partial.exists():
            raise DomainError(f"{partial} is left from a clone of another database; remove it to clone {remote.url}")
        name = remote.url.rstrip("/").rsplit("/", 1)[-1]
        session = ProjectSession.create(partial, name, analyst=analyst)
    with session:
        streamed = _stream(session, remote, progress, cancelled, blocking)
        report = sync(session, url, cancelled=cancelled, blocking=blocking)  # (what came after; nothing to push)
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
    """One page of a clone decided and applied as its own command; what it did added to `total`."""
    report, watch = SyncReport(client.remote.url), EditWatch(session)
    try:
        decision = decide(session.project, docs, book.state.docs, set(), lambda: {},
                          lambda doc_id, revs: _leaves(client, doc_id, revs, ticker))
        ticker.tick(DECIDING, received, 0)  # (how many in all is not known ahead)
        apply_pull(session, book, plan_changes(session, client, book.state.url, decision, None, {}, report, ticker,
                                               since, watch))
    finally:
        watch.stop()
    total.pulled, total.files_in = total.pulled + report.pulled, total.files_in + report.files_in
    total.bad.update(report.bad)
    total.dropped += report.dropped
    total.conflicts += report.conflicts
    total.analysts = [*total.analysts, *report.analysts[1:]][:merging.MAX_ANALYSTS + 1]


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


__all__ = ["PullPlan", "SyncCancelled", "SyncError", "SyncReport", "SyncStatus", "apply_pull", "clone", "partial_folder",
           "plan_pull", "push_and_checkpoint", "status", "sync"]
