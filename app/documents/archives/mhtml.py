"""MHTML ("Webpage, single file" in Chrome and Edge): a MIME multipart/related message, read with `email`.

The page is the text/html part the snapshot names (Snapshot-Content-Location), else the first
text/html part; images, styles and frames in the other parts never reach the text. The capture time
is the message's Date header, which browsers write when they save.

Chrome writes a page title holding a line break into Subject as it is, so a header line without a
colon appears; `email` then ends the headers there and never sees the Content-Type after it. Such a
line is read as the continuation of the header before it, as the title it is.
"""

import re
from dataclasses import dataclass
from datetime import timezone
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime

from app.domain.capture_times import format_time
from app.domain.errors import DocumentError

_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{0,60}:", re.M)
_MULTIPART_RELATED = re.compile(rb"^content-type:\s*multipart/related", re.I | re.M)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class MhtmlPage:
    html: bytes
    charset: str | None
    url: str  # Snapshot-Content-Location, else the HTML part's Content-Location
    location: str  # the HTML part's Content-Location (or Content-ID): which part was read
    date: str  # RFC 3339 from the Date header ("-0000" is UTC); "" when unreadable
    date_as_written: str  # the Date header when it is not a readable date
    subject: str


def is_mhtml(data: bytes) -> bool:
    """A MIME message whose top-level headers (before the first blank line) declare multipart/related."""
    head = data[:8192].lstrip()
    end = re.search(rb"\r?\n\r?\n", head)
    headers = head[: end.start()] if end else head
    return bool(_HEADER_LINE.match(headers) and _MULTIPART_RELATED.search(headers))


def read_mhtml(data: bytes, name: str) -> MhtmlPage:
    if not is_mhtml(data):
        raise DocumentError(f"{name} is not an MHTML file (no multipart/related MIME header).")
    message = message_from_bytes(tolerant_headers(data), policy=policy.default)
    assert isinstance(message, EmailMessage)
    snapshot = _header(message, "Snapshot-Content-Location")
    part = _html_part(message, snapshot)
    if part is None:
        raise DocumentError(f"{name} is an MHTML file without an HTML part; there is no page to read.")
    html = part.get_payload(decode=True)
    if not isinstance(html, bytes) or not html.strip():
        raise DocumentError(f"{name}: the HTML part of this MHTML file is empty.")
    location = _header(part, "Content-Location") or _header(part, "Content-ID")
    written = _header(message, "Date")
    date = _date(written)
    return MhtmlPage(html=html, charset=part.get_content_charset(), url=snapshot or location, location=location,
                     date=date, date_as_written=written[:200] if written and not date else "",
                     subject=_header(message, "Subject"))


def tolerant_headers(data: bytes) -> bytes:
    """`data` with every line of the top-level header block that is neither a header nor a continuation
    folded into the header before it (a space put in front of it)."""
    end = re.search(rb"\r?\n\r?\n", data[:65_536])
    if end is None:
        return data
    lines = data[: end.start()].split(b"\n")
    fixed = [lines[0]] + [line if line[:1] in (b" ", b"\t") or _HEADER_LINE.match(line) else b" " + line
                          for line in lines[1:]]
    return b"\n".join(fixed) + data[end.start():]


def _html_part(message: EmailMessage, snapshot: str) -> EmailMessage | None:
    first = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() not in _HTML_TYPES:
            continue
        if snapshot and _header(part, "Content-Location") == snapshot:
            return part
        first = first or part
    return first


def _header(message: Message, name: str) -> str:
    try:
        value = message.get(name)
    except Exception:  # noqa: BLE001 - a malformed header reads as absent
        return ""
    return " ".join(str(value or "").split())[:2000]


def _date(value: str) -> str:
    """RFC 5322 date -> RFC 3339. "-0000" (a time in UTC, local zone unknown) parses naive: it is UTC."""
    if not value:
        return ""
    try:
        stamp = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return ""
    return format_time(stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc))
