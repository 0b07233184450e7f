"""HitDelegate: draws a search result's context with the hit in bold ("…the minister said **the bridge** will…")."""

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.domain.annotations import CONTEXT
from app.services.search import Hit

PARTS_ROLE = Qt.ItemDataRole.UserRole


def hit_parts(hit: Hit, width: int = CONTEXT) -> tuple[str, str, str]:
    """Prefix, hit and suffix on one line each (newlines and runs of spaces as one space)."""
    def one_line(text: str) -> str:
        return " ".join(text.split())
    prefix, suffix = one_line(hit.prefix[-width:]), one_line(hit.suffix[:width])
    return (prefix + " " if hit.prefix[-1:].isspace() else prefix, one_line(hit.exact),
            " " + suffix if hit.suffix[:1].isspace() else suffix)


def hit_html(parts: tuple[str, str, str]) -> str:
    """The context as rich text, every part escaped: document text is never markup."""
    prefix, exact, suffix = parts
    return f"{escape(prefix)}<b>{escape(exact)}</b>{escape(suffix)}"


class HitDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        parts = index.data(PARTS_ROLE)
        if not parts:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget is not None else QApplication.style()
        option.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(0)
        doc.setHtml(hit_html(parts))
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, option.widget)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(text_rect.left(), text_rect.top() + (text_rect.height() - doc.size().height()) / 2)
        painter.setClipRect(QRectF(0, 0, text_rect.width(), text_rect.height()))
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return super().sizeHint(option, index)
