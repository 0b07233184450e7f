"""SettingsDialog: the analyst's name and the highlight colour of each category."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.services.ocr import language_problem
from app.ui.dialogs.errors import plain_label
from app.ui.dialogs.keep_typed import AskBeforeDiscard
from app.ui.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from app.ui.palette import DEFAULTS


class SettingsDialog(AskBeforeDiscard):
    def __init__(self, analyst: str, colors: dict[str, str], parent: QWidget | None = None, *,
                 ocr_languages: str = "eng", installed: list[str] | None = None, scheme: str = "system",
                 sync_minutes: int = 0, language: str = "system") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.colors = {category: colors.get(category, default) for category, default in DEFAULTS.items()}
        form = QFormLayout(self)
        self.analyst = QLineEdit(analyst, self)
        self.analyst.setPlaceholderText(self.tr("Name recorded on your highlights and in the audit log"))
        form.addRow(self.tr("Analyst name:"), self.analyst)
        self.ocr = QLineEdit(ocr_languages, self)
        self.ocr.setPlaceholderText(self.tr("eng"))
        self.ocr.setToolTip(self.tr("Tesseract language packs joined by +, e.g. eng+rus+kor. Installed: %1").replace(
            "%1", ", ".join(installed) if installed else self.tr("none found (install tesseract-ocr)")))
        form.addRow(self.tr("OCR languages:"), self.ocr)
        self.installed = installed or []
        self.ocr_problem = plain_label("", self)  # why OK refused the languages; empty and hidden otherwise
        self.ocr_problem.setWordWrap(True)
        self.ocr_problem.setStyleSheet("color: #b00020;")
        self.ocr_problem.hide()
        form.addRow("", self.ocr_problem)
        self.ocr.textEdited.connect(lambda _text: self.ocr_problem.hide())
        self.scheme = QComboBox(self)
        for label, value in ((self.tr("As the system"), "system"), (self.tr("Light"), "light"), (self.tr("Dark"), "dark")):
            self.scheme.addItem(label, value)
        self.scheme.setCurrentIndex(max(self.scheme.findData(scheme), 0))
        form.addRow(self.tr("Appearance:"), self.scheme)
        self.language_box = language_box(language, self)
        form.addRow(self.tr("Language:"), self.language_box)
        restart = plain_label(self.tr("The language changes when Sourcemark is next started."), self)
        restart.setWordWrap(True)
        form.addRow("", restart)
        self.sync = QSpinBox(self)
        self.sync.setRange(0, 24 * 60)
        self.sync.setValue(sync_minutes)
        self.sync.setSuffix(self.tr(" min"))
        self.sync.setSpecialValueText(self.tr("off (File > Sync now)"))
        self.sync.setToolTip(self.tr("Sync the open project with the team's server every N minutes (0: off)"))
        form.addRow(self.tr("Sync every:"), self.sync)
        self.buttons: dict[str, QPushButton] = {}
        for category in DEFAULTS:
            button = QPushButton(self)
            button.clicked.connect(lambda _=False, c=category: self._pick(c))
            self.buttons[category] = button
            form.addRow(colour_label(category), button)
            self._paint(category)
        reset = QPushButton(self.tr("Default colours"), self)
        reset.clicked.connect(self._reset)
        form.addRow("", reset)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        form.addRow(box)

    def _paint(self, category: str) -> None:
        color = self.colors[category]
        text = "#000000" if QColor(color).lightness() > 128 else "#ffffff"
        self.buttons[category].setText(color)
        self.buttons[category].setStyleSheet(f"background: {color}; color: {text};")

    def _pick(self, category: str) -> None:
        color = QColorDialog.getColor(QColor(self.colors[category]), self, colour_label(category).rstrip(":"))
        if color.isValid():
            self.colors[category] = color.name()
            self._paint(category)

    def _reset(self) -> None:
        self.colors = dict(DEFAULTS)
        for category in DEFAULTS:
            self._paint(category)

    def accept(self) -> None:
        """Refuse OCR languages that are malformed or not installed (when Tesseract's list is known) here, not
        at the next OCR run."""
        problem = language_problem(self.ocr_languages(), self.installed or None)  # None: Tesseract not found
        if problem:
            self.ocr_problem.setText(problem)
            self.ocr_problem.show()
            self.ocr.setFocus()
            return
        super().accept()

    def color_scheme(self) -> str:
        return str(self.scheme.currentData())

    def language(self) -> str:
        return str(self.language_box.currentData())

    def ocr_languages(self) -> str:
        return self.ocr.text().strip() or "eng"

    def sync_minutes(self) -> int:
        return self.sync.value()

    def values(self) -> tuple[str, dict[str, str]]:
        return self.analyst.text().strip(), dict(self.colors)


def language_box(language: str, parent: QWidget) -> QComboBox:
    """"As the system", then each language named in itself."""
    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("SettingsDialog", "As the system"), "system")
    for code, name in LANGUAGES.items():
        box.addItem(name, code)
    box.setCurrentIndex(max(box.findData(language), 0))
    return box


def colour_label(category: str) -> str:
    labels = {"claim": QT_TRANSLATE_NOOP("SettingsDialog", "Claim colour:"),
              "actor": QT_TRANSLATE_NOOP("SettingsDialog", "Actor colour:"),
              "source": QT_TRANSLATE_NOOP("SettingsDialog", "Source colour:"),
              "highlight": QT_TRANSLATE_NOOP("SettingsDialog", "Highlight colour:"),
              "question": QT_TRANSLATE_NOOP("SettingsDialog", "Question colour:")}
    text = labels.get(category)
    return QCoreApplication.translate("SettingsDialog", text) if text else f"{category.capitalize()}:"
