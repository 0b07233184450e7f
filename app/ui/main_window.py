"""MainWindow: the document view in the centre, panels in docks, menus. Wiring only.

Every change goes command -> session -> Changes -> bridge.projectChanged, and each model and panel
refreshes itself from that signal; the window never refreshes views by hand.
"""

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QInputDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from app.domain.links import Kind
from app.ui import actions, pane_cycle
from app.ui.application import apply_scheme
from app.ui.bridge import SessionBridge
from app.ui.dialogs.errors import show_error
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.document_view.document_view import DocumentView
from app.ui.models.actors_model import ActorsModel
from app.ui.models.annotations_model import AnnotationsModel
from app.ui.models.claims_model import VERDICTS, ClaimsModel
from app.ui.models.documents_model import DocumentsModel
from app.ui.models.sources_model import CREDIBILITY_CHOICES, RELIABILITY_CHOICES, SourcesModel
from app.ui.palette import CategoryColors
from app.ui.panels.annotations_panel import AnnotationsPanel
from app.ui.panels.combo_delegate import ComboDelegate
from app.ui.panels.entity_panel import EntityPanel
from app.ui.panels.graph_panel import GraphPanel
from app.ui.panels.inspector import Inspector
from app.ui.panels.orphans_panel import OrphansPanel
from app.ui.panels.reanchor_bar import ReanchorBar
from app.services.ocr import installed_languages
from app.ui.panels.search_panel import SearchPanel
from app.ui.ocr_runner import OcrRunner
from app.ui.project_io import ProjectIO
from app.ui.team import TeamWork
from app.ui.reader_controller import ReaderController
from app.ui.settings import AppSettings

SELECTION_ACTIONS = ("highlight", "claim", "actor", "source")
WRITE_ACTIONS = ("add", "replace", "details", "import", "mentions", "merge", "merge_project", "ocr")


class MainWindow(QMainWindow):
    sig_new_project_requested = Signal()
    """Fires when the user asks for a new project (the launcher owns projects and windows)."""
    sig_open_project_requested = Signal(str)
    """Fires with a project folder to open, or "" to ask the user for one."""
    sig_demo_requested = Signal()
    """Fires when the user asks to open the demo project."""

    def __init__(self, bridge: SessionBridge, settings: AppSettings, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.settings = settings
        self.colors = colors
        self.read_only = bridge.session.read_only
        self.setAcceptDrops(not self.read_only)
        self.view = DocumentView(bridge, colors, self)
        self.bar = ReanchorBar(bridge, self)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.reader = ReaderController(bridge, self.view, self, self.select_annotation)
        self.io = ProjectIO(bridge, self, settings)
        self.team = TeamWork(bridge, self)
        self.ocr = OcrRunner(bridge, settings.ocr_languages, self)
        self.io.run_ocr = self.ocr.run  # the summary after adding a scan offers OCR
        self._make_panels()
        self.actions_by_name = actions.install(self)
        self._make_docks()
        self._connect()
        pane_cycle.install(self, self.panes)
        self._find_text = ""
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # includes the folder name
        self.statusBar().addPermanentWidget(self.status)
        self._update_status()
        self.refresh_recent()
        self.setWindowTitle(self.title())
        self.resize(1440, 900)
        self._update_actions()

    # -- construction --------------------------------------------------------------------------------------------
    def _make_panels(self) -> None:
        b = self.bridge
        self.documents_panel = EntityPanel(DocumentsModel(b, self), "Search documents…", self)
        self.annotations_panel = AnnotationsPanel(AnnotationsModel(b, self.colors, self), self)
        self.claims_panel = EntityPanel(ClaimsModel(b, self), "Search claims…", self)
        self.claims_panel.view.setItemDelegateForColumn(1, ComboDelegate(VERDICTS, self.claims_panel.view))
        self.claims_panel.view.edit_column = 1  # F2 or Enter edits the verdict
        self.actors_panel = EntityPanel(ActorsModel(b, self), "Search actors…", self, stretch=-1)
        self.actors_panel.add_button("Mentions", "Find all mentions of this actor in the open document",
                                     lambda: self.reader.find_mentions(self.actors_panel.current_id()))
        self.actors_panel.add_button("Merge", "Merge the selected actors",
                                     lambda: self.reader.merge(self.actors_panel.selected_ids()))
        self.sources_panel = EntityPanel(SourcesModel(b, self), "Search sources…", self, stretch=0)
        self.sources_panel.view.setItemDelegateForColumn(2, ComboDelegate(RELIABILITY_CHOICES, self.sources_panel.view))
        self.sources_panel.view.setItemDelegateForColumn(3, ComboDelegate(CREDIBILITY_CHOICES, self.sources_panel.view))
        self.inspector = Inspector(b, self)
        self.orphans_panel = OrphansPanel(b, lambda: self.view.selection(), self)
        self.graph_panel = GraphPanel(b, self.colors, self)
        self.search_panel = SearchPanel(b, self)

    def _make_docks(self) -> None:
        left, right, bottom = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                               Qt.DockWidgetArea.BottomDockWidgetArea)
        self.docks: dict[str, QDockWidget] = {}
        for name, title, widget, area in [
            ("project", "&Project", self.documents_panel, left),
            ("claims", "&Claims", self.claims_panel, left),
            ("inspector", "&Inspector", self.inspector, right),
            ("actors", "&Actors", self.actors_panel, right),
            ("sources", "&Sources", self.sources_panel, right),
            ("annotations", "A&nnotations", self.annotations_panel, bottom),
            ("orphans", "&Orphans", self.orphans_panel, bottom),
            ("graph", "Evidence &graph", self.graph_panel, bottom),
            ("search", "Sea&rch project", self.search_panel, bottom),
        ]:
            dock = QDockWidget(title.replace("&", ""), self)
            dock.setObjectName(f"{name}Dock")  # saveState/restoreState find docks by object name
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
            dock.toggleViewAction().setText(title)  # with its access key, unique in View > Panels
            self.panels_menu.addAction(dock.toggleViewAction())
        self.tabifyDockWidget(self.docks["actors"], self.docks["sources"])
        self.docks["actors"].raise_()
        for name in ("orphans", "graph", "search"):
            self.tabifyDockWidget(self.docks["annotations"], self.docks[name])
        self.docks["annotations"].raise_()
        self.docks["orphans"].hide()
        self.docks["search"].hide()  # Ctrl+Shift+F shows it
        self.resizeDocks([self.docks["project"], self.docks["inspector"]], [380, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([self.docks["project"], self.docks["claims"]], [150, 450], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["inspector"], self.docks["actors"]], [300, 300], Qt.Orientation.Vertical)
        self.resizeDocks([self.docks["annotations"]], [220], Qt.Orientation.Vertical)

    def _connect(self) -> None:
        self.view.annotationClicked.connect(self.select_annotation)
        self.view.selectionChanged.connect(self._update_actions)
        self.annotations_panel.sig_selected.connect(self.select_annotation)
        self.orphans_panel.sig_selected.connect(self.select_annotation)
        self.documents_panel.sig_selected.connect(self.open_document)
        self.documents_panel.sig_selected.connect(lambda oid: self.graph_panel.show_object(Kind.DOCUMENT, oid))
        for kind, panel in ((Kind.CLAIM, self.claims_panel), (Kind.ACTOR, self.actors_panel), (Kind.SOURCE, self.sources_panel)):
            panel.sig_selected.connect(lambda oid, k=kind: self.inspector.show_object(k, oid))
            panel.sig_selected.connect(lambda oid, k=kind: self.graph_panel.show_object(k, oid))
            panel.sig_activated.connect(lambda oid, k=kind: self.annotations_panel.show_linked_to(k, oid))
        self.docks["graph"].visibilityChanged.connect(self.graph_panel.set_active)
        self.graph_panel.sig_object_activated.connect(lambda kind, oid: self.select_object(Kind(kind), oid))
        self.inspector.sig_object_activated.connect(lambda kind, oid: self.select_object(Kind(kind), oid))
        self.search_panel.sig_hit_activated.connect(self.show_search_hit)
        self.bar.sig_show_orphans.connect(lambda _doc: (self.docks["orphans"].show(), self.docks["orphans"].raise_()))
        self.bridge.errorOccurred.connect(lambda message: show_error(self, message))
        self.ocr.finished.connect(lambda message: self.statusBar().showMessage(message, 15_000))
        self.ocr.recognised.connect(self.bar.report_ocr)
        self.bridge.projectChanged.connect(lambda _changes: self._update_actions())
        self.bridge.projectChanged.connect(lambda _changes: self._update_status())

    # -- state ---------------------------------------------------------------------------------------------------
    def title(self) -> str:
        name = self.bridge.session.project.name or self.bridge.session.folder.name
        return f"{name}{' (read-only)' if self.read_only else ''} – Sourcemark"

    def panes(self) -> list[QWidget]:
        """What F6 moves between: the reader, then the docks left, right and bottom (the shown tab of each group)."""
        return [self.view, *(dock.widget() for dock in self.docks.values())]

    def _update_actions(self) -> None:
        has_doc = self.view.current_document() is not None
        has_selection = self.view.selection() is not None or self.view.region_selection() is not None
        for name in SELECTION_ACTIONS:
            self.actions_by_name[name].setEnabled(has_selection and not self.read_only)
        for name in WRITE_ACTIONS:
            self.actions_by_name[name].setEnabled(not self.read_only)
        for name in ("find", "find_next", "zoom_in", "zoom_out", "fit"):
            self.actions_by_name[name].setEnabled(has_doc)

    def _update_status(self) -> None:
        p = self.bridge.session.project
        counts = [(len(p.documents), "document"), (len(p.annotations), "highlight"), (len(p.claims), "claim"),
                  (len(p.actors), "actor"), (len(p.sources), "source")]
        self.status.setText(" · ".join(f"{n} {word}{'s' * (n != 1)}" for n, word in counts)
                            + f" · saved in {self.bridge.session.folder}")

    def refresh_recent(self) -> None:
        actions.fill_recent(self.recent_menu, self.settings.recent_projects(), self.sig_open_project_requested.emit)

    def restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_window_state(self.saveGeometry(), self.saveState())
        self.remember_place()
        # Stop the page view's render and text threads now: a QThread destroyed while running aborts the process.
        self.view.show_document(None)
        super().closeEvent(event)

    # -- gestures ------------------------------------------------------------------------------------------------
    def open_document(self, document_id: str | None) -> None:
        self.remember_place()
        self.view.show_document(document_id)
        self.inspector.follow_document(document_id)
        self.bar.follow_document(document_id)
        if document_id and self.view.current_document() == document_id:
            self.settings.set_last_document(self.bridge.session.folder, document_id)
            self.view.restore_place(self.settings.reading_place(self.bridge.session.folder, document_id))
        if document_id:
            self.documents_panel.select(document_id)
        self._update_actions()

    def remember_place(self) -> None:
        """Keep where the reader is in the open document, to come back there (per project and document)."""
        doc = self.view.current_document()
        if doc:
            self.settings.set_reading_place(self.bridge.session.folder, doc, self.view.place())

    def select_annotation(self, annotation_id: str) -> None:
        """Keep the view, the Annotations panel and the inspector on the same highlight."""
        ann = self.bridge.session.project.annotations.get(annotation_id)
        if ann is None:
            return
        if self.view.current_document() != ann.document_id:
            self.open_document(ann.document_id)
        self.view.select_annotation(annotation_id)
        self.annotations_panel.select(annotation_id)
        self.inspector.show_annotation(annotation_id)
        self.graph_panel.show_object(Kind.ANNOTATION, annotation_id)

    def select_object(self, kind: Kind, oid: str) -> None:
        """Make any object the selection everywhere: its panel row, the inspector, the graph (or the view)."""
        if kind is Kind.ANNOTATION:
            self.select_annotation(oid)
            return
        if kind is Kind.DOCUMENT:
            self.open_document(oid)
            self.graph_panel.show_object(kind, oid)
            return
        panel = {Kind.CLAIM: self.claims_panel, Kind.ACTOR: self.actors_panel, Kind.SOURCE: self.sources_panel}[kind]
        panel.select(oid)
        dock = {Kind.CLAIM: "claims", Kind.ACTOR: "actors", Kind.SOURCE: "sources"}[kind]
        self.docks[dock].raise_()  # actors and sources share a tab
        self.inspector.show_object(kind, oid)
        self.graph_panel.show_object(kind, oid)

    def search_project(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search_panel.focus()

    def show_search_hit(self, document_id: str, start: int, end: int) -> None:
        """Open the document of a search result and select the match (as a click on a highlight would)."""
        self.view.show_range(document_id, start, end)
        self.inspector.follow_document(document_id)
        self.bar.follow_document(document_id)
        self.documents_panel.select(document_id)
        self._update_actions()

    def add_documents(self) -> None:
        added = self.io.choose_and_add()
        if added:
            self.open_document(added[-1])

    def find_text(self, again: bool = False) -> None:
        if not again or not self._find_text:
            text, ok = QInputDialog.getText(self, "Find", "Find in document:", text=self._find_text)
            if not ok or not text:
                return
            self._find_text = text
        if not self.view.find(self._find_text):
            self.statusBar().showMessage(f"“{self._find_text}” not found", 3000)

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings.analyst(self.bridge.session.analyst), self.colors.overrides, self,
                                ocr_languages=self.settings.ocr_languages(), installed=installed_languages(),
                                scheme=self.settings.color_scheme())
        if dialog.exec():
            analyst, colors = dialog.values()
            self.settings.set_analyst(analyst)
            self.settings.set_colors(colors)
            self.settings.set_ocr_languages(dialog.ocr_languages())
            self.settings.set_color_scheme(dialog.color_scheme())
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_scheme(app, dialog.color_scheme())
            self.bridge.session.analyst = analyst
            self.colors.overrides.clear()
            self.colors.overrides.update(self.settings.colors())
            self.view.show_document(self.view.current_document())  # repaint highlights in the new colours
            self.annotations_panel.model.reset()

    # -- drag and drop -------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self.read_only and _local_files(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_files(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.drop_files(paths)

    def drop_files(self, paths: list[Path]) -> None:
        added = self.io.add_files(paths)
        if added:
            self.open_document(added[-1])


def _local_files(mime: QMimeData) -> list[Path]:
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
