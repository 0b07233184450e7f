"""PageBar: page number box, page count and zoom controls under the page view."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from app.ui.document_view.page_view import PageView
from app.ui.locale_format import format_number
from app.ui.tool_buttons import add_tool_buttons


class PageBar(QWidget):
    def __init__(self, view: PageView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.page_box = QSpinBox(self)
        self.page_box.setMinimum(1)
        self.page_box.setKeyboardTracking(False)  # jump when the number is complete, not per digit
        self.page_box.setAccessibleName(self.tr("Page number"))
        self.count_label = QLabel(self.tr("of 0"), self)
        self.zoom_label = QLabel(f"{format_number(100)} %", self)
        self.zoom_label.setMinimumWidth(48)
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addStretch(1)
        layout.addWidget(QLabel(self.tr("Page"), self))
        layout.addWidget(self.page_box)
        layout.addWidget(self.count_label)
        layout.addSpacing(16)
        add_tool_buttons(self, layout, (("−", self.tr("Zoom out"), view.zoom_out), ("+", self.tr("Zoom in"), view.zoom_in),
                                        ("↔", self.tr("Fit width"), view.fit_width)))
        layout.addWidget(self.zoom_label)
        layout.addStretch(1)
        self.page_box.valueChanged.connect(self._on_box)
        view.pageChanged.connect(self._on_page)
        view.zoomChanged.connect(lambda z: self.zoom_label.setText(f"{format_number(round(z * 100))} %"))

    def _on_page(self, index: int, count: int) -> None:
        self.page_box.blockSignals(True)  # the view moved: show it, do not jump back
        self.page_box.setMaximum(max(count, 1))
        self.page_box.setValue(index + 1)
        self.page_box.blockSignals(False)
        self.count_label.setText(self.tr("of {count}").format(count=format_number(count)))

    def _on_box(self, number: int) -> None:
        self._view.go_to_page(number - 1)
