"""The lead of an article that trafilatura left out, and the link boxes it added after the article.

Lead: the paragraphs between the headline and the body.

trafilatura picks the one container that holds most of the text; a lead (standfirst, teaser, the first
paragraph) set in its own block next to the headline is then lost (qq.com, aktualne.cz, iana.org's intro
in the page header). A paragraph (a <p>, or from text rules revision 3 a <div> without blocks inside whose
class names it a lead: aktualne.cz's "article__perex", a "standfirst") that sits after the page's first <h1> and before the first paragraph of
the extracted body, reads as a sentence (12 words, or 40 characters in scripts without spaces) and is not
mostly a link, is the lead: it goes back in front of the body. Page chrome and hidden text are gone from
the tree before this runs, and nothing after the body's start is ever added, so comments cannot return.

Tail: paragraphs at the end of the text that are each the whole text of a link on the page ("電子版トップ",
"Account", "Corrections" under a Nikkei article) are menus and promotions, not the article's last words.
"""

import re

import lxml.html

from app.documents import text_rules
from app.documents.formats.article_cleanup import key

_MIN_WORDS = 12
_MIN_CHARS_UNSPACED = 40  # Chinese, Japanese, Thai: a sentence without spaces
_LEAD_CLASS = re.compile(r"perex|standfirst|lead|intro|teaser|summary|deck|\bdek\b|subhead|chapeau|chapo", re.I)
_BLOCK_TAGS = ("p", "div", "ul", "ol", "table", "section", "article", "figure", "h2", "h3", "blockquote")


def recover_lead(root: lxml.html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` with the lead paragraphs the extraction missed put back in front."""
    first = next((p for p in paragraphs if _sentence(p)), "")
    if not first:
        return paragraphs
    have = {key(p) for p in paragraphs}
    start = key(first)[:50]
    found: list[str] = []
    seen_h1 = False
    lead_divs = text_rules.in_force() >= text_rules.LEAD_IN_DIV
    for element in root.iter("h1", "p", "div") if lead_divs else root.iter("h1", "p"):
        if element.tag == "h1":
            seen_h1 = True
            continue
        if element.tag == "div" and not _lead_div(element):
            continue
        text = _flat(element.text_content())
        if not seen_h1 or not text:
            continue
        if key(text).startswith(start):  # the body starts here: nothing after it is lead
            return [*found, *paragraphs] if found else paragraphs
        if _sentence(text) and key(text) not in have and not _mostly_link(element, text) \
                and next(element.iterancestors("figure", "figcaption"), None) is None:  # a photo's caption
            found.append(text)
    return paragraphs  # the body's start was not found in the tree: add nothing


def _lead_div(element: lxml.html.HtmlElement) -> bool:
    """A <div> named as the lead, with only text and inline markup inside."""
    return bool(_LEAD_CLASS.search(element.get("class") or "")) and \
        not any(isinstance(child.tag, str) and child.tag in _BLOCK_TAGS for child in element.iterdescendants())


def _sentence(text: str) -> bool:
    words = text.split()
    return len(words) >= _MIN_WORDS or (len(text) >= _MIN_CHARS_UNSPACED and len(words) <= 3 and
                                        any(ord(c) > 0x2E80 for c in text))


def _mostly_link(element: lxml.html.HtmlElement, text: str) -> bool:
    linked = sum(len(_flat(a.text_content())) for a in element.iter("a"))
    return linked * 2 > len(text)


def _flat(text: str) -> str:
    return " ".join(text.split())


def trim_link_tail(root: lxml.html.HtmlElement, paragraphs: list[str]) -> list[str]:
    """`paragraphs` without the run of link-only paragraphs at their end (never all of them)."""
    links = {key(a.text_content()) for a in root.iter("a")} - {""}
    end = len(paragraphs)
    while end > 1 and key(paragraphs[end - 1]) in links:
        end -= 1
    return paragraphs[:end]
