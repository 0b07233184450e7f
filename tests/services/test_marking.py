"""The reader's marks as use cases (moved from app/ui/gestures.py, issue 33): what the link dialog's answer makes
of a selection, a highlight or a claim, run without Qt; the CLI's `link` shares the as-written rule."""

from pathlib import Path

import pytest

from app.domain.errors import DomainError
from app.domain.links import Kind, Relation
from app.services import entities, linking, marking
from app.services.marking import LinkChoice
from app.services.project_files import open_project
from app.services.session import ProjectSession
from tests.fixtures.run import add_document

TEXT = ("Minister Anna Kovac said on Monday that the new bridge over the Sava will open in May.\n\n"
        "The ministry newspaper Vjesnik Obrane reported it. Critics, among them the engineer Ivo Markic, disputed it.\n")


@pytest.fixture
def story(make_project, tmp_path: Path) -> tuple[ProjectSession, str]:
    session = make_project("marks")
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = add_document(session, path).document.id
    session.execute(entities.create_source(session, "Vjesnik Obrane, 3 March", reliability="C", credibility=3)[0])
    return session, doc


def _span(doc: str, quote: str) -> marking.Selection:
    return doc, TEXT.index(quote), TEXT.index(quote) + len(quote)


def test_the_dialogs_answers_link_a_selection_to_a_new_claim_a_new_actor_and_an_existing_source(story) -> None:
    session, doc = story
    source = next(iter(session.project.sources))

    def link(quote: str, choice: LinkChoice) -> str:
        return session.execute(marking.link_selection(session, _span(doc, quote), choice)).created[Kind.ANNOTATION][0]

    claim_aid = link("will open in May", LinkChoice(Kind.CLAIM, new_name="The bridge opens in May."))
    actor_aid = link("Ivo Markic", LinkChoice(Kind.ACTOR, new_name="Ivo Markić", reason="misspelling"))
    source_aid = link("Vjesnik Obrane", LinkChoice(Kind.SOURCE, existing_id=source, relation="cites"))
    with open_project(session.folder, read_only=True) as again:
        p = again.project
        assert any(c.statement == "The bridge opens in May." for c in p.claims.values())
        (mention,) = [link for link in p.links_of(actor_aid) if link.object_kind is Kind.ACTOR]
        assert mention.as_written == "Ivo Markic" and mention.reason.value == "misspelling"
        assert p.actors[mention.object_id].name == "Ivo Markić"
        assert [link.relation.value for link in p.links_of(source_aid)] == ["cites"]
        assert [link.relation.value for link in p.links_of(claim_aid)] == ["states"]
    session.undo()  # the source link
    session.undo()  # one step: highlight + new actor + link
    assert not [a for a in session.project.actors.values() if a.name == "Ivo Markić"]


def test_a_claims_new_source_keeps_its_citation_and_a_new_actor_goes_in_one_step(story) -> None:
    session, _doc = story
    command, claim = entities.create_claim(session, "The bridge opens in May.")
    session.execute(command)
    session.execute(marking.link_claim(session, claim.id, LinkChoice(Kind.SOURCE, new_name="Wire", reliability="A",
                                                                     credibility=1, url=" https://wire.example ")))
    (source,) = [s for s in session.project.sources.values() if s.title == "Wire"]
    assert source.grade == "A1" and source.url == "https://wire.example"
    made = session.execute(marking.link_claim(session, claim.id, LinkChoice(Kind.ACTOR, new_name="Ministry",
                                                                            relation="made-by", actor_kind="state body")))
    assert [session.project.links[made.created[Kind.LINK][0]].relation] == [Relation.MADE_BY]
    session.undo()
    assert not any(a.name == "Ministry" for a in session.project.actors.values())


def test_a_highlight_linked_again_to_an_actor_keeps_its_text_and_an_orphan_goes_back_only_in_its_document(
        story) -> None:
    session, doc = story
    aid = session.execute(marking.highlight(session, _span(doc, "Anna Kovac"))).created[Kind.ANNOTATION][0]
    session.execute(marking.link_annotation(session, aid, LinkChoice(Kind.ACTOR, new_name="Ana Kovač")))
    (mention,) = session.project.links_of(aid)
    assert mention.as_written == "Anna Kovac" and mention.relation is Relation.MENTIONS
    with pytest.raises(DomainError, match="same document"):
        marking.reattach(session, aid, ("another-document", 0, 4))


def test_the_cli_and_the_reader_share_the_as_written_rule(story) -> None:
    session, doc = story
    aid = session.execute(marking.highlight(session, _span(doc, "Ivo Markic"))).created[Kind.ANNOTATION][0]
    actor = session.execute(entities.create_actor(session, "Ivo Markić")[0]).created[Kind.ACTOR][0]
    claim = session.execute(entities.create_claim(session, "It was built in two years.")[0]).created[Kind.CLAIM][0]
    assert linking.new_link(session, (Kind.ANNOTATION, aid), (Kind.ACTOR, actor)).as_written == "Ivo Markic"
    assert linking.new_link(session, (Kind.ANNOTATION, aid), (Kind.ACTOR, actor), as_written="").as_written == ""
    assert linking.new_link(session, (Kind.ANNOTATION, aid), (Kind.CLAIM, claim)).as_written == ""
