"""SourcesModel: sources with their Admiralty grade; reliability (A-F) and credibility (1-6) editable."""

from app.domain.links import Kind
from app.domain.sources import CREDIBILITY, RELIABILITY, Source
from app.services import entities
from app.ui.models.object_table_model import Column, ObjectTableModel
from app.ui.vocabulary import term

RELIABILITY_CHOICES: list[tuple[str, str]] = [(f"{k} – {v}", k) for k, v in RELIABILITY.items()]
CREDIBILITY_CHOICES: list[tuple[str, int]] = [(f"{k} – {v}", k) for k, v in CREDIBILITY.items()]


class SourcesModel(ObjectTableModel):
    kind = Kind.SOURCE

    def make_columns(self) -> list[Column]:
        session = lambda: self.bridge.session  # noqa: E731 - read at edit time, not at construction
        return [
            Column(self.tr("Source"), lambda s: s.title, tooltip=self._tooltip),
            Column(self.tr("Publisher"), lambda s: s.publisher),
            Column(
                self.tr("Reliability"),
                lambda s: s.reliability,
                edit=lambda s: s.reliability,
                commit=lambda oid, value: entities.edit_source(session(), oid, reliability=str(value)),
                tooltip=lambda s: term(RELIABILITY[s.reliability]),
            ),
            Column(
                self.tr("Credibility"),
                lambda s: s.credibility,
                edit=lambda s: s.credibility,
                commit=lambda oid, value: entities.edit_source(session(), oid, credibility=int(value)),
                tooltip=lambda s: term(CREDIBILITY[s.credibility]),
            ),
            Column(self.tr("Cited by"), self._cited, tooltip=self._cited_tooltip),
        ]

    def ordered_ids(self) -> list[str]:
        return [s.id for s in sorted(self.project.sources.values(), key=lambda s: (s.title.casefold(), s.id))]

    def _cited(self, source: Source) -> int:
        """Highlights that cite it and claims it supports, contradicts or gives context to: every link counts."""
        return len({(link.subject_id, link.object_id) for link in self.project.links_of(source.id)})

    def _cited_tooltip(self, source: Source) -> str:
        quotes = sum(1 for _ in self.project.linked(source.id, Kind.ANNOTATION))
        claims = sum(1 for _ in self.project.linked(source.id, Kind.CLAIM))
        return self.tr("%Ln highlight(s)", "", quotes) + ", " + self.tr("%Ln claim(s)", "", claims)

    def _tooltip(self, source: Source) -> str:
        bits = [source.title, f"grade {source.grade}"]
        if source.url:
            bits.append(source.url)
        return " · ".join(bits)
