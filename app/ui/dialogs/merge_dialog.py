"""MergeDialog: what another analyst's project brings in, and a choice for each conflict (A vs B)."""

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain.links import Kind
from app.services.merge.merging import MergePreview
from app.ui import bidi
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.locale_format import format_number
from app.ui.vocabulary import term

CHOOSE, MINE, THEIRS = (QT_TRANSLATE_NOOP("MergeDialog", "— choose —"),
                        QT_TRANSLATE_NOOP("MergeDialog", "Keep this project's (A)"),
                        QT_TRANSLATE_NOOP("MergeDialog", "Take the other's (B)"))
DELETED, EDITED = QT_TRANSLATE_NOOP("MergeDialog", "deleted"), QT_TRANSLATE_NOOP("MergeDialog", "edited")


class MergeDialog(QDialog):
    """Lists incoming changes per kind and the conflicts side by side; OK only when each conflict is decided.

    Keyboard: the focus starts on the first conflict's Keep box (arrows choose), Tab goes to the next one, Enter
    merges once every conflict is decided, Esc cancels. `incoming` replaces the per-kind counts when what came
    in was already taken (a sync pulls what does not conflict before it asks).
    """

    def __init__(self, preview: MergePreview, parent: QWidget | None = None, *, incoming: str | None = None,
                 title: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title or self.tr("Merge project “{other_name}”").format(other_name=bidi.isolate(preview.other_name)))
        self.preview = preview
        self.incoming = incoming
        layout = QVBoxLayout(self)
        summary = QLabel("\n".join(self._summary()), self)
        summary.setTextFormat(Qt.TextFormat.PlainText)
        summary.setWordWrap(True)
        layout.addWidget(summary)
        conflicts = preview.plan.conflicts
        self.table = QTableWidget(len(conflicts), 4, self)
        self.table.setAccessibleName(self.tr("Conflicts"))
        other = _short_name(preview.other_name)
        self.table.setHorizontalHeaderLabels([self.tr("Object"), self.tr("This project (A)"), self.tr("{other} (B)").format(other=other), self.tr("Keep")])
        b_column = self.table.horizontalHeaderItem(2)
        if b_column is not None:  # set just above
            b_column.setToolTip(preview.other_name)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab goes from one Keep box to the next, not from cell to cell
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self._choices: list[QComboBox] = []
        for row, conflict in enumerate(conflicts):
            mine, theirs = _sides(conflict.mine, conflict.theirs, conflict.fields)
            for col, text in enumerate((f"{term(conflict.kind)} {_title(conflict)}", mine, theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
            box = QComboBox(self.table)
            box.addItems([self.tr(text) for text in (CHOOSE, MINE, THEIRS)])
            box.setAccessibleName(self.tr("Keep for {kind} {title}").format(kind=term(conflict.kind), title=_title(conflict)))
            box.currentIndexChanged.connect(self._update_ok)
            self.table.setCellWidget(row, 3, box)
            self._choices.append(box)
        header = self.table.horizontalHeader()
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(conflicts))
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(900, 520 if conflicts else 260)
        if self._choices:
            self._choices[0].setFocus()

    def _summary(self) -> list[str]:
        p = self.preview
        if self.incoming is not None:
            lines = [self.incoming]
        else:
            by = bidi.listed(p.analysts[1:]) or self.tr("an unknown analyst")
            lines = [self.tr("From {project}, by {analysts}:").format(project=bidi.isolate(p.other_name), analysts=by)]
            for kind, row in sorted(p.counts.items()):
                lines.append(self.tr("  {kind}: {added} new, {updated} changed, {removed} removed").format(
                    kind=term(kind), added=format_number(row["added"]), updated=format_number(row["updated"]),
                    removed=format_number(row["removed"])))
            if not p.counts:
                lines.append(self.tr("  nothing new"))
        if p.plan.kept_deleted:
            lines.append(self.tr("  %Ln object(s) you deleted stay deleted", "", p.plan.kept_deleted))
        n = len(p.plan.conflicts)
        lines.append(self.tr("%Ln conflict(s): both analysts changed these; choose which version to keep.", "", n)
                     if n else self.tr("No conflicts."))
        return lines

    def set_choice(self, row: int, choice: str) -> None:
        """Pick 'mine' or 'theirs' for a conflict row (what the combo box does; used by tests)."""
        self._choices[row].setCurrentIndex({"mine": 1, "theirs": 2}[choice])

    def choices(self) -> dict[tuple[Kind, str], str]:
        out = {}
        for conflict, box in zip(self.preview.plan.conflicts, self._choices):
            if box.currentIndex() > 0:
                out[(conflict.kind, conflict.oid)] = "mine" if box.currentIndex() == 1 else "theirs"
        return out

    def _update_ok(self) -> None:
        done = len(self.choices()) == len(self.preview.plan.conflicts)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(done)


def _short_name(name: str) -> str:
    """A column header's name for the other side: a server database by its name, not its whole URL."""
    if "://" in name:
        name = name.rstrip("/").rsplit("/", 1)[-1] or name
    return name if len(name) <= 28 else name[:27] + "…"


def _title(conflict: object) -> str:
    record = getattr(conflict, "mine", None) or getattr(conflict, "theirs", None) or {}
    for name in ("statement", "name", "title", "exact"):
        if record.get(name):
            text = str(record[name])
            return bidi.quoted(f"{text[:50]}{'…' * (len(text) > 50)}")
    return str(getattr(conflict, "oid", ""))


def _sides(mine: dict | None, theirs: dict | None, fields: list[str]) -> tuple[str, str]:
    deleted, edited = (QCoreApplication.translate("MergeDialog", word) for word in (DELETED, EDITED))
    if mine is None:
        return deleted, edited
    if theirs is None:
        return edited, deleted
    def show(record: dict) -> str:
        return "\n".join(f"{field_label(f)}: {_value(f, record.get(f))}" for f in fields)

    return show(mine), show(theirs)


# The fields an analyst edits, as the conflict table names them (context "MergeFields"; others show as stored).
_FIELDS = (QT_TRANSLATE_NOOP("MergeFields", "statement"), QT_TRANSLATE_NOOP("MergeFields", "verdict"),
           QT_TRANSLATE_NOOP("MergeFields", "rationale"), QT_TRANSLATE_NOOP("MergeFields", "name"),
           QT_TRANSLATE_NOOP("MergeFields", "aliases"), QT_TRANSLATE_NOOP("MergeFields", "kind"),
           QT_TRANSLATE_NOOP("MergeFields", "country"), QT_TRANSLATE_NOOP("MergeFields", "description"),
           QT_TRANSLATE_NOOP("MergeFields", "title"), QT_TRANSLATE_NOOP("MergeFields", "publisher"),
           QT_TRANSLATE_NOOP("MergeFields", "published"), QT_TRANSLATE_NOOP("MergeFields", "url"),
           QT_TRANSLATE_NOOP("MergeFields", "grade"), QT_TRANSLATE_NOOP("MergeFields", "notes"),
           QT_TRANSLATE_NOOP("MergeFields", "note"), QT_TRANSLATE_NOOP("MergeFields", "category"),
           QT_TRANSLATE_NOOP("MergeFields", "relation"), QT_TRANSLATE_NOOP("MergeFields", "as_written"),
           QT_TRANSLATE_NOOP("MergeFields", "reason"), QT_TRANSLATE_NOOP("MergeFields", "modified"))
_TERMS = frozenset({"verdict", "kind", "category", "relation", "reason", "status"})  # domain values: ui.vocabulary


def field_label(name: str) -> str:
    return QCoreApplication.translate("MergeFields", name) if name in _FIELDS else name


def _value(name: str, value: object) -> str:
    """A field's value in a conflict cell: a domain value in the interface's words, the analysts' text isolated."""
    if value in (None, "", []):
        return "—"
    if isinstance(value, list):  # aliases
        return ", ".join(bidi.isolate(str(item)) for item in value)
    return term(value) if name in _TERMS else bidi.isolate(str(value))
