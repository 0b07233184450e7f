"""What a project remembers between syncs (sync.json in its folder): the server's database URL without
credentials, this copy's replica id, the last pulled sequence, and per object document the server
revision and our `rev` both sides last agreed on. Written atomically: a crash leaves the old or new state,
and an old state only makes the next sync re-check what it had already moved.
"""

import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from app.domain.errors import StoreError
from app.store.fsio import atomic_write, reason

SYNC_FILE = "sync.json"


@dataclass
class SyncState:
    url: str = ""
    replica: str = field(default_factory=lambda: uuid.uuid4().hex)
    since: Any = 0
    last_sync: str = ""
    # doc id -> [server revision, our rev (None: deleted on both sides)] as of the last agreement
    docs: dict[str, list[Any]] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)  # SHA-256s known to be on the server
    conflicts: dict[str, str] = field(default_factory=dict)  # doc id -> one-line description, left for the analyst
    parents: dict[str, str] = field(default_factory=dict)  # doc id -> server winner to extend on the next push
    losers: dict[str, list[str]] = field(default_factory=dict)  # doc id -> server conflict revisions to delete


def read(folder: Path) -> SyncState:
    path = Path(folder) / SYNC_FILE
    try:
        raw = orjson.loads(path.read_bytes())
    except FileNotFoundError:
        return SyncState()
    except (OSError, orjson.JSONDecodeError) as exc:
        raise StoreError(f"cannot read {SYNC_FILE}: {reason(exc) if isinstance(exc, OSError) else 'damaged'}; "
                         f"delete it to sync from scratch") from None
    if not isinstance(raw, dict):
        raise StoreError(f"{SYNC_FILE} is damaged; delete it to sync from scratch")
    state = SyncState()
    for name in ("url", "replica", "since", "last_sync", "docs", "conflicts", "parents", "losers"):
        if name in raw:
            setattr(state, name, raw[name])
    state.blobs = set(raw.get("blobs") or ())
    return state


def write(folder: Path, state: SyncState) -> None:
    data = {"url": state.url, "replica": state.replica, "since": state.since, "last_sync": state.last_sync,
            "docs": state.docs, "blobs": sorted(state.blobs), "conflicts": state.conflicts,
            "parents": state.parents, "losers": state.losers}
    try:
        atomic_write(Path(folder) / SYNC_FILE, orjson.dumps(data))
    except OSError as exc:
        raise StoreError(f"cannot save the sync state: {reason(exc)}") from None
