"""A captured page cannot reach into the analyst's network (issue 27): the address rules of net.web.addresses, on the
address actually connected to. The page's server is on 127.0.0.1; a test declares it public (or private) for
the page's origin through FetchOptions.classify, and an "admin" service listens on 127.0.0.2, which stays a
real loopback address. tests/cli/test_capture_netns.py does the same with real addresses in namespaces."""

import http.server
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest

from app.domain.errors import DocumentError
from app.net.web.addresses import AddressGuard, AddressRefused, Place, allowed, place_of
from app.net.web.fetch import FetchOptions, fetch_page
from tests.fixtures import web_server
from tests.fixtures.web_server import ARTICLE, Site

SECRET = b"API_TOKEN=do-not-leak"


@pytest.mark.parametrize(("address", "place"), [
    ("127.0.0.1", Place.LOOPBACK), ("127.0.0.2", Place.LOOPBACK), ("127.255.255.254", Place.LOOPBACK),
    ("::1", Place.LOOPBACK), ("::ffff:127.0.0.1", Place.LOOPBACK), ("0.0.0.0", Place.LOOPBACK),
    ("0.1.2.3", Place.LOOPBACK), ("::", Place.LOOPBACK),
    ("169.254.169.254", Place.LINK_LOCAL), ("169.254.0.1", Place.LINK_LOCAL), ("fe80::1", Place.LINK_LOCAL),
    ("fe80::1%lo", Place.LINK_LOCAL), ("febf::1", Place.LINK_LOCAL), ("::ffff:169.254.169.254", Place.LINK_LOCAL),
    ("10.0.0.1", Place.PRIVATE), ("10.255.255.255", Place.PRIVATE), ("172.16.0.1", Place.PRIVATE),
    ("172.31.255.255", Place.PRIVATE), ("192.168.1.1", Place.PRIVATE), ("100.64.0.1", Place.PRIVATE),
    ("100.127.255.254", Place.PRIVATE), ("fc00::1", Place.PRIVATE), ("fd12:3456::1", Place.PRIVATE),
    ("::ffff:10.1.2.3", Place.PRIVATE), ("224.0.0.1", Place.PRIVATE), ("not an address", Place.PRIVATE),
    ("8.8.8.8", Place.PUBLIC), ("172.32.0.1", Place.PUBLIC), ("172.15.255.255", Place.PUBLIC),
    ("100.128.0.1", Place.PUBLIC), ("100.63.255.255", Place.PUBLIC), ("169.255.0.1", Place.PUBLIC),
    ("11.0.0.2", Place.PUBLIC), ("2001:4860:4860::8888", Place.PUBLIC), ("fec0::1", Place.PRIVATE),
])
def test_where_an_address_is(address: str, place: Place) -> None:
    assert place_of(address) == place


def test_what_a_page_may_reach_from_where_it_is() -> None:
    table = {origin: {target for target in Place if allowed(origin, target)} for origin in Place}
    assert table == {
        Place.LOOPBACK: {Place.LOOPBACK, Place.PRIVATE, Place.PUBLIC},
        Place.LINK_LOCAL: {Place.LINK_LOCAL, Place.PRIVATE, Place.PUBLIC},
        Place.PRIVATE: {Place.PRIVATE, Place.PUBLIC},
        Place.PUBLIC: {Place.PUBLIC},
    }


def test_the_first_connection_sets_the_origin_and_the_rest_are_held_to_it() -> None:
    guard = AddressGuard()
    guard.check("93.184.216.34")  # the URL the analyst named: any address
    guard.check("2001:4860:4860::8888")
    for address in ("127.0.0.1", "169.254.169.254", "10.0.0.1", "::ffff:192.168.0.1", "fd00::1"):
        with pytest.raises(AddressRefused, match=f"{address} is a .* address, which a page on a public"):
            guard.check(address)
    intranet = AddressGuard()
    intranet.check("10.1.1.1")  # an intranet page is evidence too: its own network stays reachable
    intranet.check("192.168.7.7")
    with pytest.raises(AddressRefused):
        intranet.check("127.0.0.1")


@dataclass
class Admin:
    """A local service that must never be reached from a page elsewhere; `hits` are the paths it was asked."""

    url: str
    hits: list[str] = field(default_factory=list)


@pytest.fixture
def admin() -> Iterator[Admin]:
    found = Admin("")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            found.hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "text/html" if self.path.endswith(".html") else "image/png")
            body = b"<html><head><title>Admin</title></head><body>" + SECRET + b"</body></html>"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.2", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    found.url = f"http://127.0.0.2:{server.server_address[1]}"
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    with web_server.site() as found:
        yield found


def as_if(place: Place) -> FetchOptions:
    """Options under which the page's server (127.0.0.1) counts as `place`; 127.0.0.2 stays loopback."""
    return FetchOptions(timeout=5, classify=lambda a: place if a == "127.0.0.1" else place_of(a))


def hostile_page(site: Site, target: str) -> str:
    site.pages["/hostile.html"] = (f'<html><head><title>Hostile</title><link rel="stylesheet" href="{target}/a.css">'
                                   f'<style>@import "{target}/b.css"; p {{ background: url({target}/c.png) }}</style>'
                                   f'</head><body><p>{ARTICLE}</p><img src="{target}/d.png"><img src="/photo.png">'
                                   f'</body></html>').encode()
    return site.url("/hostile.html")


def test_a_page_on_a_public_address_reaches_nothing_on_loopback(site, admin) -> None:
    capture = fetch_page(hostile_page(site, admin.url), as_if(Place.PUBLIC))
    assert admin.hits == []  # not a single connection got as far as a request
    assert SECRET not in capture.warc
    assert capture.refused == [f"{admin.url}/a.css (127.0.0.2, loopback)", f"{admin.url}/b.css (127.0.0.2, loopback)",
                               f"{admin.url}/c.png (127.0.0.2, loopback)", f"{admin.url}/d.png (127.0.0.2, loopback)"]
    assert any(w.startswith("refused 4 address(es) the page led to") for w in capture.warnings)
    assert "/photo.png" in site.paths() and capture.resources == 1  # the page's own image still came


def test_a_page_on_loopback_may_reach_loopback(site, admin) -> None:
    capture = fetch_page(hostile_page(site, admin.url), FetchOptions(timeout=5))  # 127.0.0.1 -> 127.0.0.2
    assert sorted(admin.hits) == ["/a.css", "/b.css", "/c.png", "/d.png"] and capture.refused == []


@pytest.mark.parametrize(("origin", "target", "reached"), [
    (Place.PUBLIC, Place.PRIVATE, False), (Place.PRIVATE, Place.PRIVATE, True), (Place.PUBLIC, Place.LINK_LOCAL, False),
    (Place.PRIVATE, Place.LINK_LOCAL, False), (Place.LINK_LOCAL, Place.LINK_LOCAL, True), (Place.PRIVATE, Place.PUBLIC, True),
])
def test_private_and_link_local_rules(site, admin, origin, target, reached) -> None:
    places = {"127.0.0.1": origin, "127.0.0.2": target}
    capture = fetch_page(hostile_page(site, admin.url), FetchOptions(timeout=5, classify=places.__getitem__))
    assert bool(admin.hits) == reached and bool(capture.refused) != reached


def test_a_redirect_of_the_page_to_loopback_fails_in_one_line(site, admin) -> None:
    site.redirects["/go"] = f"{admin.url}/secret.html"
    with pytest.raises(DocumentError) as caught:
        fetch_page(site.url("/go"), as_if(Place.PUBLIC))
    assert str(caught.value) == (f"{site.url('/go')} redirects to {admin.url}/secret.html, but 127.0.0.2 is a loopback "
                                 "address, which a page on a public address may not reach; nothing was captured.")
    assert admin.hits == []


def test_a_resource_redirected_to_loopback_is_refused(site, admin) -> None:
    site.redirects["/img-go"] = f"{admin.url}/e.png"
    site.pages["/page.html"] = f'<html><body><p>{ARTICLE}</p><img src="/img-go"></body></html>'.encode()
    capture = fetch_page(site.url("/page.html"), as_if(Place.PUBLIC))
    assert admin.hits == [] and capture.refused == [f"{admin.url}/e.png (127.0.0.2, loopback)"]


def test_a_name_that_resolves_to_loopback_gains_nothing(site, admin, monkeypatch) -> None:
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        return real("127.0.0.2" if host == "admin.example" else host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    port = admin.url.rsplit(":", 1)[1]
    capture = fetch_page(hostile_page(site, f"http://admin.example:{port}"), as_if(Place.PUBLIC))
    assert admin.hits == [] and len(capture.refused) == 4
    assert all("(127.0.0.2, loopback)" in line for line in capture.refused)


def test_what_chromium_lacks_is_fetched_under_the_same_rules(site, admin) -> None:
    """Rendering from the record: a URL the WARC lacks is fetched once, held to the page's place (public here)."""
    from app.net.web.deadline import Deadline
    from app.net.web.fetch import fetch_missing

    options = as_if(Place.PUBLIC)
    capture = fetch_page(site.url("/"), options)
    before = capture.warc
    assert fetch_missing(capture, f"{admin.url}/app.js", options, Deadline(60, site.url("/"))) == b""
    assert admin.hits == [] and capture.warc == before
    assert capture.refused[-1] == f"{admin.url}/app.js (127.0.0.2, loopback)"
    more = fetch_missing(capture, site.url("/extra.css"), options, Deadline(60, site.url("/")))
    assert more and capture.warc == before + more and b"h1 { color: red }" in __import__("gzip").decompress(more)
