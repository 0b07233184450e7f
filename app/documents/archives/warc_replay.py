"""A WARC's responses as answers to give a browser again: URL -> status, headers and the payload as it reads.

Rendered capture (net.web.chromium) answers each of Chromium's requests from these instead of the network,
so what Chromium draws is what the WARC holds. The payload is given decoded (chunking and Content-Encoding
undone), so the headers that describe the transfer (Content-Encoding, Content-Length, Transfer-Encoding and
the X-Archive-Orig- copies) are left out; the rest are as recorded.
"""

import io
from urllib.parse import urldefrag

from app.documents.archives.content_encoding import UndecodableBody, decode_body
from app.documents.archives.warc import body_stream  # the de-chunked body, Content-Encoding kept
from app.net.web.chromium import Answer

MAX_BODY = 100 * 2**20
_TRANSFER = {"content-encoding", "content-length", "transfer-encoding", "connection", "keep-alive"}


def recorded_answers(warc: bytes) -> dict[str, Answer]:
    """Every response record of `warc` by its URL (without fragment); the last one when a URL is there twice."""
    from warcio.archiveiterator import ArchiveIterator  # lazy: start-up time of the CLI

    out: dict[str, Answer] = {}
    for record in ArchiveIterator(io.BytesIO(warc)):
        http = record.http_headers
        if record.rec_type != "response" or http is None:
            continue
        body = body_stream(record).read(MAX_BODY + 1)
        try:
            body = decode_body(body, http.get_header("Content-Encoding", "") or "", MAX_BODY)
        except UndecodableBody:
            body = b""  # (as a browser shows a body it cannot decode: nothing)
        status = int((http.get_statuscode() or "0").strip() or 0)
        reason = (http.statusline or "").partition(" ")[2]
        headers = [(k, v) for k, v in http.headers
                   if k.lower() not in _TRANSFER and not k.lower().startswith("x-archive-orig-")]
        url = urldefrag(record.rec_headers.get_header("WARC-Target-URI") or "").url
        out[url] = Answer(status, reason, headers, body)
    return out
