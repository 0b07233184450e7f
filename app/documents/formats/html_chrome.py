"""Page chrome removed before extraction: scripts, menus, footers, forms, and reader comments.

trafilatura's own comment detection misses comment lists it does not know by name (Última Hora's
`#sf_comment_list`), and the comments then follow the article as if they were part of it. An element whose
id or a class names comments as a word of it ("comments", "sf_comment_list", "comentarios", "disqus_thread")
is dropped, unless it holds the page's <h1> or half of its text (a wrapper such as <body class="has-comments">
or an opinion section named "comment" holds the article).
So is a short sign-up box named so ("subscribe", "login", Nikkei's "m-articleRegist"), never a paragraph:
short, because some sites wrap metered article text in such names.
"""

import re

import lxml.html

_INVISIBLE = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "iframe",
              "object", "button", "dialog")
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "comentario", "comentarios", "commentaire",
                            "commentaires", "kommentar", "kommentare", "commenti", "reacties", "komentarze",
                            "disqus", "respond"})
# Not "paywall": Wired marks every paragraph of the article class="paywall" (the text behind the meter).
_PAYWALL_WORDS = frozenset({"regwall", "subscribe", "subscription", "subscriber", "signup", "register",
                            "registration", "regist", "login", "newsletter", "promo", "abo", "abonnement", "suscripcion", "suscribete"})
_PAYWALL_MAX_CHARS = 600  # a notice, not an article
_PART = re.compile(r"[_\-\s]+|(?<=[a-z])(?=[A-Z])")
_NOT_COMMENTS = frozenset({"html", "body", "main", "h1"})


def strip_chrome(root: lxml.html.HtmlElement) -> None:
    """Drop scripts, page chrome and reader comments; a <header> survives only inside the article (it holds
    the headline) or when it holds the lead."""
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()
    for element in list(root.iter("header")):
        if next(element.iterancestors("article", "main"), None) is not None:
            continue
        if _holds_a_lead(element):
            element.tag = "div"  # trafilatura drops every <header>: the lead would go with it
        else:
            element.drop_tree()
    for element in _zones(root):
        element.drop_tree()


def _holds_a_lead(header: lxml.html.HtmlElement) -> bool:
    """A page header with a sentence-long paragraph holds the page's lead (iana.org), not just its menu."""
    return any(len(p.text_content().split()) >= 12 for p in header.iter("p"))


def _zones(root: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """Reader comments and paywall boxes, by their id or class names."""
    zones = []
    half = len(" ".join(root.text_content().split())) // 2
    stack = [root]
    while stack:  # the outermost zone only: nothing inside a dropped one is looked at
        element = stack.pop()
        if isinstance(element.tag, str) and element.tag not in _NOT_COMMENTS and _is_zone(element, half):
            zones.append(element)
        else:
            stack.extend(element)
    return zones


def _is_zone(element: lxml.html.HtmlElement, half: int) -> bool:
    names = f"{element.get('id') or ''} {element.get('class') or ''}"
    if not names.strip():
        return False
    words = {part.lower() for part in _PART.split(names) if part}
    if not words & (_COMMENT_WORDS | _PAYWALL_WORDS):
        return False
    size = len(" ".join(element.text_content().split()))
    if words & _COMMENT_WORDS:
        return next(element.iter("h1"), None) is None and size <= half
    return size <= _PAYWALL_MAX_CHARS and element.tag != "p"
