"""The write-ahead journal that makes a commit touching several files atomic.

Layout of journal.json (bytes):  b"SMJ1 <sha256 of the rest>\n" + header JSON + b"\n" + file contents back to back.
The header names each file and its length, the files to delete, the commit's sequence number and its
audit entry. A journal whose checksum or lengths do not match was torn by a crash before the commit
started changing files, so it is discarded; a complete one is rolled forward (idempotent: full file
contents, and the audit line only if the audit log does not already hold its sequence number).
"""

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.store import fsio, safe_files
from app.store.fsio import fsync_dir
from app.store.schema import JOURNAL_FILE, is_database_file

MAGIC = b"SMJ1"


@dataclass
class Journal:
    seq: int
    schema_version: int
    audit: dict[str, Any] | None  # None: no audit line (a restore replaces audit.jsonl wholesale)
    writes: dict[str, bytes] = field(default_factory=dict)  # relative path -> new content
    deletes: list[str] = field(default_factory=list)


def encode(journal: Journal) -> bytes:
    header = {
        "seq": journal.seq,
        "schema_version": journal.schema_version,
        "audit": journal.audit,
        "files": [[rel, len(data)] for rel, data in journal.writes.items()],
        "delete": journal.deletes,
    }
    body = json.dumps(header, ensure_ascii=False, separators=(",", ":")).encode() + b"\n"
    body += b"".join(journal.writes.values())
    return MAGIC + b" " + hashlib.sha256(body).hexdigest().encode() + b"\n" + body


def decode(raw: bytes) -> Journal | None:
    """The journal in `raw`, or None when it is incomplete, corrupt or names a path it may not write."""
    first, _, body = raw.partition(b"\n")
    if first[:5] != MAGIC + b" " or hashlib.sha256(body).hexdigest().encode() != first[5:]:
        return None
    head, _, blobs = body.partition(b"\n")
    try:
        header = json.loads(head)
        files = [(str(rel), int(size)) for rel, size in header["files"]]
        deletes = [str(rel) for rel in header["delete"]]
        journal = Journal(int(header["seq"]), int(header["schema_version"]), header["audit"])
    except (ValueError, TypeError, KeyError):
        return None
    if sum(size for _, size in files) != len(blobs):
        return None
    if not all(is_database_file(rel) for rel, _ in files) or not all(is_database_file(rel) for rel in deletes):
        return None
    pos = 0
    for rel, size in files:
        journal.writes[rel] = blobs[pos : pos + size]
        pos += size
    journal.deletes = deletes
    return journal


def write(folder: Path, journal: Journal) -> None:
    """Write the journal durably. No temp file needed: a torn journal fails its checksum."""
    fd = os.open(folder / JOURNAL_FILE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(encode(journal))
        while view:
            view = view[os.write(fd, view) :]
        fsio.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(folder)


def read(folder: Path) -> Journal | None:
    try:
        return decode(safe_files.read(folder / JOURNAL_FILE, folder, safe_files.MAX_JOURNAL))
    except FileNotFoundError:
        return None


def exists(folder: Path) -> bool:
    return (folder / JOURNAL_FILE).exists()


def clear(folder: Path) -> None:
    # Not fsynced: a journal that survives a crash is only re-applied, which is idempotent.
    (folder / JOURNAL_FILE).unlink(missing_ok=True)
