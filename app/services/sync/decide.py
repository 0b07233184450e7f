"""What a pull means for this project: each changed server document against our copy, by the merge rule.

The rule is docs/reference/merge.md's (app.domain.revisions): same content, only ours edited (we push it), only
theirs edited (it comes in), both edited (a conflict for the analyst); deletions carry the record they
had, so a deletion of an unchanged object travels and a deletion of an edited one is a conflict.
Server-side conflicts (`_conflicts`, two analysts pushed on the same parent) are folded here: the
leaves that are our copy or its ancestors say nothing new; a leaf that descends from all the others is
"theirs". Leaves that do not descend from one another stay a conflict with every branch kept; when none
of them is an edit of ours (this analyst never touched the object) it is left open for an analyst who
did: it is named on every sync, and nobody settles it by syncing. A document that fails validation is
left out and named with its reason (`bad`), and the rest of the pull goes on.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.domain.project import Project
from app.domain.records import from_record, from_trusted, to_record
from app.domain.revisions import (
    HISTORY_LIMIT,
    Edited,
    hash_only,
    joined_history,
    kept_over,
    record_hash,
    unchanged_since,
    who_edited,
)
from app.exchange.couch_replication import PUSHED_BY, doc_problem, parse_id, record_of
from app.exchange.project_merge import Change, Conflict

Key = tuple[Kind, str]
Tombs = Callable[[], dict[Key, dict[str, Any]]]  # this project's deletions (read from the audit log on demand)
Leaves = Callable[[str, list[str]], list[dict[str, Any] | None]]  # id, revs -> their records (None: deleted)
Tick = Callable[[int, int], None]  # documents decided, of how many (the GUI repaints at each)
TICK_EVERY = 2000
_HASH = re.compile(r"[0-9a-f]{16}")
NOT_OURS = 0  # the agreed "rev" of a server version this project holds no revision of (revs start at 1)
MAX_NAMES, MAX_NAME_CHARS = 1000, 400  # analysts' names collected from one pull (shown: 20 of 100 characters)


@dataclass
class PullDecision:
    changes: list[Change] = field(default_factory=list)  # taken from the server without a question
    conflicts: list[Conflict] = field(default_factory=list)
    conflict_ids: dict[Key, str] = field(default_factory=dict)  # (kind, id) -> document id
    base: dict[str, list[Any]] = field(default_factory=dict)  # doc id -> [server rev, our rev after this pull]
    parents: dict[str, str] = field(default_factory=dict)  # doc id -> server winner our next push extends
    losers: dict[str, list[str]] = field(default_factory=dict)  # doc id -> server conflict revisions to delete
    analysts: set[str] = field(default_factory=set)
    seen: set[str] = field(default_factory=set)  # object documents decided here (their old losers are replaced)
    bad: dict[str, str] = field(default_factory=dict)  # doc id -> why it was left out (validation)
    tombs: dict[str, dict[str, Any]] = field(default_factory=dict)  # doc id -> what a deletion there says it deleted


def decide(project: Project, docs: dict[str, dict[str, Any]], known: dict[str, list[Any]], held: set[str],
           mine_deleted: Tombs, leaves: Leaves, tick: Tick | None = None, dead: dict[str, list[str]] | None = None,
           dead_leaf: Callable[[str, str], dict[str, Any] | None] | None = None) -> PullDecision:
    """`known`: doc id -> [server rev, our rev] as of the last sync; `held`: ids left in conflict then; `dead`: doc
    id -> its deleted leaves besides the winner, read with `dead_leaf` (hidden_deletion)."""
    out = PullDecision()
    for n, (doc_id, doc) in enumerate(docs.items(), 1):
        if tick is not None and n % TICK_EVERY == 0:
            tick(n, len(docs))
        parsed = parse_id(doc_id)
        if parsed is None:
            continue
        problem = doc_problem(doc, doc_id)
        if problem:
            out.bad[doc_id] = problem
            continue
        kind, oid = parsed
        winner, losers = doc["_rev"], list(doc.get("_conflicts") or ())
        base = known.get(doc_id)
        if base is not None and base[0] == winner and not losers and doc_id not in held:
            tomb = hidden_deletion(project, kind, oid, base, (dead or {}).get(doc_id), doc_id, dead_leaf)
            if tomb is None:
                continue  # what we pushed or pulled last time
            try:
                out.changes.append(Change(kind, oid, None))  # base stays: our tombstone goes up on the winner
                _hanging(out, project, kind, oid, doc_id, winner, tomb, docs)
            except DomainError as exc:
                out.bad[doc_id] = str(exc)
            continue
        try:  # validated like an import (merge's path): a damaged record is left out, named, the rest goes on
            _decide_one(out, kind, oid, doc_id, doc, winner, losers, project, base, mine_deleted, leaves)
            if out.conflict_ids.get((kind, oid)) is None and out.changes and out.changes[-1].after is None \
                    and out.changes[-1].oid == oid:
                _hanging(out, project, kind, oid, doc_id, winner, doc, docs)
        except DomainError as exc:
            out.bad[doc_id] = str(exc)
            continue
        out.seen.add(doc_id)
        if isinstance(doc.get(PUSHED_BY), str) and len(out.analysts) < MAX_NAMES:
            out.analysts.add(doc[PUSHED_BY][:MAX_NAME_CHARS])  # made printable and cut again where it is shown
    return out


def _decide_one(out: PullDecision, kind: Kind, oid: str, doc_id: str, doc: dict[str, Any], winner: str,
                losers: list[str], project: Project, base: list[Any] | None, mine_deleted: Tombs,
                leaves: Leaves) -> None:
    local = project.find(kind, oid)
    mine = to_record(local) if local is not None else None
    deleted = bool(doc.get("_deleted"))
    theirs = None if deleted else canonical(kind, record_of(doc))
    tomb = tomb_record(kind, doc) if deleted else None
    branches: list[dict[str, Any]] = []
    gone = _gone(kind, oid, mine_deleted) if mine is None else None
    on_top = theirs  # the winner's record: what stays on the server once the other leaves are closed
    if losers:  # (deleted here: the versions our deletion saw say nothing new either)
        others = [None if leaf is None else canonical(kind, leaf) for leaf in leaves(doc_id, losers)]
        theirs, branches = _fold(mine if mine is not None else gone, [theirs, *others])
        out.parents[doc_id] = winner
    if branches:  # versions that do not descend from one another: a decision must cover every one
        never_edited = (mine is None and gone is None) or (
            mine is not None and all(unchanged_since(mine, leaf) for leaf in (theirs, *branches) if leaf))
        if not never_edited:
            out.losers[doc_id] = losers  # closed once this analyst decides (the decision covers them all)
        return _conflict(out, Conflict(kind, oid, mine, theirs, gone=gone, branches=tuple(branches),
                                       between_others=never_edited), doc_id, winner)
    if losers:
        out.losers[doc_id] = losers
    _one(out, kind, oid, doc_id, winner, mine, theirs, tomb, base, gone)
    if losers and mine is not None and theirs is not on_top and out.base.get(doc_id, [None, None])[1] is not None:
        # what we now hold is a leaf the closing of branches removes: it goes up on top of the winner, in this sync
        out.base[doc_id] = [winner, NOT_OURS]


def _hanging(out: PullDecision, project: Project, kind: Kind, oid: str, doc_id: str, winner: str,
             doc: dict[str, Any], docs: dict[str, dict[str, Any]]) -> None:
    """A deletion from there that would take with it objects the deleting analyst did not delete with it (a link
    made here, or one they had not pulled yet): not taken silently, but a conflict this analyst decides. What the
    deletion did take comes as tombstones in the same feed."""
    from app.services.commands import delete

    hanging = []
    for op in delete(project, kind, oid):
        dep_id = f"{op.kind.value}:{op.oid}"
        if (op.kind, op.oid) != (kind, oid) and not docs.get(dep_id, {}).get("_deleted"):
            hanging.append(f"{op.kind} {op.oid}")
    if hanging:
        out.changes.pop()
        out.base.pop(doc_id, None)
        tomb = tomb_record(kind, doc)
        # keeping it keeps our version (a tombstone from an older client carries the deleted one: that is newer)
        kept = tomb if tomb is not None and "content_hash" not in tomb else to_record(project.get(kind, oid))
        _conflict(out, Conflict(kind, oid, kept, None, gone=tomb, hanging=tuple(hanging)), doc_id, winner)


def hidden_deletion(project: Project, kind: Kind, oid: str, base: list[Any], dead: list[str] | None, doc_id: str,
                    dead_leaf: Callable[[str, str], dict[str, Any] | None] | None) -> dict[str, Any] | None:
    """A deletion of exactly the version we agreed on, pushed on an older parent than it (its analyst had not yet
    seen that same content come from someone else): the server's winner is the live version (CouchDB's rule), so
    the deletion would wait a round for its analyst to push it again on top. Its tombstone document, or None."""
    local = project.find(kind, oid) if dead else None
    if local is None or base[1] != local.rev or dead_leaf is None:
        return None
    mine = to_record(local)
    for rev in dead or ():
        doc = dead_leaf(doc_id, rev)
        try:
            tomb = tomb_record(kind, doc) if doc is not None and doc.get("_deleted") else None
        except DomainError:
            continue
        if tomb is not None and unchanged_since(mine, tomb) and not kept_over(mine, tomb):
            return doc
    return None


def _gone(kind: Kind, oid: str, mine_deleted: Tombs) -> dict[str, Any] | None:
    """The record this project deleted, as the server would carry it (floats normalised, see `canonical`)."""
    gone = mine_deleted().get((kind, oid))
    try:
        return canonical(kind, gone) if gone is not None else None
    except DomainError:
        return gone  # our own log's record: compared as it is


def tomb_record(kind: Kind, doc: dict[str, Any]) -> dict[str, Any] | None:
    """What a tombstone says the deleted object was: its hash and history (or, from older clients, the whole
    record); None when it says nothing (the rule then falls back on the last agreement)."""
    if not doc.get("id"):
        return None
    if "content_hash" not in doc:
        return canonical(kind, record_of(doc))
    record = {k: doc.get(k) for k in ("id", "rev", "history", "content_hash")}
    history = record["history"]
    if not (_HASH.fullmatch(str(record["content_hash"])) and isinstance(history, list)
            and all(isinstance(h, str) and _HASH.fullmatch(h) for h in history)
            and isinstance(record["rev"], int) and not isinstance(record["rev"], bool) and record["rev"] >= 1):
        raise DomainError("its tombstone's content_hash, history or rev is not what a tombstone holds")
    return record


def canonical(kind: Kind, record: dict[str, Any]) -> dict[str, Any]:
    """A record as this app writes it: JSON through a JavaScript server comes back with 1.0 as 1, which
    would change its content hash (the merge rule compares hashes), so it goes through the domain once."""
    return to_record(from_record(kind, record))


def _one(out: PullDecision, kind: Kind, oid: str, doc_id: str, winner: str, mine: dict[str, Any] | None,
         theirs: dict[str, Any] | None, tomb: dict[str, Any] | None, base: list[Any] | None,
         gone: dict[str, Any] | None) -> None:
    theirs_rev = int(theirs.get("rev", 1)) if theirs is not None else None
    if theirs is not None and mine is not None:
        edited = who_edited(mine, theirs)
        if edited is Edited.NEITHER and mine.get("rev") != theirs.get("rev"):  # same content, a decision's history
            edited = Edited.THEIRS if int(theirs.get("rev", 1)) > int(mine.get("rev", 1)) else Edited.MINE
        elif edited is Edited.NEITHER and list(mine.get("history") or ()) != list(theirs.get("history") or ()):
            edited = _two_paths(out, kind, oid, mine, theirs)
        if edited is Edited.THEIRS:
            out.changes.append(Change(kind, oid, from_trusted(kind, theirs)))
        elif edited is Edited.BOTH:
            return _conflict(out, Conflict(kind, oid, mine, theirs), doc_id, winner)
        # NEITHER: agreed; THEIRS: taken; MINE: our newer copy goes up on top of the server's, whose version is then
        # none of ours whatever its number (a decision elsewhere counts revs on its own branch: it may be a rev 2 as
        # ours is): agreed as NOT_OURS, since under our rev the push would think ours agreed and never send it
        agreed = {Edited.NEITHER: int(mine["rev"]), Edited.THEIRS: theirs_rev}.get(edited, NOT_OURS)
        out.base[doc_id] = [winner, agreed]
        if edited is Edited.MINE:
            out.parents.setdefault(doc_id, winner)
    elif theirs is not None:  # not here: new, or deleted here
        if gone is not None and not unchanged_since(theirs, gone) and not kept_over(theirs, gone):
            return _conflict(out, Conflict(kind, oid, None, theirs, gone=gone), doc_id, winner)
        if gone is None or kept_over(theirs, gone):  # new, or kept over our deletion by someone's decision
            out.changes.append(Change(kind, oid, from_trusted(kind, theirs)))
        out.base[doc_id] = [winner, theirs_rev]  # deleted here and unchanged there: our deletion goes up
    elif mine is not None:  # deleted there
        if tomb:
            out.tombs[doc_id] = tomb
        unchanged = unchanged_since(mine, tomb) if tomb else (base is not None and base[1] == mine.get("rev"))
        if not unchanged:
            return _conflict(out, Conflict(kind, oid, mine, None, gone=tomb), doc_id, winner)
        out.changes.append(Change(kind, oid, None))
        out.base[doc_id] = [winner, None]
    else:
        out.base[doc_id] = [winner, None]


def _two_paths(out: PullDecision, kind: Kind, oid: str, mine: dict[str, Any], theirs: dict[str, Any]) -> Edited:
    """Same content and rev reached by two histories: both are joined, one way everywhere (joined_history), so
    every path's versions stay ancestors and the projects become equal. Theirs already joined: taken; else ours,
    joined here if need be, goes up on top of the server's."""
    joined = joined_history(mine, theirs)
    if joined == list(theirs.get("history") or ()):
        return Edited.THEIRS
    if joined != list(mine.get("history") or ()):
        out.changes.append(Change(kind, oid, from_trusted(kind, {**mine, "history": joined})))
    return Edited.MINE


def deletion_over(conflict: Conflict) -> dict[str, Any]:
    """What our tombstone says when this analyst keeps its deletion over the server's versions: the version it was
    decided over, with every further branch the decision covered in its history, so whoever holds any of them
    takes the deletion without a question (hash only, as every tombstone: no content)."""
    assert conflict.theirs is not None
    record = hash_only(conflict.theirs)
    marks = [h for branch in conflict.branches for h in (*(branch.get("history") or ()), record_hash(branch))]
    record["history"] = list(dict.fromkeys([*record["history"], *marks]))[-HISTORY_LIMIT:]
    return record


def deletions_taken(decision: PullDecision, project: Project) -> dict[str, dict[str, Any]]:
    """The server's deletions this pull took in (agreed deleted, gone from `project`): doc id -> the record its
    tombstone says was deleted. That is then what our deletion deleted, so a version someone keeps over that
    same deletion is recognised as their decision (`kept_over`), not met with our deletion once more."""
    out = {}
    for doc_id, tomb in decision.tombs.items():
        parsed, agreed = parse_id(doc_id), decision.base.get(doc_id)
        if parsed is not None and agreed is not None and agreed[1] is None and project.find(*parsed) is None:
            out[doc_id] = tomb
    return out


def _conflict(out: PullDecision, conflict: Conflict, doc_id: str, winner: str) -> None:
    out.conflicts.append(conflict)
    out.conflict_ids[(conflict.kind, conflict.oid)] = doc_id
    out.parents.setdefault(doc_id, winner)


def _fold(mine: dict[str, Any] | None,
          leaves: list[dict[str, Any] | None]) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
    """'Theirs' out of the server's conflicting leaves, and the branches it does not cover: our copy and its
    ancestors are dropped, then every leaf that another leaf descends from; what is left does not descend
    from one another (the server's winner, listed first, stays first)."""
    live = [leaf for leaf in leaves if leaf is not None]
    if not live:
        return None, []
    news: dict[str, dict[str, Any]] = {}
    for leaf in live:
        if mine is None or not unchanged_since(leaf, mine):
            news.setdefault(record_hash(leaf), leaf)
    if not news:  # every leaf is our copy or its ancestor (by content): of the leaves of our content, the one of
        # the highest rev (a decision's longer history), the winner first among equals; none: the winner. Ours is
        # then weighed against it, rev and history included (_one); what is not the winner goes up on top of it
        ours = record_hash(mine) if mine is not None else None
        same = [leaf for leaf in live if record_hash(leaf) == ours]
        return max(same, key=lambda leaf: int(leaf.get("rev", 1)), default=leaves[0] or mine), []
    tops = [leaf for h, leaf in news.items()
            if not any(other_h != h and unchanged_since(leaf, other) for other_h, other in news.items())]
    if not tops:  # each in the other's history (a version went back to earlier content): they cover each other
        tops = [max(news.values(), key=lambda leaf: int(leaf.get("rev", 1)))]
    return tops[0], tops[1:]
