"""The status bar's one message slot, and labels that elide rather than push each other out of the bar.

QStatusBar hides its normal widgets (the export notice) while a temporary message shows and shows them again when
it ends, so an export notice from minutes ago came back after every later message or menu hint. Here a new message
dismisses the notice for good, the notice expires by itself, and the permanent widgets (sync state, counts) have a
bounded width so a message is never cut off behind them.
"""

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

MESSAGE_MS = 15_000
PERMANENT_MAX = 340  # px per permanent label: a message keeps the rest of the bar


class ElidedLabel(QLabel):
    """A one-line plain-text label that elides in the middle when narrower than its text; the whole text is its
    tooltip then. Its size hint never asks for more than `widest` pixels."""

    def __init__(self, parent: QWidget | None = None, widest: int = PERMANENT_MAX) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # file and folder names are not markup
        self.widest = widest

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(min(hint.width(), self.widest), hint.height())

    def minimumSizeHint(self) -> QSize:
        return QSize(min(40, super().sizeHint().width()), super().minimumSizeHint().height())

    def elided(self) -> str:
        """The text as painted at the current width."""
        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), self.elided())
        self.setToolTip(self.text() if self.elided() != self.text() else "")


class StatusSlot(QObject):
    """Every transient status message goes through `say`: the newest one wins, the export notice included."""

    def __init__(self, bar: QStatusBar, notice: QWidget) -> None:
        super().__init__(bar)
        self.bar = bar
        self.notice = notice

    def say(self, message: str, milliseconds: int = MESSAGE_MS) -> None:
        self.notice.hide()  # an explicit hide: QStatusBar does not show it again when this message ends
        self.bar.showMessage(message, milliseconds)


def install(bar: QStatusBar, notice: QWidget, *permanent: QLabel) -> StatusSlot:
    """The notice in the message slot, then the permanent labels at the right, each of bounded width."""
    bar.addWidget(notice, 1)
    for label in permanent:
        if not isinstance(label, ElidedLabel):
            label.setMaximumWidth(PERMANENT_MAX)
        label.setContentsMargins(0, 0, 12, 0)  # apart from its neighbour
        bar.addPermanentWidget(label)
    return StatusSlot(bar, notice)
