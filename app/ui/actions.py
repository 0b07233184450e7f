"""Menus, toolbar and shortcuts of the main window (standard keys where Qt defines them).

The window hands in the slots by action name; this module knows texts, keys and the menu layout, and
never imports the window (no import circle between the two).
"""

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from app.ui.accessible import name_tool_bar
from app.ui.i18n import QT_TRANSLATE_NOOP

Key = QKeySequence.StandardKey
KeySpec = Key | str


@dataclass(frozen=True)
class ActionSpec:
    text: str
    keys: tuple[KeySpec, ...] = ()
    tip: str = ""
    short: str = ""  # the toolbar's label, when the menu's is too long for it


SPECS: dict[str, ActionSpec] = {
    "new": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New project…"), (Key.New,)),
    "open": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Open project…"), (Key.Open,)),
    "demo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Open demo pro&ject")),
    "add": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Add document…"), ("Ctrl+Shift+O",), QT_TRANSLATE_NOOP("Actions", "Add a PDF, web page, text file or image"), QT_TRANSLATE_NOOP("Actions", "Add")),
    "capture": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Capture web page…"), ("Ctrl+Shift+U",),
                          QT_TRANSLATE_NOOP("Actions", "Fetch a live page with its images and stylesheets into a WARC and add it")),
    "settings": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Settings…"), (Key.Preferences,)),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), (Key.Quit,)),
    "find": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Find…"), (Key.Find,), QT_TRANSLATE_NOOP("Actions", "Find in the open document"), QT_TRANSLATE_NOOP("Actions", "Find")),
    "find_next": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find &next"), (Key.FindNext,)),
    "find_previous": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find &previous"), (Key.FindPrevious,)),
    "search": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Search project…"), ("Ctrl+Shift+F",),
                         QT_TRANSLATE_NOOP("Actions", "Search all documents: a quote, a regular expression or an actor with all its names")),
    "zoom_in": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &in"), ("Ctrl+=", Key.ZoomIn)),
    "zoom_out": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Zoom &out"), (Key.ZoomOut,)),
    "fit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Fit width"), ("Ctrl+0",), "", QT_TRANSLATE_NOOP("Actions", "Fit")),
    "highlight": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Highlight"), ("H",), QT_TRANSLATE_NOOP("Actions", "Highlight the selected text")),
    "claim": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &claim from selection…"), ("C",), "", QT_TRANSLATE_NOOP("Actions", "Claim")),
    "actor": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Link &actor…"), ("A",), "", QT_TRANSLATE_NOOP("Actions", "Actor")),
    "source": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Link &source…"), ("S",), "", QT_TRANSLATE_NOOP("Actions", "Source")),
    "delete_highlight": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete highlight"), (Key.Delete,), QT_TRANSLATE_NOOP("Actions", "Delete the selected highlight and its links "
                                   "(Undo brings them back)")),
    "delete_purge": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Delete and purge from ser&ver…"), (),
                               QT_TRANSLATE_NOOP("Actions", "Delete the selected highlight, document, claim, actor or source, and have "
                               "the next sync remove it from the team's server (Undo brings it back and cancels the purge)")),
    "mentions": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Find all &mentions of actor"), (), QT_TRANSLATE_NOOP("Actions", "Mark the picked actor's unmarked mentions in every "
                           "document of the project (one undo step); the reader stays where it is")),
    "merge": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Merge ac&tors…")),
    "replace": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Re&place document with new version…"), (),
                          QT_TRANSLATE_NOOP("Actions", "Import an edited article or corrected PDF and re-anchor its highlights")),
    "details": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Document &details…"), (),
                          QT_TRANSLATE_NOOP("Actions", "Title, author, publisher, date and URL of the open document (exports cite them)")),
    "report": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Export &report…"), (),
                         QT_TRANSLATE_NOOP("Actions", "A verification report (claims, verdicts, quotes, sources, actors) as PDF or HTML, with a preview")),
    "ocr": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Recognise te&xt (OCR)…"), (),
                      QT_TRANSLATE_NOOP("Actions", "Give the pages of an image or scanned PDF that have no text a text layer (Tesseract; "
                      "languages in Settings)")),
    "import": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Annotations file (JSON, W3C, Hypothesis)…")),
    "merge_project": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Merge project…"), (),
                                QT_TRANSLATE_NOOP("Actions", "Bring in another analyst's copy of this project; decide each conflict")),
    "sync": ActionSpec(QT_TRANSLATE_NOOP("Actions", "S&ync now"), (),
                       QT_TRANSLATE_NOOP("Actions", "Pull and push changes with the team's CouchDB server (one undoable step); "
                       "the status bar shows the last sync, changes waiting and conflicts")),
    "agreement": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Agreement with another project…"), (),
                            QT_TRANSLATE_NOOP("Actions", "Verdict kappa and highlight overlap F1 against another analyst's project")),
    "export_pdf": ActionSpec(QT_TRANSLATE_NOOP("Actions", "This PDF with its &highlights…"), (),
                             QT_TRANSLATE_NOOP("Actions", "A copy of the open PDF with the highlights as annotations other PDF readers show")),
    "shortcuts": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), (Key.HelpContents,), QT_TRANSLATE_NOOP("Actions", "Every key of this window, from its menus")),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About Sourcemark"), (), QT_TRANSLATE_NOOP("Actions", "Version and licence")),
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


def plain(text: str) -> str:
    """A menu text without its access key: "&File" -> "File", and the "(&F)" East Asian menus append."""
    return re.sub(r"\s*\(&\w\)", "", text).replace("&", "")


def translated(text: str) -> str:
    """A text of the table above in the interface's language (the table holds only markers lupdate reads)."""
    return QCoreApplication.translate("Actions", text) if text else ""


def make_action(parent: QMainWindow, spec: ActionSpec, slot: Callable[[], object]) -> QAction:
    text = translated(spec.text)
    action = QAction(text, parent)
    action.setShortcuts(key_sequences(spec.keys))
    action.setStatusTip(translated(spec.tip) or plain(text).rstrip("…"))
    # the toolbar's label: short, and without an access key ("하이라이트(&H)" would show "(H)")
    action.setIconText(translated(spec.short) if spec.short else plain(text).rstrip("…"))
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
    undo = undo_stack.createUndoAction(w, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcuts(key_sequences((Key.Undo,)))
    redo = undo_stack.createRedoAction(w, QCoreApplication.translate("Actions", "&Redo"))
    redo.setShortcuts(key_sequences(REDO_KEYS))
    for action, short in ((undo, QCoreApplication.translate("Actions", "Undo")),
                          (redo, QCoreApplication.translate("Actions", "Redo"))):
        action.setIconText(short)  # the menu says "Undo Highlight “…”"; the toolbar button stays short
    a["undo"], a["redo"] = undo, redo
    undo.setObjectName("undo")  # the shortcuts list knows them by name (their texts are translated)
    redo.setObjectName("redo")

    bar = w.menuBar()
    file_menu = bar.addMenu(QCoreApplication.translate("Actions", "&File"))
    file_menu.addActions([a["new"], a["open"]])
    recent_menu = file_menu.addMenu(QCoreApplication.translate("Actions", "Open recen&t"))
    file_menu.addAction(a["demo"])
    file_menu.addSeparator()
    file_menu.addActions([a["add"], a["capture"], a["replace"], a["details"], a["ocr"]])
    import_menu = file_menu.addMenu(QCoreApplication.translate("Actions", "&Import"))
    import_menu.addAction(a["import"])
    export_menu = file_menu.addMenu(QCoreApplication.translate("Actions", "&Export"))
    for label, slot in exports:
        export_menu.addAction(make_action(w, ActionSpec(label), slot))
    export_menu.addSeparator()
    export_menu.addAction(a["export_pdf"])
    file_menu.addActions([a["merge_project"], a["sync"]])
    file_menu.addAction(a["report"])
    file_menu.addSeparator()
    file_menu.addActions([a["settings"], a["quit"]])
    edit = bar.addMenu(QCoreApplication.translate("Actions", "&Edit"))
    edit.addActions([a["undo"], a["redo"]])
    edit.addSeparator()
    edit.addAction(a["delete_purge"])  # shown only while the project syncs with a server (ui.purge_deletion)
    edit.addSeparator()
    edit.addActions([a["find"], a["find_next"], a["find_previous"], a["search"]])
    view_menu = bar.addMenu(QCoreApplication.translate("Actions", "&View"))
    view_menu.addActions([a["zoom_in"], a["zoom_out"], a["fit"]])
    view_menu.addSeparator()
    panels_menu = view_menu.addMenu(QCoreApplication.translate("Actions", "&Panels"))
    annotate = bar.addMenu(QCoreApplication.translate("Actions", "&Annotate"))
    annotate.addActions([a["highlight"], a["claim"], a["actor"], a["source"], a["delete_highlight"]])
    annotate.addSeparator()
    annotate.addActions([a["mentions"], a["merge"]])
    tools_menu = bar.addMenu(QCoreApplication.translate("Actions", "&Tools"))
    tools_menu.addAction(a["agreement"])
    bar.addMenu(QCoreApplication.translate("Actions", "&Help")).addActions([a["shortcuts"], a["about"]])

    for menu in bar.findChildren(QMenu):
        menu.setToolTipsVisible(True)  # a disabled item's tooltip says why it does not apply

    tools = QToolBar(QCoreApplication.translate("Actions", "Main toolbar"), w)
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
