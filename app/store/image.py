"""DbImage: the in-memory copy of one TinyDB file, with an object-id -> doc_id index per table.

Keeping the parsed files in memory means a commit rewrites only the files it touches, from memory,
instead of re-reading and re-writing every file (TinyDB's JSONStorage cost per insert).
"""

from typing import Any

from app.store.storage import Tables, dump_db


class DbImage:
    __slots__ = ("tables", "_keys", "_next")

    def __init__(self, tables: Tables | None = None, names: tuple[str, ...] = ()) -> None:
        self.tables: Tables = tables if tables is not None else {}
        for name in names:
            self.tables.setdefault(name, {})
        # The id index is built on the first look-up: most files are only read (a load, an export).
        self._keys: dict[str, dict[str, str]] | None = None
        self._next: dict[str, int] = {}

    def _index(self) -> dict[str, dict[str, str]]:
        if self._keys is None:
            self._keys = {}
            for name, table in self.tables.items():
                self._keys[name] = {rec.get("id"): key for key, rec in table.items() if isinstance(rec.get("id"), str)}
                self._next[name] = max(map(int, table), default=0) + 1
        return self._keys

    def records(self, table: str) -> list[dict[str, Any]]:
        return list(self.tables.get(table, {}).values())

    def get(self, table: str, oid: str) -> dict[str, Any] | None:
        key = self._index().get(table, {}).get(oid)
        return None if key is None else self.tables[table][key]

    def put(self, table: str, record: dict[str, Any]) -> None:
        keys = self._index().setdefault(table, {})
        rows = self.tables.setdefault(table, {})
        key = keys.get(record["id"])
        if key is None:  # TinyDB's own rule: a new doc_id is one more than the largest
            key = str(self._next.get(table, 1))
            self._next[table] = int(key) + 1
            keys[record["id"]] = key
        rows[key] = record

    def delete(self, table: str, oid: str) -> None:
        key = self._index().get(table, {}).pop(oid, None)
        if key is not None:
            del self.tables[table][key]

    def is_empty(self) -> bool:
        return not any(self.tables.values())

    def copy(self) -> "DbImage":
        """A copy whose tables can change without touching this one (records themselves are shared, never mutated)."""
        twin = DbImage.__new__(DbImage)
        twin.tables = {name: dict(table) for name, table in self.tables.items()}
        twin._keys = {name: dict(keys) for name, keys in self._index().items()}
        twin._next = dict(self._next)
        return twin

    def dumps(self) -> bytes:
        return dump_db(self.tables)
