"""CaptureDialog: File › Capture web page… — the URL and the options of a live capture, nothing fetched yet."""

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.services.capture.web import DEFAULT_TIME_LIMIT
from app.ui.dialogs.keep_typed import AskBeforeDiscard

MAX_TIME_LIMIT = 24 * 3600.0


@dataclass(frozen=True)
class CaptureRequest:
    url: str
    timeout: float
    max_mb: float
    user_agent: str  # "" for the default one naming Sourcemark
    rendered: bool
    tsq: str = ""  # where to write an RFC 3161 request for the WARC; "" for none
    time_limit: float = DEFAULT_TIME_LIMIT  # seconds the whole capture may take (as --time-limit)


class CaptureDialog(AskBeforeDiscard):
    def __init__(self, parent: QWidget | None = None, *, user_agent: str = "", default_agent: str = "",
                 chromium_missing: str = "", time_limit: float = DEFAULT_TIME_LIMIT) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Capture web page"))
        self.setMinimumWidth(620)
        form = QFormLayout(self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText(self.tr("https://…"))
        form.addRow(self.tr("URL:"), self.url)
        self.timeout = QDoubleSpinBox(self)
        self.timeout.setDecimals(1)
        self.timeout.setRange(1, 600)
        self.timeout.setValue(30)
        self.timeout.setSuffix(self.tr(" s"))
        self.timeout.setToolTip(self.tr("How long a server may stay silent before the capture fails"))
        form.addRow(self.tr("Time-out:"), self.timeout)
        self.time_limit = QDoubleSpinBox(self)
        self.time_limit.setDecimals(0)
        self.time_limit.setRange(1, MAX_TIME_LIMIT)
        self.time_limit.setValue(time_limit)
        self.time_limit.setSuffix(self.tr(" s"))
        self.time_limit.setToolTip(self.tr("How long the whole capture may take (the page, its images and stylesheets, and "
                                   "Chromium), however slowly a server keeps sending"))
        form.addRow(self.tr("Time limit:"), self.time_limit)
        self.max_mb = QDoubleSpinBox(self)
        self.max_mb.setDecimals(0)
        self.max_mb.setRange(1, 2048)
        self.max_mb.setValue(100)
        self.max_mb.setSuffix(self.tr(" MB"))
        self.max_mb.setToolTip(self.tr("Most bytes to read, the page and its images and stylesheets together"))
        form.addRow(self.tr("Size limit:"), self.max_mb)
        self.user_agent = QLineEdit(user_agent, self)
        self.user_agent.setPlaceholderText(default_agent)
        self.user_agent.setToolTip(self.tr("The User-Agent sent to the server (empty: the default, naming Sourcemark)"))
        form.addRow(self.tr("User-Agent:"), self.user_agent)
        self.rendered = QCheckBox(self.tr("Also add a screenshot (PNG) and a PDF print (Chromium)"), self)
        form.addRow("", self.rendered)
        self.chromium_note = QLabel(chromium_missing, self)
        self.chromium_note.setWordWrap(True)
        self.chromium_note.setVisible(bool(chromium_missing))
        self.rendered.setEnabled(not chromium_missing)
        form.addRow("", self.chromium_note)
        self.tsq = QLineEdit(self)
        self.tsq.setAccessibleName(self.tr("Time-stamp request file"))  # its row's label names a layout, not it
        self.tsq.setPlaceholderText(self.tr("optional: a file for an RFC 3161 time-stamp request (.tsq) of the WARC"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._choose_tsq)
        row = QHBoxLayout()
        row.addWidget(self.tsq, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Time-stamp request:"), row)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Capture"))
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _choose_tsq(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Time-stamp request"), "capture.tsq", self.tr("RFC 3161 request (*.tsq)"))
        if path:
            self.tsq.setText(path)

    def request(self) -> CaptureRequest:
        return CaptureRequest(self.url.text().strip(), self.timeout.value(), self.max_mb.value(),
                              self.user_agent.text().strip(), self.rendered.isChecked(), self.tsq.text().strip(),
                              self.time_limit.value())
