"""services.deletion: what deleting the rows an analyst picked takes with it (the confirmation's lists), one undo
step for the whole selection, and a document's highlights back with it on undo."""

import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind
from app.services import annotate, deletion, entities, linking

from .conftest import span


@pytest.fixture
def story(session, doc_id) -> dict[str, str]:
    """Two highlights of the story, a claim the first states, an actor the claim is made by."""
    ids = {"doc": doc_id}
    for name, quote in (("ann", "engineers from North Korea"), ("ann2", "General No Gun Chol")):
        ids[name] = session.execute(annotate.create_annotation(session, doc_id, *span(session, doc_id, quote))
                                    ).created[Kind.ANNOTATION][0]
    command, claim = entities.create_claim(session, "North Korean engineers clear mines near Kursk")
    session.execute(command)
    command, actor = entities.create_actor(session, "Krasnaya Zvezda")
    session.execute(command)
    ids["claim"], ids["actor"] = claim.id, actor.id
    ids["states"] = session.execute(linking.link(session, (Kind.ANNOTATION, ids["ann"]), (Kind.CLAIM, claim.id),
                                                 "states")).created[Kind.LINK][0]
    ids["made_by"] = session.execute(linking.link(session, (Kind.CLAIM, claim.id), (Kind.ACTOR, actor.id),
                                                  "made-by")).created[Kind.LINK][0]
    return ids


def test_a_claim_takes_its_links_and_nothing_else(session, story) -> None:
    planned = deletion.plan(session, [story["claim"]])
    assert planned.asked == ((Kind.CLAIM, story["claim"]),)
    assert sorted(planned.with_them) == sorted([(Kind.LINK, story["states"]), (Kind.LINK, story["made_by"])])
    assert planned.documents() == [] and story["claim"] in session.project.claims  # nothing ran yet


def test_a_document_takes_its_highlights_and_their_links(session, story) -> None:
    planned = deletion.plan(session, [story["doc"]])
    assert planned.asked == ((Kind.DOCUMENT, story["doc"]),) and planned.documents() == [story["doc"]]
    assert sorted(planned.with_them) == sorted([(Kind.ANNOTATION, story["ann"]), (Kind.ANNOTATION, story["ann2"]),
                                                (Kind.LINK, story["states"])])
    assert (planned.count(Kind.ANNOTATION), planned.count(Kind.LINK), planned.count(Kind.CLAIM)) == (2, 1, 0)


def test_picked_objects_are_asked_for_in_the_order_picked_even_when_one_hangs_on_another(session, story) -> None:
    """A highlight picked with its document is one of those asked for, not something that went with them."""
    planned = deletion.plan(session, [story["actor"], story["ann"], story["doc"], story["actor"]])
    assert planned.asked == ((Kind.ACTOR, story["actor"]), (Kind.ANNOTATION, story["ann"]),
                             (Kind.DOCUMENT, story["doc"]))
    assert sorted(planned.with_them) == sorted([(Kind.LINK, story["states"]), (Kind.LINK, story["made_by"]),
                                                (Kind.ANNOTATION, story["ann2"])])


def test_the_whole_selection_is_one_undo_step_that_brings_everything_back(session, story) -> None:
    before = {kind: set(session.project.objects[kind]) for kind in Kind}
    session.execute(deletion.plan(session, [story["doc"], story["claim"], story["actor"]]).command)
    assert not session.project.documents and not session.project.annotations and not session.project.links
    assert not session.project.claims and not session.project.actors
    session.undo()
    assert {kind: set(session.project.objects[kind]) for kind in Kind} == before


def test_an_id_the_project_does_not_hold_is_named_and_nothing_is_planned(session, story) -> None:
    with pytest.raises(DomainError, match="no object with id gone"):
        deletion.plan(session, [story["claim"], "gone"])
