"""Saved web pages: the main article via trafilatura (offline), else the visible body text via lxml.

Nothing is fetched and no script runs: trafilatura.bare_extraction parses the string it is given
(only its fetch_url goes online, and it is never called). The headline is kept at the top of the
text because fact-checkers quote headlines.
"""

import codecs
import copy
import re
from dataclasses import replace
from importlib.metadata import version

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.settings import Document as Extraction

from app.documents import text_rules
from app.documents.formats.article_cleanup import clean_headline, key, site_keys, tidy_paragraphs
from app.documents.formats.article_lead import recover_lead, trim_link_tail
from app.documents.formats.decode import decode_bytes
from app.documents.formats.html_chrome import strip_chrome
from app.documents.formats.html_hidden import drop_hidden
from app.documents.formats.html_meta import PageFacts, clean_author, page_facts, sane_date
from app.documents.formats.page_titles import better_title, heading_keys, headline, last_resort_headings
from app.documents.formats.titles import clean_title, first_line_title, metadata
from app.documents.model import LoadedDocument, make_loaded
from app.domain.capture_times import published_after_capture, published_doubt
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
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                     "article", "section", "table", "ul", "ol", "dd", "dt", "figcaption", "main"})


def load_html(data: bytes, name: str, *, charset: str | None = None, captured_at: str = "") -> LoadedDocument:
    """`charset`: what the page's transport said (an HTTP or MIME header in a web archive); `captured_at`:
    the capture time of a page from an archive (RFC 3339), later than which no date is the page's."""
    if len(data) > MAX_HTML_BYTES:
        raise DocumentError(f"{name} is too large for a web page ({len(data) // 2**20} MB).")
    markup, encoding = decode_bytes(data, name, hint=_known_charset(charset) or _charset_hint(data))
    markup = _XML_DECLARATION.sub("", markup, count=1)  # lxml refuses str input that declares an encoding
    page_title, language = _head_facts(markup)
    root = _parse(markup)
    if root is None:
        raise DocumentError(f"{name} is not readable HTML.")
    facts = page_facts(root, captured_at=captured_at)  # before anything is dropped: JSON-LD is in <script>
    hidden, passages = drop_hidden(root)
    h1s = heading_keys(root)  # before the chrome goes: a headline <h1> may stand in a <header>
    strip_chrome(root)  # trafilatura keeps nav text on short pages; it never sees it this way
    if hidden and not root.text_content().strip():  # all of it hidden (revealed by the page's scripts): kept
        whole = _parse(markup)
        root, hidden, passages = (root if whole is None else whole), 0, []
        h1s = heading_keys(root)
        strip_chrome(root)
    found = _article(root, page_title)
    if found is not None:
        body, title, meta = found
    else:
        body, title, meta = _visible_text(root, name), "", DocumentMetadata()
    meta, late = _stated_first(meta, facts, captured_at)
    if language and not meta.language:
        meta = replace(meta, language=language[:35])
    if meta.url != web_url(meta.url):  # a javascript: or data: canonical link is not the page's address
        meta = replace(meta, url="")
    # One paragraph per line from the extractors; a blank line between paragraphs, as PDF blocks get,
    # so readers show paragraphs apart and a quote never runs across two of them unnoticed.
    paragraphs = [line.strip() for line in canonical_text(body).split("\n") if line.strip()]
    if not paragraphs:
        raise DocumentError(f"{name} has no readable text.")
    sites = site_keys(facts.site_name, meta.publisher, meta.url)
    if text_rules.in_force() >= text_rules.TITLES_STATED:
        title = headline(root, h1s, page_title, title, sites) or first_line_title(paragraphs[0], name)
    else:
        title = _headline(root, page_title, title, sites) or first_line_title(paragraphs[0], name)
    if found is not None:
        paragraphs, byline = tidy_paragraphs(trim_link_tail(root, recover_lead(root, paragraphs)), title)
    else:
        byline = ""
    if clean_author(byline) and not meta.author:
        meta = replace(meta, author=clean_author(byline))
    text = "\n\n".join(paragraphs)
    if not paragraphs or paragraphs[0] != title:
        text = f"{title}\n\n{text}" if text else title
    warnings: tuple[str, ...] = (f"{name}: {hidden} hidden passage{'s' if hidden != 1 else ''} left out of the text (not shown to "
                "visitors: hidden attribute or style); see Document details.",) if hidden else ()
    warnings += (f"{name}: {late}.",) if late else ()
    loaded = make_loaded(data, DocumentKind.HTML, title, meta, DocumentText(text), extractor=EXTRACTOR,
                         encoding=encoding, warnings=warnings)
    return replace(loaded, hidden_passages=tuple(passages)) if passages else loaded


def _headline(root: lxml.html.HtmlElement, page_title: str, extracted: str, sites: set[str]) -> str:
    """Before text rules revision 4 (see page_titles.headline): the <title> or trafilatura's title (often
    og:title, or a part of the <title>), each without the site's
    own name: whichever the page's <h1> shows; the <title> when trafilatura's is only a cut of it (it cuts at
    any separator, an attribution too); else trafilatura's."""
    cleaned_page, cleaned = clean_headline(page_title, sites), clean_headline(extracted, sites)
    h1 = next((" ".join(h.text_content().split()) for h in root.iter("h1") if h.text_content().strip()), "")
    for candidate in (cleaned_page, cleaned):
        if h1 and candidate and key(h1) == key(candidate):
            return candidate
    if cleaned_page and key(page_title).startswith(key(extracted)):
        return cleaned_page
    return cleaned or cleaned_page


def _stated_first(meta: DocumentMetadata, facts: PageFacts, captured_at: str) -> tuple[DocumentMetadata, str]:
    """What the page states about itself wins over trafilatura's guesses, which must still be sane and not
    later than the capture: (the metadata, a warning when a date was refused for that)."""
    published = facts.published or sane_date(meta.published)
    refused = published if published_after_capture(published, captured_at) else facts.late
    late = f"{published_doubt(refused, captured_at)}; it is not taken as the publication date" if refused else ""
    published = "" if published == refused else published
    meta = replace(meta, author=facts.author or clean_author(meta.author), published=published,
                   publisher=facts.site_name or meta.publisher)
    return meta, late


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


def _article(root: lxml.html.HtmlElement, page_title: str = "") -> tuple[str, str, DocumentMetadata] | None:
    root = copy.deepcopy(root)  # trafilatura changes the tree it is given; the fallback needs it whole
    guesses = last_resort_headings(root) if page_title else frozenset()  # before trafilatura prunes the tree
    try:
        # No extensive date search: its guesses (image paths, a linked file's name, any date in the text)
        # were wrong on home pages and encyclopaedia articles; page_facts reads the stated date first.
        doc = trafilatura.bare_extraction(root, with_metadata=True, include_comments=False,
                                          include_tables=True, include_images=False, include_links=False,
                                          date_extraction_params={"extensive_search": False, "original_date": True})
    except Exception:  # noqa: BLE001 - a heuristic library on hostile input: any failure means "use the fallback"
        return None
    if not isinstance(doc, Extraction) or not doc.text or not doc.text.strip():  # None (or a dict: as_dict is off)
        return None
    meta = metadata(author=doc.author or "", publisher=doc.sitename or "", published=doc.date or "",
                    url=doc.url or "", language=doc.language or "")
    extracted = clean_title(doc.title)
    title = better_title(extracted, page_title, guesses)
    text = doc.text
    if title != extracted and extracted not in " ".join(text.split()):  # trafilatura left out the heading it took
        text = f"{extracted}\n{text}"                                    # as the title: it is text, keep it
    return text, title, meta


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


def _visible_text(root: lxml.html.HtmlElement, name: str) -> str:
    """Body text without scripts, styles and page chrome; block elements become line breaks."""
    root = copy.deepcopy(root)
    try:
        for element in list(root.iter("head")):
            element.drop_tree()
        for element in root.iter(*_BLOCKS):
            element.tail = "\n" + (element.tail or "")
        raw = root.text_content()
    except (RecursionError, ValueError) as exc:
        raise DocumentError(f"{name} is not readable HTML.") from exc
    lines = (" ".join(line.split()) for line in raw.split("\n"))
    return "\n".join(line for line in lines if line)
