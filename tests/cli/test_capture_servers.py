"""`sourcemark capture` against real servers (issue 27): Debian's nginx, Python's http.server, and one small server
per misbehaviour. Each either captures the page whole, with a WARC whose headers agree with its bytes, or
fails in one line with exit 2 and adds nothing."""

import io
import json
import socket
from pathlib import Path

import pytest

from tests.cli.test_capture_cli import documents, original, run
from tests.fixtures import nginx_server, odd_servers
from tests.fixtures.odd_servers import ODD_PAGE
from tests.fixtures.web_server import ARTICLE, PAGE

needs_nginx = pytest.mark.skipif(nginx_server.NGINX is None, reason="Debian's nginx is not installed "
                                 "(packaging/dev.sh setup installs nginx-light)")


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "Live.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def responses(warc: bytes) -> dict[str, tuple[dict[str, str], bytes, bytes]]:
    """URI -> (HTTP headers, body as stored, payload with Content-Encoding undone) of every response record,
    after checking that warcio finds every digest right and that the headers agree with the stored bytes."""
    from warcio.archiveiterator import ArchiveIterator

    out = {}
    for record in ArchiveIterator(io.BytesIO(warc), check_digests=True):
        if record.rec_type != "response":
            continue
        headers = {k.lower(): v for k, v in record.http_headers.headers}
        stored = record.raw_stream.read()
        assert record.digest_checker.passed is True, record.digest_checker.problems
        assert "transfer-encoding" not in headers  # stored de-chunked, so it must not say chunked
        assert headers["content-length"] == str(len(stored))
        out[record.rec_headers.get_header("WARC-Target-URI")] = (headers, stored, _undo(stored, headers))
    return out


def _undo(body: bytes, headers: dict[str, str]) -> bytes:
    import gzip
    import zlib

    import brotli

    coding = headers.get("content-encoding", "")
    if coding == "deflate":
        return zlib.decompress(body, zlib.MAX_WBITS if body[:1] == b"x" else -zlib.MAX_WBITS)
    return {"gzip": gzip.decompress, "br": brotli.decompress}.get(coding, bytes)(body)


def captured_page(capsys: pytest.CaptureFixture[str], project: Path, url: str) -> tuple[dict, dict]:  # type: ignore[type-arg]
    code, out, err = run(capsys, "capture", project, url, "--timeout", "5", "--json")
    assert code == 0, err
    facts = json.loads(out)
    [doc] = documents(capsys, project)
    return facts, doc


@needs_nginx
@pytest.mark.parametrize(("gzip", "keepalive", "chunked"), [(True, True, True), (True, False, True),
                                                           (False, False, True), (True, False, False),
                                                           (False, True, True)],
                         ids=["gzip keep-alive", "gzip close", "plain close", "gzip close unchunked",
                              "plain keep-alive"])
def test_nginx_pages_are_captured_whole(capsys, project, tmp_path, gzip, keepalive, chunked) -> None:
    with nginx_server.nginx(tmp_path / "nginx", gzip=gzip, keepalive=keepalive, chunked=chunked) as base:
        facts, doc = captured_page(capsys, project, base + "/")
        logged = nginx_server.access_log(tmp_path / "nginx")
    assert doc["title"] == "Council closes library" and facts["resources_recorded"] == 4
    code, text, _ = run(capsys, "text", project, doc["id"])
    assert ARTICLE[:80] in text
    found = responses(original(project, doc["sha256"]))
    page_headers, _, page = found[base + "/"]
    assert page == PAGE.replace('<script src="/app.js"></script>', "").encode()
    assert found[base + "/style.css"][2] == nginx_server.CSS
    assert (page_headers.get("content-encoding") == "gzip") == gzip
    if gzip and not chunked:  # no length known up front: nginx ends the answer by closing the connection
        assert page_headers.get("x-archive-orig-transfer-encoding") is None and page_headers["connection"] == "close"
    assert sorted(logged) == sorted(f"GET {p} HTTP/1.1" for p in ("/", "/style.css", "/photo.png", "/photo-2x.png",
                                                                  "/bg.png"))


@needs_nginx
def test_nginx_serves_an_http_1_0_client_the_bytes_the_capture_stored(capsys, project, tmp_path) -> None:
    """The same page asked for as an HTTP/1.0 client asks (no chunking, connection closed after it): the capture
    stored exactly what such a client receives."""
    with nginx_server.nginx(tmp_path / "nginx", gzip=False) as base:
        facts, doc = captured_page(capsys, project, base + "/")
        with socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")
            answer = b""
            while part := sock.recv(65536):
                answer += part
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200") and b"Connection: close" in head
    assert responses(original(project, doc["sha256"]))[base + "/"][2] == body


@needs_nginx
@pytest.mark.parametrize("gzip", [True, False], ids=["gzip", "plain"])
def test_a_pdf_from_nginx_becomes_the_pdf_itself(capsys, project, tmp_path, gzip) -> None:
    with nginx_server.nginx(tmp_path / "nginx", gzip=gzip) as base:
        facts, doc = captured_page(capsys, project, base + "/report.pdf")
    assert doc["kind"] == "pdf" and original(project, doc["sha256"]) == (tmp_path / "nginx/www/report.pdf").read_bytes()
    warc = original(project, doc["provenance"]["extra"]["warc_sha256"])
    headers, stored, payload = responses(warc)[base + "/report.pdf"]
    assert (headers.get("content-encoding") == "gzip") == gzip and (stored != payload) == gzip


def test_pythons_own_http_server_is_captured(capsys, project, tmp_path) -> None:
    """http.server answers HTTP/1.0 and closes the connection after each answer (the [Errno 9] of issue 27)."""
    www = tmp_path / "www"
    www.mkdir()
    (www / "article.html").write_bytes(ODD_PAGE)
    with odd_servers.python_http_server(www) as base:
        facts, doc = captured_page(capsys, project, base + "article.html")
    assert doc["title"] == "Council closes library" and facts["http_status"] == 200
    assert facts["server_address"] == "127.0.0.1" and facts["refused"] == []
    headers, _, payload = responses(original(project, doc["sha256"]))[base + "article.html"]
    assert payload == ODD_PAGE


@pytest.mark.parametrize("case", list(odd_servers.ODD))
def test_a_server_at_the_edges_of_http_is_captured_whole(capsys, project, case) -> None:
    with odd_servers.odd_server(odd_servers.ODD[case]) as server:
        facts, doc = captured_page(capsys, project, server.url)
    assert doc["title"] == "Council closes library" and facts["server_address"] == "127.0.0.1"
    found = responses(original(project, doc["sha256"]))
    headers, stored, payload = found[facts["final_url"]]
    assert payload == stored == ODD_PAGE
    if case == "chunked and content-length":  # the WARC keeps what the server said, beside what is true
        assert headers["x-archive-orig-content-length"] == "20" and headers["content-length"] == str(len(ODD_PAGE))
        assert headers["x-archive-orig-transfer-encoding"] == "chunked"
    if case == "redirect chain":
        assert [r.split()[0] for r in facts["redirects"]] == ["301", "302", "303", "307", "308"]
        assert len(found) == 6 and server.paths == ["/", "/a", "/b", "/c", "/d", "/end"]


@pytest.mark.parametrize("case", list(odd_servers.FAILING))
def test_a_server_that_breaks_off_fails_in_one_line_and_adds_nothing(capsys, project, case) -> None:
    send, expected = odd_servers.FAILING[case]
    audit = project / "audit.jsonl"
    before = audit.read_bytes() if audit.exists() else b""
    with odd_servers.odd_server(send) as server:
        code, out, err = run(capsys, "capture", project, server.url, "--timeout", "0.5")
    assert code == 2 and out == "" and "Traceback" not in err, err
    assert len(err.strip().splitlines()) == 1 and err.startswith("sourcemark: error: ") and expected in err, err
    assert documents(capsys, project) == []
    assert (audit.read_bytes() if audit.exists() else b"") == before
    assert not [p for p in (project / "originals").rglob("*") if p.is_file()]


@pytest.mark.parametrize("coding", ["br", "gzip", "deflate", "raw deflate"])
@pytest.mark.parametrize("kind", ["pdf", "image", "html"])
def test_a_content_encoded_pdf_image_or_page_is_captured_decoded(capsys, project, kind, coding) -> None:
    """The brotli-encoded PDF of issue 27 was an internal error; a stylesheet's url()s are read through its encoding."""
    from tests.fixtures import documents as fx
    from tests.fixtures import images as img

    file = {"pdf": fx.two_column_pdf(), "image": img.png(), "html": ODD_PAGE.replace(
        b"</head>", b'<link rel="stylesheet" href="/s.css"></head>')}[kind]
    ctype = {"pdf": "application/pdf", "image": "image/png", "html": "text/html"}[kind]
    answers = {"/file": (ctype, coding, odd_servers.encode(file, coding)),
               "/s.css": ("text/css", coding, odd_servers.encode(b"p { background: url(/bg.png) }", coding)),
               "/bg.png": ("image/png", "", img.png())}
    with odd_servers.odd_server(odd_servers.routes(answers)) as server:
        facts, doc = captured_page(capsys, project, server.url + "file")
    assert doc["kind"] == kind
    if kind == "html":
        assert server.paths == ["/file", "/s.css", "/bg.png"] and doc["title"] == "Council closes library"
        payload = responses(original(project, doc["sha256"]))[server.url + "file"][1]
        assert payload == answers["/file"][2]  # stored as sent
    else:
        assert original(project, doc["sha256"]) == file  # the document is the file itself, decoded
        warc = original(project, doc["provenance"]["extra"]["warc_sha256"])
        headers, stored, _ = responses(warc)[server.url + "file"]
        assert stored == answers["/file"][2] and headers["content-encoding"] == coding.split()[-1]


def test_a_pdf_whose_encoding_is_damaged_fails_in_one_line(capsys, project) -> None:
    from tests.fixtures import documents as fx

    damaged = odd_servers.encode(fx.two_column_pdf(), "br")[:-40]
    with odd_servers.odd_server(odd_servers.routes({"/file": ("application/pdf", "br", damaged)})) as server:
        code, out, err = run(capsys, "capture", project, server.url + "file")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "the captured file cannot be read: its br (brotli) data ends early (truncated)" in err
    assert documents(capsys, project) == []


def test_warcios_own_checker_passes_every_captured_warc(capsys, project, tmp_path) -> None:
    """`warcio check -v` (block and payload digests of every record) on WARCs from the odd servers."""
    import subprocess
    import sys

    paths = []
    for case in ("chunked and content-length", "chunked with trailers", "no length, ended by close", "redirect chain"):
        with odd_servers.odd_server(odd_servers.ODD[case]) as server:
            code, out, err = run(capsys, "capture", project, server.url, "--json")
        assert code == 0, err
        path = tmp_path / f"{len(paths)}.warc.gz"
        path.write_bytes(original(project, json.loads(out)["warc_sha256"]))
        paths.append(str(path))
    checker = Path(sys.executable).with_name("warcio")
    done = subprocess.run([str(checker), "check", "-v", *paths], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.count("digest pass") >= 2 * 4 and "fail" not in done.stdout
