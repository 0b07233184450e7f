"""`capture --rendered` draws what the WARC holds (issue 27): a server that answers a browser differently from the
capture (told apart by Chromium's Sec-Ch-Ua header) cannot make the screenshot and print disagree with the
WARC, and what the page needs that the WARC lacks (a script) is fetched once and recorded into the same WARC.
The stand-in (tests/fixtures/chromium_standin.py) runs everywhere; the real Chromium where it is installed."""

import http.server
import io
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.cli.test_capture_cli import documents, original, run
from tests.fixtures import chromium_standin

TRUE = "The minister stays in office, the council said on Tuesday after a long meeting about the budget."
LIE = "The minister resigned in disgrace, the council said on Tuesday after a long meeting about the budget."
SCRIPT = b"var p = document.createElement('p'); p.textContent = 'Added by the page script.'; document.body.appendChild(p);"


@dataclass
class TwoFaced:
    base: str
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def paths(self, browser: bool | None = None) -> list[str]:
        return [p for p, h in self.requests if browser is None or ("sec-ch-ua" in h) == browser]


def _page(text: str) -> bytes:
    return (f'<!doctype html><html><head><meta charset="utf-8"><title>Minister</title></head><body><article>'
            f'<h1>Minister</h1><p>{text}</p></article><script src="/app.js"></script></body></html>').encode()


@pytest.fixture
def two_faced() -> Iterator[TwoFaced]:
    found = TwoFaced("")

    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self) -> None:  # noqa: N802
            headers = {k.lower(): v for k, v in self.headers.items()}
            found.requests.append((self.path, headers))
            browser = "sec-ch-ua" in headers  # Chromium says who it is; the capture's fetch does not
            body, ctype, status = {"/": (_page(LIE if browser else TRUE), "text/html; charset=utf-8", 200),
                                   "/app.js": (SCRIPT, "text/javascript", 200)}.get(self.path,
                                                                                    (b"no", "text/plain", 404))
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    found.base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        yield found
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "Live.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def _warc_urls(warc: bytes) -> list[str]:
    from warcio.archiveiterator import ArchiveIterator

    return [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(io.BytesIO(warc), check_digests=True)
            if r.rec_type == "response"]


def test_the_browser_is_answered_from_the_warc_and_what_it_lacks_is_recorded_once(capsys, project, tmp_path,
                                                                                  two_faced, monkeypatch) -> None:
    from tests.fixtures import documents as fx
    from tests.fixtures import images as img

    bin_dir, log = chromium_standin.install(tmp_path, img.png(), fx.two_column_pdf(), also=("/app.js", "/app.js",
                                                                                           "/font.woff"))
    monkeypatch.setenv("PATH", str(bin_dir))
    code, out, err = run(capsys, "capture", project, two_faced.base + "/", "--rendered")
    assert code == 0, err
    given = [(e["url"].removeprefix(two_faced.base), e["answer"], e["status"], e["body"])
             for e in chromium_standin.entries(log) if "url" in e]
    assert given[0] == ("/", "Fetch.fulfillRequest", 200, _page(TRUE).decode())  # the WARC's page, not asked again
    assert given[1] == given[2] == ("/app.js", "Fetch.fulfillRequest", 200, SCRIPT.decode())
    assert given[3][:3] == ("/font.woff", "Fetch.fulfillRequest", 404)  # the server's 404, recorded like the rest
    assert two_faced.paths() == ["/", "/app.js", "/font.woff"]  # each asked once, by the capture itself
    by_kind = {doc["kind"]: doc for doc in documents(capsys, project)}
    warc = original(project, by_kind["html"]["sha256"])
    assert [u.removeprefix(two_faced.base) for u in _warc_urls(warc)] == ["/", "/app.js", "/font.woff"]
    extra = by_kind["pdf"]["provenance"]["extra"]
    assert extra["warc_sha256"] == by_kind["html"]["sha256"] == by_kind["html"]["provenance"]["extra"]["warc_sha256"]
    assert extra["recorded_for_rendering"] == f"{two_faced.base}/app.js; {two_faced.base}/font.woff"
    assert extra["rendered_from"].startswith("the capture's WARC")


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("chromium") is None, reason="Debian's chromium is not installed")
def test_a_two_faced_server_cannot_make_the_rendering_disagree_with_the_warc(capsys, project, two_faced) -> None:
    code, out, err = run(capsys, "capture", project, two_faced.base + "/", "--rendered", "--json")
    assert code == 0, err
    docs = {doc["kind"]: doc for doc in documents(capsys, project)}
    texts = {kind: run(capsys, "text", project, doc["id"])[1] for kind, doc in docs.items()}
    assert "stays in office" in texts["html"] and "stays in office" in texts["pdf"]
    assert "resigned" not in texts["pdf"] and "resigned" not in texts["html"]
    assert "Added by the page script." in texts["pdf"]  # the script the WARC lacked was recorded, then run
    assert two_faced.paths(browser=True) == []  # Chromium never reached the server
    asked = two_faced.paths(browser=False)  # by the capture: the page, then what Chromium lacked, once each
    assert asked[:2] == ["/", "/app.js"] and set(asked) <= {"/", "/app.js", "/favicon.ico"} and len(set(asked)) == len(asked)
    warc = original(project, docs["html"]["sha256"])
    assert [u.removeprefix(two_faced.base) for u in _warc_urls(warc)][:2] == ["/", "/app.js"]
    shot = original(project, docs["image"]["sha256"])
    assert shot.startswith(b"\x89PNG") and len(shot) > 2000
    assert docs["pdf"]["provenance"]["extra"]["rendered_at"] >= docs["html"]["provenance"]["captured_at"]
