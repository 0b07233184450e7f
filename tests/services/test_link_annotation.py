"""linking.link_annotation: a second link to a highlight that is already there, one undo step each."""

import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind, MentionReason, Relation
from app.services import annotate, entities, linking

from .conftest import span


def test_an_existing_highlight_gets_a_link_to_an_existing_and_to_a_new_object(session, doc_id):
    session.execute(annotate.create_annotation(session, doc_id, *span(session, doc_id, "No Gun Chol")))
    aid = next(iter(session.project.annotations))
    command, actor = entities.create_actor(session, "No Kwang Chol")
    session.execute(command)
    session.execute(linking.link_annotation(session, aid, (Kind.ACTOR, actor.id), reason=MentionReason.MISSPELLING))
    [link] = session.project.links_of(aid)
    assert (link.relation, link.as_written, link.reason) == (Relation.MENTIONS, "No Gun Chol", MentionReason.MISSPELLING)
    _, source = entities.create_source(session, "Krasnaya Zvezda")
    session.execute(linking.link_annotation(session, aid, (Kind.SOURCE, source.id), new_object=source))
    assert source.id in session.project.sources and len(session.project.links_of(aid)) == 2
    session.undo()  # the new source and its link go together
    assert source.id not in session.project.sources and len(session.project.links_of(aid)) == 1
    with pytest.raises(DomainError, match="already linked"):
        linking.link_annotation(session, aid, (Kind.ACTOR, actor.id))


def test_find_mentions_everywhere_is_one_step_over_every_document(session, doc_id, tmp_path):
    from tests.fixtures.run import add_document

    second = tmp_path / "second.txt"
    second.write_text("General No Gun Chol arrived. No Gun-Chol left.\n", encoding="utf-8")
    other = add_document(session, second).document.id
    command, actor = entities.create_actor(session, "No Gun Chol")
    session.execute(command)
    found, counts = linking.find_mentions_everywhere(session, actor.id)
    assert found is not None and counts == {doc_id: 1, other: 2} and "in 2 documents" in found.label
    session.execute(found)
    assert linking.find_mentions_everywhere(session, actor.id) == (None, {})
    session.undo()
    assert not list(session.project.linked(actor.id, Kind.ANNOTATION))
