"""Limits that hold on hostile pages (issue 27): the resource cap counts every request a page leads to, stylesheets'
url() and @import included; response headers count against the size limit."""

import socket
import time
import tracemalloc

import pytest

from app.domain.errors import DocumentError
from app.net.web.fetch import FetchOptions, fetch_page
from app.net.web.links import MAX_RESOURCES
from tests.fixtures import odd_servers
from tests.fixtures.odd_servers import ODD_PAGE

PAGE_WITH_SHEET = ODD_PAGE.replace(b"</head>", b'<link rel="stylesheet" href="/scan.css"></head>')


def test_a_stylesheet_naming_5001_urls_gets_no_more_than_the_cap() -> None:
    sheet = "".join(f"i{n} {{ background: url(/probe/{n}.png) }}\n" for n in range(5001)).encode()
    answers = {"/": ("text/html", "", PAGE_WITH_SHEET), "/scan.css": ("text/css", "", sheet)}
    with odd_servers.odd_server(odd_servers.routes(answers)) as server:
        capture = fetch_page(server.url, FetchOptions(timeout=5))
    assert len(server.paths) == 1 + MAX_RESOURCES  # the page, then 300 requests in all (the sheet and 299 probes)
    assert server.paths[1] == "/scan.css" and server.paths[-1] == f"/probe/{MAX_RESOURCES - 2}.png"
    assert f"stopped at {MAX_RESOURCES} requests for images, stylesheets and what they name: later resources were " \
           "not fetched" in capture.warnings


def test_imported_stylesheets_and_their_urls_count_too() -> None:
    """A chain of @imports, each naming 50 images: followed (an @import is a stylesheet), within the one cap."""
    answers = {"/": ("text/html", "", PAGE_WITH_SHEET.replace(b"/scan.css", b"/0.css"))}
    for n in range(20):
        images = "".join(f"p{k} {{ background: url(/img/{n}-{k}.png) }}" for k in range(50))
        answers[f"/{n}.css"] = ("text/css", "", f"@import '/{n + 1}.css'; {images}".encode())
    with odd_servers.odd_server(odd_servers.routes(answers)) as server:
        fetch_page(server.url, FetchOptions(timeout=5))
    assert "/1.css" in server.paths and "/img/1-0.png" in server.paths  # what an @import names is fetched
    assert len(server.paths) == 1 + MAX_RESOURCES


def _padded_redirects(pad: int) -> odd_servers.Send:
    """Every answer: a redirect to the next path, with `pad` header lines of 60,000 bytes."""
    header = b"".join(b"X-Pad-%d: %s\r\n" % (n, b"a" * 60_000) for n in range(pad))

    def send(conn: socket.socket, path: str) -> None:
        step = int(path.strip("/") or 0)
        conn.sendall(b"HTTP/1.1 302 Found\r\nLocation: /%d\r\nContent-Length: 0\r\n%s\r\n" % (step + 1, header))
    return send


def test_header_bytes_count_against_the_size_limit() -> None:
    """60 header lines of 60 KB (3.6 MB) per hop, over redirects: stopped at the first hop past 1 MB, in one line."""
    tracemalloc.start()
    started = time.monotonic()
    with odd_servers.odd_server(_padded_redirects(60)) as server:
        with pytest.raises(DocumentError) as caught:
            fetch_page(server.url, FetchOptions(timeout=5, max_bytes=2**20))
    seconds, (_, peak) = time.monotonic() - started, tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert str(caught.value) == f"{server.url} is larger than the limit of 1 MB (--max-size); nothing was captured."
    assert server.paths == ["/"]  # no second hop was asked for
    assert seconds < 10 and peak < 64 * 2**20  # (measured: well under a second, about 15 MB)


def test_headers_of_resources_count_too() -> None:
    header = b"X-Pad: " + b"a" * 60_000 + b"\r\n"
    images = b"".join(b'<img src="/%d.png">' % n for n in range(40))
    page = ODD_PAGE.replace(b"</body>", images + b"</body>")

    def send(conn: socket.socket, path: str) -> None:
        body, ctype = (page, b"text/html") if path == "/" else (b"x", b"image/png")
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n%s\r\n%s"
                     % (ctype, len(body), header * (20 if path != "/" else 1), body))

    with odd_servers.odd_server(send) as server:
        capture = fetch_page(server.url, FetchOptions(timeout=5, max_bytes=5 * 2**20))
    assert "stopped at the size limit of 5 MB: later resources were not fetched" in capture.warnings
    assert len(server.paths) == 1 + 5  # each image's headers are 1.2 MB: the fifth passes 5 MB
