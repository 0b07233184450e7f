"""What a sync reads of a project, and a copy of it a worker thread may read.

The GUI thread owns the session (docs/architecture.md, threading rules): a sync's worker gets a `SessionView`
made on the GUI thread, holding a snapshot of the project (its objects are frozen; only dicts and index sets are
copied) and the store behind the store's own lock, which commits take too. The CLI passes its session as it is.
"""

from typing import Any, cast

from app.services.session import ProjectSession
from app.store.project_store import ProjectStore


class _LockedStore:
    """The store's methods, each called holding `store.access`: a commit on the GUI thread waits for a read here."""

    def __init__(self, store: ProjectStore) -> None:
        self._store = store

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._store, name)
        if not callable(attr):
            return attr

        def locked(*args: Any, **kwargs: Any) -> Any:
            with self._store.access:
                return attr(*args, **kwargs)

        return locked


class SessionView:
    """A session as of now, for another thread: the project copied, the store locked per call. It stands in for a
    `ProjectSession` where a sync reads one (`as_session`): only these attributes are read there."""

    def __init__(self, session: ProjectSession) -> None:
        self.project = session.project.snapshot()
        self.folder = session.folder
        self.analyst = session.analyst
        self.passwords = dict(session.passwords)
        self.store = cast(ProjectStore, _LockedStore(session.store))

    def as_session(self) -> ProjectSession:
        return cast(ProjectSession, self)
