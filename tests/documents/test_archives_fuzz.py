"""Fuzzing the capture loaders: damaged WARC/MHTML/WACZ bytes only ever load or raise DocumentError
(one line), whatever is cut, flipped or spliced."""

import functools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.documents.registry import load_all, pages
from app.domain.errors import DocumentError
from tests.fixtures import archives as cap

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ("page.warc", "page.warc.gz", "page.mhtml", "crawl.wacz", "page.html")


@functools.cache
def _samples() -> tuple[bytes, ...]:
    return (cap.warc(gzip=False), cap.warc(gzip=True), cap.mhtml(), cap.wacz(), cap.singlefile())


def _try(data: bytes, name: str) -> None:
    for job in (lambda: load_all(data, name), lambda: pages(data, name)):
        try:
            job()
        except DocumentError as exc:
            assert "\n" not in str(exc).strip()


@FAST
@given(st.integers(0, 4), st.integers(0, 10**6), st.integers(0, 255), st.integers(0, 10**6), st.sampled_from(NAMES))
def test_damaged_captures_load_or_fail_in_one_line(which: int, at: int, byte: int, cut: int, name: str) -> None:
    data = bytearray(_samples()[which])
    data[at % len(data)] = byte  # one flipped byte
    _try(bytes(data[: max(1, cut % (len(data) + 1))]), name)  # then cut anywhere


@FAST
@given(st.binary(max_size=600), st.sampled_from(NAMES), st.sampled_from([b"", b"WARC/1.0\r\n", b"\x1f\x8b\x08\x00",
                                                                         b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n",
                                                                         b"PK\x03\x04"]))
def test_arbitrary_bytes_with_capture_headers(body: bytes, name: str, head: bytes) -> None:
    _try(head + body, name)
