"""Menus, toolbar and shortcuts of the main window (standard keys where Qt defines them).

The window hands in the slots by action name; this module knows texts, keys and the menu layout, and
never imports the window (no import circle between the two).
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.accessible import name_tool_bar

Key = QKeySequence.StandardKey
KeySpec = Key | str


@dataclass(frozen=True)
class ActionSpec:
    text: str
    keys: tuple[KeySpec, ...] = ()
    tip: str = ""
    short: str = ""  # the toolbar's label, when the menu's is too long for it


SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec("&New project…", (Key.New,)),
    "open": ActionSpec("&Open project…", (Key.Open,)),
    "demo": ActionSpec("Open demo pro&ject"),
    "add": ActionSpec("&Add document…", ("Ctrl+Shift+O",), "Add a PDF, web page, text file or image", "Add"),
    "capture": ActionSpec("&Capture web page…", ("Ctrl+Shift+U",),
                          "Fetch a live page with its images and stylesheets into a WARC and add it"),
    "settings": ActionSpec("&Settings…", (Key.Preferences,)),
    "quit": ActionSpec("&Quit", (Key.Quit,)),
    "find": ActionSpec("&Find…", (Key.Find,), "Find in the open document", "Find"),
    "find_next": ActionSpec("Find &next", (Key.FindNext,)),
    "find_previous": ActionSpec("Find &previous", (Key.FindPrevious,)),
    "search": ActionSpec("&Search project…", ("Ctrl+Shift+F",),
                         "Search all documents: a quote, a regular expression or an actor with all its names"),
    "zoom_in": ActionSpec("Zoom &in", ("Ctrl+=", Key.ZoomIn)),
    "zoom_out": ActionSpec("Zoom &out", (Key.ZoomOut,)),
    "fit": ActionSpec("&Fit width", ("Ctrl+0",), "", "Fit"),
    "highlight": ActionSpec("&Highlight", ("H",), "Highlight the selected text"),
    "claim": ActionSpec("New &claim from selection…", ("C",), "", "Claim"),
    "actor": ActionSpec("Link &actor…", ("A",), "", "Actor"),
    "source": ActionSpec("Link &source…", ("S",), "", "Source"),
    "delete_highlight": ActionSpec("&Delete highlight", (Key.Delete,), "Delete the selected highlight and its links "
                                   "(Undo brings them back)"),
    "mentions": ActionSpec("Find all &mentions of actor", (), "Mark the picked actor's unmarked mentions in every "
                           "document of the project (one undo step); the reader stays where it is"),
    "merge": ActionSpec("Merge ac&tors…"),
    "replace": ActionSpec("Re&place document with new version…", (),
                          "Import an edited article or corrected PDF and re-anchor its highlights"),
    "details": ActionSpec("Document &details…", (),
                          "Title, author, publisher, date and URL of the open document (exports cite them)"),
    "report": ActionSpec("Export &report…", (),
                         "A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview"),
    "ocr": ActionSpec("Recognise te&xt (OCR)…", (),
                      "Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; "
                      "languages in Settings)"),
    "import": ActionSpec("&Annotations file (JSON, W3C, Hypothesis)…"),
    "merge_project": ActionSpec("&Merge project…", (),
                                "Bring in another analyst's copy of this project; decide each conflict"),
    "sync": ActionSpec("S&ync now", (),
                       "Pull and push changes with the team's CouchDB server (one undoable step); "
                       "the status bar shows the last sync, changes waiting and conflicts"),
    "agreement": ActionSpec("&Agreement with another project…", (),
                            "Verdict kappa and highlight overlap F1 against another analyst's project"),
    "export_pdf": ActionSpec("This PDF with its &highlights…", (),
                             "A copy of the open PDF with the highlights as annotations other PDF readers show"),
    "shortcuts": ActionSpec("&Keyboard shortcuts", (Key.HelpContents,), "Every key of this window, from its menus"),
    "about": ActionSpec("&About Sourcemark", (), "Version and licence"),
}
# Ctrl+Shift+Z everywhere, Ctrl+Y as Windows and office suites have it, plus the platform's own
REDO_KEYS: tuple[KeySpec, ...] = ("Ctrl+Shift+Z", "Ctrl+Y", Key.Redo)


def key_sequences(keys: tuple[KeySpec, ...]) -> list[QKeySequence]:
    """Every sequence the keys stand for on this platform, each once.

    A standard key expands to all its platform bindings; a sequence listed twice (Ctrl+Shift+Z and
    StandardKey.Redo on Linux desktops) would make Qt report an ambiguous shortcut and run neither.
    """
    seen: dict[str, QKeySequence] = {}
    for key in keys:
        for seq in QKeySequence.keyBindings(key) if isinstance(key, Key) else [QKeySequence(key)]:
            text = seq.toString(QKeySequence.SequenceFormat.PortableText)
            if text and text not in seen:
                seen[text] = seq
    return list(seen.values())


def make_action(parent: QMainWindow, spec: ActionSpec, slot: Callable[[], object]) -> QAction:
    action = QAction(spec.text, parent)
    action.setShortcuts(key_sequences(spec.keys))
    action.setStatusTip(spec.tip or spec.text.replace("&", "").rstrip("…"))
    if spec.short:
        action.setIconText(spec.short)
    action.triggered.connect(lambda _checked=False: slot())
    return action


@dataclass
class InstalledActions:
    actions: dict[str, QAction]
    recent_menu: QMenu
    panels_menu: QMenu


def install(window: QMainWindow, slots: Mapping[str, Callable[[], object]], undo_stack: QUndoStack,
            exports: list[tuple[str, Callable[[], object]]]) -> InstalledActions:
    """Build every action (one per name in SPECS, with the slot of that name), the menus and the toolbar."""
    w = window
    a = {name: make_action(w, spec, slots[name]) for name, spec in SPECS.items()}
    undo = undo_stack.createUndoAction(w, "&Undo")
    undo.setShortcuts(key_sequences((Key.Undo,)))
    redo = undo_stack.createRedoAction(w, "&Redo")
    redo.setShortcuts(key_sequences(REDO_KEYS))
    for action, short in ((undo, "Undo"), (redo, "Redo")):
        action.setIconText(short)  # the menu says "Undo Highlight “…”"; the toolbar button stays short
    a["undo"], a["redo"] = undo, redo

    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([a["new"], a["open"]])
    recent_menu = file_menu.addMenu("Open recen&t")
    file_menu.addAction(a["demo"])
    file_menu.addSeparator()
    file_menu.addActions([a["add"], a["capture"], a["replace"], a["details"], a["ocr"]])
    import_menu = file_menu.addMenu("&Import")
    import_menu.addAction(a["import"])
    export_menu = file_menu.addMenu("&Export")
    for label, slot in exports:
        export_menu.addAction(make_action(w, ActionSpec(label), slot))
    export_menu.addSeparator()
    export_menu.addAction(a["export_pdf"])
    file_menu.addActions([a["merge_project"], a["sync"]])
    file_menu.addAction(a["report"])
    file_menu.addSeparator()
    file_menu.addActions([a["settings"], a["quit"]])
    edit = bar.addMenu("&Edit")
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addActions([a["find"], a["find_next"], a["find_previous"], a["search"]])
    view_menu = bar.addMenu("&View")
    view_menu.addActions([a["zoom_in"], a["zoom_out"], a["fit"]])
    view_menu.addSeparator()
    panels_menu = view_menu.addMenu("&Panels")
    annotate = bar.addMenu("&Annotate")
    annotate.addActions([a["highlight"], a["claim"], a["actor"], a["source"], a["delete_highlight"]])
    annotate.addSeparator()
    annotate.addActions([a["mentions"], a["merge"]])
    tools_menu = bar.addMenu("&Tools")
    tools_menu.addAction(a["agreement"])
    bar.addMenu("&Help").addActions([a["shortcuts"], a["about"]])

    for menu in bar.findChildren(QMenu):
        menu.setToolTipsVisible(True)  # a disabled item's tooltip says why it does not apply

    tools = QToolBar("Main toolbar", w)
    tools.setObjectName("MainToolbar")
    tools.setMovable(False)
    tools.addActions([a["add"], a["undo"], a["redo"]])
    tools.addSeparator()
    tools.addActions([a["highlight"], a["claim"], a["actor"], a["source"]])
    tools.addSeparator()
    tools.addActions([a["zoom_out"], a["zoom_in"], a["fit"], a["find"]])
    w.addToolBar(tools)
    name_tool_bar(tools)
    return InstalledActions(a, recent_menu, panels_menu)


def fill_recent(menu: QMenu, paths: list[str], open_path: Callable[[str], object]) -> None:
    menu.clear()
    for path in paths:
        action = menu.addAction(path)
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    menu.setEnabled(bool(paths))
