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
