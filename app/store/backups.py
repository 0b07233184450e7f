"""backups/<timestamp>/: the last few good states of the database files, taken when a project opens for writing.

Files are copied from the project, never hard-linked to it: a link would share the damage if anything
ever wrote a database file in place. Copies keep their mtime, so "same size and mtime as the newest
backup" (filecmp's shallow check) makes an unchanged project cost no copy on open, and a file that did
not change since the newest backup is hard-linked to that backup's copy (which nothing ever writes)
instead of copied and fsynced again: a project of 500 documents where one changed costs one copy,
not 500 (4.6 s of fsyncs at 50,000 annotations). Since commits append to annotations/<doc>.delta
(delta.py) instead of rewriting the document's file, a small change to a big document changes only that
small file: its 22 MB .json is linked, not copied (issue 31: `claim` after an edit 417 ms -> ~60 ms). Deltas
are database files here like the rest (copied, verified, restored). A snapshot is built in a hidden folder and renamed,
so a crash never leaves a half backup that looks complete.
"""

import filecmp
import os
import shutil
from datetime import datetime, timezone
from pathlib import Path

from app.domain.errors import StoreError
from app.store import fsio, safe_files
from app.store.database import DamagedFile
from app.store.fsio import fsync_dir
from app.store.schema import ANNOTATIONS_DIR, AUDIT_FILE, BACKUPS_DIR, PROJECT_FILE, is_database_file

KEEP = 5


Signature = tuple[int, float]  # (size, mtime): filecmp's shallow check, without its file type


def database_files(folder: Path) -> list[str]:
    return sorted(_signatures(folder))


def _signatures(root: Path) -> dict[str, Signature]:
    """rel -> signature of the database files in `root` (a project or a backup): one scandir per folder and
    one stat per file, which matters with one annotations file per document."""
    out: dict[str, Signature] = {}
    for sub in ("", ANNOTATIONS_DIR):
        try:
            entries = os.scandir(root / sub)
        except (FileNotFoundError, NotADirectoryError):
            continue
        with entries:
            for entry in entries:
                rel = f"{sub}/{entry.name}" if sub else entry.name
                if is_database_file(rel) and entry.is_file():
                    st = entry.stat()
                    out[rel] = (st.st_size, st.st_mtime)
    return out


def list_backups(folder: Path) -> list[Path]:
    """Complete backups, newest first."""
    root = folder / BACKUPS_DIR
    if not root.is_dir():
        return []
    return sorted((p for p in root.iterdir() if p.is_dir() and not p.name.startswith(".")), reverse=True)


def is_good(backup: Path) -> bool:
    """True when every database file of `backup` parses (a restore snapshots the damaged files too)."""
    from app.store.delta import check_file

    rels = backup_files(backup)
    if PROJECT_FILE not in rels:
        return False
    try:
        for rel in rels:
            if rel != AUDIT_FILE:
                check_file(rel, (backup / rel).read_bytes())
    except (OSError, ValueError):
        return False
    return True


def newest_good(folder: Path) -> Path | None:
    return next((b for b in list_backups(folder) if is_good(b)), None)


def describe(folder: Path) -> str:
    found = newest_good(folder)
    if found is None:
        return "no good backup exists"
    return (f"a backup exists: {BACKUPS_DIR}/{found.name} (the newest good one; "
            f"'sourcemark restore {folder}' puts it back)")


def snapshot(folder: Path, *, verify: bool = False) -> Path | None:
    """Back up the database files unless the newest backup already holds exactly them.

    `verify`: raise DamagedFile instead of copying a file that does not parse (a restore backs up damaged files too).
    """
    live = _signatures(folder)
    rels = sorted(live)
    existing = list_backups(folder)
    newest = existing[0] if existing else None
    kept = _signatures(newest) if newest is not None else {}
    if newest is not None and _same(folder, newest, live, kept):
        return None
    root = folder / BACKUPS_DIR
    name = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S.%fZ")
    tmp = root / f".{name}"
    (tmp / ANNOTATIONS_DIR).mkdir(parents=True, exist_ok=True)
    try:
        for rel in rels:
            if newest is None or kept.get(rel) != live[rel] or not _link(newest / rel, tmp / rel):
                if verify:
                    _verify(folder, rel)
                _copy(folder / rel, tmp / rel)
    except StoreError:  # damaged, or not a regular file inside the folder (safe_files)
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    fsync_dir(tmp / ANNOTATIONS_DIR)
    fsync_dir(tmp)
    os.replace(tmp, root / name)
    fsync_dir(root)
    prune(folder)
    return root / name


def _verify(folder: Path, rel: str) -> None:
    """DamagedFile unless `rel` parses: a store that read only some files must not back up a damaged one
    (five such opens would push every good backup out)."""
    from app.store.delta import check_file

    if rel != AUDIT_FILE:
        try:
            check_file(rel, safe_files.read(folder / rel, folder, safe_files.MAX_DATABASE))  # also the files it did not read
        except ValueError as exc:
            raise DamagedFile(rel, str(exc)) from None


def _link(previous: Path, dst: Path) -> bool:
    """Hard-link `dst` to the previous backup's (current) copy; False: copy instead."""
    try:
        os.link(previous, dst)
    except OSError:
        return False  # no hard links on this file system
    return True


def _copy(src: Path, dst: Path) -> None:
    shutil.copy2(src, dst)
    with open(dst, "rb") as f:  # a backup must survive the power cut it exists for
        fsio.fsync(f.fileno())
    with open(dst, "rb+") as f:
        fsio.fsync(f.fileno())


def _same(folder: Path, backup: Path, live: dict[str, Signature], kept: dict[str, Signature]) -> bool:
    """Whether `backup` holds exactly the files of `folder`: same signature, or else the same bytes."""
    if live.keys() != kept.keys():
        return False
    return all(live[rel] == kept[rel] or filecmp.cmp(folder / rel, backup / rel, shallow=False) for rel in live)


def backup_files(backup: Path) -> list[str]:
    return sorted(_signatures(backup))


def prune(folder: Path, keep: int = KEEP) -> None:
    for old in list_backups(folder)[keep:]:
        shutil.rmtree(old, ignore_errors=True)
    root = folder / BACKUPS_DIR
    for stale in root.glob(".*") if root.is_dir() else ():
        shutil.rmtree(stale, ignore_errors=True)  # half-built snapshots from a crash
