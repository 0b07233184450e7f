"""TextLoader: fetches a paged document's canonical text and geometry off the GUI thread.

Text extraction of a large PDF can take seconds; the page images do not need it, only selection
and find do. So the page view starts this after its first page has arrived. The service call is
built by `services.documents.text_job` on the GUI thread and touches neither the session nor the
store: the GUI thread caches the result in the session (`keep_text`) when `loaded` fires.
"""

from collections.abc import Callable

from PySide6.QtCore import QObject, QThread, Signal

from app.domain.geometry import DocumentText


class TextLoader(QThread):
    loaded = Signal()
    """Fires when `text` holds the DocumentText (no Python object crosses threads in the signal)."""
    failed = Signal(str)
    """Fires with a one-line message when the text cannot be read."""

    def __init__(self, load: Callable[[], DocumentText], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._load = load
        self.text: DocumentText | None = None

    def run(self) -> None:
        try:
            text = self._load()
        except Exception as exc:  # noqa: BLE001 - reported to the view as a message
            self.failed.emit(str(exc) or type(exc).__name__)
            return
        self.text = text
        self.loaded.emit()
