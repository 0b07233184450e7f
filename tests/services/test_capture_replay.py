"""Our WARCs replay in Webrecorder's pywb with the text we show (issue 27): each capture below (plain, gzipped,
brotli, chunked with a stray Content-Length, chunked with trailers, ended by close, redirected, and from nginx)
is indexed by pywb's wb-manager and served back by its wayback; the page pywb serves reads as the same text
as the document, and each recorded resource is served with its status and bytes."""

import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.documents.registry import load_bytes
from app.services.capture.web import CaptureResult, prepare_capture
from tests.fixtures import nginx_server, odd_servers, pywb_replay, web_server
from tests.fixtures.odd_servers import ODD_PAGE

pytestmark = pytest.mark.skipif(not pywb_replay.INSTALLED, reason="pywb is not installed in .tools/pywb "
                                "(packaging/dev.sh setup installs it)")

ODD = ("chunked and content-length", "chunked with trailers", "no length, ended by close", "redirect chain")


def _capture(url: str) -> CaptureResult:
    return prepare_capture(url, timeout=5).run()


@pytest.fixture(scope="module")
def captured(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CaptureResult]:
    out = {}
    with web_server.site() as site:
        out["page with resources"] = _capture(site.url("/"))
        out["gzip"] = _capture(site.url("/gzipped"))
        out["redirected"] = _capture(site.url("/moved"))
    for case in ODD:
        with odd_servers.odd_server(odd_servers.ODD[case]) as server:
            out[case] = _capture(server.url)
    br = {"/": ("text/html; charset=utf-8", "br", odd_servers.encode(ODD_PAGE, "br"))}
    with odd_servers.odd_server(odd_servers.routes(br)) as server:
        out["brotli"] = _capture(server.url)
    if nginx_server.NGINX is not None:
        with nginx_server.nginx(tmp_path_factory.mktemp("nginx"), keepalive=False) as base:
            out["nginx gzip"] = _capture(base + "/")
    return out


@pytest.fixture(scope="module")
def pywb_folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pywb")


@pytest.fixture(scope="module")
def pywb(captured, pywb_folder) -> Iterator[pywb_replay.Replayed]:
    warcs = {f"capture-{n}.warc.gz": result.capture.warc for n, result in enumerate(captured.values())}
    with pywb_replay.replay(pywb_folder, warcs) as get:
        yield get


CASES = ["page with resources", "gzip", "redirected", *ODD, "brotli", "nginx gzip"]


@pytest.mark.parametrize("case", CASES)
def test_pywb_serves_the_text_we_show(captured, pywb, case) -> None:
    if case not in captured:
        pytest.skip("Debian's nginx is not installed")
    result = captured[case]
    capture, (page, _, _) = result.capture, result.page
    status, headers, body = pywb(capture.final_url, capture.captured_at)
    assert status == 200 and headers["content-type"].startswith("text/html")
    replayed = load_bytes(body, "replayed.html")
    assert replayed.text.text == page.text.text and page.title == replayed.title == "Council closes library"


def test_pywb_serves_every_recorded_resource_with_its_status_and_bytes(captured, pywb) -> None:
    from warcio.archiveiterator import ArchiveIterator

    capture = captured["page with resources"].capture
    seen = {}
    for record in ArchiveIterator(io.BytesIO(capture.warc)):
        if record.rec_type == "response":
            seen[record.rec_headers.get_header("WARC-Target-URI")] = (int(record.http_headers.get_statuscode()),
                                                                      record.raw_stream.read())
    assert len(seen) == 6
    for url, (status, stored) in seen.items():
        got_status, _, body = pywb(url, capture.captured_at)
        assert (got_status, body) == (status, stored), url


def test_pywb_follows_our_recorded_redirects(captured, pywb) -> None:
    capture = captured["redirected"].capture
    status, headers, _ = pywb(capture.requested_url, capture.captured_at)
    assert status == 301 and headers["location"] == "/hop"  # as the server sent it
    status, headers, _ = pywb(capture.requested_url.replace("/moved", "/hop"), capture.captured_at)
    assert status == 302 and headers["location"] == "/"


def test_the_warcs_given_to_pywb_are_indexed_whole(captured, pywb, pywb_folder) -> None:
    """wb-manager's index lists every response of every capture (a WARC it cannot read would be missing)."""
    index = (pywb_folder / "collections/sm/indexes/index.cdxj").read_text().splitlines()
    assert len(index) == sum(_responses(r.capture.warc) for r in captured.values())


def _responses(warc: bytes) -> int:
    from warcio.archiveiterator import ArchiveIterator

    return sum(record.rec_type == "response" for record in ArchiveIterator(io.BytesIO(warc)))
