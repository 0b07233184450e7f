from app.domain.mentions import find_mentions
from app.domain.normalize import canonical_text, fold


def test_variants_of_a_name_are_found_with_their_written_form() -> None:
    text = "Pak Yong-il spoke. Later PAK YONG IL left; pák yong il returned. Pak Yong-ilson is someone else."
    found = find_mentions(text, ("Pak Yong-il",))
    assert [m.as_written for m in found] == ["Pak Yong-il", "PAK YONG IL", "pák yong il"]
    for m in found:
        assert text[m.start : m.end] == m.as_written


def test_longest_name_wins_on_overlap() -> None:
    text = "Minister No Kwang Chol met the press."
    found = find_mentions(text, ("No Kwang Chol", "Kwang Chol"))
    assert [(m.as_written, m.matched) for m in found] == [("No Kwang Chol", "No Kwang Chol")]


def test_fold_keeps_positions() -> None:
    text = "Ärger – Straße"
    assert len(fold(text)) == len(text)


def test_canonical_text_normalises_newlines_bom_and_nfc() -> None:
    assert canonical_text("\ufeffa\r\nb\rc") == "a\nb\nc"
    assert canonical_text("e\u0301") == "\u00e9"


def test_near_mentions_find_the_misspellings_a_fact_checker_looks_for() -> None:
    from app.domain.mentions import find_near_mentions

    text = ("General Victor Goremykin met General No Gun Chol in Pyongyang. Ambassador Alexander Matsygora "
            "attended; Kim Jong-gyu too. Later No Kwang Chol spoke.")
    cases = {
        "No Kwang Chol": ["No Gun Chol"],  # the misspelling in the wire story
        "Viktor Goremykin": ["Victor Goremykin"],  # transliteration variant
        "Alexander Matsegora": ["Alexander Matsygora"],
        "Pyongyang": [],  # written correctly: nothing near
    }
    for name, expected in cases.items():
        exact = [(m.start, m.end) for m in find_mentions(text, (name,))]
        near = find_near_mentions(text, (name,), exact)
        assert [m.as_written for m in near] == expected, name
        for m in near:
            assert text[m.start : m.end] == m.as_written and m.matched == name


def test_near_mentions_need_most_words_of_a_name_to_match_exactly() -> None:
    from app.domain.mentions import find_near_mentions

    # "Kang Chol Su" is as close by edits to "No Kwang Chol" as some misspellings, but shares one word of three
    assert find_near_mentions("The deputy Kang Chol Su said so.", ("No Kwang Chol",)) == []
