"""Deleting what the analyst picked (rows of the GUI's lists), as one undo step, and what goes with it: the
confirmation names both before anything is deleted (entities.delete_objects builds the command)."""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from app.domain.links import Kind
from app.services import entities
from app.services.commands import Command
from app.services.session import ProjectSession

Objects = list[tuple[Kind, str]]


@dataclass(frozen=True)
class Deletion:
    """The command (one undo step; not run yet) and the objects asked for, in the order they were picked."""

    command: Command
    asked: tuple[tuple[Kind, str], ...]

    @property
    def objects(self) -> Objects:
        """Everything the command removes, what hangs on the objects asked for included."""
        return [(op.kind, op.oid) for op in self.command.ops]

    @property
    def with_them(self) -> Objects:
        """What goes only because it hangs on what was asked for: links to it, a document's highlights."""
        return [obj for obj in self.objects if obj not in self.asked]

    def count(self, kind: Kind) -> int:
        """How many objects of a kind go, asked for or with them."""
        return Counter(k for k, _ in self.objects)[kind]

    def documents(self) -> list[str]:
        """The documents that go (a reader showing one of them closes)."""
        return [oid for kind, oid in self.objects if kind is Kind.DOCUMENT]


def plan(session: ProjectSession, ids: Iterable[str]) -> Deletion:
    """The deletion of these objects (any kind, by id; an id twice counts once); a DomainError names an id the
    project does not hold. Nothing changes until the caller executes the command."""
    ids = list(dict.fromkeys(ids))
    command = entities.delete_objects(session, ids)
    by_id = {op.oid: (op.kind, op.oid) for op in command.ops}
    return Deletion(command, tuple(by_id[oid] for oid in ids))
