"""annotations/<doc>.delta: the changes to one document's annotations file since it was last written whole.

Why: rewriting a 22 MB annotations file (50,000 highlights) for one new highlight cost ~0.8 s (dump,
journal, temp file, two fsyncs) and made the next open copy 22 MB into a backup. A commit now appends
one line per touched annotations file to its .delta instead, so a write costs what it changes.

Format: one line per commit, `{"seq": n, "put": {table: [record, ...]}, "del": {table: [id, ...]}}\\n`,
applied in order on top of the TinyDB file (a put replaces the record with the same id, else adds it
under TinyDB's next doc_id). The TinyDB file stays the store of record: a commit that finds the delta
over `fold_limit` (a quarter of the TinyDB file, at least FOLD_MIN) writes the file whole instead and
deletes the delta, in the same journaled commit. So the delta is bounded and its cost amortised.

Crash safety: appends go through the write-ahead journal like whole files (transaction.py). The journal
records the offset each append starts at; rolling forward truncates to that offset and writes the line
again (idempotent), and undoing a failed commit truncates back to it (no free space needed). A last
line without its newline is a commit in flight seen by a concurrent reader and is ignored; any other
line that does not parse makes the file damaged, as a TinyDB file that does not parse does.
"""

from typing import Any

import orjson

from app.store import deletions
from app.store.image import DbImage
from app.store.schema import DELETIONS_FILE, document_of_delta
from app.store.storage import parse_db

FOLD_MIN = 256 << 10  # below this a delta is never folded: small files are cheap to rewrite anyway


def fold_limit(base_size: int) -> int:
    """The delta size past which the next commit writes the TinyDB file whole instead of appending."""
    return max(FOLD_MIN, base_size // 4)


def encode(seq: int, puts: dict[str, list[dict[str, Any]]], dels: dict[str, list[str]]) -> bytes:
    line: dict[str, Any] = {"seq": seq, "put": {t: r for t, r in puts.items() if r}, "del": {t: d for t, d in dels.items() if d}}
    return orjson.dumps(line) + b"\n"


def parse(raw: bytes) -> list[dict[str, Any]]:
    """The complete lines of a delta file; ValueError with a short reason when one is not a delta line."""
    lines = raw.split(b"\n")
    lines.pop()  # after the last newline: empty, or a line still being appended (never acknowledged)
    out = []
    for n, line in enumerate(lines, 1):
        try:
            entry = orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise ValueError(f"line {n} is not JSON ({exc})") from None
        if not _well_formed(entry):
            raise ValueError(f"line {n} is not a delta entry")
        out.append(entry)
    return out


def _well_formed(entry: Any) -> bool:
    if not isinstance(entry, dict) or not isinstance(entry.get("put"), dict) or not isinstance(entry.get("del"), dict):
        return False
    puts_ok = all(isinstance(rows, list) and all(isinstance(r, dict) and isinstance(r.get("id"), str) for r in rows)
                  for rows in entry["put"].values())
    dels_ok = all(isinstance(ids, list) and all(isinstance(i, str) for i in ids) for ids in entry["del"].values())
    return puts_ok and dels_ok


def apply(image: DbImage, entries: list[dict[str, Any]]) -> None:
    """Fold `entries` into `image` in memory, as the next whole write of the file will hold them."""
    for entry in entries:
        for table, ids in entry["del"].items():
            for oid in ids:
                image.delete(table, oid)
        for table, rows in entry["put"].items():
            for record in rows:
                image.put(table, record)


def check_file(rel: str, raw: bytes) -> None:
    """ValueError unless `raw` parses as the database file `rel` is (a TinyDB file or a delta)."""
    if document_of_delta(rel) is not None:
        parse(raw)
    elif rel == DELETIONS_FILE:
        deletions.parse(raw)
    else:
        parse_db(raw)
