"""GraphView: draws an evidence Subgraph with the radial layout; a click on a node names the object.

Shapes and colours say the kind (claims rounded, actors round, sources hexagonal, documents square,
the category colours of the highlights); edge colours say the stance (supports green, contradicts red).
"""

import math

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QWidget,
)

from app.domain.graph import NODE_H, NODE_W, Edge, Node, Subgraph, more_id, radial_layout
from app.domain.links import Kind
from app.ui.palette import CategoryColors
from app.ui.vocabulary import label, term

KIND_CATEGORY = {Kind.CLAIM: "claim", Kind.ACTOR: "actor", Kind.SOURCE: "source", Kind.DOCUMENT: "highlight",
                 Kind.ANNOTATION: "question"}
STANCE_COLORS = {"supports": "#2e7d32", "contradicts": "#c62828"}
EDGE_GREY = "#8a8f98"
LABEL_PLACES = (0.5, 0.4, 0.6, 0.3, 0.7, 0.35, 0.65)  # where along an edge its label may sit
LABEL_GAP = 3.0  # clear space kept around a label, so two labels never touch and read as one
MIN_SCALE = 0.7  # the automatic fit stops here (smaller labels are unreadable): scroll instead, or Fit all
FIT_ALL_MIN = 0.1  # "Fit all" and Ctrl+wheel go down to here: the whole picture, labels or not
MAX_SCALE = 3.0


def node_category(node: Node) -> str:
    """The palette category a node is filled with: a highlight's own category, else its kind's."""
    return node.detail if node.kind is Kind.ANNOTATION and node.detail else KIND_CATEGORY.get(node.kind, "")


class MoreItem(QGraphicsSimpleTextItem):
    """A "+N more" label; clicking it asks for the hidden neighbours to be drawn too."""

    def __init__(self, parent_id: str, count: int) -> None:
        super().__init__(f"+{count} more")
        self.parent_id = parent_id
        self.setCursor(Qt.CursorShape.PointingHandCursor)


class NodeItem(QGraphicsItem):
    """One object: its shape and colour by kind, its label elided to the box, its verdict/grade below."""

    def __init__(self, node: Node, fill: QColor, center: bool) -> None:
        super().__init__()
        self.node = node
        self.fill = fill
        self.center = center
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setToolTip(f"{label(node.kind)}: {node.label}" + (f"\n{node.detail}" if node.detail else ""))
        self.setZValue(2)

    def boundingRect(self) -> QRectF:
        return QRectF(-NODE_W / 2 - 2, -NODE_H / 2 - 2, NODE_W + 4, NODE_H + 4)

    def shape_path(self) -> QPainterPath:
        r = QRectF(-NODE_W / 2, -NODE_H / 2, NODE_W, NODE_H)
        path = QPainterPath()
        kind = self.node.kind
        if kind is Kind.ACTOR:
            path.addEllipse(r)
        elif kind is Kind.SOURCE:
            d = NODE_H / 2
            path.addPolygon(QPolygonF([QPointF(r.left() + d, r.top()), QPointF(r.right() - d, r.top()),
                                       QPointF(r.right(), 0), QPointF(r.right() - d, r.bottom()),
                                       QPointF(r.left() + d, r.bottom()), QPointF(r.left(), 0)]))
            path.closeSubpath()
        elif kind is Kind.DOCUMENT:
            path.addRect(r)
        else:
            path.addRoundedRect(r, 12, 12)
        return path

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor("#263238") if self.center else self.fill.darker(160), 2.5 if self.center else 1.2)
        if self.node.kind is Kind.ANNOTATION:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(self.fill))
        painter.drawPath(self.shape_path())
        painter.setPen(QColor("#101418"))
        font = QFont(painter.font())
        font.setBold(self.center)
        painter.setFont(font)
        inner = NODE_W - (NODE_H * 0.8 if self.node.kind in (Kind.ACTOR, Kind.SOURCE) else 14)
        metrics = QFontMetricsF(font)
        lines = two_lines(self.node.label, metrics, inner)
        small = QFont(font)
        small.setBold(False)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.82))
        detail_h = QFontMetricsF(small).height() if self.node.detail else 0.0
        line_h = metrics.height()
        top = -(line_h * len(lines) + detail_h) / 2
        for k, line in enumerate(lines):
            painter.drawText(QRectF(-inner / 2, top + k * line_h, inner, line_h), Qt.AlignmentFlag.AlignCenter, line)
        if self.node.detail:
            painter.setFont(small)
            painter.setPen(QColor("#37474f"))
            painter.drawText(QRectF(-inner / 2, top + len(lines) * line_h, inner, detail_h), Qt.AlignmentFlag.AlignCenter,
                             self.node.detail)


def two_lines(text: str, metrics: QFontMetricsF, width: float) -> list[str]:
    """The label on at most two lines, broken between words, the second elided if need be."""
    words = text.split()
    first: list[str] = []
    while words and metrics.horizontalAdvance(" ".join([*first, words[0]])) <= width:
        first.append(words.pop(0))
    if not first:  # one very long word
        return [metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]
    if not words:
        return [" ".join(first)]
    return [" ".join(first), metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]


class GraphView(QGraphicsView):
    nodeClicked = Signal(str, str)
    """Fires with (kind, id) when the user clicks a node."""
    moreClicked = Signal(str)
    """Fires with a node id when the user clicks the "+N more" label of that node."""

    def __init__(self, colors: CategoryColors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.colors = colors
        self.setScene(QGraphicsScene(self))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)  # a big graph in a small dock: drag to pan
        self.graph: Subgraph | None = None
        self.positions: dict[str, tuple[float, float]] = {}
        self.node_items: dict[str, NodeItem] = {}
        self._drawn_ratio = 0.0
        self._taken: list[QRectF] = []  # nodes and edge labels already placed
        self.more_items: list[MoreItem] = []
        self.fit_all = False  # the user asked to see everything (Fit all): keep fitting so on resize

    def show_graph(self, graph: Subgraph | None) -> None:
        self.graph = graph
        self._draw()

    def _ratio(self) -> float:
        w, h = max(1, self.viewport().width()), max(1, self.viewport().height())
        return min(max(w / h, 1.0), 4.0)  # use a wide dock's width, within reason

    def _draw(self) -> None:
        scene = self.scene()
        scene.clear()
        self.node_items, self.more_items = {}, []
        graph = self.graph
        if graph is None:
            return
        self._drawn_ratio = self._ratio()
        self.positions = pos = radial_layout(graph, self._drawn_ratio)
        self._taken = [QRectF(x - NODE_W / 2, y - NODE_H / 2, NODE_W, NODE_H) for x, y in pos.values()]
        for edge in sorted(graph.edges, key=lambda e: graph.center not in (e.source, e.target)):  # the centre's first
            self._edge(pos[edge.source], pos[edge.target], edge)
        for oid, node in graph.nodes.items():
            fill = self.colors.color(node_category(node), alpha=255).lighter(118)
            item = NodeItem(node, fill, oid == graph.center)
            item.setPos(*pos[oid])
            scene.addItem(item)
            self.node_items[oid] = item
        for parent, count in graph.more.items():
            self._more(parent, pos[parent], pos[more_id(parent)], count)
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-20, -20, 20, 20))
        self._fit()

    def _fit(self) -> None:
        """Fit the graph in the view, but never shrink the labels below legibility nor blow them up."""
        rect = self.scene().sceneRect()
        if rect.isEmpty():
            return
        view = self.viewport().rect()
        scale = min(view.width() / rect.width(), view.height() / rect.height())
        scale = min(max(scale, FIT_ALL_MIN if self.fit_all else MIN_SCALE), 1.0)
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(0, 0)

    def zoom_to_fit(self) -> None:
        """Fit all: the whole graph in the dock, however small the labels get."""
        self.fit_all = True
        self._fit()

    def zoom_by(self, factor: float) -> None:
        scale = self.transform().m11()
        factor = min(max(scale * factor, FIT_ALL_MIN), MAX_SCALE) / scale
        self.scale(factor, factor)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:  # Ctrl+wheel zooms; the wheel alone scrolls
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def _edge(self, a: tuple[float, float], b: tuple[float, float], edge: Edge) -> None:
        relation, quotes = edge.relation, len(edge.quotes)
        color = QColor(STANCE_COLORS.get(relation, EDGE_GREY))
        pen = QPen(color, 2.2 if relation in STANCE_COLORS else 1.3)
        line = self.scene().addLine(a[0], a[1], b[0], b[1], pen)
        line.setZValue(0)
        text = term(relation) + (f" ×{quotes}" if quotes > 1 else "")
        written = QCoreApplication.translate("GraphView", " (as written: {names})").format(names=", ".join(edge.as_written)) if edge.as_written else ""
        line.setToolTip(text + written)
        label = QGraphicsSimpleTextItem(text)
        font = QFont(label.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.8))
        label.setFont(font)
        dark = self.palette().base().color().lightness() < 128  # the labels sit on the base colour
        label.setBrush(color.lighter(150) if dark else color.darker(130))
        size = label.boundingRect().size()
        for t in LABEL_PLACES:  # the middle of the edge, else further along it, else no label (the tooltip stays)
            at = QPointF(a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t) - QPointF(size.width() / 2, size.height() / 2)
            box = QRectF(at, size).adjusted(-2, 0, 2, 0)
            clear = box.adjusted(-LABEL_GAP, -LABEL_GAP, LABEL_GAP, LABEL_GAP)
            if not any(clear.intersects(taken) for taken in self._taken):
                break
        else:
            return
        self._taken.append(box)
        label.setPos(at)
        backdrop = self.scene().addRect(box, QPen(Qt.PenStyle.NoPen), QBrush(self.palette().base().color()))
        backdrop.setZValue(1)
        label.setZValue(1.5)
        self.scene().addItem(label)

    def _more(self, parent_id: str, parent: tuple[float, float], at: tuple[float, float], count: int) -> None:
        self.scene().addLine(parent[0], parent[1], at[0], at[1], QPen(QColor(EDGE_GREY), 1, Qt.PenStyle.DotLine))
        label = MoreItem(parent_id, count)
        label.setBrush(QColor("#1565c0"))
        font = QFont(label.font())
        font.setUnderline(True)  # reads as a link: it is one
        label.setFont(font)
        rect = label.boundingRect()
        label.setPos(at[0] - rect.width() / 2, at[1] - rect.height() / 2)
        label.setToolTip(self.tr("%Ln more linked object(s): click to draw them", "", count))
        label.setZValue(2)
        self.scene().addItem(label)
        self.more_items.append(label)

    def node_at(self, view_pos: QPointF) -> NodeItem | None:
        for item in self.node_items.values():
            local = item.mapFromScene(self.mapToScene(view_pos.toPoint()))
            if item.shape_path().contains(local):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            item = self.node_at(event.position())
            if item is not None:
                self.nodeClicked.emit(item.node.kind.value, item.node.id)
                return
            scene_pos = self.mapToScene(event.position().toPoint())
            more = next((m for m in self.more_items if m.sceneBoundingRect().contains(scene_pos)), None)
            if more is not None:
                self.moreClicked.emit(more.parent_id)
                return
        super().mousePressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.graph is not None and not math.isclose(self._ratio(), self._drawn_ratio, rel_tol=0.15):
            self._draw()  # the ellipse follows the dock's shape
        else:
            self._fit()
