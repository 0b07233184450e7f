"""WarcRecorder: HTTP exchanges as they happened -> one gzipped WARC 1.1 (warcinfo, then request/response pairs).

Each response keeps its status line, headers and body as the server sent them (Content-Encoding not undone),
so the archive replays as the page was served. The one change: a chunked body is stored de-chunked, so its
Transfer-Encoding header (and a Content-Length that does not give the stored length) moves to
X-Archive-Orig-… and a true Content-Length is written, as pywb and warcprox do; a body that ended with the
connection gets a Content-Length too, so every record's headers agree with its bytes. warcio writes WARC-Record-ID, WARC-Payload-Digest and WARC-Block-Digest (sha256).

Why not warcio's capture_http: it swaps http.client.HTTPConnection for the whole process and only records
connections whose class was created after its import; in the GUI, urllib3 may well be imported first
(trafilatura, sync), and then nothing would be recorded. Recording each exchange ourselves has no such trap.
"""

import io
from dataclasses import dataclass

from app import __version__

RFC3339 = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True, slots=True)
class Exchange:
    """One HTTP request and its response, as sent and received."""

    url: str
    request_line: str  # "GET /path HTTP/1.1"
    request_headers: list[tuple[str, str]]
    status_line: str  # "200 OK"
    protocol: str  # "HTTP/1.1"
    response_headers: list[tuple[str, str]]
    body: bytes  # as received, de-chunked, still content-encoded
    date: str  # WARC-Date: when the response began, UTC, RFC 3339
    ip: str = ""  # the server's address


class WarcRecorder:
    def __init__(self, filename: str, user_agent: str, *, warcinfo: bool = True) -> None:
        """`warcinfo`=False: records to append to a WARC that has one (each record is its own gzip member)."""
        from warcio.warcwriter import WARCWriter  # lazy: start-up time of the CLI

        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=True, warc_version="1.1")
        info = {"software": f"Sourcemark {__version__} (warcio)", "format": "WARC File Format 1.1",
                "http-header-user-agent": user_agent, "description": "capture of a web page and what it displays"}
        if warcinfo:
            self.writer.write_record(self.writer.create_warcinfo_record(filename, info))

    def record(self, ex: Exchange) -> str:
        """Write a request/response pair; the response's WARC-Record-ID."""
        from warcio.statusandheaders import StatusAndHeaders

        warc_headers = {"WARC-Date": ex.date, **({"WARC-IP-Address": ex.ip} if ex.ip else {})}
        http = StatusAndHeaders(ex.status_line, _stored_headers(ex.response_headers, len(ex.body)),
                                protocol=ex.protocol)
        response = self.writer.create_warc_record(ex.url, "response", payload=io.BytesIO(ex.body),
                                                  length=len(ex.body), warc_headers_dict=dict(warc_headers),
                                                  http_headers=http)
        req_http = StatusAndHeaders(ex.request_line, ex.request_headers, is_http_request=True)
        request = self.writer.create_warc_record(ex.url, "request", payload=io.BytesIO(b""), length=0,
                                                 warc_headers_dict=dict(warc_headers), http_headers=req_http)
        self.writer.write_request_response_pair(request, response)
        return str(response.rec_headers.get_header("WARC-Record-ID"))

    def getvalue(self) -> bytes:
        return self.buffer.getvalue()


def _stored_headers(headers: list[tuple[str, str]], length: int) -> list[tuple[str, str]]:
    """The response headers as stored: they must agree with the bytes stored. The body is kept de-chunked, so a
    Transfer-Encoding header, and any Content-Length that does not give the stored length (a server sending
    both, or a wrong one), move to X-Archive-Orig-… and a true Content-Length is written."""
    def wrong(key: str, value: str) -> bool:
        key = key.lower()
        return key == "transfer-encoding" or (key == "content-length" and value.strip() != str(length))

    if not any(wrong(k, v) for k, v in headers) and any(k.lower() == "content-length" for k, _ in headers):
        return list(headers)
    out = [("X-Archive-Orig-" + k, v) if wrong(k, v) else (k, v) for k, v in headers]
    if not any(k.lower() == "content-length" for k, _ in out):
        out.append(("Content-Length", str(length)))
    return out
