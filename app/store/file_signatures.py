"""What changed in a project folder since a moment someone remembered, without reading the files: each
document's annotations files by (size, mtime_ns), and whether the audit log was replaced or gained a restore
since a length. A sync (services/sync/scope.py) keeps these to read only the documents that changed.

Every commit rewrites or appends to the files it changes (journal.py), so a file whose size and mtime_ns are
the same was not written. Objects leave a project otherwise only by a restore from a backup, which replaces
the audit log (shorter than before, or ending in a "restore" entry)."""

import os
from pathlib import Path

from app.store.schema import ANNOTATIONS_DIR, AUDIT_FILE, DELTA_SUFFIX, document_of, document_of_delta

_RESTORE = b'"action":"restore"'  # how audit.encode writes a restore entry (compact separators)
_TAIL = 80  # bytes of the audit log's end kept: its last entry's hash ends there


def documents(folder: Path) -> dict[str, list[int]]:
    """document id -> [size, mtime_ns of its .json, size, mtime_ns of its .delta (0, 0: none)]: one scandir."""
    out: dict[str, list[int]] = {}
    try:
        entries = os.scandir(Path(folder) / ANNOTATIONS_DIR)
    except (FileNotFoundError, NotADirectoryError):
        return out
    with entries:
        for entry in entries:
            rel = f"{ANNOTATIONS_DIR}/{entry.name}"
            delta = entry.name.endswith(DELTA_SUFFIX)
            doc = document_of_delta(rel) if delta else document_of(rel)
            if doc is None or not entry.is_file():
                continue
            st = entry.stat()
            sig = out.setdefault(doc, [0, 0, 0, 0])
            sig[2 if delta else 0:4 if delta else 2] = [st.st_size, st.st_mtime_ns]
    return out


def audit_mark(folder: Path) -> tuple[int, str]:
    """The audit log's length and its last bytes (hex): the chain's head hash is in them, so the same bytes at
    the same length later mean the same log, with only appends since."""
    try:
        with open(Path(folder) / AUDIT_FILE, "rb") as f:
            size = f.seek(0, os.SEEK_END)
            f.seek(max(0, size - _TAIL))
            return size, f.read().hex()
    except FileNotFoundError:
        return 0, ""


def restored_since(folder: Path, size: int, tail: str) -> bool:
    """Whether the audit log is not the one `audit_mark` saw (`size`, `tail`) plus appends without a restore
    (True also when that is not known: size < 0)."""
    if size < 0:
        return True
    try:
        with open(Path(folder) / AUDIT_FILE, "rb") as f:
            if f.seek(0, os.SEEK_END) < size:
                return True
            f.seek(max(0, size - _TAIL))
            seen = f.read(min(size, _TAIL))
            return seen.hex() != tail or _RESTORE in f.read()
    except FileNotFoundError:
        return size > 0
