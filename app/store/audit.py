"""audit.jsonl: one JSON object per committed command, each with a sequence number `seq`.

Appends go through O_APPEND + fsync. A crash mid-append leaves a torn last line: readers skip it and
the next append cuts it off first, so the log never glues a new entry onto a fragment.
"""

import json
import os
import re
from pathlib import Path
from typing import Any

from app.store import fsio

_TAIL = 1 << 16


def encode(entry: dict[str, Any]) -> bytes:
    # `seq` goes first so that last_seq can read it off the start of a line of any length.
    ordered = {"seq": entry["seq"], **entry} if "seq" in entry else entry
    return json.dumps(ordered, ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def append(path: Path, line: bytes) -> None:
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
    try:
        size = os.fstat(fd).st_size
        if size and os.pread(fd, 1, size - 1) != b"\n":
            os.ftruncate(fd, _complete_length(fd, size))
        os.write(fd, line)
        fsio.fsync(fd)
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


_SEQ_PREFIX = re.compile(rb'^\{"seq":(\d+)[,}]')


def last_seq(path: Path) -> int:
    """The sequence number of the last complete entry, without parsing the whole log.

    One command can log tens of megabytes (an import of 50,000 annotations), so the last complete
    line is located by scanning back for newlines and its `seq` is read from the line's start.
    """
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return 0
    try:
        end = _complete_length(fd, os.fstat(fd).st_size)  # a torn last line does not count
        while end > 0:
            start = _line_start(fd, end - 1)
            head = os.pread(fd, min(64, end - start), start)
            found = _SEQ_PREFIX.match(head)
            if found:
                return int(found.group(1))
            entry = _parse(os.pread(fd, end - start, start))  # an older entry written with `seq` last
            if entry is not None and isinstance(entry.get("seq"), int):
                return int(entry["seq"])
            end = start
    finally:
        os.close(fd)
    return 0


def _line_start(fd: int, newline_at: int) -> int:
    """Offset just after the newline before position `newline_at` (0 at the start of the file)."""
    end = newline_at
    while end > 0:
        start = max(0, end - _TAIL)
        cut = os.pread(fd, end - start, start).rfind(b"\n")
        if cut >= 0:
            return start + cut + 1
        end = start
    return 0
