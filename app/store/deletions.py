"""deletions.jsonl: every object this project deleted, with the record it had, one JSON line per deletion.

Sync and merge need "what did we delete, and what was it" (a deletion travels with the record it had, so a
deletion of an unchanged object goes through and a deletion of an edited one is a conflict). That used to
be parsed back out of the whole audit log on every sync; now a commit that deletes appends its lines here in
the same journal as the deletion itself (ProjectStore.commit), so the two never disagree, whatever a crash
cuts. A project from before this file has it built once from its audit log on the first need (`read`),
before any commit appends to it, so old projects keep syncing their past deletions.

Lines: {"seq": commit, "kind": kind, "id": id, "before": record}. The last line for an object wins; an object
that came back (undo, a pull) is still listed, and the reader drops whatever is in the project now.
"""

import os
from pathlib import Path
from typing import Any

import orjson

from app.domain.errors import StoreError
from app.store import audit as audit_log
from app.store import safe_files
from app.store.fsio import fsync_dir, reason, write_tmp
from app.store.schema import AUDIT_FILE, DELETIONS_FILE

Deleted = dict[tuple[str, str], dict[str, Any]]  # (kind value, id) -> the record it had


def lines(entry: dict[str, Any]) -> bytes:
    """The lines an audit entry's deletions add (b"" when it deletes nothing)."""
    out = []
    changes = entry.get("changes")
    for change in changes if isinstance(changes, list) else ():
        if isinstance(change, dict) and change.get("after") is None and isinstance(change.get("before"), dict) \
                and isinstance(change.get("kind"), str) and isinstance(change.get("id"), str):
            out.append(orjson.dumps({"seq": entry.get("seq"), "kind": change["kind"], "id": change["id"],
                                     "before": change["before"]}) + b"\n")
    return b"".join(out)


def add_to(folder: Path, appends: dict[str, tuple[int, bytes]], entry: dict[str, Any]) -> None:
    """A commit's journal appends: the entry's deletions, if any, where the file ends (built first if missing)."""
    gone = lines(entry)
    if gone:
        appends[DELETIONS_FILE] = (ensure(folder), gone)


def parse(raw: bytes) -> Deleted:
    """ValueError unless every complete line is a deletion line (a torn last line, never acknowledged, is ignored)."""
    out: Deleted = {}
    for n, line in enumerate(raw.split(b"\n")[:-1], 1):
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"line {n} is not JSON ({exc})") from None
        if not (isinstance(row, dict) and isinstance(row.get("kind"), str) and isinstance(row.get("id"), str)
                and isinstance(row.get("before"), dict)):
            raise ValueError(f"line {n} is not a deletion")
        out[(row["kind"], row["id"])] = row["before"]
    return out


def from_audit(folder: Path) -> bytes:
    """The file's bytes as the audit log says (the once-only migration of a project from before the file)."""
    return b"".join(lines(entry) for entry in audit_log.read_all(folder / AUDIT_FILE))


def ensure(folder: Path) -> int:
    """Build the file from the audit log if the project has none yet; its size (where a commit appends)."""
    path = folder / DELETIONS_FILE
    try:
        return path.stat().st_size
    except FileNotFoundError:
        pass
    data = from_audit(folder)
    # Made only if absent (a link, not a rename): a sync planning off the GUI thread and a commit on it may
    # both build it, and the one that loses must not replace a file the other already appended to.
    tmp: Path | None = None
    try:
        tmp = write_tmp(path, data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass
        fsync_dir(folder)
        return path.stat().st_size
    except OSError as exc:
        raise StoreError(f"cannot write {DELETIONS_FILE}: {reason(exc)}; nothing was changed") from None
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)


def read(folder: Path, *, writable: bool = True) -> Deleted:
    """Every deletion recorded (last one per object); built from the audit log first when missing."""
    path = folder / DELETIONS_FILE
    try:
        raw = safe_files.read(path, folder, safe_files.MAX_DATABASE)
    except FileNotFoundError:
        if not writable:
            return parse(from_audit(folder))
        ensure(folder)
        raw = safe_files.read(path, folder, safe_files.MAX_DATABASE)
    except OSError as exc:
        raise StoreError(f"cannot read {DELETIONS_FILE}: {reason(exc)}") from None
    try:
        return parse(raw)
    except ValueError as exc:
        raise StoreError(f"{DELETIONS_FILE} is damaged ({exc}); delete it to build it again from the audit log") \
            from None
