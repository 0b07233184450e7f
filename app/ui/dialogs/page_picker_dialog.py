"""PagePickerDialog: choose which archived pages of a WARC/WACZ become documents (all are ticked)."""

from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.ui.dialogs.errors import plain_label
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.locale_format import format_datetime

COLUMNS = (QT_TRANSLATE_NOOP("PagePickerDialog", "Page"), QT_TRANSLATE_NOOP("PagePickerDialog", "URL"),
           QT_TRANSLATE_NOOP("PagePickerDialog", "Captured at"), QT_TRANSLATE_NOOP("PagePickerDialog", "Size"))


class PagePickerDialog(QDialog):
    """`pages`: objects with .record, .url, .captured_at, .title, .size and .problem, as
    services.documents.archive_pages returns them."""

    def __init__(self, pages: list[Any], file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Choose pages to add"))
        self.resize(860, 380)
        layout = QVBoxLayout(self)
        layout.addWidget(plain_label(self.tr("{file_name} holds %n archived web page(s). Each page you tick becomes a document; nothing in them is fetched.", "", len(pages)).format(file_name=file_name), self, wordWrap=True))
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Archived pages"))
        self.tree.setHeaderLabels([self.tr(column) for column in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for page in pages:
            problem = page.problem  # a page whose Content-Encoding cannot be undone: listed, not ticked
            title = self.tr("(cannot be read: {problem})").format(problem=problem) if problem else page.title or self.tr("(no title)")
            if getattr(page, "frame_of", ""):  # a document shown inside another page: listed under it
                title = self.tr("↳ {title} (frame of {page})").format(title=title, page=page.frame_of)
            item = QTreeWidgetItem([title, page.url, format_datetime(page.captured_at), _size(page.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, page.record)
            item.setToolTip(1, f"{page.url}\n{page.record}")
            item.setCheckState(0, Qt.CheckState.Unchecked if problem else Qt.CheckState.Checked)
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((250, 300, 180)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add chosen pages"))
        for label, state in ((self.tr("Tick all"), Qt.CheckState.Checked), (self.tr("Tick none"), Qt.CheckState.Unchecked)):
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, s=state: self._tick_all(s))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen_records(self) -> list[str]:
        """The record ids of the ticked pages, in archive order."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items
                if item is not None and item.checkState(0) == Qt.CheckState.Checked]

    def _tick_all(self, state: Qt.CheckState) -> None:
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item is not None:
                item.setCheckState(0, state)


def _size(size: int) -> str:
    """In the locale's digits and units ("3 KB", "3 КБ")."""
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)
