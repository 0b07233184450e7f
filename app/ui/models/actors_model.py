"""ActorsModel: actors with kind, aliases, how often they are mentioned and the forms as written."""

from app.domain.actors import Actor
from app.domain.links import Kind
from app.ui.models.object_table_model import Column, ObjectTableModel
from app.ui.vocabulary import term


class ActorsModel(ObjectTableModel):
    kind = Kind.ACTOR

    def make_columns(self) -> list[Column]:
        return [
            Column(self.tr("Name"), lambda a: a.name, tooltip=self._tooltip),
            Column(self.tr("Kind"), lambda a: term(a.kind)),
            Column(self.tr("Aliases"), lambda a: "; ".join(a.aliases)),
            Column(self.tr("Mentions"), self._mentions),
            Column(self.tr("As written"), lambda a: "; ".join(self.forms_as_written(a))),
        ]

    def ordered_ids(self) -> list[str]:
        return [a.id for a in sorted(self.project.actors.values(), key=lambda a: (a.name.casefold(), a.id))]

    def _mentions(self, actor: Actor) -> int:
        return sum(1 for _ in self.project.linked(actor.id, Kind.ANNOTATION))

    def forms_as_written(self, actor: Actor) -> list[str]:
        """Distinct spellings the documents use that differ from the canonical name (with their reason)."""
        forms: dict[str, str] = {}
        for link, _ in self.project.linked(actor.id, Kind.ANNOTATION):
            written = link.as_written.strip()
            if written and written != actor.name and written not in forms:
                forms[written] = link.reason.value
        return [f"{w} ({term(r)})" if r else w for w, r in forms.items()]

    def _tooltip(self, actor: Actor) -> str:
        parts = [actor.name, term(actor.kind)]
        if actor.country:
            parts.append(actor.country)
        if actor.description:
            parts.append(actor.description)
        return " · ".join(parts)
