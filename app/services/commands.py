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
from app.domain.revisions import next_revision


@dataclass(eq=False, slots=True)
class StoredFile:
    """A file a command needs in the project folder before its objects are committed: an imported
    original (`data` = bytes) or a canonical-text cache (`data` = DocumentText). Both are content
    addressed, so writing one twice (redo) or leaving one behind (a failed commit) is harmless.

    The session drops `data` once the file is written (`written()`): originals are never deleted and a
    text cache can be rebuilt from its original, so the undo history need not pin a whole PDF and its
    geometry in memory for as long as the command stays undoable."""

    kind: str  # "original" or "text"
    key: str  # sha256 of the bytes, or text_sha256
    data: Any  # None once written
    suffix: str = ""

    def written(self) -> None:
        self.data = None


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
    files: tuple[StoredFile, ...] = ()  # written by the session before the commit (add/replace document, merge)
    audit: tuple[tuple[str, Any], ...] = ()  # extra fields for the audit entry, e.g. ("analysts", [...]) for a merge

    @property
    def created(self) -> dict[Kind, tuple[str, ...]]:
        """Ids of the objects this command creates, per kind, in op order."""
        out: dict[Kind, list[str]] = {}
        for op in self.ops:
            if op.before is None and op.after is not None:
                out.setdefault(op.kind, []).append(op.oid)
        return {kind: tuple(ids) for kind, ids in out.items()}

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


@dataclass(frozen=True)
class Executed:
    """What `ProjectSession.execute` returns: the change set and the ids the command created."""

    changes: Changes
    created: dict[Kind, tuple[str, ...]]


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
    """Op replacing the stored object by `obj`, as its next revision (rev + 1, history extended)."""
    before = project.get(kind_of(obj), obj.id)
    return Op(kind_of(obj), obj.id, before, next_revision(before, obj))


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
