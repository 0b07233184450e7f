"""The reader's marks as use cases: highlight a selection or a region, link it (or an existing highlight, or a
claim) to an existing or new claim, actor or source as the link dialog chose, put an orphan back. Each returns the
`Command`; the caller runs it (the GUI through its undo stack) and finds the ids in `Executed.created`.
"""

from dataclasses import dataclass

from app.domain.actors import Actor
from app.domain.claims import Claim
from app.domain.errors import DomainError
from app.domain.links import Kind, MentionReason
from app.domain.sources import Source
from app.services import annotate, entities, linking
from app.services.commands import Command
from app.services.session import ProjectSession

Selection = tuple[str, int, int]  # document id, start, end in canonical-text offsets
Region = tuple[str, tuple[int, float, float, float, float]]  # document id, (page, x, y, width, height)


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


def highlight(session: ProjectSession, selection: Selection, category: str = "highlight", note: str = "") -> Command:
    doc, start, end = selection
    return annotate.create_annotation(session, doc, start, end, category=category, note=note)


def highlight_region(session: ProjectSession, region: Region, category: str = "highlight", note: str = "") -> Command:
    """Mark a rectangle of a page image."""
    doc, (page, x, y, w, h) = region
    return annotate.create_region(session, doc, page, x, y, w, h, category=category, note=note)


def link_selection(session: ProjectSession, selection: Selection, choice: LinkChoice) -> Command:
    """Highlight the selection and link it to an existing or new claim/actor/source, as one undo step."""
    doc, start, end = selection
    new, target = _target(session, choice)
    return linking.annotate_and_link(session, doc, start, end, (choice.kind, target), choice.relation,
                                     new_object=new, reason=MentionReason(choice.reason))


def link_region(session: ProjectSession, region: Region, choice: LinkChoice) -> Command:
    """Mark a rectangle and link it to an existing or new claim/actor/source, as one undo step."""
    doc, rect = region
    new, target = _target(session, choice)
    return linking.annotate_and_link(session, doc, 0, 0, (choice.kind, target), choice.relation,
                                     new_object=new, reason=MentionReason(choice.reason), region=rect)


def link_annotation(session: ProjectSession, annotation_id: str, choice: LinkChoice) -> Command:
    """Link an existing highlight to an existing or new claim/actor/source, as one undo step."""
    new, target = _target(session, choice)
    return linking.link_annotation(session, annotation_id, (choice.kind, target), choice.relation,
                                   new_object=new, reason=MentionReason(choice.reason))


def link_claim(session: ProjectSession, claim_id: str, choice: LinkChoice) -> Command:
    """Link a claim to an existing or new actor (made-by, about) or source (supports, contradicts, context)."""
    subject = (Kind.CLAIM, claim_id)
    if choice.existing_id is not None:
        return linking.link(session, subject, (choice.kind, choice.existing_id), choice.relation)
    return linking.link_to_new(session, subject, new_object(session, choice), choice.relation)


def reattach(session: ProjectSession, annotation_id: str, selection: Selection) -> Command:
    """Put an orphaned highlight back on a new place of its own document."""
    doc, start, end = selection
    if session.project.annotations[annotation_id].document_id != doc:
        raise DomainError("select the new place in the same document as the orphan")
    return annotate.reattach(session, annotation_id, start, end)


def new_object(session: ProjectSession, choice: LinkChoice) -> Claim | Actor | Source:
    """The claim, actor or source the dialog asked to create (not yet added)."""
    name = choice.new_name.strip()
    if choice.kind is Kind.CLAIM:
        return entities.create_claim(session, name, verdict=choice.verdict)[1]
    if choice.kind is Kind.ACTOR:
        return entities.create_actor(session, name, kind=choice.actor_kind)[1]
    return entities.create_source(session, name, reliability=choice.reliability, credibility=choice.credibility,
                                  url=choice.url.strip(), publisher=choice.publisher.strip(),
                                  published=choice.published.strip())[1]


def _target(session: ProjectSession, choice: LinkChoice) -> tuple[Claim | Actor | Source | None, str]:
    """The object to create (None: an existing one) and the id to link to."""
    if choice.existing_id is not None:
        return None, choice.existing_id
    new = new_object(session, choice)
    return new, new.id
