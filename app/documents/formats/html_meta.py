"""A web page's own statement of its author, publication date and site name, read before any guess.

In order: JSON-LD (an Article's author and datePublished), <meta> tags (author, article:published_time,
og:site_name, ...), byline markup (rel=author, itemprop=author, .byline, an hCard .author .fn) and the
article's <time datetime>, never inside reader comments; a date also from the page's own address
(/2014/03/20/). trafilatura's guesses (text patterns, image paths) come only after these, and junk is
refused as an author: the word "author" itself, "Submitted", "Authority control", user-agent scraps.
"""

import json
import re
from dataclasses import dataclass

import lxml.html

from app.documents.formats.titles import iso_date
from app.domain.capture_times import published_after_capture

FLOOR_YEAR = 1990  # no web page is older: an earlier "date" is a subject's date (a film's release, a law)
_ARTICLE_TYPES = ("article", "newsarticle", "blogposting", "reportagenews", "analysisnewsarticle", "report",
                  "scholarlyarticle", "opinionnewsarticle", "review", "techarticle", "liveblogposting")
_META_AUTHOR = ("author", "article:author", "dc.creator", "dcterms.creator", "byl", "parsely-author", "sailthru.author")
_META_DATE = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "publish-date",
              "dc.date.issued", "dc.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
              "date")
_JUNK_AUTHORS = {"作者", "author", "authors", "autor", "auteur", "autore", "by", "von", "par", "por", "submitted",
                 "submitted by", "posted by", "written by", "authority control", "admin", "administrator", "unknown",
                 "staff", "editor", "redaktion", "none", "null", "undefined", "anonymous", "guest", "user",
                 "記者", "编辑", "責任編輯", "责任编辑", "автор", "follow", "follow us", "share", "more"}
_BYLINE_PREFIX = re.compile(r"^(?i:by|von|par|por|di|door|av|作者|автор)[\s:：]+")
_NOT_A_NAME = re.compile(r"[;{}<>=\\|@]|https?:|www\.|\d{3,}")
_OWN_ADDRESS = re.compile(r"\s*[(<]\s*(?:https?://|mailto:|www\.|[^\s()<>@]+@)[^()<>]*[)>]$")
# A date's label read as a byline ("Last Updated: January 7, 2025" -> "Last Updated January 7")
_DATE_LABEL = re.compile(r"^(?:last\s+)?(?:updated|modified|published|posted\s+on|aktualisiert|mis\s+à\s+jour)\b", re.I)
_BYLINE_CLASSES = frozenset({"byline", "author", "autor", "auteur", "autore", "firma", "author-name", "byline-author",
                             "article-author", "post-author", "entry-author", "author-link"})
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|-|$)")
# A script's JSON wrapped as XHTML character data, bare or behind comment marks: "/*<![CDATA[*/ {...} /*]]>*/"
_CDATA = re.compile(r"^\s*(?:/\*\s*|//\s*)?<!\[CDATA\[(?:\s*\*/)?|(?:/\*\s*|//\s*)?\]\]>(?:\s*\*/)?\s*$")


@dataclass(frozen=True)
class PageFacts:
    author: str = ""
    published: str = ""
    site_name: str = ""
    late: str = ""  # the first stated date, when it was later than the capture and so not taken


def page_facts(root: lxml.html.HtmlElement, url: str = "", captured_at: str = "") -> PageFacts:
    """What the page states about itself; "" for what it does not state (or states as junk). A date later
    than `captured_at` (the capture time, when known) is not the page's: the next one stated is taken."""
    ld = _json_ld(root)
    meta = _meta(root)
    author = next((a for a in (*_ld_authors(ld), *(_meta_names(meta.get(k, [])) for k in _META_AUTHOR),
                                *_byline_authors(root)) if clean_author(a)), "")
    dates = (*_ld_values(ld, "datePublished"), *(d for k in _META_DATE for d in meta.get(k, ())), *_article_times(root),
             _url_date(_first(meta, "og:url") or url))
    sane = [d for d in map(sane_date, dates) if d]
    published = next((d for d in sane if not published_after_capture(d, captured_at)), "")
    late = sane[0] if sane and sane[0] != published else ""
    site = " ".join((_first(meta, "og:site_name") or _first(meta, "application-name")).split())
    return PageFacts(clean_author(author), published, site[:200], late)


def clean_author(value: str) -> str:
    """`value` as an author's name, or "" when it is no name (a label, a placeholder, a scrap of code)."""
    value = _BYLINE_PREFIX.sub("", " ".join((value or "").split())).strip(" ,|-–—:")
    value = _OWN_ADDRESS.sub("", value)  # "Bradley M. Kuhn (http://ebb.org/bkuhn/)": the name, not its link
    if not value or len(value) > 200 or _NOT_A_NAME.search(value) or _DATE_LABEL.match(value) \
            or not any(c.isalpha() for c in value):
        return ""
    if value.casefold() in _JUNK_AUTHORS or (len(value) <= 2 and value.isascii()):
        return ""
    return value


def sane_date(value: str) -> str:
    """An ISO day no earlier than FLOOR_YEAR, or ""."""
    day = iso_date(value)
    return day if day and int(day[:4]) >= FLOOR_YEAR else ""


def _meta(root: lxml.html.HtmlElement) -> dict[str, list[str]]:
    """Every <meta> value by name: a page may say <meta name=author content="作者"> before the real one."""
    out: dict[str, list[str]] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop") or "").strip().lower()
        value = (node.get("content") or "").strip()
        if key and value:
            out.setdefault(key, []).append(value)
    return out


def _meta_names(values: list[str]) -> str:
    """The names one author tag gives, joined: a tag per co-author (an RFC's two DC.Creator); junk left out."""
    names = list(dict.fromkeys(n for n in map(clean_author, values) if n))
    return ", ".join(names)


def _first(meta: dict[str, list[str]], key: str) -> str:
    return (meta.get(key) or [""])[0]


def _json_ld(root: lxml.html.HtmlElement) -> list[dict]:
    """JSON-LD objects, articles first (a page also describes its site, its breadcrumbs, its logo)."""
    objects: list[dict] = []
    for node in root.iter("script"):
        if (node.get("type") or "").strip().lower() != "application/ld+json" or not node.text:
            continue
        try:
            data = json.loads(_CDATA.sub("", node.text))
        except (ValueError, RecursionError):
            continue
        stack = data if isinstance(data, list) else [data]
        while stack and len(objects) < 200:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                stack.extend(graph if isinstance(graph, list) else [])
    return sorted(objects, key=lambda o: not _is_article(o))


def _is_article(obj: dict) -> bool:
    kinds = obj.get("@type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds)


def _ld_values(objects: list[dict], key: str) -> list[str]:
    return [o[key] for o in objects if isinstance(o.get(key), str)]


def _ld_authors(objects: list[dict]) -> list[str]:
    names = []
    for obj in objects:
        authors = obj.get("author")
        for author in authors if isinstance(authors, list) else [authors]:
            name = author.get("name") if isinstance(author, dict) else author
            if isinstance(name, str):
                names.append(name)
        if names:
            break  # the first object that names authors: all of them, joined
    return [", ".join(n for n in map(clean_author, names) if n)] if names else []


def _in_comments(node: lxml.html.HtmlElement) -> bool:
    return any("comment" in f"{a.get('class') or ''} {a.get('id') or ''}".lower() for a in (node, *node.iterancestors()))


def _byline_authors(root: lxml.html.HtmlElement) -> list[str]:
    """Names in byline markup (rel=author, itemprop=author, class byline/author/autor/firma), not in comments:
    the marked-up name inside (.fn, itemprop=name, <strong>, <a>) or the text before a "|" (Última Hora's
    "<strong>Patricio Candia</strong> | Palma de Mallorca | 08/01/2014")."""
    names = []
    for node in root.xpath("//*[@rel='author' or @itemprop='author' or @class]")[:5000]:
        classes = set((node.get("class") or "").lower().split())
        if not (node.get("rel") == "author" or node.get("itemprop") == "author" or classes & _BYLINE_CLASSES
                or any("byline" in c for c in classes)):  # pb-byline, FeatureByline, c-byline__name
            continue
        if _in_comments(node):
            continue
        named = node.xpath(".//*[@itemprop='name' or contains(concat(' ', @class, ' '), ' fn ')] | .//strong | .//b | .//a")
        # the first that shows text: a byline's first link is often the author's photo (aktualne.cz)
        text = next((t for t in (n.text_content() for n in named) if t.strip()), node.text_content())
        names.append(re.split(r"[|·•]", text)[0])
        if len(names) >= 10:
            break
    return names


def _article_times(root: lxml.html.HtmlElement) -> list[str]:
    """The first <time datetime> of the article (one marked as the publication first), not a comment's."""
    scope = next(root.iter("article"), None)
    if scope is None:
        return []
    times = [t for t in scope.iter("time") if t.get("datetime") and not _in_comments(t)]
    marked = [t for t in times if t.get("pubdate") is not None or t.get("itemprop") == "datePublished"
              or "published" in (t.get("class") or "")]
    return [t.get("datetime", "") for t in (marked or times)[:1]]


def _url_date(url: str) -> str:
    match = _URL_DATE.search(url or "")
    return f"{match.group(1)}-{int(match.group(2)):02d}-{int(match.group(3)):02d}" if match else ""
