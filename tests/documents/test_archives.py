"""Web captures made by the real tools: warcio WARCs, `email` MHTML, SingleFile pages, WACZ zips.

Each page becomes the HTML loader's text plus a Provenance: the captured URL, the capture time and
where it came from, the archive's digest (checked) and our sha256 of the page."""

import base64
import email
import gzip as gz
import hashlib
import io

import pytest

from app.documents.registry import format_of, load_all, load_bytes, pages
from app.domain.documents import DocumentKind
from app.domain.errors import DocumentError
from tests.fixtures import archives as cap

BRIDGE, LIBRARY = "https://news.example/bridge", "https://news.example/library"


def _one_line(exc: pytest.ExceptionInfo[DocumentError], name: str) -> str:
    message = str(exc.value)
    assert "\n" not in message and message.startswith(name), message
    return message


@pytest.mark.parametrize("gzip", [True, False])
def test_warc_gives_one_document_per_html_page(gzip: bool) -> None:
    data = cap.warc(gzip=gzip)
    docs = load_all(data, "capture.warc.gz" if gzip else "capture.warc")
    assert [d.provenance.source_url for d in docs] == [BRIDGE, LIBRARY]  # not the image, request or warcinfo
    bridge = docs[0]
    assert bridge.kind is DocumentKind.HTML and bridge.title == "Bridge reopens in May"
    assert "tolls will not rise" in bridge.text.text and "«Міст відкрито»" in bridge.text.text
    assert "central library" not in bridge.text.text
    prov = bridge.provenance
    assert (prov.captured_at, prov.captured_at_source, prov.archive_format) == ("2026-11-30T08:15:00Z", "WARC-Date header", "warc")
    assert prov.archive_record.startswith("<urn:uuid:") and prov.archive_record != docs[1].provenance.archive_record
    body = cap.story_html(BRIDGE)
    assert prov.payload_sha256 == hashlib.sha256(body).hexdigest()
    sha1 = base64.b32encode(hashlib.sha1(body).digest()).decode()
    assert prov.archive_digest == f"sha1:{sha1}" and prov.digest_check == "verified"
    assert bridge.sha256 == hashlib.sha256(data).hexdigest() == docs[1].sha256  # the archive is the original
    assert bridge.metadata.url == BRIDGE and "warcio" in bridge.extractor
    assert bridge.warnings == ()


def test_a_page_is_chosen_by_record_id_or_url() -> None:
    data = cap.warc()
    listed = pages(data, "capture.warc.gz")
    assert [(p.url, p.title) for p in listed] == [(BRIDGE, "Bridge reopens in May"), (LIBRARY, "Council closes library")]
    by_url = load_bytes(data, "capture.warc.gz", record=LIBRARY)
    by_id = load_bytes(data, "capture.warc.gz", record=listed[1].record)
    assert by_url.text.text == by_id.text.text and "central library" in by_id.text.text
    assert load_bytes(data, "capture.warc.gz").provenance.source_url == BRIDGE  # no choice: the first page
    with pytest.raises(DocumentError) as exc:
        load_all(data, "capture.warc.gz", records=["https://elsewhere.example/"])
    assert BRIDGE in _one_line(exc, "capture.warc.gz")


def test_a_tampered_record_fails_its_digest_and_says_so() -> None:
    doc = load_all(cap.warc(gzip=False, tamper=True), "capture.warc")[0]
    assert "tolls will now rise" in doc.text.text
    assert doc.provenance.digest_check == "mismatch"
    assert any("does not match" in w for w in doc.warnings)


@pytest.mark.parametrize("cut", [30, 100, 200, 700, 1500])
@pytest.mark.parametrize("gzip", [True, False])
def test_a_truncated_warc_is_refused_whole(gzip: bool, cut: int) -> None:
    data = cap.warc(gzip=gzip)
    with pytest.raises(DocumentError) as exc:
        load_all(data[:-cut], "cut.warc")
    assert "truncated" in _one_line(exc, "cut.warc") or "damaged" in str(exc.value)


def test_a_gzip_bomb_named_warc_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from app.documents.archives import warc

    monkeypatch.setattr(warc, "MAX_UNPACKED", 2**20)
    data = cap.warc(gzip=True)
    bomb = data + gz.compress(b"WARC/1.0\r\n" + b"0" * 3 * 2**20)
    with pytest.raises(DocumentError) as exc:
        load_all(bomb, "bomb.warc.gz")
    assert "decompression bomb" in _one_line(exc, "bomb.warc.gz")


def test_mhtml_reads_the_html_part_only() -> None:
    data = cap.mhtml()
    assert b"quoted-printable" in data.lower() and b"base64" in data.lower()
    doc = load_bytes(data, "saved.mhtml")
    assert doc.title == "Bridge reopens in May" and "«Міст відкрито»" in doc.text.text
    assert "iVBOR" not in doc.text.text and "127.0.0.1" not in doc.text.text
    prov = doc.provenance
    assert prov.source_url == BRIDGE and prov.archive_format == "mhtml"
    assert (prov.captured_at, prov.captured_at_source) == ("2026-11-30T09:15:00+01:00", "MHTML Date header")
    assert prov.archive_digest == "" and prov.digest_check == ""
    part = next(p for p in email.message_from_bytes(data).walk() if p.get_content_type() == "text/html")
    assert prov.payload_sha256 == hashlib.sha256(part.get_payload(decode=True)).hexdigest()  # the page as decoded
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_mhtml_without_an_html_part_is_refused() -> None:
    with pytest.raises(DocumentError) as exc:
        load_bytes(cap.mhtml(html=False), "images only.mhtml")
    assert "without an HTML part" in _one_line(exc, "images only.mhtml")


def test_singlefile_page_keeps_its_images_out_of_the_text() -> None:
    data = cap.singlefile()
    assert len(data) > 50_000  # the inlined image is most of the file
    doc = load_bytes(data, "library.html")
    assert doc.title == "Council closes library" and "central library" in doc.text.text
    assert "base64" not in doc.text.text and "data:" not in doc.text.text and len(doc.text.text) < 400
    prov = doc.provenance
    assert (prov.source_url, prov.archive_format) == (LIBRARY, "singlefile")
    assert (prov.captured_at, prov.captured_at_source) == ("2026-11-30T09:15:00+01:00", "SingleFile saved-date comment")
    assert prov.extra["saved_date_as_written"].startswith("Mon Nov 30 2026 09:15:00 GMT+0100")
    assert prov.payload_sha256 == doc.sha256


def test_wacz_offers_the_pages_it_lists_and_checks_its_package_hash() -> None:
    data = cap.wacz()
    docs = load_all(data, "crawl.wacz")
    assert [d.provenance.source_url for d in docs] == [BRIDGE]  # pages.jsonl names only the bridge story
    prov = docs[0].provenance
    assert prov.archive_format == "wacz" and prov.digest_check == "verified"
    assert prov.extra == {"warc_file": "archive/data.warc.gz", "datapackage_hash": "verified"}
    assert prov.captured_at_source == "WARC-Date header (archive/data.warc.gz)"
    both = load_all(cap.wacz(pages=(BRIDGE, LIBRARY)), "crawl.wacz")
    assert len(both) == 2
    bad = load_all(cap.wacz(bad_hash=True), "crawl.wacz")[0]
    assert bad.provenance.extra["datapackage_hash"] == "mismatch" and any("datapackage.json" in w for w in bad.warnings)


@pytest.mark.slow
def test_wacz_zip_bomb_is_refused_before_inflating() -> None:
    with pytest.raises(DocumentError) as exc:
        load_bytes(cap.wacz_bomb(600 * 2**20), "bomb.wacz")
    assert "zip bomb" in _one_line(exc, "bomb.wacz")


@pytest.mark.parametrize("name", ["junk.warc", "junk.warc.gz", "junk.wacz", "junk.mhtml", "junk.mht"])
def test_junk_named_as_a_capture_is_one_line(name: str) -> None:
    junk = bytes(range(256)) * 8
    with pytest.raises(DocumentError) as exc:
        load_bytes(junk, name)
    _one_line(exc, name)


def _format(data: bytes, name: str) -> str:
    fmt = format_of(data, name)
    return fmt.name if fmt else ""


def test_sniffing_by_content_not_only_name() -> None:
    assert _format(cap.warc(), "download.bin") == "warc"
    assert _format(cap.warc(gzip=False), "download") == "warc"
    assert _format(cap.mhtml(), "page.eml") == "mhtml"
    assert _format(cap.singlefile(), "page.html") == "singlefile"
    assert _format(cap.wacz(), "crawl.zip") == "wacz"
    assert _format(cap.story_html(BRIDGE), "page.html") == "html"
    assert _format(b"Page saved with SingleFile is a phrase in plain text", "note.txt") == "text (by name)"
    assert _format(cap.story_html(BRIDGE), "page.warc") == "web archive (by name)"  # its loader refuses it


def test_http_charset_decides_a_page_without_meta_charset() -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    body = "<html><head><title>Новости</title></head><body><p>Мост через Днепр откроют в мае после ремонта, сообщил мэр.</p></body></html>"
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    http = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=windows-1251")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://ru.example/", "response",
                                                  payload=io.BytesIO(body.encode("cp1251")), http_headers=http))
    doc = load_bytes(out.getvalue(), "ru.warc")
    assert "Мост через Днепр" in doc.text.text and doc.encoding == "cp1251"
