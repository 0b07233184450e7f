"""Context menus and the Delete key on the panels' lists (Project, Claims, Actors, Sources, Annotations).

A right click, the Menu key (the platform sends a keyboard context-menu event) or Shift+F10 opens a menu for the
selected rows: the window's own actions that fit the row (they act on the selection the click made, and keep their
enabled state and reasons), Delete… (ui.list_deletion), Delete and purge from server… while the project syncs (the
window's action, on the list's selection), Copy ID. The Delete key on a focused list deletes its selected rows: the
list takes the key from the window's Delete highlight (a ShortcutOverride, as a line edit takes it), so the reader's
Delete keeps deleting the clicked highlight at once.
"""

from typing import Any

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMenu

from app.domain.links import Kind
from app.ui.action_states import delete_reason
from app.ui.list_deletion import ListDeletion
from app.ui.models.object_table_model import ID_ROLE

# The window's actions each list's menu offers first, by name (ui.actions.SPECS); the rest is the same for all.
WINDOW_ACTIONS: dict[Kind, tuple[str, ...]] = {
    Kind.DOCUMENT: ("details", "replace", "ocr"),
    Kind.ANNOTATION: ("claim", "actor", "source"),
    Kind.CLAIM: (),
    Kind.ACTOR: ("mentions", "merge"),
    Kind.SOURCE: (),
}
LINKED = (Kind.CLAIM, Kind.ACTOR, Kind.SOURCE)  # lists whose rows the Annotations panel can filter by


def selected_ids(view: QAbstractItemView) -> list[str]:
    """The ids of a list's selected rows, top to bottom."""
    rows = view.selectionModel().selectedRows()
    return [r.data(ID_ROLE) for r in sorted(rows, key=lambda r: r.row())]


class PanelMenus(QObject):
    def __init__(self, window: Any) -> None:
        """`window`: the MainWindow (its bridge, panels, actions_by_name, purging, messages, docks)."""
        super().__init__(window)
        self.window = window
        self.views: dict[Kind, QAbstractItemView] = {
            Kind.DOCUMENT: window.documents_panel.view, Kind.ANNOTATION: window.annotations_panel.view,
            Kind.CLAIM: window.claims_panel.view, Kind.ACTOR: window.actors_panel.view,
            Kind.SOURCE: window.sources_panel.view}
        self.deletion = ListDeletion(window.bridge, window, lambda: window.purging.synced, window.open_document)
        self.menu: QMenu | None = None  # the menu open now (or last opened), for the tests
        # (kind, view, viewport), kept: a filter asked while Qt deletes a view must not call into it
        self._watched = [(kind, view, view.viewport()) for kind, view in self.views.items()]
        for view in self.views.values():
            view.installEventFilter(self)  # keys, and the keyboard's context-menu event
            view.viewport().installEventFilter(self)  # a right click arrives at the viewport

    # -- what the user acts on -------------------------------------------------------------------------------
    def focused(self) -> Kind | None:
        """The list that has the keyboard focus (or had it when a menu of the menu bar opened)."""
        focus = QApplication.focusWidget()
        return next((k for k, view in self.views.items() if focus is not None and
                     (focus is view or view.isAncestorOf(focus))), None)

    def focused_ids(self) -> list[str] | None:
        """The focused list's selected rows (None: no list has the focus, the action takes the selection)."""
        kind = self.focused()
        return selected_ids(self.views[kind]) if kind is not None else None

    def delete(self, kind: Kind) -> bool:
        """Delete… on a list: its selected rows, after the confirmation; the reason in the status bar if not."""
        ids = selected_ids(self.views[kind])
        reason = delete_reason(self.window.read_only, len(ids), self._translate)
        if reason:
            self.window.messages.say(reason)
            return False
        return self.deletion.run(ids)

    # -- the menu --------------------------------------------------------------------------------------------
    def menu_for(self, kind: Kind) -> QMenu:
        """The context menu of a list for its selected rows (built, not shown)."""
        view, ids = self.views[kind], selected_ids(self.views[kind])
        menu = QMenu(view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)  # a disabled item's tooltip says why
        menu.setAccessibleName(self.tr("Actions on the selected rows"))
        actions = self.window.actions_by_name
        if kind in LINKED:
            linked = self._action(menu, self.tr("Show linked &highlights"), lambda: self._show_linked(kind, ids))
            linked.setEnabled(len(ids) == 1)
        menu.addActions([actions[name] for name in WINDOW_ACTIONS[kind]])
        menu.addSeparator()
        delete = self._action(menu, self.tr("De&lete…"), lambda: self.delete(kind))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown beside it; the list takes the key
        delete.setShortcutVisibleInContextMenu(True)
        reason = delete_reason(self.window.read_only, len(ids), self._translate)
        delete.setEnabled(reason is None)
        delete.setToolTip(reason or self.tr("Delete the selected rows and what hangs on them (Undo brings them back)"))
        menu.addAction(actions["delete_purge"])  # shown only while the project syncs (ui.purge_deletion)
        menu.addSeparator()
        self._action(menu, self.tr("Copy &ID"), lambda: QGuiApplication.clipboard().setText("\n".join(ids))
                     ).setEnabled(bool(ids))
        return menu

    def open_menu(self, kind: Kind, where: QPoint | None = None) -> QMenu:
        """Show the menu at `where` (global), or under the current row (the keyboard's menu)."""
        view = self.views[kind]
        if where is None:
            rect = view.visualRect(view.currentIndex())
            local = rect.bottomLeft() if rect.isValid() and view.viewport().rect().contains(rect.center()) else QPoint()
            where = view.viewport().mapToGlobal(local)
        self.menu = self.menu_for(kind)
        self.menu.popup(where)
        return self.menu

    def _action(self, menu: QMenu, text: str, slot: Any) -> QAction:
        action = QAction(text, menu)
        action.triggered.connect(lambda _checked=False: (menu.close(), slot()))
        menu.addAction(action)
        return action

    def _show_linked(self, kind: Kind, ids: list[str]) -> None:
        self.window.annotations_panel.show_linked_to(kind, ids[0])
        self.window.docks["annotations"].show()
        self.window.docks["annotations"].raise_()

    @staticmethod
    def _translate(context: str, text: str) -> str:
        return QApplication.translate(context, text)

    # -- events ----------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind, on_viewport = next(((k, watched is port) for k, view, port in self._watched
                                  if watched is view or watched is port), (None, False))
        if kind is None:
            return False
        etype = event.type()
        if etype == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            keyboard = event.reason() == QContextMenuEvent.Reason.Keyboard
            if not on_viewport and not keyboard:
                return False  # a right click on the header, passed up: not about the rows
            self.open_menu(kind, None if keyboard else event.globalPos())
            return True
        if on_viewport or not isinstance(event, QKeyEvent):
            return False
        if etype == QEvent.Type.ShortcutOverride and _is_delete(event):
            event.accept()  # the list's key, not the window's Delete highlight
            return True
        if etype == QEvent.Type.KeyPress and _is_delete(event):
            self.delete(kind)
            return True
        if etype == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_F10 \
                and event.modifiers() == Qt.KeyboardModifier.ShiftModifier:
            self.open_menu(kind)
            return True
        return False


def _is_delete(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Delete)
