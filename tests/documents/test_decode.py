"""Text decoding: the encodings fact-checkers meet daily must come out as the exact expected string."""

import codecs

import pytest

from app.documents.formats.decode import decode_bytes
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import documents as fx


@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r", "cp866", "utf-8"])
def test_russian_single_byte_and_utf8(encoding: str) -> None:
    text, found = decode_bytes(fx.russian_text(encoding), "ru.txt")
    assert text == fx.RUSSIAN
    assert codecs.lookup(found).name == codecs.lookup(encoding).name


@pytest.mark.parametrize("word", ["Привет, мир", "ПРИВЕТ"])
@pytest.mark.parametrize("encoding", ["cp1251", "koi8_r"])
def test_short_russian_is_not_mistaken_for_another_code_page(word: str, encoding: str) -> None:
    assert decode_bytes(word.encode(encoding), "short.txt") == (word, encoding)


@pytest.mark.parametrize("little_endian", [True, False])
@pytest.mark.parametrize("bom", [True, False])
def test_utf16_with_and_without_bom(little_endian: bool, bom: bool) -> None:
    text, found = decode_bytes(fx.utf16_text(little_endian=little_endian, bom=bom), "u16.txt")
    assert text == fx.RUSSIAN
    assert found.startswith("utf-16")


def test_utf16_ascii_without_bom() -> None:
    data = "Plain English, stored as UTF-16.\n".encode("utf-16-le")
    assert decode_bytes(data, "e.txt") == ("Plain English, stored as UTF-16.\n", "utf-16-le")


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-32", "utf-16"])
def test_bom_decides(codec: str) -> None:
    text, _ = decode_bytes(fx.RUSSIAN.encode(codec), "bom.txt")
    assert text == fx.RUSSIAN


def test_mostly_ascii_with_stray_bytes_becomes_cp1252_not_an_exotic_page() -> None:
    french = "The café served crème brûlée on the terrace. " * 3
    assert decode_bytes(french.encode("cp1252"), "f.txt") == (french, "cp1252")
    text, found = decode_bytes(b"ASCII with a bad byte \x81 in it.\n", "x.txt")
    assert found == "cp1252" and text == "ASCII with a bad byte \ufffd in it.\n"


def test_central_european_text_picks_cp1250() -> None:
    polish = "Zażółć gęślą jaźń, powiedział minister w środę."
    assert decode_bytes(polish.encode("cp1250"), "pl.txt") == (polish, "cp1250")


def test_binary_junk_is_refused() -> None:
    with pytest.raises(DocumentError, match=r"^junk\.txt looks like a binary file"):
        decode_bytes(fx.junk_bytes(), "junk.txt")


def test_text_loader_canonicalises_and_titles() -> None:
    data = "\ufeff\r\n  Headline here  \r\nBody line\r\n".encode("utf-8")
    doc = load_bytes(data, "note.txt")
    assert doc.kind is DocumentKind.TEXT
    assert doc.text.text == "\n  Headline here  \nBody line\n"
    assert doc.title == "Headline here"
    assert doc.encoding == "utf-8" and not doc.text.paged and doc.pages is None


def test_text_title_falls_back_to_file_name() -> None:
    with pytest.raises(DocumentError, match="contains no text"):
        load_bytes(b" \n\n ", "blank.md")


def test_koi8_file_through_registry() -> None:
    doc = load_bytes(fx.russian_text("koi8_r"), "news.txt")
    assert doc.text.text == fx.RUSSIAN and doc.encoding == "koi8_r"
    assert doc.title == fx.RUSSIAN.split("\n")[0]


# Real Russian news sentences, and short texts, in KOI8-R and cp1251 without any declared charset: the two code
# pages hold the same letters in other places, so letter statistics and letter case decide (cyrillic_stats).
RUSSIAN_SENTENCES = (
    "Министерство обороны сообщило о восстановлении моста через Днепр.",
    "В четверг вечером в центре города прошёл митинг против закрытия библиотеки.",
    "Эксперты считают, что цены на хлеб вырастут уже в следующем месяце.",
    "Мэр заявил журналистам, что плата за проезд не изменится.",
    "Съешь же ещё этих мягких французских булок, да выпей чаю.",
)
SHORT_RUSSIAN = ("Ещё", "Съезд", "Щука", "щи", "Жёлтый шарф", "Объявление", "Новости", "ЧП в Хабаровске",
                 "Подъём флага", "Красная Звезда", "ШКОЛА", "Юг")


@pytest.mark.parametrize("encoding", ["koi8_r", "cp1251"])
@pytest.mark.parametrize("sentence", RUSSIAN_SENTENCES + SHORT_RUSSIAN)
def test_koi8_r_and_cp1251_are_told_apart_by_letter_statistics(sentence: str, encoding: str) -> None:
    assert decode_bytes(sentence.encode(encoding), "ru.txt") == (sentence, encoding)


@pytest.mark.parametrize("text", ["ШКОЛА № 5", "«Новости» — главное", "Київ — столиця України", "Београд је главни град"])
def test_short_cp1251_texts_with_punctuation_and_other_cyrillic_languages_stay_cp1251(text: str) -> None:
    assert decode_bytes(text.encode("cp1251"), "short.txt") == (text, "cp1251")


@pytest.mark.parametrize("encoding", ["koi8_r", "cp1251"])
def test_an_html_page_without_a_charset_in_koi8_r_or_cp1251(encoding: str) -> None:
    title, body = "Объявление", " ".join(RUSSIAN_SENTENCES[:3])
    page = f"<html><head><title>{title}</title></head><body><p>{body}</p></body></html>".encode(encoding)
    doc = load_bytes(page, "news.html")
    assert doc.title == title and RUSSIAN_SENTENCES[1] in doc.text.text and doc.encoding == encoding


def test_latin_and_arabic_code_pages_are_not_taken_for_cyrillic() -> None:
    german = "Der Bürgermeister sagte am Dienstag, die Brücke werde im Mai nach der Reparatur wieder geöffnet."
    arabic = "مرحبا بالعالم، سيفتح الجسر في مايو بعد الإصلاحات، قال رئيس البلدية يوم الثلاثاء."
    assert decode_bytes(german.encode("cp1252"), "de.txt") == (german, "cp1252")
    assert decode_bytes(arabic.encode("cp1256"), "ar.txt") == (arabic, "cp1256")
