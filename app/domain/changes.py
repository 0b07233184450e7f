"""Typed change sets: which objects of which kind a command added, updated or removed."""

from dataclasses import dataclass, field

from app.domain.links import Kind


@dataclass(slots=True)
class Delta:
    added: set[str] = field(default_factory=set)
    updated: set[str] = field(default_factory=set)
    removed: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.added or self.updated or self.removed)


@dataclass(slots=True)
class Changes:
    """What a command changed, so views refresh only that (Anki's OpChanges)."""

    deltas: dict[Kind, Delta] = field(default_factory=dict)
    documents_text: set[str] = field(default_factory=set)  # documents whose text/version changed
    # Who started the change (a view, by identity), so that view can skip refreshing from its own edit;
    # None for undo, redo, a sync and anything else no view asked for.
    initiator: object = None

    def of(self, kind: Kind) -> Delta:
        return self.deltas.get(kind, Delta())

    def note(self, kind: Kind, oid: str, before: object, after: object) -> None:
        delta = self.deltas.setdefault(kind, Delta())
        if before is None and after is not None:
            delta.added.add(oid)
        elif after is None and before is not None:
            delta.removed.add(oid)
        elif before is not None:
            delta.updated.add(oid)

    def merge(self, other: "Changes") -> "Changes":
        for kind, delta in other.deltas.items():
            mine = self.deltas.setdefault(kind, Delta())
            mine.added |= delta.added
            mine.updated |= delta.updated
            mine.removed |= delta.removed
        self.documents_text |= other.documents_text
        return self

    def __bool__(self) -> bool:
        return any(self.deltas.values()) or bool(self.documents_text)
