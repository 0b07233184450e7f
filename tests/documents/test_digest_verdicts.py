"""Digest verdicts of archived pages: verified, verified under another convention, cannot check, mismatch.

A valid archive called tampered is the worst error a verification tool can make, so each convention other
writers use is reproduced byte by byte (tests/fixtures/warc_records.py), and warcio's own check is run
beside ours to show where it differs."""

import base64
import hashlib
import io
from pathlib import Path

import pytest

from app.documents.archives.warc import warc_pages
from app.documents.archives.warc_digest import judge
from app.documents.registry import load_all
from app.domain.digest_verdicts import digest_verdict
from tests.fixtures import archives as cap
from tests.fixtures import warc_records as rec


def _page(data: bytes):  # noqa: ANN202 - a WarcPage
    (page,) = warc_pages(data, "one.warc")
    return page


def _warcio_passed(data: bytes) -> bool | None:
    from warcio.archiveiterator import ArchiveIterator

    for record in ArchiveIterator(io.BytesIO(data), check_digests=True):
        record.content_stream().read()
        return record.digest_checker.passed
    return None


def test_a_warcio_written_page_is_verified_without_a_note() -> None:
    page = _page(rec.response())
    assert (page.digest_check, page.digest_note) == ("verified", "")
    assert b"tolls will not rise" in page.html


def test_js_wacz_payload_digest_over_the_dechunked_body_is_verified_under_that_convention() -> None:
    data = rec.js_wacz()
    assert _warcio_passed(data) is False  # warcio hashes the chunked bytes as stored and calls it failed
    page = _page(data)
    assert page.digest_check == "verified-other-convention"
    assert "de-chunked body" in page.digest_note
    assert page.html == rec.PAGE  # the chunk framing is not in the page


@pytest.mark.parametrize("odd_header", [False, True])  # headers hashed as stored, not as a parser re-writes them
def test_a_block_digest_over_the_headers_and_the_dechunked_body_is_that_convention_not_altered_headers(
        odd_header: bool) -> None:
    page = _page(rec.js_wacz(block="body-block", odd_header=odd_header))
    assert page.digest_check == "verified-other-convention"
    assert "de-chunked body" in page.digest_note and "block digest is over the HTTP headers and the de-chunked" in page.digest_note
    alone = _page(rec.js_wacz(block="body-block").replace(b"WARC-Payload-Digest", b"X-Payload-Digest"))
    assert alone.digest_check == "verified-other-convention" and "block digest" in alone.digest_note


def test_the_old_webrecorder_block_digest_copy_is_verified_under_another_convention() -> None:
    data = rec.webrecorder_copy()
    assert _warcio_passed(data) is False
    page = _page(data)
    assert page.digest_check == "verified-other-convention"
    assert "repeats the payload digest" in page.digest_note and "HTTP headers" in page.digest_note


def test_a_payload_digest_over_the_content_decoded_body_is_verified_under_that_convention() -> None:
    page = _page(rec.decoded_digest())
    assert page.digest_check == "verified-other-convention" and "content-decoded" in page.digest_note
    assert page.html == rec.PAGE


def test_a_truly_altered_record_is_a_mismatch_under_every_convention_and_says_altered() -> None:
    doc = load_all(rec.altered(), "altered.warc")[0]
    assert "tolls will now rise" in doc.text.text
    prov = doc.provenance
    assert prov.digest_check == "mismatch"
    assert "neither as stored nor de-chunked nor content-decoded" in prov.extra["digest_note"]
    assert [w for w in doc.warnings if "under any accepted convention" in w and "altered" in w]
    assert digest_verdict(prov).startswith("DOES NOT MATCH")


def test_a_chunked_record_altered_after_capture_is_still_a_mismatch() -> None:
    data = rec.js_wacz().replace(b"tolls will not rise", b"tolls will now rise")
    assert _page(data).digest_check == "mismatch"


def test_changed_http_headers_with_an_intact_body_are_a_mismatch_naming_the_headers() -> None:
    page = _page(rec.response(after=b"X-Added: later\r\n"))
    assert page.digest_check == "mismatch" and "HTTP headers were changed" in page.digest_note


def test_a_record_without_digests_cannot_be_checked_and_is_not_called_altered() -> None:
    doc = load_all(rec.response(payload_digest=None, block_digest=None), "plain.warc")[0]
    assert doc.provenance.digest_check == "cannot-check"
    assert doc.provenance.extra["digest_note"] == "the archive gives no digest for this record"
    assert not [w for w in doc.warnings if "altered" in w]


def test_an_unknown_algorithm_cannot_be_checked_where_warcio_calls_it_failed() -> None:
    data = rec.response(payload_digest="whirl:ABCDEF", block_digest="whirl:ABCDEF")
    assert _warcio_passed(data) is False
    page = _page(data)
    assert page.digest_check == "cannot-check" and "algorithm 'whirl' is unknown" in page.digest_note


def test_an_unknown_payload_algorithm_beside_a_matching_block_digest_is_verified() -> None:
    page = _page(rec.response(payload_digest="whirl:ABCDEF"))
    assert page.digest_check == "verified" and "block digest matches" in page.digest_note


@pytest.mark.parametrize("encode", [
    lambda d: "sha1:" + d.hex(), lambda d: "sha1:" + d.hex().upper(), lambda d: "sha1:" + base64.b64encode(d).decode(),
    lambda d: "sha1:" + base64.b32encode(d).decode().lower(), lambda d: "SHA-1:" + base64.b32encode(d).decode()])
def test_base16_base64_and_lower_case_digests_verify(encode) -> None:  # noqa: ANN001
    digest = encode(hashlib.sha1(rec.PAGE).digest())
    assert _page(rec.response(payload_digest=digest, block_digest=None)).digest_check == "verified"


def test_a_sha256_digest_of_another_page_is_a_mismatch() -> None:
    other = "sha256:" + base64.b32encode(hashlib.sha256(b"another page").digest()).decode()
    assert _page(rec.response(payload_digest=other, block_digest=None)).digest_check == "mismatch"


def test_an_unreadable_digest_value_cannot_be_checked() -> None:
    verdict = judge("", None, "sha1:not base anything!", [("as stored", b"x")])
    assert verdict.check == "cannot-check" and "cannot be read" in verdict.note


def test_arc_pages_cannot_be_checked_because_arc_has_no_digests() -> None:
    prov = load_all(cap.arc(), "old.arc")[0].provenance
    assert prov.digest_check == "cannot-check" and "ARC records carry no digest" in digest_verdict(prov)


def test_a_wacz_of_a_js_wacz_warc_is_not_called_tampered() -> None:
    import gzip

    doc = load_all(cap.wacz(warc_data=gzip.compress(rec.js_wacz()), pages=(rec.URL,)), "site.wacz")[0]
    assert doc.provenance.digest_check == "verified-other-convention"
    assert not [w for w in doc.warnings if "altered" in w]
    assert "Bridge reopens in May" in doc.title


REALWORLD = Path(__file__).resolve().parents[1] / "data" / "realworld"


@pytest.mark.parametrize(("name", "verdict"), [
    ("jwarc-cc.warc.gz", "verified"), ("py-wacz-valid_example_1.wacz", "verified"),
    ("warcio-example-iana.org-chunked.warc", "verified"),  # chunked, digests in base16 over the body as stored
    ("warcio-example-resource.warc.gz", "verified"), ("warcio-example-wget-bad-target-uri.warc.gz", "verified"),
    ("warcio-example.arc", "cannot-check"),
])
def test_real_archives_from_other_writers_get_their_verdicts(name: str, verdict: str) -> None:
    docs = load_all((REALWORLD / name).read_bytes(), name)
    assert {d.provenance.digest_check for d in docs} == {verdict}
    assert not [w for d in docs for w in d.warnings if "altered" in w]


def _iana() -> tuple[bytes, str, str]:
    """warcio's real chunked iana.org record, with its stated payload and block digests (base16)."""
    data = (REALWORLD / "warcio-example-iana.org-chunked.warc").read_bytes()
    head = data[:data.index(b"\r\n\r\n", data.index(b"WARC-Type: response"))].decode()
    payload = head.split("WARC-Payload-Digest: ")[1].split("\r\n")[0]
    block = head.split("WARC-Block-Digest: ")[1].split("\r\n")[0]
    return data, payload, block


def test_the_real_chunked_record_with_its_payload_digest_over_the_dechunked_body_as_js_wacz_writes_it() -> None:
    data, payload, _ = _iana()
    dechunked = _page(data).html  # (identity Content-Encoding: the page is the de-chunked body)
    js_style = "sha1:" + hashlib.sha1(dechunked).hexdigest()
    assert js_style != payload
    page = _page(data.replace(payload.encode(), js_style.encode()))
    assert page.digest_check == "verified-other-convention" and "de-chunked body" in page.digest_note


def test_the_real_record_with_its_block_digest_copied_from_the_payload_digest() -> None:
    data, payload, block = _iana()
    page = _page(data.replace(f"WARC-Block-Digest: {block}".encode(), f"WARC-Block-Digest: {payload}".encode()))
    assert page.digest_check == "verified-other-convention" and "repeats the payload digest" in page.digest_note


def test_the_real_record_with_one_word_changed_is_a_mismatch() -> None:
    data, _, _ = _iana()
    at = data.index(b"Internet Assigned Numbers Authority", data.index(b"<title>"))
    changed = data[:at] + b"Internet Assigned Numbers Authorify" + data[at + 35:]
    assert _page(changed).digest_check == "mismatch"
