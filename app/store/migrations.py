"""Schema upgrades: pure functions over the whole database as dicts, run on open (after a backup).

`MIGRATIONS[n]` turns schema n into schema n + 1. The data passed around is
{"project": <project.json tables>, "annotations": {<document id>: <annotations file tables>}}.
"""

from collections.abc import Callable
from typing import Any

from app.domain.errors import StoreError

Data = dict[str, Any]


def _add_revisions(data: Data) -> Data:
    """Schema 1 -> 2: every object gets `rev` 1 (records written before revisions were counted)."""

    def tables(tabs: dict[str, Any]) -> dict[str, Any]:
        return {
            name: rows if name == "meta" else {k: {**r, "rev": r.get("rev", 1)} for k, r in rows.items()}
            for name, rows in tabs.items()
        }

    return {
        **data,
        "project": tables(data["project"]),
        "annotations": {doc: tables(t) for doc, t in data["annotations"].items()},
    }


def _deltas_allowed(data: Data) -> Data:
    """Schema 2 -> 3: annotations/<doc>.delta files may follow a document's file (app.store.delta). The
    records do not change; the version changes so that an older app, which would not read the deltas,
    refuses the project instead of silently missing what they hold."""
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _add_revisions, 2: _deltas_allowed}


def migrate(data: Data, version: int, target: int, migrations: dict[int, Callable[[Data], Data]] | None = None) -> Data:
    steps = MIGRATIONS if migrations is None else migrations
    for n in range(version, target):
        step = steps.get(n)
        if step is None:
            raise StoreError(f"no upgrade from project schema {n} to {n + 1}")
        data = step(data)
    return data
