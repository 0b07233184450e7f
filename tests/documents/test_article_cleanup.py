"""Extracted news articles: headline once on top, byline to the metadata, paragraphs whole (issue 20)."""

from app.documents.formats.article_cleanup import clean_headline, site_keys, tidy_paragraphs
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


def test_headline_loses_only_the_sites_own_name() -> None:
    dw = site_keys("DW.COM", "https://www.dw.com/en/berlin/a-52046393")
    assert clean_headline("Berlin confronts Germany's colonial past | DW | 19.01.2020", dw) == \
        "Berlin confronts Germany's colonial past"
    assert clean_headline("Parasite - the film that won", site_keys("reuters.com")) == "Parasite - the film that won"
    wire = site_keys("Defense Wire", "https://defensewire.example/world/1")
    assert clean_headline("Drones Strike Depot – Krasnaya Zvezda Report | Defense Wire", wire) == \
        "Drones Strike Depot – Krasnaya Zvezda Report"  # an attribution is the news, not the site
    assert clean_headline("Defense Wire | Drones Strike Depot", wire) == "Drones Strike Depot"
    assert clean_headline("What we do - Creative Commons", site_keys("Creative Commons")) == "What we do"
    assert clean_headline("Defense Wire", wire) == "Defense Wire"  # nothing but the name: kept
    assert clean_headline("短缺药品保供稳价 全力保障临床用药需求-新华网", site_keys("新华网")) == "短缺药品保供稳价 全力保障临床用药需求"
    assert clean_headline("米朝首脳直通電話（写真＝ロイター）　：日本経済新聞", site_keys("日本経済新聞 電子版")) == \
        "米朝首脳直通電話（写真＝ロイター）"
    assert clean_headline("Covid-19 cases rise", site_keys("19")) == "Covid-19 cases rise"  # a hyphenated word
