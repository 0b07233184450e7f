"""SearchPanel: the "Search project" dock (Ctrl+Shift+F). A quote, a pattern or an actor across every document.

A result made current opens its document and selects the match there (sig_hit_activated); the window
does the jumping, as it does for a highlight picked in the Annotations panel.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
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
from app.services.search import Hit, ProjectSearch
from app.ui.bridge import SessionBridge

MODES = [("Quote", "quote", "Words as written; case, accents and dashes ignored"),
         ("Regular expression", "regex", "A Python regular expression, e.g. \\b\\d{1,3}(,\\d{3})+ troops"),
         ("Actor", "actor", "An actor's name or alias: finds every name, alias and confirmed misspelling")]
GUI_LIMIT = 2000  # rows in the list; the CLI has no such limit
HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchPanel(QWidget):
    sig_hit_activated = Signal(str, int, int)
    """Fires with (document id, start, end) when the user makes a result current."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.searcher = ProjectSearch(bridge.session)  # keeps the folded texts between searches
        self.field = QLineEdit(self)
        self.field.setPlaceholderText("Search all documents…")
        self.field.setClearButtonEnabled(True)
        self.field.returnPressed.connect(self.run)
        self.mode = QComboBox(self)
        for label, value, tip in MODES:
            self.mode.addItem(label, value)
            self.mode.setItemData(self.mode.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.mode.currentIndexChanged.connect(self._mode_changed)
        self.button = QPushButton("Search", self)
        self.button.clicked.connect(self.run)
        self.status = QLabel("", self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # a long error must not widen the window
        self.results = QTreeWidget(self)
        self.results.setHeaderLabels(["Document", "Page", "Match"])
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setAlternatingRowColors(True)
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.results.setColumnWidth(0, 220)
        self.results.currentItemChanged.connect(self._on_current)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.field, 3)
        row.addWidget(self.mode, 1)
        row.addWidget(self.button)
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

    def run(self) -> list[Hit]:
        """Search with the field and mode; fills the list, or says in one line what is wrong with the query."""
        self.results.clear()
        query = self.field.text()
        if not query.strip():
            self.status.setText("")
            return []
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            hits = self.searcher.search(query, mode=self.mode.currentData(), limit=GUI_LIMIT + 1)
        except SourcemarkError as exc:
            self.status.setText(str(exc))
            return []
        finally:
            QGuiApplication.restoreOverrideCursor()
        shown = hits[:GUI_LIMIT]
        documents = {h.document_id for h in shown}
        self.status.setText(self._summary(len(shown), len(documents), len(hits) > GUI_LIMIT))
        items = []
        for hit in shown:
            page = str(hit.pages[0] + 1) if hit.pages else ""
            item = QTreeWidgetItem([hit.title, page, hit.snippet()])
            item.setData(0, HIT_ROLE, (hit.document_id, hit.start, hit.end))
            item.setToolTip(2, hit.snippet(200))
            items.append(item)
        self.results.addTopLevelItems(items)
        return shown

    @staticmethod
    def _summary(count: int, documents: int, more: bool) -> str:
        if not count:
            return "No matches."
        text = f"{count} match{'es' * (count != 1)} in {documents} document{'s' * (documents != 1)}"
        return text + (f" (the first {GUI_LIMIT}; narrow the search)" if more else "")

    def _on_current(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            doc, start, end = item.data(0, HIT_ROLE)
            self.sig_hit_activated.emit(doc, start, end)

    def _mode_changed(self) -> None:
        names = sorted({n for a in self.bridge.session.project.actors.values() for n in a.names}, key=str.casefold)
        completer = QCompleter(names, self) if self.mode.currentData() == "actor" else None
        if completer is not None:
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
