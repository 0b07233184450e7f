"""TextFinder: what the Find bar counts and steps through, matched as project search matches quotes."""

from app.services.find_in_text import TextFinder

TEXT = "Ana Kovač spoke. Later KOVAC denied it; kovac-style answers, said Kovać's aide."


def test_matches_ignore_case_and_accents_and_keep_offsets():
    finder = TextFinder()
    finder.set_text(TEXT)
    first = finder.search("kovac")
    assert [TEXT[s:e] for s, e in finder.matches] == ["Kovač", "KOVAC", "kovac", "Kovać"]
    assert first == finder.matches[0] and finder.status() == "1 of 4"


def test_search_starts_at_the_offset_and_steps_wrap_both_ways():
    finder = TextFinder()
    finder.set_text(TEXT)
    assert finder.search("kovac", from_offset=TEXT.index("Later")) == finder.matches[1]
    assert finder.step() == finder.matches[2] and finder.status() == "3 of 4"
    finder.step()
    assert finder.step() == finder.matches[0]  # past the last: the first
    assert finder.step(forward=False) == finder.matches[3]
    assert finder.search("kovac", from_offset=len(TEXT)) == finder.matches[0]  # after the last: wraps


def test_nothing_typed_or_nothing_found():
    finder = TextFinder()
    finder.set_text(TEXT)
    assert finder.search("   ") is None and finder.status() == ""
    assert finder.search("minister") is None and finder.status() == "No matches"
    assert finder.step() is None
    assert finder.search("-- --") is None  # nothing left once dashes and spaces are ignored


def test_a_new_text_clears_the_matches():
    finder = TextFinder()
    finder.set_text(TEXT)
    finder.search("kovac")
    finder.set_text("no names here")
    assert finder.matches == [] and finder.search("kovac") is None
