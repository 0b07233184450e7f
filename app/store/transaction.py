"""Applying a journal: atomic across files, durable on return, and undone on failure.

Order: journal (durable) -> temp files (fsynced) -> os.replace each -> appends (app.store.delta; written
at the offset the journal names, fsynced) -> deletes -> fsync folders -> audit line -> delete journal. A crash before the journal is complete changes nothing; after it, reopening rolls
the journal forward. A failure we can see (ENOSPC, EIO) puts back the files already replaced, cuts
appended files back to their old length (or removes them if the commit created them) and drops the journal, so the disk keeps the previous state and the caller can revert memory. Putting back
needs no free space: each replaced file is kept as a hard link until the commit is done and renamed back.
If even that fails, the complete journal holds the commit: `Unfinished` tells the caller to keep the
new state in memory (a reopen, or the next commit, completes it on disk).
"""

import os
from collections.abc import Callable
from pathlib import Path

from app.domain.errors import StoreError
from app.store import audit, journal
from app.store.fsio import append_at, atomic_write, fsync_dir, reason, write_tmp
from app.store.journal import Journal
from app.store.schema import AUDIT_FILE, TMP_SUFFIX

Previous = Callable[[str], bytes | None]  # the content a file had before the commit; None: it did not exist


class Unfinished(StoreError):
    """The commit failed half-way and could not be undone; its journal stays and completes it later."""


def run(folder: Path, entry: Journal, previous: Previous) -> None:
    audit_path = folder / AUDIT_FILE
    try:
        journal.write(folder, entry)
    except OSError as exc:
        _drop_journal(folder)
        raise StoreError(f"could not save the project: {reason(exc)}; nothing was changed") from exc
    staged: dict[str, Path] = {}
    try:
        for rel, data in entry.writes.items():
            staged[rel] = write_tmp(folder / rel, data)
    except OSError as exc:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        _drop_journal(folder)
        raise StoreError(f"could not save the project: {reason(exc)}; nothing was changed") from exc
    done: list[str] = []
    kept: dict[str, Path] = {}  # rel -> hard link to the content it had before the commit
    grown: list[tuple[str, int, bool]] = []  # appended files: (rel, old length, whether it existed)
    audit_size = audit_path.stat().st_size if audit_path.exists() else 0
    try:
        for rel, tmp in staged.items():
            _keep(folder, rel, kept)
            os.replace(tmp, folder / rel)
            done.append(rel)
        for rel, (offset, data) in entry.appends.items():
            grown.append((rel, offset, (folder / rel).exists()))
            append_at(folder / rel, offset, data)
        for rel in entry.deletes:
            _keep(folder, rel, kept)
            (folder / rel).unlink(missing_ok=True)
            done.append(rel)
        _fsync_parents(folder, [*entry.writes, *entry.deletes, *entry.appends])
        if entry.audit is not None:
            audit.append(audit_path, audit.encode(entry.audit))
    except OSError as exc:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        try:
            _undo(folder, done, previous, audit_size, kept, exc, grown)
        finally:
            _forget(kept)
        raise StoreError(f"could not save the project: {reason(exc)}; nothing was changed") from exc
    _forget(kept)
    journal.clear(folder)


def _keep(folder: Path, rel: str, kept: dict[str, Path]) -> None:
    path = folder / rel
    link = path.with_name(f".{path.name}.{os.getpid()}.old{TMP_SUFFIX}")
    try:
        link.unlink(missing_ok=True)
        os.link(path, link)
    except OSError:
        return  # no such file yet, or no hard links here: _undo rewrites the previous content instead
    kept[rel] = link


def _forget(kept: dict[str, Path]) -> None:
    for link in kept.values():
        try:
            link.unlink(missing_ok=True)
        except OSError:
            pass  # a stale temp file: removed on the next open


def _undo(folder: Path, done: list[str], previous: Previous, audit_size: int, kept: dict[str, Path], cause: OSError,
          grown: list[tuple[str, int, bool]]) -> None:
    try:
        for rel, offset, existed in grown:
            if existed:
                os.truncate(folder / rel, offset)  # shrinking needs no free space
            else:
                (folder / rel).unlink(missing_ok=True)
        for rel in done:
            if rel in kept:
                os.replace(kept[rel], folder / rel)  # no free space needed
                del kept[rel]
                continue
            old = previous(rel)
            if old is None:
                (folder / rel).unlink(missing_ok=True)
            else:
                atomic_write(folder / rel, old, durable=False)
        path = folder / AUDIT_FILE
        if path.exists() and path.stat().st_size > audit_size:
            os.truncate(path, audit_size)
        journal.clear(folder)
    except OSError as exc:
        # The journal stays and holds the whole commit: the next commit or open completes it.
        raise Unfinished(
            f"could not save the project: {reason(cause)}; the change is kept and will be saved "
            f"once the disk recovers (could not undo the partial save: {reason(exc)})"
        ) from exc
    try:
        _fsync_parents(folder, [*done, *(rel for rel, _, _ in grown)])
    except OSError:
        pass  # the files are back; a crash before they reach the disk leaves the journal's state, also consistent


def roll_forward(folder: Path, entry: Journal) -> None:
    """Finish a commit a crash interrupted. Safe to repeat any number of times."""
    for rel, data in entry.writes.items():
        atomic_write(folder / rel, data, durable=False)
    for rel, (offset, data) in entry.appends.items():
        append_at(folder / rel, offset, data)
    for rel in entry.deletes:
        (folder / rel).unlink(missing_ok=True)
    _fsync_parents(folder, [*entry.writes, *entry.deletes, *entry.appends])
    path = folder / AUDIT_FILE
    if entry.audit is not None and audit.last_seq(path) < entry.seq:
        audit.append(path, audit.encode(entry.audit))
    journal.clear(folder)


def _drop_journal(folder: Path) -> None:
    try:
        journal.clear(folder)
    except OSError:
        pass  # a journal we could not finish writing fails its checksum and is discarded on open


def _fsync_parents(folder: Path, rels: list[str]) -> None:
    for parent in sorted({(folder / rel).parent for rel in rels}):
        fsync_dir(parent)
