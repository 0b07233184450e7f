"""The reader's gestures on a selection, as plain functions over the bridge (what the dialogs call).

Kept free of widgets so tests can drive exactly what the Highlight / Link actions do.
"""

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from app.domain.actors import Actor
from app.domain.claims import Claim
from app.domain.errors import DomainError
from app.domain.links import Kind, MentionReason
from app.domain.sources import Source
from app.services import annotate, entities, linking
from app.services.commands import Command
from app.ui.bridge import SessionBridge

Selection = tuple[str, int, int]  # document id, start, end in canonical-text offsets


@dataclass(frozen=True)
class LinkChoice:
    """What the link dialog decided: an existing object, or a new one with these fields."""

    kind: Kind
    existing_id: str | None = None
    new_name: str = ""  # statement, name or title of the object to create
    relation: str | None = None  # None = the default relation for the kind
    reason: str = ""  # for actor mentions: misspelling, transliteration, alias, title
    actor_kind: str = "person"
    verdict: str = "unverified"
    reliability: str = "F"
    credibility: int = 6
    url: str = ""  # a new source's URL, publisher and publication date (ISO)
    publisher: str = ""
    published: str = ""


def _annotation_id(command: Command) -> str:
    return next(op.oid for op in command.ops if op.kind is Kind.ANNOTATION)


def highlight(bridge: SessionBridge, selection: Selection, category: str = "highlight", note: str = "") -> str:
    """Highlight the selection; returns the new annotation's id."""
    doc, start, end = selection
    command = annotate.create_annotation(bridge.session, doc, start, end, category=category, note=note)
    bridge.run(command)
    return _annotation_id(command)


Region = tuple[str, tuple[int, float, float, float, float]]  # document id, (page, x, y, width, height)


def highlight_region(bridge: SessionBridge, region: Region, category: str = "highlight", note: str = "") -> str:
    """Mark a rectangle of a page image; returns the new annotation's id."""
    doc, (page, x, y, w, h) = region
    command = annotate.create_region(bridge.session, doc, page, x, y, w, h, category=category, note=note)
    bridge.run(command)
    return _annotation_id(command)


def link_region(bridge: SessionBridge, region: Region, choice: LinkChoice) -> str:
    """Mark a rectangle and link it to an existing or new claim/actor/source, as one undo step."""
    doc, rect = region
    new_object = None if choice.existing_id is not None else _new_object(bridge, choice)
    target = choice.existing_id if new_object is None else new_object.id
    assert target is not None
    command = linking.annotate_and_link(bridge.session, doc, 0, 0, (choice.kind, target), choice.relation,
                                        new_object=new_object, reason=MentionReason(choice.reason), region=rect)
    bridge.run(command)
    return _annotation_id(command)


def _new_object(bridge: SessionBridge, choice: LinkChoice) -> Claim | Actor | Source:
    """The claim, actor or source the dialog asked to create (not yet added)."""
    session, name = bridge.session, choice.new_name.strip()
    if choice.kind is Kind.CLAIM:
        return entities.create_claim(session, name, verdict=choice.verdict)[1]
    if choice.kind is Kind.ACTOR:
        return entities.create_actor(session, name, kind=choice.actor_kind)[1]
    return entities.create_source(session, name, reliability=choice.reliability, credibility=choice.credibility,
                                  url=choice.url.strip(), publisher=choice.publisher.strip(),
                                  published=choice.published.strip())[1]


def link_claim(bridge: SessionBridge, claim_id: str, choice: LinkChoice) -> str:
    """Link a claim to an existing or new actor (made-by, about) or source (supports, contradicts, context)."""
    subject = (Kind.CLAIM, claim_id)
    if choice.existing_id is not None:
        command = linking.link(bridge.session, subject, (choice.kind, choice.existing_id), choice.relation)
    else:
        command = linking.link_to_new(bridge.session, subject, _new_object(bridge, choice), choice.relation)
    bridge.run(command)
    return next(op.oid for op in command.ops if op.kind is Kind.LINK)


def link_selection(bridge: SessionBridge, selection: Selection, choice: LinkChoice) -> str:
    """Highlight the selection and link it to an existing or new claim/actor/source, as one undo step."""
    session = bridge.session
    doc, start, end = selection
    new_object = None
    target = choice.existing_id
    if target is None:
        new_object = _new_object(bridge, choice)
        target = new_object.id
    command = linking.annotate_and_link(
        session, doc, start, end, (choice.kind, target), choice.relation,
        new_object=new_object, reason=MentionReason(choice.reason),
    )
    bridge.run(command)
    return _annotation_id(command)


def link_annotation(bridge: SessionBridge, annotation_id: str, choice: LinkChoice) -> str:
    """Link an existing highlight to an existing or new claim/actor/source, as one undo step; returns its id."""
    new_object = None if choice.existing_id is not None else _new_object(bridge, choice)
    target = choice.existing_id if new_object is None else new_object.id
    assert target is not None
    bridge.run(linking.link_annotation(bridge.session, annotation_id, (choice.kind, target), choice.relation,
                                       new_object=new_object, reason=MentionReason(choice.reason)))
    return annotation_id


def find_mentions(bridge: SessionBridge, actor_id: str, *, include_near: bool = False) -> dict[str, int]:
    """Mark every unlinked mention of the actor in every document, as one step; how many per document."""
    command, counts = linking.find_mentions_everywhere(bridge.session, actor_id, include_near=include_near)
    if command is not None:
        bridge.run(command)
    return counts


def merge_actors(bridge: SessionBridge, keep_id: str, other_ids: list[str]) -> None:
    """Merge the selected actors into one, as one command (one undo step, one audit entry)."""
    bridge.run(entities.merge_actors(bridge.session, keep_id, *other_ids))


def reattach(bridge: SessionBridge, annotation_id: str, selection: Selection) -> None:
    doc, start, end = selection
    ann = bridge.session.project.annotations[annotation_id]
    if ann.document_id != doc:
        raise DomainError(QCoreApplication.translate("Gestures", "select the new place in the same document as the orphan"))
    bridge.run(annotate.reattach(bridge.session, annotation_id, start, end))
