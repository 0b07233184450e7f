"""Help › Keyboard shortcuts: every key of the window, read from its actions (the action table), so it cannot
drift from what the keys do; plus the few keys that belong to no menu item (F6, Ctrl+Enter, Tab, Esc)."""

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.actions import plain
from app.ui.i18n import QT_TRANSLATE_NOOP

# Keys handled by widgets rather than by actions: listed here, next to nothing else that could drift.
OTHER_KEYS = [
    ("F6 / Shift+F6", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous pane (the reader and each panel on screen)")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field within a pane; leaving a text field saves it")),
    ("Ctrl+Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Save the inspector field being typed in, and stay in it")),
    ("F2 or Enter", QT_TRANSLATE_NOOP("ShortcutsDialog", "Edit the verdict in the Claims table")),
    ("Esc", QT_TRANSLATE_NOOP("ShortcutsDialog", "Close the Find bar or a dialog (a dialog with typed text asks first)")),
]


def menu_actions(bar: QMenuBar | QMenu) -> list[QAction]:
    """Every item of a menu bar (or menu) and its submenus, in menu order."""
    out: list[QAction] = []
    for action in bar.actions():
        out += menu_actions(action.menu()) if action.menu() else [action]  # type: ignore[arg-type]
    return out


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(keys, what they do) for every action bound to a key, in menu order, keys as this platform shows them."""
    rows: list[tuple[str, str]] = []
    seen: set[int] = set()
    for action in actions:
        if id(action) in seen:
            continue
        seen.add(id(action))
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        keys = [k for k in keys if not _media_key(k)] or keys
        if keys:
            what = plain(action.iconText() if action.objectName() in ("undo", "redo") else action.text()).rstrip("…")
            rows.append((QCoreApplication.translate("ShortcutsDialog", " or ").join(dict.fromkeys(keys)), what))
    return rows


def _media_key(key: str) -> bool:
    """A dedicated keyboard key Qt also binds ("New", "Undo", "Zoom In"): not what anyone types, left out."""
    return "+" not in key and len(key) > 3 and not (key[0] == "F" and key[1:].isdigit())


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(actions) + [(keys, self.tr(what)) for keys, what in OTHER_KEYS]
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, (keys, what) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)
