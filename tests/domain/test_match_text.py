"""Matching form for CJK and Arabic as PDFs give them: spaces between CJK characters, presentation forms;
matches map back to canonical offsets."""

import pytest

from app.domain.anchoring import anchor, describe
from app.domain.annotations import AnchorStatus
from app.domain.match_text import match_key, matchable
from app.domain.mentions import find_mentions

SPACED = "公告：关 于 红 军 长 征 的 报 道。金 正 恩 出席了会议。"  # as MuPDF extracts some CJK PDFs
ARABIC_FORMS = "قالت ﺍﻟﺠﺰﻳﺮﺓ إن الاجتماع انتهى"  # "الجزيرة" in presentation forms, as some PDFs give it


def _find(text: str, query: str) -> str:
    form = matchable(text)
    at = form.text.find(match_key(query))
    assert at >= 0, (form.text, match_key(query))
    start, end = form.span(at, at + len(match_key(query)))
    return text[start:end]


def test_spaces_between_cjk_characters_are_ignored_and_offsets_are_canonical() -> None:
    assert _find(SPACED, "关于红军") == "关 于 红 军"
    assert _find(SPACED, "关 于 红 军 长征") == "关 于 红 军 长 征"
    assert matchable("Kim Jong Un met 金正恩").text == "kim jong un met 金正恩"  # Latin spaces stay


def test_arabic_presentation_forms_match_the_letters_they_show() -> None:
    assert _find(ARABIC_FORMS, "الجزيرة") == "ﺍﻟﺠﺰﻳﺮﺓ"
    assert _find("ﻻ ﺗﻮﺟﺪ", "لا توجد") == "ﻻ ﺗﻮﺟﺪ"  # a ligature of two letters maps to one character
    assert _find("الجَزِيرَة", "الجزيرة") == "الجَزِيرَة"  # vowel signs are not spelling
    assert _find("الجـــزيرة", "الجزيرة") == "الجـــزيرة"  # nor is tatweel


def test_latin_text_takes_the_fast_path_with_positions_unchanged() -> None:
    form = matchable("Pak Yong-il, ÉCOLE")
    assert form.text == "pak yong\u00adil, ecole" and form.origin is None  # a hyphen between letters: JOIN
    assert form.span(4, 11) == (4, 11)


def test_mentions_of_cjk_and_arabic_names_are_found_as_written() -> None:
    found = find_mentions(SPACED, ("金正恩",))
    assert [m.as_written for m in found] == ["金 正 恩"]
    assert [m.as_written for m in find_mentions("他说金正恩出席", ("金正恩",))] == ["金正恩"]  # no word spaces in Chinese
    assert [m.as_written for m in find_mentions(ARABIC_FORMS, ("الجزيرة",))] == ["ﺍﻟﺠﺰﻳﺮﺓ"]


def test_a_quote_re_anchors_in_a_re_extraction_with_spaces_or_presentation_forms() -> None:
    old = "公告：关于红军长征的报道。金正恩出席了会议。"
    start = old.index("关于红军")
    found = anchor(SPACED, describe(old, start, start + 4))
    assert found.status is AnchorStatus.FUZZY and SPACED[found.start:found.end] == "关 于 红 军"
    old_ar = "قالت الجزيرة إن الاجتماع انتهى"
    start = old_ar.index("الجزيرة")
    found = anchor(ARABIC_FORMS, describe(old_ar, start, start + len("الجزيرة")))
    assert found.status is not AnchorStatus.ORPHAN and ARABIC_FORMS[found.start:found.end] == "ﺍﻟﺠﺰﻳﺮﺓ"


@pytest.mark.parametrize("text", ["", " ", "关", "ـــ", "\u064e\u064f", "a\u0301"])
def test_degenerate_texts_map_every_position(text: str) -> None:
    form = matchable(text)
    for end in range(len(form.text) + 1):
        for start in range(end):
            s, e = form.span(start, end)
            assert 0 <= s <= e <= len(text)
