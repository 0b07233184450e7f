"""The one owner of a project's sync state (`sync.json` and `sync.log`, app.store.sync_state) during a sync:
it reads the state once, and every save of a sync goes through `save`, so the rule of when the state may be
written (only what the server acknowledged, docs/user/sync.md) lives with the code that moves revisions and
not in each place that moves them. Everything else asks it (`current`) or reads a snapshot (`read`)."""

from pathlib import Path

from app.store import sync_state
from app.store.sync_state import SyncState


class SyncStateSession:
    """The sync state of one project folder for one sync (or clone)."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.state = sync_state.read(self.folder)

    def for_server(self, url: str) -> SyncState:
        """The state for the server at `url`: another database than the one remembered starts over (revisions
        make re-sending harmless)."""
        if self.state.url and url != self.state.url:
            self.state = SyncState(url=url)
        self.state.url = url
        return self.state

    def save(self) -> None:
        """Record what the server holds now (a log line, or a new snapshot)."""
        sync_state.write(self.folder, self.state)

    def abandon(self) -> None:
        """A sync that failed: its state may hold unsaved steps, so the next sync starts from the files."""
        sync_state.forget(self.folder)


def read(folder: Path) -> SyncState:
    """The state as saved (for the status bar and a clone's resume check); not for writing."""
    return sync_state.read(Path(folder))
