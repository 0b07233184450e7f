"""Menus, toolbar and shortcuts of the main window (standard keys where Qt defines them)."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from app.domain.links import Kind
from app.ui.dialogs.about_dialog import about_box
from app.ui.project_io import EXPORTS

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow

Key = QKeySequence.StandardKey


def _action(window: "MainWindow", text: str, slot: Callable[[], object], shortcut: QKeySequence | Key | str | None = None,
            tip: str = "") -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setStatusTip(tip or text.replace("&", "").rstrip("…"))
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install(window: "MainWindow") -> dict[str, QAction]:
    """Build every action, menu and the toolbar; returns the actions by name for enabling/disabling."""
    w, stack = window, window.bridge.undo_stack
    a: dict[str, QAction] = {
        "new": _action(w, "&New project…", w.sig_new_project_requested.emit, Key.New),
        "open": _action(w, "&Open project…", lambda: w.sig_open_project_requested.emit(""), Key.Open),
        "demo": _action(w, "Open demo pro&ject", w.sig_demo_requested.emit),
        "add": _action(w, "&Add document…", w.add_documents, "Ctrl+Shift+O", "Add a PDF, web page, text file or image"),
        "settings": _action(w, "&Settings…", w.edit_settings, Key.Preferences),
        "quit": _action(w, "&Quit", w.close, Key.Quit),
        "find": _action(w, "&Find…", w.find_text, Key.Find),
        "find_next": _action(w, "Find &next", lambda: w.find_text(again=True), Key.FindNext),
        "search": _action(w, "&Search project…", w.search_project, "Ctrl+Shift+F",
                          "Search all documents: a quote, a regular expression or an actor with all its names"),
        "zoom_in": _action(w, "Zoom &in", w.view.zoom_in, "Ctrl+="),
        "zoom_out": _action(w, "Zoom &out", w.view.zoom_out, Key.ZoomOut),
        "fit": _action(w, "&Fit width", w.view.fit_width, "Ctrl+0"),
        "highlight": _action(w, "&Highlight", w.reader.highlight, "H", "Highlight the selected text"),
        "claim": _action(w, "New &claim from selection…", lambda: w.reader.link(Kind.CLAIM), "C"),
        "actor": _action(w, "Link &actor…", lambda: w.reader.link(Kind.ACTOR), "A"),
        "source": _action(w, "Link &source…", lambda: w.reader.link(Kind.SOURCE), "S"),
        "mentions": _action(w, "Find all &mentions of actor", lambda: w.reader.find_mentions(w.actors_panel.current_id())),
        "merge": _action(w, "Merge ac&tors…", lambda: w.reader.merge(w.actors_panel.selected_ids())),
        "replace": _action(w, "Re&place document with new version…", lambda: w.io.choose_and_replace(w.view.current_document()),
                           tip="Import an edited article or corrected PDF and re-anchor its highlights"),
        "details": _action(w, "Document &details…", lambda: w.io.edit_details(w.view.current_document()),
                           tip="Title, author, publisher, date and URL of the open document (exports cite them)"),
        "report": _action(w, "Export &report…", lambda: w.io.export_report(),
                          tip="A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview"),
        "ocr": _action(w, "Recognise te&xt (OCR)…", lambda: w.ocr.run(w.view.current_document()),
                       tip="Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; "
                           "languages in Settings)"),
        "import": _action(w, "&Annotations file (JSON, W3C, Hypothesis)…", lambda: w.io.import_file(w.view.current_document())),
        "merge_project": _action(w, "&Merge project…", w.team.merge,
                                 tip="Bring in another analyst's copy of this project; decide each conflict"),
        "agreement": _action(w, "&Agreement with another project…", w.team.agreement,
                             tip="Verdict kappa and highlight overlap F1 against another analyst's project"),
        "about": _action(w, "&About Sourcemark", lambda: about_box(w).exec(), tip="Version and licence"),
    }
    undo = stack.createUndoAction(w, "&Undo")
    undo.setShortcut(QKeySequence(Key.Undo))
    redo = stack.createRedoAction(w, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence(Key.Redo)])
    a["undo"], a["redo"] = undo, redo
    zoom_in_keys = [QKeySequence("Ctrl+="), QKeySequence(Key.ZoomIn)]
    a["zoom_in"].setShortcuts(zoom_in_keys)

    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a["new"], a["open"]])
    w.recent_menu = file_menu.addMenu("Open recen&t")
    file_menu.addAction(a["demo"])
    file_menu.addSeparator()
    file_menu.addActions([a["add"], a["replace"], a["details"], a["ocr"]])
    import_menu = file_menu.addMenu("&Import")
    import_menu.addAction(a["import"])
    export_menu = file_menu.addMenu("&Export")
    for label, fmt, table, suffix in EXPORTS:
        export_menu.addAction(_action(w, label, lambda f=fmt, t=table, s=suffix: w.io.export(f, t, s)))
    export_menu.addSeparator()
    export_menu.addAction(_action(w, "This PDF with its &highlights…", lambda: w.io.export_pdf(w.view.current_document()),
                                  tip="A copy of the open PDF with the highlights as annotations other PDF readers show"))
    file_menu.addAction(a["merge_project"])
    file_menu.addAction(a["report"])
    file_menu.addSeparator()
    file_menu.addActions([a["settings"], a["quit"]])
    edit = bar.addMenu("&Edit")
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["find_next"], a["search"]])
    view_menu = bar.addMenu("&View")
    view_menu.addActions([a["zoom_in"], a["zoom_out"], a["fit"]])
    view_menu.addSeparator()
    w.panels_menu = view_menu.addMenu("&Panels")
    annotate = bar.addMenu("&Annotate")
    annotate.addActions([a["highlight"], a["claim"], a["actor"], a["source"]])
    annotate.addSeparator()
    annotate.addActions([a["mentions"], a["merge"]])
    tools_menu = bar.addMenu("&Tools")
    tools_menu.addAction(a["agreement"])
    bar.addMenu("&Help").addAction(a["about"])

    tools = QToolBar("Main toolbar", w)
    tools.setObjectName("MainToolbar")
    tools.setMovable(False)
    tools.addActions([a["add"], a["undo"], a["redo"]])
    tools.addSeparator()
    tools.addActions([a["highlight"], a["claim"], a["actor"], a["source"]])
    tools.addSeparator()
    tools.addActions([a["zoom_out"], a["zoom_in"], a["fit"], a["find"]])
    w.addToolBar(tools)
    return a


def fill_recent(menu: QMenu, paths: list[str], open_path: Callable[[str], object]) -> None:
    menu.clear()
    for path in paths:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))
