"""Progress and Cancel for a sync: what it reports between HTTP requests, and how a cancelled one ends.

A sync calls `Ticker.tick` after each request (each `_changes` page, each file fetched or sent, each
`_bulk_docs` page). The caller's `progress(phase, done, total)` sees it (total 0: not known yet) and its
`cancelled()` is read there, so a cancel stops at a request boundary, where the state is consistent:
before the pull's one command nothing here has changed; after it, the push's checkpoint holds exactly the
pages the server acknowledged (docs/user/sync.md, "Progress and Cancel").
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from app.net.couch import SyncError

Progress = Callable[[str, int, int], None]
Cancelled = Callable[[], bool]

CHECKING = "Checking the server"
RECEIVING = "Receiving changes"
DECIDING = "Comparing what came in"
FETCHING = "Fetching files"
PREPARING = "Comparing with the last sync"
SENDING_FILES = "Sending files"
SENDING = "Sending changes"


@dataclass(frozen=True)
class Stopped:
    """Where a cancelled sync stopped: the counts its one line gives, for a front end that words it itself."""

    pulled: int = -1  # changes the pull applied here (-1: the pull had not been applied)
    sent: int = 0  # documents the server acknowledged
    to_send: int = -1  # documents the server lacked (-1: not asked yet)


class SyncCancelled(SyncError):
    """The analyst cancelled the sync; the project and the sync state are consistent and the next sync goes on.
    Its message is the CLI's English line; `stopped` holds the counts in it (None: before the sync began)."""

    def __init__(self, message: str, stopped: Stopped | None = None) -> None:
        super().__init__(message)
        self.stopped = stopped


@dataclass
class Ticker:
    progress: Progress | None = None
    cancelled: Cancelled | None = None
    pulled: int = -1  # changes the pull applied here (-1: the pull has not been applied)
    sent: int = 0  # documents (objects, deletions, files) the server has acknowledged
    to_send: int = -1  # documents the server lacks (-1: not asked yet)

    def tick(self, phase: str, done: int, total: int) -> None:
        """Report, then stop here if the caller asked to."""
        if self.progress is not None:
            self.progress(phase, done, total)
        self.check()

    def check(self) -> None:
        if self.wants_stop():
            raise SyncCancelled(self.outcome(), self.stopped())

    def wants_stop(self) -> bool:
        return self.cancelled is not None and self.cancelled()

    @property
    def pushing(self) -> bool:
        return self.pulled >= 0

    def stopped(self) -> Stopped:
        return Stopped(self.pulled, self.sent, self.to_send)

    def outcome(self) -> str:
        """The one line a cancelled sync ends with."""
        if not self.pushing:
            return "Sync cancelled; nothing was changed here, the next sync starts again"
        came_in = f"{self.pulled} change(s) in, " if self.pulled else ""
        if self.to_send < 0:
            return f"Sync cancelled; {came_in}nothing sent yet, the next sync sends what changed here"
        if self.sent < self.to_send:
            return f"Sync cancelled; {came_in}{self.sent} of {self.to_send} documents sent, the next sync sends the rest"
        return f"Sync cancelled; {came_in}all {self.to_send} documents sent, the next sync completes the checkpoint"


def interruptible(cancelled: Cancelled, poll: float = 0.05) -> Callable[[Callable[[], Any]], Any]:
    """A `blocking` for CouchClient that a cancel interrupts at once: each request runs on a helper thread while the
    caller waits for it or for `cancelled()`. A request cut off this way ends on its own and its reply is dropped:
    the sync state only lags behind the server, which the next sync re-checks (docs/user/sync.md)."""

    def call(request: Callable[[], Any]) -> Any:
        done = threading.Event()
        outcome: dict[str, Any] = {}

        def run() -> None:
            try:
                outcome["result"] = request()
            except BaseException as exc:  # noqa: BLE001 - raised again on the caller's thread
                outcome["error"] = exc
            finally:
                done.set()

        threading.Thread(target=run, name="sourcemark-sync-request", daemon=True).start()
        while not done.wait(poll):
            if cancelled():
                raise SyncCancelled("cancelled")
        if "error" in outcome:
            raise outcome["error"]
        return outcome.get("result")

    return call
