"""When the page's own <title> beats the title the article extractor guessed.

trafilatura takes a title from meta tags, a single <h1>, headline-classed headings, then the <title> -
but only a <title> inside <head> (its XPath is .//head//title) - and as a last resort the first <h1> or
<h2>. Old pages (an archived 2008 home page) often have markup in <head> that an HTML parser does not
allow there (a <center>, an <img>, a banner <div>, stray text): <head> ends early, the <title> lands in
<body>, trafilatura never sees it, and the first <h2> ("Please visit our website at:") becomes the
document's title. A heading guessed as a last resort loses to the page's own <title>.

Text rules revision 4 (`headline`), sorted by eye on Mozilla Readability's test pages: the title a meta tag
states (og:title) beats a <title> that only adds the site's name or section to it ("… | Android Developers
Blog", "… | Environment | The Guardian"); among several <h1>s, the one the <title> names is the headline (a
show's name in an earlier <h1> is not); an <h1> trafilatura took while the <title> is set in an <h2> is a
banner ("Allergies Health Center", a site's logo), and the <title> wins.
"""

import lxml.html

from app.documents.formats.article_cleanup import clean_headline, first_part, key

_META_TITLES = ("og:title", "twitter:title", "title", "dc.title", "citation_title", "parsely-title")


def last_resort_headings(root: lxml.html.HtmlElement) -> frozenset[str]:
    """Comparison keys of the headings trafilatura falls back to (every <h2>; every <h1> when there are
    several), except those a meta tag also gives as the title (then the meta tag is the source)."""
    h1 = root.findall(".//h1")
    headings = root.findall(".//h2") + (h1 if len(h1) > 1 else [])
    single = {key(h1[0].text_content())} if len(h1) == 1 else set()  # a heading that repeats the one <h1> is it
    found = {key(element.text_content()) for element in headings} - {""} - single
    if not found:
        return frozenset()
    return frozenset(found - _stated(root))


def better_title(extracted: str, page_title: str, guesses: frozenset[str]) -> str:
    """`extracted`, unless the page has a <title> of its own and `extracted` is a last-resort heading or a line
    that introduces what follows ("Please visit our website at:" is no document's title, even as its <h1>)."""
    if not page_title or not extracted:
        return extracted
    return page_title if key(extracted) in guesses or extracted.rstrip().endswith(":") else extracted


def heading_keys(root: lxml.html.HtmlElement) -> frozenset[str]:
    """Comparison keys of the page's <h1>s."""
    return frozenset(key(h.text_content()) for h in root.iter("h1")) - {""}


def headline(root: lxml.html.HtmlElement, h1s: frozenset[str], page_title: str, extracted: str, sites: set[str]) -> str:
    """The document's title from the <title> and trafilatura's title, each without the site's own name (text
    rules revision 4; earlier revisions take html._headline's). `h1s`: heading_keys of the page before its
    chrome was stripped."""
    cleaned_page, cleaned = clean_headline(page_title, sites), clean_headline(extracted, sites)
    if not cleaned_page:
        return cleaned
    if key(cleaned_page) in h1s:  # of several <h1>s, the one the <title> names
        return cleaned_page
    extracted_key = key(extracted)
    cut = key(page_title).startswith(extracted_key)  # trafilatura's title is the start of the <title>
    if extracted_key in h1s and not cut:
        named = {key(cleaned_page), key(first_part(page_title))}
        if any(key(h.text_content()) in named for h in root.iter("h2")):
            return cleaned_page  # the headline is an <h2>, so the <h1> trafilatura took is a banner or logo
    if key(cleaned) in h1s:
        return cleaned
    if cut and extracted_key in _stated(root):
        return cleaned  # the page states the headline; its <title> adds the site (or section) to it
    if cut:
        return cleaned_page  # trafilatura's is only a cut of the <title> (it cuts at an attribution too)
    return cleaned or cleaned_page


def _stated(root: lxml.html.HtmlElement) -> set[str]:
    """Comparison keys of the titles meta tags state."""
    return {key(meta.get("content") or "") for meta in root.iter("meta")
            if (meta.get("property") or meta.get("name") or "").strip().lower() in _META_TITLES} - {""}
