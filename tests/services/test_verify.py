"""Actors, mentions, sources and merges."""

from app.domain.links import Kind, MentionReason
from app.domain.sources import parse_grade
from app.services import entities, linking
from app.services.session import ProjectSession

from .conftest import reopen, span


def test_find_all_mentions_marks_variants_in_one_step(session: ProjectSession, doc_id: str) -> None:
    cmd, actor = entities.create_actor(session, "Pak Yong Il", kind="person")
    session.execute(cmd)
    command = linking.find_all_mentions(session, actor.id, doc_id)
    assert command is not None
    session.execute(command)
    written = sorted(link.as_written for link, _ in session.project.linked(actor.id, Kind.ANNOTATION))
    assert written == ["PAK YONG IL", "Pak Yong-il"]
    assert linking.find_all_mentions(session, actor.id, doc_id) is None  # nothing new the second time
    session.undo()
    assert not session.project.annotations


def test_misspelled_mention_keeps_the_form_as_written(session: ProjectSession, doc_id: str) -> None:
    cmd, actor = entities.create_actor(session, "No Kwang Chol", kind="person")
    session.execute(cmd)
    start, end = span(session, doc_id, "No Gun Chol")
    session.execute(
        linking.annotate_and_link(session, doc_id, start, end, (Kind.ACTOR, actor.id), reason="misspelling")
    )
    with reopen(session) as other:
        [(link, ann)] = list(other.project.linked(actor.id, Kind.ANNOTATION))
        assert link.as_written == "No Gun Chol" and link.reason is MentionReason.MISSPELLING
        assert ann.exact == "No Gun Chol"


def test_merge_actors_keeps_aliases_and_moves_links(session: ProjectSession, doc_id: str) -> None:
    c1, keep = entities.create_actor(session, "No Kwang Chol", aliases=("Ro Kwang Chol",))
    c2, other = entities.create_actor(session, "No Gun Chol")
    session.execute(c1)
    session.execute(c2)
    start, end = span(session, doc_id, "No Gun Chol")
    session.execute(linking.annotate_and_link(session, doc_id, start, end, (Kind.ACTOR, other.id)))
    session.execute(entities.merge_actors(session, keep.id, other.id))
    merged = session.project.actors[keep.id]
    assert other.id not in session.project.actors
    assert set(merged.aliases) == {"Ro Kwang Chol", "No Gun Chol"}
    [(link, _)] = list(session.project.linked(keep.id, Kind.ANNOTATION))
    assert link.as_written == "No Gun Chol"
    session.undo()
    assert other.id in session.project.actors and len(list(session.project.linked(other.id, Kind.ANNOTATION))) == 1


def test_grade_source_and_link_to_claim(session: ProjectSession) -> None:
    cmd, source = entities.create_source(session, "Krasnaya Zvezda", publisher="Russian Ministry of Defence")
    session.execute(cmd)
    reliability, credibility = parse_grade("f6")  # as `sourcemark source --grade f6` and the link dialog read it
    session.execute(entities.edit_source(session, source.id, reliability=reliability, credibility=credibility))
    assert session.project.sources[source.id].grade == "F6"
    cmd, claim = entities.create_claim(session, "Engineers trained at Russian centres")
    session.execute(cmd)
    session.execute(linking.link(session, (Kind.CLAIM, claim.id), (Kind.SOURCE, source.id), "supports"))
    with reopen(session) as other:
        [(link, src)] = list(other.project.linked(claim.id, Kind.SOURCE))
        assert link.relation == "supports" and src.grade == "F6"
