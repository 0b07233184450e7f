"""Words a PDF breaks at a line end with a hyphen ("Ex-" / "isting") are found as the words they are, by
project search, Find, re-anchoring and mentions; real compounds ("well-" / "known") still match with or
without their hyphen. The canonical text keeps the hyphen as printed, so offsets stay what they were."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.domain.anchoring import anchor, describe
from app.domain.annotations import AnchorStatus
from app.domain.match_text import matchable
from app.domain.mentions import find_mentions
from app.services.documents import document_text
from app.services.find_in_text import TextFinder
from app.services.search import quote_ranges, search
from app.services.session import ProjectSession
from tests.fixtures import pdf_facts as pf
from tests.fixtures.run import add_document


@pytest.fixture
def pdf_session(tmp_path: Path) -> Iterator[ProjectSession]:
    path = tmp_path / "hyphens.pdf"
    path.write_bytes(pf.hyphenated_pdf())
    session = ProjectSession.create(tmp_path / "H.sourcemark", analyst="tester")
    add_document(session, path)
    yield session
    session.close()


def test_the_canonical_text_keeps_the_printed_hyphen(pdf_session: ProjectSession) -> None:
    text = document_text(pdf_session, next(iter(pdf_session.project.documents))).text
    assert "that Ex-isting bridges are well-known to" in text and "Maece-nas signed" in text


@pytest.mark.parametrize(("query", "found"), [
    ("Existing bridges", "Ex-isting bridges"), ("existing", "Ex-isting"), ("Maecenas signed it", "Maece-nas signed it"),
    ("well-known", "well-known"), ("well known", "well-known"), ("wellknown", "well-known"),
    ("Ex-isting", "Ex-isting")])
def test_project_search_finds_words_broken_at_line_ends(pdf_session: ProjectSession, query: str, found: str) -> None:
    assert [hit.exact for hit in search(pdf_session, query)] == [found]


def test_find_in_the_open_document_counts_broken_words() -> None:
    finder = TextFinder()
    finder.set_text("Ex-isting rules. Existing laws. Ex-\nisting habits. ex isting typo.")
    finder.search("existing")
    assert [finder.text[s:e] for s, e in finder.matches] == ["Ex-isting", "Existing", "Ex-\nisting"]
    assert finder.status() == "1 of 3"


def test_spaces_and_hyphens_before_a_space_are_not_joins() -> None:
    form = matchable("the rapist; well- and ill-known; ex isting; COVID-19")
    assert quote_ranges(form, "therapist") == [] and quote_ranges(form, "welland") == []
    assert quote_ranges(form, "existing") == []
    assert [form.text[s:e] for s, e in quote_ranges(form, "covid 19")] == ["covid 19"]
    assert [form.text[s:e] for s, e in quote_ranges(form, "ill known")] == ["ill\u00adknown"]


def test_reanchoring_finds_a_quote_across_a_line_end_hyphen() -> None:
    old = "Critics said that Existing bridges are safe, the ministry disagreed."
    new = "Critics said that Ex-isting bridges are safe, the ministry disagreed."
    start = old.index("Existing bridges")
    found = anchor(new, describe(old, start, start + len("Existing bridges")))
    assert (new[found.start:found.end], found.status) == ("Ex-isting bridges", AnchorStatus.FUZZY)
    back = anchor(old, describe(new, new.index("Ex-isting"), new.index("Ex-isting") + len("Ex-isting bridges")))
    assert old[back.start:back.end] == "Existing bridges"


def test_mentions_of_a_name_broken_at_a_line_end() -> None:
    text = "The poet's patron Maece-\nnas paid; Maecenas left; Pak Yong-il and Pak Yongil came."
    found = find_mentions(text, ("Maecenas", "Pak Yong-il"))
    assert [m.as_written for m in found] == ["Maece-\nnas", "Maecenas", "Pak Yong-il", "Pak Yongil"]
