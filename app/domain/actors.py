"""Actors named in documents: people, organisations, state bodies, media outlets."""

from dataclasses import dataclass
from enum import StrEnum

from app.domain import validation as v
from app.domain.ids import ActorId


class ActorKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"
    STATE_BODY = "state body"
    MEDIA_OUTLET = "media outlet"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Actor:
    id: ActorId
    name: str
    kind: ActorKind = ActorKind.PERSON
    aliases: tuple[str, ...] = ()
    description: str = ""
    wikidata_id: str = ""
    country: str = ""
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    def __post_init__(self) -> None:
        v.text(self.name, "actor name", required=True, limit=1000)
        v.require(isinstance(self.kind, ActorKind), f"unknown actor kind {self.kind!r}")
        for alias in self.aliases:
            v.text(alias, "alias", required=True, limit=1000)
        v.text(self.description, "description")
        v.require(
            not self.wikidata_id or (self.wikidata_id[:1] == "Q" and self.wikidata_id[1:].isdigit()),
            f"a Wikidata id looks like Q12345, not {self.wikidata_id!r}",
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name first, then the aliases."""
        return (self.name, *self.aliases)
