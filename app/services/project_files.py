"""Opening and creating projects, listings for the CLI, and writing export files safely."""

import os
import stat
import tempfile
from collections.abc import Collection
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError, SourcemarkError, StoreError
from app.domain.links import Kind
from app.domain.records import to_record
from app.exchange.json_native import SECTIONS, document_record
from app.services.labels import short
from app.services.session import ProjectSession
from app.store.schema import ANNOTATIONS_DIR, PROJECT_FILE

_KINDS = SECTIONS  # the listing names are the export's section names


def _umask() -> int:
    """The process umask; os.umask can only read it by setting it, so it is set straight back."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def usage(message: str) -> SourcemarkError:
    return DomainError(message)


def create_project(folder: Path, name: str = "", *, analyst: str = "") -> ProjectSession:
    return ProjectSession.create(Path(folder), name, analyst=analyst)


def open_project(
    folder: Path, *, analyst: str = "", read_only: bool = False, documents: Collection[str] | None = None
) -> ProjectSession:
    """`documents`: load only these documents' annotations (see ProjectSession.open); None: everything."""
    folder = Path(folder)
    if not folder.exists():
        raise StoreError(f"{folder} does not exist (create it with 'sourcemark new {folder}')")
    return ProjectSession.open(folder, analyst=analyst, read_only=read_only, documents=documents)


def newest_good_backup(folder: Path) -> str | None:
    """The name of the newest backup of a (damaged) project that reads cleanly, if any."""
    from app.store import backups

    found = backups.newest_good(Path(folder)) if Path(folder).is_dir() else None
    return found.name if found is not None else None


def restore_project(folder: Path, backup: str | None = None) -> str:
    """Put back a backup (by name; default the newest good one) of a project, damaged or not; its name."""
    from app.store import backups
    from app.store.project_store import ProjectStore

    folder = Path(folder)
    if not folder.is_dir():
        raise StoreError(f"{folder} does not exist")
    if backup is None:
        chosen = backups.newest_good(folder)
        if chosen is None:
            raise StoreError(f"{folder.name} has no good backup to restore")
    else:
        chosen = next((b for b in backups.list_backups(folder) if b.name == backup), None)
        if chosen is None:
            names = ", ".join(b.name for b in backups.list_backups(folder)) or "none"
            raise StoreError(f"{folder.name} has no backup named {backup!r} (backups: {names})")
    ProjectStore.recover(folder, chosen).close()
    return chosen.name


def looks_like_project(folder: Path) -> bool:
    """A folder with a project database file, readable or not (for telling damage from a wrong path)."""
    return ProjectSession.is_project_folder(Path(folder))


def project_folder_of(path: Path) -> Path | None:
    """The project a path names: a folder (a project or not, opening it says which), or a project's project.json,
    as a file manager or the desktop's recent list passes it; None for any other file (a document)."""
    path = Path(path)
    if not path.is_file():
        return path
    ours = path.name == PROJECT_FILE and (path.parent / ANNOTATIONS_DIR).is_dir()  # other tools name files so too
    return path.parent if ours else None


def listing_scope(kind: str, document_id: str | None = None) -> tuple[str, ...] | None:
    """The documents whose annotations `listing(kind)` needs: none for documents, claims, actors and sources."""
    if kind in ("documents", "claims", "actors", "sources"):
        return ()
    return (document_id,) if kind == "annotations" and document_id else None


def listing(session: ProjectSession, kind: str, *, document_id: str | None = None) -> list[dict[str, Any]]:
    project = session.project
    k = _KINDS[kind]
    if k is Kind.ANNOTATION:
        if document_id is not None and document_id not in project.documents:
            raise DomainError(f"no document with id {document_id}")
        doc_ids = [document_id] if document_id else sorted(project.documents, key=lambda d: project.documents[d].imported_at + d)
        objs: list[Any] = [a for d in doc_ids for a in project.annotations_of(d)]
    elif k is Kind.DOCUMENT:  # as the native export writes them (with published_doubtful when it applies)
        return [document_record(d) for d in sorted(project.documents.values(), key=lambda d: (d.imported_at, d.id))]
    else:
        objs = sorted(project.objects[k].values(), key=lambda o: o.id)
    return [to_record(o) for o in objs]


def one_line(kind: str, row: dict[str, Any]) -> str:
    """A tab-separated human summary of one listed record."""
    if kind == "documents":
        fields = [row["id"], row["kind"], str(row["pages"] or ""), row["title"]]
    elif kind == "annotations":
        fields = [row["id"], row["document_id"], str(row["start"]), str(row["end"]), row["status"], row["category"], short(row["exact"], 100)]
    elif kind == "claims":
        fields = [row["id"], row["verdict"], short(row["statement"], 100)]
    elif kind == "actors":
        fields = [row["id"], row["kind"], row["name"], "; ".join(row["aliases"])]
    elif kind == "sources":
        fields = [row["id"], f"{row['reliability']}{row['credibility']}", row["title"], row["url"]]
    else:
        fields = [row["id"], row["subject_kind"], row["subject_id"], row["relation"], row["object_kind"], row["object_id"], row["as_written"]]
    return "\t".join(fields)



def write_output(path: Path, content: str | bytes, *, bom: bool = False) -> None:
    """Write an export: atomically for a regular file (an interrupted export never leaves half a file under the
    final name), straight through for a character device or a FIFO (`-o /dev/null`, a pipe: replacing them by a
    regular file would break them for every other program), through a symlink to its target.

    Refused (StoreError) inside any project folder: an export must never overwrite a project's own files.
    mkstemp creates the temporary file 0600; an export is meant to be shared, so it gets the mode a
    plain open() would give it (0666 less the umask, 0644 typically)."""
    data = content if isinstance(content, bytes) else (("\ufeff" if bom else "") + content).encode("utf-8")
    target = Path(os.path.realpath(path))  # symlinks followed: the file written is the one the link names
    _refuse_inside_project(Path(path), target)
    try:
        kind = os.stat(target).st_mode
    except FileNotFoundError:
        kind = stat.S_IFREG
    except OSError as exc:
        raise StoreError(f"cannot write {path} ({exc.strerror or exc})") from None
    try:
        if stat.S_ISCHR(kind) or stat.S_ISFIFO(kind):
            _write_through(target, data)
        elif stat.S_ISREG(kind):
            _replace_atomically(target, data)
        else:
            raise StoreError(f"cannot write {path} (not a file)")
    except OSError as exc:
        raise StoreError(f"cannot write {path} ({exc.strerror or exc})") from None


def _refuse_inside_project(given: Path, target: Path) -> None:
    """The target's folder or any folder above it holds a project: refuse, whichever project it is."""
    for folder in target.parents:
        if _is_project_tree(folder):
            raise StoreError(f"refusing to write {given}: it is inside the project folder {folder} "
                             "(write exports outside any project)")


def _is_project_tree(folder: Path) -> bool:
    """A project database file next to one of the folders every project has: a stray project.json that an
    earlier export wrote into a plain folder does not make that folder a project."""
    from app.store import schema

    if not (folder / schema.PROJECT_FILE).is_file():
        return False
    return any((folder / name).is_dir() for name in (schema.ANNOTATIONS_DIR, schema.ORIGINALS_DIR, schema.BACKUPS_DIR))


def _write_through(target: Path, data: bytes) -> None:
    """Open the existing device or pipe for writing (never created, never truncated) and write everything."""
    fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
    with os.fdopen(fd, "wb") as out:
        out.write(data)


def _replace_atomically(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as out:
            if hasattr(os, "fchmod"):  # POSIX; Windows has no modes to fix
                os.fchmod(out.fileno(), 0o666 & ~_umask())
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
