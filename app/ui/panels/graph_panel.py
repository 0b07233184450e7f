"""GraphPanel: the "Evidence graph" dock. The objects around the current selection, one or two hops out.

It follows the selection (MainWindow calls show_object) and redraws after changes to the project, but
only while its dock is on screen (set_active, from QDockWidget.visibilityChanged: a dock behind another
tab still counts as visible to Qt): computing the neighbourhood of a document with thousands of
highlights is not free, and a hidden dock catches up when it is shown.
"""

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.changes import Changes
from app.domain.errors import SourcemarkError
from app.domain.graph import DEFAULT_LIMIT, Subgraph, neighbourhood
from app.domain.links import Kind
from app.ui.bridge import SessionBridge
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.palette import CategoryColors
from app.ui.panels.graph_view import GraphView
from app.ui.tool_buttons import add_tool_buttons
from app.ui.vocabulary import label

MAX_LIMIT = 400  # "+N more" draws the hidden neighbours, up to this many objects in all
HINT = QT_TRANSLATE_NOOP("GraphPanel", "Select a claim, actor, source, document or highlight to see what it is linked to.")


class GraphPanel(QWidget):
    objectActivated = Signal(str, str)
    """Fires with (kind, id) when the user clicks a node: the window selects that object everywhere."""

    def __init__(self, bridge: SessionBridge, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.target: tuple[Kind, str] | None = None
        self.graph: Subgraph | None = None
        self._stale = False
        self.active = False
        self.limit = DEFAULT_LIMIT  # raised by a click on "+N more", back to the default for a new centre
        self.view = GraphView(colors, self)
        self.view.setMinimumHeight(160)
        self.view.nodeClicked.connect(lambda kind, oid: self.objectActivated.emit(kind, oid))
        self.view.moreClicked.connect(lambda _oid: self.show_more())
        self.status = QLabel(self.tr(HINT), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # never widens the window
        self.hops = QButtonGroup(self)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("Hops:"), self))
        for n in (1, 2):
            button = QRadioButton(str(n), self)
            button.setToolTip(self.tr("Show objects up to %Ln link(s) away", "", n))
            self.hops.addButton(button, n)
            top.addWidget(button)
        self.hops.button(1).setChecked(True)
        self.hops.idClicked.connect(lambda _n: self.refresh())
        top.addSpacing(12)
        top.addWidget(self.status, 1)
        add_tool_buttons(self, top, (("−", self.tr("Zoom out (Ctrl+wheel)"), lambda: self.view.zoom_by(1 / 1.25)),
                                     ("+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self.view.zoom_by(1.25)),
                                     (self.tr("Fit"), self.tr("Fit the whole graph in the panel"), self.view.zoom_to_fit)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        bridge.projectChanged.connect(self._on_changes)

    def show_object(self, kind: Kind, oid: str) -> None:
        """Centre the graph on an object (it redraws at once if visible, else when next shown)."""
        if self.target == (kind, oid) and not self._stale:
            return
        self.target = (kind, oid)
        self.limit = DEFAULT_LIMIT
        self.view.fit_all = False
        self.refresh()

    def show_more(self) -> None:
        """Draw the neighbours the cap left out (a click on "+N more")."""
        if self.graph is not None and self.graph.hidden:
            self.limit = min(MAX_LIMIT, len(self.graph.nodes) + self.graph.hidden)
            self.view.fit_all = True  # a bigger picture: show all of it
            self.refresh()

    def hop_count(self) -> int:
        return self.hops.checkedId()

    def refresh(self) -> None:
        if not self.active:
            self._stale = True
            return
        self._stale = False
        self.graph = None
        if self.target is not None:
            kind, oid = self.target
            try:
                self.graph = neighbourhood(self.bridge.session.project, kind, oid, hops=self.hop_count(), limit=self.limit)
            except SourcemarkError:
                self.target = None  # deleted meanwhile
        self.view.show_graph(self.graph)
        self.status.setText(self._summary())

    def _summary(self) -> str:
        if self.graph is None:
            return self.tr(HINT)
        centre = self.graph.nodes[self.graph.center]
        text = self.tr("{kind}: %Ln linked object(s)", "", len(self.graph.nodes) - 1).format(kind=label(centre.kind))
        text += self.tr(" within %Ln hop(s)", "", self.hop_count())
        if self.graph.hidden:
            text += self.tr(", %Ln more not drawn (click “+N more”)", "", self.graph.hidden)
        return text

    def _on_changes(self, _changes: Changes) -> None:
        if self.target is not None:
            self._stale = True
            self._timer.start()  # once per burst of changes, after they are all in

    def set_active(self, on_screen: bool) -> None:
        """Told by the window when the dock comes on screen or goes behind another tab / is closed."""
        self.active = on_screen
        if on_screen and self._stale:
            QTimer.singleShot(0, self.refresh)  # after the dock has its size: the layout follows its shape
