"""The pull of a sync in two halves, as capture does it: a plan (network and reads, no writes) and its apply
(one command, on the caller's thread).

`replicator.plan_pull` reads the feed, decides each document by the merge rule (sync.decide), fetches and
checks the files incoming documents need (sync.files) and builds here the ONE command the pull will run:
a `PullPlan`. It writes nothing, so it may run on a worker thread and be cancelled (sync.progress) at any
request boundary. `apply_pull` runs that command through the caller's `execute` (the GUI's undo stack) and
records what both sides now agree on in the sync state. If the project changed between the two (a command
ran while the plan waited on the server), nothing is taken in: the plan was decided on the project as it was.

The plan is the same incoming-documents plan a folder merge makes (exchange.project_merge.ProjectMergePlan,
its files checked by merge.incoming), turned into a command by the same `merging.plan_command`.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.domain.changes import Changes
from app.domain.links import Kind
from app.exchange.couch import couch_id
from app.exchange.project_merge import ProjectMergePlan
from app.net.couch import CouchClient, SyncError
from app.services import commands as c
from app.services.merge import merging
from app.services.session import ProjectSession
from app.services.sync import files as sync_files
from app.services.sync.decide import PullDecision
from app.services.sync.progress import Ticker
from app.services.sync.state import SyncStateSession

if TYPE_CHECKING:
    from app.services.sync.replicator import SyncReport

CHOICES = merging.CHOICES


class EditWatch:
    """Hears the commands run on the session from the plan's start until its apply (or its end)."""

    def __init__(self, session: ProjectSession) -> None:
        self.session, self.edits = session, 0
        session.subscribe(self._heard)

    def _heard(self, changes: object) -> None:
        self.edits += 1

    def stop(self) -> None:
        self.session.unsubscribe(self._heard)


@dataclass
class PullPlan:
    """What a pull will do here, decided and checked; nothing of it is written yet."""

    report: "SyncReport"
    decision: PullDecision
    command: c.Command
    last_seq: Any  # the feed's position the pull read up to
    watch: EditWatch
    files: list[c.StoredFile] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # doc ids left out for a missing end: fetched again next time
    kept_deleted: dict[str, dict[str, Any]] = field(default_factory=dict)
    candidates: list[str] | None = None  # agreed objects our deletions store lists (sync.scope); None: look at all

    def discard(self) -> None:
        """A plan that will not be applied (cancelled, failed): stop listening to the session."""
        self.watch.stop()


def plan_changes(session: ProjectSession, client: CouchClient, url: str, decision: PullDecision, prefer: str | None,
                 choices: dict[tuple[Kind, str], str], report: "SyncReport", ticker: Ticker, last_seq: Any,
                 watch: EditWatch) -> PullPlan:
    """Settle the conflicts this analyst may decide (by `choices` or `prefer`), fetch and check the files incoming
    documents need, and build the pull's one command."""
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
    audit = (("analysts", [me, *(others or ["unknown"])]), ("synced_with", url))
    command = merging.plan_command(session, plan, files, f"Sync with {url}", audit, report.choices)
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
    return PullPlan(report, decision, command, last_seq, watch, files, pending, kept_deleted)


def apply_pull(session: ProjectSession, book: SyncStateSession, plan: PullPlan,
               execute: Callable[[c.Command], Any] | None = None) -> Changes:
    """Run the plan's command (through `execute`, default `session.execute`) and record the agreements in the
    sync state (saved by the caller once the server has them too). On the caller's thread."""
    plan.watch.stop()
    if plan.watch.edits:  # the pull was decided on the project as it was before them
        raise SyncError("the project changed while the sync was waiting for the server; nothing was taken in, sync again")
    changes = Changes()
    report, decision, state = plan.report, plan.decision, book.state
    if plan.command.ops:
        done = (execute or session.execute)(plan.command)
        changes = done.changes if isinstance(done, c.Executed) else done if isinstance(done, Changes) else changes
        report.pulled = len(plan.command.ops)
        report.files_in = sum(1 for f in plan.files if f.kind == "original")
    for doc_id, (server_rev, rev) in decision.base.items():
        state.agree(doc_id, server_rev, rev)
    state.parents.update({k: v for k, v in decision.parents.items()})
    for doc_id in decision.seen:  # decided again from the server's current leaves
        state.losers.pop(doc_id, None)
    state.losers.update(decision.losers)
    state.conflicts = {decision.conflict_ids[(cf.kind, cf.oid)]: cf.describe() for cf in report.conflicts}
    state.bad, state.pending = dict(report.bad), plan.pending
    state.kept_deleted.update(plan.kept_deleted)
    return changes


def deleted_here(session: ProjectSession, book: SyncStateSession) -> dict[tuple[Kind, str], dict[str, Any]]:
    """What this project deleted, by the record it had; a deletion kept by a decision over another version counts
    as a deletion of that version (what our tombstone said), so a later decision over it is recognised."""
    deleted = merging.deleted_here(session)
    kept = book.state.kept_deleted
    for doc_id, record in list(kept.items()):
        kind, _, oid = doc_id.partition(":")
        if session.project.find(Kind(kind), oid) is not None:
            del kept[doc_id]  # here again: that decision is over
        else:
            deleted[(Kind(kind), oid)] = record
    return deleted


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
