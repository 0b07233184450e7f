"""Plan merging another analyst's project into this one, object by object (the rule is in docs/reference/merge.md).

Pure: both projects are in memory, and what each side deleted comes in as "tombstones" (the record an
object had when it was deleted, read from each project's audit log by the caller). Documents are matched
by id, then by sha256 of the file, then by sha256 of the canonical text; annotations and sources of a
matched document are re-pointed at this project's copy.
"""

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import DEPENDENCY_ORDER, Kind
from app.domain.project import Project
from app.domain.records import from_record, from_trusted, to_record
from app.domain.revisions import (
    HISTORY_LIMIT,
    Edited,
    deletion_mark,
    kept_over,
    record_hash,
    unchanged_since,
    who_edited,
)

Key = tuple[Kind, str]
Tombstones = Mapping[Key, dict[str, Any]]  # (kind, id) -> record at deletion


@dataclass(frozen=True)
class Conflict:
    """An object both analysts changed (or one edited what the other deleted); None = deleted on that side."""

    kind: Kind
    oid: str
    mine: dict[str, Any] | None
    theirs: dict[str, Any] | None
    gone: dict[str, Any] | None = None  # against a deletion: the record the deleting side deleted
    branches: tuple[dict[str, Any], ...] = ()  # further concurrent versions (server branches) a decision covers
    between_others: bool = False  # server branches none of which is this analyst's: decided by one who edited
    hanging: tuple[str, ...] = ()  # deleted there, unchanged here, but these ("link L1") that the deletion
    # there did not take hang on it here

    @property
    def fields(self) -> list[str]:
        if self.mine is None or self.theirs is None:
            return []
        names = dict.fromkeys([*self.mine, *self.theirs])
        differ = [n for n in names if n not in ("rev", "history") and self.mine.get(n) != self.theirs.get(n)]
        # `modified` follows any edit, so it is named only when nothing the analyst decides on differs
        return [n for n in differ if n != "modified"] or differ

    @property
    def decidable(self) -> bool:
        """Whether this analyst's --prefer settles it (not a conflict between other analysts' versions)."""
        return not self.between_others

    def describe(self) -> str:
        """'claim C1: verdict: false | misleading' — one line, A then B, for listings."""
        label = f"{self.kind} {self.oid}"
        if self.between_others and self.branches:
            versions = Conflict(self.kind, self.oid, self.theirs, self.branches[0]).describe()
            return f"{versions} (versions on the server by other analysts: left open for one of them to decide)"
        if self.mine is None:
            return f"{label}: deleted here | edited there"
        if self.theirs is None and self.hanging:
            return f"{label}: {', '.join(self.hanging)} {'hangs' if len(self.hanging) == 1 else 'hang'} on it here | deleted there"
        if self.theirs is None:
            return f"{label}: edited here | deleted there"
        parts = [f"{n}: {_show(self.mine.get(n))} | {_show(self.theirs.get(n))}" for n in self.fields]
        return f"{label}: " + "; ".join(parts)


@dataclass(frozen=True)
class Change:
    """One automatic step: `after` None = delete; `before` None = add."""

    kind: Kind
    oid: str
    after: Any | None


@dataclass
class ProjectMergePlan:
    changes: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # one line per object left out, saying why
    kept_deleted: int = 0  # objects this project deleted and the other left unchanged

    def counts(self, project: Project) -> dict[str, dict[str, int]]:
        """Per kind: how many objects come in new, change, or go."""
        out: dict[str, dict[str, int]] = {}
        for ch in self.changes:
            verb = "removed" if ch.after is None else "updated" if project.find(ch.kind, ch.oid) else "added"
            row = out.setdefault(str(ch.kind), {"added": 0, "updated": 0, "removed": 0})
            row[verb] += 1
        return out


def plan_project_merge(
    mine: Project, theirs: Project, *, mine_deleted: Tombstones | None = None, theirs_deleted: Tombstones | None = None
) -> ProjectMergePlan:
    mine_deleted, theirs_deleted = mine_deleted or {}, theirs_deleted or {}
    _refuse_id_clashes(mine, theirs)
    plan = ProjectMergePlan()
    doc_map = _match_documents(mine, theirs)
    for kind in DEPENDENCY_ORDER:
        for oid, obj in sorted(theirs.objects[kind].items()):
            if kind is Kind.DOCUMENT and doc_map.get(oid, oid) != oid:
                continue  # the same file under another id here: its objects are re-pointed
            _incoming(plan, kind, oid, _repoint(obj, doc_map), mine, mine_deleted)
        for oid, obj in sorted(mine.objects[kind].items()):
            if theirs.find(kind, oid) is None and (kind is not Kind.DOCUMENT or oid not in doc_map.values()):
                _outgoing(plan, kind, oid, obj, theirs_deleted)
    return plan


def resolve(conflict: Conflict, choice: str) -> Change | None:
    """The change that settles a conflict with the analyst's choice ('mine' or 'theirs').

    The chosen content becomes a new revision whose history also holds the other side's version, so the
    next merge in either direction sees the choice as a descendant of both and asks nothing again.
    """
    if choice not in ("mine", "theirs"):
        raise ValueError(f"a conflict is resolved with 'mine' or 'theirs', not {choice!r}")
    chosen, other = (conflict.mine, conflict.theirs) if choice == "mine" else (conflict.theirs, conflict.mine)
    if chosen is None:
        return Change(conflict.kind, conflict.oid, None) if choice == "theirs" else None
    covered = [r for r in (other, *conflict.branches) if r is not None]
    # the other versions and their ancestors: whoever holds any of them sees the decision as a descendant
    marks = [h for r in covered for h in (*(r.get("history") or ()), record_hash(r))]
    if other is None and conflict.gone is not None:
        marks.append(deletion_mark(conflict.gone))  # kept over a deletion: the deleting side takes it
    record = dict(chosen)
    if marks:
        own = list(chosen.get("history") or ())
        history = list(dict.fromkeys(own + [h for h in marks if h not in own]))
        record["history"] = history[-HISTORY_LIMIT:]
        record["rev"] = max(int(r.get("rev", 1)) for r in (chosen, *covered)) + 1
    return Change(conflict.kind, conflict.oid, from_trusted(conflict.kind, record))


def _checked(kind: Kind, record: dict[str, Any]) -> Any:
    """The other project's object, validated like an import: its files were written elsewhere and may
    be damaged or hand-edited; nothing unchecked gets into this project (DomainError names the field)."""
    return from_record(kind, record)


def _incoming(plan: ProjectMergePlan, kind: Kind, oid: str, obj: Any, mine: Project, deleted: Tombstones) -> None:
    here = mine.find(kind, oid)
    if here is not None and here == obj:
        return  # the common case, decided without hashing
    theirs_rec = to_record(obj)
    if here is not None:
        edited = who_edited(to_record(here), theirs_rec)
        if edited is Edited.THEIRS:
            plan.changes.append(Change(kind, oid, _checked(kind, theirs_rec)))
        elif edited is Edited.BOTH:
            _checked(kind, theirs_rec)
            plan.conflicts.append(Conflict(kind, oid, to_record(here), theirs_rec))
        return
    tomb = deleted.get((kind, oid))
    if tomb is None or kept_over(theirs_rec, tomb):  # new, or kept over our deletion by a decision
        plan.changes.append(Change(kind, oid, _checked(kind, theirs_rec)))
    elif unchanged_since(theirs_rec, tomb):
        plan.kept_deleted += 1
    else:
        plan.conflicts.append(Conflict(kind, oid, None, theirs_rec))


def _outgoing(plan: ProjectMergePlan, kind: Kind, oid: str, obj: Any, deleted: Tombstones) -> None:
    tomb = deleted.get((kind, oid))
    if tomb is None:
        return  # only here: this analyst's own work
    if unchanged_since(to_record(obj), tomb):
        plan.changes.append(Change(kind, oid, None))
    else:
        plan.conflicts.append(Conflict(kind, oid, to_record(obj), None))


def _refuse_id_clashes(mine: Project, theirs: Project) -> None:
    """Ids are unique across kinds: an incoming object whose id names another kind here would make a
    later `link ANN ID` point at the wrong object, so the merge is refused (DomainError names the id)."""
    kinds_here = {oid: kind for kind in DEPENDENCY_ORDER for oid in mine.objects[kind]}
    for kind in DEPENDENCY_ORDER:
        for oid in sorted(theirs.objects[kind]):
            here = kinds_here.get(oid)
            if here is not None and here is not kind:
                raise DomainError(f"id {oid} names a different kind of object in the other project ({kind}) than "
                                  f"here ({here}); ids must be unique across kinds, so nothing was merged")


def _match_documents(mine: Project, theirs: Project) -> dict[str, str]:
    """Their document id -> this project's id for the same file (by id, sha256, then text sha256)."""
    by_sha = {d.sha256: d.id for d in sorted(mine.documents.values(), key=lambda d: d.id)}
    by_text = {d.text_sha256: d.id for d in sorted(mine.documents.values(), key=lambda d: d.id)}
    out: dict[str, str] = {}
    for doc in theirs.documents.values():
        if doc.id in mine.documents:
            out[doc.id] = doc.id
        elif doc.sha256 in by_sha or doc.text_sha256 in by_text:
            out[doc.id] = by_sha.get(doc.sha256) or by_text[doc.text_sha256]
    return out


def _repoint(obj: Any, doc_map: dict[str, str]) -> Any:
    doc_id = getattr(obj, "document_id", None)
    if doc_id is not None and doc_map.get(doc_id, doc_id) != doc_id:
        return dataclasses.replace(obj, document_id=doc_map[doc_id])
    return obj


def _show(value: Any) -> str:
    text = " ".join(str(value if value is not None else "").split())
    return (text[:60] + "…") if len(text) > 61 else text or "—"
