"""The capture's parts that need no project: what a page needs, cancelling, trimming a screenshot (issue 19)."""

import io
from collections.abc import Iterator

import pytest
from PIL import Image

from app.domain.errors import DomainError
from app.net.web.chromium import trim_bottom
from app.net.web.fetch import Cancelled
from app.net.web.links import MAX_RESOURCES, css_urls, page_resources
from app.services.capture.web import prepare_capture
from tests.fixtures import web_server
from tests.fixtures.web_server import Site


@pytest.fixture
def site() -> Iterator[Site]:
    with web_server.site() as found:
        yield found


def test_a_page_needs_its_images_and_stylesheets_but_not_scripts_links_or_frames() -> None:
    html = """<html><head><base href="https://news.example/a/"><link rel="stylesheet" href="s.css">
    <link rel="icon" href="/favicon.ico"><link rel="alternate" href="feed.xml"><script src="x.js"></script>
    <style>@import "print.css"; div { background: url( 'bg.png' ) }</style></head>
    <body style="background:url(body.jpg)"><img src="p.png#frag" srcset="p-2x.png 2x, p-3x.png 3x">
    <picture><source srcset="/q.webp 1x"></picture><input type="image" src="go.gif"><a href="next.html">n</a>
    <iframe src="f.html"></iframe><img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">
    <img src="ftp://news.example/x.png"></body></html>"""
    urls, sheets = page_resources(html, "https://news.example/page")
    base = "https://news.example/a/"
    assert urls == [base + "s.css", "https://news.example/favicon.ico", base + "print.css", base + "bg.png",
                    base + "body.jpg", base + "p.png", base + "p-2x.png", base + "p-3x.png",
                    "https://news.example/q.webp", base + "go.gif"]
    assert sheets == {base + "s.css", base + "print.css"}


def test_css_urls_and_the_resource_cap() -> None:
    assert css_urls("a{b:url(x.png)} @import 'y.css'; c{d:url(\"data:,x\")}", "http://h/s/") == \
        ["http://h/s/x.png", "http://h/s/y.css"]
    many = "".join(f'<img src="/{n}.png">' for n in range(MAX_RESOURCES + 50))
    assert len(page_resources(many, "http://h/")[0]) == MAX_RESOURCES


@pytest.mark.slow
def test_hostile_markup_gives_what_was_found_so_far() -> None:
    assert page_resources("<img src='/a.png'><" + "<div " * 10_000, "http://h/")[0] == ["http://h/a.png"]


def test_cancel_ends_the_capture_before_anything_is_returned(site) -> None:
    job = prepare_capture(site.url("/"))
    seen: list[str] = []

    def progress(what: str, done: int, total: int) -> None:
        seen.append(what)

    with pytest.raises(Cancelled, match="cancelled"):
        job.run(progress, cancelled=lambda: bool(seen))  # Cancel pressed as soon as the first bytes arrive
    assert site.paths() == ["/"]  # no resource was fetched after the cancel


@pytest.mark.parametrize(("kwargs", "message"), [({"timeout": 0}, "--timeout"), ({"max_mb": -1}, "--max-size"),
                                                 ({"user_agent": "a\x00b"}, "User-Agent")])
def test_bad_options_are_refused_before_any_fetch(kwargs, message) -> None:
    with pytest.raises(DomainError, match=message):
        prepare_capture("http://127.0.0.1:9/", **kwargs)


def _png(width: int, height: int, content_rows: int) -> bytes:
    image = Image.new("RGB", (width, height), "white")
    image.paste(Image.new("RGB", (width, content_rows), "navy"), (0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def test_the_screenshot_loses_the_blank_rows_under_the_page() -> None:
    trimmed = Image.open(io.BytesIO(trim_bottom(_png(300, 5000, 900))))
    assert trimmed.size == (300, 900)
    short = _png(300, 700, 100)
    assert Image.open(io.BytesIO(trim_bottom(short))).size == (300, 600)  # never below a small window
    full = _png(300, 800, 800)
    assert trim_bottom(full) == full
