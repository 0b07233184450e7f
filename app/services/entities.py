"""Builders for claims, actors and sources: create, edit, delete, grade, merge."""

from dataclasses import fields, replace
from typing import Any

from app.domain.actors import Actor, ActorKind
from app.domain.claims import Claim, Verdict
from app.domain.clock import now_iso
from app.domain.errors import DomainError
from app.domain.ids import ActorId, ClaimId, LinkId, SourceId, new_id
from app.domain.links import Kind
from app.domain.sources import Source
from app.domain.validation import choice
from app.services import commands as c
from app.services.labels import object_name, short
from app.services.session import ProjectSession


def create_claim(
    session: ProjectSession, statement: str, *, verdict: Verdict | str = Verdict.UNVERIFIED, rationale: str = ""
) -> tuple[c.Command, Claim]:
    stamp = now_iso()
    claim = Claim(ClaimId(new_id()), statement.strip(), _verdict(verdict), rationale, session.analyst, stamp, stamp)
    return c.Command(f"New claim “{short(claim.statement)}”", (c.insert(claim),)), claim


def _verdict(value: Verdict | str) -> Verdict:
    return choice(Verdict, value, "verdict")


def edit_claim(session: ProjectSession, claim_id: str, **changes: Any) -> c.Command:
    claim: Claim = session.project.get(Kind.CLAIM, claim_id)
    if "verdict" in changes:
        changes["verdict"] = _verdict(changes["verdict"])
    if "statement" in changes:
        changes["statement"] = str(changes["statement"]).strip()
        if not changes["statement"]:
            raise DomainError("a claim needs its wording: type what is claimed")
    new = _edited(claim, changes, modified=now_iso())
    label = "Set verdict" if set(changes) <= {"verdict", "rationale"} else "Edit claim"
    return c.Command(f"{label} of “{short(claim.statement)}”", (c.replace(session.project, new),))


def create_actor(
    session: ProjectSession,
    name: str,
    *,
    kind: ActorKind | str = ActorKind.PERSON,
    aliases: tuple[str, ...] = (),
    description: str = "",
    wikidata_id: str = "",
    country: str = "",
) -> tuple[c.Command, Actor]:
    kind = _actor_kind(kind)
    actor = Actor(ActorId(new_id()), name.strip(), kind, _clean_aliases(name, aliases), description, wikidata_id, country)
    return c.Command(f"New actor “{short(actor.name)}”", (c.insert(actor),)), actor


def _actor_kind(value: ActorKind | str) -> ActorKind:
    return choice(ActorKind, value, "actor kind")


def _clean_aliases(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    out: list[str] = []
    for alias in aliases:
        alias = alias.strip()
        if alias and alias.casefold() != name.strip().casefold() and alias.casefold() not in {a.casefold() for a in out}:
            out.append(alias)
    return tuple(out)


def edit_actor(session: ProjectSession, actor_id: str, **changes: Any) -> c.Command:
    actor: Actor = session.project.get(Kind.ACTOR, actor_id)
    if "kind" in changes:
        changes["kind"] = _actor_kind(changes["kind"])
    if "aliases" in changes:
        changes["aliases"] = _clean_aliases(changes.get("name", actor.name), tuple(changes["aliases"]))
    return c.Command(f"Edit actor “{short(actor.name)}”", (c.replace(session.project, _edited(actor, changes)),))


def merge_actors(session: ProjectSession, keep_id: str, *other_ids: str) -> c.Command:
    """Fold the others into `keep` as one command: their names and aliases become aliases, their links
    move over, they are removed."""
    others_ids = [o for o in dict.fromkeys(other_ids) if o != keep_id]
    if not others_ids:
        raise DomainError("choose two different actors to merge")
    project = session.project
    keep: Actor = project.get(Kind.ACTOR, keep_id)
    others: list[Actor] = [project.get(Kind.ACTOR, o) for o in others_ids]
    merged = keep
    for other in others:
        merged = replace(
            merged,
            aliases=_clean_aliases(keep.name, (*merged.aliases, *other.names)),
            description=merged.description or other.description,
            wikidata_id=merged.wikidata_id or other.wikidata_id,
            country=merged.country or other.country,
        )
    ops = [c.replace(project, merged)]
    existing = {(found.subject_id, found.relation, found.object_id) for found in project.links_of(keep_id)}
    gone = set(others_ids)
    removed_links: set[str] = set()
    for other_id in others_ids:
        for link in project.links_of(other_id):
            if link.id in removed_links:  # a link between two of the merged actors
                continue
            removed_links.add(link.id)
            ops.append(c.Op(Kind.LINK, link.id, link, None))
            moved = replace(
                link,
                subject_id=keep_id if link.subject_id in gone else link.subject_id,
                object_id=keep_id if link.object_id in gone else link.object_id,
            )
            key = (moved.subject_id, moved.relation, moved.object_id)
            if key not in existing:  # the same link from both would be a duplicate
                existing.add(key)
                fresh = replace(moved, id=LinkId(new_id()), rev=1, history=())
                ops.append(c.Op(Kind.LINK, fresh.id, None, fresh))
    ops += [c.Op(Kind.ACTOR, other.id, other, None) for other in others]
    names = "”, “".join(short(o.name) for o in others)
    return c.Command(f"Merge “{names}” into “{short(keep.name)}”", tuple(ops))


def create_source(session: ProjectSession, title: str, **values: Any) -> tuple[c.Command, Source]:
    unknown = set(values) - ({f.name for f in fields(Source)} - {"id", "title"})
    if unknown:
        raise DomainError(f"a source has no field {', '.join(sorted(unknown))}")
    source = Source(SourceId(new_id()), title.strip(), **values)
    return c.Command(f"New source “{short(source.title)}”", (c.insert(source),)), source


def edit_source(session: ProjectSession, source_id: str, **changes: Any) -> c.Command:
    source: Source = session.project.get(Kind.SOURCE, source_id)
    label = "Grade source" if set(changes) <= {"reliability", "credibility"} else "Edit source"
    return c.Command(f"{label} “{short(source.title)}”", (c.replace(session.project, _edited(source, changes)),))


def delete(session: ProjectSession, kind: Kind, oid: str) -> c.Command:
    obj = session.project.get(kind, oid)
    name = object_name(obj)
    n_links = len(session.project.links_of(oid))
    suffix = f" and {n_links} link{'s' * (n_links != 1)}" if n_links else ""
    return c.Command(f"Delete {kind} “{short(name)}”{suffix}", tuple(c.delete(session.project, kind, oid)))


def delete_objects(session: ProjectSession, ids: list[str]) -> c.Command:
    """One undoable step deleting objects of any kind by id, with what hangs on them (a document's annotations,
    every link to a deleted object): the command's ops name each of them."""
    ops: dict[tuple[Kind, str], c.Op] = {}
    for oid in dict.fromkeys(ids):
        kind = next((k for k in Kind if session.project.find(k, oid) is not None), None)
        if kind is None:
            raise DomainError(f"no object with id {oid} in this project")
        for op in c.delete(session.project, kind, oid):
            ops.setdefault((op.kind, op.oid), op)
    named = [op for op in ops.values() if op.oid in ids]
    if len(named) == 1:
        label = delete(session, named[0].kind, named[0].oid).label
    else:
        n_with = len(ops) - len(named)
        label = f"Delete {len(named)} objects" + (f" and {n_with} more that hung on them" if n_with else "")
    return c.Command(label, tuple(ops.values()))


def _edited(obj: Any, changes: dict[str, Any], **extra: Any) -> Any:
    allowed = {f.name for f in fields(obj)} - {"id", "created"}
    unknown = set(changes) - allowed
    if unknown:
        raise DomainError(f"cannot change {', '.join(sorted(unknown))}")
    return replace(obj, **changes, **extra)
