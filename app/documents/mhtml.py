"""MHTML ("Webpage, single file" in Chrome and Edge): a MIME multipart/related message, read with `email`.

The page is the text/html part the snapshot names (Snapshot-Content-Location), else the first
text/html part; images, styles and frames in the other parts never reach the text. The capture time
is the message's Date header, which browsers write when they save.
"""

import re
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import parsedate_to_datetime

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
    date: str  # ISO 8601 from the Date header, or the header as written when unreadable
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
    message = message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    snapshot = _header(message, "Snapshot-Content-Location")
    part = _html_part(message, snapshot)
    if part is None:
        raise DocumentError(f"{name} is an MHTML file without an HTML part; there is no page to read.")
    html = part.get_payload(decode=True)
    if not isinstance(html, bytes) or not html.strip():
        raise DocumentError(f"{name}: the HTML part of this MHTML file is empty.")
    location = _header(part, "Content-Location") or _header(part, "Content-ID")
    return MhtmlPage(html=html, charset=part.get_content_charset(), url=snapshot or location,
                     location=location, date=_date(_header(message, "Date")), subject=_header(message, "Subject"))


def _html_part(message: EmailMessage, snapshot: str) -> EmailMessage | None:
    first = None
    for part in message.walk():
        if part.is_multipart() or part.get_content_type() not in _HTML_TYPES:
            continue
        if snapshot and _header(part, "Content-Location") == snapshot:
            return part  # type: ignore[return-value]
        first = first or part
    return first  # type: ignore[return-value]


def _header(message: object, name: str) -> str:
    try:
        value = message.get(name)  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a malformed header reads as absent
        return ""
    return " ".join(str(value or "").split())[:2000]


def _date(value: str) -> str:
    if not value:
        return ""
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value[:64]
