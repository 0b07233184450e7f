"""LinkDialog: link a selection to a claim, actor or source, picking an existing one (with completion) or naming a new one."""

from PySide6.QtCore import QCoreApplication, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.domain.actors import ActorKind
from app.domain.claims import Verdict
from app.domain.errors import DomainError
from app.domain.links import ALLOWED, Kind, MentionReason, default_relation
from app.domain.normalize import name_key
from app.domain.project import Project
from app.domain.sources import CREDIBILITY, RELIABILITY, parse_grade
from app.services.marking import LinkChoice
from app.ui import bidi
from app.ui.dialogs.keep_typed import AskBeforeDiscard
from app.ui.i18n import QT_TRANSLATE_NOOP
from app.ui.vocabulary import label, term

TITLES = {Kind.CLAIM: QT_TRANSLATE_NOOP("LinkDialog", "Link to a claim"),
          Kind.ACTOR: QT_TRANSLATE_NOOP("LinkDialog", "Link to an actor"),
          Kind.SOURCE: QT_TRANSLATE_NOOP("LinkDialog", "Link to a source")}


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


class LinkDialog(AskBeforeDiscard):
    def __init__(self, project: Project, kind: Kind, selected_text: str, parent: QWidget | None = None, *,
                 subject: Kind = Kind.ANNOTATION) -> None:
        super().__init__(parent)
        self.kind = kind
        self.project = project
        self.selected_text = selected_text.strip()
        self.names = object_names(project, kind)
        self.setWindowTitle(QCoreApplication.translate("LinkDialog", TITLES[kind]))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        quote = QLabel(bidi.quoted(selected_text[:200]), self)
        quote.setWordWrap(True)
        quote.setTextFormat(Qt.TextFormat.PlainText)  # document text: never interpreted as HTML
        form.addRow(self.tr("Selection:") if subject is Kind.ANNOTATION else self.tr("Claim:"), quote)
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
            form.addRow(self.tr("Relation:"), self.relation)
        else:
            self.relation.hide()  # one relation, nothing to choose; unlaid-out, it sat unlabelled at the top left
        self.extra: dict[str, QComboBox] = {}
        self.source_fields: dict[str, QLineEdit] = {}
        self._reason_touched = False  # once the user picks a reason, the dialog stops suggesting one
        if kind is Kind.CLAIM:
            self._add_combo(form, "verdict", QCoreApplication.translate("LinkDialog", "Verdict (new claim):"), [(label(v), v.value) for v in Verdict])
        elif kind is Kind.ACTOR:
            self._add_combo(form, "actor_kind", QCoreApplication.translate("LinkDialog", "Kind (new actor):"), [(label(k), k.value) for k in ActorKind])
            if subject is Kind.ANNOTATION:  # only a mention has a form as written
                self._add_combo(form, "reason", QCoreApplication.translate("LinkDialog", "Name as written is:"), [
                    (QCoreApplication.translate("LinkDialog", "the usual form"), ""), *[(term(r), r.value) for r in MentionReason if r.value]])
                self.extra["reason"].activated.connect(self._touch_reason)
        else:
            self._add_source_fields(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.name.textChanged.connect(self._update)
        if self.source_fields:
            self.source_fields["grade"].textChanged.connect(lambda _text: self.ok.setEnabled(
                bool(self.name.text().strip()) and self.source_fields["grade"].hasAcceptableInput()))
        self._update()
        self._set_tab_order(buttons)

    def _add_source_fields(self, form: QFormLayout) -> None:
        """One Admiralty grade field ("B2"), then what a citation needs: URL, publisher, date."""
        grade = QLineEdit("F6", self)
        grade.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Fa-f][1-6]"), grade))
        grade.setMaxLength(2)
        grade.setPlaceholderText("B2")
        grade.setToolTip(self.tr("Admiralty grade: reliability of the source A (completely reliable) to F (cannot be judged), "
                         "credibility of the information 1 (confirmed) to 6 (cannot be judged)"))
        self.grade_meaning = QLabel(self)
        self.grade_meaning.setStyleSheet("color: palette(mid);")
        grade.textChanged.connect(self._explain_grade)
        url, publisher, published = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        url.setPlaceholderText(self.tr("https://…"))
        published.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.source_fields = {"grade": grade, "url": url, "publisher": publisher, "published": published}
        form.addRow(self.tr("Grade:"), grade)
        form.addRow("", self.grade_meaning)
        form.addRow(self.tr("URL:"), url)
        form.addRow(self.tr("Publisher:"), publisher)
        form.addRow(self.tr("Published:"), published)
        self._explain_grade(grade.text())

    def _explain_grade(self, text: str) -> None:
        try:
            reliability, credibility = parse_grade(text)
            meaning = f"{term(RELIABILITY[reliability])}; {term(CREDIBILITY[credibility])}"
        except (DomainError, KeyError):
            meaning = QCoreApplication.translate("LinkDialog", "a letter A–F and a digit 1–6, e.g. B2")
        self.grade_meaning.setText(meaning)

    def _touch_reason(self) -> None:
        self._reason_touched = True

    def _set_tab_order(self, buttons: QDialogButtonBox) -> None:
        """Tab follows the fields top to bottom, then OK and Cancel."""
        chain: list[QWidget] = [self.name]
        if self.relation.count() > 1:
            chain.append(self.relation)
        chain += list(self.extra.values()) + list(self.source_fields.values())
        chain += [buttons.button(QDialogButtonBox.StandardButton.Ok), buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

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
        grade_ok = not self.source_fields or self.source_fields["grade"].hasAcceptableInput()
        self.ok.setEnabled(bool(text) and grade_ok)
        if not text:
            self.status.setText(self.tr("Type a name, or pick one from the list."))
        elif existing:
            self.status.setText(self.tr("Links to the existing {value}.").format(value=term(self.kind)))
        else:
            self.status.setText(self.tr("Creates a new {value}.").format(value=term(self.kind)))
        if self.kind is Kind.ACTOR and "reason" in self.extra:
            self._suggest_reason(existing)
        if self.source_fields:
            self._show_source(existing)

    def _suggest_reason(self, actor_id: str | None) -> None:
        """The selection written otherwise than the actor's name: say so, and default to "alias" when it is one of
        the actor's aliases, else to "misspelling" (never "the usual form", which Enter would record as true)."""
        actor = self.project.actors.get(actor_id) if actor_id else None
        written = name_key(self.selected_text)
        differs = actor is not None and bool(self.selected_text) and written != name_key(actor.name)
        reason = MentionReason.NONE
        if actor is not None and differs:
            self.status.setText(self.tr("Links to {name}; written here as “{selected_text}”.").format(
                name=bidi.isolate(actor.name), selected_text=bidi.isolate(self.selected_text[:80])))
            alias = written in {name_key(a) for a in actor.aliases}
            reason = MentionReason.ALIAS if alias else MentionReason.MISSPELLING
        if not self._reason_touched:
            combo = self.extra["reason"]
            combo.setCurrentIndex(max(combo.findData(reason.value), 0))

    def _show_source(self, source_id: str | None) -> None:
        """An existing source shows its own grade and citation (read-only here: the Sources panel edits them)."""
        source = self.project.sources.get(source_id) if source_id else None
        values = ({"grade": source.grade, "url": source.url, "publisher": source.publisher,
                   "published": source.published} if source is not None else None)
        for key, field in self.source_fields.items():
            field.setReadOnly(source is not None)
            if values is not None:
                field.setText(values[key])
            elif field.property("shows_existing"):
                field.setText("F6" if key == "grade" else "")  # back to a new source's defaults
            field.setProperty("shows_existing", source is not None)

    def _accept(self) -> None:
        if self.name.text().strip():
            self.accept()

    def choice(self) -> LinkChoice:
        text = self.name.text().strip()
        extra = {key: combo.currentData() for key, combo in self.extra.items()}
        reliability, credibility = self._grade()
        return LinkChoice(
            kind=self.kind,
            existing_id=match(self.names, text),
            new_name=text,
            relation=self.relation.currentData(),
            reason=str(extra.get("reason") or ""),
            actor_kind=str(extra.get("actor_kind") or "person"),
            verdict=str(extra.get("verdict") or "unverified"),
            reliability=reliability,
            credibility=credibility,
            url=self._field("url"),
            publisher=self._field("publisher"),
            published=self._field("published"),
        )

    def _field(self, key: str) -> str:
        field = self.source_fields.get(key)
        return field.text().strip() if field is not None else ""

    def _grade(self) -> tuple[str, int]:
        try:
            return parse_grade(self._field("grade") or "F6")
        except DomainError:
            return "F", 6
