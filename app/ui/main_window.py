"""MainWindow: the document view in the centre, panels in docks, menus. Wiring only.

Every change goes command -> session -> Changes -> bridge.projectChanged, and each model and panel
refreshes itself from that signal; the window never refreshes views by hand.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QDockWidget, QMainWindow, QVBoxLayout, QWidget

from app.domain.links import Kind
from app.services import annotate
from app.services.ocr import installed_languages
from app.ui import actions, dock_layout, pane_cycle, status_slot
from app.ui.action_states import ReaderState, disabled_reasons
from app.ui.bridge import SessionBridge
from app.ui.dialogs.about_dialog import about_box
from app.ui.dialogs.errors import Button, ask, show_error, user_errors
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.document_view.document_view import DocumentView
from app.ui.export_notice import ExportNotice
from app.ui.jobs.capture_runner import CaptureRunner
from app.ui.jobs.ocr_runner import OcrRunner
from app.ui.jobs.sync_runner import SyncRunner
from app.ui.models.actors_model import ActorsModel
from app.ui.models.annotations_model import AnnotationsModel
from app.ui.models.claims_model import ClaimsModel, verdict_choices
from app.ui.models.documents_model import DocumentsModel
from app.ui.models.sources_model import CREDIBILITY_CHOICES, RELIABILITY_CHOICES, SourcesModel
from app.ui.palette import CategoryColors
from app.ui.panel_menus import PanelMenus
from app.ui.panels.annotations_panel import AnnotationsPanel
from app.ui.panels.combo_delegate import ComboDelegate
from app.ui.panels.entity_panel import EntityPanel
from app.ui.panels.graph_panel import GraphPanel
from app.ui.panels.inspector import Inspector
from app.ui.panels.orphans_panel import OrphansPanel
from app.ui.panels.reanchor_bar import ReanchorBar
from app.ui.panels.search_panel import SearchPanel
from app.ui.project_io import EXPORTS, ProjectIO
from app.ui.purge_deletion import PurgeDeletion
from app.ui.reader_controller import ReaderController
from app.ui.selection import follow
from app.ui.shell import window_place
from app.ui.shell.application import apply_scheme
from app.ui.shell.settings import AppSettings
from app.ui.status_slot import ElidedLabel
from app.ui.team import TeamWork


class MainWindow(QMainWindow):
    newProjectRequested = Signal()
    """Fires when the user asks for a new project (the launcher owns projects and windows)."""
    openProjectRequested = Signal(str)
    """Fires with a project folder to open, or "" to ask the user for one."""
    demoRequested = Signal()
    """Fires when the user asks to open the demo project."""

    def __init__(self, bridge: SessionBridge, settings: AppSettings, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The window owns its bridge. The lambdas the window and its panels connect to the bridge's signals
        # hold the window, and Qt keeps them in the bridge's C++ object, out of the collector's sight: an
        # unparented bridge kept every closed window, and with it its whole project, alive (640 MB per
        # switch at 250,000 annotations). Deleted with the window, the bridge lets them go.
        bridge.setParent(self)
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
        self.export_notice = ExportNotice(self)
        self.io = ProjectIO(bridge, self, settings, self.export_notice.show_written)
        self.team = TeamWork(bridge, self)
        self.ocr = OcrRunner(bridge, settings.ocr_languages, self)
        self.capture = CaptureRunner(bridge, self)
        self.io.run_ocr = self.ocr.run  # the summary after adding a scan offers OCR
        self.sync = SyncRunner(bridge, self)
        self.sync.set_interval(settings.sync_minutes())
        self.purging = PurgeDeletion(bridge, self.sync, self)
        self._make_panels()
        installed = actions.install(self, self._slots(), bridge.undo_stack, self._export_slots())
        self.actions_by_name = installed.actions
        self.recent_menu, self.panels_menu = installed.recent_menu, installed.panels_menu
        self._make_docks()
        self._connect()
        self.pane_mark = pane_cycle.install(self, self.panes)
        self.status = ElidedLabel(self)  # counts and the folder: elided, never over the message slot
        self.messages = status_slot.install(self.statusBar(), self.export_notice, self.sync.label, self.status)
        self._update_status()
        self.menus = PanelMenus(self)  # the lists' context menus and Delete key
        self.refresh_recent()
        self.setWindowTitle(self.title())
        self.resize(1440, 900)
        self._update_actions()

    # -- construction --------------------------------------------------------------------------------------------
    def _make_panels(self) -> None:
        b = self.bridge
        self.documents_panel = EntityPanel(DocumentsModel(b, self), self.tr("Search documents…"), self)
        self.documents_panel.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # title … file name
        self.annotations_panel = AnnotationsPanel(AnnotationsModel(b, self.colors, self), self)
        self.claims_panel = EntityPanel(ClaimsModel(b, self), self.tr("Search claims…"), self)
        self.claims_panel.view.setItemDelegateForColumn(1, ComboDelegate(verdict_choices(), self.claims_panel.view))
        self.claims_panel.view.edit_column = 1  # F2 or Enter edits the verdict
        self.actors_panel = EntityPanel(ActorsModel(b, self), self.tr("Search actors…"), self, stretch=-1)
        self.actors_panel.add_button(self.tr("Mentions"), self.tr("Mark this actor's unmarked mentions in every document (one undo step)"),
                                     lambda: self.reader.find_mentions(self.actors_panel.current_id()))
        self.actors_panel.add_button(self.tr("Merge"), self.tr("Merge the selected actors"),
                                     lambda: self.reader.merge(self.actors_panel.selected_ids()))
        self.sources_panel = EntityPanel(SourcesModel(b, self), self.tr("Search sources…"), self, stretch=0)
        self.sources_panel.view.setItemDelegateForColumn(2, ComboDelegate(RELIABILITY_CHOICES, self.sources_panel.view))
        self.sources_panel.view.setItemDelegateForColumn(3, ComboDelegate(CREDIBILITY_CHOICES, self.sources_panel.view))
        self.inspector = Inspector(b, self)
        self.orphans_panel = OrphansPanel(b, lambda: self.view.selection(), self)
        self.graph_panel = GraphPanel(b, self.colors, self)
        self.search_panel = SearchPanel(b, self)

    def _slots(self) -> dict[str, Callable[[], object]]:
        """What each action of actions.SPECS does, by name."""
        io, reader, view = self.io, self.reader, self.view
        return {
            "new": self.newProjectRequested.emit,
            "open": lambda: self.openProjectRequested.emit(""),
            "demo": self.demoRequested.emit,
            "add": self.add_documents,
            "capture": self.capture_web_page,
            "sync": lambda: self.sync.sync_now(),
            "settings": self.edit_settings,
            "quit": self.close,
            "find": view.open_find,
            "find_next": lambda: view.find_step(True),
            "find_previous": lambda: view.find_step(False),
            "search": self.search_project,
            "zoom_in": view.zoom_in,
            "zoom_out": view.zoom_out,
            "fit": view.fit_width,
            "highlight": reader.highlight,
            "claim": lambda: reader.link(Kind.CLAIM),
            "actor": lambda: reader.link(Kind.ACTOR),
            "source": lambda: reader.link(Kind.SOURCE),
            "delete_highlight": self.delete_highlight,
            "delete_purge": lambda: self.purging.run(self.menus.focused_ids()),  # a focused list: its rows
            "mentions": lambda: reader.find_mentions(self.actors_panel.current_id()),
            "merge": lambda: reader.merge(self.actors_panel.selected_ids()),
            "replace": lambda: io.choose_and_replace(view.current_document()),
            "details": lambda: io.edit_details(view.current_document()),
            "report": io.export_report,
            "ocr": lambda: self.ocr.run(view.current_document()),
            "import": lambda: io.import_file(view.current_document()),
            "merge_project": self.team.merge,
            "agreement": self.team.agreement,
            "export_pdf": lambda: io.export_pdf(view.current_document()),
            "shortcuts": self.show_shortcuts,
            "about": lambda: about_box(self).exec(),
        }

    def _export_slots(self) -> list[tuple[str, Callable[[], object]]]:
        def slot(fmt: str, table: str, suffix: str, label: str) -> Callable[[], object]:
            return lambda: self.io.export(fmt, table, suffix, actions.plain(actions.translated(label)))  # the notice shows no access key

        return [(label, slot(fmt, table, suffix, label)) for label, fmt, table, suffix in EXPORTS]

    def _make_docks(self) -> None:
        (left, right), bottom = dock_layout.sides(self), Qt.DockWidgetArea.BottomDockWidgetArea
        self.docks: dict[str, QDockWidget] = {}
        dock_layout.corners(self)
        for name, title, widget, area in [
            ("project", self.tr("&Project"), self.documents_panel, left),
            ("claims", self.tr("&Claims"), self.claims_panel, left),
            ("inspector", self.tr("&Inspector"), self.inspector, right),
            ("actors", self.tr("&Actors"), self.actors_panel, right),
            ("sources", self.tr("&Sources"), self.sources_panel, right),
            ("annotations", self.tr("A&nnotations"), self.annotations_panel, bottom),
            ("orphans", self.tr("&Orphans"), self.orphans_panel, bottom),
            ("graph", self.tr("Evidence &graph"), self.graph_panel, bottom),
            ("search", self.tr("Sea&rch project"), self.search_panel, bottom),
        ]:
            dock = QDockWidget(actions.plain(title), self)
            dock.setObjectName(f"{name}Dock")  # saveState/restoreState find docks by object name
            dock.setWidget(widget)
            self.addDockWidget(area, dock)
            self.docks[name] = dock
            dock.toggleViewAction().setText(title)  # with its access key, unique in View > Panels
            self.panels_menu.addAction(dock.toggleViewAction())
        self.tabifyDockWidget(self.docks["actors"], self.docks["sources"])
        self.docks["actors"].raise_()
        self.docks["orphans"].hide()  # hidden before tabifying: after, Qt left a stray "Annotations | Orphans" tab bar
        self.docks["search"].hide()  # Ctrl+Shift+F shows it
        for name in ("orphans", "graph", "search"):
            self.tabifyDockWidget(self.docks["annotations"], self.docks[name])
        self.docks["annotations"].raise_()
        dock_layout.install(self, self.docks, self.view)  # shares of the window: the reader gets most

    def _connect(self) -> None:
        self.view.annotationClicked.connect(self.select_annotation)
        self.view.selectionChanged.connect(self._update_actions)
        self.actors_panel.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.annotations_panel.rowSelected.connect(self.select_annotation)
        self.orphans_panel.rowSelected.connect(self.select_annotation)
        self.documents_panel.rowSelected.connect(lambda oid: self.select_object(Kind.DOCUMENT, oid))
        panels = {Kind.CLAIM: self.claims_panel, Kind.ACTOR: self.actors_panel, Kind.SOURCE: self.sources_panel}
        for kind, panel in panels.items():
            panel.rowSelected.connect(lambda oid, k=kind: self.bridge.selection.show(current=(k, oid)))
            panel.rowActivated.connect(lambda oid, k=kind: self.annotations_panel.show_linked_to(k, oid))
        follow(self.bridge.selection, reader=self.view, inspector=self.inspector, graph=self.graph_panel,
               annotations=self.annotations_panel, documents=self.documents_panel, bar=self.bar, panels=panels)
        self.bridge.selection.changed.connect(self._update_actions)
        self.purging.attach(self.actions_by_name["delete_purge"], self.inspector)
        self.docks["graph"].visibilityChanged.connect(self.graph_panel.set_active)
        self.graph_panel.objectActivated.connect(lambda kind, oid: self.select_object(Kind(kind), oid))
        self.inspector.objectActivated.connect(lambda kind, oid: self.select_object(Kind(kind), oid))
        self.search_panel.hitActivated.connect(self.show_search_hit)
        self.bar.orphansRequested.connect(lambda _doc: self._show_dock("orphans"))
        self.bridge.errorOccurred.connect(lambda message: show_error(self, message))
        self.ocr.finished.connect(lambda message: self.messages.say(message))
        self.capture.finished.connect(lambda message: self.messages.say(message))
        self.capture.documentAdded.connect(self.open_document)
        self.ocr.recognised.connect(self.bar.report_ocr)
        self.sync.syncReported.connect(lambda message: self.messages.say(message))
        self.bridge.projectChanged.connect(lambda _changes: self._update_actions())
        self.bridge.projectChanged.connect(lambda _changes: self._update_status())

    # -- state ---------------------------------------------------------------------------------------------------
    def title(self) -> str:
        name = self.bridge.session.project.name or self.bridge.session.folder.name
        return self.tr("{name} (read-only) – Sourcemark").format(name=name) if self.read_only else f"{name} – Sourcemark"

    def panes(self) -> list[QWidget]:
        """What F6 moves between: the reader, then the docks left, right and bottom (the shown tab of each group)."""
        return [self.view, *(dock.widget() for dock in self.docks.values())]

    def _update_actions(self) -> None:
        """Enable what applies to the open document and selection; a disabled action's tooltip says why."""
        doc = self.bridge.session.project.documents.get(self.view.current_document() or "")
        has_selection = self.view.selection() is not None or self.view.region_selection() is not None
        state = ReaderState(self.read_only, doc.kind if doc is not None else None, has_selection,
                            len(self.actors_panel.selected_ids()), self.view.selected_annotation() is not None)
        for name, reason in disabled_reasons(state, QCoreApplication.translate).items():
            action = self.actions_by_name[name]
            action.setEnabled(reason is None)
            action.setToolTip(reason or action.statusTip())

    def _update_status(self) -> None:
        p = self.bridge.session.project
        counts = [self.tr("%Ln document(s)", "", len(p.documents)), self.tr("%Ln highlight(s)", "", len(p.annotations)),
                  self.tr("%Ln claim(s)", "", len(p.claims)), self.tr("%Ln actor(s)", "", len(p.actors)), self.tr("%Ln source(s)", "", len(p.sources))]
        self.status.setText(" · ".join(counts)
                            + self.tr(" · saved in {folder}").format(folder=self.bridge.session.folder))

    def refresh_recent(self) -> None:
        actions.fill_recent(self.recent_menu, self.settings.recent_projects(), self.openProjectRequested.emit)

    def restore_layout(self) -> None:
        window_place.restore(self, self.settings)  # clamped to the screen; docks only if saved at this scale

    def closeEvent(self, event: QCloseEvent) -> None:
        if (self.ocr.busy or self.capture.worker is not None) and not self._stop_job():
            event.ignore()
            return
        if self.sync.busy:  # the sync runs inside this window's event loop: its session must outlive it
            self.sync.cancel()
            event.ignore()
            self.messages.say(self.tr("Cancelling the sync; close the window again once it has stopped"))
            return
        self.inspector.commit()  # a field being typed in loses no focus when the window closes
        window_place.save(self, self.settings)
        self.remember_place()
        # Stop the page view's render and text threads now: a QThread destroyed while running aborts the process.
        self.view.show_document(None)
        self.search_panel.shutdown()
        super().closeEvent(event)

    def _stop_job(self) -> bool:
        """The ✕ during OCR or a capture: ask, and stop the job if the answer is to close."""
        what = self.tr("Text recognition (OCR)") if self.ocr.busy else self.tr("A web capture")
        if ask(self, self.tr("Close Sourcemark?"), self.tr("{what} is still running. Stop it and close the window? Nothing of it is added to the project.").format(what=what), Button.Yes | Button.No, Button.No) != Button.Yes:
            return False
        self.ocr.stop()
        self.capture.cancel()
        return True

    def forget_project(self) -> None:
        """After the session is closed and released: empty the lists and search results, so nothing of the old
        project (250,000 ids, hits, folded texts) waits in this window for Qt to delete it, or stays pinned by
        the next project's gc freeze if the window's Python side outlives it."""
        for panel in (self.documents_panel, self.claims_panel, self.actors_panel, self.sources_panel, self.annotations_panel):
            panel.model.reset()
        self.search_panel.forget()
        self.sync.set_interval(0)  # a timed sync must not fire on the closed session before Qt deletes the window

    # -- gestures ------------------------------------------------------------------------------------------------
    def open_document(self, document_id: str | None) -> None:
        self._read(document_id)
        self.bridge.selection.show(document=document_id)
        self._update_actions()

    def _read(self, document_id: str | None) -> None:
        """The reader opens a document where it was left (the panels follow the selection)."""
        self.remember_place()
        self.view.show_document(document_id)
        if document_id and self.view.current_document() == document_id:
            self.settings.set_last_document(self.bridge.session.folder, document_id)
            self.view.restore_place(self.settings.reading_place(self.bridge.session.folder, document_id))

    def remember_place(self) -> None:
        """Keep where the reader is in the open document, to come back there (per project and document)."""
        doc = self.view.current_document()
        if doc:
            self.settings.set_reading_place(self.bridge.session.folder, doc, self.view.place())

    def select_annotation(self, annotation_id: str) -> None:
        """A highlight becomes the selection: the view, the Annotations panel and the inspector follow it."""
        ann = self.bridge.session.project.annotations.get(annotation_id)
        if ann is None:
            return
        if self.view.current_document() != ann.document_id:
            self._read(ann.document_id)
        self.bridge.selection.show(document=ann.document_id, current=(Kind.ANNOTATION, annotation_id), again=True)

    def delete_highlight(self) -> None:
        """Delete (Del key): the selected highlight, when the focus is in the reader or the inspector (a list takes
        the key for its own rows: ui.panel_menus); elsewhere it does nothing."""
        focus = QApplication.focusWidget()
        where = (self.view, self.annotations_panel, self.inspector)
        if focus is not None and not any(w is focus or w.isAncestorOf(focus) for w in where):
            return
        aid = self.view.selected_annotation()
        if aid is not None:
            with user_errors(self):
                self.bridge.run(annotate.delete_annotation(self.bridge.session, aid))

    def select_object(self, kind: Kind, oid: str) -> None:
        """Make any object the selection everywhere: its panel row, the inspector, the graph (or the view)."""
        if kind is Kind.ANNOTATION:
            self.select_annotation(oid)
            return
        if kind is Kind.DOCUMENT:
            self._read(oid)
            self.bridge.selection.show(document=oid, current=(kind, oid))
            return
        self.bridge.selection.show(current=(kind, oid))
        self.docks[{Kind.CLAIM: "claims", Kind.ACTOR: "actors", Kind.SOURCE: "sources"}[kind]].raise_()  # a shared tab

    def show_shortcuts(self) -> None:
        from app.ui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_actions

        ShortcutsDialog(menu_actions(self.menuBar()), self).exec()

    def _show_dock(self, name: str) -> None:
        self.docks[name].show()
        self.docks[name].raise_()

    def search_project(self) -> None:
        self._show_dock("search")
        self.search_panel.focus()

    def show_search_hit(self, document_id: str, start: int, end: int) -> None:
        """Open the document of a search result and select the match (as a click on a highlight would)."""
        self.view.show_range(document_id, start, end)
        self.bridge.selection.show(document=document_id)

    def add_documents(self) -> None:
        added = self.io.choose_and_add()
        if added:
            self.open_document(added[-1])

    def capture_web_page(self) -> None:
        from app.services.capture.web import CHROMIUM_MISSING, DEFAULT_USER_AGENT, chromium_available
        from app.ui.dialogs.capture_dialog import CaptureDialog

        dialog = CaptureDialog(self, user_agent=self.settings.capture_user_agent(), default_agent=DEFAULT_USER_AGENT,
                               chromium_missing="" if chromium_available() else CHROMIUM_MISSING,
                               time_limit=self.settings.capture_time_limit())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        request = dialog.request()
        self.settings.set_capture_user_agent(request.user_agent)
        self.settings.set_capture_time_limit(request.time_limit)
        self.capture.run(request)

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings.analyst(self.bridge.session.analyst), self.colors.overrides, self,
                                ocr_languages=self.settings.ocr_languages(), installed=installed_languages(),
                                scheme=self.settings.color_scheme(), sync_minutes=self.settings.sync_minutes(),
                                language=self.settings.language())
        if dialog.exec():
            analyst, colors = dialog.values()
            self.settings.set_analyst(analyst)
            self.settings.set_colors(colors)
            self.settings.set_ocr_languages(dialog.ocr_languages())
            self.settings.set_color_scheme(dialog.color_scheme())
            self.settings.set_language(dialog.language())  # applied at the next start (the dialog says so)
            app = QApplication.instance()
            if isinstance(app, QApplication):
                apply_scheme(app, dialog.color_scheme())
            self.settings.set_sync_minutes(dialog.sync_minutes())
            self.sync.set_interval(dialog.sync_minutes())
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
