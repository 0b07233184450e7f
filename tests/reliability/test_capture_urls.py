"""A capture whose page address is javascript:, data: or file: (MHTML Content-Location, SingleFile's saved-from
comment, a canonical link) keeps it as provenance, but it never becomes the document's URL or its IRI in an export."""

import json
from pathlib import Path

import pytest

from app.domain.documents import web_url
from tests.fixtures import archives as cap

from .helpers import cli, new_text_project

BRIDGE, LIBRARY = b"https://news.example/bridge", b"https://news.example/library"


@pytest.mark.parametrize("value", ["https://news.example/a b", "javascript:alert(1)", "JAVASCRIPT://x%0aalert(1)",
                                   "data:text/html,<script>", "file:///etc/passwd", "http:", "https://",
                                   "http://host/\x1b[2J", "//news.example/x", ""])
def test_only_http_addresses_are_urls(value: str) -> None:
    assert web_url(value) == ""


@pytest.mark.parametrize("value", ["https://news.example/bridge?x=1#y", "HTTP://Example.org", "http://127.0.0.1:9/"])
def test_http_addresses_stay_as_written(value: str) -> None:
    assert web_url(value) == value


@pytest.mark.parametrize("hostile", [b"javascript:alert(document.cookie)//", b"data:text/html,<b>x</b>",
                                     b"file:///etc/passwd"])
@pytest.mark.parametrize("kind", ["mhtml", "singlefile"])
def test_a_capture_with_a_hostile_address_gets_no_url(tmp_path: Path, hostile: bytes, kind: str) -> None:
    if kind == "mhtml":
        page, data = tmp_path / "hostile.mhtml", cap.mhtml().replace(BRIDGE, hostile)
    else:
        page, data = tmp_path / "hostile.html", cap.singlefile().replace(b"url: " + LIBRARY, b"url: " + hostile)
    assert data.count(hostile)
    page.write_bytes(data)
    folder = tmp_path / "P.sourcemark"
    new_text_project(folder)
    result = cli("add", folder, page)
    assert result.code == 0, result.err
    doc = next(d for d in json.loads(cli("list", folder, "documents", "--json").out) if d["kind"] == "html")
    assert doc["metadata"]["url"] == "" and doc["provenance"]["source_url"] == hostile.decode()  # kept as the archive says
    for fmt in ("w3c", "json", "csv", "graphml", "ftm"):
        out = cli("export", folder, "--format", fmt)
        assert out.code == 0, (fmt, out.err)
        if fmt != "json":  # the native export keeps provenance as written, for the record
            assert hostile.decode() not in out.out, fmt


def test_a_javascript_canonical_link_is_not_the_page_url(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><html><head><title>Council closes library</title>"
                    "<link rel=canonical href=\"javascript:alert(1)\"><meta property=og:url content=\"javascript:alert(2)\">"
                    "</head><body><article><p>The council voted on Tuesday to close the central library for two years "
                    "while the building is repaired.</p><p>Residents said the closure would hurt students.</p>"
                    "</article></body></html>")
    folder = tmp_path / "P.sourcemark"
    new_text_project(folder)
    assert cli("add", folder, page).code == 0
    docs = json.loads(cli("list", folder, "documents", "--json").out)
    assert all("javascript" not in d["metadata"]["url"] for d in docs)
