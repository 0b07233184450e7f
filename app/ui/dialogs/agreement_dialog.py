"""AgreementDialog: Cohen's kappa for verdicts and span overlap F1 against another analyst's project."""

from PySide6.QtCore import Qt
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


def _num(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.2f}"


class AgreementDialog(QDialog):
    def __init__(self, report: AgreementReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Agreement with “{report.project_b}”")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        r = report
        rows = [
            ("Claims judged by both", str(r.claims_compared)),
            ("Same verdict", _num(r.verdict_observed)),
            ("Cohen's kappa (verdicts)", _num(r.verdict_kappa)),
            ("Documents compared", str(r.documents_compared)),
            ("Highlights A / B / overlapping", f"{r.spans_a} / {r.spans_b} / {r.spans_matched}"),
            ("Span overlap F1", _num(r.span_f1)),
            ("Same category (overlapping)", _num(r.category_agreement)),
            ("Cohen's kappa (categories)", _num(r.category_kappa)),
        ]
        for label, value in rows:
            shown = QLabel(value, self)
            shown.setTextFormat(Qt.TextFormat.PlainText)
            form.addRow(label, shown)
        layout.addLayout(form)
        self.table = QTableWidget(0, 4, self)
        self.table.setAccessibleName(self.tr("Disagreements"))
        self.table.setHorizontalHeaderLabels(["Where", "Text", r.heading("A"), r.heading("B")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        entries = [("Verdict", d["statement"], d["a"], d["b"]) for d in r.verdict_disagreements]
        entries += [(d["document"], d["quote"], d["a"], d["b"]) for d in r.category_disagreements]
        self.table.setRowCount(len(entries))
        for row, values in enumerate(entries):
            for col, text in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(QLabel(f"Disagreements ({len(entries)})", self))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 480)
