"""WARC web archives (ISO 28500), and ARC 1.0 files before them, through warcio: the archived HTML pages.

ARC records are read as warcio converts them (arc2warc); they carry no record id, so a page's id is
its byte offset in the file (`arc@1234`), which stays the same every time the file is read. A record
separator newline a writer left out is put back first (arc_with_separators), as the gzipped twin needs none.

A page is a `response` (or `resource`) record with a 2xx status and an HTML content type. The whole
archive is read before anything is returned, so a truncated or damaged file is refused as a whole
(nothing is added from its first half). Nothing is fetched: the payload is parsed as stored.

Bodies keep the server's Content-Encoding; content_encoding undoes it (gzip, deflate, br). A page whose
body cannot be decoded is still listed, with the reason in `problem` and no HTML.

Digests: warcio hashes the block while it streams past; warc_digest judges WARC-Block-Digest and
WARC-Payload-Digest under every accepted convention (the body as stored, de-chunked, content-decoded;
a block digest that copies the payload digest). `digest_check` is "verified", "verified-other-convention",
"cannot-check" or "mismatch" (only when every convention fails), and `digest_note` says which or why.
"""

import contextlib
import gzip
import hashlib
import io
import logging
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Protocol, overload

from app.documents.archives import warc_digest
from app.documents.archives.content_encoding import UndecodableBody, decode_body
from app.domain.capture_times import rfc3339
from app.domain.errors import DocumentError

_CONVERTED_LINE_ENDS = ("the ARC record of {url} holds fewer bytes than its header line says, one for each line of "
                        "its HTTP header, which ends lines in LF where HTTP has CRLF: its line ends were converted "
                        "after capture. The page's body is whole (as long as its Content-Length), so it is read, but "
                        "the archive is not byte for byte as it was written.")
MAX_UNPACKED = 512 * 2**20  # a .warc.gz that inflates beyond this is refused (decompression bomb)
MAX_PAGE_BYTES = 50 * 2**20  # the HTML loader's own limit
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 2**20


class _Headers(Protocol):
    """What is read of warcio's StatusAndHeaders (warcio ships no types): false when it holds nothing."""

    @overload
    def get_header(self, name: str) -> str | None: ...
    @overload
    def get_header(self, name: str, default_value: str) -> str: ...
    def get_statuscode(self) -> str | None: ...
    headers: list[tuple[str, str]]


class _Record(Protocol):
    """What is read of warcio's ArcWarcRecord."""

    rec_type: str | None
    rec_headers: _Headers
    http_headers: _Headers | None
    # a LimitReader: `limit` is what Content-Length promised and was not read; with digests, warcio's
    # DigestVerifyingReader, whose `block_digester` has hashed the block read so far (warc_digest)
    raw_stream: io.BufferedIOBase


@dataclass(frozen=True, slots=True)
class WarcPage:
    record_id: str  # WARC-Record-ID, e.g. "<urn:uuid:...>"
    url: str  # WARC-Target-URI
    date: str  # WARC-Date as RFC 3339 (WARC dates are UTC); "" when unreadable
    digest: str  # WARC-Payload-Digest (or the block digest when there is no payload digest)
    digest_check: str  # warc_digest's verdict: "verified", "verified-other-convention", "cannot-check", "mismatch"
    charset: str | None  # from the HTTP Content-Type header
    html: bytes
    member: str = ""  # the WARC file's path inside a WACZ
    date_as_written: str = ""  # the WARC-Date header when it is not a readable time
    problem: str = ""  # why the page's body cannot be read (then html is b""), e.g. "its br data is damaged"
    altered: str = ""  # how the record was changed after capture when it is read all the same (one sentence)
    digest_note: str = ""  # which convention verified it, why it cannot be checked, or what failed
    frame_of: str = ""  # the URL of the archived page that shows this one as a frame (frames.py)


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
    elif arc:
        data = arc_with_separators(data)
    pages: list[WarcPage] = []
    with _quiet():  # warcio writes notes on odd URIs and bad record lengths to stderr: not for users
        try:
            records = ArchiveIterator(io.BytesIO(data), check_digests=True, arc2warc=arc)
            number = 0
            for number, record in enumerate(records, start=1):
                page = _read_record(record, name, number, arc)
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


def arc_with_separators(data: bytes) -> bytes:
    """An uncompressed ARC with the newline that ends each record put back where a writer left it out.

    warcio takes the line after a record's block as its separator whatever it holds, so a missing one
    swallows the next record's header line and the rest of the file is refused (a gzipped ARC, one member
    per record, is not affected). Each header line ends in the block's length, so the end is known; a
    header that does not end in a length leaves the file as it is, for warcio to refuse."""
    parts: list[bytes] = []
    pos = 0
    while pos < len(data):
        eol = data.find(b"\n", pos)
        if eol < 0:
            break
        fields = data[pos:eol].split()
        if not fields:  # blank separator lines
            parts.append(data[pos:eol + 1])
            pos = eol + 1
            continue
        if not fields[-1].isdigit():
            return data
        end = eol + 1 + int(fields[-1])
        parts.append(data[pos:end])
        if end < len(data) and data[end:end + 1] not in (b"\n", b"\r"):
            parts.append(b"\n")
        pos = end
    return b"".join(parts) + data[pos:]


def _read_record(record: _Record, name: str, number: int, arc: bool) -> WarcPage | None:
    headers = record.rec_headers
    record_id = headers.get_header("WARC-Record-ID") if headers else None
    if not record.rec_type or not record_id or not headers:
        raise DocumentError(f"{name} is truncated or damaged (record {number} has no WARC header).")
    html = None
    problem = ""
    bodies: list[tuple[str, bytes]] = []
    raw = record.raw_stream
    head = None
    if _is_html_page(record):
        head = _head_hasher(record)
        stored = raw.read(2 * MAX_PAGE_BYTES + 1)  # the body as stored (chunk framing included)
        http = record.http_headers
        body = _dechunked(stored, http)
        if len(body) > MAX_PAGE_BYTES or len(stored) > 2 * MAX_PAGE_BYTES:
            raise DocumentError(f"{name}: the page {headers.get_header('WARC-Target-URI')} is larger than "
                                f"{MAX_PAGE_BYTES // 2**20} MB.")
        html, problem = _decoded(body, http)
        bodies = [(warc_digest.AS_STORED, stored), (warc_digest.DECHUNKED, body), (warc_digest.DECODED, html or body)]
    while raw.read(_CHUNK):  # (warcio hashes the block as it streams past)
        pass
    altered = ""
    missing = getattr(raw, "limit", 0)
    if missing > 0:  # Content-Length promised more than the file holds
        whole = _whole_under_converted_line_ends(record.http_headers, stored, missing) if arc and html is not None else None
        if whole is None:
            raise DocumentError(f"{name} is truncated (record {number} ends early).")
        html, problem = _decoded(whole, record.http_headers)
        altered = _CONVERTED_LINE_ENDS.format(url=headers.get_header("WARC-Target-URI"))
    if html is None:
        return None
    verdict = warc_digest.Verdict(warc_digest.CANNOT_CHECK, "ARC records carry no digest") if arc else _verdict(record, bodies, head)
    http = record.http_headers
    content_type = http.get_header("Content-Type", "") if http else headers.get_header("Content-Type", "")
    return WarcPage(
        record_id=record_id,
        url=headers.get_header("WARC-Target-URI") or "",
        date=rfc3339(headers.get_header("WARC-Date") or ""),
        date_as_written=_unreadable(headers.get_header("WARC-Date") or ""),
        digest=headers.get_header("WARC-Payload-Digest") or headers.get_header("WARC-Block-Digest") or "",
        digest_check=verdict.check,
        digest_note=verdict.note,
        charset=_charset(content_type),
        html=html,
        problem=problem,
        altered=altered,
    )


def _decoded(body: bytes, http: _Headers | None) -> tuple[bytes, str]:
    """(html, "") or (b"", why the body cannot be decoded)."""
    try:
        return decode_body(body, http.get_header("Content-Encoding", "") if http else "", MAX_PAGE_BYTES), ""
    except UndecodableBody as exc:
        return b"", str(exc)


def _whole_under_converted_line_ends(http: _Headers | None, stored: bytes, missing: int) -> bytes | None:
    """The HTTP body of an ARC record that ran past the end of the file because a tool turned its CRLF line ends
    into LF (git, an FTP text transfer): the file then lacks exactly one byte per HTTP header line (status line,
    fields, blank line), and the body, with no CR to lose, is as long as its Content-Length says and followed by
    the newline that closes the record (read here as part of the block). None when the shortfall is anything
    else: a cut file, or a body that lost CRs too (its last byte and the closing newline cannot be told apart)."""
    length = (http.get_header("Content-Length", "") if http else "").strip()
    if http is None or not length.isdigit() or stored[int(length):] != b"\n":
        return None
    return stored[:int(length)] if missing + 1 == len(http.headers) + 2 else None


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    logging.getLogger("warcio").setLevel(logging.ERROR)
    with contextlib.redirect_stderr(io.StringIO()):
        yield


def _unreadable(value: str) -> str:
    return value[:200] if value and not rfc3339(value) else ""


def _dechunked(stored: bytes, http: _Headers | None) -> bytes:
    """The HTTP body with any chunked transfer coding undone but its Content-Encoding kept."""
    from warcio.bufferedreaders import ChunkedDataReader  # lazy: warcio, as in warc_pages

    if http is not None and (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        dechunked: bytes = ChunkedDataReader(io.BytesIO(stored), decomp_type=None).read()
        return dechunked
    return stored


def body_stream(record: _Record) -> io.BufferedIOBase:
    """The HTTP body, read as a stream, with any chunked transfer coding undone but its Content-Encoding kept
    (the replay of a rendered capture serves it; _read_record needs the stored bytes too, for the digests)."""
    from warcio.bufferedreaders import ChunkedDataReader  # lazy: warcio, as in warc_pages

    http = record.http_headers
    raw = record.raw_stream
    if http is not None and (http.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        return ChunkedDataReader(raw, decomp_type=None)
    return raw


def _head_hasher(record: _Record) -> "hashlib._Hash | None":
    """A copy of warcio's block hash as it stands before the payload: it has seen the HTTP headers exactly
    as stored (warcio hashes the block as it streams past, and has read nothing more yet)."""
    hasher = getattr(getattr(record.raw_stream, "block_digester", None), "digester", None)
    return hasher.copy() if hasher is not None and hasattr(hasher, "copy") else None


def _verdict(record: _Record, bodies: list[tuple[str, bytes]], head: "hashlib._Hash | None") -> warc_digest.Verdict:
    """The record's digests judged; the block was hashed by warcio's verifying reader as it streamed past."""
    headers = record.rec_headers
    if headers.get_header("WARC-Segment-Number"):
        return warc_digest.Verdict(warc_digest.CANNOT_CHECK, "a segmented record's digests cover all its segments")
    computed = warc_digest.computed_digest(getattr(record.raw_stream, "block_digester", None))

    def block_with(body: bytes) -> bytes:
        assert head is not None
        hasher = head.copy()
        hasher.update(body)
        return hasher.digest()

    return warc_digest.judge(headers.get_header("WARC-Block-Digest") or "", computed,
                             headers.get_header("WARC-Payload-Digest") or "", bodies,
                             block_with if head is not None else None)


def _is_html_page(record: _Record) -> bool:
    rec_type = record.rec_type
    http = record.http_headers
    if rec_type == "response" and http is not None:
        status = (http.get_statuscode() or "").strip()
        content_type = http.get_header("Content-Type", "")
        return status.startswith("2") and content_type.split(";")[0].strip().lower() in _HTML_TYPES
    if rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type", "")
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
    """The payload of one response record (chunking and Content-Encoding gzip, deflate or br undone, bounded), e.g. a
    captured PDF or image; DocumentError when it cannot be decoded."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: start-up time of the CLI

    for record in ArchiveIterator(io.BytesIO(data)):
        if record.rec_headers.get_header("WARC-Record-ID") == record_id:
            body = body_stream(record).read(limit + 1)
            http = record.http_headers
            try:
                payload = decode_body(body, http.get_header("Content-Encoding", "") if http else "", limit)
            except UndecodableBody as exc:
                raise DocumentError(f"the captured file cannot be read: {exc}.") from exc
            if len(payload) > limit or len(body) > limit:
                raise DocumentError(f"the captured file is larger than {limit // 2**20} MB.")
            return payload
    raise DocumentError(f"the archive has no record {record_id}.")
