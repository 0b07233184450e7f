"""LinkDialog: link a selection to a claim, actor or source, picking an existing one (with completion) or naming a new one."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.actors import ActorKind
from app.domain.claims import Verdict
from app.domain.links import ALLOWED, Kind, MentionReason, default_relation
from app.domain.normalize import name_key
from app.domain.project import Project
from app.domain.sources import CREDIBILITY, RELIABILITY
from app.ui.gestures import LinkChoice

TITLES = {Kind.CLAIM: "Link to a claim", Kind.ACTOR: "Link to an actor", Kind.SOURCE: "Link to a source"}


def object_names(project: Project, kind: Kind) -> dict[str, str]:
    """Every name the completer offers -> object id (actors also by alias)."""
    names: dict[str, str] = {}
    if kind is Kind.CLAIM:
        names = {c.statement: c.id for c in project.claims.values()}
    elif kind is Kind.ACTOR:
        for actor in project.actors.values():
            for name in actor.names:
                names.setdefault(name, actor.id)
    else:
        names = {s.title: s.id for s in project.sources.values()}
    return names


def match(names: dict[str, str], text: str) -> str | None:
    """The id of the object whose name matches `text`, ignoring case, accents and dashes."""
    key = name_key(text)
    for name, oid in names.items():
        if name_key(name) == key:
            return oid
    return None


class LinkDialog(QDialog):
    def __init__(self, project: Project, kind: Kind, selected_text: str, parent: QWidget | None = None, *,
                 subject: Kind = Kind.ANNOTATION) -> None:
        super().__init__(parent)
        self.kind = kind
        self.names = object_names(project, kind)
        self.setWindowTitle(TITLES[kind])
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        quote = QLabel(f"“{selected_text[:200]}”", self)
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # document text: never interpreted as HTML
        form.addRow("Selection:" if subject is Kind.ANNOTATION else "Claim:", quote)
        prefill = subject is Kind.ANNOTATION and kind is not Kind.SOURCE  # a quote is often the claim or name itself
        self.name = QLineEdit(selected_text.strip() if prefill else "", self)
        self.name.selectAll()  # typing replaces the quote rather than gluing onto its end
        completer = QCompleter(sorted(self.names, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        form.addRow({Kind.CLAIM: "Claim:", Kind.ACTOR: "Actor:", Kind.SOURCE: "Source:"}[kind], self.name)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet("color: palette(mid);")
        form.addRow("", self.status)
        self.relation = QComboBox(self)
        for relation in sorted(ALLOWED[(subject, kind)], key=lambda r: (r != default_relation(subject, kind), r.value)):
            self.relation.addItem(relation.value, relation.value)
        if self.relation.count() > 1:
            form.addRow("Relation:", self.relation)
        self.extra: dict[str, QComboBox] = {}
        if kind is Kind.CLAIM:
            self._add_combo(form, "verdict", "Verdict (new claim):", [(v.label, v.value) for v in Verdict])
        elif kind is Kind.ACTOR:
            self._add_combo(form, "actor_kind", "Kind (new actor):", [(k.value.capitalize(), k.value) for k in ActorKind])
            if subject is Kind.ANNOTATION:  # only a mention has a form as written
                self._add_combo(form, "reason", "Name as written is:", [
                    ("the usual form", ""), *[(r.value, r.value) for r in MentionReason if r.value]])
        else:
            self._add_combo(form, "reliability", "Reliability (new):", [(f"{k} – {v}", k) for k, v in RELIABILITY.items()], "F")
            self._add_combo(form, "credibility", "Credibility (new):", [(f"{k} – {v}", k) for k, v in CREDIBILITY.items()], 6)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.name.textChanged.connect(self._update)
        self._update()

    def _add_combo(self, form: QFormLayout, key: str, label: str, items: list[tuple[str, object]], current: object = None) -> None:
        combo = QComboBox(self)
        for text, value in items:
            combo.addItem(text, value)
        if current is not None:
            combo.setCurrentIndex(max(combo.findData(current), 0))
        self.extra[key] = combo
        form.addRow(label, combo)

    def _update(self) -> None:
        text = self.name.text().strip()
        existing = match(self.names, text)
        self.ok.setEnabled(bool(text))
        if not text:
            self.status.setText("Type a name, or pick one from the list.")
        elif existing:
            self.status.setText(f"Links to the existing {self.kind.value}.")
        else:
            self.status.setText(f"Creates a new {self.kind.value}.")

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()

    def choice(self) -> LinkChoice:
        text = self.name.text().strip()
        extra = {key: combo.currentData() for key, combo in self.extra.items()}
        return LinkChoice(
            kind=self.kind,
            existing_id=match(self.names, text),
            new_name=text,
            relation=self.relation.currentData(),
            reason=str(extra.get("reason") or ""),
            actor_kind=str(extra.get("actor_kind") or "person"),
            verdict=str(extra.get("verdict") or "unverified"),
            reliability=str(extra.get("reliability") or "F"),
            credibility=int(extra.get("credibility") or 6),
        )
