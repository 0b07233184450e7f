"""AgreementDialog: Cohen's kappa for verdicts and span overlap F1 against another analyst's project."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.agreement import AgreementReport
from app.ui import bidi
from app.ui.locale_format import format_number


def _num(x: float | None) -> str:
    return QCoreApplication.translate("AgreementDialog", "n/a") if x is None else format_number(x, 2)


class AgreementDialog(QDialog):
    def __init__(self, report: AgreementReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement with “{project_b}”").format(project_b=bidi.isolate(report.project_b)))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        r = report
        rows = [
            (self.tr("Claims judged by both"), format_number(r.claims_compared)),
            (self.tr("Same verdict"), _num(r.verdict_observed)),
            (self.tr("Cohen's kappa (verdicts)"), _num(r.verdict_kappa)),
            (self.tr("Documents compared"), format_number(r.documents_compared)),
            (self.tr("Highlights A / B / overlapping"), " / ".join(format_number(n) for n in (r.spans_a, r.spans_b, r.spans_matched))),
            (self.tr("Span overlap F1"), _num(r.span_f1)),
            (self.tr("Same category (overlapping)"), _num(r.category_agreement)),
            (self.tr("Cohen's kappa (categories)"), _num(r.category_kappa)),
        ]
        for label, value in rows:
            shown = QLabel(value, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, shown)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Disagreements"))
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Text"), r.heading("A"), r.heading("B")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        entries = [(self.tr("Verdict"), d["statement"], d["a"], d["b"]) for d in r.verdict_disagreements]
        entries += [(d["document"], d["quote"], d["a"], d["b"]) for d in r.category_disagreements]
        self.table.setRowCount(len(entries))
        for row, values in enumerate(entries):
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(QLabel(self.tr("Disagreements ({count})").format(count=len(entries)), self))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)
