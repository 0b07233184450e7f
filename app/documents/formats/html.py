"""Saved web pages: the main article via trafilatura (offline), else the visible body text via lxml.

Nothing is fetched and no script runs: trafilatura.bare_extraction parses the string it is given
(only its fetch_url goes online, and it is never called). The headline is kept at the top of the
text because fact-checkers quote headlines.
"""

import codecs
import re
from dataclasses import replace
from importlib.metadata import version

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as Extraction

from app.documents.formats.article_cleanup import clean_headline, tidy_paragraphs
from app.documents.formats.decode import decode_bytes
from app.documents.model import LoadedDocument, make_loaded
from app.documents.formats.titles import clean_title, first_line_title, metadata
from app.domain.documents import DocumentKind, DocumentMetadata, web_url
from app.domain.errors import DocumentError
from app.domain.geometry import DocumentText
from app.domain.normalize import canonical_text

EXTRACTOR = f"trafilatura {version('trafilatura')}"
MAX_HTML_BYTES = 50 * 1024 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# WHATWG: pages labelled latin-1/ascii are decoded as windows-1252; a "utf-16" label without BOM is UTF-8.
_LABEL_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
                  "ascii": "cp1252", "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}
_INVISIBLE = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form", "svg", "iframe",
              "object", "button", "dialog")
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                     "article", "section", "table", "ul", "ol", "dd", "dt", "figcaption", "main"})


def load_html(data: bytes, name: str, *, charset: str | None = None) -> LoadedDocument:
    """`charset`: what the page's transport said (an HTTP or MIME header in a web archive)."""
    if len(data) > MAX_HTML_BYTES:
        raise DocumentError(f"{name} is too large for a web page ({len(data) // 2**20} MB).")
    markup, encoding = decode_bytes(data, name, hint=_known_charset(charset) or _charset_hint(data))
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    page_title, language = _head_facts(markup)
    found = _article(markup)
    if found is not None:
        body, title, meta = found
    else:
        body, title, meta = _visible_text(markup, name), "", DocumentMetadata()
    if language and not meta.language:
        meta = replace(meta, language=language[:35])
    if meta.url != web_url(meta.url):  # a javascript: or data: canonical link is not the page's address
        meta = replace(meta, url="")
    # One paragraph per line from the extractors; a blank line between paragraphs, as PDF blocks get,
    # so readers show paragraphs apart and a quote never runs across two of them unnoticed.
    paragraphs = [line.strip() for line in canonical_text(body).split("\n") if line.strip()]
    if not paragraphs:
        raise DocumentError(f"{name} has no readable text.")
    title = clean_headline(title, page_title) or page_title or first_line_title(paragraphs[0], name)
    paragraphs, byline = tidy_paragraphs(paragraphs, title) if found is not None else (paragraphs, "")
    if byline and not meta.author:
        meta = replace(meta, author=byline)
    text = "\n\n".join(paragraphs)
    if not paragraphs or paragraphs[0] != title:
        text = f"{title}\n\n{text}" if text else title
    return make_loaded(data, DocumentKind.HTML, title, meta, DocumentText(text), extractor=EXTRACTOR,
                       encoding=encoding)


def _known_charset(label: str | None) -> str | None:
    label = (label or "").strip().strip("\"'").lower()
    if not label:
        return None
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _charset_hint(data: bytes) -> str | None:
    try:
        data[: 1 << 20].decode("utf-8")  # valid non-trivial UTF-8 beats a stale <meta> label
        return "utf-8"
    except UnicodeDecodeError as exc:
        if exc.start > (1 << 20) - 4:  # cut mid-character by the slice: still UTF-8
            return "utf-8"
    match = _META_CHARSET.search(data[:8192])
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    return _LABEL_ALIASES.get(label, label)


def _article(markup: str) -> tuple[str, str, DocumentMetadata] | None:
    root = _parse(markup)
    if root is None:
        return None
    try:
        _strip_chrome(root)  # trafilatura keeps nav text on short pages; it never sees it this way
        doc = trafilatura.bare_extraction(root, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False, include_links=False)
    except Exception:  # noqa: BLE001 - a heuristic library on hostile input: any failure means "use the fallback"
        return None
    if not isinstance(doc, Extraction) or not doc.text or not doc.text.strip():  # None (or a dict: as_dict is off)
        return None
    meta = metadata(author=doc.author or "", publisher=doc.sitename or "", published=doc.date or "",
                    url=doc.url or "", language=doc.language or "")
    return doc.text, clean_title(doc.title), meta


def _parse(markup: str) -> lxml.html.HtmlElement | None:
    try:
        return lxml.html.document_fromstring(markup)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, RecursionError, MemoryError):
        return None


def _head_facts(markup: str) -> tuple[str, str]:
    """<title> and <html lang>, read from the start of the page only."""
    root = _parse(markup[:200_000])
    if root is None:
        return "", ""
    node = root.find(".//title")
    title = clean_title(node.text_content()) if node is not None else ""
    return title, " ".join((root.get("lang") or "").split())


def _visible_text(markup: str, name: str) -> str:
    """Body text without scripts, styles and page chrome; block elements become line breaks."""
    root = _parse(markup)
    if root is None:
        raise DocumentError(f"{name} is not readable HTML.")
    try:
        _strip_chrome(root)
        for element in list(root.iter("head")):
            element.drop_tree()
        for element in root.iter(*_BLOCKS):
            element.tail = "\n" + (element.tail or "")
        raw = root.text_content()
    except (RecursionError, ValueError) as exc:
        raise DocumentError(f"{name} is not readable HTML.") from exc
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)


def _strip_chrome(root: lxml.html.HtmlElement) -> None:
    """Drop scripts and page chrome; a <header> survives only inside the article (it holds the headline)."""
    for element in list(root.iter(*_INVISIBLE)):
        element.drop_tree()
    for element in list(root.iter("header")):
        if next(element.iterancestors("article", "main"), None) is None:
            element.drop_tree()
