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


class Edited(StrEnum):
    NEITHER = "neither"  # same content on both sides
    MINE = "mine"  # only this project changed it since the other side's version
    THEIRS = "theirs"  # only the other project changed it
    BOTH = "both"  # both changed it: a conflict for the analyst


def record_hash(record: dict[str, Any]) -> str:
    """A short hash of a record's content (everything but rev and history)."""
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
    if h_theirs in (mine.get("history") or ()):
        return Edited.MINE
    if h_mine in (theirs.get("history") or ()):
        return Edited.THEIRS
    return Edited.BOTH


def unchanged_since(record: dict[str, Any], earlier: dict[str, Any]) -> bool:
    """True if `record` is `earlier` or an ancestor of it (nothing was edited after `earlier`'s state)."""
    h = record_hash(record)
    return h == record_hash(earlier) or h in (earlier.get("history") or ())
