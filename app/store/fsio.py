"""Durable, atomic file replacement: temp file in the same folder -> flush -> fsync -> os.replace -> fsync folder."""

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from app.store.schema import TMP_SUFFIX

_DURABLE: ContextVar[bool] = ContextVar("sourcemark_durable", default=True)


@contextmanager
def scratch_writes() -> Iterator[None]:
    """Writes in this block (this thread) skip fsync: for a throwaway project that is rebuilt rather than
    recovered after a crash (the demo). Still atomic: temp file and rename as always."""
    token = _DURABLE.set(False)
    try:
        yield
    finally:
        _DURABLE.reset(token)


def fsync(fd: int) -> None:
    if _DURABLE.get():
        os.fsync(fd)


def write_tmp(path: Path, data: bytes) -> Path:
    """Write `data` to a temp file next to `path`, fsynced; the caller replaces or removes it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}{TMP_SUFFIX}")  # per thread too
    try:
        with open(tmp, "wb") as f:
            f.write(data)
            f.flush()
            fsync(f.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def append_at(path: Path, offset: int, data: bytes) -> None:
    """Write `data` at `offset` of `path` (created if missing), cutting off whatever followed: an append that
    can be repeated after a crash (the torn first try is overwritten) and undone by truncate(offset)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    try:
        os.ftruncate(fd, offset)
        os.lseek(fd, offset, os.SEEK_SET)
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make renames and creations inside `folder` durable (a no-op where folders cannot be opened)."""
    if not _DURABLE.get():
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # Windows cannot open a directory
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Replace `path` with `data` so a crash leaves the old or the new content, never a mix."""
    tmp = write_tmp(path, data)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(path.parent)


def remove_stale_tmps(folder: Path) -> None:
    """Temp files left by a process killed mid-write are never part of a state; drop them."""
    for tmp in folder.glob(f".*{TMP_SUFFIX}"):
        tmp.unlink(missing_ok=True)


def reason(exc: OSError) -> str:
    """A short user-facing reason for an OS error ("No space left on device")."""
    return exc.strerror or str(exc)
