"""Extracted news articles: headline once on top, byline to the metadata, paragraphs whole (issue 20)."""

from app.documents.formats.article_cleanup import clean_headline, tidy_paragraphs
from app.documents.formats.html import load_html

BODY = ["The bridge over the Sava was destroyed on Thursday night, officials in the regional capital said today.",
        "Witnesses described a series of explosions shortly after midnight, and the governor confirmed the damage.",
        "Repairs could take months, according to the ministry of transport, which has given no cost estimate yet."]
HEADLINE = "Bridge destroyed in overnight strike"


def _page(article: str, title: str = f"{HEADLINE} | Daily Courier") -> bytes:
    return (f"<html><head><title>{title}</title></head><body><nav><a href='/'>Home</a></nav>"
            f"<article>{article}</article><footer>© Daily Courier</footer></body></html>").encode()


def test_a_page_with_kicker_repeated_headline_and_byline_comes_out_clean() -> None:
    article = (f"<h1>{HEADLINE}</h1><p>#WorldNews</p><h2>{HEADLINE.upper()}</h2><p>By John Carter</p>"
               + "".join(f"<p>{p}</p>" for p in BODY))
    doc = load_html(_page(article), "courier.html")
    paragraphs = doc.text.text.split("\n\n")
    assert paragraphs == [HEADLINE, *BODY]
    assert doc.metadata.author == "John Carter"


def test_the_byline_never_replaces_an_author_the_page_names() -> None:
    article = "".join(f"<p>{p}</p>" for p in ["By Jane Roe", *BODY])
    page = _page(article).replace(b"</title>", b"</title><meta name='author' content='Ivo Markic'>")
    doc = load_html(page, "courier.html")
    assert doc.metadata.author == "Ivo Markic" and "By Jane Roe" not in doc.text.text


def test_tidy_paragraphs_rules() -> None:
    paragraphs, author = tidy_paragraphs([HEADLINE, "Von Anna Kovač und Ivo Markić", "Seit",
                                          "die Brücke zerstört wurde, fahren keine Züge mehr über die Sava nach Süden.",
                                          "by the end of the day, the ferry was running again."], HEADLINE)
    assert author == "Anna Kovač und Ivo Markić"
    assert paragraphs == ["Seit die Brücke zerstört wurde, fahren keine Züge mehr über die Sava nach Süden.",
                          "by the end of the day, the ferry was running again."]  # after a full stop: its own


def test_sentences_that_start_like_a_byline_stay() -> None:
    paragraphs, author = tidy_paragraphs(["By Monday, the bridge had been closed for a week.", *BODY], HEADLINE)
    assert author == "" and paragraphs[0].startswith("By Monday")


def test_headline_loses_only_the_sites_own_suffix() -> None:
    page = "Berlin confronts Germany's colonial past | Germany| News from Berlin | DW | 19.01.2020"
    assert clean_headline("Berlin confronts Germany's colonial past | DW | 19.01.2020", page) == \
        "Berlin confronts Germany's colonial past"
    assert clean_headline("Parasite - the film that won", "Parasite - the film that won") == "Parasite - the film that won"
