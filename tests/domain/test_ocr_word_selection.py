"""Selecting OCR text takes whole words: the character boxes inside an OCR word are estimates."""

from app.domain.geometry import DocumentText, OcrWord

TEXT = "Ivan Petrov said the harbour was closed"


def _ocr(text: str) -> DocumentText:
    words, at = [], 0
    for word in text.split(" "):
        words.append(OcrWord(at, at + len(word), 0.9))
        at += len(word) + 1
    return DocumentText(text, ocr_words=tuple(words))


def test_a_range_ending_inside_a_word_takes_the_whole_word() -> None:
    doc = _ocr(TEXT)
    start, end = doc.whole_ocr_words(0, TEXT.index("said") + 3)  # "Ivan Petrov sai"
    assert TEXT[start:end] == "Ivan Petrov said"
    start, end = doc.whole_ocr_words(TEXT.index("etrov"), TEXT.index("harbour") + 1)
    assert TEXT[start:end] == "Petrov said the harbour"


def test_whole_words_and_spaces_stay_as_they_are() -> None:
    doc = _ocr(TEXT)
    assert doc.whole_ocr_words(0, 4) == (0, 4)
    assert doc.whole_ocr_words(4, 5) == (4, 5)  # the space between two words


def test_text_without_ocr_is_not_changed() -> None:
    assert DocumentText(TEXT).whole_ocr_words(1, 14) == (1, 14)
