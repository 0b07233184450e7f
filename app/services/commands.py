"""Commands: every change to a project is a list of object replacements that can be applied and reverted.

An `Op` says "object (kind, id) goes from `before` to `after`" (None = absent). A `Command` applies
its ops in order and reverts them in reverse order, so builders only have to list ops in an order
that keeps references valid (objects before the links to them; links removed before their ends).
Applying is all or nothing in memory: a failing op undoes the ones before it.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from app.domain.changes import Changes
from app.domain.links import Kind
from app.domain.project import Obj, Project, kind_of
from app.domain.records import to_record


@dataclass(frozen=True, slots=True)
class Op:
    kind: Kind
    oid: str
    before: Any | None
    after: Any | None

    def inverse(self) -> "Op":
        return Op(self.kind, self.oid, self.after, self.before)


@dataclass(frozen=True)
class Command:
    label: str
    ops: tuple[Op, ...]
    text_changed: frozenset[str] = field(default_factory=frozenset)  # ids of documents whose text changed

    def apply(self, project: Project) -> Changes:
        return _run(project, self.ops, self.text_changed)

    def revert(self, project: Project) -> Changes:
        return _run(project, tuple(op.inverse() for op in reversed(self.ops)), self.text_changed)

    def audit_changes(self) -> list[dict[str, Any]]:
        return [
            {
                "kind": op.kind.value,
                "id": op.oid,
                "before": None if op.before is None else to_record(op.before),
                "after": None if op.after is None else to_record(op.after),
            }
            for op in self.ops
        ]


def _run(project: Project, ops: tuple[Op, ...], text_changed: frozenset[str]) -> Changes:
    done: list[Op] = []
    try:
        for op in ops:
            _set(project, op.kind, op.oid, op.after)
            done.append(op)
    except Exception:
        for op in reversed(done):
            _set(project, op.kind, op.oid, op.before)
        raise
    changes = Changes(documents_text=set(text_changed))
    for op in ops:
        changes.note(op.kind, op.oid, op.before, op.after)
    return changes


def _set(project: Project, kind: Kind, oid: str, value: Any | None) -> None:
    if value is None:
        if project.find(kind, oid) is not None:
            project.remove(kind, oid)
    else:
        project.put(value)


# -- op builders -------------------------------------------------------------------------------------------------
def insert(obj: Obj) -> Op:
    return Op(kind_of(obj), obj.id, None, obj)


def replace(project: Project, obj: Obj) -> Op:
    return Op(kind_of(obj), obj.id, project.get(kind_of(obj), obj.id), obj)


def delete(project: Project, kind: Kind, oid: str) -> list[Op]:
    """Ops removing an object and every link that touches it (links first)."""
    obj = project.get(kind, oid)
    ops = [Op(Kind.LINK, link.id, link, None) for link in project.links_of(oid)]
    if kind is Kind.DOCUMENT:
        for ann in project.annotations_of(oid):
            ops.extend(delete(project, Kind.ANNOTATION, ann.id))
    ops.append(Op(kind, oid, obj, None))
    return _unique(ops)


def _unique(ops: Iterable[Op]) -> list[Op]:
    seen: set[tuple[Kind, str]] = set()
    out = []
    for op in ops:
        if (op.kind, op.oid) not in seen:
            seen.add((op.kind, op.oid))
            out.append(op)
    return out
