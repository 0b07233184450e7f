"""WARC web archives (ISO 28500), and ARC 1.0 files before them, through warcio: the archived HTML pages.

ARC records are read as warcio converts them (arc2warc); they carry no record id, so a page's id is
its byte offset in the file (`arc@1234`), which stays the same every time the file is read.

A page is a `response` (or `resource`) record with a 2xx status and an HTML content type. The whole
archive is read before anything is returned, so a truncated or damaged file is refused as a whole
(nothing is added from its first half). Nothing is fetched: the payload is parsed as stored.

Bodies keep the server's Content-Encoding; content_encoding undoes it (gzip, deflate, br). A page whose
body cannot be decoded is still listed, with the reason in `problem` and no HTML.

Digests: warcio checks WARC-Payload-Digest / WARC-Block-Digest while the payload streams past;
the result is kept as `digest_check` ("verified" or "mismatch") so a tampered record shows.
"""

import contextlib
import gzip
import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.documents.archives.content_encoding import UndecodableBody, decode_body
from app.domain.capture_times import rfc3339
from app.domain.errors import DocumentError

MAX_UNPACKED = 512 * 2**20  # a .warc.gz that inflates beyond this is refused (decompression bomb)
MAX_PAGE_BYTES = 50 * 2**20  # the HTML loader's own limit
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 2**20


@dataclass(frozen=True, slots=True)
class WarcPage:
    record_id: str  # WARC-Record-ID, e.g. "<urn:uuid:...>"
    url: str  # WARC-Target-URI
    date: str  # WARC-Date as RFC 3339 (WARC dates are UTC); "" when unreadable
    digest: str  # WARC-Payload-Digest (or the block digest when there is no payload digest)
    digest_check: str  # "verified", "mismatch" or ""
    charset: str | None  # from the HTTP Content-Type header
    html: bytes
    member: str = ""  # the WARC file's path inside a WACZ
    date_as_written: str = ""  # the WARC-Date header when it is not a readable time
    problem: str = ""  # why the page's body cannot be read (then html is b""), e.g. "its br data is damaged"


def is_warc(data: bytes) -> bool:
    return _starts_with(data, b"WARC/")


def is_arc(data: bytes) -> bool:
    """ARC 1.0: the first record is the file's own description, "filedesc://NAME IP DATE ..."."""
    return _starts_with(data, b"filedesc://")


def _starts_with(data: bytes, magic: bytes) -> bool:
    if data.startswith(magic):
        return True
    if data.startswith(b"\x1f\x8b"):
        try:
            return zlib.decompressobj(31).decompress(data[:4096], 16).startswith(magic)
        except zlib.error:
            return False
    return False


def warc_pages(data: bytes, name: str, *, member: str = "", arc: bool = False) -> list[WarcPage]:
    """Every archived HTML page, in archive order; DocumentError for anything that is not a whole WARC
    (with `arc`, a whole ARC file)."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: start-up time of the CLI

    if arc and not is_arc(data):
        raise DocumentError(f"{name} is not an ARC web archive (no filedesc:// header record).")
    if not arc and not is_warc(data):
        raise DocumentError(f"{name} is not a WARC web archive (no WARC/1.x record header).")
    if data.startswith(b"\x1f\x8b"):
        _check_gzip(data, name, "ARC" if arc else "WARC")
    pages: list[WarcPage] = []
    with _quiet():  # warcio writes notes on odd URIs and bad record lengths to stderr: not for users
        try:
            records = ArchiveIterator(io.BytesIO(data), check_digests=True, arc2warc=arc)
            number = 0
            for number, record in enumerate(records, start=1):
                page = _read_record(record, name, number)
                if page is not None and arc:  # (asking the offset first would make warcio skip the record)
                    page = replace(page, record_id=f"arc@{records.get_record_offset()}")
                if page is not None:
                    pages.append(replace(page, member=member))
            # warcio ends quietly at a record header cut in half: whatever follows the last whole record
            # must be the blank lines that close it
            end = records.get_record_offset() + (records.get_record_length() or 0) if number else 0
            if data[end:].strip():
                raise DocumentError(f"{name} is truncated or damaged after record {number}.")
        except DocumentError:
            raise
        except Exception as exc:  # noqa: BLE001 - warcio on hostile input: one line, chained for the log
            kind = "ARC" if arc else "WARC"
            raise DocumentError(f"{name} is a damaged {kind} archive ({_reason(exc)}).") from exc
    return pages


def _read_record(record: object, name: str, number: int) -> WarcPage | None:
    headers = record.rec_headers  # type: ignore[attr-defined]
    record_id = headers.get_header("WARC-Record-ID") if headers else None
    if not record.rec_type or not record_id or not headers:  # type: ignore[attr-defined]
        raise DocumentError(f"{name} is truncated or damaged (record {number} has no WARC header).")
    html = None
    problem = ""
    if _is_html_page(record):
        body = _body_stream(record).read(MAX_PAGE_BYTES + 1)
        if len(body) > MAX_PAGE_BYTES:
            raise DocumentError(f"{name}: the page {headers.get_header('WARC-Target-URI')} is larger than "
                                f"{MAX_PAGE_BYTES // 2**20} MB.")
        http = record.http_headers  # type: ignore[attr-defined]
        try:
            html = decode_body(body, http.get_header("Content-Encoding", "") if http else "", MAX_PAGE_BYTES)
        except UndecodableBody as exc:
            html, problem = b"", str(exc)
    raw = record.raw_stream  # type: ignore[attr-defined]
    while raw.read(_CHUNK):
        pass
    if getattr(raw, "limit", 0) > 0:  # Content-Length promised more than the file holds
        raise DocumentError(f"{name} is truncated (record {number} ends early).")
    if html is None:
        return None
    checker = record.digest_checker  # type: ignore[attr-defined]
    check = {True: "verified", False: "mismatch"}.get(checker.passed, "")
    http = record.http_headers  # type: ignore[attr-defined]
    content_type = http.get_header("Content-Type", "") if http else headers.get_header("Content-Type", "")
    return WarcPage(
        record_id=record_id,
        url=headers.get_header("WARC-Target-URI") or "",
        date=rfc3339(headers.get_header("WARC-Date") or ""),
        date_as_written=_unreadable(headers.get_header("WARC-Date") or ""),
        digest=headers.get_header("WARC-Payload-Digest") or headers.get_header("WARC-Block-Digest") or "",
        digest_check=check,
        charset=_charset(content_type),
        html=html,
        problem=problem,
    )


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    logging.getLogger("warcio").setLevel(logging.ERROR)
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _unreadable(value: str) -> str:
    return value[:200] if value and not rfc3339(value) else ""


def _body_stream(record: object) -> io.BufferedIOBase:
    """The HTTP body with any chunked transfer coding undone but its Content-Encoding kept."""
    from warcio.bufferedreaders import ChunkedDataReader  # lazy: warcio, as in warc_pages

    http = record.http_headers  # type: ignore[attr-defined]
    raw = record.raw_stream  # type: ignore[attr-defined]
    if http is not None and (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        return ChunkedDataReader(raw, decomp_type=None)  # type: ignore[no-any-return]
    return raw  # type: ignore[no-any-return]


def _is_html_page(record: object) -> bool:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    http = record.http_headers  # type: ignore[attr-defined]
    if rec_type == "response" and http is not None:
        status = (http.get_statuscode() or "").strip()
        content_type = http.get_header("Content-Type", "")
        return status.startswith("2") and content_type.split(";")[0].strip().lower() in _HTML_TYPES
    if rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type", "")  # type: ignore[attr-defined]
        return content_type.split(";")[0].strip().lower() in _HTML_TYPES
    return False


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")[:40]
    return None


def _check_gzip(data: bytes, name: str, kind: str) -> None:
    """Inflate every gzip member once, without keeping the output: a cut-off member or a bomb is refused
    here, because warcio stops silently at a truncated member and would drop the records after it."""
    total = 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
            while chunk := stream.read(_CHUNK):
                total += len(chunk)
                if total > MAX_UNPACKED:
                    raise DocumentError(f"{name} inflates to more than {MAX_UNPACKED // 2**20} MB; "
                                        f"refused (a decompression bomb?).")
    except EOFError as exc:
        raise DocumentError(f"{name} is truncated (its compressed data ends early).") from exc
    except (OSError, zlib.error) as exc:
        raise DocumentError(f"{name} is a damaged {kind} archive ({_reason(exc)}).") from exc


def _reason(exc: BaseException) -> str:
    text = " ".join(str(exc).split())[:120]
    return text or type(exc).__name__


def record_payload(data: bytes, record_id: str, limit: int = MAX_PAGE_BYTES * 4) -> bytes:
    """The payload of one response record (Content-Encoding and chunking undone), e.g. a captured PDF or image."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: start-up time of the CLI

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_headers.get_header("WARC-Record-ID") == record_id:
            payload = record.content_stream().read(limit + 1)
            if len(payload) > limit:
                raise DocumentError(f"the captured file is larger than {limit // 2**20} MB.")
            return payload
    raise DocumentError(f"the archive has no record {record_id}.")
