"""`sourcemark capture PROJECT URL` against servers on 127.0.0.1 started here (issue 19): never the internet."""

import hashlib
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import __version__
from tests.fixtures import web_server
from tests.fixtures.run import run_cli as run
from tests.fixtures.web_server import ARTICLE, Site


@pytest.fixture
def site() -> Iterator[Site]:
    with web_server.site() as found:
        yield found


@pytest.fixture
def project(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    folder = tmp_path / "Live.sourcemark"
    assert run(capsys, "new", folder)[0] == 0
    return folder


def documents(capsys: pytest.CaptureFixture[str], project: Path) -> list[dict]:  # type: ignore[type-arg]
    code, out, _ = run(capsys, "list", project, "documents", "--json")
    assert code == 0
    return json.loads(out)


def original(project: Path, sha256: str) -> bytes:
    found = [p for p in (project / "originals").rglob("*") if p.is_file() and p.name.startswith(sha256)]
    assert len(found) == 1, sha256
    return found[0].read_bytes()


def records(warc: bytes) -> list[tuple[str, str, str, dict[str, str]]]:
    """(WARC-Type, target URI, HTTP status or method line, WARC headers) of every record."""
    from warcio.archiveiterator import ArchiveIterator

    out = []
    for record in ArchiveIterator(io.BytesIO(warc), check_digests=True):
        http = record.http_headers
        line = (http.get_statuscode() if record.rec_type == "response" else http.protocol) if http else ""
        out.append((record.rec_type, record.rec_headers.get_header("WARC-Target-URI") or "", line or "",
                    dict(record.rec_headers.headers)))
        record.content_stream().read()
        assert record.digest_checker.passed is not False
    return out


def test_a_page_is_captured_with_its_images_and_stylesheets_into_a_warc(capsys, site, project) -> None:
    code, out, err = run(capsys, "capture", project, site.url("/"))
    assert code == 0, err
    doc_id, kind, _, title = out.strip().split("\t")
    assert (kind, title) == ("html", "Council closes library")
    assert "1 of the page's" in err  # bg.png answers 404: noted, not fatal
    [doc] = documents(capsys, project)
    code, text, _ = run(capsys, "text", project, doc_id)
    assert ARTICLE[:80] in text
    warc = original(project, doc["sha256"])  # the WARC is the document's original
    assert warc.startswith(b"\x1f\x8b") and doc["original_name"].endswith(".warc.gz")
    found = records(warc)
    assert found[0][0] == "warcinfo"
    fetched = {uri.removeprefix(site.base) for kind, uri, _, _ in found if kind == "response"}
    assert fetched == {"/", "/style.css", "/photo.png", "/photo-2x.png", "/bg.png", "/extra.css"}  # no script, no link
    assert site.paths()[0] == "/" and "/app.js" not in site.paths() and "/other.html" not in site.paths()
    types = [kind for kind, *_ in found[1:]]
    assert types == ["response", "request"] * (len(types) // 2)  # warcio writes a pair response first
    page = next(headers for kind, uri, _, headers in found if kind == "response" and uri == site.url("/"))
    assert page["WARC-Date"].endswith("Z") and page["WARC-Payload-Digest"] and page["WARC-IP-Address"] == "127.0.0.1"
    prov = doc["provenance"]
    assert prov["source_url"] == site.url("/") and prov["captured_at"] == page["WARC-Date"]
    assert prov["archive_format"] == "warc" and prov["digest_check"] == "verified"
    extra = prov["extra"]
    assert extra["requested_url"] == extra["final_url"] == site.url("/")
    assert extra["http_status"] == "200 OK" and extra["server_address"] == "127.0.0.1"
    assert extra["captured_at_local"][19:] in ("Z",) or extra["captured_at_local"][19] in "+-"  # a zone
    assert extra["warc_sha256"] == doc["sha256"] == hashlib.sha256(warc).hexdigest()
    audit = (project / "audit.jsonl").read_text().splitlines()[-1]
    entry = json.loads(audit)
    assert entry["label"].startswith("Capture") and entry["capture"]["final_url"] == site.url("/")
    assert entry["capture"]["warc_sha256"] == doc["sha256"] and entry["capture"]["http_status"] == 200
    assert run(capsys, "check", project)[0] == 0


def test_redirects_are_followed_and_recorded(capsys, site, project) -> None:
    code, _, err = run(capsys, "capture", project, site.url("/moved"))
    assert code == 0, err
    [doc] = documents(capsys, project)
    extra = doc["provenance"]["extra"]
    assert extra["requested_url"] == site.url("/moved") and extra["final_url"] == site.url("/")
    assert extra["redirects"] == f"301 {site.url('/moved')} -> {site.url('/hop')}; 302 {site.url('/hop')} -> {site.url('/')}"
    statuses = [(uri.removeprefix(site.base), status) for kind, uri, status, _ in records(original(project, doc["sha256"]))
                if kind == "response"][:3]
    assert statuses == [("/moved", "301"), ("/hop", "302"), ("/", "200")]


def test_no_cookie_or_credential_is_sent_and_the_user_agent_names_sourcemark(capsys, site, project) -> None:
    assert run(capsys, "capture", project, site.url("/"))[0] == 0
    assert len(site.requests) > 3
    for path, headers in site.requests:
        assert "cookie" not in headers and "authorization" not in headers, path
        assert headers["user-agent"] == f"Sourcemark/{__version__} (web capture for source verification)"
    site.requests.clear()
    assert run(capsys, "capture", project, site.url("/"), "--user-agent", "Desk browser 1.0")[0] == 0
    assert {headers["user-agent"] for _, headers in site.requests} == {"Desk browser 1.0"}
    code, _, err = run(capsys, "capture", project, site.url("/").replace("http://", "http://ana:pw@"))
    assert code == 2 and "credentials" in err


@pytest.mark.parametrize(("path", "kind", "pages"), [("/report.pdf", "pdf", "1"), ("/shot.png", "image", "1")])
def test_a_pdf_or_an_image_becomes_a_document_of_that_kind_still_with_its_warc(capsys, site, project, path, kind,
                                                                               pages) -> None:
    code, out, err = run(capsys, "capture", project, site.url(path))
    assert code == 0, err
    assert out.split("\t")[1:3] == [kind, pages]
    [doc] = documents(capsys, project)
    payload = original(project, doc["sha256"])
    assert payload.startswith(b"%PDF" if kind == "pdf" else b"\x89PNG")
    warc = original(project, doc["provenance"]["extra"]["warc_sha256"])
    assert [uri for k, uri, _, _ in records(warc) if k == "response"] == [site.url(path)]
    assert doc["provenance"]["payload_sha256"] == doc["sha256"]
    assert run(capsys, "check", project)[0] == 0


def test_images_on_a_silent_server_cost_one_time_out_not_one_each(capsys, site, project) -> None:
    with web_server.silent_server() as silent:
        images = "".join(f'<img src="{silent.url}{n}.png">' for n in range(5))
        site.pages["/slow-images"] = f"<html><head><title>Slow</title></head><body><p>{ARTICLE}</p>{images}</body></html>".encode()
        code, out, err = run(capsys, "capture", project, site.url("/slow-images"), "--timeout", "0.3")
        assert code == 0, err
        assert "5 of the page's 5 images and stylesheets could not be fetched" in err
        assert silent.connections == 1
    assert out.split("\t")[1] == "html"


def test_an_https_page_is_captured_when_its_certificate_is_trusted(capsys, project, tmp_path, monkeypatch) -> None:
    import requests

    real_init = requests.Session.__init__

    def trusting(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        real_init(self, *args, **kwargs)
        self.verify = str(tmp_path / "cert.pem")  # as if the test's certificate were a known authority's

    monkeypatch.setattr(requests.Session, "__init__", trusting)
    with web_server.tls_server(tmp_path) as url:
        code, out, err = run(capsys, "capture", project, url)
    assert code == 0, err
    [doc] = documents(capsys, project)
    assert doc["provenance"]["extra"]["final_url"] == url and doc["provenance"]["extra"]["server_address"] == "127.0.0.1"
    assert [u for k, u, _, _ in records(original(project, doc["sha256"])) if k == "response"][0] == url


def test_a_gzipped_page_is_read_and_archived_as_sent(capsys, site, project) -> None:
    assert run(capsys, "capture", project, site.url("/gzipped"))[0] == 0
    [doc] = documents(capsys, project)
    assert doc["title"] == "Council closes library"
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(original(project, doc["sha256"]))):
        if record.rec_type == "response":
            assert record.http_headers.get_header("Content-Encoding") == "gzip"
            assert record.raw_stream.read()[:2] == b"\x1f\x8b"  # stored compressed, as served
            break


def test_a_timestamp_request_covers_the_warc(capsys, site, project, tmp_path) -> None:
    tsq = tmp_path / "capture.tsq"
    assert run(capsys, "capture", project, site.url("/"), "--tsq", tsq)[0] == 0
    [doc] = documents(capsys, project)
    data = tsq.read_bytes()
    assert data[0] == 0x30 and bytes.fromhex(doc["sha256"]) in data


def _unknown_host(monkeypatch: pytest.MonkeyPatch) -> str:
    real = socket.getaddrinfo

    def resolve(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(host).endswith(".invalid"):
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    return "http://no-such-host.invalid/page"


BAD = {
    "404": ("/missing", [], "answered 404"),
    "500": ("/broken", [], "answered 500"),
    "redirect loop": ("/loop-a", [], "redirect loop"),
    "too many redirects": ("/chain/1", [], "more than 10 redirects"),
    "redirect to ftp": ("/to-ftp", [], "not http(s)"),
    "body over the limit": ("/big/3000000", ["--max-size", "1"], "larger than the limit of 1 MB"),
    "ftp scheme": ("ftp://127.0.0.1/file", [], "only http:// and https://"),
    "file scheme": ("file:///etc/passwd", [], "only http:// and https://"),
    "no scheme": ("example.org/page", [], "only http:// and https://"),
    "unknown host": ("UNKNOWN", [], "unknown host no-such-host.invalid"),
    "silent server": ("SILENT", ["--timeout", "0.3"], "did not answer within 0.3 s"),
    "tls error": ("TLS", [], "TLS error"),
    "negative timeout": ("/", ["--timeout", "-1"], "--timeout"),
    "zero time limit": ("/", ["--time-limit", "0"], "--time-limit must be a positive number of seconds"),
    "negative time limit": ("/", ["--time-limit", "-5"], "--time-limit must be a positive number of seconds"),
    "time limit not a number": ("/", ["--time-limit", "nan"], "--time-limit must be a positive number of seconds"),
    "broken IPv6 host": ("http://[::1/page", [], "is not a valid URL"),
    "port out of range": ("http://127.0.0.1:99999/page", [], "is not a valid URL"),
}


NETWORK_FAULTS = {"unknown host", "silent server", "tls error"}  # exit 4; the rest is bad input, 2


@pytest.mark.parametrize("case", list(BAD))
def test_bad_cases_fail_in_one_line_with_exit_2_or_4_and_add_nothing(capsys, site, project, tmp_path, monkeypatch,
                                                                 case) -> None:
    target, options, expected = BAD[case]
    audit_before = (project / "audit.jsonl").read_bytes() if (project / "audit.jsonl").exists() else b""
    with web_server.silent_server() as silent, web_server.tls_server(tmp_path) if case == "tls error" else _null() as tls:
        url = {"UNKNOWN": lambda: _unknown_host(monkeypatch), "SILENT": lambda: silent.url,
               "TLS": lambda: tls}.get(target, lambda: target if "//" in target or "." in target else site.url(target))()
        code, out, err = run(capsys, "capture", project, url, *options)
    assert code == (4 if case in NETWORK_FAULTS else 2), (out, err)
    assert out == "" and len(err.strip().splitlines()) == 1 and err.startswith("sourcemark: error: "), err
    assert expected in err and "Traceback" not in err
    assert documents(capsys, project) == []
    assert ((project / "audit.jsonl").read_bytes() if (project / "audit.jsonl").exists() else b"") == audit_before
    assert not [p for p in (project / "originals").rglob("*") if p.is_file()]


def _files(folder: Path) -> dict[str, bytes]:
    """Every file of the project but its lock (rewritten, with the time, by each command that opens it)."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
            and p.name != "lock"}


@pytest.mark.parametrize(("prefix", "every"), [(web_server.TRICKLE_BODY, None), (web_server.TRICKLE_HEADERS, 0.05)],
                         ids=["body sent a byte then held", "headers trickling"])
def test_a_capture_that_never_finishes_stops_at_its_time_limit(capsys, project, tmp_path, monkeypatch, prefix,
                                                               every) -> None:
    """A real 1 s limit: the server holds its answer (or trickles its headers) until the test releases it after
    the command has returned, so the command can only end through its time limit."""
    import tempfile

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _files(project)
    with web_server.trickle_server(prefix, every) as slow:
        code, out, err = run(capsys, "capture", project, slow.url, "--time-limit", "1")
        assert slow.connected.is_set() and not slow.released.is_set()  # the server was still at it
    assert code == 4 and out == "" and "Traceback" not in err
    assert err.splitlines() == [f"sourcemark: error: {slow.url} took longer than the capture's time limit of 1 s "
                                "(--time-limit); nothing was captured."]
    assert _files(project) == before  # the database files, the audit log and the originals: byte for byte
    assert list(temp.iterdir()) == []


def test_reading_stops_at_the_size_limit(capsys, site, project) -> None:
    code, _, err = run(capsys, "capture", project, site.url("/big/50000000"), "--max-size", "1")
    assert code == 2 and "larger than the limit" in err
    assert site.big_done.wait(60)  # the server's answer ended: the client hung up (no time is measured)
    assert site.big_sent[0] < 20_000_000  # 50 MB offered; the client stopped reading at its 1 MB limit


class _null:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *args: object) -> None:
        return None


def test_rendered_capture_without_chromium_says_so_in_one_line(capsys, site, project, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    code, out, err = run(capsys, "capture", project, site.url("/"), "--rendered")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Chromium" in err
    assert site.requests == [] and documents(capsys, project) == []  # refused before anything is fetched


def test_rendered_capture_adds_a_screenshot_and_a_pdf_linked_to_the_page(capsys, site, project, tmp_path,
                                                                         monkeypatch) -> None:
    """A stand-in speaking Chromium's DevTools protocol (Debian's chromium is too big to install in CI;
    tests/cli/test_capture_rendered.py runs the real one where it is installed)."""
    from tests.fixtures import chromium_standin
    from tests.fixtures import documents as fx
    from tests.fixtures import images as img

    bin_dir, log = chromium_standin.install(tmp_path, img.png(), fx.two_column_pdf())
    monkeypatch.setenv("PATH", str(bin_dir))
    code, out, err = run(capsys, "capture", project, site.url("/"), "--rendered", "--user-agent", "Desk 2")
    assert code == 0, err
    assert [line.split("\t")[1] for line in out.strip().splitlines()] == ["html", "image", "pdf"]
    by_kind = {doc["kind"]: doc for doc in documents(capsys, project)}
    page, shot, pdf = by_kind["html"], by_kind["image"], by_kind["pdf"]
    for doc, what in ((shot, "screenshot"), (pdf, "pdf print")):
        extra = doc["provenance"]["extra"]
        assert extra["capture_document"] == page["id"] and extra["rendering"] == what
        assert extra["warc_sha256"] == page["sha256"] and extra["browser"] == "Chromium 999.0 (stand-in)"
        assert extra["rendered_at"].endswith("Z") and extra["rendered_at"] >= page["provenance"]["captured_at"]
        assert doc["provenance"]["source_url"] == site.url("/")
    calls = [e["args"] for e in chromium_standin.entries(log) if "args" in e]
    args = next(a for a in calls if a != ["--version"])
    assert "--user-agent=Desk 2" in args and "--headless" in args and "--remote-debugging-pipe" in args
    assert any(a.startswith("--user-data-dir=") for a in args)
    [given] = [e for e in chromium_standin.entries(log) if "url" in e]
    assert given["answer"] == "Fetch.fulfillRequest" and given["body"] == web_server.PAGE  # from the WARC
    assert run(capsys, "check", project)[0] == 0


def test_a_chromium_that_fails_is_one_line_and_adds_nothing(capsys, site, project, tmp_path, monkeypatch) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    exe = bin_dir / "chromium"
    exe.write_text("#!/bin/sh\necho 'ERROR: cannot open display' >&2\nexit 1\n")
    exe.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    code, out, err = run(capsys, "capture", project, site.url("/"), "--rendered")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "Chromium ended before rendering (exit 1: ERROR: cannot open display)" in err
    assert documents(capsys, project) == []


@pytest.mark.slow
@pytest.mark.skipif(not __import__("shutil").which("chromium"), reason="Debian's chromium is not installed")
def test_rendered_capture_with_the_real_chromium(capsys, site, project) -> None:
    code, out, err = run(capsys, "capture", project, site.url("/"), "--rendered")
    assert code == 0, err
    assert [line.split("\t")[1] for line in out.strip().splitlines()] == ["html", "image", "pdf"]


def test_the_warc_of_a_captured_pdf_is_checked_hashed_in_the_manifest_and_merged(capsys, site, project,
                                                                                 tmp_path) -> None:
    assert run(capsys, "capture", project, site.url("/report.pdf"))[0] == 0
    [doc] = documents(capsys, project)
    warc_sha = doc["provenance"]["extra"]["warc_sha256"]
    other = tmp_path / "Colleague.sourcemark"
    assert run(capsys, "new", other)[0] == 0
    code, _, err = run(capsys, "merge", other, project)
    assert code == 0, err
    assert original(other, warc_sha) == original(project, warc_sha)  # the WARC travelled with the PDF
    code, out, _ = run(capsys, "manifest", project, "-o", tmp_path / "manifest.json")
    assert code == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["originals"][0]["warc_sha256"] == warc_sha
    next(p for p in (project / "originals").rglob("*") if p.name.startswith(warc_sha)).unlink()
    code, out, _ = run(capsys, "check", project)
    assert code == 1 and "web archive (WARC)" in out


def test_json_output_gives_the_capture_facts(capsys, site, project) -> None:
    code, out, _ = run(capsys, "capture", project, site.url("/moved"), "--json")
    assert code == 0
    facts = json.loads(out)
    [doc] = documents(capsys, project)
    assert facts["requested_url"] == site.url("/moved") and facts["final_url"] == site.url("/")
    assert facts["http_status"] == 200 and facts["server_address"] == "127.0.0.1" and len(facts["redirects"]) == 2
    assert facts["warc_sha256"] == doc["sha256"] and facts["documents"][0]["id"] == doc["id"]
    assert facts["resources_recorded"] == 5  # style.css, extra.css, photo.png, photo-2x.png, bg.png (a 404)
