"""Revisions of stored objects, and the rule that decides which side of a merge edited an object.

Every object carries `rev` (1 when created, +1 on each change that alters its content) and `history`,
the content hashes of its earlier revisions, newest last, at most HISTORY_LIMIT of them (CouchDB's
`_revisions`, with its `_revs_limit`). Undo puts the earlier object back, rev and history included:
a revision is a property of the state, not a count of gestures. The rule (docs/reference/merge.md): two copies
of an object are the same if their content hashes are equal; otherwise the side whose history
contains the other side's current hash is a descendant, so only that side edited it; if neither
history contains the other's hash, both sides edited it and the merge reports a conflict.
"""

import dataclasses
import hashlib
import json
from enum import StrEnum
from typing import Any

from app.domain.records import to_record

HISTORY_LIMIT = 20
_NOT_CONTENT = ("rev", "history")
_HASH_ONLY = frozenset({"id", "rev", "history", "content_hash"})


class Edited(StrEnum):
    NEITHER = "neither"  # same content on both sides
    MINE = "mine"  # only this project changed it since the other side's version
    THEIRS = "theirs"  # only the other project changed it
    BOTH = "both"  # both changed it: a conflict for the analyst


def record_hash(record: dict[str, Any]) -> str:
    """A short hash of a record's content (everything but rev and history). A *hash-only* record (what a sync
    tombstone keeps of a deleted object: id, rev, history and `content_hash`, never the content) gives its hash."""
    if "content_hash" in record and record.keys() <= _HASH_ONLY:
        return str(record["content_hash"])
    content = {k: v for k, v in record.items() if k not in _NOT_CONTENT}
    raw = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def content_hash(obj: Any) -> str:
    return record_hash(to_record(obj))


def next_revision(before: Any, after: Any) -> Any:
    """`after` as the revision following `before` (unchanged content keeps `before`'s revision)."""
    old = content_hash(before)
    if content_hash(after) == old:
        return dataclasses.replace(after, rev=before.rev, history=before.history)
    history = (*before.history, old)[-HISTORY_LIMIT:]
    return dataclasses.replace(after, rev=before.rev + 1, history=history)


def who_edited(mine: dict[str, Any], theirs: dict[str, Any]) -> Edited:
    """Which side edited an object both projects hold (records as `to_record` writes them)."""
    h_mine, h_theirs = record_hash(mine), record_hash(theirs)
    if h_mine == h_theirs:
        return Edited.NEITHER
    mine_after, theirs_after = h_theirs in (mine.get("history") or ()), h_mine in (theirs.get("history") or ())
    if mine_after and theirs_after:  # each lists the other: a revert (the higher rev is newer), or two decisions
        return _by_rev(mine, theirs)  # taken at once over the same versions (same rev: a conflict again)
    if mine_after:
        return Edited.MINE
    if theirs_after:
        return Edited.THEIRS
    return Edited.BOTH


def _by_rev(mine: dict[str, Any], theirs: dict[str, Any]) -> Edited:
    rev_mine, rev_theirs = int(mine.get("rev", 1)), int(theirs.get("rev", 1))
    return Edited.MINE if rev_mine > rev_theirs else Edited.THEIRS if rev_theirs > rev_mine else Edited.BOTH


def unchanged_since(record: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """True if `record` is `earlier` or an ancestor of it (nothing was edited after `earlier`'s state)."""
    h, h_earlier = record_hash(record), record_hash(earlier)
    if h == h_earlier:
        return True
    if h not in (earlier.get("history") or ()):
        return False
    return h_earlier not in (record.get("history") or ()) or _by_rev(earlier, record) is Edited.MINE


def hash_only(record: dict[str, Any]) -> dict[str, Any]:
    """What the rules need of a deleted object's record, without its content (a server keeps this readable)."""
    return {"id": record.get("id", ""), "rev": record.get("rev", 1), "history": list(record.get("history") or ()),
            "content_hash": record_hash(record)}


def deletion_mark(deleted: dict[str, Any]) -> str:
    """The history entry a version gets when an analyst keeps it over someone's deletion of `deleted`: the
    deleting side then sees its deletion was decided on (and takes the version) instead of asking again."""
    return hashlib.sha256(f"deleted|{record_hash(deleted)}".encode()).hexdigest()[:16]


def kept_over(record: dict[str, Any], deleted: dict[str, Any]) -> bool:
    """True if `record` descends from a decision to keep the object over the deletion of `deleted`."""
    return deletion_mark(deleted) in (record.get("history") or ())


def joined_history(mine: dict[str, Any], theirs: dict[str, Any]) -> list[str]:
    """The history of one content reached by two paths (same content and rev, different ancestors): both sides'
    ancestors, so a version either path passed through stays an ancestor, in one order whichever side joins them
    (the shared start, then the rest sorted)."""
    ours, other = list(mine.get("history") or ()), list(theirs.get("history") or ())
    shared = 0
    while shared < min(len(ours), len(other)) and ours[shared] == other[shared]:
        shared += 1
    start = ours[:shared]
    rest = sorted(set(ours[shared:]) | set(other[shared:]) - set(start))
    return (start + rest)[-HISTORY_LIMIT:]
