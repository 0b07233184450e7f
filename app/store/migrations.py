"""Schema upgrades: pure functions over the whole database as dicts, run on open (after a backup).

`MIGRATIONS[n]` turns schema n into schema n + 1. The data passed around is
{"project": <project.json tables>, "annotations": {<document id>: <annotations file tables>}}.
"""

from collections.abc import Callable
from typing import Any

from app.domain.errors import StoreError

Data = dict[str, Any]
MIGRATIONS: dict[int, Callable[[Data], Data]] = {}


def migrate(data: Data, version: int, target: int, migrations: dict[int, Callable[[Data], Data]] | None = None) -> Data:
    steps = MIGRATIONS if migrations is None else migrations
    for n in range(version, target):
        step = steps.get(n)
        if step is None:
            raise StoreError(f"no upgrade from project schema {n} to {n + 1}")
        data = step(data)
    return data
