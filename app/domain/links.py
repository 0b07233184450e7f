"""Links between annotations, claims, actors and sources, with the allowed relations."""

from dataclasses import dataclass
from enum import StrEnum

from app.domain import validation as v
from app.domain.errors import DomainError
from app.domain.ids import LinkId


class Kind(StrEnum):
    """Kinds of objects in a project; also the names of their collections."""

    DOCUMENT = "document"
    ANNOTATION = "annotation"
    CLAIM = "claim"
    ACTOR = "actor"
    SOURCE = "source"
    LINK = "link"


DEPENDENCY_ORDER = (Kind.DOCUMENT, Kind.CLAIM, Kind.ACTOR, Kind.SOURCE, Kind.ANNOTATION, Kind.LINK)
"""Kinds in the order objects may be added (what a link or an annotation points at comes first): the one
definition that loading, merge, sync and the CouchDB export share."""

class Relation(StrEnum):
    STATES = "states"  # annotation -> claim
    MENTIONS = "mentions"  # annotation -> actor
    MADE_BY = "made-by"  # claim -> actor
    ABOUT = "about"  # claim -> actor
    SUPPORTS = "supports"  # claim|annotation -> source
    CONTRADICTS = "contradicts"  # claim|annotation -> source
    CONTEXT = "context"  # claim|annotation -> source
    CITES = "cites"  # annotation -> source: the span credits this source ("... Krasnaya Zvezda reported")


ALLOWED: dict[tuple[Kind, Kind], frozenset[Relation]] = {
    (Kind.ANNOTATION, Kind.CLAIM): frozenset({Relation.STATES}),
    (Kind.ANNOTATION, Kind.ACTOR): frozenset({Relation.MENTIONS}),
    (Kind.ANNOTATION, Kind.SOURCE): frozenset(
        {Relation.SUPPORTS, Relation.CONTRADICTS, Relation.CONTEXT, Relation.CITES}
    ),
    (Kind.CLAIM, Kind.ACTOR): frozenset({Relation.MADE_BY, Relation.ABOUT}),
    (Kind.CLAIM, Kind.SOURCE): frozenset({Relation.SUPPORTS, Relation.CONTRADICTS, Relation.CONTEXT}),
}


class MentionReason(StrEnum):
    NONE = ""
    MISSPELLING = "misspelling"
    TRANSLITERATION = "transliteration"
    ALIAS = "alias"
    TITLE = "title"


def default_relation(subject: Kind, obj: Kind) -> Relation:
    order = [Relation.STATES, Relation.MENTIONS, Relation.MADE_BY, Relation.SUPPORTS, Relation.CITES]
    allowed = ALLOWED.get((subject, obj), frozenset())
    for relation in order:
        if relation in allowed:
            return relation
    raise DomainError(f"a {subject} cannot be linked to a {obj}")


@dataclass(frozen=True, slots=True)
class Link:
    id: LinkId
    subject_kind: Kind
    subject_id: str
    object_kind: Kind
    object_id: str
    relation: Relation
    as_written: str = ""  # for mentions: the name as the document writes it ("No Gun Chol")
    reason: MentionReason = MentionReason.NONE
    note: str = ""
    rev: int = 1  # revision: 1 on create, +1 per change (docs/reference/merge.md)
    history: tuple[str, ...] = ()  # content hashes of earlier revisions, newest last (docs/reference/merge.md)

    def __post_init__(self) -> None:
        # each message is built only when its check fails: building them all was most of a link's validation
        allowed = ALLOWED.get((self.subject_kind, self.object_kind))
        if allowed is None:
            raise DomainError(f"a {self.subject_kind} cannot be linked to a {self.object_kind}")
        if self.relation not in allowed:
            raise DomainError(f"a {self.subject_kind} -> {self.object_kind} link must be one of "
                              f"{', '.join(sorted(r.value for r in allowed))}, not {self.relation!r}")
        v.text(self.as_written, "name as written", limit=1000)
        if not isinstance(self.reason, MentionReason):
            raise DomainError(f"unknown mention reason {self.reason!r}")
        v.text(self.note, "note")
