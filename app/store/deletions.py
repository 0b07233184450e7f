"""deletions.jsonl: every object this project deleted, with the record it had, one JSON line per deletion.

Sync and merge need "what did we delete, and what was it" (a deletion travels with the record it had, so a
deletion of an unchanged object goes through and a deletion of an edited one is a conflict). That used to
be parsed back out of the whole audit log on every sync; now a commit that deletes appends its lines here in
the same journal as the deletion itself (ProjectStore.commit), so the two never disagree, whatever a crash
cuts. A project from before this file has it built once from its audit log on the first need (`read`),
before any commit appends to it, so old projects keep syncing their past deletions.

Lines: {"seq": commit, "kind": kind, "id": id, "before": record}. The last line for an object wins; an object
that came back (undo, a pull) is still listed, and the reader drops whatever is in the project now. A line
{"seq": N} alone is a mark: the audit log up to entry N is covered.

The store checks itself against the audit log: an app of the previous release (same schema) deletes by writing its
audit log only. Lines go in commit order, so the last line's `seq` says how far the store covers; the reader takes
the deletions of any later audit entries too (read from the log's end back to there), and the next commit writes
them into the store, with a mark when the log has run MARK_EVERY entries past it (so that tail stays short).
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
MARK_EVERY = 64  # audit entries past the store's last line before a commit writes a mark
_DELETES = b'"after":null'  # in every audit line that deletes (audit.encode: compact JSON); others are not parsed


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
    """A commit's journal appends where the file ends (built first if missing): deletions the audit log holds past
    the store's last line (written there by an older app), then the entry's own, or a mark when that tail is long."""
    end = ensure(folder)
    missed, tail = _newer(folder, audit_log.last_seq(folder / DELETIONS_FILE))
    own = lines(entry)
    out = missed + own
    if not own and (out or tail >= MARK_EVERY) and isinstance(entry.get("seq"), int):
        out += orjson.dumps({"seq": entry["seq"]}) + b"\n"
    if out:
        appends[DELETIONS_FILE] = (end, out)


def _newer(folder: Path, seq: int) -> tuple[bytes, int]:
    """The deletion lines of the audit entries after `seq`, and how many entries there are after it."""
    entries, count = audit_log.entries_after(folder / AUDIT_FILE, seq, _DELETES)
    return b"".join(lines(e) for e in entries), count


def _covered(raw: bytes) -> int:
    """The `seq` of the store's last complete line: how far the store covers the audit log (0: no line)."""
    complete = raw[: raw.rfind(b"\n") + 1]
    last = complete[complete.rfind(b"\n", 0, len(complete) - 1) + 1:]
    try:
        row = orjson.loads(last) if last else {}
    except orjson.JSONDecodeError:
        return 0
    return row["seq"] if isinstance(row, dict) and isinstance(row.get("seq"), int) else 0


def parse(raw: bytes) -> Deleted:
    """ValueError unless every complete line is a deletion line or a mark (a torn last line, never acknowledged, is
    ignored)."""
    out: Deleted = {}
    for n, line in enumerate(raw.split(b"\n")[:-1], 1):
        try:
            row = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"line {n} is not JSON ({exc})") from None
        if isinstance(row, dict) and row.keys() == {"seq"} and isinstance(row["seq"], int):
            continue  # a mark
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
    last = audit_log.last_seq(folder / AUDIT_FILE)
    data += orjson.dumps({"seq": last}) + b"\n" if last else b""  # how far it covers (the log may hold no deletion)
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
        out = parse(raw)
    except ValueError as exc:
        raise StoreError(f"{DELETIONS_FILE} is damaged ({exc}); delete it to build it again from the audit log") \
            from None
    try:  # deletions an older app wrote to the audit log alone since the store's last line
        newer = parse(_newer(folder, _covered(raw))[0])
    except (OSError, ValueError) as exc:
        raise StoreError(f"cannot read the audit log: {reason(exc) if isinstance(exc, OSError) else exc}") from None
    return {**out, **newer}
