"""Capture times as RFC 3339 with a zone; a publication date after the capture is doubtful."""

import pytest

from app.domain.capture_times import doubtful_published, published_after_capture, rfc3339
from app.domain.documents import Document, DocumentKind, DocumentMetadata, Provenance


@pytest.mark.parametrize(("written", "expected"), [
    ("2026-11-30T08:15:00Z", "2026-11-30T08:15:00Z"),
    ("2026-11-30T08:15:00.123456Z", "2026-11-30T08:15:00.123456Z"),
    ("2026-11-30T08:15:00+00:00", "2026-11-30T08:15:00Z"),
    ("2026-11-30T09:15:00+01:00", "2026-11-30T09:15:00+01:00"),
    ("2026-11-30T08:15:00", "2026-11-30T08:15:00Z"),  # WARC-Date is UTC by the standard
    ("yesterday", ""),
    ("2026-13-40T00:00:00Z", ""),
    ("", ""),
])
def test_capture_times_carry_a_zone(written: str, expected: str) -> None:
    assert rfc3339(written) == expected


def test_a_time_without_zone_from_a_format_that_does_not_say_utc_cannot_be_placed() -> None:
    assert rfc3339("2026-11-30T08:15:00", naive_is_utc=False) == ""


@pytest.mark.parametrize(("published", "captured", "doubtful"), [
    ("2020-05-01", "2014-02-16T05:02:21Z", True),  # e.g. a cookie's expiry taken for the date
    ("2014-02-16", "2014-02-16T05:02:21Z", False),
    ("2014-02-17", "2014-02-16T05:02:21Z", True),  # not yet 17 February anywhere on Earth
    ("2014-02-17", "2014-02-16T10:30:00Z", False),  # already 17 February in Kiritimati (UTC+14)
    ("2014-02-16T06:00:00+00:00", "2014-02-16T05:02:21Z", True),
    ("2014-02-16T06:00:00+03:00", "2014-02-16T05:02:21Z", False),
    ("2013-12-31", "2014-02-16T05:02:21Z", False),
    ("2020-05-01", "", False),  # no capture time: nothing to compare
    ("2020-05-01", "as written", False),
    ("", "2014-02-16T05:02:21Z", False),
])
def test_a_publication_date_after_the_capture_is_doubtful(published: str, captured: str, doubtful: bool) -> None:
    assert published_after_capture(published, captured) is doubtful


def test_the_document_says_why_and_a_corrected_date_clears_it() -> None:
    doc = Document(id="d1", title="t", kind=DocumentKind.HTML, original_name="a.warc", sha256="a" * 64,
                   text_sha256="b" * 64, metadata=DocumentMetadata(published="2020-05-01"),
                   provenance=Provenance(captured_at="2014-02-16T05:02:21Z"))
    assert "2020-05-01 is later than the capture time 2014-02-16T05:02:21Z" in doubtful_published(doc)
    from dataclasses import replace

    assert doubtful_published(replace(doc, metadata=DocumentMetadata(published="2014-02-01"))) == ""
    assert doubtful_published(replace(doc, provenance=None)) == ""
