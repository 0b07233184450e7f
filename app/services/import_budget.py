"""A time and work budget for importing foreign (W3C, Hypothesis) annotations.

A quote that is not in the text costs an approximate search of the whole text (about 5-20 ms on a long
article), so a file of many long unmatched quotes could run for most of an hour. The budget stops the import
cleanly (nothing is imported) with one line, once it has run past its time or has searched more text than the
work budget allows; progress is reported once per annotation."""

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from app.domain.errors import DomainError

MAX_SECONDS = 120.0
MAX_SEARCHED = 3_000_000_000  # characters of text searched approximately (~20,000 searches of a 150 kB article, 1-2 min)


def now() -> float:
    return time.monotonic()


class ImportStopped(DomainError):
    """The import ran past its budget; nothing was imported."""


@dataclass
class ImportBudget:
    seconds: float = MAX_SECONDS
    searched: int = MAX_SEARCHED
    progress: Callable[[int, int], None] | None = None  # (annotations done, annotations in the file)
    clock: Callable[[], float] | None = None  # default: now(); a test drives its own
    used: int = field(default=0, init=False)
    _started: float | None = field(default=None, init=False)
    _total: int = field(default=0, init=False)

    def _time(self) -> float:
        return (self.clock or now)()

    def start(self, total: int) -> None:
        self._started, self._total, self.used = self._time(), total, 0

    def charge(self, characters: int) -> None:
        """One approximate search through `characters` of text."""
        self.used += characters

    def step(self, done: int) -> None:
        """Before annotation `done` + 1: stop when over budget, else report progress."""
        if self._started is None:
            self.start(self._total)
        elapsed = self._time() - (self._started or 0.0)
        if elapsed > self.seconds:
            self._stop(done, f"it ran past its time budget of {self.seconds:g} s")
        if self.used > self.searched:
            self._stop(done, f"it searched more text than its work budget ({self.searched:,} characters)")
        if self.progress is not None:
            self.progress(done, self._total)

    def _stop(self, done: int, why: str) -> None:
        raise ImportStopped(f"import stopped after {done} of {self._total} annotations: {why}; nothing was imported "
                            "(import the file in parts, or allow more time with --time-limit)")
