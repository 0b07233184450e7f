"""A web page's title as text rules revision 4 chooses it, from markup seen on Mozilla Readability's test pages
(webmd, yahoo, archiveofourown, nytimes, an Android blog, the Guardian, tumblr): the title a meta tag states
over a <title> that adds the site or a section to it, the <h1> the <title> names among several, and a banner
<h1> passed over when the <title> is set in an <h2>. Under revision 3 the same pages keep their old titles.
The pages are small and made up; each asserts the exact title, which is also the text's first line."""

import pytest

from app.documents.formats.html import load_html
from app.documents.text_rules import TITLES_STATED, text_rules

BODY = "<p>" + "The council voted on Tuesday to close the old bridge to heavy traffic for the winter. " * 4 + "</p>"
STATED = "Saving Data: Reducing the size of App Updates by 65%"


def page(head: str, body: str) -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


CASES = {
    "site name after the stated headline": (
        page(f'<title>{STATED} | Android Developers Blog</title><meta property="og:title" content="{STATED}">',
             f"<article>{BODY}{BODY}</article>"),
        STATED, f"{STATED} | Android Developers Blog"),
    "section and site after the stated headline": (
        page("<title>Tribes fearful over whale strandings | Eleanor Roy | Environment | The Guardian</title>"
             '<meta property="og:title" content="Tribes fearful over whale strandings | Eleanor Roy">'
             '<meta property="og:site_name" content="the Guardian">',
             f"<article><h2>Whales</h2>{BODY}{BODY}</article>"),
        "Tribes fearful over whale strandings | Eleanor Roy",
        "Tribes fearful over whale strandings | Eleanor Roy | Environment"),
    "a show's name in an <h1> before the headline's, in the page header": (
        page('<title>Veteran Wraps Baby in Flag, Photo Sparks Controversy - Yahoo</title>'
             '<meta property="og:site_name" content="Yahoo">',
             '<div class="tie-title"><h1>Good Morning America</h1></div><header class="header">'
             f'<h1 class="headline">Veteran Wraps Baby in Flag, Photo Sparks Controversy</h1></header><article>{BODY}'
             f"{BODY}</article>"),
        "Veteran Wraps Baby in Flag, Photo Sparks Controversy", "Good Morning America"),
    "a section's banner <h1>, the headline in an <h2>": (
        page("<title>Babies Who Eat Peanuts Early May Avoid Allergy</title>",
             '<div class="tb_main"><h1>Allergies Health Center</h1></div><div class="article">'
             f"<h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>{BODY}{BODY}</div>"),
        "Babies Who Eat Peanuts Early May Avoid Allergy", "Allergies Health Center"),
    "a site's logo <h1>, the work's name in an <h2> that begins the <title>": (
        page("<title>Conversations with a Cryptid - Chapter 1 - Howl | Hero Academia</title>",
             '<div id="header"><h1 class="heading">Archive of Our Own beta</h1></div><div id="workskin">'
             f'<h2 class="title heading">Conversations with a Cryptid</h2>{BODY}{BODY}</div>'),
        "Conversations with a Cryptid - Chapter 1 - Howl | Hero Academia", "Archive of Our Own beta"),
}


@pytest.mark.parametrize(("markup", "title", "before"), CASES.values(), ids=CASES.keys())
def test_the_title_is_the_headline_the_page_states(markup: bytes, title: str, before: str) -> None:
    doc = load_html(markup, "page.html")
    assert doc.title == title
    assert doc.text.text.split("\n")[0] == title
    with text_rules(TITLES_STATED - 1):
        assert load_html(markup, "page.html").title == before


def test_an_attribution_cut_by_the_extractor_stays_when_no_meta_tag_states_the_cut() -> None:
    markup = page("<title>Drills Reported in Pacific – Krasnaya Zvezda Report | Defense Wire</title>"
                  '<meta property="og:site_name" content="Defense Wire">',
                  f"<article>{BODY}{BODY}</article>")
    assert load_html(markup, "page.html").title == "Drills Reported in Pacific – Krasnaya Zvezda Report"


def test_an_h1_that_is_the_title_wins_over_an_h2_that_repeats_it() -> None:
    markup = page("<title>Flood Warnings Lifted Along the River</title>",
                  f"<h1>Flood Warnings Lifted Along the River</h1><h2>Flood Warnings Lifted Along the River</h2>{BODY}")
    assert load_html(markup, "page.html").title == "Flood Warnings Lifted Along the River"
