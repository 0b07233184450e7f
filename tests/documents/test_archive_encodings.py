"""Archived bodies keep their Content-Encoding (gzip, deflate, br); ARC files read like WARC ones."""

import gzip
import zlib

import pytest

from app.documents.archives.content_encoding import UndecodableBody, decode_body
from app.documents.registry import load_all, load_bytes, pages
from app.domain.errors import DocumentError
from tests.fixtures import archives as cap

BRIDGE, LIBRARY = "https://news.example/bridge", "https://news.example/library"
PAGE = b"<html><body><p>" + "Міст відкрито. ".encode() * 400 + b"</p></body></html>"


@pytest.mark.parametrize("coding", ["gzip", "deflate", "br"])
def test_each_content_encoding_is_undone(coding: str) -> None:
    assert decode_body(cap.encoded(coding, PAGE), coding, 2**20) == PAGE


def test_raw_deflate_and_stacked_codings_decode() -> None:
    squeeze = zlib.compressobj(9, zlib.DEFLATED, -15)
    raw = squeeze.compress(PAGE) + squeeze.flush()
    assert decode_body(raw, "deflate", 2**20) == PAGE  # what many servers send as "deflate"
    assert decode_body(gzip.compress(cap.encoded("br", PAGE)), "br, gzip", 2**20) == PAGE
    assert decode_body(PAGE, "identity", 2**20) == PAGE


def test_a_body_stored_decoded_under_an_encoding_header_is_kept() -> None:
    assert decode_body(PAGE, "br", 2**20) == PAGE


@pytest.mark.parametrize(("coding", "reason"), [
    ("br-cut", r"br \(brotli\) data ends early"),
    ("zstd", "zstd is not supported"),
])
def test_an_undecodable_body_says_why(coding: str, reason: str) -> None:
    with pytest.raises(UndecodableBody, match=reason):
        decode_body(cap.encoded(coding, PAGE), coding.removesuffix("-cut"), 2**20)


@pytest.mark.parametrize("coding", ["gzip", "br"])
def test_a_decoding_bomb_stops_at_the_limit(coding: str) -> None:
    bomb = cap.encoded(coding, b"<" + b"a" * 4 * 2**20)
    with pytest.raises(UndecodableBody, match="inflates past 1 MB"):
        decode_body(bomb, coding, 2**20)


def test_a_warc_of_brotli_and_deflate_pages_gives_their_text() -> None:
    data = cap.warc(codings={BRIDGE: "br", LIBRARY: "deflate"})
    docs = load_all(data, "crawl.warc.gz")
    assert [d.provenance.source_url for d in docs if d.provenance] == [BRIDGE, LIBRARY]
    assert "tolls will not rise" in docs[0].text.text and "central library" in docs[1].text.text
    assert not any(d.warnings for d in docs)
    assert [p.title for p in pages(data, "crawl.warc.gz")] == ["Bridge reopens in May", "Council closes library"]


def test_a_page_that_cannot_be_decoded_is_named_with_its_reason() -> None:
    data = cap.warc(codings={BRIDGE: "br-cut", LIBRARY: "gzip"})
    docs = load_all(data, "crawl.warc.gz")
    assert len(docs) == 1 and "central library" in docs[0].text.text
    assert any(BRIDGE in w and "br (brotli) data ends early" in w for w in docs[0].warnings), docs[0].warnings
    with pytest.raises(DocumentError, match=r"the page https://news.example/bridge cannot be read: its br"):
        load_bytes(data, "crawl.warc.gz", record=BRIDGE)


def test_an_archive_of_only_undecodable_pages_is_refused_in_one_line() -> None:
    data = cap.warc(codings={BRIDGE: "br-cut", LIBRARY: "zstd"})
    with pytest.raises(DocumentError) as exc:
        load_all(data, "crawl.warc.gz")
    message = str(exc.value)
    assert "\n" not in message and "zstd is not supported" in message and "ends early" in message


@pytest.mark.parametrize(("gzipped", "name"), [(False, "old crawl.arc"), (True, "old crawl.arc.gz")])
def test_arc_pages_are_listed_and_added_with_provenance(gzipped: bool, name: str) -> None:
    data = cap.arc(gzip=gzipped)
    listed = pages(data, name)
    assert [(p.url, p.title, p.captured_at) for p in listed] == [
        (BRIDGE, "Bridge reopens in May", "2026-11-30T08:15:00Z"),
        (LIBRARY, "Council closes library", "2026-11-30T08:15:00Z")]
    docs = load_all(data, name)
    assert "tolls will not rise" in docs[0].text.text and "central library" in docs[1].text.text
    prov = docs[1].provenance
    assert prov is not None and prov.archive_format == "arc" and prov.source_url == LIBRARY
    assert prov.archive_record == listed[1].record and prov.archive_record.startswith("arc@")
    again = load_bytes(data, name, record=prov.archive_record)  # the record id is stable across reads
    assert again.text.text == docs[1].text.text


def test_arc_is_recognised_by_content_whatever_its_name() -> None:
    docs = load_all(cap.arc(gzip=True), "download.bin")
    assert docs[0].provenance is not None and docs[0].provenance.archive_format == "arc"


@pytest.mark.parametrize("cut", [40, 300])
def test_a_truncated_arc_is_refused_whole(cut: int) -> None:
    with pytest.raises(DocumentError) as exc:
        load_all(cap.arc()[:-cut], "cut.arc")
    assert "\n" not in str(exc.value) and str(exc.value).startswith("cut.arc")


def _without_separator(data: bytes, after: bytes) -> bytes:
    at = data.index(after) + len(after)
    assert data[at:at + 1] == b"\n"
    return data[:at] + data[at + 1:]


@pytest.mark.parametrize("after", [b"</html>", b"Archive-length\n"])  # after a page, after the filedesc record
def test_an_arc_with_a_missing_record_separator_opens_as_its_gzipped_twin_does(after: bytes) -> None:
    damaged = _without_separator(cap.arc(), after)
    docs = load_all(damaged, "old crawl.arc")
    twin = load_all(cap.arc(gzip=True), "old crawl.arc.gz")
    assert [d.title for d in docs] == [d.title for d in twin] == ["Bridge reopens in May", "Council closes library"]
    assert [d.text.text for d in docs] == [d.text.text for d in twin]
    assert "central library" in docs[1].text.text and docs[1].provenance.source_url == LIBRARY
    record = pages(damaged, "old crawl.arc")[1].record
    assert load_bytes(damaged, "old crawl.arc", record=record).text.text == docs[1].text.text


def test_an_arc_whose_last_record_is_cut_is_still_refused_after_a_missing_separator() -> None:
    damaged = _without_separator(cap.arc(), b"</html>")
    with pytest.raises(DocumentError) as exc:
        load_all(damaged[:-60], "cut.arc")
    assert "\n" not in str(exc.value) and "truncated" in str(exc.value)
