"""SearchPanel: the "Search project" dock (Ctrl+Shift+F). A quote, a pattern or an actor across every document.

A result made current opens its document and selects the match there (hitActivated); the window
does the jumping, as it does for a highlight picked in the Annotations panel. The search runs in a
SearchWorker thread: results stream into the list as they are found, and Stop (or a new search) cancels.
"""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import SourcemarkError
from app.services.labels import document_label
from app.services.search import Hit, ProjectSearch
from app.ui.accessible import name_combo, name_line_edit
from app.ui.bridge import SessionBridge
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.panels.hit_delegate import HitDelegate, hit_parts
from app.ui.panels.search_worker import SearchWorker

MODES = [(QT_TRANSLATE_NOOP("SearchPanel", "Quote"), "quote",
          QT_TRANSLATE_NOOP("SearchPanel", "Words as written; case, accents and dashes ignored")),
         (QT_TRANSLATE_NOOP("SearchPanel", "Regular expression"), "regex",
          QT_TRANSLATE_NOOP("SearchPanel", "A Python regular expression, e.g. \\b\\d{1,3}(,\\d{3})+ troops")),
         (QT_TRANSLATE_NOOP("SearchPanel", "Actor"), "actor",
          QT_TRANSLATE_NOOP("SearchPanel", "An actor's name or alias: finds every name, alias and confirmed misspelling"))]
GUI_LIMIT = 2000  # rows in the list; the CLI has no such limit
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QWidget):
    hitActivated = Signal(str, int, int)
    """Fires with (document id, start, end) when the user makes a result current."""
    searchFinished = Signal()
    """Fires when a search has ended: all its hits are listed, it failed, or it was stopped."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.searcher = ProjectSearch(bridge.session)  # keeps the folded texts between searches
        self.field = QLineEdit(self)
        self.field.setPlaceholderText(self.tr("Search all documents…"))
        self.field.setClearButtonEnabled(True)
        name_line_edit(self.field, self.tr("Search all documents"))
        self.field.returnPressed.connect(self.run)
        self.mode = QComboBox(self)
        for label, value, tip in MODES:
            self.mode.addItem(self.tr(label), value)
            self.mode.setItemData(self.mode.count() - 1, self.tr(tip), Qt.ItemDataRole.ToolTipRole)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        name_combo(self.mode, self.tr("Search for"))
        self.button = QPushButton(self.tr("Search"), self)
        self.button.clicked.connect(self.run)
        self.stop_button = QPushButton(self.tr("Stop"), self)
        self.stop_button.setToolTip(self.tr("Stop the search; the results found so far stay listed"))
        self.stop_button.clicked.connect(self.stop)
        self.stop_button.setEnabled(False)
        self.worker: SearchWorker | None = None
        self._running: set[SearchWorker] = set()  # stopped ones too, until their thread has ended
        self.hits: list[Hit] = []
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long error must not widen the window
        self.results = QTreeWidget(self)
        self.results.setHeaderLabels([self.tr("Document"), self.tr("Page"), self.tr("Match")])
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results.setColumnWidth(0, 220)
        self.results.setItemDelegateForColumn(2, HitDelegate(self.results))  # the hit in bold in its context
        self.results.currentItemChanged.connect(self._on_current)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 3)
        row.addWidget(self.mode, 1)
        row.addWidget(self.button)
        row.addWidget(self.stop_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)

    def set_mode(self, mode: str) -> None:
        self.mode.setCurrentIndex(max(self.mode.findData(mode), 0))

    def focus(self) -> None:
        self.field.setFocus()
        self.field.selectAll()

    def run(self) -> None:
        """Start a search with the field and mode (stopping one under way); hits stream in, searchFinished ends it.

        What is wrong with the query is said at once, in one line under the field.
        """
        self.stop()
        self.results.clear()
        self.hits = []
        query = self.field.text()
        if not query.strip():
            self.status.setText("")
            self.searchFinished.emit()
            return
        try:
            hits = self.searcher.hits(query, mode=self.mode.currentData())
        except SourcemarkError as exc:
            self.status.setText(str(exc))
            self.searchFinished.emit()
            return
        self.worker = worker = SearchWorker(hits, GUI_LIMIT, self)
        worker.hitsFound.connect(self._add_hits)
        worker.finished.connect(lambda w=worker: self._finished(w))
        self._running.add(worker)
        self.status.setText(self.tr("Searching…"))
        self.stop_button.setEnabled(True)
        worker.start()

    def stop(self) -> None:
        """Cancel the search under way; its thread ends on its own and is then deleted."""
        worker, self.worker = self.worker, None
        if worker is None:
            return
        worker.cancel_event.set()
        worker.hitsFound.disconnect()
        self.stop_button.setEnabled(False)
        if worker.isRunning():
            self.searcher = ProjectSearch(self.bridge.session)  # the old thread may still use the old cache
            self.status.setText(self._summary(len(self.hits), len({h.document_id for h in self.hits}), False)
                                + self.tr(" (stopped)"))
        self.searchFinished.emit()

    def _add_hits(self, hits: list[Hit]) -> None:
        self.hits.extend(hits)
        items = []
        documents = self.bridge.session.project.documents
        for hit in hits:
            page = str(hit.pages[0] + 1) if hit.pages else ""
            doc = documents.get(hit.document_id)
            item = QTreeWidgetItem([document_label(doc) if doc is not None else hit.title, page, hit.snippet()])
            item.setData(0, HIT_ROLE, (hit.document_id, hit.start, hit.end))
            item.setData(2, HIT_ROLE, hit_parts(hit))
            item.setToolTip(2, hit.snippet(200))
            items.append(item)
        self.results.addTopLevelItems(items)
        self.status.setText(self.tr("Searching… {count} so far").format(count=len(self.hits)))

    def _finished(self, worker: SearchWorker) -> None:
        self._running.discard(worker)
        worker.deleteLater()
        if worker is not self.worker:
            return  # stopped or replaced: stop() has said so
        self.worker = None
        self.stop_button.setEnabled(False)
        if worker.error is not None:
            self.status.setText(worker.error)
        else:
            self.status.setText(self._summary(len(self.hits), len({h.document_id for h in self.hits}), worker.more))
        self.searchFinished.emit()

    def threads_running(self) -> int:
        """Search threads not yet ended (a stopped search's thread ends at its next hit or document)."""
        return len(self._running)

    def shutdown(self) -> None:
        """Before the window goes: stop every search thread and wait for it (a running QThread must not be destroyed)."""
        self.stop()
        for worker in list(self._running):
            worker.cancel_event.set()
            worker.wait()
        self._running.clear()

    def forget(self) -> None:
        """Drop the hits and the folded texts (the project is closing)."""
        self.shutdown()
        self.results.clear()
        self.hits = []
        self.searcher = ProjectSearch(self.bridge.session)

    @staticmethod
    def _summary(count: int, documents: int, more: bool) -> str:
        if not count:
            return QCoreApplication.translate("SearchPanel", "No matches.")
        text = QCoreApplication.translate("SearchPanel", "%Ln match(es)", "", count) + QCoreApplication.translate("SearchPanel", " in %Ln document(s)", "", documents)
        limit = GUI_LIMIT
        return text + (QCoreApplication.translate("SearchPanel", " (the first %Ln; narrow the search)", "", limit) if more else "")

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            doc, start, end = item.data(0, HIT_ROLE)
            self.hitActivated.emit(doc, start, end)

    def _mode_changed(self) -> None:
        names = sorted({n for a in self.bridge.session.project.actors.values() for n in a.names}, key=str.casefold)
        completer = QCompleter(names, self) if self.mode.currentData() == "actor" else None
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)  # type: ignore[arg-type]  # None removes it; PySide's stubs omit None
