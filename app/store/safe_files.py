"""Reading files of a project folder that may come from someone else (merge, agreement, sync).

A project folder is untrusted input: any of its files may be a named pipe (an open that never returns),
a device or a symlink to one (/dev/zero never ends), a link to a file outside the folder, or a sparse
file of terabytes. So every read here opens without blocking, checks that what it opened is a regular
file inside the project folder and no larger than a limit for its kind, and only then reads (or hashes
in chunks). Failures are StoreErrors naming the file, never a hang or an exhausted memory.
"""

import hashlib
import os
import stat
from pathlib import Path

from app.domain.errors import StoreError

# Limits per kind of file, checked against the size before a byte is read.
MAX_DATABASE = 1 << 30  # project.json or one annotations file: 1 GiB parses to several GiB of objects
MAX_AUDIT = 1 << 30  # the audit log: one import of 50,000 annotations logs tens of megabytes
MAX_TEXT_CACHE = 1 << 30  # texts/*.smtext: canonical text plus float32 boxes per character
MAX_ORIGINAL = 512 << 20  # originals/*: what `add` accepts (app.documents.registry.MAX_FILE_BYTES)
MAX_JOURNAL = 2 << 30  # a commit in flight holds every file it rewrites
_CHUNK = 1 << 20


class UnsafeFile(StoreError):
    """A project file that is not a regular file inside the folder, or is over its size limit."""


def inside(path: Path, root: Path) -> bool:
    """Whether `path`, with every symlink followed, stays inside `root` (also with its links followed)."""
    if _plainly_inside(os.fspath(path), os.fspath(root)):
        return True  # the usual case: no link below the root, so no need to resolve every component
    try:
        real = Path(os.path.realpath(path))
        base = Path(os.path.realpath(root))
    except (OSError, ValueError):
        return False
    return real == base or base in real.parents


def _plainly_inside(path: str, root: str) -> bool:
    """`path` is `root`/a/b/… with no '..' and no symlink among a, a/b, …: inside without resolving."""
    root = root.rstrip(os.sep) or os.sep
    if not path.startswith(root + os.sep):
        return False
    current = root
    for part in path[len(root) + 1 :].split(os.sep):
        if part in ("..", ""):
            return False
        current = f"{current}{os.sep}{part}"
        if os.path.islink(current):
            return False
    return True


def _open(path: Path, root: Path, limit: int) -> tuple[int, int]:
    """An open file descriptor of `path` and its size, after every check; the caller closes it."""
    if not inside(path, root):
        raise UnsafeFile(f"{_shown(path, root)} leads outside the project folder (a symlink); not read")
    # O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)  # of what was opened, not of the name (no check-then-swap race)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafeFile(f"{_shown(path, root)} is not a regular file (a pipe, device or folder); not read")
        if info.st_size > limit:
            raise UnsafeFile(f"{_shown(path, root)} is {info.st_size:,} bytes, over the limit of {limit:,}; not read")
        os.set_blocking(fd, True)
        return fd, info.st_size
    except BaseException:
        os.close(fd)
        raise


def open_fd(path: Path, root: Path, limit: int) -> int:
    """A file descriptor of `path` open for reading, after every check; the caller closes it.
    FileNotFoundError passes through (callers treat a missing file their own way)."""
    try:
        return _open(path, root, limit)[0]
    except (FileNotFoundError, StoreError):
        raise
    except OSError as exc:
        raise StoreError(f"cannot read {_shown(path, root)}: {exc.strerror or exc}") from None


def read(path: Path, root: Path, limit: int) -> bytes:
    """The bytes of a regular file inside `root` of at most `limit` bytes (FileNotFoundError passes through)."""
    fd = open_fd(path, root, limit)
    try:
        with os.fdopen(fd, "rb", closefd=True) as f:
            data = f.read(limit + 1)  # a file that grew after the check is still cut at the limit
    except OSError as exc:
        raise StoreError(f"cannot read {_shown(path, root)}: {exc.strerror or exc}") from None
    if len(data) > limit:
        raise UnsafeFile(f"{_shown(path, root)} grew past the limit of {limit:,} bytes while read; not read")
    return data


def sha256(path: Path, root: Path, limit: int) -> str:
    """The SHA-256 of a regular file inside `root`, read in 1 MiB chunks (never whole in memory)."""
    fd = open_fd(path, root, limit)
    digest = hashlib.sha256()
    seen = 0
    try:
        with os.fdopen(fd, "rb", closefd=True) as f:
            for chunk in iter(lambda: f.read(_CHUNK), b""):
                seen += len(chunk)
                if seen > limit:
                    raise UnsafeFile(f"{_shown(path, root)} grew past the limit of {limit:,} bytes while read")
                digest.update(chunk)
    except OSError as exc:
        raise StoreError(f"cannot read {_shown(path, root)}: {exc.strerror or exc}") from None
    return digest.hexdigest()


def is_regular(path: Path, root: Path) -> bool:
    """Whether `path` is a regular file inside `root` (symlinks followed only while they stay inside)."""
    try:
        return inside(path, root) and stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def _shown(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)
