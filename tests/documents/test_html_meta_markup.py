"""A page's own author and date read from markup seen on Mozilla Readability's test pages (aktualne.cz,
washingtonpost.com, lwn.net, spiceworks.com, nbcnews.com, ebb.org, an IETF draft): JSON-LD wrapped as XHTML
character data, a byline whose first link is a photo, byline classes that only contain the word, a date's label
read as a name, a name with its own address, a tag per co-author; and a lead set in a <div> named as one (text
rules revision 3). The pages here are small and made up; each asserts the exact answer."""

import lxml.html
import pytest

from app.documents.formats.html import load_html
from app.documents.formats.html_meta import clean_author, page_facts

LEAD = "<p>" + "The council voted on Tuesday to close the old bridge to heavy traffic for the winter. " * 3 + "</p>"


def facts(body: str, head: str = ""):  # type: ignore[no-untyped-def]
    return page_facts(lxml.html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


@pytest.mark.parametrize("wrapped", [
    '<![CDATA[ {"@context": "http://schema.org", "@type": "NewsArticle", "author": [{"name": "Stella Kim"},'
    ' {"name": "Jennifer Jett"}], "datePublished": "2024-12-06T17:44:00Z"} ]]>',
    '/*<![CDATA[*/ {"@type": "NewsArticle", "author": [{"name": "Stella Kim"}, {"name": "Jennifer Jett"}],'
    ' "datePublished": "2024-12-06T17:44:00Z"} /*]]>*/',
    '//<![CDATA[\n{"@type": "NewsArticle", "author": [{"name": "Stella Kim"}, {"name": "Jennifer Jett"}],'
    ' "datePublished": "2024-12-06"}\n//]]>',
])
def test_json_ld_wrapped_as_character_data_is_read(wrapped: str) -> None:
    head = (f'<script type="application/ld+json">{wrapped}</script>'
            '<meta property="article:published_time" content="2024-12-07T12:43:39Z">')
    found = facts(LEAD, head)
    assert (found.author, found.published) == ("Stella Kim, Jennifer Jett", "2024-12-06")


def test_byline_whose_first_link_is_the_photo_gives_the_named_link() -> None:
    body = ('<div class="author author--article"><a href="/autori/ales-vavra" class="author__photo"><img alt="x" src="a.jpg">'
            '</a> <a href="/autori/ales-vavra" class="author__name">Aleš Vávra</a><div class="author__date">před 2 hodinami'
            f"</div></div>{LEAD}")
    assert facts(body).author == "Aleš Vávra"
    assert load_html(f"<html><body><h1>West Ham hrozí gigantům</h1>{body}</body></html>".encode(),
                     "a.html").metadata.author == "Aleš Vávra"


@pytest.mark.parametrize(("byline", "name"), [
    ('<span class="pb-byline">By <a href="/people/erin-cunningham">Erin Cunningham</a></span>'
     '<span class="tweet-authors"><a class="twitter-follow-button">Follow @erinmcunningham</a></span>', "Erin Cunningham"),
    ('<div class="FeatureByline"> By <b>Nathan Willis</b><br/>March 25, 2015 </div>', "Nathan Willis"),
])
def test_a_class_that_contains_byline_marks_a_byline(byline: str, name: str) -> None:
    page = f"<html><body><h1>A trademark battle in the Arduino community</h1>{byline}{LEAD}</body></html>"
    assert load_html(page.encode(), "p.html").metadata.author == name


@pytest.mark.parametrize("value", ["Last Updated January 7", "Updated: March 3", "Published 2 hours ago", "Follow",
                                   "Posted on Monday"])
def test_a_date_label_or_a_button_is_no_author(value: str) -> None:
    assert clean_author(value) == ""


def test_a_name_that_starts_like_a_label_stays() -> None:
    assert clean_author("Updike, John") == "Updike, John"
    assert clean_author("By Publishedy Smith") == "Publishedy Smith"


def test_a_page_without_author_gets_none_from_its_date_line() -> None:
    page = ('<html><body><h1>Vidyard introduces new features</h1><div class="col-md-3 author-details-4">'
            f'<div datetime="2025-01-07T09:08:22+00:00"><em>Last Updated:</em> January 7, 2025</div></div>{LEAD}'
            "</body></html>")
    assert load_html(page.encode(), "s.html").metadata.author == ""


LEAD_TEXT = "Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat."


@pytest.mark.parametrize(("lead", "kept"), [
    (f'<div class="article__perex">{LEAD_TEXT}</div>', True),
    (f'<div class="standfirst"><span>{LEAD_TEXT}</span></div>', True),
    (f'<div class="related">{LEAD_TEXT}</div>', False),  # not named as a lead
    (f'<div class="intro"><p>{LEAD_TEXT}</p><p>x</p></div>', True),  # its <p> is the lead (the rule before)
])
def test_a_lead_in_a_div_named_as_one_is_put_back(lead: str, kept: bool) -> None:
    body = "Pět vítězných soutěžních duelů v řadě, během nich jediný inkasovaný gól a nadšené ohlasy komentátorů. "
    page = (f"<html><body><h1>West Ham hrozí gigantům</h1>{lead}<div class='article__body'><p>{body * 3}</p>"
            f"<p>{body * 2}</p></div></body></html>")
    text = load_html(page.encode(), "a.html").text.text
    assert text.startswith(f"West Ham hrozí gigantům\n\n{LEAD_TEXT}\n\nPět vítězných") == kept
    assert text.count(LEAD_TEXT) == kept


def test_a_name_followed_by_its_own_address_is_the_name() -> None:
    assert clean_author("Bradley M. Kuhn (http://ebb.org/bkuhn/)") == "Bradley M. Kuhn"
    assert clean_author("Jane Roe <jane@example.org>") == "Jane Roe"
    assert clean_author("http://ebb.org/bkuhn/") == ""


def test_one_author_tag_per_co_author_gives_them_all() -> None:
    head = ('<meta name="DC.Creator" content="Kooman, F."><meta name="DC.Creator" content="Jong, Michiel de">'
            '<meta name="DC.Creator" content="Kooman, F.">')
    assert facts(LEAD, head).author == "Kooman, F., Jong, Michiel de"
    assert facts(LEAD, '<meta name="author" content="作者"><meta name="author" content="王小明">').author == "王小明"
