"""SearchWorker: runs a project search off the GUI thread and hands the hits over in batches.

The GUI thread builds the hit iterator (services.search.ProjectSearch.hits checks the query and takes
the list of documents then); this thread only pulls from it, which reads the documents' cached texts.
"""

import threading
from collections.abc import Iterator

from PySide6.QtCore import QObject, QThread, Signal

from app.domain.errors import SourcemarkError
from app.services.search import Hit

BATCH = 50  # hits per hand-over: the list fills as it goes without a signal per row


class SearchWorker(QThread):
    hitsFound = Signal(list)
    """Fires (queued to the GUI thread) with the next batch of hits, in document and text order."""

    def __init__(self, hits: Iterator[Hit], limit: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits = hits
        self.limit = limit
        self.cancel_event = threading.Event()
        self.count = 0
        self.more = False  # stopped at the limit with hits left
        self.error: str | None = None  # a one-line message when the search failed (a regex ran too long)

    def run(self) -> None:
        batch: list[Hit] = []
        try:
            for hit in self._hits:
                if self.cancel_event.is_set():
                    return
                if self.count >= self.limit:
                    self.more = True
                    break
                batch.append(hit)
                self.count += 1
                if len(batch) >= BATCH:
                    self.hitsFound.emit(batch)
                    batch = []
        except SourcemarkError as exc:
            self.error = str(exc)
        except Exception as exc:  # noqa: BLE001 - a bug must not die silently in a thread
            self.error = f"internal error: {type(exc).__name__}: {exc}"
        if batch and not self.cancel_event.is_set():  # what was found before a failure stays listed
            self.hitsFound.emit(batch)
