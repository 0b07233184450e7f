"""What a project remembers between syncs: the server's database URL without credentials, this copy's
replica id, the last pulled sequence, and per object document the server revision and our `rev` both
sides last agreed on.

Two files in the project folder: `sync.json`, a snapshot written atomically, and `sync.log`, one JSON
line per save since the snapshot holding the small fields and only the agreements that changed (a sync
that moves one change appends a few hundred bytes instead of rewriting a revision per object). A crash
mid-append leaves a damaged last line, which is ignored: the state only ever lags, and a lagging state
makes the next sync re-check what it had moved. The snapshot is rewritten when the log grows long.

The last state saved for a folder stays in memory with the size and mtime of both files: the next
sync of an open project reuses it instead of parsing 100,000 revisions again, unless the files changed
since (another process synced). A sync that fails calls `forget` (its object may hold unsaved steps).
"""

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from app.domain.errors import StoreError
from app.store.fsio import atomic_write, fsync, reason

SYNC_FILE = "sync.json"
LOG_FILE = "sync.log"
COMPACT_AFTER = 200  # log lines before the snapshot is rewritten
_SMALL = ("url", "replica", "since", "last_sync", "conflicts", "parents", "losers", "bad", "kept_deleted",
          "pending", "audit_size", "audit_tail", "encrypted", "purge")


@dataclass
class SyncState:
    url: str = ""
    replica: str = field(default_factory=lambda: uuid.uuid4().hex)
    since: Any = 0
    last_sync: str = ""
    # doc id -> [server revision, our rev (None: deleted on both sides)] as of the last agreement
    docs: dict[str, list[Any]] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)  # "original:<sha256>" / "text:<sha256>" known on the server
    conflicts: dict[str, str] = field(default_factory=dict)  # doc id -> one-line description, left for the analyst
    parents: dict[str, str] = field(default_factory=dict)  # doc id -> server winner to extend on the next push
    losers: dict[str, list[str]] = field(default_factory=dict)  # doc id -> server conflict revisions to delete
    bad: dict[str, str] = field(default_factory=dict)  # doc id -> why the server's copy was left out (asked again)
    pending: list[str] = field(default_factory=list)  # doc ids left out for a missing end: fetched again next sync
    # doc id -> the version a decision to keep our deletion was taken over: our tombstone carries it
    kept_deleted: dict[str, dict[str, Any]] = field(default_factory=dict)
    encrypted: str = ""  # the database's salt if it is end-to-end encrypted: it must not turn plain unnoticed
    purge: list[str] = field(default_factory=list)  # doc ids deleted here with --purge: purged by the next sync
    # document id -> its annotations files' [size, mtime_ns, delta size, delta mtime_ns] when the last sync looked,
    # and the audit log's size then: a later sync reads only the documents whose files changed since (sync.scope)
    files: dict[str, list[int]] = field(default_factory=dict)
    audit_size: int = -1
    audit_tail: str = ""
    changed_files: dict[str, list[int]] = field(default_factory=dict, repr=False)
    changed: dict[str, list[Any]] = field(default_factory=dict, repr=False)  # agreements not saved yet
    new_blobs: set[str] = field(default_factory=set, repr=False)
    _lines: int = field(default=0, repr=False)  # log lines since the snapshot
    _snapshot: bool = field(default=True, repr=False)  # a new state (first sync, another server): rewrite whole
    _index: dict[str, dict[str, list[Any]]] | None = field(default=None, repr=False)

    def agree(self, doc_id: str, server_rev: str, rev: Any) -> None:
        """Record that the server's `server_rev` of `doc_id` and our `rev` (None: deleted) agree."""
        entry = self.docs[doc_id] = self.changed[doc_id] = [server_rev, rev]
        if self._index is not None:
            kind, _, oid = doc_id.partition(":")
            self._index.setdefault(kind, {})[oid] = entry

    def by_kind(self, kind: str) -> dict[str, list[Any]]:
        """The agreements of one kind by object id (a scan of 100,000 objects then hashes no new strings)."""
        if self._index is None:
            index: dict[str, dict[str, list[Any]]] = {}
            for doc_id, entry in self.docs.items():
                prefix, _, oid = doc_id.partition(":")
                index.setdefault(prefix, {})[oid] = entry
            self._index = index
        return self._index.get(kind, {})

    def start_over(self) -> None:
        """Forget every agreement (the server's database was recreated): compare everything again."""
        self.docs.clear()
        self.blobs.clear()
        self.conflicts.clear()
        self.parents.clear()
        self.losers.clear()
        self.bad.clear()
        self.pending.clear()
        self.kept_deleted.clear()
        self.files.clear()
        self.changed_files.clear()
        self.audit_size, self.audit_tail = -1, ""
        self.changed.clear()
        self.new_blobs.clear()
        self.since, self._snapshot, self._index = 0, True, None

    def known_blob(self, key: str) -> None:
        if key not in self.blobs:
            self.blobs.add(key)
            self.new_blobs.add(key)


_saved: dict[Path, tuple[tuple[int, ...], "SyncState"]] = {}  # folder -> (files' signature, state saved)


def _signature(folder: Path) -> tuple[int, ...]:
    out: list[int] = []
    for name in (SYNC_FILE, LOG_FILE):
        try:
            st = (folder / name).stat()
            out += [st.st_size, st.st_mtime_ns]
        except FileNotFoundError:
            out += [-1, -1]
    return tuple(out)


def forget(folder: Path) -> None:
    _saved.pop(Path(folder).resolve(), None)


def read(folder: Path) -> SyncState:
    folder = Path(folder)
    cached = _saved.get(folder.resolve())
    if cached is not None and cached[0] == _signature(folder):
        return cached[1]
    try:
        raw = orjson.loads((folder / SYNC_FILE).read_bytes())
    except FileNotFoundError:
        raw = None
    except (OSError, orjson.JSONDecodeError) as exc:
        raise _damaged(exc) from None
    if raw is not None and not isinstance(raw, dict):
        raise _damaged(None)
    state = SyncState()
    if raw is not None:
        _merge(state, raw)
    try:
        lines = (folder / LOG_FILE).read_bytes().splitlines()
    except FileNotFoundError:
        lines = []
    except OSError as exc:
        raise _damaged(exc) from None
    for line in lines:
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue  # a save cut by a crash: lost, so the state lags (safe), and later saves still count
        if isinstance(entry, dict):
            _merge(state, entry)
            state._lines += 1
    state._snapshot = False
    return state


def _merge(state: SyncState, raw: dict[str, Any]) -> None:
    for name in _SMALL:
        if name in raw:
            setattr(state, name, raw[name])
    if isinstance(raw.get("docs"), dict):
        state.docs.update(raw["docs"])
    state.blobs.update(raw.get("blobs") or ())
    if isinstance(raw.get("files"), dict):
        state.files.update(raw["files"])


def _damaged(exc: OSError | Exception | None) -> StoreError:
    why = reason(exc) if isinstance(exc, OSError) else "damaged"
    return StoreError(f"cannot read {SYNC_FILE}: {why}; delete {SYNC_FILE} and {LOG_FILE} to sync from scratch")


def write(folder: Path, state: SyncState) -> None:
    """Save: append what changed to the log, or rewrite the snapshot (first save, or a long log)."""
    folder = Path(folder)
    small = {name: getattr(state, name) for name in _SMALL}
    try:
        if state._snapshot or state._lines >= COMPACT_AFTER or not (folder / SYNC_FILE).exists():
            atomic_write(folder / SYNC_FILE, orjson.dumps({**small, "docs": state.docs, "blobs": sorted(state.blobs),
                                                           "files": state.files}))
            (folder / LOG_FILE).unlink(missing_ok=True)
            state._lines, state._snapshot = 0, False
        else:
            line = orjson.dumps({**small, "docs": state.changed, "blobs": sorted(state.new_blobs),
                                 "files": state.changed_files}) + b"\n"
            with open(folder / LOG_FILE, "ab") as f:
                f.write(line)
                f.flush()
                fsync(f.fileno())
            state._lines += 1
    except OSError as exc:
        raise StoreError(f"cannot save the sync state: {reason(exc)}") from None
    state.changed.clear()
    state.new_blobs.clear()
    state.changed_files.clear()
    _saved[folder.resolve()] = (_signature(folder), state)
