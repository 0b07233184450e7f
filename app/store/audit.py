"""audit.jsonl: one JSON object per committed command, each with a sequence number `seq`.

Appends go through O_APPEND + fsync. A crash mid-append leaves a torn last line: readers skip it and
the next append cuts it off first, so the log never glues a new entry onto a fragment.
"""

import json
import os
from pathlib import Path
from typing import Any

_TAIL = 1 << 16


def encode(entry: dict[str, Any]) -> bytes:
    return json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def append(path: Path, line: bytes) -> None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.ftruncate(fd, _complete_length(fd, size))
        os.write(fd, line)
        os.fsync(fd)
    finally:
        os.close(fd)


def _complete_length(fd: int, size: int) -> int:
    """Length of the file up to and including its last newline."""
    end = size
    while end > 0:
        start = max(0, end - _TAIL)
        chunk = os.pread(fd, end - start, start)
        cut = chunk.rfind(b"\n")
        if cut >= 0:
            return start + cut + 1
        end = start
    return 0


def read_all(path: Path) -> list[dict[str, Any]]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    return [e for e in map(_parse, raw.split(b"\n")) if e is not None]


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        entry = json.loads(line)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None  # a torn line from a crash mid-append
    return entry if isinstance(entry, dict) else None


def last_seq(path: Path) -> int:
    """The sequence number of the last complete entry, reading only the end of the file."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return 0
    with open(path, "rb") as f:
        start = max(0, size - _TAIL)
        f.seek(start)
        lines = f.read().split(b"\n")
        if start > 0:
            lines = lines[1:]  # may begin mid-line
        for line in reversed(lines):
            entry = _parse(line)
            if entry is not None and isinstance(entry.get("seq"), int):
                return int(entry["seq"])
    if start > 0:  # entries longer than the tail window: read it all
        seqs = [e["seq"] for e in read_all(path) if isinstance(e.get("seq"), int)]
        return seqs[-1] if seqs else 0
    return 0
