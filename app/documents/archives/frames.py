"""Frames of archived pages: which archived HTML page is shown inside which (<iframe src>, <frame src>).

A browser-based capture (ArchiveWeb.page, Browsertrix, js-wacz) stores an embedded document as its own
response record; pages.jsonl lists only the page that embeds it. Its text is evidence the visitor saw,
so the frame is offered as a page of the page that embeds it (`WarcPage.frame_of`), never dropped.
The embedding page's own text is left as it is: its canonical text does not change.
"""

import re
from collections.abc import Sequence
from dataclasses import replace
from html import unescape
from urllib.parse import urljoin, urlsplit

from app.documents.archives.warc import WarcPage

_FRAME = re.compile(rb"""<i?frame\b[^>]{0,2000}?\bsrc\s*=\s*(?:"([^"]{1,2000})"|'([^']{1,2000})'|([^\s"'>]{1,2000}))""",
                    re.I)
_DEPTH = 3  # frames inside frames inside frames: enough for real pages, bounded for hostile ones


def frame_urls(html: bytes, base: str) -> list[str]:
    """The http(s) addresses of the page's frames, resolved against its URL, in page order."""
    out: list[str] = []
    for match in _FRAME.finditer(html):
        raw = next(g for g in match.groups() if g is not None).decode("latin-1")
        try:
            url = urljoin(base, unescape(raw).strip()).split("#")[0]
        except ValueError:  # a malformed address (e.g. a bad IPv6 literal)
            continue
        if url.lower().startswith(("http://", "https://")) and url not in out:
            out.append(url)
    return out


def same_address(url: str) -> str:
    """A comparison key: scheme and host in lower case, default port and fragment dropped, "/" for no path."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url
    host = (parts.hostname or "").lower()
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    return f"{parts.scheme.lower()}://{host}{port}{parts.path or '/'}{'?' + parts.query if parts.query else ''}"


def with_frames(pages: Sequence[WarcPage], entries: Sequence[WarcPage]) -> list[WarcPage]:
    """`entries` (the pages offered), each followed by the archived pages it shows as frames (to _DEPTH levels),
    those marked with `frame_of` (the embedding page's URL). A page is offered once, at its first place."""
    by_address: dict[str, WarcPage] = {}
    for page in pages:
        by_address.setdefault(same_address(page.url), page)
    out: list[WarcPage] = []
    seen: set[str] = set()
    offered = {entry.record_id for entry in entries}

    def visit(page: WarcPage, depth: int) -> None:
        seen.add(page.record_id)
        out.append(page)
        if depth >= _DEPTH:
            return
        for url in frame_urls(page.html, page.url):
            frame = by_address.get(same_address(url))
            if frame is not None and frame.record_id not in seen and frame.record_id not in offered:
                visit(replace(frame, frame_of=page.url), depth + 1)

    for entry in entries:
        if entry.record_id not in seen:
            visit(entry, 0)
    return out


def mark_frames(pages: Sequence[WarcPage]) -> list[WarcPage]:
    """Every page, in archive order; one another page of the archive shows as a frame gets `frame_of`."""
    parents: dict[str, str] = {}
    for page in pages:
        for url in frame_urls(page.html, page.url):
            parents.setdefault(same_address(url), page.url)
    return [replace(p, frame_of=parents[key]) if (key := same_address(p.url)) in parents
            and same_address(parents[key]) != key else p for p in pages]
