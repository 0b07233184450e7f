"""Which sync server the user of this machine confirmed for which project folder (issue 29, item 4).

A project folder may come from someone else with a `sync.json` naming their server: syncing it as it is would
send the project, and the credentials in the environment, to a host the user never chose. So the URL a
project may sync with without naming it is kept here, outside every project: in
`$SOURCEMARK_CONFIG_DIR` (else `$XDG_CONFIG_HOME/sourcemark`, else `~/.config/sourcemark`), `sync-servers.json`,
keyed by the project folder's resolved path. Naming the URL (`sourcemark sync PROJECT URL`, a clone, or Yes
in the app's question) confirms it.
"""

import hashlib
import os
from pathlib import Path

import orjson

from app.domain.errors import StoreError
from app.store.fsio import atomic_write, reason

FILE = "sync-servers.json"
MAX_BYTES = 16 << 20


def config_dir() -> Path:
    explicit = os.environ.get("SOURCEMARK_CONFIG_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "sourcemark"


def _key(folder: Path) -> str:
    return hashlib.sha256(str(Path(folder).resolve()).encode("utf-8", "surrogatepass")).hexdigest()


def _read() -> dict[str, str]:
    path = config_dir() / FILE
    try:
        if path.stat().st_size > MAX_BYTES:
            return {}
        raw = orjson.loads(path.read_bytes())
    except (FileNotFoundError, orjson.JSONDecodeError):
        return {}  # nothing confirmed (a damaged file confirms nothing: the user names the URL again)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {reason(exc)}") from None
    return {k: v for k, v in raw.items() if isinstance(v, str)} if isinstance(raw, dict) else {}


def confirmed(folder: Path, url: str) -> bool:
    """True if the user of this machine named `url` for this project folder."""
    return bool(url) and _read().get(_key(folder)) == url


def confirm(folder: Path, url: str) -> None:
    """Remember that the user named `url` for this project folder."""
    known = _read()
    if known.get(_key(folder)) == url:
        return
    known[_key(folder)] = url
    path = config_dir() / FILE
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, orjson.dumps(known))
    except OSError as exc:
        raise StoreError(f"cannot save the confirmed server in {path}: {reason(exc)}") from None
