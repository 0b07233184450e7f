"""When the page's own <title> beats the title the article extractor guessed.

trafilatura takes a title from meta tags, a single <h1>, headline-classed headings, then the <title> -
but only a <title> inside <head> (its XPath is .//head//title) - and as a last resort the first <h1> or
<h2>. Old pages (an archived 2008 home page) often have markup in <head> that an HTML parser does not
allow there (a <center>, an <img>, a banner <div>, stray text): <head> ends early, the <title> lands in
<body>, trafilatura never sees it, and the first <h2> ("Please visit our website at:") becomes the
document's title. A heading guessed as a last resort loses to the page's own <title>.
"""

import lxml.html

from app.documents.formats.article_cleanup import key

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
    metas = {key(meta.get("content") or "") for meta in root.iter("meta")
             if (meta.get("property") or meta.get("name") or "").strip().lower() in _META_TITLES}
    return frozenset(found - metas)


def better_title(extracted: str, page_title: str, guesses: frozenset[str]) -> str:
    """`extracted`, unless the page has a <title> of its own and `extracted` is a last-resort heading or a line
    that introduces what follows ("Please visit our website at:" is no document's title, even as its <h1>)."""
    if not page_title or not extracted:
        return extracted
    return page_title if key(extracted) in guesses or extracted.rstrip().endswith(":") else extracted
