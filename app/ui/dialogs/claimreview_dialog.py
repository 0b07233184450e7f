"""ClaimReviewDialog: File > Export > ClaimReview… — who publishes the reviews, where, and what Google will miss."""

from collections.abc import Callable

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLineEdit, QListWidget, QVBoxLayout, QWidget

from app.ui.dialogs.errors import plain_label
from app.ui.dialogs.keep_typed import AskBeforeDiscard

Gaps = Callable[[str, str], list[str]]  # (author, url) -> one line per claim lacking what Google requires


class ClaimReviewDialog(AskBeforeDiscard):
    def __init__(self, gaps: Gaps, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export ClaimReview"))
        self.resize(640, 420)
        self._gaps = gaps
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.author = QLineEdit(self)
        self.author.setPlaceholderText(self.tr("the fact-checking organisation (default: each claim's analyst)"))
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://example.org/fact-checks/{id}  ({id}: one page per claim)"))
        form.addRow(self.tr("Author:"), self.author)
        form.addRow(self.tr("Published at (url):"), self.url)
        layout.addLayout(form)
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.gap_list = QListWidget(self)
        self.gap_list.setAccessibleName(self.tr("Claims lacking what ClaimReview requires"))
        layout.addWidget(self.gap_list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.url.textChanged.connect(self.refresh)
        self.author.textChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """List what the export with these settings lacks (the export is allowed all the same)."""
        lines = self._gaps(self.author.text().strip(), self.url.text().strip())
        self.gap_list.clear()
        self.gap_list.addItems(lines)
        self.summary.setText(
            self.tr("Google's fact-check result requires what is listed below; the file can be exported all the same.")
            if lines else self.tr("Every review has what Google's fact-check result requires."))

    def values(self) -> tuple[str, str]:
        """(author, url) as typed, trimmed."""
        return self.author.text().strip(), self.url.text().strip()
