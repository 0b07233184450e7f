"""Undo an archived HTTP body's Content-Encoding (gzip, deflate, br), bounded, with a reason when it fails.

Archives keep response bodies exactly as the server sent them. warcio can decode them itself, but it
passes an encoding it does not know (zstd, or br without brotli) through silently, stops quietly at a
body corrupted half-way (printing to stderr), and has no size bound; so the body is decoded here, and a
page that cannot be decoded is named with the reason instead of becoming garbage text.
"""

import zlib
from collections.abc import Callable

_CHUNK = 2**16
_IDENTITY = ("", "identity", "none", "binary", "7bit", "8bit", "utf-8", "utf8")  # harmless values seen in crawls


class UndecodableBody(ValueError):
    """The body cannot be decoded; str(exc) says why in a few words."""


def decode_body(body: bytes, content_encoding: str, limit: int) -> bytes:
    """`body` with every coding in the header undone (the last one listed was applied last).

    A body that fails at its first byte yet looks like HTML is taken as it is: some crawlers stored the
    decoded page but kept the server's header.
    """
    codings = [c.strip().lower() for c in content_encoding.split(",")]
    data = body
    for coding in reversed([c for c in codings if c not in _IDENTITY]):
        try:
            data = _decoder(coding)(data, limit)
        except UndecodableBody:
            if data is body and _looks_decoded(body):
                return body
            raise
    return data


def _decoder(coding: str) -> Callable[[bytes, int], bytes]:
    if coding in ("gzip", "x-gzip"):
        return lambda data, limit: _inflate(data, limit, 16 + zlib.MAX_WBITS, "gzip")
    if coding == "deflate":
        return _deflate
    if coding == "br":
        return _brotli
    if coding == "zstd":
        raise UndecodableBody("Content-Encoding zstd is not supported")
    raise UndecodableBody(f"unknown Content-Encoding {coding[:40]!r}")


def _deflate(data: bytes, limit: int) -> bytes:
    """HTTP's deflate is zlib-wrapped, but many servers send raw deflate: try both, as browsers do."""
    try:
        return _inflate(data, limit, zlib.MAX_WBITS, "deflate")
    except UndecodableBody:
        return _inflate(data, limit, -zlib.MAX_WBITS, "deflate")


def _inflate(data: bytes, limit: int, wbits: int, coding: str) -> bytes:
    stream = zlib.decompressobj(wbits)
    out = bytearray()
    try:
        pending = data
        while pending:
            out += stream.decompress(pending, _CHUNK)
            _check_size(out, limit, coding)
            pending = stream.unconsumed_tail
            if stream.eof:
                break
        if not stream.eof:
            out += stream.flush()
            _check_size(out, limit, coding)
    except zlib.error as exc:
        raise UndecodableBody(f"its {coding} data is damaged ({exc})") from exc
    if not stream.eof:
        raise UndecodableBody(f"its {coding} data ends early (truncated)")
    return bytes(out)


def _brotli(data: bytes, limit: int) -> bytes:
    import brotli  # lazy: only archives with brotli-encoded pages need it

    decoder = brotli.Decompressor()
    out = bytearray()
    try:
        for start in range(0, len(data), _CHUNK):
            out += decoder.process(data[start:start + _CHUNK], output_buffer_limit=_CHUNK)
            _check_size(out, limit, "br")
            while piece := decoder.process(b"", output_buffer_limit=_CHUNK):  # a small input can expand a
                out += piece                                                   # lot: drain it in steps
                _check_size(out, limit, "br")
    except brotli.error as exc:
        raise UndecodableBody(f"its br (brotli) data is damaged ({exc})") from exc
    if not decoder.is_finished():
        raise UndecodableBody("its br (brotli) data ends early (truncated)")
    return bytes(out)


def _check_size(out: bytearray, limit: int, coding: str) -> None:
    if len(out) > limit:
        raise UndecodableBody(f"its {coding} data inflates past {limit // 2**20} MB")


def _looks_decoded(body: bytes) -> bool:
    return body.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] == b"<"
