"""ProjectSession: the one way to change an open project. apply -> persist -> notify, with undo/redo.

If writing to disk fails, the in-memory change is reverted before the error propagates, so memory
always equals disk and a failed command never lands on the undo stack. Every committed command,
undo and redo is appended to the project's audit log by the same atomic commit.
"""

from collections import OrderedDict
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any

from app.domain.changes import Changes
from app.domain.clock import now_iso
from app.domain.errors import DomainError, StoreError
from app.domain.geometry import DocumentText
from app.domain.project import Project
from app.services.commands import Command, Executed
from app.store.project_store import ProjectStore
from app.store.transaction import Unfinished

Listener = Callable[[Changes], None]
UNDO_LIMIT = 500
TEXT_CACHE_SIZE = 8


class ProjectSession:
    def __init__(self, store: ProjectStore, *, analyst: str = "") -> None:
        self.store = store
        self.project: Project = store.load()
        self.project.name = store.name
        self.analyst = analyst
        self._undo: list[Command] = []
        self._redo: list[Command] = []
        self._listeners: list[Listener] = []
        self.passwords: dict[str, str] = {}  # document id -> password, kept in memory only
        self.texts: OrderedDict[str, DocumentText] = OrderedDict()  # text sha256 -> text, most recent last

    # -- opening -------------------------------------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path, name: str = "", *, analyst: str = "") -> "ProjectSession":
        return cls(ProjectStore.create(Path(folder), name or _project_name(Path(folder))), analyst=analyst)

    @classmethod
    def open(
        cls, folder: Path, *, analyst: str = "", read_only: bool = False, documents: Collection[str] | None = None
    ) -> "ProjectSession":
        """Open a project. `documents`: load only these documents' annotations (and their links), for a command
        that needs no others; () loads documents, claims, actors, sources and their links but no annotation.
        Such a session's project is a partial view: the store refuses a change that would need the rest."""
        return cls(ProjectStore.open(Path(folder), read_only=read_only, documents=documents), analyst=analyst)

    @property
    def complete(self) -> bool:
        """False for a session opened with `documents=` (its project holds only some annotations)."""
        return self.store.complete

    def load_all(self) -> None:
        """Read the annotations a scoped open left out; the project then holds everything (clears the undo history)."""
        if not self.store.complete:
            self.load_documents(self.store.unread_documents())

    def load_documents(self, documents: Collection[str]) -> None:
        """Read these documents' annotations too, when a scoped open left them out (clears the undo history)."""
        if documents:
            self.store.read_documents(documents)
            self.project = self.store.load()
            self.project.name = self.store.name
            self.clear_history()

    @classmethod
    def open_other(cls, folder: Path) -> "ProjectSession":
        """Another analyst's project folder as untrusted input: read-only, every file read safely (regular
        files inside the folder, size limits) and every record fully validated. Merge, agreement and sync
        read colleagues' projects only through this; DomainError/StoreError with one line on bad input."""
        folder = Path(folder)
        if not cls.is_project_folder(folder):
            raise DomainError(f"{folder} is not a Sourcemark project folder")
        return cls(ProjectStore.open(folder, untrusted=True))

    @staticmethod
    def is_project_folder(folder: Path) -> bool:
        return ProjectStore.is_project_folder(folder)

    @property
    def folder(self) -> Path:
        return self.store.folder

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.store.close()

    def release(self) -> None:
        """After close(): drop the project, cached texts and history now, so their memory is free before another
        project loads (a desk's year is ~750 MB). Whoever still holds the session (a window being deleted) sees
        an empty project."""
        self.project = Project(self.project.name)
        self.store.release()
        self.texts.clear()
        self.clear_history()

    def __enter__(self) -> "ProjectSession":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- listening -----------------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """`listener(changes)` runs after every command, undo and redo that reached the disk."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    # -- running commands ----------------------------------------------------------------------------------------
    def execute(self, command: Command) -> Executed:
        """Run a command built by a service; the one way a project changes (then undo/redo replay it)."""
        def settle() -> None:
            self._undo.append(command)
            del self._undo[:-UNDO_LIMIT]
            self._redo.clear()

        return Executed(self._run(command, "do", command.apply, command.revert, settle), command.created)

    def undo(self) -> Changes:
        if not self._undo:
            raise DomainError("nothing to undo")
        command = self._undo[-1]
        return self._run(command, "undo", command.revert, command.apply, lambda: self._redo.append(self._undo.pop()))

    def redo(self) -> Changes:
        if not self._redo:
            raise DomainError("nothing to redo")
        command = self._redo[-1]
        return self._run(command, "redo", command.apply, command.revert, lambda: self._undo.append(self._redo.pop()))

    def clear_history(self) -> None:
        self._undo.clear()
        self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def _run(self, command: Command, action: str, forward: Callable[[Project], Changes],
             back: Callable[[Project], Changes], settle: Callable[[], None]) -> Changes:
        with self.store.access:  # a sync's worker may be reading the folder (docs/architecture.md, threading)
            return self._run_locked(command, action, forward, back, settle)

    def _run_locked(
        self, command: Command, action: str, forward: Callable[[Project], Changes], back: Callable[[Project], Changes],
        settle: Callable[[], None],
    ) -> Changes:
        if self.store.read_only:
            raise DomainError("this project is open read-only")
        created: list[str] = []  # originals this run stored: a change that fails takes them back out
        try:
            self._write_files(command, created)  # originals and text caches first: a commit never names a missing file
            changes = forward(self.project)
        except BaseException:
            self._discard_originals(created)
            raise
        entry = self._audit_entry(command, action)
        try:
            self.store.commit(self.project, changes, entry)
        except Unfinished:
            # The store's journal holds the change and completes it later: memory and history keep it too.
            settle()
            self._notify(changes)
            raise
        except BaseException:
            back(self.project)  # memory must equal disk
            self._discard_originals(created)
            raise
        settle()
        self._notify(changes)
        return changes

    def _discard_originals(self, keys: list[str]) -> None:
        for key in keys:
            self.store.discard_original(key)

    def _write_files(self, command: Command, created: list[str]) -> None:
        for f in command.files:
            if f.data is None:
                if f.kind == "original" and self.store.original_path(f.key) is None:
                    raise StoreError("a stored original this change needs was removed from the project folder")
                continue  # written by an earlier run of this command (redo)
            if f.kind == "original":
                if self.store.original_path(f.key) is None:
                    created.append(f.key)
                self.store.put_original(f.data, f.key, f.suffix)
            else:
                if not self.store.has_text(f.key):
                    self.store.put_text(f.key, f.data)
                self.remember_text(f.key, f.data)
            f.written()  # on disk now: the undo history keeps the key, not the bytes

    def remember_text(self, key: str, text: DocumentText) -> None:
        """Keep a canonical text in the in-memory cache (GUI thread only: workers hand texts back)."""
        self.texts[key] = text
        self.texts.move_to_end(key)
        while len(self.texts) > TEXT_CACHE_SIZE:
            self.texts.popitem(last=False)

    def _notify(self, changes: Changes) -> None:
        for listener in list(self._listeners):
            listener(changes)

    def _audit_entry(self, command: Command, action: str) -> dict[str, Any]:
        changes = command.audit_changes()
        if action == "undo":
            changes = [{**c, "before": c["after"], "after": c["before"]} for c in reversed(changes)]
        base = {"time": now_iso(), "analyst": self.analyst, "action": action, "label": command.label, "changes": changes}
        return {**dict(command.audit), **base}  # extras (e.g. a merge's "analysts") never override the base fields


def _project_name(folder: Path) -> str:
    name = folder.name
    return name[: -len(".sourcemark")] if name.endswith(".sourcemark") else name
