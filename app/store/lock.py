"""One writer per project: an OS lock on the `lock` file, held for the whole session.

flock (LockFileEx on Windows) is released by the kernel when the holder dies, so a lock left by a
killed process is simply taken over; the pid/host/time written into the file only name the holder
in the error message.
"""

import json
import os
import socket
import sys
from pathlib import Path

from app.domain.clock import now_iso
from app.domain.errors import ProjectLocked, StoreError
from app.store.schema import LOCK_FILE

# A platform test rather than try/except ImportError: mypy then checks each branch against its own platform.
if sys.platform == "win32":
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


class ProjectLock:
    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, folder: Path) -> "ProjectLock":
        path = folder / LOCK_FILE
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise StoreError(f"cannot open {folder.name} for writing: {exc.strerror}") from None
        if not _try_lock(fd):
            os.close(fd)
            raise ProjectLocked(f"{folder.name} is open in another Sourcemark{_holder(path)}")
        info = json.dumps({"pid": os.getpid(), "host": socket.gethostname(), "time": now_iso()}).encode()
        os.ftruncate(fd, 0)
        os.pwrite(fd, info, 0) if hasattr(os, "pwrite") else os.write(fd, info)
        return cls(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)


def _holder(path: Path) -> str:
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ""
    if not isinstance(info, dict) or "pid" not in info:
        return ""
    host = info.get("host")
    where = f" on {host}" if host and host != socket.gethostname() else ""
    return f" (pid {info['pid']}{where})"
