"""ReportDialog: File > Export report… — pick the claims, preview the report, save it as HTML or PDF."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import SourcemarkError

Preview = Callable[[list[str] | None], tuple[str, dict[str, bytes]]]  # claim ids -> HTML and its images by name
Save = Callable[[Path, str, list[str] | None], bool]  # target, "html"|"pdf", claim ids -> saved


class _SealedDocument(QTextDocument):
    """Holds only the resources added to it. Anything else gets an empty stand-in: given nothing, QTextDocument
    and Qt's image handler fall back to reading the named file themselves."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 - Qt's name
        if kind == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(0)
            return blank
        return QByteArray()


class ReportBrowser(QTextBrowser):
    """A preview that shows only the images handed to it: no files, no network, no links followed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(lambda url: self.scrollToAnchor(url.fragment()) if not url.scheme() else None)

    def show_report(self, html: str, images: dict[str, bytes]) -> None:
        document = _SealedDocument(self)
        for name, png in images.items():
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(png))
        document.setHtml(html)
        self.setDocument(document)


class ReportDialog(QDialog):
    def __init__(self, claims: list[tuple[str, str]], preview: Preview, save: Save, parent: QWidget | None = None,
                 *, default_name: str = "report") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export verification report"))
        self.resize(900, 720)
        self._preview, self._save, self._default_name = preview, save, default_name
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Claims:"), self))
        self.claims = QComboBox(self)
        self.claims.addItem(self.tr("All claims ({count})").format(count=len(claims)), None)
        for cid, statement in claims:
            self.claims.addItem(statement if len(statement) <= 90 else statement[:89] + "…", cid)
        self.claims.setMinimumContentsLength(40)
        row.addWidget(self.claims, 1)
        row.addSpacing(16)
        row.addWidget(QLabel(self.tr("Save as:"), self))
        self.as_pdf = QRadioButton(self.tr("PDF"), self)
        self.as_html = QRadioButton(self.tr("HTML"), self)
        self.as_pdf.setChecked(True)
        row.addWidget(self.as_pdf)
        row.addWidget(self.as_html)
        layout.addLayout(row)
        self.browser = ReportBrowser(self)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Save…"), self)
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.choose_and_save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.claims.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def claim_ids(self) -> list[str] | None:
        cid = self.claims.currentData()
        return [cid] if cid else None

    def fmt(self) -> str:
        return "pdf" if self.as_pdf.isChecked() else "html"

    def refresh(self) -> None:
        try:
            html, images = self._preview(self.claim_ids())
        except SourcemarkError as exc:  # e.g. the claim was deleted meanwhile: say so in the preview itself
            self.browser.setPlainText(self.tr("Could not build the report: {exc}").format(exc=exc))
            return
        self.browser.show_report(html, images)

    def choose_and_save(self) -> None:
        fmt = self.fmt()
        name, pattern = f"{self._default_name}.{fmt}", "PDF (*.pdf)" if fmt == "pdf" else "HTML (*.html)"  # no words
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save verification report"), name, pattern)
        if target:
            self.save_to(Path(target))

    def save_to(self, target: Path) -> bool:
        if target.suffix.lower() not in (".pdf", ".html", ".htm"):
            target = target.with_name(f"{target.name}.{self.fmt()}")
        saved = self._save(target, "pdf" if target.suffix.lower() == ".pdf" else "html", self.claim_ids())
        if saved:
            self.accept()
        return saved
