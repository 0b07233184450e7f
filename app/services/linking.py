"""Builders for links, the compound gestures of the reader, and "find all mentions" of an actor."""

from typing import Any

from app.domain.actors import Actor
from app.domain.annotations import Category
from app.domain.claims import Claim
from app.domain.errors import DomainError
from app.domain.ids import LinkId, new_id
from app.domain.links import Kind, Link, MentionReason, Relation, default_relation
from app.domain.mentions import Mention, find_mentions, find_near_mentions
from app.domain.normalize import fold
from app.domain.project import kind_of
from app.domain.sources import Source
from app.domain.validation import choice
from app.services import commands as c
from app.services.annotate import new_annotation, new_region
from app.services.documents import document_text
from app.services.labels import short
from app.services.session import ProjectSession


def new_link(
    session: ProjectSession,
    subject: tuple[Kind, str],
    obj: tuple[Kind, str],
    relation: Relation | str | None = None,
    *,
    as_written: str | None = None,
    reason: MentionReason | str = MentionReason.NONE,
    note: str = "",
) -> Link:
    """as_written None: a highlight naming an actor keeps its text as written (the CLI and the reader alike)."""
    (s_kind, s_id), (o_kind, o_id) = subject, obj
    rel = default_relation(s_kind, o_kind) if relation is None else _relation(relation)
    if as_written is None:
        named = session.project.find(s_kind, s_id) if s_kind is Kind.ANNOTATION and o_kind is Kind.ACTOR else None
        as_written = named.exact if named is not None else ""
    link = Link(LinkId(new_id()), s_kind, s_id, o_kind, o_id, rel, as_written, _reason(reason), note)
    for existing in session.project.links_of(s_id):
        if (existing.object_id, existing.relation) == (o_id, rel) and existing.subject_id == s_id:
            raise DomainError(f"that {s_kind} is already linked to this {o_kind} ({rel})")
    session.project.get(s_kind, s_id)
    session.project.get(o_kind, o_id)
    return link


def _reason(value: MentionReason | str) -> MentionReason:
    return choice(MentionReason, value, "mention reason")


def _relation(value: Relation | str) -> Relation:
    return choice(Relation, value, "relation")


def link(session: ProjectSession, subject: tuple[Kind, str], obj: tuple[Kind, str], relation: Relation | str | None = None, **kw: Any) -> c.Command:
    made = new_link(session, subject, obj, relation, **kw)
    return c.Command(f"Link {made.subject_kind} {made.relation} {made.object_kind}", (c.insert(made),))


def link_to_new(
    session: ProjectSession, subject: tuple[Kind, str], new_object: Claim | Actor | Source, relation: Relation | str | None = None
) -> c.Command:
    """One step: create a claim, actor or source and link `subject` (an annotation or claim) to it."""
    s_kind, s_id = subject
    session.project.get(s_kind, s_id)
    o_kind = kind_of(new_object)
    rel = default_relation(s_kind, o_kind) if relation is None else _relation(relation)
    made = Link(LinkId(new_id()), s_kind, s_id, o_kind, new_object.id, rel)
    return c.Command(f"Link {s_kind} {rel} new {o_kind}", (c.insert(new_object), c.insert(made)))


def unlink(session: ProjectSession, link_id: str) -> c.Command:
    found: Link = session.project.get(Kind.LINK, link_id)
    return c.Command(f"Unlink {found.subject_kind} from {found.object_kind}", (c.Op(Kind.LINK, link_id, found, None),))


def annotate_and_link(
    session: ProjectSession,
    document_id: str,
    start: int,
    end: int,
    obj: tuple[Kind, str],
    relation: Relation | str | None = None,
    *,
    new_object: Claim | Actor | Source | None = None,
    reason: MentionReason | str = MentionReason.NONE,
    note: str = "",
    region: tuple[int, float, float, float, float] | None = None,
) -> c.Command:
    """One undoable step: highlight a selection and link it to a claim/actor/source (created too if `new_object`).

    With `region` (page, x, y, width, height) the annotation is that rectangle of the page image instead.
    """
    category = {Kind.CLAIM: Category.CLAIM, Kind.ACTOR: Category.ACTOR, Kind.SOURCE: Category.SOURCE}[obj[0]]
    if region is not None:
        ann = new_region(session, document_id, *region, category=category.value, note=note)
    else:
        ann = new_annotation(session, document_id, start, end, category=category.value, note=note)
    ops = [c.insert(ann)]
    if new_object is not None:
        ops.insert(0, c.insert(new_object))
    elif session.project.find(obj[0], obj[1]) is None:
        raise DomainError(f"no {obj[0]} with id {obj[1]}")
    as_written = ann.exact if obj[0] is Kind.ACTOR else ""
    made = Link(
        LinkId(new_id()), Kind.ANNOTATION, ann.id, obj[0], obj[1],
        default_relation(Kind.ANNOTATION, obj[0]) if relation is None else _relation(relation),
        as_written, _reason(reason),
    )
    ops.append(c.insert(made))
    return c.Command(f"Link “{short(ann.exact or 'region')}” to {obj[0].value}", tuple(ops))


def link_annotation(
    session: ProjectSession,
    annotation_id: str,
    obj: tuple[Kind, str],
    relation: Relation | str | None = None,
    *,
    new_object: object | None = None,
    reason: MentionReason | str = MentionReason.NONE,
) -> c.Command:
    """One undoable step: link an existing highlight to a claim/actor/source (created too if `new_object`); an
    actor's link keeps the highlight's text as written, as a new highlight's does."""
    ann = session.project.get(Kind.ANNOTATION, annotation_id)
    as_written = ann.exact if obj[0] is Kind.ACTOR else ""
    if new_object is not None:
        rel = default_relation(Kind.ANNOTATION, obj[0]) if relation is None else _relation(relation)
        made = Link(LinkId(new_id()), Kind.ANNOTATION, ann.id, obj[0], obj[1], rel, as_written, _reason(reason))
        ops: tuple[c.Op, ...] = (c.insert(new_object), c.insert(made))  # type: ignore[arg-type]
    else:
        made = new_link(session, (Kind.ANNOTATION, ann.id), obj, relation, as_written=as_written, reason=reason)
        ops = (c.insert(made),)
    return c.Command(f"Link “{short(ann.exact or 'region')}” to {obj[0].value}", ops)


def _unmarked(session: ProjectSession, actor: Actor, document_id: str) -> tuple[str, list[Mention], list[Mention]]:
    """The document's text, its exact mentions of the actor not yet linked, and near mentions (likely misspellings)."""
    text = document_text(session, document_id).text
    already = {
        (a.start, a.end)
        for _link, a in session.project.linked(actor.id, Kind.ANNOTATION)
        if a is not None and a.document_id == document_id
    }
    exact = find_mentions(text, actor.names)
    taken = [(m.start, m.end) for m in exact] + sorted(already)
    near = [m for m in find_near_mentions(text, actor.names, taken) if (m.start, m.end) not in already]
    return text, [m for m in exact if (m.start, m.end) not in already], near


def near_mentions(session: ProjectSession, actor_id: str, document_id: str) -> list[Mention]:
    """Places that look like misspellings of the actor's names ("No Gun Chol"), for the analyst to confirm."""
    actor: Actor = session.project.get(Kind.ACTOR, actor_id)
    return _unmarked(session, actor, document_id)[2]


def find_all_mentions(
    session: ProjectSession, actor_id: str, document_id: str, *, include_near: bool = False
) -> c.Command | None:
    """One step creating a mention annotation + link for every unlinked place the document names the actor.

    Matching tolerates case, diacritics and hyphen/space variants; the form as written is kept on the
    link, with the reason "alias" when an alias (not the canonical name) matched. With `include_near`,
    likely misspellings (see `near_mentions`) are marked too, with the reason "misspelling". None when
    there is nothing new to mark.
    """
    actor: Actor = session.project.get(Kind.ACTOR, actor_id)
    _text, exact, near = _unmarked(session, actor, document_id)
    found = [(m, MentionReason.NONE if fold(m.matched) == fold(actor.name) else MentionReason.ALIAS) for m in exact]
    if include_near:
        found += [(m, MentionReason.MISSPELLING) for m in near]
    ops: list[c.Op] = []
    for m, reason in sorted(found, key=lambda pair: pair[0].start):
        ann = new_annotation(session, document_id, m.start, m.end, category=Category.ACTOR.value)
        made = Link(LinkId(new_id()), Kind.ANNOTATION, ann.id, Kind.ACTOR, actor_id, Relation.MENTIONS, m.as_written, reason)
        ops += [c.insert(ann), c.insert(made)]
    if not ops:
        return None
    n = len(ops) // 2
    return c.Command(f"Mark {n} mention{'s' * (n != 1)} of “{short(actor.name)}”", tuple(ops))


def near_mentions_everywhere(session: ProjectSession, actor_id: str) -> dict[str, list[Mention]]:
    """`near_mentions` in every document of the project, by document id (documents with none left out)."""
    found = {doc_id: near_mentions(session, actor_id, doc_id) for doc_id in session.project.documents}
    return {doc_id: near for doc_id, near in found.items() if near}


def find_mentions_everywhere(
    session: ProjectSession, actor_id: str, *, include_near: bool = False
) -> tuple[c.Command | None, dict[str, int]]:
    """`find_all_mentions` over the whole project as one step; also how many it marks in each document."""
    actor: Actor = session.project.get(Kind.ACTOR, actor_id)
    ops: list[c.Op] = []
    counts: dict[str, int] = {}
    for doc_id in session.project.documents:
        command = find_all_mentions(session, actor_id, doc_id, include_near=include_near)
        if command is not None:
            ops += command.ops
            counts[doc_id] = len(command.ops) // 2
    if not ops:
        return None, {}
    n, docs = sum(counts.values()), len(counts)
    label = f"Mark {n} mention{'s' * (n != 1)} of “{short(actor.name)}” in {docs} document{'s' * (docs != 1)}"
    return c.Command(label, tuple(ops)), counts
