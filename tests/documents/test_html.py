"""Saved web pages: the article and its metadata, never the navigation, scripts or footer."""

import pytest

from app.documents.formats import html
from app.documents.registry import load_bytes
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import documents as fx


def _assert_no_chrome(text: str) -> None:
    for word in fx.CHROME_WORDS:
        assert word not in text


def test_article_text_without_page_chrome() -> None:
    doc = load_bytes(fx.news_html(), "library.html")
    assert doc.kind is DocumentKind.HTML
    assert fx.ARTICLE in doc.text.text
    assert "temporary site in the town hall" in doc.text.text
    _assert_no_chrome(doc.text.text)
    assert doc.text.text.startswith("Library to close for repairs\n")


def test_metadata_from_the_page() -> None:
    doc = load_bytes(fx.news_html(), "library.html")
    assert doc.title == "Library to close for repairs"
    meta = doc.metadata
    assert (meta.author, meta.publisher, meta.published) == ("Maria Lopez", "City Herald", "2024-03-05")
    assert meta.url == "https://herald.example/news/library-closure"
    assert meta.language == "en"
    assert doc.extractor.startswith("trafilatura ")


def test_meta_charset_cp1251() -> None:
    page = ('<html><head><meta charset="windows-1251"><title>Новость дня</title></head>'
            f"<body><p>{fx.RUSSIAN}</p></body></html>").encode("cp1251")
    doc = load_bytes(page, "ru.htm")
    assert doc.encoding == "cp1251"
    assert fx.RUSSIAN.strip().split("\n")[0] in doc.text.text
    assert doc.title == "Новость дня"


def test_fallback_when_trafilatura_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(html.trafilatura, "bare_extraction", broken)
    doc = load_bytes(fx.news_html(), "library.html")
    assert fx.ARTICLE in doc.text.text
    _assert_no_chrome(doc.text.text)
    assert doc.title == "Library to close for repairs"  # the <title> without the site's own name
    # What the page states about itself (meta author, published time, site name) does not need trafilatura.
    assert (doc.metadata.author, doc.metadata.published, doc.metadata.publisher) == ("Maria Lopez", "2024-03-05", "City Herald")


def test_short_page_keeps_its_text_but_not_its_nav() -> None:
    page = b"<html><body><nav>NAVIGATIONMENU</nav><p>Just one short line.</p><script>x()</script></body></html>"
    doc = load_bytes(page, "short.html")
    assert doc.text.text == "Just one short line."


def test_deeply_nested_page_does_not_crash() -> None:
    page = b"<html><body>" + b"<div>" * 100_000 + b"deep text" + b"</div>" * 100_000 + b"</body></html>"
    try:
        doc = load_bytes(page, "deep.html")
    except DocumentError as exc:
        assert str(exc).startswith("deep.html ")
    else:
        assert "deep text" in doc.text.text


@pytest.mark.parametrize("page", [b"<html><body></body></html>", b"<!DOCTYPE html><html><script>x()</script></html>"])
def test_page_without_text_is_an_error(page: bytes) -> None:
    with pytest.raises(DocumentError, match=r"^empty\.html has no readable text\.$"):
        load_bytes(page, "empty.html")
