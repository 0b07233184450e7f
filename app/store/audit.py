"""audit.jsonl: one JSON object per committed command, each with a sequence number `seq`.

Appends go through O_APPEND + fsync. A crash mid-append leaves a torn last line: readers skip it and
the next append cuts it off first, so the log never glues a new entry onto a fragment.

The log is a hash chain: each entry holds `prev`, the chain value before it, and `hash`, the SHA-256 of
its canonical JSON without `hash` (keys sorted, no spaces, UTF-8). The chain value after a chained entry
is its `hash`; after an unchained (legacy) line it is sha256(previous value + "\n" + the line's bytes), so
the first chained entry of an old project covers every legacy line before it. The value before the
first line is GENESIS. Changing, removing, inserting or moving any line but the last breaks the chain;
removing the last ones is seen only against a recorded head (the provenance manifest records it).
"""

import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import StoreError
from app.store import fsio, safe_files

_TAIL = 1 << 16
GENESIS = "0" * 64


def canonical(entry: dict[str, Any]) -> bytes:
    """The bytes an entry's `hash` covers: the entry without `hash`, keys sorted, compact, UTF-8."""
    body = {k: v for k, v in entry.items() if k != "hash"}
    return json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def chained(entry: dict[str, Any], prev: str) -> dict[str, Any]:
    """`entry` with `prev` set and its own `hash` last (where head() finds it without parsing the line)."""
    out = {k: v for k, v in entry.items() if k not in ("prev", "hash")}
    out["prev"] = prev
    out["hash"] = hashlib.sha256(canonical(out)).hexdigest()
    return out


def _legacy_link(prev: str, line: bytes) -> str:
    return hashlib.sha256(prev.encode("ascii") + b"\n" + line).hexdigest()


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
        raw = _read(path)
    except FileNotFoundError:
        return []
    return parse_all(raw)


def parse_all(raw: bytes) -> list[dict[str, Any]]:
    """The entries of a log's bytes (torn or foreign lines skipped)."""
    return [e for e in map(_parse, raw.split(b"\n")) if e is not None]


def _parse(line: bytes) -> dict[str, Any] | None:
    if not line.strip():
        return None
    try:
        entry = json.loads(line)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return None  # a torn line from a crash mid-append (or a line that is not ours)
    return entry if isinstance(entry, dict) else None


_SEQ_PREFIX = re.compile(rb'^\{"seq":(\d+)[,}]')


def last_seq(path: Path) -> int:
    """The sequence number of the last complete entry, without parsing the whole log.

    One command can log tens of megabytes (an import of 50,000 annotations), so the last complete
    line is located by scanning back for newlines and its `seq` is read from the line's start.
    """
    try:
        fd = safe_files.open_fd(path, path.parent, safe_files.MAX_AUDIT)
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


def entries_after(path: Path, seq: int, holding: bytes = b"") -> tuple[list[dict[str, Any]], int]:
    """The complete entries after the last one numbered `seq` or less whose line holds the bytes `holding`, oldest
    first, read from the end of the log back to that entry (a caller that knows how far it read before reads only
    the tail; the others are not parsed), and how many entries that tail has in all."""
    try:
        fd = safe_files.open_fd(path, path.parent, safe_files.MAX_AUDIT)
    except FileNotFoundError:
        return [], 0
    out: list[dict[str, Any]] = []
    count = 0
    try:
        end = _complete_length(fd, os.fstat(fd).st_size)
        while end > 0:
            start = _line_start(fd, end - 1)
            found = _SEQ_PREFIX.match(os.pread(fd, min(64, end - start), start))
            if found and int(found.group(1)) <= seq:
                break  # (read off the line's start: a long line below the mark is not read)
            line = os.pread(fd, end - start, start)
            entry = _parse(line) if holding in line or not found else None
            if entry is not None and isinstance(entry.get("seq"), int) and entry["seq"] <= seq:
                break
            count += 1
            if entry is not None and holding in line:
                out.append(entry)
            end = start
    finally:
        os.close(fd)
    return out[::-1], count


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


@dataclass
class ChainReport:
    entries: int = 0  # complete lines holding an entry
    chained: int = 0  # of which carry `prev` and `hash`
    head: str = GENESIS  # the chain value after the last complete entry
    problem: str | None = None  # the first break, naming its entry


def verify_bytes(raw: bytes) -> ChainReport:
    """Walk the chain over the log's bytes; stops at the first break. A torn last line (no newline) is ignored."""
    report = ChainReport()
    lines = raw.split(b"\n")[:-1]  # the part after the last newline is empty or a torn line
    first_chained = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        entry = _parse(line)
        if entry is None:
            report.problem = f"audit log: line {number} is not a JSON object"
            return report
        report.entries += 1
        name = _name(entry, number)
        if "hash" not in entry:
            if first_chained:
                report.problem = f"audit log: {name} has no hash, but the chain starts at line {first_chained}"
                return report
            report.head = _legacy_link(report.head, line)
            continue
        first_chained = first_chained or number
        if not _hash_matches(entry):
            report.problem = f"audit log: {name} does not match its hash"
            return report
        if entry.get("prev") != report.head:
            report.problem = (f"audit log: {name} does not follow the entry before it "
                              "(an entry was removed, inserted or moved)")
            return report
        report.chained += 1
        report.head = entry["hash"]
    return report


def verify(path: Path) -> ChainReport:
    try:
        raw = _read(path)
    except FileNotFoundError:
        return ChainReport()
    except StoreError as exc:
        return ChainReport(problem=f"audit log: {exc}")
    return verify_bytes(raw)


def _read(path: Path) -> bytes:
    """The log's bytes: a regular file in its project folder, under the size limit (else StoreError)."""
    return safe_files.read(path, path.parent, safe_files.MAX_AUDIT)


def _hash_matches(entry: dict[str, Any]) -> bool:
    try:
        return bool(hashlib.sha256(canonical(entry)).hexdigest() == entry["hash"])
    except (TypeError, ValueError, RecursionError):
        return False


def _name(entry: dict[str, Any], number: int) -> str:
    seq = entry.get("seq")
    if isinstance(seq, int) and not isinstance(seq, bool):
        return f"entry {seq}" if seq == number else f"entry {seq} (line {number})"
    return f"entry on line {number}"


_HASH_SUFFIX = re.compile(rb'"hash":"([0-9a-f]{64})"\}$')


def head(path: Path) -> str:
    """The chain value a new entry's `prev` takes: read off the last line when it is chained (the usual
    case, without parsing a line that may be megabytes long), else by walking the whole log once."""
    try:
        fd = safe_files.open_fd(path, path.parent, safe_files.MAX_AUDIT)
    except FileNotFoundError:
        return GENESIS
    try:
        end = _complete_length(fd, os.fstat(fd).st_size)
        if end == 0:
            return GENESIS
        tail = os.pread(fd, min(end, 128), end - min(end, 128)).rstrip(b"\n")
    finally:
        os.close(fd)
    found = _HASH_SUFFIX.search(tail)
    if found:
        return found.group(1).decode("ascii")
    return verify(path).head
