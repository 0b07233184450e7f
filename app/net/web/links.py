"""What a fetched page needs to display: image and stylesheet URLs from its HTML, and the URLs a stylesheet names
(read through the body's Content-Encoding and charset: decoded_for_links, charset_of).

Only what a browser would load without running a script: <img src/srcset>, <source srcset>, <link rel=stylesheet
or icon>, <input type=image>, url(...) and @import in <style> blocks, style attributes and stylesheets. Links
(<a href>), scripts, frames and media are not fetched. Every URL comes back absolute, http(s) only, once.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

MAX_RESOURCES = 300  # a page asking for more gets its first 300 (a capture is evidence, not a mirror)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")\s]+)\1\s*\)|@import\s+(['"])([^'"]+)\3""", re.I)
_LINK_RELS = {"stylesheet", "icon", "shortcut", "apple-touch-icon"}


def _absolute(base: str, ref: str) -> str | None:
    ref = ref.strip()
    if not ref or ref.startswith(("data:", "#", "javascript:", "about:", "blob:")):
        return None
    url = urldefrag(urljoin(base, ref)).url
    return url if urlsplit(url).scheme in ("http", "https") else None


def css_urls(css: str, base: str) -> list[str]:
    """The url(...) and @import targets of a stylesheet, absolute, in order, once each."""
    found = (_absolute(base, m.group(2) or m.group(4) or "") for m in _CSS_URL.finditer(css))
    return list(dict.fromkeys(url for url in found if url))


def _srcset(value: str) -> list[str]:
    return [part.strip().split()[0] for part in value.split(",") if part.strip()]


class _ResourceParser(HTMLParser):
    def __init__(self, base: str) -> None:
        super().__init__(convert_charrefs=True)
        self.base = base
        self.refs: list[str] = []
        self.stylesheets: set[str] = set()
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "base" and a.get("href") and not self.refs:
            self.base = urljoin(self.base, a["href"])
        elif tag == "img" or (tag == "input" and a.get("type", "").lower() == "image"):
            self._add(a.get("src", ""))
            for ref in _srcset(a.get("srcset", "")):
                self._add(ref)
        elif tag == "source" and a.get("srcset"):
            for ref in _srcset(a["srcset"]):
                self._add(ref)
        elif tag == "link" and _LINK_RELS & set(a.get("rel", "").lower().split()):
            url = self._add(a.get("href", ""))
            if url and "stylesheet" in a.get("rel", "").lower():
                self.stylesheets.add(url)
        elif tag == "style":
            self._in_style = True
        if a.get("style"):
            self.refs.extend(css_urls(a["style"], self.base))

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            for url in css_urls(data, self.base):
                self.refs.append(url)
                if url.lower().split("?")[0].endswith(".css"):
                    self.stylesheets.add(url)  # an @import: a stylesheet whose own url()s count too

    def _add(self, ref: str) -> str | None:
        url = _absolute(self.base, ref)
        if url:
            self.refs.append(url)
        return url


def page_resources(html: str, base: str) -> tuple[list[str], set[str]]:
    """(every resource URL the page needs, in document order, at most MAX_RESOURCES; those that are stylesheets)."""
    parser = _ResourceParser(base)
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser on hostile markup: keep what was found so far
        pass
    urls = list(dict.fromkeys(parser.refs))[:MAX_RESOURCES]
    return urls, parser.stylesheets & set(urls)


def decoded_for_links(body: bytes, content_encoding: str, limit: int = 50 * 2**20) -> bytes:
    """A fetched page's or stylesheet's body with its Content-Encoding (gzip, deflate, br) undone, at most `limit`
    bytes, to read the URLs it names; b"" when it cannot be decoded (the WARC keeps the body as sent)."""
    import zlib

    encoding = content_encoding.strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            return zlib.decompressobj(31).decompress(body, limit)
        if encoding == "deflate":  # zlib-wrapped as HTTP says, or raw as many servers send it
            return zlib.decompressobj(zlib.MAX_WBITS if body[:1] == b"x" else -zlib.MAX_WBITS).decompress(body, limit)
        if encoding == "br":
            import brotli

            return bytes(brotli.Decompressor().process(body, output_buffer_limit=limit))
    except Exception:  # noqa: BLE001 - zlib.error, brotli.error: a body we cannot read names no links
        return b""
    return body


def charset_of(content_type: str) -> str | None:
    """The charset a Content-Type names, as Python knows it; None when it names none or an unknown one."""
    import codecs

    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            try:
                return codecs.lookup(value.strip().strip("\"'")).name
            except LookupError:
                return None
    return None
