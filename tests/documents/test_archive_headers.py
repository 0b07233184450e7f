"""Capture headers as browsers and crawlers really write them: Chrome's MHTML with a line break in the
title, email dates in -0000, WARC dates without a zone or unreadable; a publication date after the capture."""

import pytest

from app.documents.registry import load_all, load_bytes, pages
from app.domain.errors import DocumentError
from tests.fixtures import archives as cap

BRIDGE = "https://news.example/bridge"


def test_chrome_mhtml_whose_title_holds_a_line_break_is_read() -> None:
    doc = load_bytes(cap.chrome_mhtml(title="Bridge reopens\nin May | News"), "saved.mhtml")
    assert "tolls will not rise" in doc.text.text and doc.title == "Bridge reopens in May"
    assert doc.provenance is not None and doc.provenance.source_url == BRIDGE
    assert doc.provenance.extra["subject"] == "Bridge reopens in May | News"
    assert [p.url for p in pages(cap.chrome_mhtml(), "saved.mhtml")] == [BRIDGE]


def test_mhtml_date_in_minus_0000_is_utc() -> None:
    doc = load_bytes(cap.chrome_mhtml(date="Tue, 1 Dec 2026 07:15:02 -0000"), "saved.mhtml")
    assert doc.provenance is not None and doc.provenance.captured_at == "2026-12-01T07:15:02Z"
    doc = load_bytes(cap.mhtml(), "python.mhtml")  # "+0100" keeps its offset
    assert doc.provenance is not None and doc.provenance.captured_at == "2026-11-30T09:15:00+01:00"


def test_an_unreadable_mhtml_date_is_kept_as_written_not_as_a_time() -> None:
    doc = load_bytes(cap.chrome_mhtml(date="the day before yesterday"), "saved.mhtml")
    assert doc.provenance is not None and doc.provenance.captured_at == ""
    assert doc.provenance.extra["date_as_written"] == "the day before yesterday"


@pytest.mark.parametrize(("written", "stored"), [
    ("2014-02-16T05:02:21Z", "2014-02-16T05:02:21Z"),
    ("2014-02-16T05:02:21", "2014-02-16T05:02:21Z"),
    ("2014-02-16T05:02:21.5Z", "2014-02-16T05:02:21.500000Z"),
])
def test_warc_dates_are_rfc3339_utc(written: str, stored: str) -> None:
    doc = load_all(cap.warc(date=written, urls=(BRIDGE,)), "crawl.warc")[0]
    assert doc.provenance is not None and doc.provenance.captured_at == stored
    assert [p.captured_at for p in pages(cap.warc(date=written, urls=(BRIDGE,)), "crawl.warc")] == [stored]


def test_an_unreadable_warc_date_is_kept_as_written() -> None:
    doc = load_all(cap.warc(date="yesterday", urls=(BRIDGE,)), "crawl.warc")[0]
    assert doc.provenance is not None and doc.provenance.captured_at == ""
    assert doc.provenance.extra["date_as_written"] == "yesterday"


def test_a_publication_date_after_the_capture_is_not_taken() -> None:
    doc = load_all(cap.warc(date="2014-02-16T05:02:21Z", published="2020-05-01", urls=(BRIDGE,)), "old.warc")[0]
    assert doc.metadata.published == ""  # not the page's date: from something else on it ...
    assert any("2020-05-01 is later than the capture time 2014-02-16T05:02:21Z" in w and "not taken" in w
               for w in doc.warnings)  # ... and said so
    fine = load_all(cap.warc(date="2014-02-16T05:02:21Z", published="2014-02-10", urls=(BRIDGE,)), "old.warc")[0]
    assert fine.metadata.published == "2014-02-10" and not fine.warnings


def test_mhtml_with_a_broken_header_and_no_html_part_is_still_refused() -> None:
    data = cap.chrome_mhtml().replace(b"Content-Type: text/html", b"Content-Type: image/png")
    with pytest.raises(DocumentError, match="without an HTML part"):
        load_bytes(data, "saved.mhtml")
