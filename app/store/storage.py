"""AtomicJSONStorage: a TinyDB Storage that never leaves a half-written file, plus the parse/dump of its format.

The files stay ordinary TinyDB databases ({"table": {"<int doc_id>": {...}}}), so
`TinyDB(path, storage=AtomicJSONStorage)` reads and writes them; the store itself keeps the parsed
dicts in memory and writes only the files a commit touches (see project_store.py).
"""

import json
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from app.store.fsio import atomic_write

Tables = dict[str, dict[str, Any]]


class AtomicJSONStorage(Storage):
    def __init__(self, path: str | Path, **_ignored: Any) -> None:
        self._path = Path(path)

    def read(self) -> Tables | None:
        try:
            raw = self._path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            return None  # TinyDB's convention for a new, empty database
        return parse_db(raw)

    def write(self, data: Tables) -> None:
        atomic_write(self._path, dump_db(data))

    def close(self) -> None:
        pass


def dump_db(data: Tables) -> bytes:
    # Compact and UTF-8: smaller files parse faster, and Cyrillic stays readable.
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def parse_db(raw: bytes) -> Tables:
    """Parse a TinyDB file; ValueError with a short reason when it is not one."""
    try:
        data = orjson.loads(raw)  # twice as fast as json.loads: parsing is most of opening a big project
    except orjson.JSONDecodeError as exc:
        raise ValueError(f"invalid JSON ({exc})") from None
    if not isinstance(data, dict):
        raise ValueError("not a TinyDB database (top level is not an object)")
    for name, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"table {name!r} is not an object")
        for key, record in table.items():
            if not key.isdigit() or not isinstance(record, dict):
                raise ValueError(f"table {name!r} has a bad entry {key!r}")
    return data
