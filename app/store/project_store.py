"""ProjectStore: open/load/commit/close of one project folder. The single writer of its files.

The parsed database files stay in memory (DbImage per file); a commit rewrites only the files its
Changes touch, through a write-ahead journal (transaction.py), so it is atomic across files and
durable when it returns. An annotations file is not rewritten: the change is appended to its .delta
(delta.py) until that passes its fold limit, so a write costs what it changes (issue 31).

A store opened with `documents=` reads project.json and only those documents' annotations files: a
command that adds a claim or a few highlights does not parse a whole project. Such a store refuses a
commit that would need a file it has not read (see plan.py), so it can never write a partial view;
new objects for a document it did not read are appended to that document's delta unread.
"""

import threading
from collections.abc import Collection
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

from app import __version__
from app.domain.changes import Changes
from app.domain.clock import now_iso
from app.domain.errors import DomainError, StoreError
from app.domain.geometry import DocumentText
from app.domain.project import Project
from app.store import audit as audit_log
from app.store import backups, checks, delta, journal, originals, safe_files, schema, texts, transaction, validation
from app.store import deletions as deletion_log
from app.store.database import DamagedFile, Database, delta_size, read_database, read_more
from app.store.delta import fold_limit
from app.store.fsio import atomic_write, reason, remove_stale_tmps
from app.store.image import DbImage
from app.store.journal import Journal
from app.store.loading import build_project, gc_paused, migrated, thaw
from app.store.lock import ProjectLock
from app.store.plan import Where, build_where, plan
from app.store.schema import (
    ANNOTATIONS_DIR,
    AUDIT_FILE,
    BACKUPS_DIR,
    META_TABLE,
    ORIGINALS_DIR,
    PROJECT_FILE,
    PROJECT_TABLES,
    TEXTS_DIR,
    sha256_name,
)
from app.store.storage import AtomicJSONStorage


class ProjectStore:
    def __init__(self, folder: Path, lock: ProjectLock | None) -> None:
        self.folder = folder
        self.read_only = lock is None
        self._lock = lock
        self.access = threading.RLock()  # held by whoever reads or writes the folder off the GUI thread, and by commits
        self._db = Database(DbImage())  # replaced by _read()
        self._where_cache: Where | None = None  # built on the first commit: reading needs no index
        self._overlay: dict[str, bytes | None] = {}
        self._seq = 0
        self._head: str | None = None  # the audit chain's head; read from the log when first needed
        self.name = ""
        self.schema_version = 0
        self._unfinished = False  # a failed commit whose journal must be completed before the next one
        self.untrusted = False  # set by open(untrusted=True)

    # -- opening -------------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, name: str) -> "ProjectStore":
        folder = Path(folder)
        if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
            raise StoreError(f"{folder} already exists and is not empty")
        try:
            for sub in (ANNOTATIONS_DIR, ORIGINALS_DIR, TEXTS_DIR, BACKUPS_DIR):
                (folder / sub).mkdir(parents=True, exist_ok=True)
            meta = {"schema_version": schema.SCHEMA_VERSION, "name": name, "created": now_iso(), "app_version": __version__}
            tables: dict[str, dict[str, Any]] = {t: {} for t in PROJECT_TABLES}
            tables[META_TABLE]["1"] = meta
            AtomicJSONStorage(folder / PROJECT_FILE).write(tables)
        except OSError as exc:
            raise StoreError(f"cannot create the project {folder.name}: {reason(exc)}") from None
        return cls.open(folder)

    @classmethod
    def open(cls, folder: Path, *, read_only: bool = False, untrusted: bool = False,
             documents: Collection[str] | None = None) -> "ProjectStore":
        """Open a project; `documents`: read only these documents' annotations (None: all, the default).
        `untrusted`: another analyst's folder (merge, agreement, sync), opened read-only and loaded through
        the full validation (app.store.validation) instead of the fast path for the project's own files."""
        if untrusted and documents is not None:
            raise ValueError("an untrusted project is validated whole: open it without documents=")
        folder = Path(folder)
        if not (folder / PROJECT_FILE).is_file() and not journal.exists(folder):
            raise StoreError(f"{folder.name} is not a Sourcemark project")
        store = cls(folder, None if read_only or untrusted else ProjectLock.acquire(folder))
        store.untrusted = untrusted
        try:
            store._open(documents)
        except BaseException:
            store.close()
            raise
        return store

    @staticmethod
    def is_project_folder(folder: Path) -> bool:
        """Whether `folder` holds a project database file (readable or damaged)."""
        return (Path(folder) / schema.PROJECT_FILE).is_file()

    @classmethod
    def recover(cls, folder: Path, backup: Path) -> "ProjectStore":
        """Restore `backup` into a project that cannot be opened (damaged files), then open it."""
        folder = Path(folder)
        lock = ProjectLock.acquire(folder)
        try:
            _restore_files(folder, Path(backup))
        finally:
            lock.release()
        return cls.open(folder)

    def _open(self, documents: Collection[str] | None = None) -> None:
        pending = journal.read(self.folder)
        if pending is not None and pending.schema_version > schema.SCHEMA_VERSION:
            raise self._newer(pending.schema_version)
        overlay: dict[str, bytes | None] | None = None
        if self.read_only:
            if pending is not None:  # a commit in flight or interrupted: read what it is making
                overlay = {**pending.writes, **{rel: None for rel in pending.deletes}, **self._appended(pending)}
        else:
            for sub in ("", ANNOTATIONS_DIR, ORIGINALS_DIR, TEXTS_DIR):
                (self.folder / sub).mkdir(exist_ok=True)
                remove_stale_tmps(self.folder / sub)
            try:
                if pending is not None:
                    transaction.roll_forward(self.folder, pending)
                else:
                    journal.clear(self.folder)  # torn: the commit never started changing files
            except OSError as exc:
                raise StoreError(f"cannot finish the last save of {self.folder.name}: {reason(exc)}") from None
        self._read(overlay, documents)
        if not self.read_only:
            try:
                backups.snapshot(self.folder, verify=True)  # parses each file it copies: a damaged file never enters a backup
            except DamagedFile as exc:
                raise StoreError(f"{self.folder.name}: {exc}. Nothing was changed; {backups.describe(self.folder)}") from None
            except OSError as exc:
                raise StoreError(f"cannot back up {self.folder.name}: {reason(exc)}") from None
        if self.schema_version < schema.SCHEMA_VERSION:
            self._upgrade()

    def _appended(self, pending: Journal) -> dict[str, bytes]:
        """The delta files as the pending journal makes them: what was there before it, then its appends."""
        out = {}
        for rel, (offset, data) in pending.appends.items():
            try:
                before = safe_files.read(self.folder / rel, self.folder, safe_files.MAX_DATABASE)[:offset]
            except FileNotFoundError:
                before = b""
            out[rel] = before + data
        return out

    def _read(self, overlay: dict[str, bytes | None] | None = None, documents: Collection[str] | None = None) -> None:
        self._overlay = overlay or {}
        try:
            with gc_paused():  # parsing builds a dict per record
                self._db = read_database(self.folder, overlay, documents)
        except DamagedFile as exc:
            raise StoreError(f"{self.folder.name}: {exc}. Nothing was changed; {backups.describe(self.folder)}") from None
        meta = self._db.meta
        version = meta.get("schema_version")
        if not isinstance(version, int) or isinstance(version, bool):
            raise StoreError(f"{self.folder.name} is not a Sourcemark project (no schema version)")
        if version > schema.SCHEMA_VERSION:
            raise self._newer(version)
        self.schema_version, self.name = version, str(meta.get("name", ""))
        self._where_cache = None
        self._seq = audit_log.last_seq(self.folder / AUDIT_FILE)
        self._head = None

    def _newer(self, version: int) -> StoreError:
        return StoreError(f"{self.folder.name} was written by a newer Sourcemark (schema {version}); update the app. "
                          f"Nothing was changed; {backups.describe(self.folder)}")

    def _upgrade(self) -> None:
        """Run the migrations (the open already took a backup) and, when writable, save the result."""
        old = self.schema_version
        self.read_all()  # a migration rewrites every file
        db = migrated(self._db, old, schema.SCHEMA_VERSION)
        if not self.read_only:
            writes = {rel: image.dumps() for rel, image in db.files().items()}
            deltas = [schema.delta_file(doc) for doc, (_, tail) in self._db.sizes.items() if tail]  # folded into writes
            entry = audit_log.chained({"time": now_iso(), "action": "upgrade", "from_schema": old, "seq": self._seq + 1},
                                      self._chain_head())
            previous = {rel: image.dumps() for rel, image in self._db.files().items()}
            transaction.run(self.folder, Journal(self._seq + 1, schema.SCHEMA_VERSION, entry, writes, deltas), previous.get)
            self._seq, self._head = self._seq + 1, entry["hash"]
            db.sizes = {doc: (len(writes[schema.annotations_file(doc)]), 0) for doc in db.annotations}
        self._db, self.schema_version = db, schema.SCHEMA_VERSION
        self._where_cache = None

    @property
    def _where(self) -> Where:
        """Object id -> the file holding it, per kind; built on first need (a commit), as reads never use it."""
        if self._where_cache is None:
            self._where_cache = build_where(self._db)
        return self._where_cache

    # -- reading -------------------------------------------------------------------------------------------------
    @property
    def complete(self) -> bool:
        """Whether every annotations file is read (always, unless opened with `documents=`)."""
        return self._db.complete

    def read_all(self) -> None:
        """Read the annotations files a scoped open left out; load() then returns the whole project."""
        self.read_documents(set(self._db.unread))

    def unread_documents(self) -> set[str]:
        """The documents whose annotations a scoped open left unread."""
        return set(self._db.unread)

    def read_documents(self, documents: Collection[str]) -> None:
        try:
            with gc_paused():
                read_more(self.folder, self._db, documents, self._overlay)
        except DamagedFile as exc:
            raise StoreError(f"{self.folder.name}: {exc}. Nothing was changed; {backups.describe(self.folder)}") from None
        self._where_cache = None

    def unread_holding(self, ids: Collection[str]) -> set[str]:
        """The documents whose annotations file (or delta) a scoped open left unread and that may hold one of
        `ids` (its bytes contain the id as a JSON string; ids need no escaping). A command that makes ids it
        did not draw at random (an import derives them from the foreign ones) asks before it writes, and
        reads those documents on a yes."""
        needles = [f'"{oid}"'.encode() for oid in ids]
        found: set[str] = set()
        for doc in sorted(self._db.unread) if needles else ():
            for rel in (schema.annotations_file(doc), schema.delta_file(doc)):
                raw = self._overlay.get(rel)
                if raw is None:
                    try:
                        raw = safe_files.read(self.folder / rel, self.folder, safe_files.MAX_DATABASE)
                    except FileNotFoundError:
                        continue
                if any(needle in raw for needle in needles):
                    found.add(doc)
                    break
        return found

    def load(self) -> Project:
        """The project as read: all of it, or project.json and the documents a scoped open named."""
        if self.untrusted:
            return validation.validated_project(self._db, self.name, self.folder.name)
        try:
            return build_project(self._db, self.name)
        except DomainError as exc:
            raise StoreError(f"{self.folder.name}: {exc}; {backups.describe(self.folder)}") from None

    def deleted(self) -> deletion_log.Deleted:  # (kind, id) -> the record it had when deleted
        return deletion_log.read(self.folder, writable=not self.read_only)

    def read_audit(self) -> list[dict[str, Any]]:
        return audit_log.read_all(self.folder / AUDIT_FILE)

    def read_audit_bytes(self) -> bytes:
        """The audit log as it is on disk (b"" when there is none yet), for hashing and chain checks."""
        try:
            return safe_files.read(self.folder / AUDIT_FILE, self.folder, safe_files.MAX_AUDIT)
        except FileNotFoundError:
            return b""
        except OSError as exc:
            raise StoreError(f"cannot read the audit log: {reason(exc)}") from None

    def original_sha256(self, sha256: str) -> str | None:
        """The SHA-256 of the stored copy named `sha256`, recomputed from its bytes; None when it is missing."""
        path = originals.find(self.folder, sha256)
        return None if path is None else originals.file_sha256(path)

    def original_path(self, sha256: str) -> Path | None:
        return originals.find(self.folder, sha256)

    def originals_listed(self) -> AbstractContextManager[None]:
        """A block in which looking up stored copies uses one listing of originals/ (originals.listed), for a
        read-only pass over every document."""
        return originals.listed(self.folder)

    def read_original(self, sha256: str) -> bytes | None:
        """The bytes of the stored copy named `sha256` (None when missing), checked against that hash:
        a regular file in the folder, under the size limit (StoreError otherwise)."""
        return originals.read(self.folder, sha256)

    def get_text(self, text_sha256: str) -> DocumentText | None:
        return texts.read_cache(self.text_path(text_sha256), text_sha256)

    def has_text(self, text_sha256: str) -> bool:
        return safe_files.is_regular(self.text_path(text_sha256), self.folder)

    def text_path(self, text_sha256: str) -> Path:
        """Where the text cache of `text_sha256` lives (read by workers without the store object)."""
        return self.folder / TEXTS_DIR / f"{sha256_name(text_sha256)}.smtext"

    def check(self) -> list[str]:
        return checks.check(self.folder, schema.SCHEMA_VERSION)

    def inspect(self) -> checks.Inspection:
        """check(), with the objects it validated. They are the disk's: while a commit is in flight a
        read-only open reads the files it is making instead, so then they are left out (None)."""
        found = checks.inspect(self.folder, schema.SCHEMA_VERSION)
        if self._overlay:
            found.objects = None
        return found

    @staticmethod
    def check_folder(folder: Path) -> list[str]:
        """check() of a project that cannot be opened (damaged records are what it lists)."""
        return checks.check(Path(folder), schema.SCHEMA_VERSION)

    def backups(self) -> list[Path]:
        """Backups, newest first."""
        return backups.list_backups(self.folder)

    # -- writing -------------------------------------------------------------------------------------------------
    def commit(self, project: Project, changes: Changes, audit: dict[str, Any] | None = None) -> None:
        self._writable()
        seq = self._seq + 1
        try:
            p = plan(self._db, self._where, project, changes)
            if self._fold_due(p.unread_docs()):  # read what must be folded, then plan again with it
                p = plan(self._db, self._where, project, changes)
            entry = audit_log.chained({"time": now_iso(), **(audit or {}), "seq": seq}, self._chain_head())
            audit_log.encode(entry)  # refuse an entry JSON cannot hold before anything is written
            files = p.files(seq, self._sizes)
            deletion_log.add_to(self.folder, files.appends, entry)  # in the same journal as the deletion itself
        except (DomainError, TypeError, ValueError) as exc:
            raise StoreError(f"cannot save: {exc}") from None

        def previous(rel: str) -> bytes | None:
            image = self._db.image(rel)
            return None if image is None else image.dumps()

        try:
            transaction.run(self.folder, Journal(seq, schema.SCHEMA_VERSION, entry, files.writes, files.deletes,
                                                 files.appends), previous)
        except transaction.Unfinished:
            p.apply()  # the journal holds this commit: memory follows it
            self._seq, self._head, self._unfinished = seq, entry["hash"], True
            raise
        p.apply()
        self._seq, self._head = seq, entry["hash"]

    def _sizes(self, doc: str) -> tuple[int, int]:
        known = self._db.sizes.get(doc)
        return known if known is not None else delta_size(self.folder, doc)

    def _fold_due(self, unread: set[str]) -> bool:
        """Read the unread documents whose delta is past its fold limit (so this commit folds it); True if any."""
        due = {doc for doc in unread if (size := self._sizes(doc))[1] > fold_limit(size[0])}
        if due:
            self.read_documents(due)
        return bool(due)

    def _chain_head(self) -> str:
        if self._head is None:
            try:
                self._head = audit_log.head(self.folder / AUDIT_FILE)
            except OSError as exc:
                raise StoreError(f"cannot read the audit log: {reason(exc)}; nothing was changed") from None
        return self._head

    def _finish_unfinished(self) -> None:
        if not self._unfinished:
            return
        pending = journal.read(self.folder)
        try:
            if pending is not None:
                transaction.roll_forward(self.folder, pending)
        except OSError as exc:
            raise StoreError(f"cannot finish the last save of {self.folder.name}: {reason(exc)}; nothing was changed") from None
        self._unfinished = False

    def put_original(self, data: bytes, sha256: str, suffix: str) -> Path:
        self._writable()
        return originals.put(self.folder, data, sha256, suffix)

    def discard_original(self, sha256: str) -> None:
        """Remove a copy put_original stored for a change that then failed (no record names it)."""
        self._writable()
        originals.discard(self.folder, sha256)

    def put_text(self, text_sha256: str, text: DocumentText) -> None:
        self._writable()
        name = sha256_name(text_sha256)
        data = texts.encode(text)
        if texts.decode(data, name) is None:
            raise StoreError("the text does not match its sha256; not cached")
        try:
            atomic_write(self.folder / TEXTS_DIR / f"{name}.smtext", data, durable=False)  # a cache: losing it is harmless
        except OSError as exc:
            raise StoreError(f"could not cache the document text: {reason(exc)}") from None

    def restore_backup(self, path: Path) -> None:
        """Put the database files back as they were in `path` (one of backups()); the current state is backed up first."""
        self._writable()
        _restore_files(self.folder, Path(path))
        self._read()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"{self.folder.name} is open read-only")
        if self._lock is None or not self._lock.held:
            raise StoreError(f"{self.folder.name} is closed")
        self._finish_unfinished()

    # -- closing -------------------------------------------------------------------------------------------------
    def close(self) -> None:
        if self._lock is not None:
            self._lock.release()
        thaw()  # what the open froze may now be garbage the collector must see

    def release(self) -> None:
        """After close(): drop the parsed files now (most of a big project's memory), before another project loads."""
        self._db, self._where_cache = Database(DbImage()), None

    def __enter__(self) -> "ProjectStore":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _restore_files(folder: Path, backup: Path) -> None:
    if backup.resolve() not in [b.resolve() for b in backups.list_backups(folder)]:
        raise StoreError(f"{backup} is not a backup of {folder.name}")
    files = {rel: (backup / rel).read_bytes() for rel in backups.backup_files(backup)}
    seq = audit_log.last_seq(backup / AUDIT_FILE) + 1  # before the snapshot below may prune `backup`
    # The backup's log replaces the current one, so the restore entry continues the backup's chain.
    prev = audit_log.head(backup / AUDIT_FILE)
    for rel, data in files.items():
        if rel != AUDIT_FILE:
            try:
                delta.check_file(rel, data)
            except ValueError as exc:
                raise StoreError(f"the backup {backup.name} is damaged too ({rel}: {exc})") from None
    try:
        backups.snapshot(folder)  # so the restore itself can be undone
        current = {rel: (folder / rel).read_bytes() for rel in backups.database_files(folder)}
    except OSError as exc:
        raise StoreError(f"cannot back up {folder.name} before restoring: {reason(exc)}") from None
    deletes = [rel for rel in current if rel not in files]
    entry = audit_log.chained({"time": now_iso(), "action": "restore", "backup": backup.name, "seq": seq}, prev)
    transaction.run(folder, Journal(seq, schema.SCHEMA_VERSION, entry, files, deletes), current.get)
