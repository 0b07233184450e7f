"""Merge another analyst's project into the open one: preview, then one undoable command.

`preview_merge` reads the other project (read-only) and plans the merge (app.exchange.project_merge);
`merge_command` turns the plan plus the analyst's choice for each conflict into ONE command whose
audit entry names both analysts. The originals, OCR layers and texts (made again here) of incoming document
versions travel with the command, checked first (app.services.merge.incoming, docs/reference/trust.md).
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.domain.errors import DomainError
from app.domain.links import DEPENDENCY_ORDER, Kind
from app.domain.project import Project
from app.exchange.project_merge import Change, ProjectMergePlan, plan_project_merge, resolve
from app.services import commands as c
from app.services.merge import incoming
from app.services.session import ProjectSession
from app.store import audit as audit_log

Key = tuple[Kind, str]
CHOICES = ("mine", "theirs")
MAX_NAME = 100  # characters of one analyst's name taken from another project
MAX_ANALYSTS = 20  # names taken from another project into this one's log


@dataclass
class MergePreview:
    other_name: str
    other_folder: Path | None  # None: the conflicts a sync left (conflict_preview), not a folder
    plan: ProjectMergePlan
    analysts: list[str]  # this project's analyst first, then the other project's
    files: list[c.StoredFile] = field(default_factory=list)
    counts: dict[str, dict[str, int]] = field(default_factory=dict)
    log_problem: str = ""  # why the other project's audit log does not verify ("" = it does)

    def lines(self) -> list[str]:
        """What a dry run prints: counts per kind, then each conflict (this project | the other)."""
        out = [f"merge from {self.other_name} ({', '.join(self.analysts[1:]) or 'unknown analyst'})"]
        for kind, row in sorted(self.counts.items()):
            out.append(f"  {kind}: {row['added']} new, {row['updated']} changed, {row['removed']} removed")
        if not self.counts:
            out.append("  nothing new")
        if self.plan.kept_deleted:
            out.append(f"  {self.plan.kept_deleted} deleted here and unchanged there: stay deleted")
        if self.log_problem:
            out.append(f"  not taken: its deletions and analyst names ({self.log_problem})")
        out += [f"  left out: {line}" for line in self.plan.dropped]
        out.append(f"{len(self.plan.conflicts)} conflict(s) (this project | {self.other_name})")
        out += [f"  {conflict.describe()}" for conflict in self.plan.conflicts]
        return out


def deleted_objects(audit: list[dict[str, Any]], project: Project) -> dict[Key, dict[str, Any]]:
    """Objects the audit log shows deleted (and not there now): (kind, id) -> the record they had."""
    tombs: dict[Key, dict[str, Any]] = {}
    for entry in _entries(audit):
        changes = entry.get("changes")
        for change in changes if isinstance(changes, list) else ():
            if not isinstance(change, dict):
                continue
            try:
                key = (Kind(change["kind"]), str(change["id"]))
            except (KeyError, ValueError, TypeError):
                continue
            if change.get("after") is None and isinstance(change.get("before"), dict):
                tombs[key] = change["before"]
            else:
                tombs.pop(key, None)
    return {key: rec for key, rec in tombs.items() if project.find(*key) is None}


def deleted_here(session: ProjectSession) -> dict[Key, dict[str, Any]]:
    """What this project deleted and does not hold now: (kind, id) -> the record it had. Read from the project's
    own deletions store (app.store.deletions), not from its audit log; another project's deletions still come
    from its hash-chained log (`deleted_objects`), which is verified before anything of it counts."""
    out: dict[Key, dict[str, Any]] = {}
    for (kind, oid), record in session.store.deleted().items():
        try:
            key = (Kind(kind), oid)
        except ValueError:
            continue
        if session.project.find(*key) is None:
            out[key] = record
    return out


def _entries(audit: list[Any]) -> list[dict[str, Any]]:
    """The audit log's entries that are objects (a damaged or hand-edited log may hold anything)."""
    return [e for e in audit if isinstance(e, dict)]


def analysts_of(audit: list[dict[str, Any]], project: Project) -> list[str]:
    """The analysts a project names (its log's entries, its annotations and claims), as they go into this
    project's hash-chained log: printable, at most MAX_NAME characters each and MAX_ANALYSTS names."""
    names = {e.get("analyst") for e in _entries(audit)}
    names |= {a.analyst for a in project.annotations.values()}
    names |= {cl.analyst for cl in project.claims.values()}
    return bounded_names(names)


def bounded_names(names: Any) -> list[str]:
    """Names from elsewhere (a project, a server) as they may enter the log and the screen: printable, at most
    MAX_NAME characters each and MAX_ANALYSTS of them (then "and N more"), sorted."""
    shown = sorted({_name(n) for n in names if isinstance(n, str) and n.strip()})
    if len(shown) > MAX_ANALYSTS:
        shown = [*shown[:MAX_ANALYSTS], f"and {len(shown) - MAX_ANALYSTS} more"]
    return shown


def _name(name: str) -> str:
    """One line of printable text, cut to MAX_NAME characters (a 5 MB name must not grow the log by 5 MB)."""
    flat = "".join(ch if ch.isprintable() else " " for ch in " ".join(name[: MAX_NAME * 4].split()))
    return flat if len(flat) <= MAX_NAME else flat[: MAX_NAME - 1] + "…"


def preview_merge(session: ProjectSession, other_folder: Path) -> MergePreview:
    other_folder = Path(other_folder)
    if other_folder.resolve() == session.folder.resolve():
        raise DomainError("a project cannot be merged with itself")
    with ProjectSession.open_other(other_folder) as other:
        raw_log = other.store.read_audit_bytes()
        other_audit = audit_log.parse_all(raw_log)
        log_problem = audit_log.verify_bytes(raw_log).problem or ""
        if log_problem:
            other_audit = []  # a log whose chain breaks names no analyst and deletes nothing here
        plan = plan_project_merge(
            session.project, other.project,
            mine_deleted=deleted_here(session),
            theirs_deleted=deleted_objects(other_audit, other.project),
        )
        files = incoming.files_for(session, other, plan)
        incoming.verify_annotations(session, plan, files)
        mine_name = session.analyst or "unknown"
        names = analysts_of(other_audit, other.project)
        others = [a for a in names if a != mine_name] or ["unknown"]
        return MergePreview(_distinct_name(session, other, other_folder), other_folder, plan, [mine_name, *others], files,
                            plan.counts(session.project), _name(log_problem))


def _distinct_name(session: ProjectSession, other: ProjectSession, folder: Path) -> str:
    """The other project's name, or its folder's when both copies carry the same name."""
    return other.project.name if other.project.name != session.project.name else folder.name


def merge_command(session: ProjectSession, preview: MergePreview, choices: Mapping[Key, str] | None = None,
                  *, prefer: str | None = None) -> c.Command:
    """One command applying the plan; every conflict needs a choice (per object, or `prefer` for all)."""
    label = f"Merge project “{preview.other_name}”"
    audit = (("analysts", list(preview.analysts)), ("merged_from", preview.other_name))
    return plan_command(session, preview.plan, preview.files, label, audit, choices, prefer=prefer)


def plan_command(session: ProjectSession, plan: ProjectMergePlan, files: list[c.StoredFile], label: str,
                 audit: tuple[tuple[str, Any], ...], choices: Mapping[Key, str] | None = None, *,
                 prefer: str | None = None) -> c.Command:
    """The command of an incoming plan (a folder merge's or a sync pull's) with a choice for each conflict."""
    choices = dict(choices or {})
    changes = list(plan.changes)
    for conflict in plan.conflicts:
        choice = choices.get((conflict.kind, conflict.oid), prefer)
        if choice not in CHOICES:
            raise DomainError(f"{len(plan.conflicts)} conflict(s) need a decision (mine or theirs): "
                              f"{conflict.describe()}")
        settled = resolve(conflict, choice)
        if settled is not None:
            changes.append(settled)
    ops = _ops(session.project, changes, plan)
    text_changed = frozenset(  # documents whose canonical text the merge replaces: views reload them
        op.oid for op in ops if op.kind is Kind.DOCUMENT and op.before is not None and op.after is not None
        and op.before.text_sha256 != op.after.text_sha256)
    return c.Command(label, tuple(ops), text_changed, files=tuple(files), audit=audit)


def _ops(project: Project, changes: list[Change], plan: ProjectMergePlan) -> list[c.Op]:
    """Deletes first (with the links that hang on them), then adds and updates in dependency order;
    an incoming object whose document or link end will not exist is left out and reported."""
    ops: list[c.Op] = []
    removed: set[Key] = set()
    for ch in changes:
        if ch.after is None and (ch.kind, ch.oid) not in removed and project.find(ch.kind, ch.oid) is not None:
            for op in c.delete(project, ch.kind, ch.oid):
                if (op.kind, op.oid) not in removed:
                    removed.add((op.kind, op.oid))
                    ops.append(op)
    incoming = {(ch.kind, ch.oid): ch.after for ch in changes if ch.after is not None}

    def present(kind: Kind, oid: str) -> bool:
        return (kind, oid) in incoming or (project.find(kind, oid) is not None and (kind, oid) not in removed)

    by_id = sorted(incoming.items(), key=lambda item: item[0][1])
    for kind in DEPENDENCY_ORDER:
        for (k, oid), obj in by_id:
            if k is not kind:
                continue
            missing = _missing_ends(obj, present)
            if missing:
                plan.dropped.append(f"{kind} {oid}: {missing} will not be in the project")
                del incoming[(k, oid)]
                continue
            before = None if (kind, oid) in removed else project.find(kind, oid)
            ops.append(c.Op(kind, oid, before, obj))
    return ops


def _missing_ends(obj: Any, present: Any) -> str:
    doc_id = getattr(obj, "document_id", None)
    if doc_id and not present(Kind.DOCUMENT, doc_id):
        return f"document {doc_id}"
    if hasattr(obj, "subject_kind"):
        for kind, oid in ((obj.subject_kind, obj.subject_id), (obj.object_kind, obj.object_id)):
            if not present(kind, oid):
                return f"{kind} {oid}"
    return ""
