"""snap_to_words: a dragged selection means whole words, without the punctuation the drag picked up."""

import pytest

from app.domain.word_snap import snap_to_words

TEXT = "Engineers from North Korean units trained at Russian centres, the paper said (in Kursk), Led by Gen. Kim of the U.S. team."


def _snap(quote_start: str, quote_end: str) -> str:
    start = TEXT.index(quote_start)
    end = TEXT.index(quote_end, start) + len(quote_end)
    lo, hi = snap_to_words(TEXT, start, end)
    return TEXT[lo:hi]


@pytest.mark.parametrize(("start", "end", "expected"), [
    ("rth Korean", "rth Korean", "North Korean"),  # started a letter late
    ("North Kor", "North Kor", "North Korean"),  # ended a letter early
    ("Russian", "centres, ", "Russian centres"),  # the comma and the space are not the quote
    ("the paper", "said (in", "the paper said (in"),  # an opening bracket inside: kept
    ("in Kursk", "Kursk), ", "in Kursk"),  # an unmatched closer goes
    ("Led by", "Gen.", "Led by Gen."),  # a full stop stays
    ("Kim of", "U.S. team.", "Kim of the U.S. team."),
])
def test_snap(start, end, expected):
    assert _snap(start, end) == expected


def test_a_range_of_punctuation_only_is_left_as_it_was():
    i = TEXT.index(", the")
    assert snap_to_words(TEXT, i, i + 1) == (i, i + 1)
    assert snap_to_words(TEXT, 5, 5) == (5, 5)
