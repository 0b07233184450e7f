"""Edit > Delete and purge from server…, its button in the inspector and its item in the lists' menus: delete a
highlight, document, claim, actor or source (or the rows selected in the focused list) here and have the next sync
purge it from the team's server (services.sync.purge; docs/user/sync.md, "Deleting
sensitive content").

Shown only while the project syncs with a server. A dialog says what goes (the object, with the links and
highlights that hang on it), what the next sync does and what a server without _purge keeps. The deletion is one
undo step, as Delete is, and the purge wish follows it: Undo withdraws the objects from the waiting list (an
object brought back must not be purged), Redo wants them again. The wish lives in sync.json, which a running sync
owns: a wish made or withdrawn meanwhile is written once the sync has ended.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from app.domain.errors import SourcemarkError
from app.domain.links import Kind
from app.services.sync import purge
from app.ui.action_states import NOT_SYNCED, purge_reason
from app.ui.bridge import SessionBridge
from app.ui.dialogs import purge_dialog
from app.ui.dialogs.errors import show_error
from app.ui.jobs.sync_runner import SyncRunner
from app.ui.panels.inspector import Inspector

DELETABLE = (Kind.DOCUMENT, Kind.ANNOTATION, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE)  # the current object it deletes
Confirm = Callable[[purge.Deletion], bool]
Objects = list[tuple[Kind, str]]


class PurgeDeletion(QObject):
    def __init__(self, bridge: SessionBridge, sync: SyncRunner, parent: QWidget, confirm: Confirm | None = None) -> None:
        super().__init__(parent)
        self.bridge, self.sync, self.parent_widget = bridge, sync, parent
        self.confirm = confirm or (lambda deletion: purge_dialog.confirm(parent, bridge.session.project, deletion))
        self.action: QAction | None = None
        self._syncs = False  # read once, then after each sync (a first sync names the server): sync.json can be MBs
        self._later: list[tuple[bool, Objects]] = []  # wishes that wait for the running sync to end
        sync.syncEnded.connect(lambda _report: self._write_later())

    def attach(self, action: QAction, inspector: Inspector) -> None:
        """Keep the window's action shown, enabled and explained, and give the inspector its button."""
        self.action = action
        for signal in (self.bridge.selection.changed, self.bridge.projectChanged):
            signal.connect(lambda *_: self.refresh())
        self.sync.syncEnded.connect(lambda _report: self.refresh(reread=True))
        inspector.add_action(action, self.tr("Delete and purge…"))
        self.refresh(reread=True)

    def refresh(self, *, reread: bool = False) -> None:
        if reread:
            self._syncs = self.syncs()
        if self.action is None:
            return
        reason = purge_reason(self.bridge.session.read_only, self._syncs, self.target() is not None,
                              QCoreApplication.translate)
        self.action.setVisible(self._syncs)
        self.action.setEnabled(reason is None)
        self.action.setToolTip(reason or self.action.statusTip())

    @property
    def synced(self) -> bool:
        """Whether the project syncs with a server, as read last (at the start and after each sync)."""
        return self._syncs

    def syncs(self) -> bool:
        try:
            return bool(purge.server(self.bridge.session))
        except SourcemarkError:  # a damaged sync.json: the sync indicator says so; nothing to purge through it
            return False

    def target(self) -> tuple[Kind, str] | None:
        """What the action deletes: the selected highlight, claim, actor or source."""
        current = self.bridge.selection.current
        if current is None or current[0] not in DELETABLE or self.bridge.session.project.find(*current) is None:
            return None
        return current

    def run(self, ids: list[str] | None = None) -> bool:
        """Ask, then delete (one undo step) and record the purge wish; False if nothing was deleted. `ids`: the
        rows selected in the focused list (ui.panel_menus); else the selected object."""
        target = self.target()
        ids = ids or ([target[1]] if target is not None else [])
        if not ids or self.bridge.session.read_only:
            return False
        try:
            deletion = purge.deletion(self.bridge.session, ids)
        except SourcemarkError as exc:
            show_error(self.parent_widget, str(exc))
            return False
        if not deletion.url:
            show_error(self.parent_widget, QCoreApplication.translate("ActionStates", NOT_SYNCED))
            return False
        if not self.confirm(deletion):
            return False
        objects = deletion.objects
        try:
            self.bridge.run(deletion.command, moved=lambda redone: self._wish(redone, objects))
        except SourcemarkError as exc:
            show_error(self.parent_widget, str(exc))
            return False
        self._wish(True, objects)
        return True

    def _wish(self, wanted: bool, objects: Objects) -> None:
        """Want (a deletion done or redone) or withdraw (undone) the purge of these objects."""
        if self.sync.busy:  # the sync's own state would overwrite the file after us
            self._later.append((wanted, objects))
            return
        try:
            (purge.want if wanted else purge.withdraw)(self.bridge.session, objects)
        except SourcemarkError as exc:
            show_error(self.parent_widget, self.tr("The list of objects to purge could not be saved: {exc}").format(exc=exc))
        self.sync.refresh()  # the indicator counts what waits to be purged

    def _write_later(self) -> None:
        later, self._later = self._later, []
        for wanted, objects in later:
            self._wish(wanted, objects)
