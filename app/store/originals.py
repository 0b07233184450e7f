"""originals/<sha256><.ext>: content-addressed copies of imported files, never overwritten; deleted only when
the change that stored one fails."""

import hashlib
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from app.domain.errors import StoreError
from app.store import safe_files
from app.store.fsio import atomic_write
from app.store.schema import ORIGINALS_DIR, TMP_SUFFIX, sha256_name

_EXT = re.compile(r"[a-z0-9]{1,10}")


def clean_suffix(suffix: str) -> str:
    """".PDF" -> ".pdf"; anything that is not a short alphanumeric extension ("../x", ".p df") -> ""."""
    ext = suffix.rsplit(".", 1)[-1].lower() if suffix else ""
    return f".{ext}" if _EXT.fullmatch(ext) else ""


# folder -> {name: the entries find() tries for it}, while a `listed` block runs (a read-only pass)
_LISTINGS: ContextVar[dict[Path, dict[str, list[Path]]] | None] = ContextVar("originals_listings", default=None)


@contextmanager
def listed(folder: Path) -> Iterator[None]:
    """Within this block find() in `folder` looks names up in one listing of originals/, made on entry,
    instead of a glob of the folder per call: check asks for each document's original three times, and
    1,500 globs of a folder of 500 originals took about a second. For read-only passes (a copy another
    process stores meanwhile is not seen); put() and discard() here drop the listing."""
    listings = _LISTINGS.get()
    if listings is not None and folder in listings:
        yield
        return
    root = folder / ORIGINALS_DIR
    names: dict[str, list[Path]] = {}
    try:
        with os.scandir(root) as entries:
            for entry in entries:
                stem = entry.name.split(".", 1)[0]
                if entry.name == stem:  # no extension: find() tries it first
                    names.setdefault(stem, []).insert(0, root / entry.name)
                elif stem:
                    names.setdefault(stem, []).append(root / entry.name)
    except OSError:
        names = {}  # no folder (or none readable): nothing is found, as the glob finds nothing
    token = _LISTINGS.set({**(listings or {}), folder: names})
    try:
        yield
    finally:
        _LISTINGS.reset(token)


def _forget(folder: Path) -> None:
    listings = _LISTINGS.get()
    if listings is not None:
        listings.pop(folder, None)


def find(folder: Path, sha256: str) -> Path | None:
    name = sha256_name(sha256)
    root = folder / ORIGINALS_DIR
    listing = (_LISTINGS.get() or {}).get(folder)
    candidates = (root / name, *root.glob(f"{name}.*")) if listing is None else listing.get(name, ())
    for candidate in candidates:
        if safe_files.is_regular(candidate, folder) and not candidate.name.endswith(TMP_SUFFIX):
            return candidate
    return None


def read(folder: Path, sha256: str) -> bytes | None:
    """The stored copy's bytes, or None when there is none; StoreError when it is not a regular file in the
    folder, is over the size limit, or its bytes do not hash to its name (changed or forged)."""
    path = find(folder, sha256)
    if path is None:
        return None
    data = safe_files.read(path, folder, safe_files.MAX_ORIGINAL)
    if hashlib.sha256(data).hexdigest() != sha256_name(sha256):
        raise StoreError(f"{ORIGINALS_DIR}/{path.name}: content does not match its sha256 (changed or damaged)")
    return data


def put(folder: Path, data: bytes, sha256: str, suffix: str) -> Path:
    name = sha256_name(sha256)
    if hashlib.sha256(data).hexdigest() != name:
        raise StoreError("the file changed while it was being imported (its sha256 does not match)")
    existing = find(folder, name)
    if existing is not None:
        return existing  # same bytes already stored: content addressing makes this idempotent
    path = folder / ORIGINALS_DIR / f"{name}{clean_suffix(suffix)}"
    path.parent.mkdir(exist_ok=True)
    _forget(folder)
    try:
        atomic_write(path, data)
    except OSError as exc:
        raise StoreError(f"could not copy the file into the project: {exc.strerror}") from None
    return path


def discard(folder: Path, sha256: str) -> None:
    """Remove the copy just stored for a change that failed before any record named it; best effort (a copy
    left behind is harmless, only untidy)."""
    path = find(folder, sha256)
    if path is not None:
        _forget(folder)
        try:
            path.unlink()
        except OSError:
            pass


def tampered(folder: Path) -> list[str]:
    """Stored originals whose bytes no longer hash to their name."""
    problems = []
    for path in sorted((folder / ORIGINALS_DIR).glob("*")):
        if path.name.startswith(".") or path.is_dir() and not path.is_symlink():
            continue
        stem = path.name.split(".", 1)[0]
        try:
            if safe_files.sha256(path, folder, safe_files.MAX_ORIGINAL) != stem:
                problems.append(f"{ORIGINALS_DIR}/{path.name}: content does not match its sha256 (changed or damaged)")
        except StoreError as exc:
            problems.append(str(exc))
        except OSError as exc:
            problems.append(f"{ORIGINALS_DIR}/{path.name}: cannot be read ({exc.strerror or exc})")
    return problems


def file_sha256(path: Path) -> str:
    """SHA-256 of a stored copy, streamed; the copy must be a regular file of its project (StoreError)."""
    return safe_files.sha256(path, path.parent.parent, safe_files.MAX_ORIGINAL)
