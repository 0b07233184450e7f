"""ReanchorBar: a non-blocking message above the view after a document got new text (a new version, or OCR).

It belongs to that document: opening another one dismisses it."""

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from app.domain.annotations import AnchorStatus
from app.domain.changes import Changes
from app.services.labels import short
from app.ui import bidi
from app.ui.bridge import SessionBridge
from app.ui.locale_format import format_number
from app.ui.vocabulary import term


def anchor_counts(bridge: SessionBridge, document_id: str) -> Counter[str]:
    return Counter(a.status.value for a in bridge.session.project.annotations_of(document_id))


class ReanchorBar(QFrame):
    orphansRequested = Signal(str)
    """Fires with a document id when the user asks to see that document's orphans."""

    def __init__(self, bridge: SessionBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.document_id: str | None = None
        self.setObjectName("ReanchorBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#ReanchorBar { background: palette(alternate-base); border: 1px solid palette(mid); }")
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # shows a document title: never rich text
        self.label.setWordWrap(True)
        self.orphans = QPushButton(self.tr("Show orphans"), self)
        self.orphans.clicked.connect(lambda: self.orphansRequested.emit(self.document_id or ""))
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.orphans)
        layout.addWidget(close)
        self.hide()
        bridge.projectChanged.connect(self._on_changes)

    def _on_changes(self, changes: Changes) -> None:
        for document_id in changes.documents_text:
            if document_id in self.bridge.session.project.documents:
                self.report(document_id)

    def report(self, document_id: str) -> None:
        doc = self.bridge.session.project.documents[document_id]
        counts = anchor_counts(self.bridge, document_id)
        parts = ", ".join(f"{format_number(counts.get(s.value, 0))} {term(s)}" for s in AnchorStatus)
        self.document_id = document_id
        self.label.setText(self.tr("“{short}” was replaced by a new version. Highlights re-anchored: {parts}.").format(short=bidi.isolate(short(doc.title, 50)), parts=parts))
        self.orphans.setVisible(counts.get(AnchorStatus.ORPHAN.value, 0) > 0)
        self.show()

    def report_ocr(self, document_id: str, message: str) -> None:
        """After OCR: what it found, instead of "replaced by a new version" (the text is new, the file is not)."""
        if document_id not in self.bridge.session.project.documents:
            return
        counts = anchor_counts(self.bridge, document_id)
        self.document_id = document_id
        self.label.setText(message)
        self.orphans.setVisible(counts.get(AnchorStatus.ORPHAN.value, 0) > 0)
        self.show()

    def follow_document(self, document_id: str | None) -> None:
        if self.document_id != document_id:
            self.hide()
