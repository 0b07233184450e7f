"""What a pull means for this project: each changed server document against our copy, by the merge rule.

The rule is docs/reference/merge.md's (app.domain.revisions): same content, only ours edited (we push it), only
theirs edited (it comes in), both edited (a conflict for the analyst); deletions carry the record they
had, so a deletion of an unchanged object travels and a deletion of an edited one is a conflict.
Server-side conflicts (`_conflicts`, two analysts pushed on the same parent) are folded here: the
leaves that are our copy or its ancestors say nothing new; the newest of the rest is "theirs".
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import from_record, from_trusted, to_record
from app.domain.revisions import Edited, unchanged_since, who_edited
from app.exchange.couch_replication import PUSHED_BY, parse_id, record_of
from app.exchange.project_merge import Change, Conflict

Key = tuple[Kind, str]
Tombs = Callable[[], dict[Key, dict[str, Any]]]  # this project's deletions (read from the audit log on demand)
Leaves = Callable[[str, list[str]], list[dict[str, Any] | None]]  # id, revs -> their records (None: deleted)
Tick = Callable[[int, int], None]  # documents decided, of how many (the GUI repaints at each)
TICK_EVERY = 2000


@dataclass
class PullDecision:
    changes: list[Change] = field(default_factory=list)  # taken from the server without a question
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_ids: dict[Key, str] = field(default_factory=dict)  # (kind, id) -> document id
    base: dict[str, list[Any]] = field(default_factory=dict)  # doc id -> [server rev, our rev after this pull]
    parents: dict[str, str] = field(default_factory=dict)  # doc id -> server winner our next push extends
    losers: dict[str, list[str]] = field(default_factory=dict)  # doc id -> server conflict revisions to delete
    analysts: set[str] = field(default_factory=set)


def decide(project: Project, docs: dict[str, dict[str, Any]], known: dict[str, list[Any]], held: set[str],
           mine_deleted: Tombs, leaves: Leaves, tick: Tick | None = None) -> PullDecision:
    """`known`: doc id -> [server rev, our rev] as of the last sync; `held`: ids left in conflict then."""
    out = PullDecision()
    for n, (doc_id, doc) in enumerate(docs.items(), 1):
        if tick is not None and n % TICK_EVERY == 0:
            tick(n, len(docs))
        parsed = parse_id(doc_id)
        if parsed is None or "_rev" not in doc:
            continue
        kind, oid = parsed
        winner, losers = doc["_rev"], list(doc.get("_conflicts") or ())
        base = known.get(doc_id)
        if base is not None and base[0] == winner and not losers and doc_id not in held:
            continue  # what we pushed or pulled last time
        if doc.get(PUSHED_BY):
            out.analysts.add(str(doc[PUSHED_BY]))
        local = project.find(kind, oid)
        mine = to_record(local) if local is not None else None
        try:  # validated like an import: a damaged record stops the pull whole
            theirs = None if doc.get("_deleted") else canonical(kind, record_of(doc))
            if losers:
                out.parents[doc_id], out.losers[doc_id] = winner, losers
                others = [None if leaf is None else canonical(kind, leaf) for leaf in leaves(doc_id, losers)]
                theirs = _fold(mine, [theirs, *others])
            tomb = canonical(kind, record_of(doc)) if doc.get("_deleted") and doc.get("id") else None
            _one(out, kind, oid, doc_id, winner, mine, theirs, tomb, base, mine_deleted)
        except DomainError as exc:
            raise DomainError(f"{doc_id} on the server: {exc}; nothing was pulled") from None
    return out


def canonical(kind: Kind, record: dict[str, Any]) -> dict[str, Any]:
    """A record as this app writes it: JSON through a JavaScript server comes back with 1.0 as 1, which
    would change its content hash (the merge rule compares hashes), so it goes through the domain once."""
    return to_record(from_record(kind, record))


def _one(out: PullDecision, kind: Kind, oid: str, doc_id: str, winner: str, mine: dict[str, Any] | None,
         theirs: dict[str, Any] | None, tomb: dict[str, Any] | None, base: list[Any] | None, mine_deleted: Tombs) -> None:
    theirs_rev = int(theirs.get("rev", 1)) if theirs is not None else None
    if theirs is not None and mine is not None:
        edited = who_edited(mine, theirs)
        if edited is Edited.THEIRS:
            out.changes.append(Change(kind, oid, from_trusted(kind, theirs)))
        elif edited is Edited.BOTH:
            return _conflict(out, kind, oid, doc_id, winner, mine, theirs)
        # NEITHER: agreed; MINE: our newer copy goes up on top of the server's
        out.base[doc_id] = [winner, int(mine["rev"]) if edited is Edited.NEITHER else theirs_rev]
        if edited is Edited.MINE:
            out.parents.setdefault(doc_id, winner)
    elif theirs is not None:  # not here: new, or deleted here
        gone = mine_deleted().get((kind, oid))
        if gone is not None and not unchanged_since(theirs, gone):
            return _conflict(out, kind, oid, doc_id, winner, None, theirs)
        if gone is None:
            out.changes.append(Change(kind, oid, from_trusted(kind, theirs)))
        out.base[doc_id] = [winner, theirs_rev]  # deleted here and unchanged there: our deletion goes up
    elif mine is not None:  # deleted there
        unchanged = unchanged_since(mine, tomb) if tomb else (base is not None and base[1] == mine.get("rev"))
        if not unchanged:
            return _conflict(out, kind, oid, doc_id, winner, mine, None)
        out.changes.append(Change(kind, oid, None))
        out.base[doc_id] = [winner, None]
    else:
        out.base[doc_id] = [winner, None]


def _conflict(out: PullDecision, kind: Kind, oid: str, doc_id: str, winner: str, mine: dict[str, Any] | None,
              theirs: dict[str, Any] | None) -> None:
    out.conflicts.append(Conflict(kind, oid, mine, theirs))
    out.conflict_ids[(kind, oid)] = doc_id
    out.parents.setdefault(doc_id, winner)


def _fold(mine: dict[str, Any] | None, leaves: list[dict[str, Any] | None]) -> dict[str, Any] | None:
    """One 'theirs' out of the server's conflicting leaves: drop our copy and its ancestors, then the
    leaf that descends from every other one (else the server's winner, listed first)."""
    live = [leaf for leaf in leaves if leaf is not None]
    if not live:
        return None
    news = [leaf for leaf in live if mine is None or not unchanged_since(leaf, mine)]
    if not news:
        return mine
    for leaf in news:
        if all(who_edited(leaf, other) in (Edited.NEITHER, Edited.MINE) for other in news):
            return leaf
    return news[0]
